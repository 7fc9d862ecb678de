"""Search results as a list model: customer, time and the matching text (masked, one line)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.display_text import masked_for_display
from app.services.search import SearchHit
from app.ui.labels import sender_label

Index = QModelIndex | QPersistentModelIndex
SNIPPET_CHARS = 160


class SearchRole(IntEnum):
    """Custom roles."""

    HIT = Qt.ItemDataRole.UserRole + 1


class SearchResultModel(QAbstractListModel):
    """Newest matches first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of matches."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One match as text."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == SearchRole.HIT:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = hit.message.created_at.astimezone().strftime("%m-%d %H:%M")
            who = sender_label(str(hit.message.sender))
            snippet = " ".join(hit.message.text[:SNIPPET_CHARS].split())
            chat = self.tr("Chat %1").replace("%1", str(hit.message.conversation_id))
            return f"{chat} · {when} · {who}：{masked_for_display(snippet)}"
        return None

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the results."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()
