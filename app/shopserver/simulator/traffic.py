"""The traffic simulator: customers who open chats, follow up, get impatient, rate, and whose
tickets move on. Runs on a background thread inside the server process (no HTTP round trips).
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain.conversations import ConversationStatus, Sender
from app.domain.customers import RiskCode
from app.domain.errors import KefuError
from app.domain.tickets import NEXT_NODES, TicketKind, TicketNode
from app.shopserver.context import ServerContext
from app.shopserver.core.risk import flag_customer
from app.shopserver.core.tickets import advance_ticket
from app.shopserver.customer_side import customer_rates, customer_writes
from app.shopserver.db.tables import (
    ConversationRow,
    CustomerRow,
    MessageRow,
    OrderItemRow,
    OrderRow,
    TicketProgressRow,
    TicketRow,
)
from app.shopserver.seed.catalog import PRODUCTS
from app.shopserver.simulator import corpus

log = logging.getLogger(__name__)

INTENT_WEIGHTS: dict[str, int] = {
    "not_received": 20,
    "card_invalid": 10,
    "delivery_time": 9,
    "presale_product": 12,
    "payment_issue": 6,
    "refund": 7,
    "aftersale_progress": 5,
    "order_query": 8,
    "promotion": 6,
    "reseller": 2,
    "account_security": 2,
    "complaint": 3,
    "human_agent": 4,
}
ANGRY_SHARE = 0.15
IGNORED_AFTER = 45.0
TICKET_STEP_SECONDS = 40.0


@dataclass
class _Chat:
    customer_id: int
    intent: str
    values: dict[str, str]
    conversation_id: int | None = None
    last_seen: int = 0
    last_customer_at: float = 0.0
    exchanges: int = 0
    nudges: int = 0
    rated: bool = False
    due: list[tuple[float, str]] = field(default_factory=list)


class TrafficSimulator:
    """Simulated customers at `conversations_per_minute` new chats (Poisson arrivals)."""

    def __init__(self, ctx: ServerContext, conversations_per_minute: float, seed: int = 7) -> None:
        self._ctx = ctx
        self._rate = conversations_per_minute / 60.0
        self._rng = random.Random(seed)
        self._chats: dict[int, _Chat] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="traffic-simulator", daemon=True)
        self._counter = 0
        self._next_open: float | None = None
        self._next_ticket = 0.0

    def start(self) -> None:
        """Start on a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop and wait for the thread."""
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            try:
                self.step(time.monotonic())
            except Exception:  # the demo must go on; log and keep simulating
                log.exception("simulator step failed")

    def step(self, now: float) -> None:
        """One tick: maybe open a chat, answer what agents and the bot said, move a ticket on."""
        if self._next_open is None:
            self._next_open = now + self._rng.expovariate(self._rate)
            self._next_ticket = now + TICKET_STEP_SECONDS
        if now >= self._next_open:
            self._open_chat(now)
            self._next_open = now + self._rng.expovariate(self._rate)
        self._tend_chats(now)
        if now >= self._next_ticket:
            self._advance_a_ticket()
            self._next_ticket = now + TICKET_STEP_SECONDS

    @property
    def active_conversations(self) -> list[int]:
        """Conversations the simulated customers are still in."""
        return list(self._chats)

    # --- customers ---------------------------------------------------------------------------------
    def _key(self) -> str:
        self._counter += 1
        return f"sim-{int(time.time())}-{self._counter}"

    def _say(self, chat: _Chat, text: str, now: float) -> None:
        accepted = customer_writes(self._ctx, chat.customer_id, self._key(), text)
        chat.conversation_id = accepted.conversation.id
        chat.last_seen = max(chat.last_seen, accepted.message.id)
        chat.last_customer_at = now

    def _fill(self, template: str, values: dict[str, str]) -> str:
        return template.format(**values)

    def _open_chat(self, now: float) -> None:
        with self._ctx.db.read() as session:
            busy = set(
                session.scalars(
                    select(ConversationRow.customer_id).where(
                        ConversationRow.status != ConversationStatus.CLOSED
                    )
                )
            )
            customers = [
                c for c in session.scalars(select(CustomerRow.id).order_by(CustomerRow.id)) if c not in busy
            ]
            if not customers:
                return
            customer_id = self._rng.choice(customers)
            intent = self._rng.choices(list(INTENT_WEIGHTS), list(INTENT_WEIGHTS.values()))[0]
            order = session.scalar(
                select(OrderRow)
                .where(OrderRow.customer_id == customer_id)
                .order_by(OrderRow.created_at.desc())
                .limit(1)
            )
            customer = session.get(CustomerRow, customer_id)
            assert customer is not None
            item = (
                session.scalar(select(OrderItemRow).where(OrderItemRow.order_no == order.order_no).limit(1))
                if order is not None
                else None
            )
        product = item.name if item is not None else self._rng.choice(PRODUCTS).name
        values = {
            "order_no": order.order_no if order is not None else "",
            "phone": customer.phone or "13800000000",
            "qq": customer.qq or "10001",
            "amount": str(int(item.face_value_cents / 100)) if item is not None else "100",
            "game": (
                item.game
                if item is not None and item.game
                else self._rng.choice(("王者荣耀", "原神", "和平精英"))
            ),
            "product": product,
        }
        chat = _Chat(customer_id=customer_id, intent=intent, values=values)
        angry = intent in corpus.ANGRY_BY_INTENT and self._rng.random() < ANGRY_SHARE
        lines = corpus.ANGRY_BY_INTENT[intent] if angry else corpus.BY_INTENT[intent]
        if not values["order_no"]:
            lines = (
                tuple(line for line in lines if "{order_no}" not in line)
                or corpus.BY_INTENT["presale_product"]
            )
        problem = self._fill(self._rng.choice(lines), values)
        if not angry and self._rng.random() < 0.3:
            self._say(chat, self._rng.choice(corpus.OPENERS), now)
            chat.due.append((now + self._rng.uniform(2, 5), problem))
        else:
            self._say(chat, problem, now)
        if chat.conversation_id is not None:
            self._chats[chat.conversation_id] = chat
        if self._rng.random() < 0.05:
            with self._ctx.db.write() as session:
                flag_customer(
                    session,
                    customer_id,
                    str(RiskCode.NEW_IP_LOGIN),
                    "新设备登录，IP 属地变更",
                    self._ctx.clock.now(),
                )

    def _tend_chats(self, now: float) -> None:
        for conv_id, chat in list(self._chats.items()):
            with self._ctx.db.read() as session:
                conv = session.get(ConversationRow, conv_id)
                fresh = list(
                    session.scalars(
                        select(MessageRow)
                        .where(MessageRow.conversation_id == conv_id, MessageRow.id > chat.last_seen)
                        .order_by(MessageRow.id)
                    )
                )
            if conv is None:
                del self._chats[conv_id]
                continue
            for message in fresh:
                chat.last_seen = message.id
                if message.sender != Sender.CUSTOMER:
                    self._react(chat, message, now)
            for due in [d for d in chat.due if d[0] <= now]:
                chat.due.remove(due)
                if due[1].startswith("@csat:"):
                    self._give_rating(chat, int(due[1][6:]))
                elif conv.status != ConversationStatus.CLOSED:
                    self._say(chat, due[1], now)
            if conv.status == ConversationStatus.CLOSED and not chat.due:
                del self._chats[conv_id]
            elif (
                conv.status in (ConversationStatus.WAITING, ConversationStatus.ASSIGNED)
                and not chat.due
                and now - chat.last_customer_at > IGNORED_AFTER
                and chat.nudges < 2
                and (not fresh or fresh[-1].sender == Sender.CUSTOMER)
            ):
                pool = corpus.IGNORED if chat.nudges == 0 else corpus.IGNORED_ANGRY
                chat.nudges += 1
                self._say(chat, self._rng.choice(pool), now)

    def _react(self, chat: _Chat, message: MessageRow, now: float) -> None:
        rng = self._rng
        if message.sender == Sender.SYSTEM and "打分" in message.text:
            score = rng.choices((5, 4, 3, 2, 1), (55, 25, 10, 5, 5))[0]
            chat.due.append((now + rng.uniform(2, 8), f"@csat:{score}"))
            return
        if message.sender == Sender.SYSTEM:
            return
        chat.exchanges += 1
        chat.nudges = 0
        if message.sender == Sender.BOT:
            if "转接" in message.text or "工单" in message.text:
                return
            roll = rng.random()
            if roll < 0.2:
                text = rng.choice(corpus.THANKS)
            elif roll < 0.7:
                text = rng.choice(corpus.UNSATISFIED)
            else:
                text = self._fill(rng.choice(corpus.FOLLOW_UPS), chat.values)
            chat.due.append((now + rng.uniform(3, 8), text))
            return
        if chat.due:
            return
        done = chat.exchanges >= 3 or rng.random() < 0.3
        pool = corpus.THANKS if done else corpus.FOLLOW_UPS
        chat.due.append((now + rng.uniform(3, 12), self._fill(rng.choice(pool), chat.values)))

    def _give_rating(self, chat: _Chat, score: int) -> None:
        if chat.rated or chat.conversation_id is None:
            return
        chat.rated = True
        comment = self._rng.choice(corpus.CSAT_COMMENTS[score])
        with contextlib.suppress(KefuError):  # already rated, or the invite vanished
            customer_rates(self._ctx, chat.conversation_id, score, comment)

    # --- tickets ---------------------------------------------------------------------------------
    def _advance_a_ticket(self) -> None:
        now = self._ctx.clock.now()
        with self._ctx.db.write() as session:
            open_tickets = session.scalars(
                select(TicketRow).where(TicketRow.node != TicketNode.DONE).order_by(TicketRow.id)
            ).all()
            for ticket in open_tickets:
                last = session.scalar(
                    select(TicketProgressRow.at)
                    .where(TicketProgressRow.ticket_id == ticket.id)
                    .order_by(TicketProgressRow.id.desc())
                    .limit(1)
                )
                if last is not None and (now - last).total_seconds() < TICKET_STEP_SECONDS:
                    continue
                options = NEXT_NODES[TicketNode(ticket.node)]
                if TicketNode.REFUNDED in options:
                    refund = ticket.kind in (TicketKind.REFUND, TicketKind.PAYMENT_DISPUTE)
                    node = TicketNode.REFUNDED if refund else TicketNode.REISSUED
                else:
                    node = options[0]
                advance_ticket(session, ticket.id, node, "售后专员处理", now)
                return
