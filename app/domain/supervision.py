"""What supervisors watch: the team's figures and the live queue."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.metrics import AgentMetrics


@dataclass(frozen=True, slots=True)
class AgentLoad:
    """One agent's presence and open chats right now."""

    agent_id: str
    name: str
    presence: str
    open_chats: int
    max_concurrent: int


@dataclass(frozen=True, slots=True)
class TeamMember:
    """One agent's load now and figures for the day."""

    load: AgentLoad
    metrics: AgentMetrics


@dataclass(frozen=True, slots=True)
class WaitingChat:
    """A chat nobody has answered yet, as the supervisor sees it."""

    conversation_id: int
    customer_id: int
    skill_group: str | None
    intent: str | None
    vip: bool
    angry: bool
    waiting_seconds: float


@dataclass(frozen=True, slots=True)
class LiveQueue:
    """Who waits (by priority) and how loaded each agent is right now."""

    waiting: tuple[WaitingChat, ...]
    agents: tuple[AgentLoad, ...]
