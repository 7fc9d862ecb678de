"""After-sales tickets: open from a chat, read with progress nodes, advance (supervisor)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import Forbidden
from app.protocol.text import OrderNo
from app.protocol.tickets import TicketAdvance, TicketCreate, TicketList, TicketOut
from app.shopserver.core import tickets as ops
from app.shopserver.core.access import ensure_readable
from app.shopserver.core.conversations import load_conversation
from app.shopserver.core.wire import ticket_out
from app.shopserver.db.tables import TicketRow
from app.shopserver.http.deps import Ctx, CurrentAgent, IdempotencyKey
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.idempotent import run_idempotent
from app.shopserver.http.params import MAX_BIGINT, TicketId

router = APIRouter(tags=["tickets"], responses=ERROR_RESPONSES)


@router.post("/tickets", status_code=201, response_model=TicketOut)
def create_ticket(
    ctx: Ctx, agent: CurrentAgent, body: TicketCreate, key: IdempotencyKey, request: Request
) -> Response:
    """Open a ticket from a chat the agent may see; it starts at 提交 and the customer is told."""

    def work(session: Session, now: datetime) -> tuple[int, TicketOut]:
        conv = load_conversation(session, body.conversation_id)
        ensure_readable(agent, conv)
        ticket = ops.open_ticket(
            session,
            customer_id=conv.customer_id,
            conversation_id=conv.id,
            order_no=body.order_no,
            kind=body.kind,
            description=body.description,
            agent_id=agent.id,
            now=now,
        )
        return 201, ticket_out(session, ticket)

    return run_idempotent(ctx, agent, key, request, body, work)


@router.get("/tickets", response_model=TicketList)
def list_tickets(
    ctx: Ctx,
    agent: CurrentAgent,
    conversation_id: Annotated[int | None, Query(ge=1, le=MAX_BIGINT)] = None,
    order_no: OrderNo | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> TicketList:
    """Tickets of a conversation or an order, or (neither given) those the agent opened."""
    with ctx.db.read() as session:
        query = select(TicketRow)
        if conversation_id is not None:
            query = query.where(TicketRow.conversation_id == conversation_id)
        if order_no is not None:
            query = query.where(TicketRow.order_no == order_no)
        if conversation_id is None and order_no is None:
            query = query.where(TicketRow.agent_id == agent.id)
        rows = session.scalars(query.order_by(TicketRow.id.desc()).limit(limit)).all()
        return TicketList(tickets=[ticket_out(session, r) for r in rows])


@router.get("/tickets/{ticket_id}", response_model=TicketOut)
def get_ticket(ctx: Ctx, agent: CurrentAgent, ticket_id: TicketId) -> TicketOut:
    """A ticket with its progress nodes and times."""
    with ctx.db.read() as session:
        return ticket_out(session, ops.load_ticket(session, ticket_id))


@router.post("/tickets/{ticket_id}/advance", response_model=TicketOut)
def advance_ticket(
    ctx: Ctx,
    agent: CurrentAgent,
    ticket_id: TicketId,
    body: TicketAdvance,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Supervisor (back office) only: move to the next node; agent and customer are told."""
    if not agent.is_supervisor:
        raise Forbidden("only a supervisor can move tickets on", code="supervisor_only")

    def work(session: Session, now: datetime) -> tuple[int, TicketOut]:
        ticket = ops.advance_ticket(session, ticket_id, body.node, body.note or "", now)
        return 200, ticket_out(session, ticket)

    return run_idempotent(ctx, agent, key, request, body, work)
