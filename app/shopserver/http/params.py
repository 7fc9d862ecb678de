"""Bounded path and query parameter types (ids fit the database's integer columns)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import Path

from app.domain.errors import InvalidInput

MAX_BIGINT = 2**63 - 1
MAX_INT = 2**31 - 1

ConversationId = Annotated[int, Path(ge=1, le=MAX_BIGINT, description="Conversation id", examples=[1])]
CustomerId = Annotated[int, Path(ge=1, le=MAX_INT, description="Customer id", examples=[10002])]
TicketId = Annotated[int, Path(ge=1, le=MAX_BIGINT, description="Ticket id", examples=[1])]
CouponId = Annotated[int, Path(ge=1, le=MAX_BIGINT, description="Coupon id", examples=[1])]
ArticleId = Annotated[int, Path(ge=1, le=MAX_INT, description="Article id", examples=[1])]
CampaignId = Annotated[int, Path(ge=1, le=MAX_INT, description="Campaign id", examples=[1])]
OrderNoPath = Annotated[
    str, Path(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9]+$", description="Shop order number")
]

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def as_utc(value: datetime | None, field: str) -> datetime | None:
    """A query time as aware UTC (naive means UTC), refused outside 2000–2100."""
    if value is None:
        return None
    try:
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        aware = aware.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise InvalidInput(f"{field}: out of range", field=field) from exc
    if not EARLIEST <= aware <= LATEST:
        raise InvalidInput(f"{field}: must lie between 2000 and 2100", field=field)
    return aware


def check_day(value: date, field: str) -> date:
    """A day between 2000 and 2099."""
    if not 2000 <= value.year < 2100:
        raise InvalidInput(f"{field}: must lie between 2000 and 2099", field=field)
    return value
