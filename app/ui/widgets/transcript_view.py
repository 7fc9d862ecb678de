"""A chat's transcript: the message list (model + delegate), kept at the bottom while new lines
arrive, paging older history in when the agent scrolls to the top (without moving what they read),
and scrolling to a message a search found."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.services.chat_lines import ChatLine, TranscriptPage
from app.services.workspace import Workspace
from app.ui.models.message_delegate import MessageDelegate
from app.ui.models.message_model import MessageModel
from app.ui.ops import run_op
from app.ui.theme import ThemeController

OLDER_PAGE = 60
SEARCH_PAGE = 500
# within this many pixels of the bottom the view follows new lines
FOLLOW_PIXELS = 24


class TranscriptView(QListView):
    """`lines_shown(lines)` when new lines are on screen (appended, not paged in)."""

    lines_shown = Signal(list)

    def __init__(
        self,
        workspace: Workspace,
        theme: ThemeController,
        conversation_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.workspace = workspace
        self.conversation_id = conversation_id
        self.messages_model = MessageModel(conversation_id, self)
        self.setModel(self.messages_model)
        self.delegate = MessageDelegate(self, theme)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate.show_more.connect(self.messages_model.show_more)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.messages_model.lines_added.connect(self.lines_shown)
        theme.changed.connect(lambda _c: (self.delegate.clear_cache(), self.viewport().update()))
        self._loading_older = False
        self._pending_focus: int | None = None

    def changeEvent(self, event: QEvent) -> None:
        """Switch language live: senders and delivery states are painted from cached layouts."""
        if event.type() == QEvent.Type.LanguageChange:
            self.delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
            self.viewport().update()
        super().changeEvent(event)

    @property
    def loading_older(self) -> bool:
        """An older page is being fetched."""
        return self._loading_older

    def at_bottom(self) -> bool:
        """The agent is reading the newest lines."""
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - FOLLOW_PIXELS

    # --- newest lines ---------------------------------------------------------------------------
    def show_page(self, page: TranscriptPage) -> None:
        """The newest page from the cache (first load, or lines the live path did not bring)."""
        follow = self.messages_model.rowCount() == 0 or self.at_bottom()
        self.messages_model.apply_page(page)
        if follow:
            QTimer.singleShot(0, self, self.scrollToBottom)
        # too few lines to scroll: there is no top to scroll to, so page in until the view fills
        QTimer.singleShot(0, self, self._fill_viewport)
        if self._pending_focus is not None:
            self.focus_message(self._pending_focus)

    def add_live(self, lines: list[ChatLine]) -> None:
        """Lines that just arrived: appended at once, and followed when the agent is at the bottom."""
        follow = self.at_bottom()
        if self.messages_model.append_live(lines) and follow:
            self.scrollToBottom()

    # --- older history --------------------------------------------------------------------------
    def _scrolled(self, value: int) -> None:
        if value == self.verticalScrollBar().minimum() and value < self.verticalScrollBar().maximum():
            self.load_older()

    def showEvent(self, event: QShowEvent) -> None:
        """Brought to the front: fill the view with history if it is short."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fill_viewport)

    def _fill_viewport(self) -> None:
        if self.verticalScrollBar().maximum() == 0 and self.isVisible():
            self.load_older()

    def load_older(self) -> bool:
        """Page in the next older messages (cache first, then the server); False if none to ask."""
        oldest = self.messages_model.oldest_message_id()
        if self._loading_older or not self.messages_model.has_more or oldest is None:
            return False
        self._loading_older = True
        call = self.workspace.chats.older(self.conversation_id, oldest, OLDER_PAGE)
        run_op(self, call, busy=False).success(self._show_older).failure(self._older_failed)
        return True

    def _older_failed(self, _error: object) -> None:
        self._loading_older = False

    def _show_older(self, page: TranscriptPage) -> None:
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        added = self.messages_model.prepend(page)
        self._loading_older = False
        if added:
            self.workspace.insights.observe_lines(self.conversation_id, page.lines)
            # keep the agent's place: the same distance from the bottom as before
            self.doItemsLayout()
            bar.setValue(bar.maximum() - from_bottom)
            self._fill_viewport()

    # --- a message found by search --------------------------------------------------------------
    def focus_message(self, message_id: int) -> None:
        """Scroll to a message (a search result), paging back until it is loaded."""
        row = self.messages_model.row_of_message(message_id)
        if row >= 0:
            self._pending_focus = None
            self.messages_model.highlight(message_id)
            self.scrollTo(self.messages_model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            return
        self._pending_focus = message_id
        oldest = self.messages_model.oldest_message_id()
        if oldest is not None and oldest > message_id and self.messages_model.has_more:
            call = self.workspace.chats.older(self.conversation_id, oldest, SEARCH_PAGE)
            run_op(self, call, busy=False).success(
                lambda page: (self.messages_model.prepend(page), self.focus_message(message_id))
            )
