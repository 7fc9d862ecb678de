"""The "Service" menu: the dashboard, quality review (supervisors) and the agent's quick replies
(Ctrl+/). Its windows are built on first use and kept. A supervisor's review note arrives as an
event: the menu and its dashboard entry show a badge with the unread count, the status bar says
so, and an open dashboard reloads; opening the dashboard marks the notes read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.services.changes import Changes
from app.ui.events import ChangeSignals
from app.ui.ops import run_op

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.ui.main_window import MainWindow
    from app.ui.pages.chat_page import ChatPage


class ServiceMenu(QObject):
    """Adds the menu to `window`; `current_page()` is the chat in front (or None)."""

    def __init__(self, window: MainWindow, current_page: Callable[[], ChatPage | None]) -> None:
        super().__init__(window)
        self.window = window
        self.current_page = current_page
        self.workspace: Workspace | None = None
        self.dashboard: QWidget | None = None
        self.review: QWidget | None = None
        self.quick_replies: QWidget | None = None
        self.unread_notes: set[int] = set()
        self._signals: ChangeSignals | None = None
        self.menu = window.menuBar().addMenu("")
        self.dashboard_action = self._action("", "Ctrl+Shift+D", self.open_dashboard)
        self.review_action = self._action("", None, self.open_review)
        self.quick_action = self._action("", "Ctrl+/", self.open_quick_replies)
        for action in (self.dashboard_action, self.review_action, self.quick_action):
            self.menu.addAction(action)
        self.review_action.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's texts in the current language (the window calls it when the language switches)."""
        self.review_action.setText(self.tr("Quality review…"))
        self.quick_action.setText(self.tr("Quick replies…"))
        self._show_badge()  # the menu title and the dashboard entry, with the unread notes
        if self.dashboard is not None:  # opened, so the window has its tabs
            index = self.window.tabs.indexOf(self.dashboard)
            if index >= 0:
                self.window.tabs.setTabText(index, self.tr("Dashboard"))

    def _action(self, text: str, keys: str | None, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def attach(self, workspace: Workspace) -> None:
        """The logged-in session: supervisors also get quality review."""
        self.workspace = workspace
        agent = workspace.agent
        self.review_action.setVisible(agent is not None and agent.is_supervisor)
        if self._signals is not None:
            self._signals.detach()
        self._signals = ChangeSignals(workspace.bus, self)
        self._signals.changed.connect(self._on_changes)

    def detach(self) -> None:
        """Stop listening (the window is closing; the session may outlive it by a moment)."""
        if self._signals is not None:
            self._signals.detach()
            self._signals = None

    def _on_changes(self, changes: Changes) -> None:
        if not changes.qa_notes:
            return
        dashboard = self.dashboard
        if dashboard is not None and dashboard.isVisible() and self.window.isActiveWindow():
            dashboard.reload()  # type: ignore[attr-defined]
            return
        fresh = changes.qa_notes - self.unread_notes
        self.unread_notes |= changes.qa_notes
        self._show_badge()
        if fresh:
            chat = str(min(fresh))
            self.window.statusBar().showMessage(
                self.tr(
                    "A supervisor left you a review note (chat %1). Open the dashboard to read it."
                ).replace("%1", chat),
                15000,
            )
        if dashboard is not None and dashboard.isVisible():
            dashboard.reload()  # type: ignore[attr-defined]

    def _show_badge(self) -> None:
        """The unread count on the menu title and on the dashboard entry."""
        count = len(self.unread_notes)
        self.menu.setTitle(self.tr("&Service") + (f" ({count})" if count else ""))
        self.dashboard_action.setText(
            self.tr("Dashboard")
            + (" · " + self.tr("%1 new review notes").replace("%1", str(count)) if count else "")
        )

    def _show(self, widget: QWidget) -> None:
        widget.setWindowFlag(Qt.WindowType.Window, True)
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def open_dashboard(self) -> None:
        """Open (or bring up) the dashboard and load today."""
        if self.workspace is None:
            return
        from app.ui.pages.dashboard_page import DashboardPage

        if self.dashboard is None:
            self.dashboard = DashboardPage(self.workspace, self.window)
        # A tab beside the chats, closable like them and kept for Ctrl+Shift+D; while it is in
        # front the window gives it the profile column's room (see MainWindow._current_changed).
        self.window.tabs.show_page(self.dashboard, self.tr("Dashboard"))
        self.window.centre.setCurrentWidget(self.window.tabs)
        self.dashboard.reload()  # type: ignore[attr-defined]
        self.unread_notes.clear()
        self._show_badge()

    def open_review(self) -> None:
        """Supervisors: open the review desk on today's sample."""
        if self.workspace is None:
            return
        from app.ui.pages.review_page import ReviewPage

        if self.review is None:
            self.review = ReviewPage(self.workspace, self.window)
        self._show(self.review)
        self.review.reload()  # type: ignore[attr-defined]

    def open_quick_replies(self) -> None:
        """Ctrl+/: pick a quick reply; it goes into the chat in front with that chat's values."""
        if self.workspace is None:
            return
        page = self.current_page()
        if page is not None and page.conversation is not None:
            conversation = page.conversation
            run_op(self.window, self.workspace.suggestions.chat_values(conversation), busy=False).success(
                lambda values: self._quick_dialog(values, page)
            )
        else:
            self._quick_dialog({}, None)

    def _quick_dialog(self, values: dict[str, str], page: ChatPage | None) -> None:
        from app.ui.dialogs.quick_replies_dialog import QuickRepliesDialog

        assert self.workspace is not None
        dialog = QuickRepliesDialog(self.workspace, values, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if page is not None:
            dialog.chosen.connect(page.insert_text)
        self.quick_replies = dialog
        dialog.open()
