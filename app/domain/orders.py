"""Orders of virtual goods with their payment, status timeline and delivery records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class OrderStatus(StrEnum):
    """Where an order stands; `stuck` is a top-up the supplier has not answered."""

    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    DELIVERING = "delivering"
    DELIVERED = "delivered"
    FAILED = "failed"
    STUCK = "stuck"
    REFUNDED = "refunded"


class PaymentStatus(StrEnum):
    """The pay channel's answer."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    PENDING = "pending"
    REFUNDED = "refunded"


class DeliveryKind(StrEnum):
    """A 卡密 card key handed over, or a direct top-up to an account or phone."""

    CARD_KEY = "card_key"
    TOPUP = "topup"


class DeliveryStatus(StrEnum):
    """The result of one delivery attempt."""

    ISSUED = "issued"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    PROCESSING = "processing"


@dataclass(frozen=True, slots=True)
class OrderItem:
    """One product line: card type and face value in yuan."""

    sku: str
    name: str
    card_type: str
    face_value: float
    quantity: int
    price: float
    game: str | None = None


@dataclass(frozen=True, slots=True)
class Payment:
    """One payment attempt."""

    channel: str
    status: PaymentStatus
    amount: float
    at: datetime
    txn_no: str | None = None
    failure_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One delivery record: the card key issued or the top-up result."""

    kind: DeliveryKind
    status: DeliveryStatus
    at: datetime
    card_no: str | None = None
    card_secret: str | None = None
    target: str | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """One step of the order's status timeline."""

    status: str
    at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Order:
    """An order with everything the order panel shows."""

    order_no: str
    customer_id: int
    status: OrderStatus
    amount: float
    created_at: datetime
    paid_at: datetime | None = None
    items: tuple[OrderItem, ...] = ()
    payments: tuple[Payment, ...] = ()
    deliveries: tuple[Delivery, ...] = ()
    timeline: tuple[OrderEvent, ...] = ()
    ticket_ids: tuple[int, ...] = ()
    coupon_ids: tuple[int, ...] = ()
