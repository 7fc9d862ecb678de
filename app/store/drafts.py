"""Drafts: the unsent text of each chat's input box; saved durably so a crash keeps them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.store.tables import DraftRow


@dataclass(frozen=True, slots=True)
class Draft:
    """One conversation's unsent text."""

    conversation_id: int
    text: str
    updated_at: datetime


def save_draft(session: Session, conversation_id: int, text: str, now: datetime | None = None) -> None:
    """Keep `text` as the conversation's draft (an empty text removes it).

    Run it in `CacheDatabase.write(durable=True)`: a draft exists nowhere else."""
    if not text:
        session.execute(delete(DraftRow).where(DraftRow.conversation_id == conversation_id))
        return
    at = now or datetime.now(UTC)
    statement = insert(DraftRow).values(conversation_id=conversation_id, text=text, updated_at=at)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["conversation_id"], set_={"text": text, "updated_at": at}
        )
    )


def get_draft(session: Session, conversation_id: int) -> Draft | None:
    """The conversation's draft, if any."""
    row = session.get(DraftRow, conversation_id)
    return Draft(row.conversation_id, row.text, row.updated_at) if row is not None else None


def all_drafts(session: Session) -> list[Draft]:
    """Every draft (the workspace restores them at start)."""
    rows = session.scalars(select(DraftRow).order_by(DraftRow.conversation_id))
    return [Draft(r.conversation_id, r.text, r.updated_at) for r in rows]
