"""Conversations and messages: lists, transcript pages, replies, accept, transfer, close, CSAT."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session

from app.protocol.conversations import (
    CloseRequest,
    ConversationList,
    ConversationOut,
    MessageCreate,
    MessageOut,
    MessagePage,
    TransferRequest,
)
from app.shopserver.core import conversations as ops
from app.shopserver.core.access import ensure_readable
from app.shopserver.core.wire import conversation_out, message_out
from app.shopserver.http.deps import Ctx, CurrentAgent, IdempotencyKey
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.idempotent import run_idempotent
from app.shopserver.http.params import MAX_BIGINT, ConversationId

router = APIRouter(tags=["conversations"], responses=ERROR_RESPONSES)


@router.get("/conversations", response_model=ConversationList)
def list_conversations(
    ctx: Ctx,
    agent: CurrentAgent,
    status: Literal["waiting", "mine", "closed"] = "mine",
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> ConversationList:
    """`waiting`: the queues of the agent's groups in priority order; `mine`; `closed` (theirs)."""
    with ctx.db.read() as session:
        rows = ops.list_conversations(session, agent, status, limit)
        return ConversationList(conversations=[conversation_out(r) for r in rows])


@router.get("/conversations/{conversation_id}", response_model=ConversationOut)
def get_conversation(ctx: Ctx, agent: CurrentAgent, conversation_id: ConversationId) -> ConversationOut:
    """One conversation the agent may see (403 otherwise)."""
    with ctx.db.read() as session:
        conv = ops.load_conversation(session, conversation_id)
        ensure_readable(agent, conv)
        return conversation_out(conv)


@router.get("/conversations/{conversation_id}/messages", response_model=MessagePage)
def get_messages(
    ctx: Ctx,
    agent: CurrentAgent,
    conversation_id: ConversationId,
    before: Annotated[
        int | None, Query(ge=1, le=MAX_BIGINT, description="Only messages with a smaller id")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> MessagePage:
    """A page of the transcript (bot messages included), oldest first."""
    with ctx.db.read() as session:
        rows, has_more = ops.message_page(session, agent, conversation_id, before, limit)
        return MessagePage(messages=[message_out(r) for r in rows], has_more=has_more)


@router.post(
    "/conversations/{conversation_id}/messages",
    status_code=201,
    response_model=MessageOut,
    responses={201: {"description": "Stored (or the first result for this client_msg_id)"}},
)
def post_message(
    ctx: Ctx, agent: CurrentAgent, conversation_id: ConversationId, body: MessageCreate, request: Request
) -> Response:
    """Reply in a chat assigned to the agent; a retry with the same client_msg_id is not stored twice."""

    def work(session: Session, now: datetime) -> tuple[int, MessageOut]:
        row = ops.post_reply(session, agent, conversation_id, body.client_msg_id, body.text, now)
        return 201, message_out(row)

    return run_idempotent(
        ctx, agent, f"msg:{body.client_msg_id}", request, body, work, key_field="client_msg_id"
    )


@router.post("/conversations/{conversation_id}/accept", response_model=ConversationOut)
def accept(ctx: Ctx, agent: CurrentAgent, conversation_id: ConversationId) -> ConversationOut:
    """Take a waiting chat of one's groups, or confirm one routed to oneself (idempotent)."""
    with ctx.db.write() as session:
        conv = ops.accept(session, ctx.router, agent, conversation_id, ctx.clock.now())
        return conversation_out(conv)


@router.post("/conversations/{conversation_id}/transfer", response_model=ConversationOut)
def transfer(
    ctx: Ctx,
    agent: CurrentAgent,
    conversation_id: ConversationId,
    body: TransferRequest,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Hand the chat to a colleague (agent_id) or back to a group's queue (group)."""

    def work(session: Session, now: datetime) -> tuple[int, ConversationOut]:
        conv = ops.transfer(session, ctx.router, agent, conversation_id, now, body.agent_id, body.group)
        return 200, conversation_out(conv)

    return run_idempotent(ctx, agent, key, request, body, work)


@router.post("/conversations/{conversation_id}/close", response_model=ConversationOut)
def close(
    ctx: Ctx,
    agent: CurrentAgent,
    conversation_id: ConversationId,
    body: CloseRequest,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Close the chat with a resolution; the agent's freed slot takes the next waiting chat."""

    def work(session: Session, now: datetime) -> tuple[int, ConversationOut]:
        conv = ops.close(session, ctx.router, agent, conversation_id, body.resolution, now)
        return 200, conversation_out(conv)

    return run_idempotent(ctx, agent, key, request, body, work)


@router.post("/conversations/{conversation_id}/csat-invite", response_model=ConversationOut)
def csat_invite(
    ctx: Ctx, agent: CurrentAgent, conversation_id: ConversationId, key: IdempotencyKey, request: Request
) -> Response:
    """Ask the customer to rate the service (a system message in the chat)."""

    def work(session: Session, now: datetime) -> tuple[int, ConversationOut]:
        conv = ops.invite_csat(session, agent, conversation_id, now)
        return 200, conversation_out(conv)

    return run_idempotent(ctx, agent, key, request, None, work)
