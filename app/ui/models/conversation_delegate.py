"""Paints one queue row: customer, VIP badge, intent line, timer and unread badge; angry rows red."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.chats import SLA_SECONDS
from app.ui.models.badge_painter import draw_pill, elapsed_seconds, elapsed_text
from app.ui.models.conversation_model import ConversationRole
from app.ui.theme import ThemeController

ROW_HEIGHT = 58
WAIT_WARNING_SECONDS = 60


class ConversationDelegate(QStyledItemDelegate):
    """No widget per row: everything is painted."""

    def __init__(self, theme: ThemeController, *, waiting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.waiting = waiting

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Every row is two lines high."""
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the row."""
        colors = self.theme.colors
        rect = option.rect
        angry = bool(index.data(ConversationRole.ANGRY))
        alert = bool(index.data(ConversationRole.ALERT))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        background = QColor(colors.panel)
        if angry or alert:
            background = QColor(colors.danger_soft)
        if selected:
            background = QColor(colors.selection)
        elif hovered and not (angry or alert):
            background = QColor(colors.hover)
        painter.fillRect(rect, background)
        if angry or alert:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(colors.danger))
        painter.setPen(QColor(colors.border))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        left = rect.left() + 12
        right = rect.right() - 10
        top = rect.top() + 8

        # right column: timer, then unread badge
        since = index.data(ConversationRole.CLOCK_SINCE)
        clock = elapsed_text(since)
        seconds = elapsed_seconds(since)
        limit = WAIT_WARNING_SECONDS if self.waiting else SLA_SECONDS
        clock_color = QColor(colors.danger if since is not None and seconds > limit else colors.muted)
        painter.setFont(small)
        painter.setPen(clock_color)
        clock_rect = QRect(right - 70, top, 70, 18)
        painter.drawText(clock_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), clock)
        unread = int(index.data(ConversationRole.UNREAD) or 0)
        if unread:
            text = "99+" if unread > 99 else str(unread)
            draw_pill(
                painter,
                text,
                QColor(colors.danger if angry else colors.accent),
                QColor(colors.accent_text),
                small,
                top=top + 22,
                right=right,
            )

        # title line with the VIP badge
        title = str(index.data(ConversationRole.TITLE) or "")
        painter.setFont(bold)
        painter.setPen(QColor(colors.danger if angry or alert else colors.text))
        title_width = max(40, right - left - 80)
        metrics = painter.fontMetrics()
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width - 40)
        painter.drawText(
            QRect(left, top, title_width, 20),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        x = left + metrics.horizontalAdvance(shown) + 6
        if index.data(ConversationRole.VIP):
            pill = draw_pill(
                painter, "VIP", QColor(colors.vip), QColor(colors.vip_text), small, top=top + 1, left=x
            )
            x = pill.right() + 4
        if angry or alert:
            label = self.tr("Angry")
            draw_pill(
                painter, label, QColor(colors.danger), QColor(colors.accent_text), small, top=top + 1, left=x
            )

        # second line
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        subtitle = str(index.data(ConversationRole.SUBTITLE) or "")
        sub_rect = QRect(left, top + 24, right - left - 40, 18)
        painter.drawText(
            sub_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight, sub_rect.width()),
        )
        painter.restore()
