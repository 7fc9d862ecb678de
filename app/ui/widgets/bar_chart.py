"""A small bar chart painted with QPainter: the dashboard needs bars by hour and by day, nothing a
chart library adds is worth its size here (see the note in pyproject.toml)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Bars for `values` (None draws nothing) under a title, with every `label_every`th label."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.values: list[float | None] = []
        self.labels: list[str] = []
        self.label_every = 1
        self.unit = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(480, 180)

    def set_data(
        self, values: list[float | None], labels: list[str], *, label_every: int = 1, unit: str = ""
    ) -> None:
        """Show new figures."""
        self.values, self.labels, self.label_every, self.unit = values, labels, max(1, label_every), unit
        self.setAccessibleDescription(
            ", ".join(
                f"{lab}: {'-' if v is None else f'{v:g}'}" for lab, v in zip(labels, values, strict=False)
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Title, bars with their top value, labels underneath."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(text_color)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        top, bottom = line * 2.2, self.height() - line * 1.4
        if not self.values or bottom <= top:
            return
        peak = max((v for v in self.values if v is not None), default=0.0) or 1.0
        slot = self.width() / len(self.values)
        bar_color = palette.color(QPalette.ColorRole.Highlight)
        muted = QColor(text_color)
        muted.setAlpha(150)
        for index, value in enumerate(self.values):
            x = index * slot
            if value is not None and value > 0:
                height = (bottom - top) * value / peak
                painter.fillRect(QRectF(x + slot * 0.15, bottom - height, slot * 0.7, height), bar_color)
                if slot > metrics.horizontalAdvance("000"):
                    painter.setPen(text_color)
                    painter.drawText(
                        QRectF(x, bottom - height - line, slot, line),
                        Qt.AlignmentFlag.AlignCenter,
                        f"{round(value, 1):g}",
                    )
            if index % self.label_every == 0 and index < len(self.labels):
                painter.setPen(muted)
                painter.drawText(
                    QRectF(x - slot, bottom + 2, slot * 3, line),
                    Qt.AlignmentFlag.AlignCenter,
                    self.labels[index],
                )
        painter.setPen(muted)
        painter.drawLine(0, int(bottom), self.width(), int(bottom))
        painter.end()
