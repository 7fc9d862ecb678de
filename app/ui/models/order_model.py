"""A customer's recent orders as a table model with named columns."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.orders import Order, OrderStatus
from app.ui.labels import order_status_label

Index = QModelIndex | QPersistentModelIndex

ORDER_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_STATUSES = {OrderStatus.FAILED, OrderStatus.STUCK, OrderStatus.DELIVERING}


class OrderColumn(IntEnum):
    """The table's columns."""

    ORDER_NO = 0
    PRODUCT = 1
    FACE_VALUE = 2
    STATUS = 3
    PAID_AT = 4


def product_of(order: Order) -> str:
    """Card type and name of the first item."""
    if not order.items:
        return ""
    item = order.items[0]
    more = f" +{len(order.items) - 1}" if len(order.items) > 1 else ""
    return f"{item.name}{more}"


class OrderTableModel(QAbstractTableModel):
    """Rows of `Order`, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._orders: list[Order] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of orders."""
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns."""
        return 0 if parent.isValid() else len(OrderColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            OrderColumn.ORDER_NO: self.tr("Order"),
            OrderColumn.PRODUCT: self.tr("Product"),
            OrderColumn.FACE_VALUE: self.tr("Value"),
            OrderColumn.STATUS: self.tr("Status"),
            OrderColumn.PAID_AT: self.tr("Paid at"),
        }
        return titles.get(OrderColumn(section)) if section < len(OrderColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values."""
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        order = self._orders[index.row()]
        column = OrderColumn(index.column())
        if role == ORDER_ROLE:
            return order
        if role == Qt.ItemDataRole.DisplayRole:
            if column is OrderColumn.ORDER_NO:
                return order.order_no
            if column is OrderColumn.PRODUCT:
                return product_of(order)
            if column is OrderColumn.FACE_VALUE:
                return (
                    f"¥{sum(i.face_value * i.quantity for i in order.items):g}"
                    if order.items
                    else f"¥{order.amount:g}"
                )
            if column is OrderColumn.STATUS:
                return order_status_label(str(order.status))
            if column is OrderColumn.PAID_AT:
                return order.paid_at.astimezone().strftime("%m-%d %H:%M") if order.paid_at else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{order.order_no}\n{product_of(order)}"
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is OrderColumn.STATUS
            and order.status in PROBLEM_STATUSES
        ):
            from PySide6.QtGui import QColor

            return QColor("#e5484d")
        return None

    def refresh_texts(self) -> None:
        """Titles and cells again (the language switched)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(OrderColumn) - 1)
        if self._orders:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._orders) - 1, len(OrderColumn) - 1), []
            )

    def set_orders(self, orders: list[Order]) -> None:
        """Replace the rows (a customer has at most a page of recent orders)."""
        if [o for o in orders] == self._orders:
            return
        if [o.order_no for o in orders] == [o.order_no for o in self._orders]:
            self._orders = list(orders)
            self.dataChanged.emit(self.index(0, 0), self.index(len(orders) - 1, len(OrderColumn) - 1), [])
            return
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def row_of(self, order_no: str) -> int:
        """The row of an order (-1 when absent)."""
        return next((row for row, o in enumerate(self._orders) if o.order_no == order_no), -1)

    def order_at(self, row: int) -> Order | None:
        """The order in a row."""
        return self._orders[row] if 0 <= row < len(self._orders) else None
