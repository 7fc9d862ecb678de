"""Routing: pick a skill group from the chat's tags, then the least-loaded online agent under cap.

VIP customers go to their own one-to-one agent, or to the VIP group while that agent is offline or
full. Chats nobody can take wait in their group's queue, ordered by anger, VIP, then wait time;
an agent who frees a slot or comes online takes the head of the queues they serve.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.agents import Presence, SkillGroup
from app.domain.conversations import ConversationStatus
from app.domain.events import EventType
from app.domain.intents import Intent
from app.shopserver.core.event_log import agent_target, group_target, record_event
from app.shopserver.core.wire import conversation_out
from app.shopserver.db.tables import AgentRow, ConversationRow

RECHARGE_CARDS = frozenset({"话费", "流量", "Q币", "QQ会员"})
GAME_CARDS = frozenset({"点卡", "Steam", "网易一卡通", "骏网一卡通", "游戏点券", "盛大一卡通", "完美一卡通"})
DELIVERY_INTENTS = frozenset({Intent.NOT_RECEIVED, Intent.CARD_INVALID})
AFTERSALE_INTENTS = frozenset(
    {
        Intent.REFUND,
        Intent.AFTERSALE_PROGRESS,
        Intent.COMPLAINT,
        Intent.PAYMENT_ISSUE,
        Intent.ACCOUNT_SECURITY,
    }
)
KNOWN_GROUPS = frozenset(str(g) for g in SkillGroup)


def queue_priority(angry: bool, vip: bool) -> int:
    """Higher first: anger outranks VIP, VIP outranks neither."""
    return (2 if angry else 0) + (1 if vip else 0)


def group_for(intent: str | None, card_type: str | None, has_game: bool = False) -> str:
    """The skill group for a chat's intent and card type."""
    gaming = card_type in GAME_CARDS or (card_type is None and has_game)
    if intent in DELIVERY_INTENTS:
        if card_type in RECHARGE_CARDS:
            return SkillGroup.RECHARGE
        return SkillGroup.GAME_CARDS if gaming else SkillGroup.AFTERSALE
    if intent in AFTERSALE_INTENTS:
        return SkillGroup.AFTERSALE
    if card_type in RECHARGE_CARDS:
        return SkillGroup.RECHARGE
    if gaming:
        return SkillGroup.GAME_CARDS
    return SkillGroup.PRESALE


class Router:
    """Routing decisions inside a write transaction."""

    def __init__(self, presence_timeout_seconds: int) -> None:
        self._presence_timeout = timedelta(seconds=presence_timeout_seconds)

    def is_online(self, agent: AgentRow, now: datetime) -> bool:
        """Online and seen recently (a closed laptop stops receiving chats)."""
        return (
            agent.presence == Presence.ONLINE
            and agent.last_seen_at is not None
            and agent.last_seen_at >= now - self._presence_timeout
        )

    def loads(self, session: Session) -> dict[str, int]:
        """Open chats per agent."""
        rows = session.execute(
            select(ConversationRow.agent_id, func.count())
            .where(ConversationRow.status == ConversationStatus.ASSIGNED)
            .group_by(ConversationRow.agent_id)
        ).all()
        return {agent_id: count for agent_id, count in rows if agent_id is not None}

    def pick_agent(
        self, session: Session, group: str, now: datetime, exclude: str | None = None
    ) -> AgentRow | None:
        """The least-loaded online agent of `group` under their cap (ties: fewest, then id)."""
        candidates = [
            a
            for a in session.scalars(select(AgentRow)).all()
            if group in a.skill_groups and a.id != exclude and self.is_online(a, now)
        ]
        if not candidates:
            return None
        loads = self.loads(session)
        free = [a for a in candidates if loads.get(a.id, 0) < a.max_concurrent]
        if not free:
            return None
        return min(free, key=lambda a: (loads.get(a.id, 0) / a.max_concurrent, loads.get(a.id, 0), a.id))

    def route(
        self,
        session: Session,
        conv: ConversationRow,
        now: datetime,
        vip_agent_id: str | None = None,
        exclude: str | None = None,
        group: str | None = None,
    ) -> None:
        """Queue the chat in its group and hand it to an agent when one is free."""
        conv.priority = queue_priority(conv.angry, conv.vip)
        if group is None and conv.vip and vip_agent_id and vip_agent_id != exclude:
            own = session.get(AgentRow, vip_agent_id)
            if own is not None and self.is_online(own, now):
                load = self.loads(session).get(own.id, 0)
                if load < own.max_concurrent:
                    self.assign(session, conv, own, now)
                    return
            group = SkillGroup.VIP
        if group is None:
            group = group_for(conv.intent, conv.card_type)
        conv.skill_group = group
        conv.status = ConversationStatus.WAITING
        conv.agent_id = None
        conv.accepted_at = None
        conv.waiting_since = now
        agent = self.pick_agent(session, group, now, exclude=exclude)
        if agent is not None:
            self.assign(session, conv, agent, now)
            return
        session.flush()
        record_event(
            session, EventType.CONVERSATION_UPDATED, conversation_out(conv), [group_target(group)], now
        )

    def assign(self, session: Session, conv: ConversationRow, agent: AgentRow, now: datetime) -> None:
        """Give the chat to the agent; their group hears it left the queue."""
        conv.status = ConversationStatus.ASSIGNED
        conv.agent_id = agent.id
        conv.assigned_at = now
        conv.accepted_at = None
        if conv.waiting_since is None:
            conv.waiting_since = now
        session.flush()
        targets = [agent_target(agent.id)]
        if conv.skill_group:
            targets.append(group_target(conv.skill_group))
        record_event(session, EventType.CONVERSATION_ASSIGNED, conversation_out(conv), targets, now)

    def queue_head(self, session: Session, groups: list[str]) -> ConversationRow | None:
        """The next chat an agent of `groups` should take."""
        return session.scalar(
            select(ConversationRow)
            .where(
                ConversationRow.status == ConversationStatus.WAITING, ConversationRow.skill_group.in_(groups)
            )
            .order_by(ConversationRow.priority.desc(), ConversationRow.waiting_since, ConversationRow.id)
            .limit(1)
        )

    def fill(self, session: Session, agent: AgentRow, now: datetime) -> int:
        """Hand waiting chats to the agent while they are online and under cap; returns how many."""
        if not self.is_online(agent, now):
            return 0
        load = self.loads(session).get(agent.id, 0)
        taken = 0
        while load < agent.max_concurrent:
            head = self.queue_head(session, list(agent.skill_groups))
            if head is None:
                break
            self.assign(session, head, agent, now)
            load += 1
            taken += 1
        return taken


def waiting_queue(session: Session, groups: list[str], limit: int) -> list[ConversationRow]:
    """Waiting chats of `groups` in queue order: anger, VIP, then longest wait."""
    return list(
        session.scalars(
            select(ConversationRow)
            .where(
                ConversationRow.status == ConversationStatus.WAITING, ConversationRow.skill_group.in_(groups)
            )
            .order_by(ConversationRow.priority.desc(), ConversationRow.waiting_since, ConversationRow.id)
            .limit(limit)
        )
    )
