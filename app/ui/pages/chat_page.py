"""One chat tab: the header (customer, SLA clock, anger trend, actions), the anger alert, the
transcript, the suggestions and the reply box. The page loads and reacts to changes; its parts
(widgets/chat_header.py, widgets/transcript_view.py, widgets/reply_box.py) only show."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.conversations import Conversation, ConversationStatus
from app.domain.errors import KefuError
from app.services.changes import Changes
from app.services.chat_lines import ChatLine, TranscriptPage
from app.services.chats import sla_seconds_left
from app.services.suggestions import SuggestionSet
from app.services.workspace import Workspace
from app.ui.models.message_model import MessageModel
from app.ui.ops import Reloader, run_op, show_error
from app.ui.theme import ThemeController
from app.ui.widgets.banners import AlertBanner
from app.ui.widgets.chat_header import ChatHeader
from app.ui.widgets.composer import Composer
from app.ui.widgets.intent_correction_menu import install_intent_correction
from app.ui.widgets.reply_box import ReadOnlyReason, ReplyBox
from app.ui.widgets.suggestion_bar import SuggestionBar
from app.ui.widgets.transcript_view import TranscriptView

FIRST_PAGE = 60


class ChatPage(QWidget):
    """One conversation; `state_changed` when its tab's title, colour or badge should change."""

    state_changed = Signal()
    accept_requested = Signal(int)
    transfer_requested = Signal(int)
    close_requested = Signal(int)
    ticket_requested = Signal(int)
    lines_shown = Signal(int, list)  # conversation id, new ChatLines now on screen

    def __init__(
        self,
        workspace: Workspace,
        theme: ThemeController,
        conversation_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatPage")
        self.workspace = workspace
        self.conversation_id = conversation_id
        self.conversation: Conversation | None = None
        self.customer_name = ""
        self._suggestions_stale = True
        self._focus_when_ready = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.header = ChatHeader(theme)
        self.header.accept_clicked.connect(lambda: self.accept_requested.emit(conversation_id))
        self.header.ticket_clicked.connect(lambda: self.ticket_requested.emit(conversation_id))
        self.header.transfer_clicked.connect(lambda: self.transfer_requested.emit(conversation_id))
        self.header.close_clicked.connect(lambda: self.close_requested.emit(conversation_id))
        layout.addWidget(self.header)
        self.alert = AlertBanner()
        self.alert.acknowledged.connect(self.acknowledge_alert)
        layout.addWidget(self.alert)
        self.transcript = TranscriptView(workspace, theme, conversation_id)
        self.transcript.delegate.retry.connect(self._retry)
        self.transcript.lines_shown.connect(lambda lines: self.lines_shown.emit(conversation_id, lines))
        layout.addWidget(self.transcript, 1)
        self.suggestion_bar = SuggestionBar()
        self.suggestion_bar.chosen.connect(self.insert_text)
        # issue 7: 👍/👎 on suggestions and right-click "correct intent" on customer messages
        self.suggestion_bar.rated.connect(
            lambda article_id, helpful: run_op(
                self, workspace.suggestions.rate(article_id, helpful), busy=False
            )
        )
        install_intent_correction(self.transcript, lambda: self.conversation_id, workspace)
        layout.addWidget(self.suggestion_bar)
        self.reply = ReplyBox()
        self.reply.send_requested.connect(self.send)
        self.reply.composer.draft_changed.connect(self._save_draft)
        layout.addWidget(self.reply)

        self._page_reload = Reloader(self, self._load_page, self._show_page)
        self._conversation_reload = Reloader(
            self, self._load_conversation, self._show_conversation, min_interval_ms=300
        )
        self._suggestion_reload = Reloader(self, self._load_suggestions, self._show_suggestions)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._conversation_reload.request()
        self._page_reload.request()
        run_op(self, workspace.chats.draft(conversation_id), busy=False).success(self._restore_draft)

    # --- the parts, by the names tests and the window use -----------------------------------------
    @property
    def model(self) -> MessageModel:
        """The transcript's model."""
        return self.transcript.messages_model

    @property
    def composer(self) -> Composer:
        """The reply box's editor."""
        return self.reply.composer

    @property
    def title(self) -> QLabel:
        """The customer's name in the header."""
        return self.header.title

    # --- state for the tab ----------------------------------------------------------------------
    def tab_title(self) -> str:
        """The customer's name with the unread count."""
        if self.conversation is None:
            name = self.tr("Chat %1").replace("%1", str(self.conversation_id))
        else:
            name = self.customer_name or self.tr("Customer %1").replace(
                "%1", str(self.conversation.customer_id)
            )
        unread = self.workspace.chats.unread(self.conversation_id)
        return f"{name} ({unread})" if unread else name

    def is_angry(self) -> bool:
        """Whether the tab is shown red."""
        return self.conversation is not None and self.workspace.insights.is_angry(self.conversation)

    def has_alert(self) -> bool:
        """An unacknowledged anger alert."""
        return self.workspace.insights.alert(self.conversation_id) is not None

    def is_mine(self) -> bool:
        """Assigned to the logged-in agent and open."""
        agent = self.workspace.agent
        conversation = self.conversation
        return bool(
            agent
            and conversation
            and conversation.status is ConversationStatus.ASSIGNED
            and conversation.agent_id == agent.id
        )

    def changeEvent(self, event: QEvent) -> None:
        """Switch language live: the tab's title is ours to retranslate."""
        if event.type() == QEvent.Type.LanguageChange:
            self.state_changed.emit()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------------
    async def _load_conversation(self) -> tuple[Conversation | None, str]:
        conversation = await self.workspace.chats.conversation(self.conversation_id)
        name = ""
        if conversation is not None:
            found = await self.workspace.profiles.customers([conversation.customer_id])
            customer = found.get(conversation.customer_id)
            name = customer.nickname if customer else ""
        return conversation, name

    def _show_conversation(self, loaded: tuple[Conversation | None, str]) -> None:
        conversation, name = loaded
        if conversation is None:
            return
        self.conversation = conversation
        self.customer_name = name or self.customer_name
        self.header.show_conversation(conversation, self.customer_name)
        mine = self.is_mine()
        waiting = conversation.status is ConversationStatus.WAITING
        self.header.show_actions(waiting=waiting, mine=mine)
        self.suggestion_bar.setVisible(mine)
        if mine:
            reason = ReadOnlyReason.NONE
        elif conversation.status is ConversationStatus.CLOSED:
            reason = ReadOnlyReason.CLOSED
        else:
            reason = ReadOnlyReason.WAITING if waiting else ReadOnlyReason.COLLEAGUE
        self.reply.set_read_only(reason)
        if mine and self._focus_when_ready:
            self._focus_when_ready = False
            self.composer.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_insights()
        self._tick()

    async def _load_page(self) -> TranscriptPage:
        limit = max(FIRST_PAGE, self.model.server_line_count())
        return await self.workspace.chats.page(self.conversation_id, limit)

    def _show_page(self, page: TranscriptPage) -> None:
        self.transcript.show_page(page)
        self.workspace.insights.observe_lines(self.conversation_id, page.lines)
        self._tick()

    def add_live_lines(self, lines: list[ChatLine]) -> None:
        """Messages that just arrived (no cache read: the sync already had them in hand)."""
        self.transcript.add_live(lines)
        self._tick()

    def focus_message(self, message_id: int) -> None:
        """Scroll to a message (a search result), paging back until it is loaded."""
        self.transcript.focus_message(message_id)

    # --- changes --------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Reload what concerns this chat."""
        if self.conversation_id in changes.transcripts:
            self._page_reload.request()
        if self.conversation_id in changes.conversations:
            self._conversation_reload.request()
        if changes.customers and self.conversation and self.conversation.customer_id in changes.customers:
            self._conversation_reload.request()
        if self.conversation_id in changes.insights or changes.engine or changes.articles:
            if changes.engine:
                self.workspace.insights.observe_lines(self.conversation_id, self.model.lines())
            self._refresh_insights()
        if self.conversation_id in changes.unread:
            self.state_changed.emit()

    def _refresh_insights(self) -> None:
        insights = self.workspace.insights
        self.header.trend.set_values(insights.trend(self.conversation_id))
        alert = insights.alert(self.conversation_id)
        if alert is not None:
            self.alert.show_alert(alert.anger, alert.text)
        else:
            self.alert.hide()
        if self.conversation is not None and self.is_mine():
            # suggestions are for the chat in front; a background tab catches up when shown
            if self.isVisible():
                self._suggestion_reload.request()
            else:
                self._suggestions_stale = True
        self.state_changed.emit()

    async def _load_suggestions(self) -> SuggestionSet | None:
        if self.conversation is None:
            return None
        return await self.workspace.suggestions.for_conversation(self.conversation)

    def showEvent(self, event: QShowEvent) -> None:
        """Brought to the front: catch up on suggestions skipped while hidden."""
        super().showEvent(event)
        if self._suggestions_stale and self.conversation is not None and self.is_mine():
            self._suggestions_stale = False
            self._suggestion_reload.request()

    def _show_suggestions(self, suggestions: SuggestionSet | None) -> None:
        self.suggestion_bar.show_set(suggestions)

    def acknowledge_alert(self) -> None:
        """The agent saw the anger alert."""
        self.workspace.insights.acknowledge(self.conversation_id)

    # --- the SLA clock --------------------------------------------------------------------------
    def _tick(self) -> None:
        since = self.workspace.chats.unanswered_since(self.conversation_id)
        left = sla_seconds_left(since, datetime.now(UTC))
        self.header.show_clock(left, shown=self.is_mine())

    # --- composing ------------------------------------------------------------------------------
    def _restore_draft(self, text: str) -> None:
        if text and not self.composer.toPlainText():
            self.composer.restore(text)

    def _save_draft(self, text: str) -> None:
        run_op(self, self.workspace.chats.save_draft(self.conversation_id, text), busy=False)

    def insert_text(self, text: str) -> None:
        """Put a suggestion into the composer (at the cursor) and focus it."""
        self.composer.insertPlainText(text)
        self.composer.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def insert_suggestion(self, slot: int) -> bool:
        """Alt+1..3."""
        return self.is_mine() and self.suggestion_bar.insert(slot)

    def send(self, text: str) -> None:
        """Queue the reply; the box empties at once and refills if queuing failed."""
        if not text.strip() or not self.is_mine():
            return
        self.composer.clear_sent()
        run_op(self, self.workspace.chats.send_reply(self.conversation_id, text), busy=False).failure(
            lambda error: self._send_failed(text, error)
        )

    def _send_failed(self, text: str, error: KefuError) -> None:
        if not self.composer.toPlainText():
            self.composer.restore(text)
        show_error(self, error)

    def _retry(self, outbox_id: int) -> None:
        run_op(self, self.workspace.chats.retry(outbox_id))

    def focus_composer(self) -> None:
        """Keyboard focus to the reply box (once the chat is known to be mine, if still loading)."""
        if self.composer.isEnabled():
            self.composer.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_when_ready = True

    def flush(self) -> None:
        """Save the draft now (the tab is closing)."""
        self.composer.flush_draft()
