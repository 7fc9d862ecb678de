"""The fixed intent ids and what the engine says about one customer message."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Protocol


class Intent(StrEnum):
    """The 16 intent ids of INTENTS.md; routing, the knowledge base and evaluation use them."""

    GREETING = "greeting"
    PRESALE_PRODUCT = "presale_product"
    DELIVERY_TIME = "delivery_time"
    NOT_RECEIVED = "not_received"
    CARD_INVALID = "card_invalid"
    PAYMENT_ISSUE = "payment_issue"
    REFUND = "refund"
    AFTERSALE_PROGRESS = "aftersale_progress"
    ORDER_QUERY = "order_query"
    PROMOTION = "promotion"
    RESELLER = "reseller"
    ACCOUNT_SECURITY = "account_security"
    COMPLAINT = "complaint"
    HUMAN_AGENT = "human_agent"
    THANKS_BYE = "thanks_bye"
    OTHER = "other"


INTENTS: tuple[Intent, ...] = tuple(Intent)


@dataclass(frozen=True, slots=True)
class Entities:
    """Values found in a message; each is exactly what INTENTS.md defines, or None."""

    order_no: str | None = None
    amount: float | None = None
    phone: str | None = None
    qq: str | None = None
    game: str | None = None
    card_type: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """The engine's verdict on one customer message."""

    intent: Intent
    confidence: float
    angry: bool
    anger: float
    entities: Entities = field(default_factory=Entities)
    ranked: tuple[tuple[Intent, float], ...] = ()

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (intent ids as strings)."""
        out = asdict(self)
        out["intent"] = str(self.intent)
        out["ranked"] = [[str(i), round(p, 4)] for i, p in self.ranked]
        out["confidence"] = round(self.confidence, 4)
        out["anger"] = round(self.anger, 4)
        return out


class MessageAnalyzer(Protocol):
    """What the rest of the app needs from the intent engine (tests may swap in another)."""

    def analyze(self, text: str) -> Analysis:
        """Label one customer message; never raises on any str."""
        ...
