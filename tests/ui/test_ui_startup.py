"""Starting `kefu-desk` with a remembered login: the cached workspace shows at once, whether the
server answers, hangs or is gone; only the server's 401 brings the login dialog."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from app.services.analyzer_slot import AnalyzerSlot
from app.services.connection import ConnectionState
from app.services.workspace import Workspace, open_workspace
from app.sync.token_store import MemoryTokenStore
from app.ui.application import Desktop, DesktopOptions
from app.ui.dialogs.login_dialog import LoginDialog
from tests.ui.conftest import finish
from tests.unit.services.conftest import fast_sync
from tests.unit.services.shop_harness import RechargeAnalyzer, Shop


class Yesterday:
    """The agent's first session: logged in with "remember me", one chat cached, then quit."""

    def __init__(self, qtbot: QtBot, shop: Shop, folder: Path) -> None:
        self.shop = shop
        self.folder = folder
        self.tokens = MemoryTokenStore()
        workspace = self.open(shop.url, "agent01")
        finish(qtbot, workspace.login("agent01", "kefu123"))
        finish(qtbot, workspace.start())
        self.conversation_id = shop.customer_says(shop.free_customer(), "话费充了没到账")["conversation"][
            "id"
        ]

        async def cached() -> bool:
            mine = any(e.conversation.id == self.conversation_id for e in await workspace.chats.my_chats())
            page = await workspace.chats.page(self.conversation_id)
            return mine and any(line.text == "话费充了没到账" for line in page.lines)

        qtbot.waitUntil(lambda: finish(qtbot, cached()), timeout=10000)
        finish(qtbot, workspace.stop())

    def open(self, server: str, user: str) -> Workspace:
        """A workspace on the same cache and keyring as yesterday's."""
        engine = AnalyzerSlot(loader=RechargeAnalyzer)
        return open_workspace(
            server, user, self.folder, engine, token_store=self.tokens, settings=fast_sync(server)
        )

    def desktop(self, qapp: QApplication, qtbot: QtBot) -> Desktop:
        """Today's window, with yesterday's "remember me"."""
        # not handed to qtbot: the test shuts the desktop down itself (which deletes the window)
        desktop = Desktop(qapp, DesktopOptions(settings_file=self.folder / "settings.ini"))
        prefs = desktop.preferences
        prefs.server, prefs.username, prefs.remember = self.shop.url, "agent01", True
        desktop.show()
        return desktop

    def restore(self, qtbot: QtBot, desktop: Desktop) -> tuple[Workspace | None, float]:
        """`restore_or_log_in` as the app runs it, and how long it took."""

        async def open_for(server: str, user: str) -> Workspace:
            return self.open(server, user)

        started = time.monotonic()
        task = asyncio.ensure_future(desktop.restore_or_log_in(open_for))
        qtbot.waitUntil(
            lambda: task.done() or desktop.window.findChild(LoginDialog) is not None, timeout=15000
        )
        return (task.result() if task.done() else None), time.monotonic() - started


@contextmanager
def silent_server(port: int) -> Iterator[None]:
    """Something listening on the port that never answers (a hung server, a captive network)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(64)
    try:
        yield
    finally:
        sock.close()


def test_remembered_login_shows_the_cached_workspace_at_once_while_the_server_hangs(
    qapp: QApplication, event_loop_qt: QEventLoop, qtbot: QtBot, ui_shop: Shop, tmp_path: Path
) -> None:
    yesterday = Yesterday(qtbot, ui_shop, tmp_path)
    ui_shop.stop()
    desktop = yesterday.desktop(qapp, qtbot)
    try:
        _work_offline_then_online(qtbot, desktop, yesterday, ui_shop)
    finally:
        finish(qtbot, desktop.shutdown())


def _work_offline_then_online(qtbot: QtBot, desktop: Desktop, yesterday: Yesterday, ui_shop: Shop) -> None:
    window = desktop.window
    with silent_server(ui_shop.port):
        workspace, seconds = yesterday.restore(qtbot, desktop)
        assert workspace is not None, "the login dialog was shown instead of the cached workspace"
        assert seconds < 2.0, f"start-up waited {seconds:.1f} s for the network"
        desktop.attach(workspace)
        finish(qtbot, workspace.start())
        qtbot.waitUntil(lambda: window.queue.mine_model.row_of(yesterday.conversation_id) >= 0, timeout=5000)
        qtbot.waitUntil(lambda: window.tabs.page(yesterday.conversation_id) is not None, timeout=5000)
        qtbot.waitUntil(window.offline.isVisible, timeout=10000)
        page = window.tabs.page(yesterday.conversation_id)
        assert page is not None
        qtbot.waitUntil(
            lambda: any(line.text == "话费充了没到账" for line in page.model.lines()), timeout=5000
        )
        # offline work is kept: the reply waits in the outbox
        qtbot.waitUntil(page.is_mine, timeout=5000)
        page.send("网络恢复后发出")
    assert window.findChild(LoginDialog) is None
    ui_shop.start()
    qtbot.waitUntil(lambda: workspace.connection.state is ConnectionState.ONLINE, timeout=20000)
    qtbot.waitUntil(
        lambda: ui_shop.agent_messages(yesterday.conversation_id) == ["网络恢复后发出"], timeout=20000
    )
    assert window.findChild(LoginDialog) is None


def test_a_remembered_login_the_server_refuses_brings_the_login_dialog(
    qapp: QApplication, event_loop_qt: QEventLoop, qtbot: QtBot, ui_shop: Shop, tmp_path: Path
) -> None:
    yesterday = Yesterday(qtbot, ui_shop, tmp_path)
    account = f"agent01@{fast_sync(ui_shop.url).server_key}"
    yesterday.tokens.save(account, "revoked-token")
    desktop = yesterday.desktop(qapp, qtbot)
    try:
        workspace, _seconds = yesterday.restore(qtbot, desktop)
        assert workspace is not None  # the cache shows first; the server's answer comes after
        desktop.attach(workspace)
        finish(qtbot, workspace.start())
        qtbot.waitUntil(lambda: desktop.window.findChild(LoginDialog) is not None, timeout=10000)
        assert workspace.connection.state is ConnectionState.LOGIN_REQUIRED
    finally:
        finish(qtbot, desktop.shutdown())


def test_the_window_loads_without_the_data_layer() -> None:
    """The window shows before SQLAlchemy, Alembic and httpx are imported (start-up budget)."""
    import subprocess
    import sys

    code = (
        "import sys, app.ui.application; print(sorted({'sqlalchemy', 'alembic', 'httpx'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
