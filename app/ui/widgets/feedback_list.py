"""The dashboard's ratings and review notes: a list whose rows read as a line of stars (for
ratings) and plain text, wrapped, over a muted line saying when and which chat. Painted by a
delegate, so customer text stays plain text and the stars take the theme's gold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

META_ROLE = Qt.ItemDataRole.UserRole + 1
STARS_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
GOLD = QColor("#f5b301")
MARGIN = 8


class FeedbackDelegate(QStyledItemDelegate):
    """Stars (optional) and wrapped text, then the meta line."""

    def _text_rect(self, option: QStyleOptionViewItem, stars: int | None) -> QRect:
        left = option.rect.left() + MARGIN  # type: ignore[attr-defined]
        if stars is not None:
            left += option.fontMetrics.horizontalAdvance("★★★★★ ")  # type: ignore[attr-defined]
        return QRect(left, 0, max(40, option.rect.right() - MARGIN - left), 10_000)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """As tall as the wrapped text plus the meta line."""
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        stars = index.data(STARS_ROLE)
        width = max(120, (option.widget.viewport().width() if option.widget else 400) - 2 * MARGIN)  # type: ignore[attr-defined]
        option.rect = QRect(0, 0, width + 2 * MARGIN, 0)  # type: ignore[attr-defined]
        rect = self._text_rect(option, stars)
        body = (
            metrics.boundingRect(rect, Qt.TextFlag.TextWordWrap, text).height() if text else metrics.height()
        )
        return QSize(width, body + metrics.height() + 2 * MARGIN + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Selection background, stars, text, meta line and a divider."""
        painter.save()
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlpha(140)
        stars = index.data(STARS_ROLE)
        top = rect.top() + MARGIN
        if stars is not None:
            painter.setPen(GOLD)
            painter.drawText(QRect(rect.left() + MARGIN, top, rect.width(), metrics.height()), 0, "★" * stars)
            painter.setPen(muted)
            painter.drawText(
                QRect(
                    rect.left() + MARGIN + metrics.horizontalAdvance("★" * stars),
                    top,
                    rect.width(),
                    metrics.height(),
                ),
                0,
                "☆" * (5 - stars),
            )
        text_rect = self._text_rect(option, stars)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        body = (
            metrics.boundingRect(text_rect, Qt.TextFlag.TextWordWrap, text).height()
            if text
            else metrics.height()
        )
        painter.setPen(text_color)
        painter.drawText(
            QRect(text_rect.left(), top, text_rect.width(), body), Qt.TextFlag.TextWordWrap, text
        )
        small = QFont(option.font)  # type: ignore[attr-defined]
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(text_rect.left(), top + body + 2, text_rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            index.data(META_ROLE) or "",
        )
        divider = QColor(text_color)
        divider.setAlpha(25)
        painter.setPen(divider)
        painter.drawLine(rect.left() + MARGIN, rect.bottom(), rect.right() - MARGIN, rect.bottom())
        painter.restore()


class FeedbackList(QListWidget):
    """Rows of (stars or None, text, meta line); `placeholder` shows when there are none."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackList")
        self.placeholder = placeholder
        self.setItemDelegate(FeedbackDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

    def set_rows(self, rows: list[tuple[int | None, str, str, object]]) -> None:
        """Replace the rows: (stars, text, meta, key)."""
        self.clear()
        for stars, text, meta, key in rows:
            item = QListWidgetItem(text)
            item.setData(STARS_ROLE, stars)
            item.setData(META_ROLE, meta)
            item.setData(KEY_ROLE, key)
            item.setToolTip(f"{text}\n{meta}" if text else meta)
            self.addItem(item)
        if not rows:
            item = QListWidgetItem(self.placeholder)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(META_ROLE, "")
            self.addItem(item)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        """Rewrap the rows to the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()
