"""Customers: level, tags and risk flags that fill the agent's profile panel."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class CustomerLevel(StrEnum):
    """VIP customers reach their own one-to-one agent."""

    NORMAL = "normal"
    VIP = "vip"


class CustomerTag(StrEnum):
    """The profile tags agents act on (also stamped on after-sales tickets)."""

    FREQUENT = "高频用户"
    FIRST_AFTERSALE = "首次售后"
    VIP = "VIP"
    PRICE_SENSITIVE = "价格敏感"
    NEW = "新用户"


class RiskCode(StrEnum):
    """Why a customer needs a second look before compensation or a reissue."""

    NEW_IP_LOGIN = "new_ip_login"
    REPEATED_FAILED_PAYMENTS = "repeated_failed_payments"
    CHARGEBACK = "chargeback"
    MANY_REFUNDS = "many_refunds"


@dataclass(frozen=True, slots=True)
class RiskFlag:
    """One risk signal with when it was seen."""

    code: str
    detail: str
    at: datetime


@dataclass(frozen=True, slots=True)
class CustomerStats:
    """Figures computed from the customer's orders and tickets."""

    orders: int = 0
    total_spent: float = 0.0
    aftersales: int = 0
    first_order_at: datetime | None = None
    last_order_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    """A shop customer as the profile panel shows them."""

    id: int
    nickname: str
    level: CustomerLevel
    registered_at: datetime
    phone: str | None = None
    qq: str | None = None
    vip_agent_id: str | None = None
    tags: tuple[str, ...] = ()
    risk_flags: tuple[RiskFlag, ...] = ()
    stats: CustomerStats = field(default_factory=CustomerStats)
