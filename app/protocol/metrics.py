"""The server's view of an agent's day."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from app.domain.metrics import AgentMetrics


class AgentMetricsOut(BaseModel):
    """Reply times in seconds, rates in 0..1, CSAT 1..5; null when there is nothing to measure."""

    agent_id: str
    day: date
    chats_handled: int
    first_reply_seconds: float | None
    avg_reply_seconds: float | None
    first_contact_resolution: float | None
    csat: float | None
    csat_responses: int
    sla_breaches: int
    sla_seconds: int

    @classmethod
    def from_domain(cls, metrics: AgentMetrics) -> AgentMetricsOut:
        """Wire form of domain metrics."""
        return cls.model_validate(metrics, from_attributes=True)

    def to_domain(self) -> AgentMetrics:
        """Domain form (for the client)."""
        return AgentMetrics(**self.model_dump())
