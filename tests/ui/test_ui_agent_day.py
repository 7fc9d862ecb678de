"""The rest of an agent's day against the real reference server: accepting with one key,
switching tabs from the keyboard, the shortcuts sheet, transferring, a coupon above the agent's
limit approved by the supervisor, and a huge message that is cut with "show more"."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.conversations import Message, Sender
from app.shopserver.db.tables import ConversationRow, OrderRow
from app.store import messages as message_store
from app.ui.application import Desktop
from app.ui.dialogs.approvals_dialog import ApprovalsDialog
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.ui.dialogs.transfer_dialog import TransferDialog
from app.ui.models.message_model import MessageRole
from app.ui.pages.chat_page import ChatPage
from tests.ui.conftest import finish
from tests.ui.test_ui_workspace import _chat
from tests.unit.services.conftest import make_workspace
from tests.unit.services.shop_harness import Shop


def _set_presence(shop: Shop, user: str, status: str) -> None:
    response = httpx.put(
        shop.running.api_url + "/agents/me/presence",
        json={"status": status},
        headers={"Authorization": f"Bearer {shop.token(user)}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


def test_f2_accepts_the_head_of_the_waiting_queue(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    window = desktop.window
    _set_presence(ui_shop, "agent01", "away")  # nobody online in the group: the chat waits
    customer = ui_shop.free_customer()
    conversation_id = ui_shop.customer_says(customer, "话费充值没到账，等人工")["conversation"]["id"]
    qtbot.waitUntil(lambda: window.queue.waiting_model.row_of(conversation_id) >= 0, timeout=10000)
    assert window.tabs.page(conversation_id) is None
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.tabs.page(conversation_id) is not None, timeout=10000)
    page = window.tabs.page(conversation_id)
    assert page is not None and window.tabs.current_page() is page
    qtbot.waitUntil(page.is_mine, timeout=10000)
    qtbot.waitUntil(lambda: window.queue.waiting_model.row_of(conversation_id) < 0, timeout=10000)
    with ui_shop.running.context.db.read() as session:
        row = session.get(ConversationRow, conversation_id)
        assert row is not None and row.agent_id == "agent01" and row.status == "assigned"


def test_ctrl_tab_and_ctrl_number_switch_tabs(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    pages = [_chat(qtbot, desktop, ui_shop, f"第{n}个会话，话费没到") for n in range(3)]
    tabs = desktop.window.tabs
    assert tabs.count() >= 3  # the demo seed may have given agent01 a chat already
    tabs.setCurrentIndex(0)
    qtbot.keyClick(desktop.window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(desktop.window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0
    qtbot.keyClick(desktop.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(desktop.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0
    qtbot.keyClick(desktop.window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.count() - 1
    assert {p.conversation_id for p in pages} <= {p.conversation_id for p in tabs.pages()}


def test_f1_shows_the_shortcuts_sheet(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None, timeout=3000)
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None and sheet.isVisible()
    texts = " ".join(_table_texts(sheet))
    for keys in ("F2", "Ctrl+Tab", "Ctrl+1", "Alt+1", "Ctrl+F", "Ctrl+W", "F1"):
        assert keys in texts, keys
    sheet.reject()


def _table_texts(widget: QWidget) -> list[str]:
    found = []
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    found.append(item.text())
    return found


def test_transfer_to_a_colleague_hands_the_chat_over(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    page = _chat(qtbot, desktop, ui_shop, "话费没到，转给同事看看")
    window = desktop.window
    qtbot.waitUntil(page.is_mine, timeout=5000)
    window.transfer(page.conversation_id)
    dialog = window.findChild(TransferDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.agents.findData("agent02") >= 0, timeout=10000)
    dialog.to_agent.setChecked(True)
    dialog.agents.setCurrentIndex(dialog.agents.findData("agent02"))
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: window.tabs.page(page.conversation_id) is None, timeout=10000)

    def with_agent02() -> bool:
        with ui_shop.running.context.db.read() as session:
            row = session.get(ConversationRow, page.conversation_id)
            return row is not None and row.agent_id == "agent02"

    qtbot.waitUntil(with_agent02, timeout=10000)
    qtbot.waitUntil(lambda: window.queue.mine_model.row_of(page.conversation_id) < 0, timeout=10000)


def _delivered_order_customer(shop: Shop) -> tuple[int, str]:
    """A free customer whose latest order is not delayed (the policy proposes the apology coupon)."""
    skip: set[int] = set()
    while True:
        customer = shop.free_customer(exclude=skip)
        with shop.running.context.db.read() as session:
            order = session.scalars(
                select(OrderRow).where(OrderRow.customer_id == customer).order_by(OrderRow.created_at.desc())
            ).first()
            if order is not None and order.status in ("delivered", "completed"):
                return customer, order.order_no
        skip.add(customer)


def test_coupon_above_the_limit_awaits_approval_and_the_supervisor_approves(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop, tmp_path: Path
) -> None:
    customer, order_no = _delivered_order_customer(ui_shop)
    page = _chat(qtbot, desktop, ui_shop, f"订单 {order_no} 体验太差了", customer)
    window = desktop.window
    window.tabs.setCurrentWidget(page)
    detail = window.profile.detail
    qtbot.waitUntil(lambda: detail.order is not None and detail.order.order_no == order_no, timeout=10000)
    qtbot.waitUntil(lambda: detail.proposal is not None and detail.amount.isEnabled(), timeout=10000)
    assert detail.proposal is not None and detail.proposal.template.id == "apology"
    detail.amount.setValue(30)  # agent01 may give 20 yuan
    qtbot.waitUntil(lambda: detail.proposal is not None and detail.proposal.needs_approval, timeout=10000)
    qtbot.mouseClick(detail.coupon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "待审批" in detail.coupon_button.text(), timeout=10000)

    supervisor_folder = tmp_path / "sup01"
    supervisor_folder.mkdir()
    supervisor = make_workspace(ui_shop, supervisor_folder, "sup01")
    finish(qtbot, supervisor.login("sup01", "kefu123"))
    finish(qtbot, supervisor.start())
    host = QWidget()
    qtbot.addWidget(host)
    approvals = ApprovalsDialog(supervisor, host)
    approvals.open()
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 1, timeout=10000)
    qtbot.mouseClick(approvals.approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 0, timeout=10000)
    approvals.reject()
    finish(qtbot, supervisor.stop())

    qtbot.waitUntil(lambda: "已发放" in detail.coupon_button.text(), timeout=15000)
    assert len(ui_shop.coupons_of(order_no)) == 1


def _click_show_more(qtbot: QtBot, page: ChatPage, row: int) -> None:
    view = page.transcript
    index = page.model.index(row)
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    bubble = view.delegate.bubble_for(option, index)
    assert bubble.more is not None, "no show-more link"
    point = option.rect.topLeft() + bubble.more.center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_huge_messages_are_cut_with_show_more_and_the_window_keeps_running(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "先说一句")
    window = desktop.window
    window.tabs.setCurrentWidget(page)
    workspace = window.workspace
    assert workspace is not None and page.conversation is not None
    # the event loop's longest pause while the huge messages arrive and are shown
    clock, gaps = QElapsedTimer(), [0]
    clock.start()
    last = [clock.elapsed()]

    def probe() -> None:
        gaps[0] = max(gaps[0], clock.elapsed() - last[0])
        last[0] = clock.elapsed()

    timer = QTimer()
    timer.timeout.connect(probe)
    timer.start(10)
    # the largest message the server takes (200k characters), through the real channel API
    big = "卡密" + "很长的话" * 49_997
    ui_shop.customer_says(page.conversation.customer_id, big)
    qtbot.waitUntil(lambda: any(line.text == big for line in page.model.lines()), timeout=15000)
    # a 1 MB message already in the cache (an older server allowed it)
    megabyte = "一" * 1_000_000
    finish(
        qtbot,
        workspace.client.worker.write(
            lambda s: message_store.store_message(
                s,
                Message(
                    id=9_000_000_001,
                    conversation_id=page.conversation_id,
                    sender=Sender.CUSTOMER,
                    text=megabyte,
                    created_at=page.model.lines()[-1].at,
                ),
            )
        ),
    )
    window.tabs.close_chat(page.conversation_id)
    page = window.tabs.open_chat(page.conversation_id)
    qtbot.waitUntil(lambda: any(line.text == megabyte for line in page.model.lines()), timeout=15000)
    qtbot.wait(200)  # painted
    timer.stop()
    row = next(r for r, line in enumerate(page.model.lines()) if line.text == megabyte)
    hidden = page.model.index(row).data(MessageRole.HIDDEN_CHARS)
    shown = page.model.index(row).data(MessageRole.SHOWN_TEXT)
    assert 0 < len(shown) < 5000 and hidden == 1_000_000 - len(shown)
    _click_show_more(qtbot, page, row)
    qtbot.waitUntil(lambda: page.model.index(row).data(MessageRole.HIDDEN_CHARS) < hidden, timeout=3000)
    big_row = next(r for r, line in enumerate(page.model.lines()) if line.text == big)
    assert page.model.index(big_row).data(MessageRole.HIDDEN_CHARS) > 0
    # not a benchmark: "frozen" would be seconds, a layout of the full text would take that long
    print(f"longest event-loop pause: {gaps[0]} ms")
    assert gaps[0] < 1500, f"the window stood still for {gaps[0]} ms"
