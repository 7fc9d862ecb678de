"""The local retention limit: data older than N days (180 by default) leaves the cache.

Old messages, closed conversations, orders (with deliveries), tickets, coupons, finished outbox
items and profiles nobody refers to any more are deleted in short batches, search rows included
(triggers). Pending outbox items and drafts of open chats are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Delete, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from app.store.database import CacheDatabase
from app.store.outbox import OutboxState
from app.store.tables import (
    ConversationRow,
    CouponRow,
    CustomerRow,
    DraftRow,
    MessageRow,
    OrderRow,
    OutboxRow,
    TicketRow,
)

DEFAULT_RETENTION_DAYS = 180
BATCH_ROWS = 5000


@dataclass
class RetentionReport:
    """How many rows of each kind were deleted."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, count: int) -> None:
        """Count `count` more deleted rows of `kind`."""
        self.counts[kind] = self.counts.get(kind, 0) + count

    @property
    def total(self) -> int:
        """All deleted rows."""
        return sum(self.counts.values())


def _delete_old_messages(session: Session, cutoff: datetime) -> int:
    ids = list(session.scalars(select(MessageRow.id).where(MessageRow.created_at < cutoff).limit(BATCH_ROWS)))
    if ids:
        session.execute(delete(MessageRow).where(MessageRow.id.in_(ids)))
    return len(ids)


def _deleted(session: Session, statement: Delete) -> int:
    return int(getattr(session.execute(statement), "rowcount", 0) or 0)


def _delete_rest(session: Session, cutoff: datetime, report: RetentionReport) -> None:
    ended = func.coalesce(
        ConversationRow.closed_at, ConversationRow.last_message_at, ConversationRow.opened_at
    )
    old_conversations = select(ConversationRow.id).where(ConversationRow.status == "closed", ended < cutoff)
    conv_ids = list(session.scalars(old_conversations))
    if conv_ids:
        report.add(
            "messages", _deleted(session, delete(MessageRow).where(MessageRow.conversation_id.in_(conv_ids)))
        )
        _deleted(session, delete(DraftRow).where(DraftRow.conversation_id.in_(conv_ids)))
        report.add(
            "conversations",
            _deleted(session, delete(ConversationRow).where(ConversationRow.id.in_(conv_ids))),
        )
    report.add("orders", _deleted(session, delete(OrderRow).where(OrderRow.created_at < cutoff)))
    report.add("tickets", _deleted(session, delete(TicketRow).where(TicketRow.created_at < cutoff)))
    report.add("coupons", _deleted(session, delete(CouponRow).where(CouponRow.created_at < cutoff)))
    finished = (OutboxState.SENT.value, OutboxState.FAILED.value)
    report.add(
        "outbox",
        _deleted(
            session, delete(OutboxRow).where(OutboxRow.state.in_(finished), OutboxRow.updated_at < cutoff)
        ),
    )
    referenced = or_(
        exists().where(ConversationRow.customer_id == CustomerRow.id),
        exists().where(OrderRow.customer_id == CustomerRow.id),
    )
    report.add(
        "customers",
        _deleted(session, delete(CustomerRow).where(and_(CustomerRow.fetched_at < cutoff, ~referenced))),
    )


def apply_retention(
    database: CacheDatabase, *, days: int = DEFAULT_RETENTION_DAYS, now: datetime | None = None
) -> RetentionReport:
    """Delete what is older than `days`, in write transactions of at most `BATCH_ROWS` messages."""
    if days < 1:
        raise ValueError("the retention limit is at least one day")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    report = RetentionReport()
    while True:
        with database.write() as session:
            deleted = _delete_old_messages(session, cutoff)
        report.add("messages", deleted)
        if deleted < BATCH_ROWS:
            break
    with database.write() as session:
        _delete_rest(session, cutoff, report)
    return report
