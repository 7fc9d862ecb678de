"""What the agent teaches the desk: quick replies of their own and corrected intents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class QuickReply:
    """An agent's own canned answer; the body may hold {称呼} {订单号} {预计到账} {券额}."""

    id: int
    shortcut: str
    title: str
    body: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class IntentCorrection:
    """The intent an agent says a customer message really had (the engine's guess kept beside it)."""

    message_id: int
    conversation_id: int
    text: str
    intent: str
    predicted: str | None
    angry: bool
    created_at: datetime
