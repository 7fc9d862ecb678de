"""The customer side (chat widget, simulator, tests): write as a customer, read replies, rate.

Guarded by the shop's channel key (`X-Channel-Key`), not by agent tokens.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query
from sqlalchemy import select

from app.domain.errors import Unauthorized
from app.protocol.channel import CsatSubmit, CustomerMessageAccepted, CustomerMessageCreate
from app.protocol.conversations import ConversationOut, MessagePage
from app.shopserver.core.conversations import load_conversation
from app.shopserver.core.wire import message_out
from app.shopserver.customer_side import customer_rates, customer_writes
from app.shopserver.db.tables import MessageRow
from app.shopserver.http.deps import Ctx
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.params import MAX_BIGINT, ConversationId

router = APIRouter(prefix="/channel", tags=["customer channel"], responses=ERROR_RESPONSES)


def channel_key(
    ctx: Ctx, key: Annotated[str | None, Header(alias="X-Channel-Key", max_length=200)] = None
) -> None:
    """401 unless the shop's channel key is sent."""
    if key != ctx.settings.channel_key:
        raise Unauthorized("send the shop's channel key in X-Channel-Key", code="bad_channel_key")


Channel = Depends(channel_key)


@router.post("/messages", status_code=201, response_model=CustomerMessageAccepted, dependencies=[Channel])
def customer_message(ctx: Ctx, body: CustomerMessageCreate) -> CustomerMessageAccepted:
    """A customer writes; the engine tags it; the bot answers or routing assigns the chat.

    Retrying with the same client_msg_id returns the stored message without storing it twice."""
    return customer_writes(ctx, body.customer_id, body.client_msg_id, body.text)


@router.get("/conversations/{conversation_id}/messages", response_model=MessagePage, dependencies=[Channel])
def customer_transcript(
    ctx: Ctx,
    conversation_id: ConversationId,
    after: Annotated[int, Query(ge=0, le=MAX_BIGINT, description="Only messages with a larger id")] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> MessagePage:
    """What the customer sees: every message after `after`, oldest first."""
    with ctx.db.read() as session:
        load_conversation(session, conversation_id)
        rows = session.scalars(
            select(MessageRow)
            .where(MessageRow.conversation_id == conversation_id, MessageRow.id > after)
            .order_by(MessageRow.id)
            .limit(limit + 1)
        ).all()
        return MessagePage(messages=[message_out(r) for r in rows[:limit]], has_more=len(rows) > limit)


@router.post("/conversations/{conversation_id}/csat", response_model=ConversationOut, dependencies=[Channel])
def customer_rating(ctx: Ctx, conversation_id: ConversationId, body: CsatSubmit) -> ConversationOut:
    """The customer answers a CSAT invite (1–5)."""
    return customer_rates(ctx, conversation_id, body.score, body.comment)
