"""Agents (客服), VIP one-to-one desks and supervisors, as the shop server knows them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AgentRole(StrEnum):
    """What an account may do: answer chats, own VIP customers, or also approve coupons."""

    AGENT = "agent"
    VIP = "vip"
    SUPERVISOR = "supervisor"


class Presence(StrEnum):
    """Whether routing may assign new chats to the agent."""

    ONLINE = "online"
    AWAY = "away"
    OFFLINE = "offline"


class SkillGroup(StrEnum):
    """The queues chats are routed to."""

    PRESALE = "presale"
    RECHARGE = "recharge"
    GAME_CARDS = "game_cards"
    AFTERSALE = "aftersale"
    VIP = "vip"


@dataclass(frozen=True, slots=True)
class Agent:
    """One staff account; `coupon_limit` is in yuan (above it a supervisor approves)."""

    id: str
    name: str
    role: AgentRole
    skill_groups: tuple[str, ...]
    vip_desk: bool
    coupon_limit: float
    max_concurrent: int
    presence: Presence = Presence.OFFLINE
    last_seen_at: datetime | None = None

    @property
    def is_supervisor(self) -> bool:
        """Supervisors read every conversation and approve coupons."""
        return self.role is AgentRole.SUPERVISOR
