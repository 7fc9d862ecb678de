"""Privacy from the profile panel: "delete this customer's local data" asks first, then removes
the customer's chats, orders and profile from the cache and closes their tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.application import Desktop
from tests.ui.conftest import finish
from tests.ui.test_ui_workspace import _chat
from tests.unit.services.shop_harness import Shop


def test_deleting_a_customers_local_data_asks_first_then_erases_and_closes_the_tab(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    customer = ui_shop.free_customer()
    page = _chat(qtbot, desktop, ui_shop, "我的手机号 13812345678，话费没到", customer)
    conversation_id = page.conversation_id
    window = desktop.window
    workspace = window.workspace
    assert workspace is not None
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: window.profile.orders_model.rowCount() > 0, timeout=10000)

    def cached_lines() -> int:
        return len(finish(qtbot, workspace.chats.page(conversation_id)).lines)

    # the agent changes their mind: nothing is deleted
    box = window.profile.confirm_erase()
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert cached_lines() > 0 and window.tabs.page(conversation_id) is not None

    box = window.profile.confirm_erase()
    assert box is not None
    delete = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    qtbot.waitUntil(lambda: window.tabs.page(conversation_id) is None, timeout=10000)

    def erased() -> bool:
        # fetches that were on their way when the agent confirmed are undone as they land
        profile = finish(qtbot, workspace.profiles.profile(customer))
        return cached_lines() == 0 and profile.customer is None and profile.recent_orders == ()

    qtbot.waitUntil(erased, timeout=10000)
    assert finish(qtbot, workspace.chats.draft(conversation_id)) == ""
    assert workspace.insights.trend(conversation_id) == []
