"""The workspace as an agent uses it: chats arrive in tabs, Enter sends, Shift+Enter breaks the
line, drafts are kept, the coupon is issued once, anger is alerted and acknowledged, replies
written offline go out once, HTML shows as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.conversations import Sender
from app.services.connection import ConnectionState
from app.ui.application import Desktop
from app.ui.models.message_model import MessageRole
from app.ui.pages.chat_page import ChatPage
from tests.ui.conftest import finish
from tests.unit.services.shop_harness import Shop


def _chat(qtbot: QtBot, desktop: Desktop, shop: Shop, text: str, customer: int | None = None) -> ChatPage:
    """A customer writes; the chat lands in "my chats" and opens in a tab showing the message."""
    customer_id = customer or shop.free_customer()
    conversation_id = shop.customer_says(customer_id, text)["conversation"]["id"]
    window = desktop.window
    qtbot.waitUntil(lambda: window.tabs.page(conversation_id) is not None, timeout=10000)
    page = window.tabs.page(conversation_id)
    assert page is not None
    qtbot.waitUntil(lambda: any(line.text == text for line in page.model.lines()), timeout=10000)
    qtbot.waitUntil(lambda: page.conversation is not None, timeout=10000)
    return page


def _shown_texts(page: ChatPage, sender: Sender) -> list[str]:
    return [line.text for line in page.model.lines() if line.sender is sender]


def test_a_customer_message_opens_a_tab_and_fills_queue_and_profile(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "我的话费充了还没到账")
    window = desktop.window
    qtbot.waitUntil(lambda: window.queue.mine_model.row_of(page.conversation_id) >= 0)
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: window.profile.orders_model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: window.profile.detail.order is not None, timeout=10000)
    assert "我的会话" in window.queue.mine_title.text()


def test_enter_sends_and_shift_enter_breaks_the_line_and_the_reply_shows_sent(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "在吗")
    desktop.window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.composer.isEnabled)
    page.composer.setFocus()
    # QTest types ASCII only; Chinese arrives as an input method would commit it
    qtbot.keyClicks(page.composer, "Hi")
    page.composer.insertPlainText("，您好")
    qtbot.keyClick(page.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    page.composer.insertPlainText("请稍等")
    assert page.composer.toPlainText() == "Hi，您好\n请稍等"
    qtbot.keyClick(page.composer, Qt.Key.Key_Return)
    assert page.composer.toPlainText() == ""
    qtbot.waitUntil(
        lambda: any(
            line.text == "Hi，您好\n请稍等" and line.delivery.value == "sent" for line in page.model.lines()
        ),
        timeout=10000,
    )
    assert ui_shop.agent_messages(page.conversation_id) == ["Hi，您好\n请稍等"]


def test_draft_is_saved_while_typing_and_restored_in_a_new_tab(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "帮我看看订单")
    conversation_id = page.conversation_id
    qtbot.waitUntil(page.composer.isEnabled)
    qtbot.keyClicks(page.composer, "checking ")
    page.composer.insertPlainText("正在查询")
    workspace = desktop.window.workspace
    assert workspace is not None
    qtbot.waitUntil(
        lambda: finish(qtbot, workspace.chats.draft(conversation_id)) == "checking 正在查询", timeout=5000
    )
    desktop.window.tabs.close_chat(conversation_id)
    reopened = desktop.window.tabs.open_chat(conversation_id)
    qtbot.waitUntil(lambda: reopened.composer.toPlainText() == "checking 正在查询", timeout=5000)


def test_coupon_double_clicked_is_issued_once(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    customer = ui_shop.free_customer()
    order_no = ui_shop.latest_order_of(customer)
    page = _chat(qtbot, desktop, ui_shop, f"订单 {order_no} 一直没到账", customer)
    window = desktop.window
    window.tabs.setCurrentWidget(page)
    detail = window.profile.detail
    qtbot.waitUntil(lambda: detail.order is not None and detail.order.order_no == order_no, timeout=10000)
    qtbot.waitUntil(detail.coupon_button.isEnabled, timeout=10000)
    qtbot.mouseDClick(detail.coupon_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(detail.coupon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已发放" in detail.coupon_button.text(), timeout=10000)
    qtbot.waitUntil(lambda: any("券" in t for t in _shown_texts(page, Sender.SYSTEM)), timeout=10000)
    assert len(ui_shop.coupons_of(order_no)) == 1


def test_angry_customer_turns_tab_and_row_red_until_acknowledged(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "什么破平台，充了两小时还没到，我要投诉！")
    window = desktop.window
    qtbot.waitUntil(page.alert.isVisible, timeout=10000)
    index = window.tabs.indexOf(page)
    assert window.tabs.tabBar().tabTextColor(index).name() == window.theme.colors.danger
    row = window.queue.mine_model.row_of(page.conversation_id)
    from app.ui.models.conversation_model import ConversationRole

    assert window.queue.mine_model.index(row).data(ConversationRole.ANGRY)
    qtbot.waitUntil(lambda: page.suggestion_bar.buttons[0].property("calming") is True, timeout=10000)
    tray = window.tray
    assert tray is not None
    qtbot.waitUntil(lambda: tray.open_alerts == 1, timeout=5000)
    assert tray.reminder.isActive()  # the notification comes back until acknowledged
    assert "1" in tray.tooltip
    tray.activated.emit()  # a click on the tray icon brings the angry chat forward
    assert window.tabs.current_page() is page
    qtbot.mouseClick(page.alert.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.alert.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: tray.open_alerts == 0 and not tray.reminder.isActive(), timeout=5000)


def test_alt_1_inserts_the_first_suggestion(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    page = _chat(qtbot, desktop, ui_shop, "话费怎么还没到账")
    desktop.window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.suggestion_bar.buttons[0].isVisible(), timeout=10000)
    page.composer.setFocus()
    qtbot.keyClick(desktop.window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.composer.toPlainText() != "", timeout=3000)
    assert "{order_no}" not in page.composer.toPlainText()


def test_replies_written_offline_show_queued_and_go_out_once(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    page = _chat(qtbot, desktop, ui_shop, "话费没到")
    window = desktop.window
    workspace = window.workspace
    assert workspace is not None
    ui_shop.stop()
    qtbot.waitUntil(lambda: workspace.connection.state is ConnectionState.OFFLINE, timeout=10000)
    qtbot.waitUntil(window.offline.isVisible, timeout=5000)
    page.send("断网时写的回复")
    qtbot.waitUntil(lambda: any(line.text == "断网时写的回复" for line in page.model.lines()), timeout=5000)
    line = next(line for line in page.model.lines() if line.text == "断网时写的回复")
    assert line.delivery.value in ("queued", "sending")
    ui_shop.start()
    qtbot.waitUntil(
        lambda: any(
            line.text == "断网时写的回复" and line.delivery.value == "sent" for line in page.model.lines()
        ),
        timeout=20000,
    )
    qtbot.waitUntil(lambda: not window.offline.isVisible(), timeout=10000)
    assert ui_shop.agent_messages(page.conversation_id) == ["断网时写的回复"]


def test_html_in_a_message_is_shown_as_typed(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    text = "<b>粗体</b><script>alert(1)</script> &amp;"
    page = _chat(qtbot, desktop, ui_shop, text)
    row = next(r for r, line in enumerate(page.model.lines()) if line.text == text)
    assert page.model.index(row).data(MessageRole.SHOWN_TEXT) == text


def test_ticket_progress_arrives_live(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    page = _chat(qtbot, desktop, ui_shop, "卡密提示已被使用")
    window = desktop.window
    window.tabs.setCurrentWidget(page)
    workspace = window.workspace
    assert workspace is not None and page.conversation is not None
    from app.domain.tickets import TicketKind
    from app.services.tickets import draft_ticket

    draft = draft_ticket(page.conversation, page.model.lines())
    finish(qtbot, workspace.tickets.create(draft, TicketKind.CARD_CHECK, draft.description, None))
    qtbot.waitUntil(lambda: len(ui_shop.tickets_of(page.conversation_id)) == 1, timeout=10000)
    ticket_id = ui_shop.tickets_of(page.conversation_id)[0]
    model = window.profile.tickets_model
    from app.ui.models.ticket_model import TicketRole

    def node() -> str | None:
        if model.rowCount() != 1:
            return None
        row = model.index(0).data(TicketRole.ROW)
        return str(row.ticket.node) if row.ticket else None

    qtbot.waitUntil(lambda: node() == "submitted", timeout=10000)
    ui_shop.advance_ticket(ticket_id, "reviewing")
    qtbot.waitUntil(lambda: node() == "reviewing", timeout=10000)
