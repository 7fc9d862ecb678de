"""Login, the agent's own account and presence."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.agents import Agent, AgentRole, Presence
from app.protocol.text import AgentId, StorableStr


class LoginRequest(BaseModel):
    """Credentials of one staff account."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"username": "agent01", "password": "kefu123"}]}
    )

    username: AgentId
    password: Annotated[StorableStr, Field(min_length=1, max_length=256)]


class AgentOut(BaseModel):
    """A staff account as the client sees it (coupon_limit in yuan)."""

    id: str
    name: str
    role: AgentRole
    skill_groups: list[str]
    vip_desk: bool
    coupon_limit: float
    max_concurrent: int
    presence: Presence
    load: int | None = None

    @classmethod
    def from_domain(cls, agent: Agent, load: int | None = None) -> AgentOut:
        """Wire form of a domain agent."""
        return cls(
            id=agent.id,
            name=agent.name,
            role=agent.role,
            skill_groups=list(agent.skill_groups),
            vip_desk=agent.vip_desk,
            coupon_limit=agent.coupon_limit,
            max_concurrent=agent.max_concurrent,
            presence=agent.presence,
            load=load,
        )

    def to_domain(self) -> Agent:
        """Domain form (for the client)."""
        return Agent(
            id=self.id,
            name=self.name,
            role=self.role,
            skill_groups=tuple(self.skill_groups),
            vip_desk=self.vip_desk,
            coupon_limit=self.coupon_limit,
            max_concurrent=self.max_concurrent,
            presence=self.presence,
        )


class LoginResponse(BaseModel):
    """A bearer token, when it expires, and who logged in."""

    token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    agent: AgentOut


class PresenceUpdate(BaseModel):
    """Online agents receive routed chats; away agents keep theirs but get no new ones."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "online"}]})

    status: Literal["online", "away"]


class AgentList(BaseModel):
    """Colleagues (transfer targets) with their presence and current load."""

    agents: list[AgentOut]
