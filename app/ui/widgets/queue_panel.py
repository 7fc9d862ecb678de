"""The left column: the waiting queue and my chats, each a list view over a model and a delegate.
Accept the next chat with F2 (or the button); Enter/double-click opens or accepts a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.chats import QueueEntry
from app.services.workspace import Workspace
from app.ui.i18n import LiveTranslation
from app.ui.models.conversation_delegate import ConversationDelegate
from app.ui.models.conversation_model import ConversationListModel, ConversationRole
from app.ui.ops import Reloader, run_op
from app.ui.theme import ThemeController
from app.ui.widgets.elided import ElidedLabel

NAME_FETCH_BATCH = 12
RESORT_MS = 250


class QueuePanel(LiveTranslation, QWidget):
    """`open_requested(id)` for one of my chats; `accept_requested(id)` for a waiting one."""

    open_requested = Signal(int)
    accept_requested = Signal(int)
    accept_next_requested = Signal()
    mine_loaded = Signal(list)  # list[QueueEntry], after every reload of my chats

    def __init__(self, workspace: Workspace, theme: ThemeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.workspace = workspace
        self.waiting_model = ConversationListModel(waiting=True, parent=self)
        self.mine_model = ConversationListModel(waiting=False, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        head = QHBoxLayout()
        head.setContentsMargins(12, 10, 8, 6)
        self.waiting_title = ElidedLabel()
        self.waiting_title.setObjectName("sectionTitle")
        head.addWidget(self.waiting_title, 1)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(self.accept_next_requested.emit)
        head.addWidget(self.accept_button)
        layout.addLayout(head)
        self.waiting_view = self._list(
            self.waiting_model, ConversationDelegate(theme, waiting=True, parent=self)
        )
        self.waiting_view.activated.connect(self._waiting_activated)
        layout.addWidget(self.waiting_view, 2)
        # an empty queue gives its room to "my chats" (an agent with 20 chats needs the rows)
        self.waiting_empty = QLabel()
        self.waiting_empty.setObjectName("muted")
        self.waiting_empty.setContentsMargins(12, 4, 12, 10)
        layout.addWidget(self.waiting_empty)

        self.mine_title = QLabel()
        self.mine_title.setObjectName("sectionTitle")
        self.mine_title.setContentsMargins(12, 10, 8, 6)
        layout.addWidget(self.mine_title)
        self.mine_view = self._list(self.mine_model, ConversationDelegate(theme, waiting=False, parent=self))
        self.mine_view.activated.connect(self._mine_activated)
        self.mine_view.clicked.connect(self._mine_activated)
        layout.addWidget(self.mine_view, 5)

        # At 50 messages a second the lists would reload for each one: a few times a second is enough.
        self._waiting_reload = Reloader(
            self, workspace.chats.waiting_queue, self._show_waiting, min_interval_ms=300
        )
        self._mine_reload = Reloader(self, workspace.chats.my_chats, self._show_mine, min_interval_ms=200)
        self._asked_names: set[int] = set()
        # unread counts, reply clocks and anger change with every message: re-sorted in memory
        self._resort = QTimer(self)
        self._resort.setSingleShot(True)
        self._resort.setInterval(RESORT_MS)
        self._resort.timeout.connect(self._refresh_in_memory)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (rows repainted with translated labels)."""
        self.accept_button.setText(self.tr("Accept next (F2)"))
        self.waiting_empty.setText(self.tr("No customer is waiting."))
        self._update_titles()
        for model in (self.waiting_model, self.mine_model):
            model.refresh_texts()

    def _list(self, model: ConversationListModel, delegate: ConversationDelegate) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setItemDelegate(delegate)
        view.setUniformItemSizes(True)
        view.setMouseTracking(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setFrameShape(QListView.Shape.NoFrame)
        return view

    def _tick(self) -> None:
        self.waiting_model.tick()
        self.mine_model.tick()

    def _update_titles(self) -> None:
        self.waiting_title.setText(self.tr("Waiting (%1)").replace("%1", str(self.waiting_model.rowCount())))
        self.mine_title.setText(self.tr("My chats (%1)").replace("%1", str(self.mine_model.rowCount())))
        waiting = self.waiting_model.rowCount() > 0
        self.accept_button.setEnabled(waiting)
        self.waiting_view.setVisible(waiting)
        self.waiting_empty.setVisible(not waiting)

    # --- refreshing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload both lists from the cache."""
        self._waiting_reload.request()
        self._mine_reload.request()

    def on_changes(self, changes: Changes) -> None:
        """Read the lists again when conversations changed; re-sort in memory when only unread
        counts, reply clocks or anger did (no cache read for every incoming message)."""
        if changes.conversations or changes.session:
            self.reload()
        elif changes.unread or changes.insights or changes.transcripts:
            touched = changes.unread | changes.insights | changes.transcripts
            shown = self.waiting_model.ids() | self.mine_model.ids()
            if touched & shown and not self._resort.isActive():
                self._resort.start()
        if changes.customers:
            self._fetch_names(force=True)

    def _refresh_in_memory(self) -> None:
        chats = self.workspace.chats
        self.waiting_model.set_entries(chats.refreshed(self.waiting_model.entries()))
        self.mine_model.set_entries(chats.refreshed(self.mine_model.entries()))
        alerts = {a.conversation_id for a in self.workspace.insights.alerts()}
        self.waiting_model.set_alerts(alerts)
        self.mine_model.set_alerts(alerts)

    def _show_waiting(self, entries: list[QueueEntry]) -> None:
        self.waiting_model.set_entries(entries)
        self._after_update()

    def _show_mine(self, entries: list[QueueEntry]) -> None:
        self.mine_model.set_entries(entries)
        self._after_update()
        self.mine_loaded.emit(entries)

    def _after_update(self) -> None:
        alerts = {a.conversation_id for a in self.workspace.insights.alerts()}
        self.waiting_model.set_alerts(alerts)
        self.mine_model.set_alerts(alerts)
        self._update_titles()
        self._fetch_names()

    def _fetch_names(self, force: bool = False) -> None:
        missing = sorted(set(self.waiting_model.missing_names()) | set(self.mine_model.missing_names()))
        if not missing:
            return
        run_op(self, self.workspace.profiles.customers(missing), busy=False).success(self._names_loaded)

    def _names_loaded(self, found: dict[int, object]) -> None:
        names = {cid: getattr(c, "nickname", "") for cid, c in found.items()}
        self.waiting_model.set_names(names)
        self.mine_model.set_names(names)
        unknown = [
            cid
            for cid in set(self.waiting_model.missing_names()) | set(self.mine_model.missing_names())
            if cid not in self._asked_names
        ][:NAME_FETCH_BATCH]
        for customer_id in unknown:
            self._asked_names.add(customer_id)
            run_op(self, self.workspace.profiles.refresh_profile(customer_id), busy=False).failure(
                lambda _e: None
            )

    # --- actions --------------------------------------------------------------------------------
    def _waiting_activated(self, index: QModelIndex) -> None:
        conversation_id = index.data(ConversationRole.CONVERSATION_ID)
        if conversation_id is not None:
            self.accept_requested.emit(int(conversation_id))

    def _mine_activated(self, index: QModelIndex) -> None:
        conversation_id = index.data(ConversationRole.CONVERSATION_ID)
        if conversation_id is not None:
            self.open_requested.emit(int(conversation_id))

    def select_mine(self, conversation_id: int) -> None:
        """Highlight the row of the chat shown in the centre."""
        row = self.mine_model.row_of(conversation_id)
        if row >= 0:
            self.mine_view.setCurrentIndex(self.mine_model.index(row))

    def focus_waiting(self) -> None:
        """Put the keyboard in the waiting list."""
        self.waiting_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
