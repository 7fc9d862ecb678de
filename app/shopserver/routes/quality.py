"""Quality review (质检): the daily sample for supervisors, reviews, and notes for agents."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session

from app.protocol.quality import QaItemList, QaItemOut, QaReviewIn
from app.shopserver.context import ServerContext
from app.shopserver.core import quality as ops
from app.shopserver.http.deps import Ctx, CurrentAgent, IdempotencyKey
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.idempotent import run_idempotent
from app.shopserver.http.params import ConversationId
from app.shopserver.routes.supervision import DayQuery, require_supervisor, wanted_day

router = APIRouter(tags=["quality review"], responses=ERROR_RESPONSES)


def _rules(ctx: ServerContext) -> ops.QaRules:
    return ops.QaRules(ctx.settings.first_reply_sla_seconds, ctx.settings.qa_low_csat)


@router.get("/qa/sample", response_model=QaItemList)
def sample(ctx: Ctx, agent: CurrentAgent, day: DayQuery = None) -> QaItemList:
    """Supervisors: the day's closed chats to review, flagged ones first."""
    require_supervisor(agent, "the quality sample")
    wanted = wanted_day(ctx, day)
    with ctx.db.read() as session:
        items = ops.daily_sample(
            session, wanted, ctx.settings.qa_sample_size, _rules(ctx), ctx.settings.shop_utc_offset_hours
        )
        return QaItemList(items=[QaItemOut.from_domain(i) for i in items])


@router.post("/qa/reviews/{conversation_id}", response_model=QaItemOut)
def review(
    ctx: Ctx,
    agent: CurrentAgent,
    conversation_id: ConversationId,
    body: QaReviewIn,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Supervisors: mark a closed chat reviewed, with a note its agent sees."""
    require_supervisor(agent, "quality reviews")
    rules = _rules(ctx)

    def work(session: Session, now: datetime) -> tuple[int, QaItemOut]:
        item = ops.review_chat(session, agent, conversation_id, body.note, rules, now)
        return 200, QaItemOut.from_domain(item)

    return run_idempotent(ctx, agent, key, request, body, work)


@router.get("/qa/notes", response_model=QaItemList)
def notes(ctx: Ctx, agent: CurrentAgent, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> QaItemList:
    """The agent's own reviewed chats with the supervisors' notes, newest first."""
    with ctx.db.read() as session:
        items = ops.notes_for_agent(session, agent.id, _rules(ctx), limit)
        return QaItemList(items=[QaItemOut.from_domain(i) for i in items])
