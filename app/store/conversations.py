"""Cached conversations: upsert from the server, list for the workspace, track missing history."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.conversations import Conversation, ConversationStatus, Resolution
from app.store.tables import ConversationRow

_FIELDS = (
    "customer_id",
    "status",
    "opened_at",
    "agent_id",
    "vip",
    "angry",
    "anger",
    "priority",
    "intent",
    "card_type",
    "order_no",
    "order_status",
    "handoff_reason",
    "waiting_since",
    "assigned_at",
    "accepted_at",
    "closed_at",
    "resolution",
    "last_message_at",
    "csat_invited_at",
    "csat_score",
)


def upsert_conversation(session: Session, conversation: Conversation, now: datetime | None = None) -> bool:
    """Store the server's view of a conversation; True when it was not cached before.

    A new conversation starts with `history_complete` false, so its transcript gets fetched."""
    row = session.get(ConversationRow, conversation.id)
    created = row is None
    if row is None:
        row = ConversationRow(id=conversation.id, history_complete=False)
        session.add(row)
    for name in _FIELDS:
        value = getattr(conversation, name)
        setattr(row, name, str(value) if name in ("status", "resolution") and value is not None else value)
    row.skill_group = conversation.group
    row.fetched_at = now or datetime.now(UTC)
    return created


def _to_domain(row: ConversationRow) -> Conversation:
    return Conversation(
        id=row.id,
        customer_id=row.customer_id,
        status=ConversationStatus(row.status),
        opened_at=row.opened_at,
        group=row.skill_group,
        agent_id=row.agent_id,
        vip=row.vip,
        angry=row.angry,
        anger=row.anger,
        priority=row.priority,
        intent=row.intent,
        card_type=row.card_type,
        order_no=row.order_no,
        order_status=row.order_status,
        handoff_reason=row.handoff_reason,
        waiting_since=row.waiting_since,
        assigned_at=row.assigned_at,
        accepted_at=row.accepted_at,
        closed_at=row.closed_at,
        resolution=Resolution(row.resolution) if row.resolution else None,
        last_message_at=row.last_message_at,
        csat_invited_at=row.csat_invited_at,
        csat_score=row.csat_score,
    )


def get_conversation(session: Session, conversation_id: int) -> Conversation | None:
    """One cached conversation."""
    row = session.get(ConversationRow, conversation_id)
    return _to_domain(row) if row is not None else None


def list_conversations(
    session: Session,
    *,
    status: ConversationStatus | None = None,
    agent_id: str | None = None,
    limit: int = 500,
) -> list[Conversation]:
    """Cached conversations, most recently active first."""
    query = select(ConversationRow)
    if status is not None:
        query = query.where(ConversationRow.status == str(status))
    if agent_id is not None:
        query = query.where(ConversationRow.agent_id == agent_id)
    query = query.order_by(ConversationRow.last_message_at.desc(), ConversationRow.id.desc()).limit(limit)
    return [_to_domain(r) for r in session.scalars(query)]


def conversations_missing_history(session: Session, limit: int = 50) -> list[int]:
    """Conversations whose earlier messages (bot phase, before assignment) were not fetched yet."""
    query = (
        select(ConversationRow.id)
        .where(ConversationRow.history_complete.is_(False))
        .order_by(ConversationRow.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def mark_history_complete(session: Session, conversation_id: int) -> None:
    """The transcript up to now is cached; later messages arrive as events."""
    session.execute(
        update(ConversationRow).where(ConversationRow.id == conversation_id).values(history_complete=True)
    )
