"""Strips across the top of the window or a chat: offline (replies queue) and anger alerts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.i18n import LiveTranslation


class OfflineBanner(LiveTranslation, QFrame):
    """Shown while the shop server cannot be reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self._pending = 0
        self.hide()

    def retranslate(self) -> None:
        """The text in the current language."""
        if not self.isHidden():
            self.show_offline(self._pending)

    def show_offline(self, pending: int) -> None:
        """Say that replies are queued (and how many)."""
        self._pending = pending
        text = self.tr(
            "The shop server cannot be reached. Replies are queued and go out once when it is back."
        )
        if pending:
            text += " " + self.tr("%1 waiting to be sent.").replace("%1", str(pending))
        self.label.setText(text)
        self.show()


class AlertBanner(LiveTranslation, QFrame):
    """An anger alert in a chat; stays until the agent acknowledges it."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton()
        self.button.setObjectName("acknowledge")
        self.button.clicked.connect(self.acknowledged.emit)
        layout.addWidget(self.button)
        self._alert: tuple[float, str] | None = None
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language."""
        self.button.setText(self.tr("Got it"))
        if self._alert is not None and not self.isHidden():
            self.show_alert(*self._alert)

    def show_alert(self, anger: float, text: str) -> None:
        """Show the alert with the angry message's start."""
        self._alert = (anger, text)
        head = self.tr("The customer is angry (%1%). Priority raised; a calming reply is suggested first.")
        message = head.replace("%1", str(round(anger * 100)))
        if text:
            message += "\n“" + " ".join(text.split())[:120] + "”"
        self.label.setText(message)
        self.show()
