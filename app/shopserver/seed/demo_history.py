"""A week of service history for every demo agent, so the dashboard's 7-day charts have data.

For each of the six shop-local days before today, every agent closed a working day's chats
(09:00–22:00 shop time): first replies mostly inside the 10 s SOP and a few over it, most chats
resolved, about half rated (some with a comment), a few angry customers, and some after-sales
tickets opened from the chats. It draws from its own random stream, so adding it changed nothing
the earlier steps made, and it inserts in bulk (a few hundred chats in well under a second).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus, Resolution, Sender
from app.domain.customers import CustomerLevel
from app.domain.tickets import TicketKind, TicketNode
from app.shopserver.core.routing import group_for, queue_priority
from app.shopserver.db.tables import ConversationRow, MessageRow, TicketProgressRow, TicketRow
from app.shopserver.seed.demo_chats import CLOSED_CHATS, TICKET_CHATS, Line
from app.shopserver.seed.demo_state import LOCAL, SEED, SeedStep

HISTORY_DAYS = 6
AGENTS: dict[str, tuple[int, int]] = {  # chats closed per day: (fewest, most)
    "agent01": (7, 12),
    "agent02": (6, 11),
    "agent03": (6, 11),
    "agent04": (5, 10),
    "vip01": (3, 6),
}
OPEN_HOURS = (9, 22)  # shop-local hours chats come in
COMMENTS: dict[int, tuple[str, ...]] = {
    5: ("客服很耐心", "处理很快，赞", "服务很好，下次还来", "秒回，给力"),
    4: ("还行", "稍微有点慢", "解决了，就是等了一会"),
    3: ("一般", "问了两遍才明白"),
    2: ("太慢了", "回复很敷衍"),
    1: ("问题没解决", "等了半天没人管"),
}
ANGRY_OPENERS = (
    "等了半天了还没到账！！！你们到底行不行",
    "又是卡密无效？？？第二次了！！",
    "退款到现在都没到，骗子吧",
)
CALMING = "非常抱歉让您久等了，我马上帮您处理，请您放心。"


class HistorySeeder(SeedStep):
    """Closed chats, ratings and tickets over the past week."""

    def history(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """Seed the six days before today for every agent."""
        rng = random.Random(SEED + 7)
        normal = [c for c in customers if c["level"] != CustomerLevel.VIP]
        vips = [c for c in customers if c["level"] == CustomerLevel.VIP]
        local_today = (self.now + LOCAL).date()
        chats: list[dict[str, Any]] = []
        for back in range(HISTORY_DAYS, 0, -1):
            day_start = datetime.combine(local_today - timedelta(days=back), datetime.min.time())
            day_start = day_start.replace(tzinfo=self.now.tzinfo) - LOCAL  # shop midnight, in UTC
            for agent_id, (fewest, most) in AGENTS.items():
                pool = vips if agent_id == "vip01" else normal
                for _ in range(rng.randint(fewest, most)):
                    minute = rng.randint(OPEN_HOURS[0] * 60, OPEN_HOURS[1] * 60 - 1)
                    opened = day_start + timedelta(minutes=minute, seconds=rng.randint(0, 59))
                    chats.append(self._plan(rng, agent_id, rng.choice(pool), opened))
        chats.sort(key=lambda c: c["row"]["opened_at"])
        ids = _insert_returning_ids(session, ConversationRow.__table__, [c["row"] for c in chats])
        lines: list[dict[str, Any]] = []
        for conv_id, chat in zip(ids, chats, strict=True):
            for message in chat["messages"]:
                lines.append({**message, "conversation_id": conv_id})
        session.execute(insert(MessageRow), lines)
        self._tickets(session, rng, [(i, c) for i, c in zip(ids, chats, strict=True) if c["ticket"]])

    def _plan(
        self, rng: random.Random, agent_id: str, customer: dict[str, Any], opened: datetime
    ) -> dict[str, Any]:
        """One closed chat as rows to insert: the conversation and its messages."""
        order = self._order_before(customer, opened)
        ticket = order is not None and rng.random() < 0.12
        angry = rng.random() < 0.07
        scripts = TICKET_CHATS if ticket else CLOSED_CHATS
        intent, script = scripts[rng.randrange(len(scripts))]
        if angry:
            script = (("customer", rng.choice(ANGRY_OPENERS)), ("agent", CALMING), *script)
        product = self.items.get(order["order_no"]) if order else None
        card_type = product.card_type if product else None
        vip = customer["level"] == CustomerLevel.VIP
        messages, first_customer_at, last_at = self._messages(
            rng, agent_id, script, opened, intent, angry, order
        )
        closed_at = last_at + timedelta(seconds=rng.randint(20, 90))
        resolution = (
            Resolution.UNRESOLVED
            if (angry and rng.random() < 0.5) or rng.random() < 0.06
            else (Resolution.RESOLVED)
        )
        score = comment = invited = None
        if rng.random() < 0.55:
            invited = closed_at
            weights = (25, 25, 20, 15, 15) if angry else (62, 24, 8, 4, 2)
            score = rng.choices((5, 4, 3, 2, 1), weights)[0]
            if rng.random() < 0.45:
                comment = rng.choice(COMMENTS[score])
        row = {
            "customer_id": customer["id"],
            "status": str(ConversationStatus.CLOSED),
            "skill_group": "vip" if vip else group_for(intent, card_type),
            "agent_id": agent_id,
            "vip": vip,
            "angry": angry,
            "anger": 0.91 if angry else round(rng.uniform(0.02, 0.3), 3),
            "priority": queue_priority(angry, vip),
            "intent": intent,
            "card_type": card_type,
            "order_no": order["order_no"] if order else None,
            "order_status": order["status"] if order else None,
            "handoff_reason": None,
            "bot_replies": 0,
            "transfers": 0,
            "opened_at": opened,
            "waiting_since": opened,
            "assigned_at": first_customer_at,
            "accepted_at": first_customer_at + timedelta(seconds=1),
            "closed_at": closed_at,
            "resolution": str(resolution),
            "last_message_at": last_at,
            "csat_invited_at": invited,
            "csat_score": score,
            "csat_comment": comment,
        }
        return {"row": row, "messages": messages, "ticket": ticket, "order": order}

    def _messages(
        self,
        rng: random.Random,
        agent_id: str,
        script: tuple[Line, ...],
        opened: datetime,
        intent: str,
        angry: bool,
        order: dict[str, Any] | None,
    ) -> tuple[list[dict[str, Any]], datetime, datetime]:
        """The transcript with times: the first reply is over the SOP about one chat in nine."""
        at = opened
        first_customer_at: datetime | None = None
        replied = False
        messages = []
        for sender, text in script:
            if sender == "agent":
                slow = not replied and rng.random() < 0.11
                at += timedelta(seconds=rng.randint(12, 40) if slow else rng.choice((2, 3, 4, 5, 6, 7, 8)))
                replied = True
            else:
                at += timedelta(seconds=rng.randint(8, 40))
                first_customer_at = first_customer_at or at
            messages.append(
                {
                    "sender": str(Sender(sender)),
                    "agent_id": agent_id if sender == "agent" else None,
                    "text": text.replace("{order_no}", order["order_no"] if order else ""),
                    "client_msg_id": None,
                    "created_at": at,
                    "intent": intent if sender == "customer" else None,
                    "angry": (angry and not messages) if sender == "customer" else None,
                    "anger": None,
                }
            )
        assert first_customer_at is not None, "every script starts with the customer"
        return messages, first_customer_at, at

    def _order_before(self, customer: dict[str, Any], opened: datetime) -> dict[str, Any] | None:
        """The customer's latest paid order placed before the chat, if any."""
        orders = [
            o
            for o in self.orders_by_customer.get(customer["id"], [])
            if o["paid_at"] is not None and o["created_at"] < opened
        ]
        return max(orders, key=lambda o: o["created_at"]) if orders else None

    def _tickets(self, session: Session, rng: random.Random, chats: list[tuple[int, dict[str, Any]]]) -> None:
        """After-sales tickets opened from some chats: older ones done, recent ones in review."""
        if not chats:
            return
        tickets, paths = [], []
        for conv_id, chat in chats:
            row, order = chat["row"], chat["order"]
            kind = TicketKind.REISSUE if self.items[order["order_no"]].topup else TicketKind.CARD_CHECK
            path = [TicketNode.SUBMITTED, TicketNode.REVIEWING]
            if self.now - row["closed_at"] > timedelta(days=2):
                path += [TicketNode.REISSUED, TicketNode.DONE]
            paths.append(path)
            tickets.append(
                {
                    "kind": str(kind),
                    "node": str(path[-1]),
                    "customer_id": row["customer_id"],
                    "conversation_id": conv_id,
                    "order_no": order["order_no"],
                    "agent_id": row["agent_id"],
                    "description": f"客户反馈：{chat['messages'][0]['text']}",
                    "user_tags": [],
                    "created_at": row["closed_at"],
                    "review_deadline": row["closed_at"] + timedelta(hours=24),
                }
            )
        ids = _insert_returning_ids(session, TicketRow.__table__, tickets)
        progress = []
        for ticket_id, ticket, path in zip(ids, tickets, paths, strict=True):
            at = ticket["created_at"]
            for step in path:
                progress.append(
                    {"ticket_id": ticket_id, "node": str(step), "note": "", "at": min(at, self.now)}
                )
                at += timedelta(hours=rng.randint(1, 6))
        session.execute(insert(TicketProgressRow), progress)


def _insert_returning_ids(session: Session, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert `rows` in one statement; their new ids in the same order (SQLite and PostgreSQL)."""
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.connection().execute(statement, rows).scalars().all())
