"""One chat's transcript as a list model: cached messages and local replies with their delivery
state. Long messages are cut to a few lines ("show more" reveals more, step by step), so a 1 MB
paste never lays out in one go; text is masked (phones, card keys) and always plain."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain.conversations import Sender
from app.services.chat_lines import ChatLine, TranscriptPage
from app.services.display_text import masked_for_display

Index = QModelIndex | QPersistentModelIndex

FIRST_CHARS = 1500
MORE_CHARS = 6000
CHARS_PER_LINE_BUDGET = 50


class MessageRole(IntEnum):
    """Custom roles the delegate reads."""

    LINE = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2
    SENDER = Qt.ItemDataRole.UserRole + 3
    SHOWN_TEXT = Qt.ItemDataRole.UserRole + 4
    HIDDEN_CHARS = Qt.ItemDataRole.UserRole + 5
    DELIVERY = Qt.ItemDataRole.UserRole + 6
    AT = Qt.ItemDataRole.UserRole + 7
    HANDOFF_ABOVE = Qt.ItemDataRole.UserRole + 8
    BOT_PHASE = Qt.ItemDataRole.UserRole + 9
    HIGHLIGHT = Qt.ItemDataRole.UserRole + 10


def cut_point(text: str, budget: int) -> int:
    """Where to cut `text` to show about `budget` characters and `budget / 50` lines."""
    if len(text) <= budget and text.count("\n") <= budget // CHARS_PER_LINE_BUDGET:
        return len(text)
    end = min(len(text), budget)
    lines_left = max(1, budget // CHARS_PER_LINE_BUDGET)
    position = -1
    while lines_left > 0:
        position = text.find("\n", position + 1, end)
        if position < 0:
            return end
        lines_left -= 1
    return position


class MessageModel(QAbstractListModel):
    """Rows of `ChatLine`, oldest first."""

    lines_added = Signal(list)  # list[ChatLine] appended at the bottom (new messages)

    def __init__(self, conversation_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self._lines: list[ChatLine] = []
        self._budget: dict[str, int] = {}
        self._shown: dict[str, tuple[int, str]] = {}
        self._handoff_row = -1
        self._highlight: int | None = None
        self.has_more = False

    # --- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of lines."""
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of one role for one row."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        row = index.row()
        line = self._lines[row]
        if role in (Qt.ItemDataRole.DisplayRole, MessageRole.SHOWN_TEXT, Qt.ItemDataRole.AccessibleTextRole):
            return self._shown_text(line)
        if role == MessageRole.LINE:
            return line
        if role == MessageRole.KEY:
            return line.key
        if role == MessageRole.SENDER:
            return str(line.sender)
        if role == MessageRole.HIDDEN_CHARS:
            return len(line.text) - self._cut(line)
        if role == MessageRole.DELIVERY:
            return str(line.delivery)
        if role == MessageRole.AT:
            return line.at
        if role == MessageRole.HANDOFF_ABOVE:
            return row == self._handoff_row
        if role == MessageRole.BOT_PHASE:
            return 0 <= row < self._handoff_row
        if role == MessageRole.HIGHLIGHT:
            return line.message_id is not None and line.message_id == self._highlight
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Lines can be selected (to copy), not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- text -----------------------------------------------------------------------------------
    def _cut(self, line: ChatLine) -> int:
        return cut_point(line.text, self._budget.get(line.key, FIRST_CHARS))

    def _shown_text(self, line: ChatLine) -> str:
        cut = self._cut(line)
        cached = self._shown.get(line.key)
        if cached is None or cached[0] != cut:
            cached = (cut, masked_for_display(line.text[:cut]))
            self._shown[line.key] = cached
        return cached[1]

    def show_more(self, row: int) -> None:
        """Reveal the next part of a long message."""
        if not 0 <= row < len(self._lines):
            return
        line = self._lines[row]
        self._budget[line.key] = self._budget.get(line.key, FIRST_CHARS) + MORE_CHARS
        index = self.index(row)
        self.dataChanged.emit(index, index, [])

    # --- contents -------------------------------------------------------------------------------
    def lines(self) -> list[ChatLine]:
        """Every row."""
        return list(self._lines)

    def server_line_count(self) -> int:
        """Rows that are cached server messages (what a refresh must load again)."""
        return sum(1 for line in self._lines if line.message_id is not None)

    def oldest_message_id(self) -> int | None:
        """The first server message shown (where paging back continues)."""
        return next((line.message_id for line in self._lines if line.message_id is not None), None)

    def row_of_message(self, message_id: int) -> int:
        """The row of a server message (-1 when not loaded)."""
        for row, line in enumerate(self._lines):
            if line.message_id == message_id:
                return row
        return -1

    def highlight(self, message_id: int | None) -> None:
        """Mark a message (a search result) until another is marked."""
        self._highlight = message_id
        self._all_changed()

    def _all_changed(self) -> None:
        if self._lines:
            self.dataChanged.emit(self.index(0), self.index(len(self._lines) - 1), [])

    def _find_handoff(self) -> None:
        handoff = -1
        seen_bot = False
        for row, line in enumerate(self._lines):
            if line.sender is Sender.BOT:
                seen_bot = True
            elif line.sender is Sender.AGENT:
                handoff = row if seen_bot else -1
                break
        self._handoff_row = handoff

    def apply_page(self, page: TranscriptPage) -> None:
        """Show the newest page: keep the common beginning, replace what differs, append the rest."""
        new = list(page.lines)
        old_keys = [line.key for line in self._lines]
        new_keys = [line.key for line in new]
        if not self._lines or self.has_more != page.has_more:
            self.has_more = page.has_more
        if old_keys == new_keys:
            changed = [row for row, (a, b) in enumerate(zip(self._lines, new, strict=True)) if a != b]
            self._lines = new
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row), [])
            return
        common = 0
        for a, b in zip(old_keys, new_keys, strict=False):
            if a != b:
                break
            common += 1
        if common < len(self._lines):
            self.beginRemoveRows(QModelIndex(), common, len(self._lines) - 1)
            del self._lines[common:]
            self.endRemoveRows()
        for row in range(common):
            if self._lines[row] != new[row]:
                self._lines[row] = new[row]
                self.dataChanged.emit(self.index(row), self.index(row), [])
        added = new[common:]
        if added:
            self.beginInsertRows(QModelIndex(), common, len(new) - 1)
            self._lines.extend(added)
            self.endInsertRows()
        before = self._handoff_row
        self._find_handoff()
        if before != self._handoff_row:
            self._all_changed()
        if added:
            self.lines_added.emit(added)

    def append_live(self, lines: list[ChatLine]) -> int:
        """Messages that just arrived, without a cache read: a line already shown is skipped, my
        own reply replaces its local (outbox) row in place, others go below the newest message
        (above replies still being sent). Returns how many rows were added."""
        known = {line.key for line in self._lines}
        local_rows = {
            line.client_id: row for row, line in enumerate(self._lines) if line.local and line.client_id
        }
        added: list[ChatLine] = []
        for line in lines:
            if line.key in known:
                continue
            known.add(line.key)
            row = local_rows.pop(line.client_id, -1) if line.client_id else -1
            if row >= 0:
                self._lines[row] = line
                self.dataChanged.emit(self.index(row), self.index(row), [])
                continue
            position = len(self._lines)
            while position > 0 and self._lines[position - 1].local:
                position -= 1
            self.beginInsertRows(QModelIndex(), position, position)
            self._lines.insert(position, line)
            self.endInsertRows()
            local_rows = {k: r + 1 if r >= position else r for k, r in local_rows.items()}
            added.append(line)
        if added:
            if self._handoff_row < 0 and any(line.sender is Sender.AGENT for line in added):
                before = self._handoff_row
                self._find_handoff()
                if before != self._handoff_row:
                    self._all_changed()
            self.lines_added.emit(added)
        return len(added)

    def prepend(self, page: TranscriptPage) -> int:
        """Older messages paged in at the top; returns how many rows were added."""
        known = {line.key for line in self._lines}
        older = [line for line in page.lines if line.key not in known]
        self.has_more = page.has_more
        if not older:
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
        self._lines[0:0] = older
        self.endInsertRows()
        self._find_handoff()
        self._all_changed()
        return len(older)

    def latest_customer_time(self) -> datetime | None:
        """When the customer last wrote."""
        for line in reversed(self._lines):
            if line.sender is Sender.CUSTOMER:
                return line.at
        return None
