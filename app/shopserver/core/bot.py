"""The first-line bot: answers from the knowledge base by intent, then hands off to a human.

It hands off at once on a human_agent request or anger, after `max_replies` replies that did not
satisfy the customer, and for not_received / card_invalid after opening an after-sales ticket.
The agent reads the whole bot transcript in the conversation's messages.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus, Resolution, Sender
from app.domain.events import EventType
from app.domain.intents import Analysis, Intent
from app.domain.knowledge import KbLayer
from app.domain.tickets import TicketKind
from app.shopserver.core.conversations import add_message, audience
from app.shopserver.core.event_log import record_event
from app.shopserver.core.routing import Router
from app.shopserver.core.tickets import KIND_LABELS, open_ticket
from app.shopserver.core.wire import conversation_out
from app.shopserver.db.tables import ConversationRow, CustomerRow, KbArticleRow, OrderRow

GREETING_REPLY = "您好，我是智能客服小卡，请问有什么可以帮您？可以直接发订单号给我哦。"
FALLBACK_REPLY = "抱歉，小卡没太明白，您可以描述一下遇到的问题，或者发送订单号，我来帮您查。"
HANDOFF_REPLY = "正在为您转接人工客服，请稍候，客服会看到我们之前的聊天记录。"
THANKS_REPLY = "不客气，祝您生活愉快！如有其他问题随时找小卡。"
TICKET_KIND_FOR_INTENT = {Intent.NOT_RECEIVED: TicketKind.REISSUE, Intent.CARD_INVALID: TicketKind.CARD_CHECK}


class FirstLineBot:
    """Decides the bot's turn for each customer message of a conversation still with the bot."""

    def __init__(self, router: Router, max_replies: int) -> None:
        self._router = router
        self._max_replies = max_replies

    def turn(
        self,
        session: Session,
        conv: ConversationRow,
        customer: CustomerRow,
        analysis: Analysis,
        text: str,
        now: datetime,
    ) -> None:
        """Reply, hand off, open a ticket, or close with thanks."""
        intent = analysis.intent
        if intent is Intent.HUMAN_AGENT:
            self.hand_off(session, conv, customer, "human_requested", now)
        elif analysis.angry:
            self.hand_off(session, conv, customer, "anger", now)
        elif intent in TICKET_KIND_FOR_INTENT:
            kind = TICKET_KIND_FOR_INTENT[intent]
            order_no = (
                conv.order_no if self._order_is_customers(session, conv.order_no, customer.id) else None
            )
            ticket = open_ticket(
                session,
                customer_id=customer.id,
                conversation_id=conv.id,
                order_no=order_no,
                kind=kind,
                description=f"[智能客服登记] {text[:500]}",
                agent_id=None,
                now=now,
            )
            notice = f"已为您登记售后工单 #{ticket.id}（{KIND_LABELS[kind]}）。"
            add_message(session, conv, Sender.BOT, notice, now)
            self.hand_off(session, conv, customer, "aftersale_ticket", now)
        elif intent is Intent.THANKS_BYE and conv.bot_replies > 0:
            add_message(session, conv, Sender.BOT, THANKS_REPLY, now)
            conv.status = ConversationStatus.CLOSED
            conv.closed_at = now
            conv.resolution = str(Resolution.BOT_RESOLVED)
        elif conv.bot_replies >= self._max_replies:
            self.hand_off(session, conv, customer, "bot_unsatisfied", now)
        else:
            reply = self._answer(session, intent, conv)
            if intent is not Intent.GREETING:
                conv.bot_replies += 1
            add_message(session, conv, Sender.BOT, reply, now)

    def hand_off(
        self, session: Session, conv: ConversationRow, customer: CustomerRow, reason: str, now: datetime
    ) -> None:
        """Tell the customer, then route the chat to a human."""
        add_message(session, conv, Sender.BOT, HANDOFF_REPLY, now)
        conv.handoff_reason = reason
        self._router.route(session, conv, now, vip_agent_id=customer.vip_agent_id)

    def _answer(self, session: Session, intent: Intent, conv: ConversationRow) -> str:
        if intent is Intent.GREETING:
            return GREETING_REPLY
        article = session.scalar(
            select(KbArticleRow)
            .where(
                KbArticleRow.intent == str(intent),
                KbArticleRow.layer.in_([KbLayer.GENERAL, KbLayer.SCENARIO]),
                KbArticleRow.flagged.is_(False),
            )
            .order_by(KbArticleRow.layer, KbArticleRow.id)
            .limit(1)
        )
        if article is None:
            return FALLBACK_REPLY
        return article.body.replace("{order_no}", conv.order_no or "您的订单")

    @staticmethod
    def _order_is_customers(session: Session, order_no: str | None, customer_id: int) -> bool:
        if order_no is None:
            return False
        order = session.get(OrderRow, order_no)
        return order is not None and order.customer_id == customer_id


def announce_update(session: Session, conv: ConversationRow, now: datetime) -> None:
    """Tell the conversation's audience its tags or state changed."""
    record_event(session, EventType.CONVERSATION_UPDATED, conversation_out(conv), audience(conv), now)
