"""Demo service history: knowledge base, coupons, tickets at every node, chats past and waiting."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus, Resolution, Sender
from app.domain.customers import CustomerLevel, CustomerTag
from app.domain.orders import OrderStatus
from app.domain.tickets import TicketKind, TicketNode
from app.shopserver.core.routing import group_for, queue_priority
from app.shopserver.db.tables import (
    ConversationRow,
    CouponRow,
    KbArticleRow,
    MessageRow,
    OrderRow,
    TicketProgressRow,
    TicketRow,
)
from app.shopserver.seed.demo_chats import CLOSED_CHATS, TICKET_CHATS, WAITING_CHATS
from app.shopserver.seed.demo_history import COMMENTS
from app.shopserver.seed.demo_state import SeedStep
from app.shopserver.seed.knowledge_articles import ARTICLES


class ServiceSeeder(SeedStep):
    """Everything agents did or still have to do."""

    def knowledge(self, session: Session) -> None:
        """The knowledge-base articles, with some past ratings."""
        rows = []
        for n, (layer, intent, title, body, tags) in enumerate(ARTICLES):
            rows.append(
                {
                    "layer": layer,
                    "intent": intent,
                    "title": title,
                    "body": body,
                    "tags": list(tags),
                    "helpful": self.rng.randint(0, 40),
                    "unhelpful": self.rng.randint(0, 6),
                    "flagged": False,
                    "updated_at": self.now - timedelta(days=60) + timedelta(minutes=n),
                }
            )
        session.execute(insert(KbArticleRow), rows)

    def coupons(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """Past delay-compensation coupons of price-sensitive customers."""
        rng = self.rng
        rows = []
        for c in customers:
            if not c["_price_sensitive"] or not self.orders_by_customer.get(c["id"]):
                continue
            for order in rng.sample(
                self.orders_by_customer[c["id"]], min(3, len(self.orders_by_customer[c["id"]]))
            ):
                at = order["created_at"] + timedelta(hours=1)
                rows.append(
                    {
                        "code": "KMQ" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12)),
                        "customer_id": c["id"],
                        "order_no": order["order_no"],
                        "conversation_id": None,
                        "template_id": "delay_comp",
                        "amount_cents": rng.choice((300, 500, 800)),
                        "reason": "到账延迟补偿",
                        "status": "issued",
                        "issued_by": rng.choice(("agent01", "agent02", "agent03", "agent04")),
                        "decided_by": None,
                        "decided_at": None,
                        "created_at": at,
                        "expires_at": at + timedelta(days=30),
                    }
                )
        session.execute(insert(CouponRow), rows)

    def _chat(
        self,
        session: Session,
        customer: dict[str, Any],
        lines: tuple[tuple[str, str], ...],
        opened: datetime,
        agent_id: str | None,
        status: ConversationStatus,
        intent: str,
        order: dict[str, Any] | None,
        angry: bool = False,
    ) -> ConversationRow:
        product = self.items.get(order["order_no"]) if order else None
        card_type = product.card_type if product else None
        group = "vip" if customer["level"] == CustomerLevel.VIP else group_for(intent, card_type)
        conv = ConversationRow(
            customer_id=customer["id"],
            status=str(status),
            skill_group=group,
            agent_id=agent_id,
            vip=customer["level"] == CustomerLevel.VIP,
            angry=angry,
            anger=0.93 if angry else round(self.rng.uniform(0.02, 0.3), 3),
            priority=queue_priority(angry, customer["level"] == CustomerLevel.VIP),
            intent=intent,
            card_type=card_type,
            order_no=order["order_no"] if order else None,
            order_status=order["status"] if order else None,
            bot_replies=0,
            transfers=0,
            opened_at=opened,
            waiting_since=opened,
        )
        session.add(conv)
        session.flush()
        at = opened
        first_customer_at: datetime | None = None
        for sender, text in lines:
            at += timedelta(
                seconds=self.rng.choice((3, 4, 5, 6, 8, 12)) if sender == "agent" else self.rng.randint(8, 40)
            )
            if sender == "customer" and first_customer_at is None:
                first_customer_at = at
            filled = text.replace("{order_no}", conv.order_no or "")
            session.add(
                MessageRow(
                    conversation_id=conv.id,
                    sender=str(Sender(sender)),
                    agent_id=agent_id if sender == "agent" else None,
                    text=filled,
                    client_msg_id=None,
                    created_at=at,
                    intent=intent if sender == "customer" else None,
                    angry=angry if sender == "customer" else None,
                    anger=None,
                )
            )
        conv.last_message_at = at
        if agent_id is not None:
            conv.assigned_at = first_customer_at or opened
            conv.accepted_at = conv.assigned_at + timedelta(seconds=1)
        if status is ConversationStatus.CLOSED:
            conv.closed_at = at + timedelta(seconds=30)
            conv.resolution = str(Resolution.RESOLVED)
        return conv

    def _problem_orders(self, customers: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        by_id = {c["id"]: c for c in customers}
        problems = []
        for cid, orders in sorted(self.orders_by_customer.items()):
            for order in orders:
                if order["status"] in (OrderStatus.STUCK, OrderStatus.FAILED, OrderStatus.DELIVERED) and (
                    order["paid_at"] is not None
                ):
                    problems.append((by_id[cid], order))
        self.rng.shuffle(problems)
        return problems

    def tickets(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """40 tickets with their chats, eight at each progress node."""
        rng = self.rng
        problems = self._problem_orders(customers)
        nodes = list(TicketNode)
        agents = ("agent01", "agent02", "agent03", "agent04")
        used: set[str] = set()
        made = 0
        for customer, order in problems:
            if made >= 40:
                break
            if order["order_no"] in used or self.now - order["created_at"] < timedelta(hours=30):
                continue
            used.add(order["order_no"])
            node = nodes[made % len(nodes)]
            product = self.items[order["order_no"]]
            kind = TicketKind.REISSUE if product.topup else TicketKind.CARD_CHECK
            if node is TicketNode.REFUNDED:
                kind = TicketKind.REFUND
            intent, lines = TICKET_CHATS[made % len(TICKET_CHATS)]
            agent_id = agents[made % len(agents)]
            opened = order["created_at"] + timedelta(minutes=rng.randint(20, 600))
            conv = self._chat(
                session, customer, lines, opened, agent_id, ConversationStatus.CLOSED, intent, order
            )
            ticket = TicketRow(
                kind=str(kind),
                node=str(node),
                customer_id=customer["id"],
                conversation_id=conv.id,
                order_no=order["order_no"],
                agent_id=agent_id,
                description=f"客户反馈：{lines[0][1]}",
                user_tags=[],
                created_at=conv.closed_at or opened,
                review_deadline=(conv.closed_at or opened) + timedelta(hours=24),
            )
            ticket.user_tags = self._ticket_tags(customer, made)
            session.add(ticket)
            session.flush()
            path = {
                TicketNode.SUBMITTED: [TicketNode.SUBMITTED],
                TicketNode.REVIEWING: [TicketNode.SUBMITTED, TicketNode.REVIEWING],
                TicketNode.REISSUED: [TicketNode.SUBMITTED, TicketNode.REVIEWING, TicketNode.REISSUED],
                TicketNode.REFUNDED: [TicketNode.SUBMITTED, TicketNode.REVIEWING, TicketNode.REFUNDED],
                TicketNode.DONE: [
                    TicketNode.SUBMITTED,
                    TicketNode.REVIEWING,
                    TicketNode.REISSUED,
                    TicketNode.DONE,
                ],
            }[node]
            at = ticket.created_at
            for step in path:
                session.add(TicketProgressRow(ticket_id=ticket.id, node=str(step), note="", at=at))
                at += timedelta(hours=rng.randint(1, 6))
            if node is TicketNode.REFUNDED:
                row = session.get(OrderRow, order["order_no"])
                assert row is not None
                row.status = str(OrderStatus.REFUNDED)
            made += 1

    def _ticket_tags(self, customer: dict[str, Any], index: int) -> list[str]:
        tags = []
        if customer["level"] == CustomerLevel.VIP:
            tags.append(str(CustomerTag.VIP))
        if len(self.orders_by_customer.get(customer["id"], [])) >= 15:
            tags.append(str(CustomerTag.FREQUENT))
        if index % 3 == 0:
            tags.append(str(CustomerTag.FIRST_AFTERSALE))
        if customer["_price_sensitive"]:
            tags.append(str(CustomerTag.PRICE_SENSITIVE))
        if customer["_new"]:
            tags.append(str(CustomerTag.NEW))
        return tags

    def closed_chats(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """Today's closed chats per agent (some rated), so the metrics have data."""
        rng = self.rng
        agents = ("agent01", "agent02", "agent03", "agent04", "vip01")
        for n in range(36):
            intent, lines = CLOSED_CHATS[n % len(CLOSED_CHATS)]
            agent_id = agents[n % len(agents)]
            pool = [c for c in customers if (c["level"] == CustomerLevel.VIP) == (agent_id == "vip01")]
            customer = pool[(n * 7) % len(pool)]
            orders = self.orders_by_customer.get(customer["id"]) or [None]
            opened = self.now - timedelta(minutes=rng.randint(10, 360))
            conv = self._chat(
                session, customer, lines, opened, agent_id, ConversationStatus.CLOSED, intent, orders[-1]
            )
            if rng.random() < 0.6:
                conv.csat_invited_at = conv.closed_at
                conv.csat_score = rng.choices((5, 4, 3, 2, 1), (60, 25, 8, 4, 3))[0]
                if n % 2 == 0:  # every other rating has a comment (no draw: the stream stays as it was)
                    comments = COMMENTS[conv.csat_score]
                    conv.csat_comment = comments[n % len(comments)]

    def waiting_chats(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """Six chats waiting in the queues (one angry, one VIP)."""
        normal = [c for c in customers if c["level"] != CustomerLevel.VIP]
        vips = [c for c in customers if c["level"] == CustomerLevel.VIP]
        for n, (intent, angry, vip, lines) in enumerate(WAITING_CHATS):
            customer = vips[0] if vip else normal[-1 - n * 3]
            orders = self.orders_by_customer.get(customer["id"]) or [None]
            opened = self.now - timedelta(minutes=3 + n)
            self._chat(
                session, customer, lines, opened, None, ConversationStatus.WAITING, intent, orders[-1], angry
            )
