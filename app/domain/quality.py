"""Quality review (质检): a daily sample of closed chats with automatic flags, reviewed by supervisors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class QaFlag(StrEnum):
    """Why a closed chat deserves a supervisor's look."""

    ANGER_NOT_CALMED = "anger_not_calmed"
    SLOW_FIRST_REPLY = "slow_first_reply"
    LOW_CSAT = "low_csat"
    COUPON_ABOVE_POLICY = "coupon_above_policy"


@dataclass(frozen=True, slots=True)
class QaItem:
    """One sampled chat: its automatic flags and, once reviewed, who did it and their note."""

    conversation_id: int
    agent_id: str
    customer_id: int
    closed_at: datetime
    intent: str | None
    flags: tuple[QaFlag, ...]
    first_reply_seconds: float | None
    csat_score: int | None
    csat_comment: str | None
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    note: str | None = None
