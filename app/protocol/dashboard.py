"""The dashboard on the wire: an agent's day by hour and week, CSAT answers, the team, the live queue."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from app.domain.metrics import AgentDashboard, CsatResult, HourMetrics
from app.domain.supervision import AgentLoad, LiveQueue, TeamMember, WaitingChat
from app.protocol.metrics import AgentMetricsOut


class HourMetricsOut(BaseModel):
    """One shop-local hour (0..23) of the agent's day."""

    hour: int
    chats_handled: int
    first_reply_seconds: float | None
    avg_reply_seconds: float | None
    csat: float | None
    sla_breaches: int


class AgentDashboardOut(BaseModel):
    """The day's figures, 24 hourly buckets and the seven days ending on the day (oldest first)."""

    today: AgentMetricsOut
    hours: list[HourMetricsOut]
    week: list[AgentMetricsOut]

    @classmethod
    def from_domain(cls, board: AgentDashboard) -> AgentDashboardOut:
        """Wire form."""
        return cls(
            today=AgentMetricsOut.from_domain(board.today),
            hours=[HourMetricsOut.model_validate(h, from_attributes=True) for h in board.hours],
            week=[AgentMetricsOut.from_domain(d) for d in board.week],
        )

    def to_domain(self) -> AgentDashboard:
        """Domain form (for the client)."""
        return AgentDashboard(
            today=self.today.to_domain(),
            hours=tuple(HourMetrics(**h.model_dump()) for h in self.hours),
            week=tuple(d.to_domain() for d in self.week),
        )


class CsatResultOut(BaseModel):
    """A customer's rating (1..5) and comment of a chat closed on the day."""

    conversation_id: int
    agent_id: str
    score: int
    comment: str | None
    closed_at: datetime


class CsatResultList(BaseModel):
    """The day's ratings, in closing order."""

    results: list[CsatResultOut]

    @classmethod
    def from_domain(cls, results: list[CsatResult]) -> CsatResultList:
        """Wire form."""
        return cls(results=[CsatResultOut.model_validate(r, from_attributes=True) for r in results])

    def to_domain(self) -> list[CsatResult]:
        """Domain form (for the client)."""
        return [CsatResult(**r.model_dump()) for r in self.results]


class AgentLoadOut(BaseModel):
    """An agent's presence and open chats now."""

    agent_id: str
    name: str
    presence: str
    open_chats: int
    max_concurrent: int


class TeamMemberOut(BaseModel):
    """A row of the supervisor's team table."""

    load: AgentLoadOut
    metrics: AgentMetricsOut


class TeamTable(BaseModel):
    """Every agent's load and figures for the day."""

    members: list[TeamMemberOut]

    @classmethod
    def from_domain(cls, members: list[TeamMember]) -> TeamTable:
        """Wire form."""
        return cls(
            members=[
                TeamMemberOut(
                    load=AgentLoadOut.model_validate(m.load, from_attributes=True),
                    metrics=AgentMetricsOut.from_domain(m.metrics),
                )
                for m in members
            ]
        )

    def to_domain(self) -> list[TeamMember]:
        """Domain form (for the client)."""
        return [TeamMember(AgentLoad(**m.load.model_dump()), m.metrics.to_domain()) for m in self.members]


class WaitingChatOut(BaseModel):
    """A chat waiting for an agent."""

    conversation_id: int
    customer_id: int
    skill_group: str | None
    intent: str | None
    vip: bool
    angry: bool
    waiting_seconds: float


class LiveQueueOut(BaseModel):
    """Waiting chats in routing order and every agent's load."""

    waiting: list[WaitingChatOut]
    agents: list[AgentLoadOut]

    @classmethod
    def from_domain(cls, queue: LiveQueue) -> LiveQueueOut:
        """Wire form."""
        return cls(
            waiting=[WaitingChatOut.model_validate(w, from_attributes=True) for w in queue.waiting],
            agents=[AgentLoadOut.model_validate(a, from_attributes=True) for a in queue.agents],
        )

    def to_domain(self) -> LiveQueue:
        """Domain form (for the client)."""
        return LiveQueue(
            waiting=tuple(WaitingChat(**w.model_dump()) for w in self.waiting),
            agents=tuple(AgentLoad(**a.model_dump()) for a in self.agents),
        )
