"""Orders: items, payment, status timeline, delivery records, linked tickets and coupons."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

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


class OrderItemOut(BaseModel):
    """One product line (face value and price in yuan)."""

    sku: str
    name: str
    card_type: str
    face_value: float
    quantity: int
    price: float
    game: str | None = None


class PaymentOut(BaseModel):
    """One payment attempt."""

    channel: str
    status: PaymentStatus
    amount: float
    at: datetime
    txn_no: str | None = None
    failure_reason: str | None = None


class DeliveryOut(BaseModel):
    """A 卡密 issued or a top-up result."""

    kind: DeliveryKind
    status: DeliveryStatus
    at: datetime
    card_no: str | None = None
    card_secret: str | None = None
    target: str | None = None
    detail: str | None = None


class OrderEventOut(BaseModel):
    """One step of the status timeline."""

    status: str
    at: datetime
    note: str = ""


class OrderOut(BaseModel):
    """Everything the order panel shows."""

    order_no: str
    customer_id: int
    status: OrderStatus
    amount: float
    created_at: datetime
    paid_at: datetime | None = None
    items: list[OrderItemOut]
    payments: list[PaymentOut]
    deliveries: list[DeliveryOut]
    timeline: list[OrderEventOut]
    ticket_ids: list[int]
    coupon_ids: list[int]

    @classmethod
    def from_domain(cls, order: Order) -> OrderOut:
        """Wire form of a domain order."""
        return cls.model_validate(order, from_attributes=True)

    def to_domain(self) -> Order:
        """Domain form (for the client)."""
        return Order(
            order_no=self.order_no,
            customer_id=self.customer_id,
            status=self.status,
            amount=self.amount,
            created_at=self.created_at,
            paid_at=self.paid_at,
            items=tuple(OrderItem(**i.model_dump()) for i in self.items),
            payments=tuple(Payment(**p.model_dump()) for p in self.payments),
            deliveries=tuple(Delivery(**d.model_dump()) for d in self.deliveries),
            timeline=tuple(OrderEvent(**e.model_dump()) for e in self.timeline),
            ticket_ids=tuple(self.ticket_ids),
            coupon_ids=tuple(self.coupon_ids),
        )


class OrderList(BaseModel):
    """A customer's orders, newest first."""

    orders: list[OrderOut]
