"""Conversations between a customer and the shop, and the messages in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ConversationStatus(StrEnum):
    """Where a chat stands: with the bot, waiting in a queue, with an agent, or closed."""

    BOT = "bot"
    WAITING = "waiting"
    ASSIGNED = "assigned"
    CLOSED = "closed"


class Sender(StrEnum):
    """Who wrote a message; `system` is the shop's automatic notices (tickets, coupons, CSAT)."""

    CUSTOMER = "customer"
    AGENT = "agent"
    BOT = "bot"
    SYSTEM = "system"


class Resolution(StrEnum):
    """How a conversation ended."""

    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"
    NO_RESPONSE = "no_response"
    SPAM = "spam"
    BOT_RESOLVED = "bot_resolved"


@dataclass(frozen=True, slots=True)
class Message:
    """One line of a chat, text exactly as written."""

    id: int
    conversation_id: int
    sender: Sender
    text: str
    created_at: datetime
    agent_id: str | None = None
    client_msg_id: str | None = None


@dataclass(frozen=True, slots=True)
class Conversation:
    """A chat and the routing tags the server gave it (intent, card type, order state, VIP, anger)."""

    id: int
    customer_id: int
    status: ConversationStatus
    opened_at: datetime
    group: str | None = None
    agent_id: str | None = None
    vip: bool = False
    angry: bool = False
    anger: float = 0.0
    priority: int = 0
    intent: str | None = None
    card_type: str | None = None
    order_no: str | None = None
    order_status: str | None = None
    handoff_reason: str | None = None
    waiting_since: datetime | None = None
    assigned_at: datetime | None = None
    accepted_at: datetime | None = None
    closed_at: datetime | None = None
    resolution: Resolution | None = None
    last_message_at: datetime | None = None
    csat_invited_at: datetime | None = None
    csat_score: int | None = None
