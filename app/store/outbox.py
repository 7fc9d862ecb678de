"""The durable outbox table: every write the agent makes is stored here first, then sent in order.

Each item has a client id (the `client_msg_id` or `Idempotency-Key` the server deduplicates on)
and a lane: items of one lane (one conversation) go out strictly in `id` order; a failed (4xx)
item no longer holds its lane up, a retrying one does. Add items in `write(durable=True)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from app.store.tables import OutboxRow


class OutboxState(StrEnum):
    """Where an item stands; the UI shows it next to the message, coupon or ticket."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class OutboxKind(StrEnum):
    """What the item asks the server to do."""

    MESSAGE = "message"
    COUPON = "coupon"
    TICKET = "ticket"
    TRANSFER = "transfer"
    CLOSE = "close"
    CSAT_INVITE = "csat_invite"
    KB_FEEDBACK = "kb_feedback"


PENDING_STATES = (OutboxState.QUEUED.value, OutboxState.SENDING.value)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One stored write and what became of it (`result` is the server's answer once sent)."""

    id: int
    client_id: str
    kind: OutboxKind
    lane: str
    payload: dict[str, Any]
    state: OutboxState
    attempts: int
    created_at: datetime
    updated_at: datetime
    conversation_id: int | None = None
    customer_id: int | None = None
    next_attempt_at: datetime | None = None
    http_status: int | None = None
    error_code: str | None = None
    error_message: str | None = None
    result: dict[str, Any] | None = None

    @property
    def pending(self) -> bool:
        """Still to be sent (queued, or sending when the app stopped)."""
        return self.state in (OutboxState.QUEUED, OutboxState.SENDING)


def _to_item(row: OutboxRow) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        client_id=row.client_id,
        kind=OutboxKind(row.kind),
        lane=row.lane,
        payload=dict(row.payload or {}),
        state=OutboxState(row.state),
        attempts=row.attempts,
        created_at=row.created_at,
        updated_at=row.updated_at,
        conversation_id=row.conversation_id,
        customer_id=row.customer_id,
        next_attempt_at=row.next_attempt_at,
        http_status=row.http_status,
        error_code=row.error_code,
        error_message=row.error_message,
        result=dict(row.result) if row.result is not None else None,
    )


def lane_for(kind: OutboxKind, conversation_id: int | None, client_id: str) -> str:
    """Writes about one conversation share its lane; others go alone."""
    if conversation_id is not None:
        return f"conversation:{conversation_id}"
    return f"{kind}:{client_id}"


def add_item(
    session: Session,
    *,
    kind: OutboxKind,
    client_id: str,
    payload: dict[str, Any],
    conversation_id: int | None = None,
    customer_id: int | None = None,
    now: datetime | None = None,
) -> OutboxItem:
    """Store a new queued write."""
    at = now or datetime.now(UTC)
    row = OutboxRow(
        client_id=client_id,
        kind=str(kind),
        lane=lane_for(kind, conversation_id, client_id),
        conversation_id=conversation_id,
        customer_id=customer_id,
        payload=payload,
        state=OutboxState.QUEUED.value,
        attempts=0,
        created_at=at,
        updated_at=at,
    )
    session.add(row)
    session.flush()
    return _to_item(row)


def get_item(session: Session, item_id: int) -> OutboxItem | None:
    """One item by its local id."""
    row = session.get(OutboxRow, item_id)
    return _to_item(row) if row is not None else None


def find_item(session: Session, client_id: str) -> OutboxItem | None:
    """One item by its client id."""
    row = session.scalar(select(OutboxRow).where(OutboxRow.client_id == client_id))
    return _to_item(row) if row is not None else None


def find_pending_twin(
    session: Session, kind: OutboxKind, payload: dict[str, Any], conversation_id: int | None = None
) -> OutboxItem | None:
    """A pending item of the same kind, conversation and payload (a double click), if any."""
    query = select(OutboxRow).where(OutboxRow.kind == str(kind), OutboxRow.state.in_(PENDING_STATES))
    if conversation_id is None:
        query = query.where(OutboxRow.conversation_id.is_(None))
    else:
        query = query.where(OutboxRow.conversation_id == conversation_id)
    rows = session.scalars(query)
    for row in rows:
        if row.payload == payload:
            return _to_item(row)
    return None


def lane_heads(session: Session, now: datetime | None = None) -> list[OutboxItem]:
    """The first pending item of every lane that is due now (oldest first)."""
    at = now or datetime.now(UTC)
    inner = aliased(OutboxRow)
    first_of_lane = (
        select(func.min(inner.id))
        .where(inner.lane == OutboxRow.lane, inner.state.in_(PENDING_STATES))
        .scalar_subquery()
    )
    rows = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.state.in_(PENDING_STATES), OutboxRow.id == first_of_lane)
        .order_by(OutboxRow.id)
    )
    heads = [_to_item(r) for r in rows]
    return [h for h in heads if h.next_attempt_at is None or h.next_attempt_at <= at]


def next_attempt_time(session: Session) -> datetime | None:
    """When the earliest waiting retry of any lane head is due (None: nothing is waiting)."""
    inner = aliased(OutboxRow)
    first_of_lane = (
        select(func.min(inner.id))
        .where(inner.lane == OutboxRow.lane, inner.state.in_(PENDING_STATES))
        .scalar_subquery()
    )
    return session.scalar(
        select(func.min(OutboxRow.next_attempt_at)).where(
            OutboxRow.state.in_(PENDING_STATES), OutboxRow.id == first_of_lane
        )
    )


def _update(session: Session, item_id: int, now: datetime | None, **values: Any) -> OutboxItem:
    values["updated_at"] = now or datetime.now(UTC)
    session.execute(update(OutboxRow).where(OutboxRow.id == item_id).values(**values))
    item = get_item(session, item_id)
    assert item is not None, f"outbox item {item_id} vanished"
    return item


def mark_sending(session: Session, item_id: int, now: datetime | None = None) -> OutboxItem:
    """An attempt starts."""
    return _update(session, item_id, now, state=OutboxState.SENDING.value, attempts=OutboxRow.attempts + 1)


def claim_for_sending(session: Session, item_id: int, now: datetime | None = None) -> OutboxItem | None:
    """Start an attempt if the item is still pending; None when it was sent or failed meanwhile."""
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == item_id, OutboxRow.state.in_(PENDING_STATES))
        .values(
            state=OutboxState.SENDING.value,
            attempts=OutboxRow.attempts + 1,
            updated_at=now or datetime.now(UTC),
        )
    )
    if not getattr(result, "rowcount", 0):
        return None
    return get_item(session, item_id)


def mark_sent(
    session: Session, item_id: int, status: int, result: dict[str, Any], now: datetime | None = None
) -> OutboxItem:
    """The server applied it (or replayed the first answer); `result` is its response body."""
    return _update(
        session,
        item_id,
        now,
        state=OutboxState.SENT.value,
        http_status=status,
        result=result,
        next_attempt_at=None,
        error_code=None,
        error_message=None,
    )


def mark_failed(
    session: Session, item_id: int, status: int | None, code: str, message: str, now: datetime | None = None
) -> OutboxItem:
    """The server refused it for good (4xx); the reason is kept for the agent."""
    return _update(
        session,
        item_id,
        now,
        state=OutboxState.FAILED.value,
        http_status=status,
        error_code=code,
        error_message=message,
        next_attempt_at=None,
    )


def schedule_retry(
    session: Session,
    item_id: int,
    next_attempt_at: datetime | None,
    *,
    status: int | None,
    code: str,
    message: str,
    now: datetime | None = None,
) -> OutboxItem:
    """Back to queued after a transient failure, not before `next_attempt_at`."""
    return _update(
        session,
        item_id,
        now,
        state=OutboxState.QUEUED.value,
        next_attempt_at=next_attempt_at,
        http_status=status,
        error_code=code,
        error_message=message,
    )


def requeue_failed(
    session: Session, item_id: int, new_client_id: str, now: datetime | None = None
) -> OutboxItem:
    """The agent pressed retry on a failed item: queue it again under a fresh client id.

    The server remembers the refusal under the old key, so the same key would only replay it."""
    return _update(
        session,
        item_id,
        now,
        state=OutboxState.QUEUED.value,
        client_id=new_client_id,
        next_attempt_at=None,
        http_status=None,
        error_code=None,
        error_message=None,
    )


def release_interrupted(session: Session, now: datetime | None = None) -> int:
    """Items left `sending` by a stopped or killed app go back to queued (same key: sent once)."""
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.state == OutboxState.SENDING.value)
        .values(state=OutboxState.QUEUED.value, next_attempt_at=None, updated_at=now or datetime.now(UTC))
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def clear_retry_delays(session: Session) -> int:
    """Make every waiting retry due now (the server is reachable again)."""
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.state.in_(PENDING_STATES), OutboxRow.next_attempt_at.is_not(None))
        .values(next_attempt_at=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def list_items(
    session: Session,
    *,
    states: tuple[OutboxState, ...] | None = None,
    conversation_id: int | None = None,
    limit: int = 1000,
) -> list[OutboxItem]:
    """Items in send order, optionally of some states or one conversation."""
    query = select(OutboxRow)
    if states is not None:
        query = query.where(OutboxRow.state.in_([str(s) for s in states]))
    if conversation_id is not None:
        query = query.where(OutboxRow.conversation_id == conversation_id)
    return [_to_item(r) for r in session.scalars(query.order_by(OutboxRow.id).limit(limit))]


def count_by_state(session: Session) -> dict[OutboxState, int]:
    """How many items are in each state."""
    rows = session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
    counts = dict.fromkeys(OutboxState, 0)
    for state, count in rows:
        counts[OutboxState(state)] = int(count)
    return counts
