"""Cached after-sales tickets and their progress nodes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.tickets import Ticket, TicketKind, TicketNode, TicketProgress
from app.store.tables import TicketRow


def upsert_ticket(session: Session, ticket: Ticket, now: datetime | None = None) -> None:
    """Store the ticket as the server sent it."""
    row = session.get(TicketRow, ticket.id)
    if row is None:
        row = TicketRow(id=ticket.id)
        session.add(row)
    row.kind = str(ticket.kind)
    row.node = str(ticket.node)
    row.customer_id = ticket.customer_id
    row.description = ticket.description
    row.created_at = ticket.created_at
    row.review_deadline = ticket.review_deadline
    row.conversation_id = ticket.conversation_id
    row.order_no = ticket.order_no
    row.agent_id = ticket.agent_id
    row.user_tags = list(ticket.user_tags)
    row.progress = [{"node": str(p.node), "at": p.at.isoformat(), "note": p.note} for p in ticket.progress]
    row.fetched_at = now or datetime.now(UTC)


def _to_domain(row: TicketRow) -> Ticket:
    return Ticket(
        id=row.id,
        kind=TicketKind(row.kind),
        node=TicketNode(row.node),
        customer_id=row.customer_id,
        description=row.description,
        created_at=row.created_at,
        review_deadline=row.review_deadline,
        conversation_id=row.conversation_id,
        order_no=row.order_no,
        agent_id=row.agent_id,
        user_tags=tuple(row.user_tags or ()),
        progress=tuple(
            TicketProgress(node=TicketNode(p["node"]), at=datetime.fromisoformat(p["at"]), note=p["note"])
            for p in row.progress or ()
        ),
    )


def get_ticket(session: Session, ticket_id: int) -> Ticket | None:
    """One cached ticket."""
    row = session.get(TicketRow, ticket_id)
    return _to_domain(row) if row is not None else None


def tickets_of_conversation(session: Session, conversation_id: int) -> list[Ticket]:
    """A conversation's cached tickets, newest first."""
    rows = session.scalars(
        select(TicketRow).where(TicketRow.conversation_id == conversation_id).order_by(TicketRow.id.desc())
    )
    return [_to_domain(r) for r in rows]
