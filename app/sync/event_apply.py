"""Applies a batch of events to the cache and moves the cursor in the same transaction.

A crash before the commit loses both the changes and the cursor move, so the events come again;
a crash after it keeps both, so nothing is applied twice. Events at or below the cursor (sent
again after a reconnect) are counted and ignored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.domain.campaigns import Campaign
from app.domain.conversations import Conversation, Message
from app.domain.coupons import Coupon
from app.domain.customers import Customer
from app.domain.knowledge import KbArticle
from app.domain.orders import Order
from app.domain.quality import QaItem
from app.domain.tickets import Ticket
from app.store import campaigns, conversations, coupons, customers, knowledge, messages, orders, tickets
from app.store.sync_cursor import get_cursor, set_cursor
from app.sync.changes import SyncChanges
from app.sync.event_decode import IncomingEvent

log = logging.getLogger(__name__)


@dataclass
class ApplyOutcome:
    """What one batch did."""

    cursor: int
    applied: int = 0
    redelivered: int = 0
    skipped: int = 0
    duplicates: int = 0
    new_messages: list[Message] = field(default_factory=list)
    history_needed: bool = False
    changes: SyncChanges = field(default_factory=SyncChanges)


def _apply_one(session: Session, event: IncomingEvent, outcome: ApplyOutcome, now: datetime) -> None:
    payload = event.payload
    changes = outcome.changes
    if isinstance(payload, Message):
        if messages.store_message(session, payload, seq=event.seq, now=now):
            outcome.new_messages.append(payload)
        elif messages.message_seq(session, payload.id) is not None:
            # The same message reached us in two different events: the server doubled it.
            outcome.duplicates += 1
            log.warning("message %s arrived again in event %s; kept once", payload.id, event.seq)
        if conversations.get_conversation(session, payload.conversation_id) is None:
            outcome.history_needed = True
        changes.messages.add(payload.id)
        changes.conversations.add(payload.conversation_id)
    elif isinstance(payload, Conversation):
        if conversations.upsert_conversation(session, payload, now):
            outcome.history_needed = True
        changes.conversations.add(payload.id)
    elif isinstance(payload, Order):
        orders.upsert_order(session, payload, now)
        changes.orders.add(payload.order_no)
    elif isinstance(payload, Ticket):
        tickets.upsert_ticket(session, payload, now)
        changes.tickets.add(payload.id)
    elif isinstance(payload, Coupon):
        coupons.upsert_coupon(session, payload)
        changes.coupons.add(payload.id)
    elif isinstance(payload, Customer):
        customers.upsert_customer(session, payload, now)
        changes.customers.add(payload.id)
    elif isinstance(payload, KbArticle):
        knowledge.upsert_article(session, payload)
        changes.articles.add(payload.id)
    elif isinstance(payload, Campaign):
        campaigns.upsert_campaign(session, payload)
        changes.campaigns.add(payload.id)
    elif isinstance(payload, QaItem):
        # Nothing to cache (the dashboard reads notes from the server): the views are told.
        changes.qa_notes.add(payload.conversation_id)
    else:  # decode_event only builds the types above
        raise TypeError(f"no handler for {type(payload).__name__}")


class EventApplier:
    """Applies events for one agent on one server."""

    def __init__(self, server_key: str, agent_id: str) -> None:
        self.server_key = server_key
        self.agent_id = agent_id

    def cursor(self, session: Session) -> int:
        """The last applied seq."""
        return get_cursor(session, self.server_key, self.agent_id)

    def apply(
        self, session: Session, events: list[IncomingEvent], now: datetime | None = None
    ) -> ApplyOutcome:
        """Apply `events` (in seq order) and record the new cursor; call inside one write."""
        at = now or datetime.now(UTC)
        start = self.cursor(session)
        outcome = ApplyOutcome(cursor=start)
        for event in events:
            if event.seq <= outcome.cursor:
                outcome.redelivered += 1
                continue
            if event.problem is not None:
                log.warning("event %s (%s) skipped: %s", event.seq, event.type, event.problem)
                outcome.skipped += 1
            else:
                _apply_one(session, event, outcome, at)
                outcome.applied += 1
            outcome.cursor = event.seq
        if outcome.cursor != start:
            set_cursor(session, self.server_key, self.agent_id, outcome.cursor, at)
        return outcome
