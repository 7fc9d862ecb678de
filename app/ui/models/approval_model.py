"""Coupons awaiting a supervisor's approval, as a list model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.coupons import Coupon

Index = QModelIndex | QPersistentModelIndex


class ApprovalRole(IntEnum):
    """Custom roles."""

    COUPON = Qt.ItemDataRole.UserRole + 1


class ApprovalModel(QAbstractListModel):
    """Oldest request first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._coupons: list[Coupon] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of requests."""
        return 0 if parent.isValid() else len(self._coupons)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One request as text."""
        if not index.isValid() or not 0 <= index.row() < len(self._coupons):
            return None
        coupon = self._coupons[index.row()]
        if role == ApprovalRole.COUPON:
            return coupon
        if role == Qt.ItemDataRole.DisplayRole:
            when = coupon.created_at.astimezone().strftime("%m-%d %H:%M")
            order = coupon.order_no or "—"
            return f"#{coupon.id} · ¥{coupon.amount:g} · {coupon.template_id} · {order} · {coupon.issued_by} · {when}\n{coupon.reason}"
        return None

    def set_coupons(self, coupons: list[Coupon]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._coupons = sorted(coupons, key=lambda c: c.id)
        self.endResetModel()
