"""What an agent does with chats: list, read, reply, accept, transfer, close, invite to rate."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.conversations import ConversationStatus, Resolution, Sender
from app.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.domain.events import EventType
from app.shopserver.core.access import ensure_assigned_to, ensure_readable
from app.shopserver.core.event_log import agent_target, group_target, record_event
from app.shopserver.core.routing import KNOWN_GROUPS, Router, waiting_queue
from app.shopserver.core.wire import conversation_out, message_out
from app.shopserver.db.tables import AgentRow, ConversationRow, CustomerRow, MessageRow

CSAT_INVITE_TEXT = "感谢您的耐心！请为本次服务打分（1-5 分，5 分最满意），您的评价对我们很重要。"


def audience(conv: ConversationRow) -> list[str]:
    """Who hears about changes to a conversation right now."""
    if conv.status in (ConversationStatus.ASSIGNED, ConversationStatus.CLOSED) and conv.agent_id:
        return [agent_target(conv.agent_id)]
    if conv.status == ConversationStatus.WAITING and conv.skill_group:
        return [group_target(conv.skill_group)]
    return []


def load_conversation(session: Session, conversation_id: int) -> ConversationRow:
    """The conversation or 404."""
    conv = session.get(ConversationRow, conversation_id)
    if conv is None:
        raise NotFound(f"conversation {conversation_id} does not exist", code="conversation_not_found")
    return conv


def list_conversations(session: Session, agent: Agent, status: str, limit: int) -> list[ConversationRow]:
    """`waiting` (queue order, the agent's groups), `mine` (assigned to them) or `closed` (theirs)."""
    if status == "waiting":
        groups = list(agent.skill_groups)
        if agent.is_supervisor:
            groups = sorted(KNOWN_GROUPS | set(groups))
        return waiting_queue(session, groups, limit)
    query = select(ConversationRow)
    if status == "mine":
        query = query.where(
            ConversationRow.status == ConversationStatus.ASSIGNED, ConversationRow.agent_id == agent.id
        ).order_by(ConversationRow.assigned_at, ConversationRow.id)
    else:
        query = query.where(
            ConversationRow.status == ConversationStatus.CLOSED, ConversationRow.agent_id == agent.id
        ).order_by(ConversationRow.closed_at.desc(), ConversationRow.id.desc())
    return list(session.scalars(query.limit(limit)))


def message_page(
    session: Session, agent: Agent, conversation_id: int, before: int | None, limit: int
) -> tuple[list[MessageRow], bool]:
    """Up to `limit` messages older than `before` (newest page when None), oldest first."""
    conv = load_conversation(session, conversation_id)
    ensure_readable(agent, conv)
    query = select(MessageRow).where(MessageRow.conversation_id == conversation_id)
    if before is not None:
        query = query.where(MessageRow.id < before)
    rows = list(session.scalars(query.order_by(MessageRow.id.desc()).limit(limit + 1)))
    has_more = len(rows) > limit
    return list(reversed(rows[:limit])), has_more


def add_message(
    session: Session,
    conv: ConversationRow,
    sender: Sender,
    text: str,
    now: datetime,
    agent_id: str | None = None,
    client_msg_id: str | None = None,
) -> MessageRow:
    """Store a message (text exactly as given) and tell the conversation's audience."""
    row = MessageRow(
        conversation_id=conv.id,
        sender=str(sender),
        agent_id=agent_id,
        text=text,
        client_msg_id=client_msg_id,
        created_at=now,
    )
    session.add(row)
    conv.last_message_at = now
    session.flush()
    record_event(session, EventType.MESSAGE_CREATED, message_out(row), audience(conv), now)
    return row


def post_reply(
    session: Session, agent: Agent, conversation_id: int, client_msg_id: str, text: str, now: datetime
) -> MessageRow:
    """The agent's reply in a chat assigned to them (replying also accepts it)."""
    conv = load_conversation(session, conversation_id)
    ensure_assigned_to(agent, conv)
    if conv.accepted_at is None:
        conv.accepted_at = now
    return add_message(session, conv, Sender.AGENT, text, now, agent_id=agent.id, client_msg_id=client_msg_id)


def accept(
    session: Session, router: Router, agent: Agent, conversation_id: int, now: datetime
) -> ConversationRow:
    """Take a waiting chat of one's groups (over cap is the agent's choice), or confirm one's own."""
    conv = load_conversation(session, conversation_id)
    taken_by_colleague = conv.status == ConversationStatus.ASSIGNED and conv.agent_id != agent.id
    if taken_by_colleague and (agent.is_supervisor or conv.skill_group in agent.skill_groups):
        # the agent saw it in their queue a moment ago: say why they lost the race
        raise Conflict("another agent already took this conversation", code="already_assigned")
    ensure_readable(agent, conv)
    if conv.status == ConversationStatus.ASSIGNED:
        if conv.accepted_at is None:
            conv.accepted_at = now
            session.flush()
            record_event(session, EventType.CONVERSATION_UPDATED, conversation_out(conv), audience(conv), now)
        return conv
    if conv.status != ConversationStatus.WAITING:
        raise Conflict(f"a {conv.status} conversation cannot be accepted", code="not_waiting")
    row = session.get(AgentRow, agent.id)
    assert row is not None
    router.assign(session, conv, row, now)
    conv.accepted_at = now
    return conv


def transfer(
    session: Session,
    router: Router,
    agent: Agent,
    conversation_id: int,
    now: datetime,
    to_agent: str | None,
    to_group: str | None,
) -> ConversationRow:
    """Hand one's chat to a colleague or back to a group's queue; then take the next waiting chat."""
    conv = load_conversation(session, conversation_id)
    if not (agent.is_supervisor and conv.status == ConversationStatus.ASSIGNED):
        ensure_assigned_to(agent, conv)
    previous = conv.agent_id
    conv.transfers += 1
    if to_agent is not None:
        target = session.get(AgentRow, to_agent)
        if target is None:
            raise InvalidInput(f"no agent {to_agent}", code="unknown_agent", field="agent_id")
        if target.id == previous:
            raise InvalidInput(
                "the conversation is already with this agent", code="same_agent", field="agent_id"
            )
        router.assign(session, conv, target, now)
    else:
        assert to_group is not None
        if to_group not in KNOWN_GROUPS:
            raise InvalidInput(f"no skill group {to_group}", code="unknown_group", field="group")
        router.route(session, conv, now, exclude=previous, group=to_group)
    if previous and previous != conv.agent_id:
        record_event(
            session, EventType.CONVERSATION_UPDATED, conversation_out(conv), [agent_target(previous)], now
        )
        previous_row = session.get(AgentRow, previous)
        if previous_row is not None:
            router.fill(session, previous_row, now)
    return conv


def close(
    session: Session,
    router: Router,
    agent: Agent,
    conversation_id: int,
    resolution: Resolution,
    now: datetime,
) -> ConversationRow:
    """Close one's chat with a resolution; the freed slot takes the next waiting chat."""
    conv = load_conversation(session, conversation_id)
    ensure_assigned_to(agent, conv)
    conv.status = ConversationStatus.CLOSED
    conv.closed_at = now
    conv.resolution = str(resolution)
    session.flush()
    record_event(session, EventType.CONVERSATION_CLOSED, conversation_out(conv), audience(conv), now)
    row = session.get(AgentRow, agent.id)
    if row is not None:
        router.fill(session, row, now)
    return conv


def invite_csat(session: Session, agent: Agent, conversation_id: int, now: datetime) -> ConversationRow:
    """Ask the customer to rate the service (once per conversation; also right after closing)."""
    conv = load_conversation(session, conversation_id)
    ensure_readable(agent, conv)
    if conv.agent_id != agent.id:
        raise Forbidden("only the conversation's agent can invite a rating", code="not_your_conversation")
    if conv.csat_invited_at is not None:
        raise Conflict("the customer was already invited to rate", code="csat_already_invited")
    if conv.status not in (ConversationStatus.ASSIGNED, ConversationStatus.CLOSED):
        raise Conflict("nothing to rate yet", code="not_rateable")
    conv.csat_invited_at = now
    add_message(session, conv, Sender.SYSTEM, CSAT_INVITE_TEXT, now)
    record_event(session, EventType.CONVERSATION_UPDATED, conversation_out(conv), audience(conv), now)
    return conv


def customer_of(session: Session, conv: ConversationRow) -> CustomerRow:
    """The conversation's customer."""
    customer = session.get(CustomerRow, conv.customer_id)
    assert customer is not None
    return customer
