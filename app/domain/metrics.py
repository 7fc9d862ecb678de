"""An agent's figures for one day, computed from conversations and messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class AgentMetrics:
    """Reply times in seconds, rates in 0..1, CSAT on 1..5 (None when nothing to measure)."""

    agent_id: str
    day: date
    chats_handled: int
    first_reply_seconds: float | None
    avg_reply_seconds: float | None
    first_contact_resolution: float | None
    csat: float | None
    csat_responses: int
    sla_breaches: int
    sla_seconds: int = 10


@dataclass(frozen=True, slots=True)
class HourMetrics:
    """The same figures for one shop-local hour of the day (0..23)."""

    hour: int
    chats_handled: int
    first_reply_seconds: float | None
    avg_reply_seconds: float | None
    csat: float | None
    sla_breaches: int


@dataclass(frozen=True, slots=True)
class AgentDashboard:
    """An agent's day by hour and the seven days up to it (oldest first, the day itself last)."""

    today: AgentMetrics
    hours: tuple[HourMetrics, ...]
    week: tuple[AgentMetrics, ...]


@dataclass(frozen=True, slots=True)
class CsatResult:
    """A customer's answer to a satisfaction invite."""

    conversation_id: int
    agent_id: str
    score: int
    comment: str | None
    closed_at: datetime
