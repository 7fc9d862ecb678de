"""An agent's figures for one day, computed from conversations and messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
