"""After-sales tickets and their progress nodes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.domain.tickets import Ticket, TicketKind, TicketNode, TicketProgress
from app.protocol.text import OrderNo, ShortText


class TicketCreate(BaseModel):
    """Open a ticket from a chat, pre-filled with the order and what the customer said."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"conversation_id": 1, "kind": "reissue", "description": "卡密无效，申请补发"}]
        }
    )

    conversation_id: Annotated[int, Field(ge=1, le=2**63 - 1)]
    order_no: OrderNo | None = None
    kind: TicketKind
    description: ShortText


class TicketProgressOut(BaseModel):
    """One node reached: id, Chinese label and time."""

    node: TicketNode
    label: str
    at: datetime
    note: str = ""


class TicketOut(BaseModel):
    """A ticket with its nodes (oldest first) and the 24 h review deadline."""

    id: int
    kind: TicketKind
    node: TicketNode
    node_label: str
    customer_id: int
    description: str
    created_at: datetime
    review_deadline: datetime
    conversation_id: int | None = None
    order_no: str | None = None
    agent_id: str | None = None
    user_tags: list[str]
    progress: list[TicketProgressOut]

    @classmethod
    def from_domain(cls, ticket: Ticket) -> TicketOut:
        """Wire form of a domain ticket."""
        return cls(
            id=ticket.id,
            kind=ticket.kind,
            node=ticket.node,
            node_label=ticket.node.label,
            customer_id=ticket.customer_id,
            description=ticket.description,
            created_at=ticket.created_at,
            review_deadline=ticket.review_deadline,
            conversation_id=ticket.conversation_id,
            order_no=ticket.order_no,
            agent_id=ticket.agent_id,
            user_tags=list(ticket.user_tags),
            progress=[
                TicketProgressOut(node=p.node, label=p.node.label, at=p.at, note=p.note)
                for p in ticket.progress
            ],
        )

    def to_domain(self) -> Ticket:
        """Domain form (for the client)."""
        return Ticket(
            id=self.id,
            kind=self.kind,
            node=self.node,
            customer_id=self.customer_id,
            description=self.description,
            created_at=self.created_at,
            review_deadline=self.review_deadline,
            conversation_id=self.conversation_id,
            order_no=self.order_no,
            agent_id=self.agent_id,
            user_tags=tuple(self.user_tags),
            progress=tuple(TicketProgress(node=p.node, at=p.at, note=p.note) for p in self.progress),
        )


class TicketList(BaseModel):
    """Tickets, newest first."""

    tickets: list[TicketOut]


class TicketAdvance(BaseModel):
    """Move a ticket to its next node (supervisor or the after-sales back office)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"node": "reviewing"}]})

    node: TicketNode
    note: ShortText | None = None
