"""The auto-fetched profile: the customer, their recent orders, one order in full, and revealing
a masked card key (each reveal is logged)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.coupons import Coupon
from app.domain.customers import Customer
from app.domain.orders import Order
from app.domain.tickets import Ticket
from app.services.change_bus import ChangeBus
from app.services.changes import Changes
from app.services.errors import checked
from app.services.shop_reads import ShopReads
from app.store import coupons, customers, orders, tickets
from app.store.customer_erasure import ErasureReport, erase_customer
from app.store.tables import ConversationRow
from app.sync.client import SyncClient

log = logging.getLogger(__name__)
audit = logging.getLogger("kefudesk.audit")


@dataclass(frozen=True, slots=True)
class Profile:
    """What the side panel shows for one customer (from the cache)."""

    customer: Customer | None
    recent_orders: tuple[Order, ...]


@dataclass(frozen=True, slots=True)
class OrderFile:
    """One order with its coupons and tickets (from the cache)."""

    order: Order | None
    coupons: tuple[Coupon, ...]
    tickets: tuple[Ticket, ...]


@dataclass(frozen=True, slots=True)
class ErasedCustomer:
    """What "delete this customer's local data" removed (the chats' tabs close)."""

    customer_id: int
    conversation_ids: frozenset[int]
    report: ErasureReport


def _conversation_ids_of(session: Session, customer_id: int) -> frozenset[int]:
    query = select(ConversationRow.id).where(ConversationRow.customer_id == customer_id)
    return frozenset(session.scalars(query))


def _profile(session: Session, customer_id: int, limit: int) -> Profile:
    return Profile(
        customers.get_customer(session, customer_id),
        tuple(orders.orders_of_customer(session, customer_id, limit)),
    )


def _order_file(session: Session, order_no: str) -> OrderFile:
    order = orders.get_order(session, order_no)
    found = [tickets.get_ticket(session, t) for t in (order.ticket_ids if order else ())]
    return OrderFile(order, tuple(coupons.coupons_of_order(session, order_no)), tuple(t for t in found if t))


class ProfileService:
    """Reads come from the cache at once; `refresh_*` fetch from the server and broadcast."""

    def __init__(self, client: SyncClient, reads: ShopReads, bus: ChangeBus) -> None:
        self.client = client
        self.reads = reads
        self.bus = bus
        self._erasures: list[int] = []  # customers erased this session, in order

    async def profile(self, customer_id: int, order_limit: int = 10) -> Profile:
        """The cached profile and recent orders."""
        return await self.client.worker.read(lambda s: _profile(s, customer_id, order_limit))

    async def customers(self, customer_ids: list[int]) -> dict[int, Customer]:
        """Cached profiles of several customers (names for the queue lists)."""

        def read(session: Session) -> dict[int, Customer]:
            found = {cid: customers.get_customer(session, cid) for cid in customer_ids}
            return {cid: c for cid, c in found.items() if c is not None}

        return await self.client.worker.read(read)

    async def refresh_profile(self, customer_id: int) -> None:
        """Fetch the profile and recent orders (the changes are broadcast by the sync client)."""
        before = len(self._erasures)
        await checked(self.client.refresh_customer(customer_id))
        await self._undo_if_erased_meanwhile(customer_id, before)

    async def order_file(self, order_no: str) -> OrderFile:
        """The cached order with its coupons and tickets."""
        return await self.client.worker.read(lambda s: _order_file(s, order_no))

    async def refresh_order(self, order_no: str) -> None:
        """Fetch one order, then its tickets and coupons not cached yet."""
        before = len(self._erasures)
        await checked(self.client.refresh_order(order_no))
        cached = await self.order_file(order_no)
        if cached.order is None or await self._undo_if_erased_meanwhile(cached.order.customer_id, before):
            return
        known = {t.id for t in cached.tickets}
        for ticket_id in cached.order.ticket_ids:
            if ticket_id not in known:
                await checked(self.client.refresh_ticket(ticket_id))

    async def refresh_tickets_of_conversation(self, conversation_id: int) -> list[Ticket]:
        """Fetch and cache the tickets of a chat."""
        found = await self.reads.tickets(conversation_id=conversation_id)

        def store(session: Session) -> None:
            for ticket in found:
                tickets.upsert_ticket(session, ticket)

        if found:
            await self.client.worker.write(store)
            self.bus.publish(Changes(tickets={t.id for t in found}))
        return found

    async def tickets_of_conversation(self, conversation_id: int) -> list[Ticket]:
        """Cached tickets of a chat, newest first."""
        return await self.client.worker.read(lambda s: tickets.tickets_of_conversation(s, conversation_id))

    def reveal_card_key(self, order: Order, delivery_index: int) -> str:
        """The clear card secret of one delivery; the reveal is written to the audit log."""
        delivery = order.deliveries[delivery_index]
        agent = self.client.agent.id if self.client.agent else "?"
        audit.info(
            "card key revealed: agent=%s order=%s delivery=%d customer=%s",
            agent,
            order.order_no,
            delivery_index,
            order.customer_id,
        )
        return delivery.card_secret or ""

    async def erase_local_data(self, customer_id: int) -> ErasedCustomer:
        """Remove everything cached about one customer (PIPL), unsent outbox items included; the
        server keeps its records. The audit log names the customer's id only."""
        self._erasures.append(customer_id)
        conversation_ids, report = await self._erase_now(customer_id)
        audit.info(
            "local data of customer %s erased: %s messages, %s conversations, %s orders",
            customer_id,
            report.messages,
            report.conversations,
            report.orders,
        )
        self.bus.publish(
            Changes(
                customers={customer_id},
                conversations=set(conversation_ids),
                transcripts=set(conversation_ids),
            )
        )
        return ErasedCustomer(customer_id, conversation_ids, report)

    async def _undo_if_erased_meanwhile(self, customer_id: int, erasures_before: int) -> bool:
        """A fetch that was on its way when the customer was erased must not bring them back."""
        if customer_id not in self._erasures[erasures_before:]:
            return False
        await self._erase_now(customer_id)
        return True

    async def _erase_now(self, customer_id: int) -> tuple[frozenset[int], ErasureReport]:
        database = self.client.database

        def erase() -> tuple[frozenset[int], ErasureReport]:
            with database.read() as session:
                ids = _conversation_ids_of(session, customer_id)
            return ids, erase_customer(database, customer_id)

        return await self.client.worker.call(erase)
