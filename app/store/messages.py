"""Cached messages: stored once per server id, read per conversation oldest first."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.domain.conversations import Message, Sender
from app.store.tables import MessageRow


def store_message(
    session: Session, message: Message, *, seq: int | None = None, now: datetime | None = None
) -> bool:
    """Insert the message unless its id is cached already; True when it was new."""
    statement = (
        insert(MessageRow)
        .values(
            id=message.id,
            conversation_id=message.conversation_id,
            sender=str(message.sender),
            text=message.text,
            created_at=message.created_at,
            agent_id=message.agent_id,
            client_msg_id=message.client_msg_id,
            seq=seq,
            cached_at=now or datetime.now(UTC),
        )
        .on_conflict_do_nothing(index_elements=["id"])
    )
    return session.execute(statement).rowcount == 1  # type: ignore[attr-defined]


def to_domain(row: MessageRow) -> Message:
    """The domain form of a cached row."""
    return Message(
        id=row.id,
        conversation_id=row.conversation_id,
        sender=Sender(row.sender),
        text=row.text,
        created_at=row.created_at,
        agent_id=row.agent_id,
        client_msg_id=row.client_msg_id,
    )


def get_message(session: Session, message_id: int) -> Message | None:
    """One cached message."""
    row = session.get(MessageRow, message_id)
    return to_domain(row) if row is not None else None


def message_seq(session: Session, message_id: int) -> int | None:
    """The event seq that brought the message (None when fetched with a transcript or a reply)."""
    return session.scalar(select(MessageRow.seq).where(MessageRow.id == message_id))


def messages_of(
    session: Session, conversation_id: int, *, before_id: int | None = None, limit: int = 100
) -> list[Message]:
    """The newest `limit` messages older than `before_id` (all when None), oldest first."""
    query = select(MessageRow).where(MessageRow.conversation_id == conversation_id)
    if before_id is not None:
        query = query.where(MessageRow.id < before_id)
    rows = list(session.scalars(query.order_by(MessageRow.id.desc()).limit(limit)))
    return [to_domain(r) for r in reversed(rows)]


def message_ids_of(session: Session, conversation_id: int) -> list[int]:
    """Every cached message id of a conversation, ascending."""
    query = select(MessageRow.id).where(MessageRow.conversation_id == conversation_id).order_by(MessageRow.id)
    return list(session.scalars(query))


def count_messages(session: Session) -> int:
    """How many messages are cached."""
    return session.scalar(select(func.count()).select_from(MessageRow)) or 0
