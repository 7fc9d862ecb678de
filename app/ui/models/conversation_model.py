"""The waiting queue and "my chats" as one list model class: rows in priority order (anger, VIP,
wait), updated in place with proper insert/remove/move so selection and scrolling survive."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.conversations import Conversation
from app.services.chats import QueueEntry
from app.ui.labels import intent_label

Index = QModelIndex | QPersistentModelIndex


class ConversationRole(IntEnum):
    """Custom roles the delegate reads."""

    ENTRY = Qt.ItemDataRole.UserRole + 1
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 2
    TITLE = Qt.ItemDataRole.UserRole + 3
    SUBTITLE = Qt.ItemDataRole.UserRole + 4
    ANGRY = Qt.ItemDataRole.UserRole + 5
    ALERT = Qt.ItemDataRole.UserRole + 6
    VIP = Qt.ItemDataRole.UserRole + 7
    UNREAD = Qt.ItemDataRole.UserRole + 8
    CLOCK_SINCE = Qt.ItemDataRole.UserRole + 9


class ConversationListModel(QAbstractListModel):
    """Rows of `QueueEntry`; names and alerts come from the window's lookups."""

    def __init__(self, *, waiting: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.waiting = waiting
        self._entries: list[QueueEntry] = []
        self._names: dict[int, str] = {}
        self._alerts: set[int] = set()

    # --- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of conversations."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of one role for one row."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        conversation = entry.conversation
        if role in (Qt.ItemDataRole.DisplayRole, ConversationRole.TITLE):
            return self.title(conversation)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.title(conversation)}\n{self.subtitle(conversation)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.title(conversation)}, {self.subtitle(conversation)}"
        if role == ConversationRole.ENTRY:
            return entry
        if role == ConversationRole.CONVERSATION_ID:
            return conversation.id
        if role == ConversationRole.SUBTITLE:
            return self.subtitle(conversation)
        if role == ConversationRole.ANGRY:
            return entry.angry
        if role == ConversationRole.ALERT:
            return conversation.id in self._alerts
        if role == ConversationRole.VIP:
            return conversation.vip
        if role == ConversationRole.UNREAD:
            return entry.unread
        if role == ConversationRole.CLOCK_SINCE:
            return self.clock_since(entry)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- contents -------------------------------------------------------------------------------
    def title(self, conversation: Conversation) -> str:
        """The customer's nickname (their number until the profile is cached)."""
        name = self._names.get(conversation.customer_id)
        return name or self.tr("Customer %1").replace("%1", str(conversation.customer_id))

    def subtitle(self, conversation: Conversation) -> str:
        """Intent, card type and order state in one line."""
        parts = [intent_label(conversation.intent)]
        if conversation.card_type:
            parts.append(conversation.card_type)
        if conversation.order_no:
            parts.append(conversation.order_no)
        return " · ".join(parts)

    def clock_since(self, entry: QueueEntry) -> datetime | None:
        """What the row's timer counts from: waiting time in the queue, the reply clock in my chats."""
        conversation = entry.conversation
        if self.waiting:
            return conversation.waiting_since or conversation.opened_at
        return entry.unanswered_since

    def entries(self) -> list[QueueEntry]:
        """The rows in order."""
        return list(self._entries)

    def ids(self) -> set[int]:
        """The conversations listed."""
        return {e.conversation.id for e in self._entries}

    def row_of(self, conversation_id: int) -> int:
        """The row of a conversation (-1 when absent)."""
        for row, entry in enumerate(self._entries):
            if entry.conversation.id == conversation_id:
                return row
        return -1

    def set_names(self, names: dict[int, str]) -> None:
        """Customer nicknames by customer id."""
        if not names:
            return
        self._names.update(names)
        self._all_changed()

    def missing_names(self) -> list[int]:
        """Customers whose nickname is not known yet."""
        return sorted({e.conversation.customer_id for e in self._entries} - set(self._names))

    def set_alerts(self, alerts: set[int]) -> None:
        """Conversations with an unacknowledged anger alert."""
        if alerts != self._alerts:
            self._alerts = set(alerts)
            self._all_changed()

    def refresh_texts(self) -> None:
        """Every row again (the language switched)."""
        self._all_changed()

    def tick(self) -> None:
        """Repaint the timers."""
        self._all_changed([ConversationRole.CLOCK_SINCE])

    def _all_changed(self, roles: list[int] | None = None) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1), roles or [])

    def set_entries(self, entries: list[QueueEntry]) -> None:
        """Show `entries` (already in priority order) with minimal row changes."""
        new_ids = [e.conversation.id for e in entries]
        wanted = set(new_ids)
        for row in range(len(self._entries) - 1, -1, -1):
            if self._entries[row].conversation.id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
        have = {e.conversation.id for e in self._entries}
        added = [e for e in entries if e.conversation.id not in have]
        if added:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._entries.extend(added)
            self.endInsertRows()
        by_id = {e.conversation.id: e for e in entries}
        if [e.conversation.id for e in self._entries] != new_ids:
            self.layoutAboutToBeChanged.emit()
            old_rows = {e.conversation.id: row for row, e in enumerate(self._entries)}
            self._entries = [by_id[i] for i in new_ids]
            old_indexes = self.persistentIndexList()
            new_indexes = []
            for index in old_indexes:
                conversation_id = [k for k, v in old_rows.items() if v == index.row()]
                row = new_ids.index(conversation_id[0]) if conversation_id else -1
                new_indexes.append(self.index(row) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old_indexes, new_indexes)
            self.layoutChanged.emit()
        else:
            # only the rows whose entry changed repaint (at 50 messages a second most do not)
            fresh = [by_id[i] for i in new_ids]
            changed = [row for row, (a, b) in enumerate(zip(self._entries, fresh, strict=True)) if a != b]
            self._entries = fresh
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)), [])
