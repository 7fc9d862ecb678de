"""The kinds of change the server pushes to agents, each with a strictly increasing seq."""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    """Event names on the wire."""

    CONVERSATION_ASSIGNED = "conversation.assigned"
    CONVERSATION_UPDATED = "conversation.updated"
    CONVERSATION_CLOSED = "conversation.closed"
    MESSAGE_CREATED = "message.created"
    ORDER_UPDATED = "order.updated"
    TICKET_UPDATED = "ticket.updated"
    COUPON_ISSUED = "coupon.issued"
    COUPON_UPDATED = "coupon.updated"
    CUSTOMER_FLAGGED = "customer.flagged"
    KB_UPDATED = "kb.updated"
    CAMPAIGN_UPDATED = "campaign.updated"
    QA_REVIEWED = "qa.reviewed"
