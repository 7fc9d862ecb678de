"""The bottom of a chat: the composer with its Send button, or a note saying why this chat
cannot be answered here (waiting in the queue, with a colleague, closed)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.i18n import LiveTranslation
from app.ui.widgets.composer import Composer

COMPOSER_HEIGHT = 84


class ReadOnlyReason(StrEnum):
    """Why the agent cannot reply in a chat."""

    NONE = ""
    LOADING = "loading"
    WAITING = "waiting"
    COLLEAGUE = "colleague"
    CLOSED = "closed"


class ReplyBox(LiveTranslation, QWidget):
    """`send_requested(text)` on Enter or Send; `composer.draft_changed` while typing."""

    send_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reason = ReadOnlyReason.LOADING
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 8)
        self.composer = Composer()
        self.composer.setFixedHeight(COMPOSER_HEIGHT)
        self.composer.submitted.connect(self.send_requested)
        row.addWidget(self.composer, 1)
        self.send_button = QPushButton()
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.send_requested.emit(self.composer.toPlainText()))
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName("muted")
        self.note.setContentsMargins(12, 0, 12, 8)
        self.note.hide()
        layout.addWidget(self.note)
        self.set_read_only(ReadOnlyReason.LOADING)  # until the chat is known to be mine

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.send_button.setText(self.tr("Send"))
        self.composer.retranslate()
        notes = {
            ReadOnlyReason.NONE: "",
            ReadOnlyReason.LOADING: "",
            ReadOnlyReason.WAITING: self.tr("Waiting in the queue: accept it to reply."),
            ReadOnlyReason.COLLEAGUE: self.tr("This chat is with a colleague now."),
            ReadOnlyReason.CLOSED: self.tr("This chat is closed."),
        }
        self.note.setText(notes[self._reason])

    def set_read_only(self, reason: ReadOnlyReason) -> None:
        """Enable the composer (NONE) or say why the chat cannot be answered."""
        self._reason = reason
        mine = reason is ReadOnlyReason.NONE
        self.composer.setEnabled(mine)
        self.send_button.setEnabled(mine)
        self.note.setVisible(not mine and reason is not ReadOnlyReason.LOADING)
        self.retranslate()
