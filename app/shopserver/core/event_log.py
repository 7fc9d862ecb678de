"""The event feed in the database: append within a write, read after a cursor for one agent."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.agents import Agent, SkillGroup
from app.domain.events import EventType
from app.protocol.events import EventOut
from app.shopserver.core.recent_events import CommittedEvent
from app.shopserver.db.tables import EventRow, EventTargetRow
from app.shopserver.db.transactions import PENDING_EVENTS

ALL = "all"
SUPERVISORS = "role:supervisor"


def agent_target(agent_id: str) -> str:
    """The target of events meant for one agent."""
    return f"agent:{agent_id}"


def group_target(group: str) -> str:
    """The target of events meant for everyone in a skill group."""
    return f"group:{group}"


def targets_of(agent: Agent) -> frozenset[str]:
    """Every target an agent reads: their own, their groups', everyone's; supervisors read every group."""
    targets = {agent_target(agent.id), ALL}
    targets.update(group_target(g) for g in agent.skill_groups)
    if agent.is_supervisor:
        targets.add(SUPERVISORS)
        targets.update(group_target(g) for g in SkillGroup)
    return frozenset(targets)


def record_event(
    session: Session,
    event_type: EventType,
    data: BaseModel | dict[str, Any],
    targets: Iterable[str],
    at: datetime,
) -> int:
    """Append an event inside the current write; returns its seq."""
    wanted = {t for t in targets if t}
    if not wanted:
        return 0
    payload = data.model_dump(mode="json") if isinstance(data, BaseModel) else data
    row = EventRow(type=str(event_type), at=at, payload=payload)
    session.add(row)
    session.flush()
    session.add_all(EventTargetRow(target=t, seq=row.seq) for t in sorted(wanted))
    event = EventOut(seq=row.seq, type=event_type, at=at, data=payload)
    session.info.setdefault(PENDING_EVENTS, []).append(CommittedEvent(event, frozenset(wanted)))
    return row.seq


def read_events(session: Session, targets: Iterable[str], after: int, limit: int) -> list[EventOut]:
    """Events for any of `targets` with seq > after, oldest first, at most `limit`."""
    wanted = sorted(set(targets))
    seqs = (
        select(EventTargetRow.seq)
        .where(EventTargetRow.target.in_(wanted), EventTargetRow.seq > after)
        .distinct()
        .order_by(EventTargetRow.seq)
        .limit(limit)
        .scalar_subquery()
    )
    rows = session.scalars(select(EventRow).where(EventRow.seq.in_(seqs)).order_by(EventRow.seq)).all()
    return [EventOut(seq=r.seq, type=EventType(r.type), at=r.at, data=r.payload) for r in rows]


def latest_seq(session: Session) -> int:
    """The newest seq in the feed (0 when empty)."""
    return session.scalar(select(func.max(EventRow.seq))) or 0
