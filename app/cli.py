"""The composition root for `kefu-desk` / `python -m app`: parse arguments, wire the parts, start.

kefu-desk                         the login dialog, then the workspace
kefu-desk --demo [--as vip01]     an embedded demo shop (live traffic), logged in as agent01
kefu-desk --demo --smoke --json   start, show a customer's message in a tab, print figures
kefu-desk --smoke-bare            the same start-up figure for a bare Qt window
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.domain.intents import MessageAnalyzer
    from app.services.analyzer_slot import AnalyzerSlot
    from app.services.workspace import Workspace
    from app.shopserver import RunningServer

DEMO_USERS = ("agent01", "agent02", "agent03", "agent04", "vip01", "sup01")
DEMO_PASSWORD = "kefu123"
DEMO_TRAFFIC_PER_MINUTE = 8.0

log = logging.getLogger("kefudesk")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface of the desktop app."""
    parser = argparse.ArgumentParser(
        prog="kefu-desk",
        description=(
            "KefuDesk: the desktop workbench for customer-service agents of 卡盟 shops. "
            "`kefu-desk --demo` starts an embedded demo shop with live customers. "
            "The intent engine alone: `python -m app.nlp` (classify, eval, train, bench)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start an embedded demo shop and log in to it")
    parser.add_argument(
        "--as", dest="user", default="agent01", choices=DEMO_USERS, help="demo user (default agent01)"
    )
    parser.add_argument(
        "--traffic", type=float, default=DEMO_TRAFFIC_PER_MINUTE, help="demo: new customer chats per minute"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="measure start-up and message display, then exit"
    )
    parser.add_argument(
        "--json", action="store_true", help="with --smoke: print the figures as one JSON line"
    )
    parser.add_argument("--smoke-bare", action="store_true", help="the start-up figure of a bare Qt window")
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], help="UI language (default: the saved setting, 简体中文)"
    )
    parser.add_argument(
        "--theme", choices=["system", "light", "dark"], help="colour theme (default: saved setting)"
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="save a screenshot of the window and exit"
    )
    parser.add_argument(
        "--screenshot-after",
        type=float,
        default=8.0,
        metavar="S",
        help="seconds of live traffic before the screenshot",
    )
    parser.add_argument("--settings", type=Path, metavar="INI", help="keep the settings in this file (tests)")
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    return parser


class DemoShop:
    """The reference shop server embedded on a free loopback port, seeded, with simulated customers."""

    def __init__(self, traffic_per_minute: float, analyzer: MessageAnalyzer | None = None) -> None:
        self.traffic = traffic_per_minute
        self.analyzer = analyzer
        self.folder = Path(tempfile.mkdtemp(prefix="kefudesk-demo-"))
        self.server: RunningServer | None = None
        self._simulator: object | None = None

    def start(self) -> str:
        """Seed and start (blocking: run it on an executor); returns the server URL."""
        from app.shopserver import ServerSettings, start_in_background
        from app.shopserver.simulator.traffic import TrafficSimulator

        self.server = start_in_background(
            ServerSettings(db_url=f"sqlite:///{self.folder / 'shop.db'}"), seed="demo", analyzer=self.analyzer
        )
        if self.traffic > 0:
            simulator = TrafficSimulator(self.server.context, conversations_per_minute=self.traffic)
            simulator.start()
            self._simulator = simulator
        return self.server.url

    def free_customer(self) -> int:
        """An ordinary (not VIP) customer with no open chat, for the smoke test's messages."""
        from sqlalchemy import select

        from app.shopserver.db.tables import ConversationRow, CustomerRow

        assert self.server is not None
        with self.server.context.db.read() as session:
            busy = set(
                session.scalars(select(ConversationRow.customer_id).where(ConversationRow.status != "closed"))
            )
            rows = session.scalars(
                select(CustomerRow.id).where(CustomerRow.level == "normal").order_by(CustomerRow.id.desc())
            )
            return next(c for c in rows if c not in busy)

    async def write_as(self, customer_id: int, text: str) -> None:
        """A customer writes through the channel API (real HTTP)."""
        import httpx

        assert self.server is not None
        body = {"customer_id": customer_id, "client_msg_id": f"smoke-{uuid.uuid4().hex}", "text": text}
        headers = {"X-Channel-Key": self.server.context.settings.channel_key}
        async with httpx.AsyncClient(base_url=self.server.api_url, timeout=10) as http:
            response = await http.post("/channel/messages", json=body, headers=headers)
            response.raise_for_status()

    def stop(self) -> None:
        """Stop traffic and the server, remove the demo files."""
        if self._simulator is not None:
            self._simulator.stop()  # type: ignore[attr-defined]
        if self.server is not None:
            self.server.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


async def _open_workspace(
    server: str, username: str, engine: AnalyzerSlot, data_dir: Path, *, demo: bool, retention_days: int = 180
) -> Workspace:
    def build() -> Workspace:
        # Imported here, on a worker thread: the data layer (SQLAlchemy, httpx, Alembic) loads
        # while the window is already on screen.
        from app.services.workspace import open_workspace
        from app.sync.token_store import MemoryTokenStore

        # Demo logins are throwaway: their tokens never go to the OS keyring.
        token_store = MemoryTokenStore() if demo else None
        return open_workspace(
            server, username, data_dir, engine, token_store=token_store, retention_days=retention_days
        )

    return await asyncio.get_running_loop().run_in_executor(None, build)


def _load_data_layer(demo: bool) -> None:
    """Import the data layer (and the demo server) on one worker thread while the window shows.

    One thread, before any other starts: PySide's import hook and pydantic's lazy module
    attributes do not survive two threads importing them at the same time."""
    from app.store.log_masking import install_log_masking

    install_log_masking()  # nothing sensitive is logged before a session exists
    import app.services.workspace
    import app.sync.token_store

    if demo:
        import app.shopserver
        import app.shopserver.simulator.traffic  # noqa: F401


async def _run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from app.config import user_data_dir
    from app.services.analyzer_slot import AnalyzerSlot
    from app.ui.application import Desktop, DesktopOptions, next_turn
    from app.ui.process_figures import rss_mb, seconds_since_process_start

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = Desktop(app, DesktopOptions(language=args.lang, theme=args.theme, settings_file=args.settings))
    desktop.show()
    await next_turn()
    startup_s = seconds_since_process_start()
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, _load_data_layer, args.demo)
    engine = AnalyzerSlot()  # loaded by the workspace once it starts
    demo: DemoShop | None = None
    try:
        if args.demo:
            from app.shopserver.context import LazyAnalyzer

            # One engine for the embedded shop and the workspace (~50 MB each otherwise).
            shared = LazyAnalyzer()
            engine = AnalyzerSlot(loader=shared.load)
            demo = DemoShop(args.traffic, analyzer=shared)
            url = await loop.run_in_executor(None, demo.start)
            workspace = await _open_workspace(url, args.user, engine, demo.folder, demo=True)
            await workspace.login(args.user, DEMO_PASSWORD)
        else:
            data_dir = user_data_dir()

            async def open_for(server: str, username: str) -> Workspace:
                days = desktop.preferences.retention_days
                return await _open_workspace(
                    server, username, engine, data_dir, demo=False, retention_days=days
                )

            found = await desktop.restore_or_log_in(open_for)
            if found is None:
                return 0
            workspace = found
        desktop.attach(workspace)
        await workspace.start()
        if args.smoke:
            await workspace.settled()
        ready_s = seconds_since_process_start()
        if args.smoke:
            from app.ui.smoke import measure_messages, print_figures

            writer = None
            if demo is not None:
                customer = await loop.run_in_executor(None, demo.free_customer)

                async def writer(text: str) -> None:
                    await demo.write_as(customer, text)

            figures = {"startup_s": round(startup_s, 3), "ready_s": round(ready_s, 3)}
            figures.update(await measure_messages(desktop.window, writer))
            figures["rss_mb"] = round(rss_mb(), 1)
            print_figures(figures) if args.json else print(figures)
            return 0
        if args.screenshot is not None:
            from app.ui.screenshot import save_window_when_settled

            await save_window_when_settled(desktop.window, args.screenshot, args.screenshot_after)
            return 0
        await desktop.closed
        return 0
    finally:
        await desktop.shutdown()
        if demo is not None:
            await loop.run_in_executor(None, demo.stop)


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke_bare:
        from app.ui.bare_window import run_bare_smoke

        return run_bare_smoke()
    if args.smoke:
        args.demo = True
    from app.desktop_identity import set_app_user_model_id
    from app.log_file import configure_logging

    configure_logging(args.log_level)  # stderr and the per-user log file
    set_app_user_model_id()  # Windows: group windows and notifications with the installer's shortcuts
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger().level))
    from app.ui.application import run_event_loop
    from app.ui.qt_app import create_application

    app = create_application()
    return run_event_loop(app, lambda: _run(args))
