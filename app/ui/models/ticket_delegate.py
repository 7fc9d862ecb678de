"""Paints a ticket with its progress nodes 提交 → 审核中 → 已补发/已退款 → 完成, live."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.tickets import TicketNode
from app.ui.labels import coupon_status_label, ticket_kind_label, ticket_node_label
from app.ui.models.badge_painter import draw_pill
from app.ui.models.ticket_model import TicketRole, TicketRow
from app.ui.theme import ThemeController

ROW_HEIGHT = 62


class TicketDelegate(QStyledItemDelegate):
    """Kind, number, review deadline, and the nodes reached so far."""

    def __init__(self, theme: ThemeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """A fixed height."""
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the ticket."""
        colors = self.theme.colors
        row: TicketRow = index.data(TicketRole.ROW)
        rect = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colors.border))
        painter.setBrush(QColor(colors.panel))
        painter.drawRoundedRect(rect, 6, 6)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.82))
        painter.setFont(bold)
        painter.setPen(QColor(colors.text))
        x = rect.left() + 8
        y = rect.top() + 6
        if row.pending is not None:
            title = ticket_kind_label(row.pending.kind)
            painter.drawText(QRect(x, y, rect.width() - 16, 18), int(Qt.AlignmentFlag.AlignLeft), title)
            state = coupon_status_label(str(row.pending.state))
            color = colors.danger if row.pending.state.value == "failed" else colors.warning
            draw_pill(
                painter,
                state,
                QColor(color),
                QColor(colors.accent_text),
                small,
                top=y,
                right=rect.right() - 8,
            )
            painter.restore()
            return
        ticket = row.ticket
        assert ticket is not None
        title = f"#{ticket.id} {ticket_kind_label(str(ticket.kind))}"
        painter.drawText(QRect(x, y, rect.width() - 16, 18), int(Qt.AlignmentFlag.AlignLeft), title)
        reached = {p.node for p in ticket.progress} | {ticket.node}
        if ticket.node not in (TicketNode.DONE, TicketNode.REISSUED, TicketNode.REFUNDED):
            left = (ticket.review_deadline - datetime.now(UTC)).total_seconds()
            if left < 4 * 3600:
                label = self.tr("Review due in %1 h").replace("%1", f"{max(0.0, left) / 3600:.1f}")
                draw_pill(
                    painter,
                    label,
                    QColor(colors.warning),
                    QColor(colors.accent_text),
                    small,
                    top=y,
                    right=rect.right() - 8,
                )
        path = [TicketNode.SUBMITTED, TicketNode.REVIEWING]
        path.append(TicketNode.REFUNDED if TicketNode.REFUNDED in reached else TicketNode.REISSUED)
        path.append(TicketNode.DONE)
        node_x = x
        node_y = y + 24
        for position, node in enumerate(path):
            done = node in reached
            current = node == ticket.node
            background = QColor(colors.accent if current else (colors.success if done else colors.hover))
            foreground = QColor(colors.accent_text if done or current else colors.muted)
            pill = draw_pill(
                painter, ticket_node_label(str(node)), background, foreground, small, top=node_y, left=node_x
            )
            node_x = pill.right() + 4
            if position < len(path) - 1:
                painter.setPen(QColor(colors.muted))
                painter.setFont(small)
                painter.drawText(
                    QRect(node_x, node_y, 14, pill.height()), int(Qt.AlignmentFlag.AlignCenter), "→"
                )
                node_x += 16
        painter.restore()
