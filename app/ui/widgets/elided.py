"""Labels and buttons for texts of any length (customer names, intents, KB answers): they elide
to their width with "…" instead of widening the window or being cut mid-letter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QWidget


class ElidedLabel(QLabel):
    """One line of plain text, elided on the right; `text()` keeps the full text (tooltip too)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text` (elided as needed); the full text is the tooltip when it does not fit."""
        super().setText(text)
        self._update_tooltip()

    def elided_text(self) -> str:
        """What is painted at the current width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.elided_text() != self.text() else "")

    def minimumSizeHint(self) -> QSize:
        """As narrow as an ellipsis: the layout gives the rest to others."""
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the elided text with the label's own font and colour."""
        painter = QPainter(self)
        rect = self.contentsRect()
        flags = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter) & ~int(Qt.AlignmentFlag.AlignTop)
        self.style().drawItemText(
            painter, rect, flags, self.palette(), self.isEnabled(), self.elided_text(), self.foregroundRole()
        )


class ElidedButton(QPushButton):
    """A push button whose long text is elided to its width (it never widens the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        """The whole text (the button shows as much as fits)."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """The text to show (elided as needed)."""
        self._full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, self) * 2 + 8
        width = max(20, self.width() - margin)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown.replace("&", "&&"))
