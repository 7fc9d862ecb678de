"""After-sales tickets of a chat (server ones and ones still in the outbox) as a list model."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.tickets import Ticket
from app.services.tickets import PendingTicket
from app.ui.labels import ticket_kind_label

Index = QModelIndex | QPersistentModelIndex


class TicketRole(IntEnum):
    """Custom roles the delegate reads."""

    ROW = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class TicketRow:
    """A ticket from the server, or one still being sent."""

    ticket: Ticket | None
    pending: PendingTicket | None


class TicketListModel(QAbstractListModel):
    """Newest first; pending ones on top."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of tickets."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row, or a one-line text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == TicketRole.ROW:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.ticket is not None:
                return f"#{row.ticket.id} {ticket_kind_label(str(row.ticket.kind))}"
            if row.pending is not None:
                return ticket_kind_label(row.pending.kind)
        return None

    def set_rows(self, tickets: list[Ticket], pending: list[PendingTicket]) -> None:
        """Replace the rows."""
        rows = [TicketRow(None, p) for p in pending] + [TicketRow(t, None) for t in tickets]
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
