"""The one adapter from the services to Qt: `ChangeSignals.changed(Changes)` and
`ChangeSignals.lines_arrived({conversation_id: [ChatLine]})`, coalesced so a burst of sync steps
repaints the views once per event-loop turn (live lines first, then the changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services.change_bus import ChangeBus
from app.services.changes import Changes

if TYPE_CHECKING:  # the data layer loads after the window shows
    from app.services.chat_lines import ChatLine

LiveLines = dict[int, list["ChatLine"]]
# How the chat service takes a listener of live lines (returns the unsubscribe function).
LiveLinesSource = Callable[[Callable[[LiveLines], None]], Callable[[], None]]


class ChangeSignals(QObject):
    """Re-emits the bus on the Qt thread; views connect to `changed` and refresh what concerns them."""

    changed = Signal(object)
    lines_arrived = Signal(object)
    _incoming = Signal(object)
    _incoming_lines = Signal(object)

    def __init__(
        self, bus: ChangeBus, parent: QObject | None = None, live_lines: LiveLinesSource | None = None
    ) -> None:
        super().__init__(parent)
        self._pending: Changes | None = None
        self._pending_lines: LiveLines = {}
        self._flush_planned = False
        # Queued: a publisher on another thread (or deep in a call stack) never runs view code inline.
        self._incoming.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._incoming_lines.connect(self._collect_lines, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = [bus.subscribe(self._incoming.emit)]
        if live_lines is not None:
            self._unsubscribe.append(live_lines(self._incoming_lines.emit))

    def _plan_flush(self) -> None:
        if not self._flush_planned:
            self._flush_planned = True
            QTimer.singleShot(0, self, self._flush)

    def _collect(self, changes: Changes) -> None:
        if self._pending is None:
            self._pending = Changes()
        self._pending.merge(changes)
        self._plan_flush()

    def _collect_lines(self, lines: LiveLines) -> None:
        for conversation_id, new in lines.items():
            self._pending_lines.setdefault(conversation_id, []).extend(new)
        self._plan_flush()

    def _flush(self) -> None:
        self._flush_planned = False
        lines, self._pending_lines = self._pending_lines, {}
        pending, self._pending = self._pending, None
        if lines:
            self.lines_arrived.emit(lines)
        if pending:
            self.changed.emit(pending)

    def detach(self) -> None:
        """Stop listening (the workspace is closing)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
