"""The reply box: Enter sends, Shift+Enter starts a new line; the draft is reported (debounced)
so it can be saved continuously."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

DRAFT_DEBOUNCE_MS = 400


class Composer(QPlainTextEdit):
    """Plain text only; `submitted(text)` on Enter, `draft_changed(text)` after typing pauses."""

    submitted = Signal(str)
    draft_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setTabChangesFocus(True)
        self.retranslate()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DRAFT_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.draft_changed.emit(self.toPlainText()))
        self._restoring = False
        self.textChanged.connect(self._on_text_changed)

    def retranslate(self) -> None:
        """The placeholder in the current language."""
        self.setPlaceholderText(self.tr("Type a reply · Enter to send · Shift+Enter for a new line"))

    def _on_text_changed(self) -> None:
        if not self._restoring:
            self._debounce.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter sends; Shift+Enter (or Ctrl+Enter) inserts a line break."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers()
            if modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
                self.insertPlainText("\n")
                return
            if not modifiers & Qt.KeyboardModifier.AltModifier:
                self.submitted.emit(self.toPlainText())
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: object) -> None:
        """Pasting is plain text only (never rich text)."""
        text = source.text() if hasattr(source, "text") else ""  # type: ignore[attr-defined]
        self.insertPlainText(text)

    def restore(self, text: str) -> None:
        """Put back a saved draft without reporting it as a change."""
        self._restoring = True
        try:
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self._restoring = False

    def flush_draft(self) -> None:
        """Report the draft now if a report is pending (before the tab closes)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.draft_changed.emit(self.toPlainText())

    def clear_sent(self) -> None:
        """Empty the box after sending (the service cleared the saved draft)."""
        self._debounce.stop()
        self.restore("")
