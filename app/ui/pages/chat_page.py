"""One chat tab: header (customer, SLA clock, anger trend, actions), the anger alert, the
transcript (model + delegate, history paged in on scroll), suggestions and the composer."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversations import Conversation, ConversationStatus
from app.services.changes import Changes
from app.services.chat_lines import ChatLine, TranscriptPage
from app.services.chats import sla_seconds_left
from app.services.suggestions import SuggestionSet
from app.services.workspace import Workspace
from app.ui.labels import group_label, handoff_label, intent_label
from app.ui.models.message_delegate import MessageDelegate
from app.ui.models.message_model import MessageModel
from app.ui.ops import Reloader, run_op
from app.ui.theme import ThemeController
from app.ui.widgets.anger_trend import AngerTrend
from app.ui.widgets.banners import AlertBanner
from app.ui.widgets.composer import Composer
from app.ui.widgets.intent_correction_menu import install_intent_correction
from app.ui.widgets.suggestion_bar import SuggestionBar

FIRST_PAGE = 60
OLDER_PAGE = 60


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


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
        self._suggestions: SuggestionSet | None = None
        self._loading_older = False
        self._draft_restored = False
        self._pending_focus: int | None = None
        self._suggestions_stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QWidget()
        header.setObjectName("chatHeader")
        head = QHBoxLayout(header)
        head.setContentsMargins(12, 8, 8, 8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = _plain(name="chatTitle")
        self.subtitle = _plain(name="muted")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.sla = _plain(name="sla")
        head.addWidget(self.sla)
        self.trend = AngerTrend(theme)
        head.addWidget(self.trend)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(lambda: self.accept_requested.emit(self.conversation_id))
        head.addWidget(self.accept_button)
        self.ticket_button = QPushButton(self.tr("Ticket"))
        self.ticket_button.clicked.connect(lambda: self.ticket_requested.emit(self.conversation_id))
        head.addWidget(self.ticket_button)
        self.transfer_button = QPushButton(self.tr("Transfer"))
        self.transfer_button.clicked.connect(lambda: self.transfer_requested.emit(self.conversation_id))
        head.addWidget(self.transfer_button)
        self.close_button = QPushButton(self.tr("Close chat"))
        self.close_button.clicked.connect(lambda: self.close_requested.emit(self.conversation_id))
        head.addWidget(self.close_button)
        layout.addWidget(header)

        self.alert = AlertBanner()
        self.alert.acknowledged.connect(self.acknowledge_alert)
        layout.addWidget(self.alert)

        self.model = MessageModel(conversation_id, self)
        self.view = QListView()
        self.view.setObjectName("transcript")
        self.view.setModel(self.model)
        self.delegate = MessageDelegate(self.view, theme)
        self.view.setItemDelegate(self.delegate)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate.show_more.connect(self.model.show_more)
        self.delegate.retry.connect(self._retry)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.model.lines_added.connect(self._lines_added)
        theme.changed.connect(lambda _c: (self.delegate.clear_cache(), self.view.viewport().update()))
        layout.addWidget(self.view, 1)

        self.suggestion_bar = SuggestionBar()
        self.suggestion_bar.chosen.connect(self.insert_text)
        # issue 7: 👍/👎 on suggestions and right-click "correct intent" on customer messages
        self.suggestion_bar.rated.connect(
            lambda article_id, helpful: run_op(
                self, workspace.suggestions.rate(article_id, helpful), busy=False
            )
        )
        install_intent_correction(self.view, lambda: self.conversation_id, workspace)
        layout.addWidget(self.suggestion_bar)

        composer_row = QHBoxLayout()
        composer_row.setContentsMargins(8, 4, 8, 8)
        self.composer = Composer()
        self.composer.setFixedHeight(84)
        self.composer.submitted.connect(self.send)
        self.composer.draft_changed.connect(self._save_draft)
        composer_row.addWidget(self.composer, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.send(self.composer.toPlainText()))
        composer_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(composer_row)
        self.readonly_note = _plain(name="muted")
        self.readonly_note.setContentsMargins(12, 0, 12, 8)
        layout.addWidget(self.readonly_note)

        self._page_reload = Reloader(self, self._load_page, self._show_page)
        # a message arrives with its conversation's id too; its header can lag a little
        self._conversation_reload = Reloader(
            self, self._load_conversation, self._show_conversation, min_interval_ms=500
        )
        self._suggestion_reload = Reloader(self, self._load_suggestions, self._show_suggestions)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._conversation_reload.request()
        self._page_reload.request()
        run_op(self, workspace.chats.draft(conversation_id), busy=False).success(self._restore_draft)

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
        vip = "  VIP" if conversation.vip else ""
        self.title.setText(
            (self.customer_name or self.tr("Customer %1").replace("%1", str(conversation.customer_id))) + vip
        )
        parts = [intent_label(conversation.intent)]
        if conversation.group:
            parts.append(group_label(conversation.group))
        if conversation.card_type:
            parts.append(conversation.card_type)
        if conversation.handoff_reason:
            parts.append(handoff_label(conversation.handoff_reason))
        self.subtitle.setText(" · ".join(parts))
        mine = self.is_mine()
        waiting = conversation.status is ConversationStatus.WAITING
        closed = conversation.status is ConversationStatus.CLOSED
        self.accept_button.setVisible(waiting)
        for widget in (self.composer, self.send_button, self.transfer_button, self.close_button):
            widget.setEnabled(mine)
        self.suggestion_bar.setVisible(mine)
        if closed:
            self.readonly_note.setText(self.tr("This chat is closed."))
        elif waiting:
            self.readonly_note.setText(self.tr("Waiting in the queue: accept it to reply."))
        elif not mine:
            self.readonly_note.setText(self.tr("This chat is with a colleague now."))
        self.readonly_note.setVisible(not mine)
        self._refresh_insights()
        self.state_changed.emit()

    async def _load_page(self) -> TranscriptPage:
        limit = max(FIRST_PAGE, self.model.server_line_count())
        return await self.workspace.chats.page(self.conversation_id, limit)

    def _show_page(self, page: TranscriptPage) -> None:
        at_bottom = self._at_bottom()
        first = self.model.rowCount() == 0
        self.model.apply_page(page)
        self.workspace.insights.observe_lines(self.conversation_id, page.lines)
        if first or at_bottom:
            QTimer.singleShot(0, self.view, self.view.scrollToBottom)
        if self._pending_focus is not None:
            self.focus_message(self._pending_focus)
        self._tick()

    def _lines_added(self, lines: list[ChatLine]) -> None:
        self.lines_shown.emit(self.conversation_id, lines)

    def _at_bottom(self) -> bool:
        bar = self.view.verticalScrollBar()
        return bar.value() >= bar.maximum() - 24

    def _scrolled(self, value: int) -> None:
        if (
            value == self.view.verticalScrollBar().minimum()
            and self.model.has_more
            and not self._loading_older
        ):
            oldest = self.model.oldest_message_id()
            if oldest is None:
                return
            self._loading_older = True
            run_op(
                self, self.workspace.chats.older(self.conversation_id, oldest, OLDER_PAGE), busy=False
            ).success(self._show_older).failure(lambda _e: setattr(self, "_loading_older", False))

    def _show_older(self, page: TranscriptPage) -> None:
        bar = self.view.verticalScrollBar()
        before = bar.maximum() - bar.value()
        added = self.model.prepend(page)
        self._loading_older = False
        if added:
            self.workspace.insights.observe_lines(self.conversation_id, page.lines)
            # keep the agent's place: the same distance from the bottom as before
            QTimer.singleShot(0, bar, lambda: bar.setValue(bar.maximum() - before))

    def focus_message(self, message_id: int) -> None:
        """Scroll to a message (a search result), paging back until it is loaded."""
        row = self.model.row_of_message(message_id)
        if row >= 0:
            self._pending_focus = None
            self.model.highlight(message_id)
            self.view.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            return
        self._pending_focus = message_id
        oldest = self.model.oldest_message_id()
        if oldest is not None and oldest > message_id and self.model.has_more:
            run_op(self, self.workspace.chats.older(self.conversation_id, oldest, 500), busy=False).success(
                lambda page: (self.model.prepend(page), self.focus_message(message_id))
            )

    # --- changes --------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Reload what concerns this chat."""
        if self.conversation_id in changes.conversations:
            self._page_reload.request()
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
        self.trend.set_values(insights.trend(self.conversation_id))
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
        self._suggestions = suggestions
        self.suggestion_bar.show_set(suggestions)

    def acknowledge_alert(self) -> None:
        """The agent saw the anger alert."""
        self.workspace.insights.acknowledge(self.conversation_id)

    # --- the SLA clock --------------------------------------------------------------------------
    def _tick(self) -> None:
        since = self.workspace.chats.unanswered_since(self.conversation_id)
        if not self.is_mine():
            self.sla.setText("")
            return
        left = sla_seconds_left(since, datetime.now(UTC))
        if left is None:
            self.sla.setText(self.tr("Replied"))
            self.sla.setProperty("breached", False)
        elif left >= 0:
            self.sla.setText(self.tr("Reply within %1 s").replace("%1", str(int(left))))
            self.sla.setProperty("breached", False)
        else:
            self.sla.setText(self.tr("SLA breached by %1 s").replace("%1", str(int(-left))))
            self.sla.setProperty("breached", True)
        self.sla.style().unpolish(self.sla)
        self.sla.style().polish(self.sla)

    # --- composing ------------------------------------------------------------------------------
    def _restore_draft(self, text: str) -> None:
        if text and not self.composer.toPlainText():
            self.composer.restore(text)
        self._draft_restored = True

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

    def _send_failed(self, text: str, error: object) -> None:
        from app.ui.ops import show_error

        if not self.composer.toPlainText():
            self.composer.restore(text)
        show_error(self, error)  # type: ignore[arg-type]

    def _retry(self, outbox_id: int) -> None:
        run_op(self, self.workspace.chats.retry(outbox_id))

    def focus_composer(self) -> None:
        """Keyboard focus to the reply box."""
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Save the draft now (the tab is closing)."""
        self.composer.flush_draft()
