"""Cached coupons (issued, pending approval, rejected)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.coupons import Coupon, CouponStatus
from app.store.tables import CouponRow

_FIELDS = (
    "customer_id",
    "template_id",
    "amount",
    "reason",
    "issued_by",
    "created_at",
    "order_no",
    "code",
    "decided_by",
    "decided_at",
    "expires_at",
)


def upsert_coupon(session: Session, coupon: Coupon) -> None:
    """Store the coupon as the server sent it."""
    row = session.get(CouponRow, coupon.id)
    if row is None:
        row = CouponRow(id=coupon.id)
        session.add(row)
    for name in _FIELDS:
        setattr(row, name, getattr(coupon, name))
    row.status = str(coupon.status)


def _to_domain(row: CouponRow) -> Coupon:
    return Coupon(
        id=row.id,
        customer_id=row.customer_id,
        template_id=row.template_id,
        amount=row.amount,
        reason=row.reason,
        status=CouponStatus(row.status),
        issued_by=row.issued_by,
        created_at=row.created_at,
        order_no=row.order_no,
        code=row.code,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        expires_at=row.expires_at,
    )


def get_coupon(session: Session, coupon_id: int) -> Coupon | None:
    """One cached coupon."""
    row = session.get(CouponRow, coupon_id)
    return _to_domain(row) if row is not None else None


def coupons_of_order(session: Session, order_no: str) -> list[Coupon]:
    """An order's cached coupons, oldest first."""
    rows = session.scalars(select(CouponRow).where(CouponRow.order_no == order_no).order_by(CouponRow.id))
    return [_to_domain(r) for r in rows]
