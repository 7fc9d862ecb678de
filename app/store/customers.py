"""Cached customer profiles (level, tags, risk flags, figures) for the profile panel."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.domain.customers import Customer, CustomerLevel, CustomerStats, RiskFlag
from app.store.tables import CustomerRow


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def upsert_customer(session: Session, customer: Customer, now: datetime | None = None) -> None:
    """Store the profile as the server sent it."""
    row = session.get(CustomerRow, customer.id)
    if row is None:
        row = CustomerRow(id=customer.id)
        session.add(row)
    row.nickname = customer.nickname
    row.level = str(customer.level)
    row.registered_at = customer.registered_at
    row.phone = customer.phone
    row.qq = customer.qq
    row.vip_agent_id = customer.vip_agent_id
    row.tags = list(customer.tags)
    row.risk_flags = [{"code": f.code, "detail": f.detail, "at": _time(f.at)} for f in customer.risk_flags]
    stats = customer.stats
    row.stats = {
        "orders": stats.orders,
        "total_spent": stats.total_spent,
        "aftersales": stats.aftersales,
        "first_order_at": _time(stats.first_order_at),
        "last_order_at": _time(stats.last_order_at),
    }
    row.fetched_at = now or datetime.now(UTC)


def get_customer(session: Session, customer_id: int) -> Customer | None:
    """One cached profile."""
    row = session.get(CustomerRow, customer_id)
    if row is None:
        return None
    stats: dict[str, Any] = row.stats or {}
    return Customer(
        id=row.id,
        nickname=row.nickname,
        level=CustomerLevel(row.level),
        registered_at=row.registered_at,
        phone=row.phone,
        qq=row.qq,
        vip_agent_id=row.vip_agent_id,
        tags=tuple(row.tags or ()),
        risk_flags=tuple(
            RiskFlag(code=f["code"], detail=f["detail"], at=_parse(f["at"]) or row.registered_at)
            for f in row.risk_flags or ()
        ),
        stats=CustomerStats(
            orders=int(stats.get("orders", 0)),
            total_spent=float(stats.get("total_spent", 0.0)),
            aftersales=int(stats.get("aftersales", 0)),
            first_order_at=_parse(stats.get("first_order_at")),
            last_order_at=_parse(stats.get("last_order_at")),
        ),
    )
