"""Dashboard screenshot (a script, not a test): the demo shop, two review notes from sup01 for
agent01, then agent01's window with the dashboard tab in front, in Chinese, saved as a PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.shoot_dashboard resources/screenshots/dashboard-zh_CN.png --theme light
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.shoot_dashboard resources/screenshots/dashboard-zh_CN-dark.png --theme dark
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtWidgets import QApplication
from qasync import QEventLoop

from app.ui.application import Desktop, DesktopOptions
from app.ui.qt_app import create_application
from tests.unit.services.conftest import make_workspace
from tests.unit.services.shop_harness import Shop, seed_file

NOTES = ("先安抚情绪再查单，首响请控制在 10 秒内；补偿券额度注意不要超过权限。", "话术很好，继续保持。")


async def _leave_notes(api_url: str) -> None:
    async with httpx.AsyncClient(base_url=api_url) as http:

        async def token(user: str) -> dict[str, str]:
            answer = await http.post("/auth/login", json={"username": user, "password": "kefu123"})
            return {"Authorization": "Bearer " + answer.json()["token"]}

        agent, supervisor = await token("agent01"), await token("sup01")
        closed = (await http.get("/conversations", params={"status": "closed"}, headers=agent)).json()
        for conversation, note in zip(closed["conversations"], NOTES, strict=False):
            headers = {**supervisor, "Idempotency-Key": uuid.uuid4().hex}
            answer = await http.post(
                f"/qa/reviews/{conversation['id']}", json={"note": note}, headers=headers
            )
            answer.raise_for_status()


async def _shoot(app: QApplication, shop: Shop, folder: Path, target: Path, theme: str, user: str) -> None:
    desktop = Desktop(
        app, DesktopOptions(language="zh_CN", theme=theme, settings_file=folder / "settings.ini")
    )
    desktop.show()
    await _leave_notes(shop.running.api_url)
    workspace = make_workspace(shop, folder / "cache", user)
    await workspace.login(user, "kefu123")
    desktop.attach(workspace)
    await workspace.start()
    menu = desktop.window.service_menu
    menu.dashboard_action.trigger()
    page = menu.dashboard
    assert page is not None
    for _ in range(300):
        if page.view is not None:  # type: ignore[attr-defined]
            break
        await asyncio.sleep(0.05)
    desktop.window.resize(1440, 1000 if user == "sup01" else 900)  # the dashboard is a tab of the window
    await asyncio.sleep(0.5)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not desktop.window.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    await desktop.shutdown()


def main() -> None:
    """Seed, start, shoot, stop."""
    parser = argparse.ArgumentParser()
    parser.add_argument("target", type=Path)
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--user", default="agent01")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kefu-shot-"))
    for part in ("seed", "run", "cache"):
        (folder / part).mkdir()
    shop = Shop.from_seed(seed_file(folder / "seed"), folder / "run")
    app = create_application(["kefu-desk-screenshot"])
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_shoot(app, shop, folder, args.target, args.theme, args.user))
    finally:
        shop.stop()
    print(args.target)


if __name__ == "__main__":
    main()
