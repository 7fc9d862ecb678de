"""The agent's own quick replies, kept only in the local cache."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.learning import QuickReply
from app.store.tables import QuickReplyRow


def _to_domain(row: QuickReplyRow) -> QuickReply:
    return QuickReply(row.id, row.shortcut, row.title, row.body, row.updated_at)


def save_quick_reply(
    session: Session, agent_id: str, reply_id: int | None, shortcut: str, title: str, body: str, now: datetime
) -> QuickReply:
    """Add a reply (`reply_id` None) or change one of the agent's own."""
    row = session.get(QuickReplyRow, reply_id) if reply_id is not None else None
    if row is None or row.agent_id != agent_id:
        row = QuickReplyRow(agent_id=agent_id)
        session.add(row)
    row.shortcut, row.title, row.body, row.updated_at = shortcut, title, body, now
    session.flush()
    return _to_domain(row)


def delete_quick_reply(session: Session, agent_id: str, reply_id: int) -> bool:
    """Remove one of the agent's replies; False when it was not theirs or is gone."""
    result = session.execute(
        delete(QuickReplyRow).where(QuickReplyRow.id == reply_id, QuickReplyRow.agent_id == agent_id)
    )
    return bool(getattr(result, "rowcount", 0))


def quick_replies(session: Session, agent_id: str) -> list[QuickReply]:
    """The agent's replies by shortcut."""
    rows = session.scalars(
        select(QuickReplyRow)
        .where(QuickReplyRow.agent_id == agent_id)
        .order_by(QuickReplyRow.shortcut, QuickReplyRow.id)
    )
    return [_to_domain(r) for r in rows]
