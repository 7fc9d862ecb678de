"""The customer side (chat widget / simulator): customers write, rate, and read replies."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.protocol.conversations import ConversationOut, MessageOut
from app.protocol.text import ClientKey, MessageText, ShortText


class CustomerMessageCreate(BaseModel):
    """A customer's message; opens a conversation when the customer has no open one."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"customer_id": 10002, "client_msg_id": "c-01", "text": "我充的话费没到账"}]
        }
    )

    customer_id: Annotated[int, Field(ge=1, le=2**31 - 1)]
    client_msg_id: ClientKey
    text: MessageText


class CustomerMessageAccepted(BaseModel):
    """The stored message and the conversation as routing left it."""

    message: MessageOut
    conversation: ConversationOut


class CsatSubmit(BaseModel):
    """The customer's satisfaction score, 1 (bad) to 5 (great)."""

    score: Annotated[int, Field(ge=1, le=5)]
    comment: ShortText | None = None
