"""Small painted shapes several delegates share: pills (VIP, unread, states) and elapsed clocks."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter


def pill_size(text: str, font: QFont) -> tuple[int, int]:
    """Width and height of a pill holding `text`."""
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(text) + 12, metrics.height() + 2


def draw_pill(
    painter: QPainter,
    text: str,
    background: QColor,
    foreground: QColor,
    font: QFont,
    *,
    top: int,
    left: int | None = None,
    right: int | None = None,
) -> QRect:
    """A rounded label starting at `left` (or ending at `right`); returns its rectangle."""
    width, height = pill_size(text, font)
    x = left if left is not None else (right or 0) - width
    rect = QRect(x, top, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(rect), height / 2, height / 2)
    painter.setPen(foreground)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return rect


def elapsed_text(since: datetime | None, now: datetime | None = None) -> str:
    """`m:ss` (or `h:mm:ss`) since a moment; '' when there is none."""
    if since is None:
        return ""
    seconds = max(0, int(((now or datetime.now(UTC)) - since).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def elapsed_seconds(since: datetime | None, now: datetime | None = None) -> float:
    """Seconds since a moment (0 when there is none)."""
    if since is None:
        return 0.0
    return ((now or datetime.now(UTC)) - since).total_seconds()
