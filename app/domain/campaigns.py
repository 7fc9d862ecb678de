"""The shop's promotion campaigns: a card agents put into a chat when customers ask about discounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Campaign:
    """A running promotion with the coupon it hands out (`coupon_amount` in yuan)."""

    id: int
    title: str
    body: str
    coupon_template_id: str
    coupon_amount: float
    starts_at: datetime
    ends_at: datetime
