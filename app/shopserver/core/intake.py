"""Customer messages arriving from the chat channel: store, tag with the engine, bot or route."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus, Sender
from app.domain.customers import CustomerLevel
from app.domain.errors import Conflict, InvalidInput, NotFound
from app.domain.intents import Analysis, Intent
from app.shopserver.core.bot import FirstLineBot, announce_update
from app.shopserver.core.conversations import add_message, load_conversation
from app.shopserver.core.routing import Router, queue_priority
from app.shopserver.db.tables import ConversationRow, CustomerRow, MessageRow, OrderItemRow, OrderRow

WEAK_INTENTS = frozenset({Intent.GREETING, Intent.OTHER, Intent.THANKS_BYE})


class Intake:
    """Turns a customer's message into stored state, events and a routing decision."""

    def __init__(self, router: Router, bot: FirstLineBot, bot_enabled: bool) -> None:
        self._router = router
        self._bot = bot
        self._bot_enabled = bot_enabled

    def customer_says(
        self,
        session: Session,
        customer_id: int,
        client_msg_id: str,
        text: str,
        analysis: Analysis,
        now: datetime,
    ) -> tuple[MessageRow, ConversationRow]:
        """Store the message in the customer's open conversation (opening one if needed)."""
        customer = session.get(CustomerRow, customer_id)
        if customer is None:
            raise NotFound(f"customer {customer_id} does not exist", code="customer_not_found")
        earlier = self._earlier_copy(session, customer_id, client_msg_id)
        if earlier is not None:
            if earlier.text != text:
                raise InvalidInput(
                    "client_msg_id was already used for a different message",
                    code="idempotency_key_reused",
                    field="client_msg_id",
                )
            return earlier, load_conversation(session, earlier.conversation_id)
        conv = session.scalar(
            select(ConversationRow)
            .where(
                ConversationRow.customer_id == customer_id,
                ConversationRow.status != ConversationStatus.CLOSED,
            )
            .order_by(ConversationRow.id.desc())
            .limit(1)
        )
        opened = conv is None
        if conv is None:
            conv = ConversationRow(
                customer_id=customer_id,
                status=str(ConversationStatus.BOT),
                vip=customer.level == CustomerLevel.VIP,
                opened_at=now,
                anger=0.0,
                angry=False,
                priority=0,
                bot_replies=0,
                transfers=0,
            )
            session.add(conv)
            session.flush()
        message = add_message(session, conv, Sender.CUSTOMER, text, now, client_msg_id=client_msg_id)
        message.intent = str(analysis.intent)
        message.angry = analysis.angry
        message.anger = analysis.anger
        changed = self._tag(session, conv, customer, analysis)
        if conv.status == ConversationStatus.BOT:
            if self._bot_enabled:
                self._bot.turn(session, conv, customer, analysis, text, now)
            else:
                self._router.route(session, conv, now, vip_agent_id=customer.vip_agent_id)
        elif changed and not opened:
            if conv.status == ConversationStatus.WAITING:
                conv.priority = queue_priority(conv.angry, conv.vip)
            session.flush()
            announce_update(session, conv, now)
        return message, conv

    @staticmethod
    def _earlier_copy(session: Session, customer_id: int, client_msg_id: str) -> MessageRow | None:
        return session.scalar(
            select(MessageRow)
            .join(ConversationRow, ConversationRow.id == MessageRow.conversation_id)
            .where(
                ConversationRow.customer_id == customer_id,
                MessageRow.sender == Sender.CUSTOMER,
                MessageRow.client_msg_id == client_msg_id,
            )
            .limit(1)
        )

    @staticmethod
    def _tag(session: Session, conv: ConversationRow, customer: CustomerRow, analysis: Analysis) -> bool:
        """Fold one message's labels into the conversation's tags; True when anger or intent changed."""
        before = (conv.angry, conv.intent)
        conv.anger = max(conv.anger or 0.0, analysis.anger)
        conv.angry = bool(conv.angry or analysis.angry)
        strong = analysis.intent not in WEAK_INTENTS
        if conv.intent is None or (
            strong and (conv.intent in WEAK_INTENTS or conv.status == ConversationStatus.BOT)
        ):
            conv.intent = str(analysis.intent)
        entities = analysis.entities
        if conv.card_type is None and entities.card_type:
            conv.card_type = entities.card_type
        elif conv.card_type is None and entities.game:
            conv.card_type = "游戏点券"
        order = None
        if entities.order_no:
            order = session.get(OrderRow, entities.order_no)
            if order is not None and order.customer_id != customer.id:
                order = None
        if order is None and conv.order_no is None:
            order = session.scalar(
                select(OrderRow)
                .where(OrderRow.customer_id == customer.id)
                .order_by(OrderRow.created_at.desc())
                .limit(1)
            )
        if order is not None:
            conv.order_no = order.order_no
            conv.order_status = order.status
            if conv.card_type is None:
                conv.card_type = session.scalar(
                    select(OrderItemRow.card_type).where(OrderItemRow.order_no == order.order_no).limit(1)
                )
        return (conv.angry, conv.intent) != before


def submit_csat(
    session: Session, conversation_id: int, score: int, comment: str | None, now: datetime
) -> ConversationRow:
    """The customer's rating after an invite (once)."""
    conv = load_conversation(session, conversation_id)
    if conv.csat_invited_at is None:
        raise Conflict("no rating was asked for", code="csat_not_invited")
    if conv.csat_score is not None:
        raise Conflict("the conversation was already rated", code="csat_already_given")
    conv.csat_score = score
    conv.csat_comment = comment
    session.flush()
    announce_update(session, conv, now)
    return conv
