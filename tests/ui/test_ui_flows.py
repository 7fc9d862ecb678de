"""More of the agent's day: logging in through the dialog, searching all chats, closing a chat
with a resolution, and a supervisor approving a coupon above an agent's limit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from app.services.workspace import Workspace
from app.ui.application import Desktop, DesktopOptions
from app.ui.dialogs.close_dialog import CloseDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.search_dialog import SearchDialog
from tests.ui.conftest import finish
from tests.ui.test_ui_workspace import _chat
from tests.unit.services.conftest import make_workspace
from tests.unit.services.shop_harness import Shop


def test_login_dialog_logs_in_and_remembers_the_user(
    qapp: QApplication, event_loop_qt: QEventLoop, qtbot: QtBot, ui_shop: Shop, tmp_path: Path
) -> None:
    desktop = Desktop(qapp, DesktopOptions(settings_file=tmp_path / "settings.ini"))
    qtbot.addWidget(desktop.window)
    desktop.preferences.server = ui_shop.url
    desktop.show()

    async def open_for(server: str, user: str) -> Workspace:
        assert server == ui_shop.url
        return make_workspace(ui_shop, tmp_path, user)

    task = __import__("asyncio").ensure_future(desktop.log_in(open_for))
    qtbot.waitUntil(lambda: desktop.window.findChild(LoginDialog) is not None)
    dialog = desktop.window.findChild(LoginDialog)
    assert dialog is not None
    dialog.username.setText("agent01")
    dialog.password.setText("wrong")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "密码" in dialog.error.text()
    dialog.password.setText("kefu123")
    dialog.remember.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(task.done, timeout=10000)
    workspace = task.result()
    assert workspace is not None and workspace.agent is not None and workspace.agent.id == "agent01"
    assert desktop.preferences.username == "agent01" and desktop.preferences.remember
    finish(qtbot, workspace.stop())


def test_search_opens_the_chat_at_the_message(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    page = _chat(qtbot, desktop, ui_shop, "骏网一卡通的卡密 提示无效")
    window = desktop.window
    window.tabs.close_chat(page.conversation_id)
    window.open_search()
    dialog = window.findChild(SearchDialog)
    assert dialog is not None
    dialog.query.setText("一卡通")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    dialog.results.activated.emit(dialog.model.index(0))
    qtbot.waitUntil(lambda: window.tabs.page(page.conversation_id) is not None, timeout=5000)
    reopened = window.tabs.page(page.conversation_id)
    assert reopened is not None and window.tabs.current_page() is reopened
    qtbot.waitUntil(
        lambda: any(
            reopened.model.index(r).data(Qt.ItemDataRole.UserRole + 10)
            for r in range(reopened.model.rowCount())
        ),
        timeout=5000,
    )


def test_closing_a_chat_with_a_resolution_sends_the_csat_invite(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "好的谢谢")
    window = desktop.window
    qtbot.waitUntil(page.is_mine, timeout=5000)
    window.close_chat(page.conversation_id)
    dialog = window.findChild(CloseDialog)
    assert dialog is not None and dialog.invite_csat()
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: window.tabs.page(page.conversation_id) is None, timeout=5000)
    with ui_shop.running.context.db.read() as session:
        from app.shopserver.db.tables import ConversationRow

        def closed() -> bool:
            row = session.get(ConversationRow, page.conversation_id)
            session.expire_all()
            return row is not None and row.status == "closed" and row.csat_invited_at is not None

    def closed_on_server() -> bool:
        with ui_shop.running.context.db.read() as session:
            from app.shopserver.db.tables import ConversationRow

            row = session.get(ConversationRow, page.conversation_id)
            return row is not None and row.status == "closed" and row.csat_invited_at is not None

    qtbot.waitUntil(closed_on_server, timeout=10000)
