"""Compensation coupons: templates, the shop's policy and issued coupons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CouponStatus(StrEnum):
    """Issued at once within the agent's limit; above it a supervisor decides."""

    ISSUED = "issued"
    PENDING_APPROVAL = "pending_approval"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class CouponTemplate:
    """A kind of coupon with the amounts the policy allows (yuan)."""

    id: str
    name: str
    description: str
    min_amount: float
    max_amount: float
    default_amount: float
    validity_days: int


@dataclass(frozen=True, slots=True)
class Coupon:
    """One coupon for one customer, usually tied to an order."""

    id: int
    customer_id: int
    template_id: str
    amount: float
    reason: str
    status: CouponStatus
    issued_by: str
    created_at: datetime
    order_no: str | None = None
    code: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    expires_at: datetime | None = None
