"""Item models by direct calls: long messages cut with "show more", masking, plain text, and the
queue model keeping rows in priority order with moves instead of resets."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.domain.conversations import Conversation, ConversationStatus, Sender
from app.services.chat_lines import ChatLine, TranscriptPage
from app.services.chats import QueueEntry
from app.ui.models.conversation_model import ConversationListModel
from app.ui.models.message_delegate import MessageDelegate
from app.ui.models.message_model import FIRST_CHARS, MessageModel, MessageRole, cut_point
from app.ui.theme import ThemeController

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _line(key: str, text: str, sender: Sender = Sender.CUSTOMER, message_id: int | None = 1) -> ChatLine:
    return ChatLine(key, sender, text, NOW, message_id=message_id)


def test_a_one_megabyte_message_is_cut_and_shown_more_step_by_step(qapp: QApplication, qtbot: QtBot) -> None:
    huge = ("很长的消息" * 50 + "\n") * 4000  # ~1 MB of text in 4,000 lines
    model = MessageModel(1)
    model.apply_page(TranscriptPage((_line("m1", huge),), False))
    index = model.index(0)
    shown = index.data(MessageRole.SHOWN_TEXT)
    assert len(shown) <= FIRST_CHARS
    assert index.data(MessageRole.HIDDEN_CHARS) == len(huge) - len(shown)
    view = QListView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.setModel(model)
    delegate = MessageDelegate(view, ThemeController(qapp))
    view.setItemDelegate(delegate)
    started = time.perf_counter()
    size: QSize = delegate.sizeHint(QStyleOptionViewItem(), index)
    assert time.perf_counter() - started < 0.5
    assert 0 < size.height() < 2000
    model.show_more(0)
    assert index.data(MessageRole.HIDDEN_CHARS) < len(huge) - len(shown)


def test_cut_point_respects_characters_and_lines() -> None:
    assert cut_point("短消息", 1500) == 3
    many_lines = "a\n" * 100
    assert many_lines[: cut_point(many_lines, 1500)].count("\n") <= 30


def test_phone_numbers_and_card_keys_are_masked_and_html_stays_text(qapp: QApplication) -> None:
    model = MessageModel(1)
    text = "我的手机 13812345678，卡密 ABCDE-FGHJK-LMNPQ，<b>急</b>"
    model.apply_page(TranscriptPage((_line("m1", text),), False))
    shown = model.index(0).data(MessageRole.SHOWN_TEXT)
    assert "13812345678" not in shown and "138" in shown
    assert "ABCDE-FGHJK-LMNPQ" not in shown
    assert "<b>急</b>" in shown


def test_a_sent_reply_replaces_its_queued_line_in_place(qapp: QApplication) -> None:
    model = MessageModel(1)
    queued = ChatLine("o1", Sender.AGENT, "好的", NOW, outbox_id=1, client_id="k1", message_id=None)
    first = _line("m1", "在吗")
    model.apply_page(TranscriptPage((first, queued), False))
    sent = ChatLine("m2", Sender.AGENT, "好的", NOW, message_id=2, client_id="k1")
    model.apply_page(TranscriptPage((first, sent), False))
    assert [line.key for line in model.lines()] == ["m1", "m2"]


def _entry(cid: int, *, angry: bool = False, vip: bool = False) -> QueueEntry:
    conversation = Conversation(cid, cid, ConversationStatus.WAITING, NOW, vip=vip, waiting_since=NOW)
    return QueueEntry(conversation, angry, 0, None)


def test_queue_model_moves_rows_and_keeps_the_selection(qapp: QApplication) -> None:
    model = ConversationListModel(waiting=True)
    model.set_entries([_entry(1), _entry(2), _entry(3)])
    view = QListView()
    view.setModel(model)
    view.setCurrentIndex(model.index(2))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_entries([_entry(3, angry=True), _entry(1), _entry(2)])
    assert [e.conversation.id for e in model.entries()] == [3, 1, 2]
    assert view.currentIndex().row() == 0 and not resets
    model.set_entries([_entry(1), _entry(4)])
    assert [e.conversation.id for e in model.entries()] == [1, 4]
