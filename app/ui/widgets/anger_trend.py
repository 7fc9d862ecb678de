"""A small sparkline of the anger of the customer's last messages (red above one half)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from app.ui.theme import ThemeController


class AngerTrend(QWidget):
    """Values 0..1, oldest first."""

    def __init__(self, theme: ThemeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.values: list[float] = []
        self.setFixedSize(QSize(84, 22))

    def set_values(self, values: list[float]) -> None:
        """Show these points."""
        if values != self.values:
            self.values = list(values)
            tip = " → ".join(f"{round(v * 100)}" for v in self.values[-8:])
            self.setToolTip(self.tr("Anger of the last messages: %1").replace("%1", tip or "—"))
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the line and the half mark."""
        colors = self.theme.colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width() - 4, self.height() - 4
        painter.setPen(QPen(QColor(colors.border), 1, Qt.PenStyle.DotLine))
        painter.drawLine(2, 2 + h // 2, 2 + w, 2 + h // 2)
        if not self.values:
            return
        points = self.values[-12:]
        if len(points) == 1:
            points = points * 2  # one message: a flat line at its level
        step = w / max(1, len(points) - 1)
        polygon = QPolygonF([QPointF(2 + i * step, 2 + h * (1 - v)) for i, v in enumerate(points)])
        last = points[-1]
        color = QColor(colors.danger if last >= 0.5 else colors.success)
        painter.setPen(QPen(color, 1.6))
        painter.drawPolyline(polygon)
        painter.setBrush(color)
        painter.drawEllipse(polygon[polygon.size() - 1], 2.5, 2.5)
