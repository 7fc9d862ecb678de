"""Global search (Ctrl+F) over every cached message; a result opens its chat at that message."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.search import SearchHit
from app.services.workspace import Workspace
from app.ui.models.search_model import SearchResultModel, SearchRole
from app.ui.ops import Reloader

DEBOUNCE_MS = 200


class SearchDialog(QDialog):
    """`open_hit(conversation_id, message_id)` when a result is chosen."""

    open_hit = Signal(int, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Search all chats"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words, order numbers, phone numbers…"))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        layout.addWidget(self.summary)
        self.model = SearchResultModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._chosen)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self._reload.request())
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._first)
        self._reload = Reloader(self, self._search, self._show)

    async def _search(self) -> tuple[str, list[SearchHit]]:
        text = self.query.text()
        return text, await self.workspace.search.search(text)

    def _show(self, found: tuple[str, list[SearchHit]]) -> None:
        text, hits = found
        if text != self.query.text():
            return
        self.model.set_hits(hits)
        self.summary.setText(self.tr("%1 messages").replace("%1", str(len(hits))) if text.strip() else "")

    def _first(self) -> None:
        if self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.setCurrentIndex(self.model.index(0))

    def _chosen(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(SearchRole.HIT)
        if hit is not None:
            self.open_hit.emit(hit.message.conversation_id, hit.message.id)
            self.accept()
