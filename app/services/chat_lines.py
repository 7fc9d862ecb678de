"""What a chat tab shows: server messages and the agent's own replies still in the outbox,
each with its delivery state (queued, sending, sent, failed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.conversations import Message, Sender
from app.store.outbox import OutboxItem, OutboxState


class DeliveryState(StrEnum):
    """Where a reply stands; `queued` also means "waiting for the network"."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


_STATES = {
    OutboxState.QUEUED: DeliveryState.QUEUED,
    OutboxState.SENDING: DeliveryState.SENDING,
    OutboxState.SENT: DeliveryState.SENT,
    OutboxState.FAILED: DeliveryState.FAILED,
}


def delivery_state(state: OutboxState) -> DeliveryState:
    """The UI's name for an outbox state."""
    return _STATES[state]


@dataclass(frozen=True, slots=True)
class ChatLine:
    """One row of a chat: a cached message (`message_id`) or a local reply (`outbox_id`)."""

    key: str
    sender: Sender
    text: str
    at: datetime
    delivery: DeliveryState = DeliveryState.SENT
    message_id: int | None = None
    outbox_id: int | None = None
    client_id: str | None = None
    agent_id: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    retrying: bool = False

    @property
    def local(self) -> bool:
        """Not on the server yet (queued, sending or failed)."""
        return self.message_id is None


@dataclass(frozen=True, slots=True)
class TranscriptPage:
    """Lines oldest first; `has_more` when older cached messages exist."""

    lines: tuple[ChatLine, ...]
    has_more: bool


def line_of_message(message: Message) -> ChatLine:
    """A cached message as a chat line (always delivered)."""
    return ChatLine(
        key=f"m{message.id}",
        sender=message.sender,
        text=message.text,
        at=message.created_at,
        message_id=message.id,
        client_id=message.client_msg_id,
        agent_id=message.agent_id,
    )


def line_of_outbox(item: OutboxItem, agent_id: str | None) -> ChatLine:
    """A reply still in the outbox as a chat line."""
    return ChatLine(
        key=f"o{item.id}",
        sender=Sender.AGENT,
        text=str(item.payload.get("text", "")),
        at=item.created_at,
        delivery=delivery_state(item.state),
        outbox_id=item.id,
        client_id=item.client_id,
        agent_id=agent_id,
        error_code=item.error_code,
        error_message=item.error_message,
        retrying=item.state is OutboxState.QUEUED and item.attempts > 0,
    )
