"""A small bar chart painted with QPainter: the dashboard needs bars by hour and by day, nothing a
chart library adds is worth its size here (see the note in pyproject.toml).

It draws a title, a light grid with its scale, bars with their value on top (where they fit), an
optional target line (the 10 s SOP; bars over it turn red), the labels underneath, and a tooltip
with the exact figure under the mouse. Colours follow the palette, so both themes read right."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

DANGER_LIGHT, DANGER_DARK = QColor("#e5484d"), QColor("#ff6369")
MAX_BAR_WIDTH = 34.0
PADDING = 12.0


def nice_scale(value: float) -> tuple[float, float]:
    """The top of the scale and its grid step: a step of 1, 2, 2.5 or 5 times a power of ten, at
    most five steps to a top at or above `value`."""
    if value <= 0:
        return 1.0, 0.25
    power = 10 ** math.floor(math.log10(value / 5)) if value > 5 else 1 if value > 1 else 0.25
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if math.ceil(value / step) <= 5:
            return math.ceil(value / step) * step, step
    return 10 * power * 5, 10 * power


def _figure(value: float) -> str:
    return f"{round(value, 1):g}"


class BarChart(QWidget):
    """Bars for `values` (None draws nothing) under a title, with every `label_every`th label."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.title = title
        self.values: list[float | None] = []
        self.labels: list[str] = []
        self.label_every = 1
        self.unit = ""
        self.target: float | None = None
        self.target_label = ""
        self.setMinimumHeight(170)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(480, 200)

    def set_data(
        self,
        values: list[float | None],
        labels: list[str],
        *,
        label_every: int = 1,
        unit: str = "",
        target: float | None = None,
        target_label: str = "",
    ) -> None:
        """Show new figures; bars above `target` are drawn in the danger colour."""
        self.values, self.labels, self.label_every, self.unit = values, labels, max(1, label_every), unit
        self.target, self.target_label = target, target_label
        self.setAccessibleDescription(
            ", ".join(f"{lab}: {self.value_text(v)}" for lab, v in zip(labels, values, strict=False))
        )
        self.update()

    def value_text(self, value: float | None) -> str:
        """A figure with its unit ("—" for none)."""
        if value is None:
            return "—"
        return f"{_figure(value)} {self.unit}".strip()

    # --- geometry -------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        line = self.fontMetrics().height()
        left = PADDING + self.fontMetrics().horizontalAdvance("0000")
        return QRectF(left, line * 2.4, self.width() - left - PADDING, self.height() - line * 4.0)

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self.values))

    def index_at(self, x: float) -> int | None:
        """The bar under the x position, if any."""
        plot = self._plot()
        if not self.values or not plot.left() <= x < plot.right():
            return None
        return min(len(self.values) - 1, int((x - plot.left()) / self._slot(plot)))

    def event(self, event: QEvent) -> bool:
        """Tooltips: the label and exact figure of the bar under the mouse."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            index = self.index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
                event.ignore()
                return True
            label = self.labels[index] if index < len(self.labels) else ""
            QToolTip.showText(
                event.globalPos(), f"{self.title}\n{label}: {self.value_text(self.values[index])}", self
            )
            return True
        return super().event(event)

    # --- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Title, grid and scale, bars with their values, target line, labels."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        danger = DANGER_DARK if dark else DANGER_LIGHT
        muted = QColor(text_color)
        muted.setAlpha(150)
        grid = QColor(text_color)
        grid.setAlpha(28)
        metrics = painter.fontMetrics()
        line = metrics.height()
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(PADDING, 4, self.width() - 2 * PADDING, line * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        plot = self._plot()
        if plot.height() <= line or not self.values:
            painter.end()
            return
        present = [v for v in self.values if v is not None]
        peak, step = nice_scale(max([*present, self.target or 0.0, 0.0]) * 1.08)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / peak

        for tick in range(round(peak / step) + 1):  # the grid and its scale
            value = tick * step
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _figure(value),
            )
        if not present:
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
        slot = self._slot(plot)
        width = min(MAX_BAR_WIDTH, slot * 0.62)
        accent = palette.color(QPalette.ColorRole.Highlight)
        for index, value in enumerate(self.values):
            centre = plot.left() + slot * (index + 0.5)
            if value is not None and value > 0:
                over = self.target is not None and value > self.target
                top = y_of(value)
                bar = QRectF(centre - width / 2, top, width, plot.bottom() - top)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(danger if over else accent)
                painter.drawRoundedRect(bar, 3, 3)
                text = _figure(value)
                if slot >= metrics.horizontalAdvance(text) + 4:
                    painter.setPen(danger if over else text_color)
                    painter.drawText(
                        QRectF(centre - slot / 2, top - line - 1, slot, line),
                        Qt.AlignmentFlag.AlignCenter,
                        text,
                    )
            if index % self.label_every == 0 and index < len(self.labels):
                painter.setPen(muted)
                painter.drawText(
                    QRectF(centre - slot * 1.5, plot.bottom() + 4, slot * 3, line),
                    Qt.AlignmentFlag.AlignCenter,
                    self.labels[index],
                )
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        if self.target is not None:
            y = y_of(self.target)
            painter.setPen(QPen(danger, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if self.target_label:
                width = metrics.horizontalAdvance(self.target_label) + 8
                box = QRectF(plot.right() - width, y - line - 2, width, line)
                painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.target_label)
        painter.end()
