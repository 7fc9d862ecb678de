"""👍/👎 beside a suggestion: the agent's rating of a knowledge-base answer (one vote per showing)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from app.config import resource_path


class RatingButtons(QWidget):
    """`rated(helpful)` once; both buttons then stay disabled until `reset()`."""

    rated = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # icons, not emoji: a desktop without an emoji font would show empty boxes
        self.up = QToolButton()
        self.up.setIcon(QIcon(str(resource_path("icons", "thumb-up.svg"))))
        self.up.setToolTip(self.tr("Helpful"))
        self.down = QToolButton()
        self.down.setIcon(QIcon(str(resource_path("icons", "thumb-down.svg"))))
        self.down.setToolTip(self.tr("Not helpful"))
        for button, helpful in ((self.up, True), (self.down, False)):
            button.setObjectName("rateSuggestion")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, h=helpful: self._rate(h))
            layout.addWidget(button)

    def _rate(self, helpful: bool) -> None:
        self.up.setEnabled(False)
        self.down.setEnabled(False)
        self.rated.emit(helpful)

    def reset(self, enabled: bool) -> None:
        """A new suggestion in this slot (`enabled` False for cards that cannot be rated)."""
        self.up.setEnabled(enabled)
        self.down.setEnabled(enabled)
        self.setVisible(enabled)
