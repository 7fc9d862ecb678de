"""Events: the cursor-ordered feed of everything that changed for an agent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from app.domain.events import EventType
from app.protocol.campaigns import CampaignOut
from app.protocol.conversations import ConversationOut, MessageOut
from app.protocol.coupons import CouponOut
from app.protocol.customers import CustomerOut
from app.protocol.knowledge import KbArticleOut
from app.protocol.orders import OrderOut
from app.protocol.quality import QaItemOut
from app.protocol.tickets import TicketOut


class EventOut(BaseModel):
    """One change; `seq` strictly increases across the whole feed (gaps are other agents' events)."""

    seq: int
    type: EventType
    at: datetime
    data: dict[str, Any]


class EventBatch(BaseModel):
    """Events after the cursor, oldest first; `last_seq` is the cursor to send next time."""

    events: list[EventOut]
    last_seq: int


EVENT_DATA_MODELS: dict[EventType, type[BaseModel]] = {
    EventType.CONVERSATION_ASSIGNED: ConversationOut,
    EventType.CONVERSATION_UPDATED: ConversationOut,
    EventType.CONVERSATION_CLOSED: ConversationOut,
    EventType.MESSAGE_CREATED: MessageOut,
    EventType.ORDER_UPDATED: OrderOut,
    EventType.TICKET_UPDATED: TicketOut,
    EventType.COUPON_ISSUED: CouponOut,
    EventType.COUPON_UPDATED: CouponOut,
    EventType.CUSTOMER_FLAGGED: CustomerOut,
    EventType.KB_UPDATED: KbArticleOut,
    EventType.CAMPAIGN_UPDATED: CampaignOut,
    EventType.QA_REVIEWED: QaItemOut,
}
"""The model each event type's `data` holds."""


def parse_event_data(event: EventOut) -> BaseModel:
    """The typed payload of an event (raises pydantic.ValidationError when malformed)."""
    return EVENT_DATA_MODELS[event.type].model_validate(event.data)
