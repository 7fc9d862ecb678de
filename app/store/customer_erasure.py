"""Erasing one customer's local data on request (PIPL): messages, conversations, profile, orders, tickets,
coupons, drafts, intent corrections and outbox items of one customer, and their rows in both search indexes.

Deleting from an FTS5 index only adds tombstones; the old terms stay in earlier segments until
they are merged, so the indexes are optimized afterwards and the WAL is checkpointed, with
`secure_delete` on so freed pages are overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_, select, text

from app.store.database import CacheDatabase
from app.store.intent_corrections import delete_corrections_of
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


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What was removed for the customer."""

    customer_id: int
    messages: int
    conversations: int
    orders: int
    tickets: int
    coupons: int
    drafts: int
    outbox_items: int
    profile: bool


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def erase_customer(database: CacheDatabase, customer_id: int) -> ErasureReport:
    """Remove everything cached about one customer, including unsent outbox items about them."""
    with database.write(durable=True, secure_delete=True) as session:
        conv_ids = list(
            session.scalars(select(ConversationRow.id).where(ConversationRow.customer_id == customer_id))
        )
        messages = _count(session.execute(delete(MessageRow).where(MessageRow.conversation_id.in_(conv_ids))))
        drafts = _count(session.execute(delete(DraftRow).where(DraftRow.conversation_id.in_(conv_ids))))
        delete_corrections_of(session, conv_ids)  # they hold the customer's words
        outbox = _count(
            session.execute(
                delete(OutboxRow).where(
                    or_(OutboxRow.customer_id == customer_id, OutboxRow.conversation_id.in_(conv_ids))
                )
            )
        )
        tickets = _count(session.execute(delete(TicketRow).where(TicketRow.customer_id == customer_id)))
        coupons = _count(session.execute(delete(CouponRow).where(CouponRow.customer_id == customer_id)))
        orders = _count(session.execute(delete(OrderRow).where(OrderRow.customer_id == customer_id)))
        conversations = _count(
            session.execute(delete(ConversationRow).where(ConversationRow.id.in_(conv_ids)))
        )
        profile = _count(session.execute(delete(CustomerRow).where(CustomerRow.id == customer_id))) > 0
    purge_search_residue(database)
    return ErasureReport(
        customer_id=customer_id,
        messages=messages,
        conversations=conversations,
        orders=orders,
        tickets=tickets,
        coupons=coupons,
        drafts=drafts,
        outbox_items=outbox,
        profile=profile,
    )


def purge_search_residue(database: CacheDatabase) -> None:
    """Merge the FTS segments so deleted terms are gone from disk, then checkpoint the WAL."""
    with database.write(secure_delete=True) as session:
        session.execute(text("INSERT INTO message_trigrams(message_trigrams) VALUES ('optimize')"))
        session.execute(text("INSERT INTO message_chars(message_chars) VALUES ('optimize')"))
    database.checkpoint()
