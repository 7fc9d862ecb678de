"""After-sales tickets and their progress nodes 提交 → 审核中 → 已补发 / 已退款 → 完成."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TicketKind(StrEnum):
    """What the customer needs."""

    REISSUE = "reissue"
    REFUND = "refund"
    CARD_CHECK = "card_check"
    PAYMENT_DISPUTE = "payment_dispute"


class TicketNode(StrEnum):
    """A progress node; the Chinese label is what the customer and agent read."""

    SUBMITTED = "submitted"
    REVIEWING = "reviewing"
    REISSUED = "reissued"
    REFUNDED = "refunded"
    DONE = "done"

    @property
    def label(self) -> str:
        """The node's Chinese name."""
        return TICKET_NODE_LABELS[self]


TICKET_NODE_LABELS: dict[TicketNode, str] = {
    TicketNode.SUBMITTED: "提交",
    TicketNode.REVIEWING: "审核中",
    TicketNode.REISSUED: "已补发",
    TicketNode.REFUNDED: "已退款",
    TicketNode.DONE: "完成",
}

NEXT_NODES: dict[TicketNode, tuple[TicketNode, ...]] = {
    TicketNode.SUBMITTED: (TicketNode.REVIEWING,),
    TicketNode.REVIEWING: (TicketNode.REISSUED, TicketNode.REFUNDED),
    TicketNode.REISSUED: (TicketNode.DONE,),
    TicketNode.REFUNDED: (TicketNode.DONE,),
    TicketNode.DONE: (),
}

REVIEW_SLA_HOURS = 24


@dataclass(frozen=True, slots=True)
class TicketProgress:
    """One node reached, with its time."""

    node: TicketNode
    at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Ticket:
    """An after-sales case linked to a conversation and an order."""

    id: int
    kind: TicketKind
    node: TicketNode
    customer_id: int
    description: str
    created_at: datetime
    review_deadline: datetime
    conversation_id: int | None = None
    order_no: str | None = None
    agent_id: str | None = None
    user_tags: tuple[str, ...] = ()
    progress: tuple[TicketProgress, ...] = ()
