"""Quality review on the wire: the daily sample, a review, the agent's notes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from app.domain.quality import QaFlag, QaItem
from app.protocol.text import StorableStr


class QaItemOut(BaseModel):
    """A sampled closed chat: automatic flags and, once reviewed, the reviewer's note."""

    conversation_id: int
    agent_id: str
    customer_id: int
    closed_at: datetime
    intent: str | None
    flags: list[QaFlag]
    first_reply_seconds: float | None
    csat_score: int | None
    csat_comment: str | None
    reviewed_by: str | None
    reviewed_at: datetime | None
    note: str | None

    @classmethod
    def from_domain(cls, item: QaItem) -> QaItemOut:
        """Wire form."""
        return cls.model_validate(item, from_attributes=True)

    def to_domain(self) -> QaItem:
        """Domain form (for the client)."""
        data = self.model_dump()
        data["flags"] = tuple(self.flags)
        return QaItem(**data)


class QaItemList(BaseModel):
    """The daily sample (most flags first) or the agent's reviewed chats (newest first)."""

    items: list[QaItemOut]


class QaReviewIn(BaseModel):
    """Mark a chat reviewed; the note (may be empty) is shown to the chat's agent."""

    note: Annotated[StorableStr, Field(max_length=2000)] = ""
