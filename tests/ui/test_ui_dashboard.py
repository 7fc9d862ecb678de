"""The dashboard, quality review and quick replies in the real window against the reference shop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.application import Desktop
from app.ui.widgets.feedback_list import META_ROLE, STARS_ROLE
from tests.ui.conftest import finish, open_desktop
from tests.unit.services.shop_harness import Shop


def test_dashboard_shows_the_servers_figures_and_exports_csv(
    desktop: Desktop, qtbot: QtBot, tmp_path: Path
) -> None:
    window = desktop.window
    window.service_menu.dashboard_action.trigger()
    page = window.service_menu.dashboard
    assert page is not None
    qtbot.waitUntil(lambda: page.view is not None, timeout=15000)
    expected = finish(qtbot, window.workspace.dashboard.load())
    today = expected.board.today
    assert page.cards["handled"].text() == str(today.chats_handled)
    assert page.cards["breaches"].text() == str(today.sla_breaches)
    assert page.hour_chart.values == [float(h.chats_handled) for h in expected.board.hours]
    assert len(page.week_chart.values) == 7
    assert all(v for v in page.week_chart.values)  # the seed's week of history fills every day
    assert page.reply_chart.target == today.sla_seconds
    breaches = page.cards["breaches"]
    assert breaches.value.property("state") == ("bad" if today.sla_breaches else "good")
    assert breaches.target.text()  # the line under the number says what it counts
    ratings = page.ratings
    if expected.ratings:
        newest = expected.ratings[-1]
        first = ratings.item(0)
        assert first.data(STARS_ROLE) == newest.score
        assert str(newest.conversation_id) in first.data(META_ROLE)
    middle = page.week_chart.mapToGlobal(page.week_chart.rect().center())
    assert page.week_chart.index_at(page.week_chart.mapFromGlobal(middle).x()) == 3  # tooltip's bar
    assert not page.team_box.isVisible()  # agents see no team table
    out = tmp_path / "period.csv"
    page.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10000)
    assert out.read_text("utf-8").splitlines()[1].startswith("period,chats_handled")


@pytest.fixture
def supervisor_desktop(
    qapp: QApplication, event_loop_qt: object, qtbot: QtBot, ui_shop: Shop, tmp_path: Path
) -> Iterator[Desktop]:
    """sup01's window on a fresh shop, in Chinese."""
    opened = open_desktop(qapp, qtbot, ui_shop, tmp_path, user="sup01")
    try:
        yield opened
    finally:
        finish(qtbot, opened.shutdown())


def test_supervisor_reviews_a_flagged_chat_and_sees_the_team(
    supervisor_desktop: Desktop, qtbot: QtBot
) -> None:
    desktop = supervisor_desktop
    menu = desktop.window.service_menu
    assert menu.review_action.isVisible()
    menu.dashboard_action.trigger()
    board = menu.dashboard
    qtbot.waitUntil(lambda: board.view is not None and board.team_model.rowCount() > 0, timeout=15000)
    assert board.team_box.isVisibleTo(board)
    # enums are shown in the UI's language, never as the server's English codes
    presence = {row[1] for row in board.team_model.rows}
    assert presence and presence <= {"在线", "离开", "离线"}, presence
    groups = {row[1] for row in board.queue_model.rows}
    assert not groups & {"presale", "recharge", "game_cards", "aftersale", "vip"}, groups
    menu.review_action.trigger()
    review = menu.review
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=15000)
    review.table.selectRow(0)
    qtbot.waitUntil(lambda: review.transcript.toPlainText() != "", timeout=10000)
    review.note.setPlainText("先安抚再查单")
    review.mark_button.click()
    chat = review.selected_id()
    qtbot.waitUntil(lambda: review.items[chat].reviewed_by == "sup01", timeout=10000)
    assert review.items[chat].note == "先安抚再查单"


def test_quick_replies_dialog_saves_and_refuses_a_bad_shortcut(desktop: Desktop, qtbot: QtBot) -> None:
    menu = desktop.window.service_menu
    menu.quick_action.trigger()
    qtbot.waitUntil(
        lambda: menu.quick_replies is not None and menu.quick_replies.list.count() > 0, timeout=10000
    )
    dialog = menu.quick_replies
    count = dialog.list.count()
    dialog._new()
    dialog.shortcut.setText("bad key")
    dialog.text.setPlainText("{称呼}您好")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    dialog.shortcut.setText("hello")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.list.count() == count + 1, timeout=10000)
    assert any(dialog.list.item(n).text().startswith("/hello") for n in range(dialog.list.count()))


def test_a_review_note_reaches_the_agent_live_as_a_badge(
    desktop: Desktop, qtbot: QtBot, ui_shop: Shop
) -> None:
    window = desktop.window
    menu = window.service_menu
    plain_title = menu.menu.title()
    closed = finish(qtbot, window.workspace.client.api.conversations("closed"))
    chat = closed[0].id
    ui_shop.supervisor_call("POST", f"/qa/reviews/{chat}", {"note": "首响再快一点"})
    qtbot.waitUntil(lambda: chat in menu.unread_notes, timeout=15000)  # pushed, not polled
    assert menu.menu.title() == plain_title + " (1)"
    assert "1" in menu.dashboard_action.text() and menu.dashboard_action.text() != "看板"
    assert str(chat) in window.statusBar().currentMessage()
    menu.dashboard_action.trigger()
    page = menu.dashboard
    qtbot.waitUntil(lambda: page.view is not None and page.notes.count() > 0, timeout=15000)
    assert page.notes.item(0).text() == "首响再快一点"
    assert not menu.unread_notes and menu.menu.title() == plain_title
