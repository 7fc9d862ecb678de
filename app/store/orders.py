"""Cached orders with their delivery records (卡密 issued, top-up results)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.orders import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Order,
    OrderEvent,
    OrderItem,
    OrderStatus,
    Payment,
    PaymentStatus,
)
from app.store.tables import DeliveryRow, OrderRow


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def upsert_order(session: Session, order: Order, now: datetime | None = None) -> None:
    """Store the order as the server sent it, replacing its delivery records."""
    row = session.get(OrderRow, order.order_no)
    if row is None:
        row = OrderRow(order_no=order.order_no)
        session.add(row)
    row.customer_id = order.customer_id
    row.status = str(order.status)
    row.amount = order.amount
    row.created_at = order.created_at
    row.paid_at = order.paid_at
    row.items = [
        {
            "sku": i.sku,
            "name": i.name,
            "card_type": i.card_type,
            "face_value": i.face_value,
            "quantity": i.quantity,
            "price": i.price,
            "game": i.game,
        }
        for i in order.items
    ]
    row.payments = [
        {
            "channel": p.channel,
            "status": str(p.status),
            "amount": p.amount,
            "at": _iso(p.at),
            "txn_no": p.txn_no,
            "failure_reason": p.failure_reason,
        }
        for p in order.payments
    ]
    row.timeline = [{"status": e.status, "at": _iso(e.at), "note": e.note} for e in order.timeline]
    row.ticket_ids = list(order.ticket_ids)
    row.coupon_ids = list(order.coupon_ids)
    row.fetched_at = now or datetime.now(UTC)
    session.flush()
    session.execute(delete(DeliveryRow).where(DeliveryRow.order_no == order.order_no))
    session.add_all(
        DeliveryRow(
            order_no=order.order_no,
            position=n,
            kind=str(d.kind),
            status=str(d.status),
            at=d.at,
            card_no=d.card_no,
            card_secret=d.card_secret,
            target=d.target,
            detail=d.detail,
        )
        for n, d in enumerate(order.deliveries)
    )


def _to_domain(session: Session, row: OrderRow) -> Order:
    deliveries = session.scalars(
        select(DeliveryRow).where(DeliveryRow.order_no == row.order_no).order_by(DeliveryRow.position)
    )
    payments: list[dict[str, Any]] = row.payments or []
    return Order(
        order_no=row.order_no,
        customer_id=row.customer_id,
        status=OrderStatus(row.status),
        amount=row.amount,
        created_at=row.created_at,
        paid_at=row.paid_at,
        items=tuple(OrderItem(**i) for i in row.items or ()),
        payments=tuple(
            Payment(
                channel=p["channel"],
                status=PaymentStatus(p["status"]),
                amount=p["amount"],
                at=_time(p["at"]) or row.created_at,
                txn_no=p.get("txn_no"),
                failure_reason=p.get("failure_reason"),
            )
            for p in payments
        ),
        deliveries=tuple(
            Delivery(
                kind=DeliveryKind(d.kind),
                status=DeliveryStatus(d.status),
                at=d.at,
                card_no=d.card_no,
                card_secret=d.card_secret,
                target=d.target,
                detail=d.detail,
            )
            for d in deliveries
        ),
        timeline=tuple(
            OrderEvent(status=e["status"], at=_time(e["at"]) or row.created_at, note=e.get("note", ""))
            for e in row.timeline or ()
        ),
        ticket_ids=tuple(row.ticket_ids or ()),
        coupon_ids=tuple(row.coupon_ids or ()),
    )


def get_order(session: Session, order_no: str) -> Order | None:
    """One cached order with its deliveries."""
    row = session.get(OrderRow, order_no)
    return _to_domain(session, row) if row is not None else None


def orders_of_customer(session: Session, customer_id: int, limit: int = 20) -> list[Order]:
    """A customer's cached orders, newest first."""
    rows = session.scalars(
        select(OrderRow)
        .where(OrderRow.customer_id == customer_id)
        .order_by(OrderRow.created_at.desc(), OrderRow.order_no.desc())
        .limit(limit)
    )
    return [_to_domain(session, r) for r in rows]
