"""User tags computed from a customer's history (stamped on after-sales tickets)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.customers import CustomerLevel, CustomerTag
from app.shopserver.db.tables import CouponRow, CustomerRow, OrderRow, TicketRow

FREQUENT_ORDERS_30_DAYS = 8
FREQUENT_ORDERS_TOTAL = 20
NEW_CUSTOMER_DAYS = 30
PRICE_SENSITIVE_COUPONS = 3


def user_tags(session: Session, customer: CustomerRow, now: datetime) -> list[str]:
    """高频用户, 首次售后, VIP, 价格敏感, 新用户 — whichever apply now (before a new ticket)."""
    tags: list[str] = []
    if customer.level == CustomerLevel.VIP:
        tags.append(CustomerTag.VIP)
    recent, total = session.execute(
        select(
            func.count().filter(OrderRow.created_at >= now - timedelta(days=30)),
            func.count(),
        ).where(OrderRow.customer_id == customer.id)
    ).one()
    if recent >= FREQUENT_ORDERS_30_DAYS or total >= FREQUENT_ORDERS_TOTAL:
        tags.append(CustomerTag.FREQUENT)
    tickets = session.scalar(select(func.count()).where(TicketRow.customer_id == customer.id)) or 0
    if tickets == 0:
        tags.append(CustomerTag.FIRST_AFTERSALE)
    coupons = session.scalar(select(func.count()).where(CouponRow.customer_id == customer.id)) or 0
    if CustomerTag.PRICE_SENSITIVE in customer.tags or coupons >= PRICE_SENSITIVE_COUPONS:
        tags.append(CustomerTag.PRICE_SENSITIVE)
    if customer.registered_at >= now - timedelta(days=NEW_CUSTOMER_DAYS) or total <= 1:
        tags.append(CustomerTag.NEW)
    return tags
