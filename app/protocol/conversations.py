"""Conversations, messages and the agent's actions on them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.domain.conversations import Conversation, ConversationStatus, Message, Resolution, Sender
from app.protocol.text import AgentId, ClientKey, GroupId, MessageText, ShortText


class MessageOut(BaseModel):
    """One chat line; `text` is exactly what was written."""

    id: int
    conversation_id: int
    sender: Sender
    text: str
    created_at: datetime
    agent_id: str | None = None
    client_msg_id: str | None = None

    @classmethod
    def from_domain(cls, message: Message) -> MessageOut:
        """Wire form of a domain message."""
        return cls(
            id=message.id,
            conversation_id=message.conversation_id,
            sender=message.sender,
            text=message.text,
            created_at=message.created_at,
            agent_id=message.agent_id,
            client_msg_id=message.client_msg_id,
        )

    def to_domain(self) -> Message:
        """Domain form (for the client)."""
        return Message(
            id=self.id,
            conversation_id=self.conversation_id,
            sender=self.sender,
            text=self.text,
            created_at=self.created_at,
            agent_id=self.agent_id,
            client_msg_id=self.client_msg_id,
        )


class ConversationOut(BaseModel):
    """A conversation with its routing tags and service state."""

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

    @classmethod
    def from_domain(cls, conversation: Conversation) -> ConversationOut:
        """Wire form of a domain conversation."""
        return cls.model_validate(conversation, from_attributes=True)

    def to_domain(self) -> Conversation:
        """Domain form (for the client)."""
        return Conversation(**self.model_dump())


class ConversationList(BaseModel):
    """Conversations of one list (waiting ones in queue order: anger, VIP, wait time)."""

    conversations: list[ConversationOut]


class MessagePage(BaseModel):
    """Messages oldest first; `has_more` when older ones exist before the first."""

    messages: list[MessageOut]
    has_more: bool


class MessageCreate(BaseModel):
    """An agent's reply; a retry with the same client_msg_id is answered with the first result."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"client_msg_id": "m-7f3a", "text": "您好，正在为您查询订单"}]}
    )

    client_msg_id: ClientKey
    text: MessageText


class TransferRequest(BaseModel):
    """Hand the chat to one colleague or back to a group's queue (exactly one of the two)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"agent_id": "agent02"}, {"group": "aftersale"}]}
    )

    agent_id: AgentId | None = None
    group: GroupId | None = None
    note: Annotated[ShortText | None, Field(default=None)] = None

    @model_validator(mode="after")
    def _one_target(self) -> TransferRequest:
        if (self.agent_id is None) == (self.group is None):
            raise ValueError("give exactly one of agent_id or group")
        return self


class CloseRequest(BaseModel):
    """How the conversation ended."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"resolution": "resolved"}]})

    resolution: Resolution
