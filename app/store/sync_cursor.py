"""The event cursor: the last seq applied, per server and agent, written with the changes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.store.tables import SyncCursorRow


def get_cursor(session: Session, server: str, agent_id: str) -> int:
    """The last applied seq (0 when nothing was applied yet)."""
    row = session.get(SyncCursorRow, (server, agent_id))
    return row.seq if row is not None else 0


def set_cursor(session: Session, server: str, agent_id: str, seq: int, now: datetime | None = None) -> None:
    """Record `seq` as applied; call it inside the transaction that applied the events."""
    at = now or datetime.now(UTC)
    statement = insert(SyncCursorRow).values(server=server, agent_id=agent_id, seq=seq, updated_at=at)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["server", "agent_id"], set_={"seq": seq, "updated_at": at}
        )
    )
