"""The centre: one tab per conversation; angry chats' tabs turn red, unread counts in the title."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.changes import Changes
from app.services.chat_lines import ChatLine
from app.services.workspace import Workspace
from app.ui.pages.chat_page import ChatPage
from app.ui.theme import ThemeController


class ChatTabs(QTabWidget):
    """Opens, focuses and closes chat pages; `current_changed(conversation_id | None)`."""

    current_changed = Signal(object)
    accept_requested = Signal(int)
    transfer_requested = Signal(int)
    close_requested = Signal(int)
    ticket_requested = Signal(int)
    lines_shown = Signal(int, list)

    def __init__(self, workspace: Workspace, theme: ThemeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatTabs")
        self.workspace = workspace
        self.theme = theme
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        # the style's base line under document-mode tabs is drawn in the light palette colour,
        # a bright stripe across the dark theme; the header below separates them instead
        self.tabBar().setDrawBase(False)
        self.tabCloseRequested.connect(self.close_tab)
        self.currentChanged.connect(self._current_changed)
        theme.changed.connect(lambda _c: self._repaint_tabs())

    def pages(self) -> list[ChatPage]:
        """Every open chat page, in tab order."""
        return [w for i in range(self.count()) if isinstance(w := self.widget(i), ChatPage)]

    def page(self, conversation_id: int) -> ChatPage | None:
        """The page of a conversation, if open."""
        return next((p for p in self.pages() if p.conversation_id == conversation_id), None)

    def current_page(self) -> ChatPage | None:
        """The chat in front."""
        widget = self.currentWidget()
        return widget if isinstance(widget, ChatPage) else None

    def open_chat(self, conversation_id: int, *, focus: bool = True) -> ChatPage:
        """Open (or bring forward) a conversation's tab."""
        page = self.page(conversation_id)
        if page is None:
            page = ChatPage(self.workspace, self.theme, conversation_id)
            page.state_changed.connect(lambda p=page: self._update_tab(p))
            page.accept_requested.connect(self.accept_requested)
            page.transfer_requested.connect(self.transfer_requested)
            page.close_requested.connect(self.close_requested)
            page.ticket_requested.connect(self.ticket_requested)
            page.lines_shown.connect(self.lines_shown)
            self.addTab(page, page.tab_title())
            self._update_tab(page)
        if focus:
            self.setCurrentWidget(page)
            page.focus_composer()
        return page

    def show_page(self, widget: QWidget, title: str) -> None:
        """Bring a non-chat page (the dashboard) forward as a tab of its own, after the chats."""
        index = self.indexOf(widget)
        if index < 0:
            index = self.addTab(widget, title)
        elif self.tabText(index) != title:
            self.setTabText(index, title)
        self.setCurrentIndex(index)

    def close_tab(self, index: int) -> None:
        """Close a tab (a chat's draft is saved first; a non-chat page is only hidden, for reuse)."""
        widget = self.widget(index)
        self.removeTab(index)
        if isinstance(widget, ChatPage):
            widget.flush()
            widget.deleteLater()

    def discard_chat(self, conversation_id: int) -> None:
        """Close a chat's tab without saving its draft (its local data was just erased)."""
        page = self.page(conversation_id)
        if page is not None:
            page.reply.composer.blockSignals(True)
            self.removeTab(self.indexOf(page))
            page.deleteLater()

    def close_chat(self, conversation_id: int) -> None:
        """Close the tab of a conversation."""
        page = self.page(conversation_id)
        if page is not None:
            self.close_tab(self.indexOf(page))

    def _current_changed(self, _index: int) -> None:
        page = self.current_page()
        self.workspace.chats.set_active(page.conversation_id if page else None)
        self.current_changed.emit(page.conversation_id if page else None)

    def _update_tab(self, page: ChatPage) -> None:
        index = self.indexOf(page)
        if index < 0:
            return
        # setTabText lays the whole bar out again: only when something changed
        title = page.tab_title()
        if self.tabText(index) != title:
            self.setTabText(index, title)
        colors = self.theme.colors
        color = QColor(colors.danger if page.is_angry() or page.has_alert() else colors.text)
        if self.tabBar().tabTextColor(index) != color:
            self.tabBar().setTabTextColor(index, color)
        if self.tabToolTip(index) != page.title.text():
            self.setTabToolTip(index, page.title.text())

    def _repaint_tabs(self) -> None:
        for page in self.pages():
            self._update_tab(page)

    def on_changes(self, changes: Changes) -> None:
        """Pass the changes to every page."""
        for page in self.pages():
            page.on_changes(changes)

    def add_live_lines(self, lines: dict[int, list[ChatLine]]) -> None:
        """Messages that just arrived, to the pages of their chats."""
        for page in self.pages():
            new = lines.get(page.conversation_id)
            if new:
                page.add_live_lines(new)

    def step(self, delta: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab."""
        if self.count():
            self.setCurrentIndex((self.currentIndex() + delta) % self.count())

    def go_to(self, position: int) -> None:
        """Ctrl+1..9 (9 is the last tab)."""
        if not self.count():
            return
        self.setCurrentIndex(self.count() - 1 if position >= 9 else min(position, self.count()) - 1)
