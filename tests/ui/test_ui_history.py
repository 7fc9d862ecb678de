"""History pages in lazily: scrolling a chat to the top brings older messages (from the cache,
then from the server once the cache has no more), and what the agent was reading stays put."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from app.store.tables import MessageRow
from app.ui.application import Desktop
from app.ui.models.message_model import MessageRole
from app.ui.pages.chat_page import ChatPage
from tests.ui.conftest import finish
from tests.ui.test_ui_workspace import _chat
from tests.unit.services.shop_harness import CHANNEL_KEY, Shop

HISTORY = 200
KEPT_IN_CACHE = 100


def _top_line(page: ChatPage) -> tuple[int, int]:
    """The message at the top of the viewport and its distance from the viewport's top."""
    view = page.transcript
    index = view.indexAt(QPoint(view.viewport().width() // 2, 2))
    line = index.data(MessageRole.LINE)
    return line.message_id, view.visualRect(index).top()


def test_scrolling_to_the_top_pages_in_history_and_keeps_the_reading_position(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    customer = ui_shop.free_customer()
    page = _chat(qtbot, desktop, ui_shop, "历史 #0", customer)
    conversation_id = page.conversation_id
    with httpx.Client(base_url=ui_shop.running.api_url, headers={"X-Channel-Key": CHANNEL_KEY}) as http:
        for n in range(1, HISTORY):
            body = {"customer_id": customer, "client_msg_id": f"h-{n}", "text": f"历史 #{n}"}
            assert http.post("/channel/messages", json=body).status_code == 201
    qtbot.waitUntil(lambda: page.model.lines()[-1].text == f"历史 #{HISTORY - 1}", timeout=20000)
    window = desktop.window
    workspace = window.workspace
    assert workspace is not None
    # this computer kept only the newest messages (retention, a new computer): the rest is on the server
    window.tabs.close_chat(conversation_id)
    ids = sorted(line.message_id for line in page.model.lines() if line.message_id is not None)
    oldest_kept = ids[-KEPT_IN_CACHE]
    finish(
        qtbot,
        workspace.client.worker.write(
            lambda s: s.execute(
                delete(MessageRow).where(
                    MessageRow.conversation_id == conversation_id, MessageRow.id < oldest_kept
                )
            )
        ),
    )
    page = window.tabs.open_chat(conversation_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10000)
    bar = page.transcript.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=5000)

    pages = 0
    while page.model.lines()[0].text != "历史 #0":
        before_rows = page.model.rowCount()
        bar.setValue(bar.minimum())
        anchor, _ = _top_line(page)
        qtbot.waitUntil(lambda n=before_rows: page.model.rowCount() > n, timeout=10000)
        qtbot.waitUntil(lambda: not page.transcript.loading_older, timeout=5000)
        row = page.model.row_of_message(anchor)
        # the line the agent was reading is still at the top of the view
        assert abs(page.transcript.visualRect(page.model.index(row)).top()) <= 4
        pages += 1
        assert pages < 10, "history never reached the first message"
    texts = [line.text for line in page.model.lines()]
    assert texts == [f"历史 #{n}" for n in range(HISTORY)]
    assert not page.model.has_more
    assert pages >= 2
