"""The workspace window: queue on the left, chat tabs in the centre, the profile on the right,
the offline banner on top; menus and shortcuts for a keyboard-first day. It wires the parts
together and holds no use-case logic (that lives in app.services).

The window shows before the data layer is even imported: panels and dialogs are imported when
first needed, so start-up is a bare window plus menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.agents import Agent
from app.domain.conversations import Conversation
from app.services.changes import Changes
from app.services.connection import ConnectionState
from app.ui.events import ChangeSignals
from app.ui.i18n import LiveTranslation, Translations
from app.ui.labels import connection_label
from app.ui.ops import run_op
from app.ui.preferences import Preferences
from app.ui.service_menu import ServiceMenu
from app.ui.theme import ThemeController
from app.ui.widgets.banners import OfflineBanner
from app.ui.widgets.tray_alert import TrayAlert

if TYPE_CHECKING:
    from app.services.chats import QueueEntry
    from app.services.profiles import ErasedCustomer
    from app.services.workspace import Workspace

STATUS_MESSAGE_MS = 8000


class MainWindow(LiveTranslation, QMainWindow):
    """Shown at once (a "connecting" page); `attach(workspace)` fills it."""

    lines_shown = Signal(int, list)
    login_requested = Signal(str)
    workspace_ready = Signal()
    closed = Signal()

    def __init__(
        self,
        theme: ThemeController,
        preferences: Preferences,
        parent: QWidget | None = None,
        translations: Translations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.theme = theme
        self.preferences = preferences
        self.translations = translations
        self.workspace: Workspace | None = None
        self.signals: ChangeSignals | None = None
        self._auto_opened: set[int] = set()
        self._notified: set[tuple[int, int | None]] = set()
        self.resize(1440, 900)

        self.stack = QStackedWidget()
        self.waiting_page = QLabel()
        self.waiting_page.setObjectName("startupNote")
        self.waiting_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.waiting_page)
        self.setCentralWidget(self.stack)

        self.connection = QLabel(connection_label("connecting"))
        self.connection.setObjectName("connectionState")
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(self.connection)
        self.tray: TrayAlert | None = None
        self._build_menus()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the current language (panels retranslate themselves)."""
        self.chats_menu.setTitle(self.tr("&Chats"))
        self.accept_action.setText(self.tr("Accept next chat"))
        self.search_action.setText(self.tr("Search all chats…"))
        self.ticket_action.setText(self.tr("New ticket…"))
        self.transfer_action.setText(self.tr("Transfer…"))
        self.close_chat_action.setText(self.tr("Close chat…"))
        self.approvals_action.setText(self.tr("Coupons awaiting approval…"))
        self.quit_action.setText(self.tr("Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_action.setText(self.tr("Settings…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.service_menu.retranslate()
        self.waiting_page.setText(self.tr("Connecting to the shop server…"))
        self.setWindowTitle(self.tr("KefuDesk"))
        if self.workspace is not None:
            self.empty_note.setText(self.tr("No chat open. Accept one from the queue (F2)."))
            if self.tray is not None:
                self.tray.retranslate()
            self._show_agent(self.workspace.agent)
            self._show_connection()

    # --- building -------------------------------------------------------------------------------
    def _action(self, shortcut: str | None, slot: object) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.chats_menu = bar.addMenu("")
        self.accept_action = self._action("F2", self.accept_next)
        self.search_action = self._action("Ctrl+F", self.open_search)
        self.ticket_action = self._action("Ctrl+T", lambda: self._with_current(self.new_ticket))
        self.transfer_action = self._action("Ctrl+Shift+T", lambda: self._with_current(self.transfer))
        self.close_chat_action = self._action("Ctrl+W", lambda: self._with_current(self.close_chat))
        self.approvals_action = self._action(None, self.open_approvals)
        self.quit_action = self._action("Ctrl+Q", self.close)
        for action in (
            self.accept_action,
            self.search_action,
            None,
            self.ticket_action,
            self.transfer_action,
            self.close_chat_action,
            None,
            self.approvals_action,
            None,
            self.quit_action,
        ):
            if action is None:
                self.chats_menu.addSeparator()
            else:
                self.chats_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.settings_action = self._action("Ctrl+,", self.open_settings)
        self.view_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self._action("F1", self.open_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)

        def shortcut(keys: str, slot: object) -> None:
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)  # type: ignore[call-overload]

        shortcut("Ctrl+Tab", lambda: self._tabs_step(1))
        shortcut("Ctrl+Shift+Tab", lambda: self._tabs_step(-1))
        shortcut("Ctrl+Backtab", lambda: self._tabs_step(-1))
        for number in range(1, 10):
            shortcut(f"Ctrl+{number}", lambda n=number: self._tabs_go(n))
        for slot in range(3):
            shortcut(f"Alt+{slot + 1}", lambda s=slot: self._insert_suggestion(s))
        shortcut("Ctrl+K", self._acknowledge_current)
        shortcut("Ctrl+L", lambda: self._with_page(lambda p: p.focus_composer()))
        # issue 7: dashboard, quality review and quick replies
        self.service_menu = ServiceMenu(self, lambda: self.tabs.current_page() if self.workspace else None)

    def attach(self, workspace: Workspace) -> None:
        """Build the workspace around a logged-in session."""
        from app.ui.pages.chat_tabs import ChatTabs
        from app.ui.widgets.profile_panel import ProfilePanel
        from app.ui.widgets.queue_panel import QueuePanel

        self.workspace = workspace
        self.service_menu.attach(workspace)  # issue 7
        self.signals = ChangeSignals(workspace.bus, self, workspace.chats.on_live_lines)
        self.offline = OfflineBanner()
        self.queue = QueuePanel(workspace, self.theme)
        self.tabs = ChatTabs(workspace, self.theme)
        self.profile = ProfilePanel(workspace, self.theme)
        self.empty_note = QLabel(self.tr("No chat open. Accept one from the queue (F2)."))
        self.empty_note.setObjectName("startupNote")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centre = QStackedWidget()
        centre.addWidget(self.empty_note)
        centre.addWidget(self.tabs)
        self.centre = centre
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("workspaceSplitter")
        splitter.addWidget(self.queue)
        splitter.addWidget(centre)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        self.queue.setMinimumWidth(260)
        self.profile.setMinimumWidth(360)
        centre.setMinimumWidth(420)
        # the profile's order table needs ~400 px in English (order no., product, value, status)
        splitter.setSizes([300, 720, 420])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.offline)
        layout.addWidget(splitter, 1)
        self.stack.addWidget(body)
        self.stack.setCurrentWidget(body)

        self.signals.changed.connect(self._on_changes)
        self.signals.lines_arrived.connect(self.tabs.add_live_lines)
        self.queue.open_requested.connect(lambda cid: self.tabs.open_chat(cid))
        self.queue.accept_requested.connect(self.accept)
        self.queue.accept_next_requested.connect(self.accept_next)
        self.queue.mine_loaded.connect(self._open_new_chats)
        self.tabs.current_changed.connect(self._current_changed)
        self.tabs.accept_requested.connect(self.accept)
        self.tabs.transfer_requested.connect(self.transfer)
        self.tabs.close_requested.connect(self.close_chat)
        self.tabs.ticket_requested.connect(self.new_ticket)
        self.tabs.lines_shown.connect(self.lines_shown)
        self.profile.new_ticket.connect(
            lambda order_no: self._with_current(lambda cid: self.new_ticket(cid, order_no))
        )
        self.profile.customer_erased.connect(self._customer_erased)
        self._show_agent(workspace.agent)
        self._show_connection()
        self.queue.reload()
        self._pending_timer = QTimer(self)
        self._pending_timer.setInterval(2000)
        self._pending_timer.timeout.connect(self._show_connection)
        self._pending_timer.start()
        self.tray = TrayAlert(self)
        self.tray.activated.connect(self._open_angriest_chat)
        self.workspace_ready.emit()

    def _show_agent(self, agent: Agent | None) -> None:
        if agent is None:
            return
        self.who.setText(f"{agent.name} ({agent.id})")
        self.setWindowTitle(self.tr("KefuDesk — %1").replace("%1", f"{agent.name} ({agent.id})"))
        self.approvals_action.setVisible(agent.is_supervisor)

    # --- changes --------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        self.queue.on_changes(changes)
        self.tabs.on_changes(changes)
        self.profile.on_changes(changes)
        if changes.connection or changes.outbox_items or changes.session:
            self._show_connection()
        if changes.session and self.workspace is not None:
            self._show_agent(self.workspace.agent)
        if changes.insights:
            self._notify_alerts()
        if changes.conversations and self.profile.conversation is not None:
            current = self.profile.conversation.id
            if current in changes.conversations:
                run_op(self, self._conversation(current), busy=False).success(
                    self._refresh_profile_conversation
                )

    async def _conversation(self, conversation_id: int) -> Conversation | None:
        assert self.workspace is not None
        return await self.workspace.chats.conversation(conversation_id)

    def _refresh_profile_conversation(self, conversation: Conversation | None) -> None:
        if (
            conversation is not None
            and self.profile.conversation
            and conversation.id == self.profile.conversation.id
        ):
            self.profile.conversation = conversation

    def _show_connection(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        state = workspace.connection.state
        self.connection.setText(connection_label(state.value))
        self.connection.setProperty("state", state.value)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        if state is ConnectionState.OFFLINE:
            run_op(self, workspace.chats.pending_count(), busy=False).success(self.offline.show_offline)
        else:
            self.offline.hide()
        if state is ConnectionState.LOGIN_REQUIRED and workspace.client.auth.username:
            self.login_requested.emit(workspace.client.auth.username)

    def _open_new_chats(self, entries: list[QueueEntry]) -> None:
        for entry in entries:
            conversation_id = entry.conversation.id
            if conversation_id not in self._auto_opened:
                self._auto_opened.add(conversation_id)
                self.tabs.open_chat(conversation_id, focus=self.tabs.count() == 0)
        self.centre.setCurrentWidget(self.tabs if self.tabs.count() else self.empty_note)

    def _current_changed(self, conversation_id: int | None) -> None:
        self.centre.setCurrentWidget(self.tabs if self.tabs.count() else self.empty_note)
        # A non-chat tab in front (the dashboard) takes the profile column's room too.
        self.profile.setVisible(self.tabs.currentWidget() is None or self.tabs.current_page() is not None)
        if conversation_id is None:
            self.profile.show_conversation(None)
            return
        self.queue.select_mine(conversation_id)
        run_op(self, self._conversation(conversation_id), busy=False).success(self.profile.show_conversation)

    def _notify_alerts(self) -> None:
        if self.workspace is None:
            return
        open_alerts = self.workspace.insights.alerts()
        fresh = [a for a in open_alerts if (a.conversation_id, a.message_id) not in self._notified]
        for alert in fresh:
            self._notified.add((alert.conversation_id, alert.message_id))
        text = self.tr("An angry customer needs you (%1 alerts open).").replace("%1", str(len(open_alerts)))
        if self.tray is not None:
            self.tray.show_alerts(len(open_alerts), text, fresh=bool(fresh))
        if not fresh:
            return
        QApplication.alert(self, 0)
        if self.preferences.sound:
            QApplication.beep()
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _open_angriest_chat(self) -> None:
        """The tray icon or its notification was clicked: the window, at the angriest open alert."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        alerts = self.workspace.insights.alerts() if self.workspace is not None else []
        if alerts:
            self.tabs.open_chat(max(alerts, key=lambda a: a.anger).conversation_id)

    def _customer_erased(self, erased: ErasedCustomer) -> None:
        for conversation_id in erased.conversation_ids:
            self.tabs.discard_chat(conversation_id)
        self.profile.show_conversation(None)
        self.statusBar().showMessage(
            self.tr("Local data deleted: %1 messages, %2 chats.")
            .replace("%1", str(erased.report.messages))
            .replace("%2", str(erased.report.conversations)),
            STATUS_MESSAGE_MS,
        )

    # --- helpers --------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        """The default place for an operation's error (see ops.run_op)."""
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _with_page(self, action: object) -> None:
        page = self.tabs.current_page() if self.workspace else None
        if page is not None:
            action(page)  # type: ignore[operator]

    def _with_current(self, action: object) -> None:
        self._with_page(lambda page: action(page.conversation_id))  # type: ignore[operator]

    def _tabs_step(self, delta: int) -> None:
        if self.workspace is not None:
            self.tabs.step(delta)

    def _tabs_go(self, position: int) -> None:
        if self.workspace is not None:
            self.tabs.go_to(position)

    def _insert_suggestion(self, slot: int) -> None:
        self._with_page(lambda page: page.insert_suggestion(slot))

    def _acknowledge_current(self) -> None:
        self._with_page(lambda page: page.acknowledge_alert())

    # --- actions --------------------------------------------------------------------------------
    def accept(self, conversation_id: int) -> None:
        """Take a waiting chat and open it."""
        if self.workspace is None:
            return
        run_op(self, self.workspace.chats.accept(conversation_id)).success(lambda c: self._opened(c.id))

    def accept_next(self) -> None:
        """F2: take the head of the waiting queue."""
        if self.workspace is None:
            return
        run_op(self, self.workspace.chats.accept_next()).success(
            lambda c: (
                self._opened(c.id)
                if c
                else self.statusBar().showMessage(self.tr("No chat is waiting."), STATUS_MESSAGE_MS)
            )
        )

    def _opened(self, conversation_id: int) -> None:
        self._auto_opened.add(conversation_id)
        self.tabs.open_chat(conversation_id)
        self.centre.setCurrentWidget(self.tabs)

    def transfer(self, conversation_id: int) -> None:
        """Ctrl+Shift+T: pick a colleague or a group."""
        workspace = self.workspace
        if workspace is None:
            return
        from app.ui.dialogs.transfer_dialog import TransferDialog

        dialog = TransferDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        run_op(dialog, workspace.chats.colleagues(), busy=False).success(dialog.set_colleagues)

        def chosen() -> None:
            target = dialog.target()
            if target is None:
                return
            kind, value = target
            call = workspace.chats.transfer(
                conversation_id,
                agent_id=value if kind == "agent" else None,
                group=value if kind == "group" else None,
            )
            run_op(self, call).success(lambda _r: self.tabs.close_chat(conversation_id))

        dialog.accepted.connect(chosen)
        dialog.open()

    def close_chat(self, conversation_id: int) -> None:
        """Ctrl+W: close with a resolution and a CSAT invite."""
        workspace = self.workspace
        page = self.tabs.page(conversation_id) if workspace else None
        if workspace is None or page is None:
            return
        if not page.is_mine():
            self.tabs.close_chat(conversation_id)
            return
        from app.ui.dialogs.close_dialog import CloseDialog

        dialog = CloseDialog(page.tab_title(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            call = workspace.chats.close(
                conversation_id, dialog.resolution(), invite_csat=dialog.invite_csat()
            )
            run_op(self, call).success(lambda _r: self.tabs.close_chat(conversation_id))

        dialog.accepted.connect(chosen)
        dialog.open()

    def new_ticket(self, conversation_id: int, order_no: str | None = None) -> None:
        """Ctrl+T: a ticket pre-filled from the chat."""
        workspace = self.workspace
        page = self.tabs.page(conversation_id) if workspace else None
        if workspace is None or page is None or page.conversation is None:
            return
        from app.services.tickets import draft_ticket
        from app.ui.dialogs.ticket_dialog import TicketDialog

        last = workspace.insights.last_customer_analysis(conversation_id)
        intent = str(last[1].intent) if last else None
        chosen_order = (
            order_no or self.profile.order_no or workspace.insights.mentioned_order(conversation_id)
        )
        draft = draft_ticket(page.conversation, page.model.lines(), order_no=chosen_order, intent=intent)
        dialog = TicketDialog(draft, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            call = workspace.tickets.create(draft, dialog.kind(), dialog.description(), dialog.order_no())
            run_op(self, call).success(
                lambda _id: self.statusBar().showMessage(self.tr("Ticket queued."), STATUS_MESSAGE_MS)
            )

        dialog.accepted.connect(chosen)
        dialog.open()

    def open_search(self) -> None:
        """Ctrl+F."""
        if self.workspace is None:
            return
        from app.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_hit.connect(self._open_hit)
        dialog.open()

    def _open_hit(self, conversation_id: int, message_id: int) -> None:
        page = self.tabs.open_chat(conversation_id)
        self.centre.setCurrentWidget(self.tabs)
        page.focus_message(message_id)

    def open_settings(self) -> None:
        """Server, language, theme, sound, retention."""
        from app.ui.dialogs.settings_dialog import SettingsDialog

        workspace = self.workspace
        dialog = SettingsDialog(
            self.preferences,
            self.theme,
            self,
            translations=self.translations,
            apply_retention=(lambda days: run_op(self, workspace.set_retention(days), busy=False))
            if workspace is not None
            else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_shortcuts(self) -> None:
        """F1."""
        from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_approvals(self) -> None:
        """Supervisors: approve or reject coupons above agents' limits."""
        if self.workspace is None:
            return
        from app.ui.dialogs.approvals_dialog import ApprovalsDialog

        dialog = ApprovalsDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save every draft before the window goes."""
        if self.workspace is not None:
            for page in self.tabs.pages():
                page.flush()
        if self.signals is not None:
            self.signals.detach()  # the session may outlive the window by a moment while it stops
        self.service_menu.detach()
        super().closeEvent(event)
        self.closed.emit()
