"""Paints chat bubbles: customer on the left, agent on the right, bot replies outlined, system
notices centred; time and delivery state under each bubble; "show more" and "retry" are links
handled here. Text is laid out with QTextLayout as plain text (HTML shows as typed)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from app.services.chat_lines import ChatLine, DeliveryState
from app.ui.labels import delivery_label, sender_label
from app.ui.models.message_model import MessageRole
from app.ui.theme import ThemeController

Index = QModelIndex | QPersistentModelIndex

MARGIN = 12
PAD_X = 12
PAD_Y = 8
GAP = 4
BUBBLE_SHARE = 0.72
DIVIDER_HEIGHT = 30
LAYOUT_CACHE = 400


def plain_layout(text: str, font: QFont, width: int) -> tuple[QTextLayout, int, int]:
    """`text` laid out as plain text within `width`: the layout, its height and its widest line."""
    # QTextLayout breaks lines only at U+2028; wrap at words, or anywhere for long runs (URLs, keys).
    layout = QTextLayout(text.replace("\r\n", "\u2028").replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    widest = 0.0
    leading = QFontMetrics(font).leading()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += leading
        line.setPosition(QPointF(0, height))
        height += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return layout, int(height + 0.999), int(widest + 0.999)


@dataclass
class Bubble:
    """Where each part of one row goes (relative to the row's top-left)."""

    height: int
    bubble: QRect
    text_at: QPointF
    meta: QRect
    more: QRect | None
    retry: QRect | None
    layout: QTextLayout
    divider: bool


class MessageDelegate(QStyledItemDelegate):
    """Bubbles with cached layouts; emits `show_more(row)` and `retry(outbox_id)` on link clicks."""

    show_more = Signal(int)
    retry = Signal(int)

    def __init__(self, view: QAbstractItemView, theme: ThemeController) -> None:
        super().__init__(view)
        self.view = view
        self.theme = theme
        self._cache: OrderedDict[tuple[object, ...], Bubble] = OrderedDict()

    # --- geometry -------------------------------------------------------------------------------
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, body.pointSizeF() * 0.82))
        return body, small

    def _meta_text(self, line: ChatLine) -> str:
        at = line.at.astimezone()
        now = datetime.now(UTC).astimezone()
        when = at.strftime("%H:%M:%S") if at.date() == now.date() else at.strftime("%m-%d %H:%M")
        parts = [when]
        if line.sender.value in ("bot", "customer") or line.sender.value == "system":
            parts.insert(0, sender_label(line.sender.value))
        if line.sender.value == "agent":
            parts.append(delivery_label(line.delivery.value, line.retrying))
            if line.delivery is DeliveryState.FAILED and line.error_message:
                parts.append(line.error_message[:80])
        return " · ".join(parts)

    def bubble_for(self, option: QStyleOptionViewItem, index: Index) -> Bubble:
        """The (cached) geometry of one row at the view's current width."""
        line: ChatLine = index.data(MessageRole.LINE)
        text = str(index.data(MessageRole.SHOWN_TEXT) or "")
        hidden = int(index.data(MessageRole.HIDDEN_CHARS) or 0)
        divider = bool(index.data(MessageRole.HANDOFF_ABOVE))
        width = max(200, self.view.viewport().width())
        body, small = self._fonts(option)
        key = (line, len(text), hidden, divider, width, body.key())
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        system = line.sender.value == "system"
        max_text = int(width * (0.86 if system else BUBBLE_SHARE)) - 2 * PAD_X
        layout, text_h, text_w = plain_layout(text or " ", small if system else body, max_text)
        small_metrics = QFontMetrics(small)
        more_text = self.more_text(hidden) if hidden else ""
        more_w = small_metrics.horizontalAdvance(more_text) if hidden else 0
        inner_w = max(text_w, more_w, 24)
        inner_h = text_h + ((small_metrics.height() + GAP) if hidden else 0)
        top = DIVIDER_HEIGHT if divider else 0
        bubble_w, bubble_h = inner_w + 2 * PAD_X, inner_h + 2 * PAD_Y
        if system:
            x = (width - bubble_w) // 2
        elif line.sender.value == "agent":
            x = width - MARGIN - bubble_w
        else:
            x = MARGIN
        bubble = QRect(x, top + GAP, bubble_w, bubble_h)
        text_at = QPointF(x + PAD_X, top + GAP + PAD_Y)
        more = None
        if hidden:
            more = QRect(x + PAD_X, int(text_at.y()) + text_h + GAP, more_w, small_metrics.height())
        meta_text = self._meta_text(line)
        meta_w = small_metrics.horizontalAdvance(meta_text)
        meta_y = bubble.bottom() + 3
        if system:
            meta = QRect((width - meta_w) // 2, meta_y, meta_w, small_metrics.height())
        elif line.sender.value == "agent":
            meta = QRect(width - MARGIN - meta_w, meta_y, meta_w, small_metrics.height())
        else:
            meta = QRect(MARGIN, meta_y, meta_w, small_metrics.height())
        retry = None
        if line.delivery is DeliveryState.FAILED and line.outbox_id is not None:
            retry_w = small_metrics.horizontalAdvance(self.retry_text())
            retry = QRect(meta.left() - retry_w - 10, meta_y, retry_w, small_metrics.height())
        result = Bubble(meta.bottom() + 8, bubble, text_at, meta, more, retry, layout, divider)
        self._cache[key] = result
        if len(self._cache) > LAYOUT_CACHE:
            self._cache.popitem(last=False)
        return result

    def more_text(self, hidden: int) -> str:
        """The "show more" link, with how much is hidden."""
        if hidden >= 10_000:
            size = self.tr("%1 KB").replace("%1", str(hidden // 1024))
        else:
            size = self.tr("%1 characters").replace("%1", str(hidden))
        return self.tr("Show more (%1 more)").replace("%1", size)

    def retry_text(self) -> str:
        """The retry link of a failed reply."""
        return self.tr("Retry")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The row's height at the view's width."""
        if not index.isValid():
            return QSize(0, 0)
        bubble = self.bubble_for(option, index)
        return QSize(self.view.viewport().width(), bubble.height)

    def clear_cache(self) -> None:
        """Forget layouts (font or theme changed)."""
        self._cache.clear()

    # --- painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw one row."""
        colors = self.theme.colors
        line: ChatLine = index.data(MessageRole.LINE)
        bubble = self.bubble_for(option, index)
        _body, small = self._fonts(option)
        origin = option.rect.topLeft()
        painter.save()
        painter.translate(origin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if bool(index.data(MessageRole.HIGHLIGHT)):
            painter.fillRect(QRect(0, 0, option.rect.width(), bubble.height), QColor(colors.selection))
        if bubble.divider:
            self._paint_divider(painter, option.rect.width(), small)
        sender = line.sender.value
        text_color = QColor(colors.text)
        if sender == "system":
            text_color = QColor(colors.system_text)
        else:
            fill = {
                "customer": colors.customer_bubble,
                "agent": colors.agent_bubble,
                "bot": colors.bot_bubble,
            }.get(sender, colors.customer_bubble)
            if sender == "agent":
                text_color = QColor(colors.agent_text)
            outline = QColor(colors.border)
            pen = QPen(outline, 1, Qt.PenStyle.DashLine if sender == "bot" else Qt.PenStyle.SolidLine)
            if line.delivery is DeliveryState.FAILED:
                pen = QPen(QColor(colors.danger), 1.5)
            painter.setPen(pen)
            painter.setBrush(QColor(fill))
            if bool(index.data(MessageRole.BOT_PHASE)) and sender == "customer":
                painter.setOpacity(0.8)
            painter.drawRoundedRect(QRectF(bubble.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
            painter.setOpacity(1.0)
        painter.setPen(text_color)
        bubble.layout.draw(painter, bubble.text_at)
        painter.setFont(small)
        if bubble.more is not None:
            painter.setPen(QColor(colors.accent))
            painter.drawText(
                bubble.more,
                int(Qt.AlignmentFlag.AlignLeft),
                self.more_text(int(index.data(MessageRole.HIDDEN_CHARS) or 0)),
            )
        meta_color = colors.danger if line.delivery is DeliveryState.FAILED else colors.muted
        if line.delivery is DeliveryState.QUEUED and line.retrying:
            meta_color = colors.warning
        painter.setPen(QColor(meta_color))
        painter.drawText(bubble.meta, int(Qt.AlignmentFlag.AlignLeft), self._meta_text(line))
        if bubble.retry is not None:
            link = QFont(small)
            link.setUnderline(True)
            painter.setFont(link)
            painter.setPen(QColor(colors.accent))
            painter.drawText(bubble.retry, int(Qt.AlignmentFlag.AlignLeft), self.retry_text())
        painter.restore()

    def _paint_divider(self, painter: QPainter, width: int, font: QFont) -> None:
        colors = self.theme.colors
        label = self.tr("Bot conversation above · handed to you")
        metrics = QFontMetrics(font)
        label_w = metrics.horizontalAdvance(label) + 16
        y = DIVIDER_HEIGHT // 2
        painter.setPen(QColor(colors.border))
        painter.drawLine(MARGIN, y, (width - label_w) // 2, y)
        painter.drawLine((width + label_w) // 2, y, width - MARGIN, y)
        painter.setFont(font)
        painter.setPen(QColor(colors.muted))
        painter.drawText(
            QRect((width - label_w) // 2, 0, label_w, DIVIDER_HEIGHT),
            int(Qt.AlignmentFlag.AlignCenter),
            label,
        )

    # --- links ----------------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index) -> bool:
        """Clicks on "show more" and "retry"."""
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        bubble = self.bubble_for(option, index)
        point = event.position().toPoint() - option.rect.topLeft()
        if bubble.more is not None and bubble.more.adjusted(-4, -4, 4, 4).contains(point):
            self.show_more.emit(index.row())
            return True
        line: ChatLine = index.data(MessageRole.LINE)
        if (
            bubble.retry is not None
            and line.outbox_id is not None
            and bubble.retry.adjusted(-4, -4, 4, 4).contains(point)
        ):
            self.retry.emit(line.outbox_id)
            return True
        return False
