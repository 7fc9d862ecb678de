"""The one adapter from the services' change bus to Qt: `ChangeSignals.changed(Changes)`,
coalesced so a burst of sync steps repaints the views once per event-loop turn."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services.change_bus import ChangeBus
from app.services.changes import Changes


class ChangeSignals(QObject):
    """Re-emits the bus on the Qt thread; views connect to `changed` and refresh what concerns them."""

    changed = Signal(object)
    _incoming = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: Changes | None = None
        # Queued: a publisher on another thread (or deep in a call stack) never runs view code inline.
        self._incoming.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = bus.subscribe(self._incoming.emit)

    def _collect(self, changes: Changes) -> None:
        if self._pending is None:
            self._pending = Changes()
            QTimer.singleShot(0, self, self._flush)
        self._pending.merge(changes)

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending:
            self.changed.emit(pending)

    def detach(self) -> None:
        """Stop listening (the workspace is closing)."""
        self._unsubscribe()
