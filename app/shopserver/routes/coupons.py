"""Coupon templates and policy, issuing, and supervisor approval."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session

from app.domain.coupons import CouponStatus
from app.protocol.coupons import (
    CouponCreate,
    CouponDecision,
    CouponList,
    CouponOut,
    CouponPolicyOut,
    CouponTemplateList,
    CouponTemplateOut,
)
from app.shopserver.core import coupons as ops
from app.shopserver.core.records import template_from_row
from app.shopserver.core.wire import coupon_out
from app.shopserver.http.deps import Ctx, CurrentAgent, IdempotencyKey
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.idempotent import run_idempotent
from app.shopserver.http.params import CouponId

router = APIRouter(tags=["coupons"], responses=ERROR_RESPONSES)


@router.get("/coupon-templates", response_model=CouponTemplateList)
def templates(ctx: Ctx, agent: CurrentAgent) -> CouponTemplateList:
    """Templates with their amount ranges, and the caller's own issuing limit."""
    with ctx.db.read() as session:
        rows = ops.list_templates(session)
        return CouponTemplateList(
            templates=[CouponTemplateOut.from_domain(template_from_row(r)) for r in rows],
            policy=CouponPolicyOut(agent_limit=agent.coupon_limit),
        )


@router.post(
    "/coupons",
    status_code=201,
    response_model=CouponOut,
    responses={
        201: {"description": "Issued (within the agent's limit)"},
        202: {"model": CouponOut, "description": "Above the agent's limit: pending_approval by a supervisor"},
    },
)
def issue(
    ctx: Ctx, agent: CurrentAgent, body: CouponCreate, key: IdempotencyKey, request: Request
) -> Response:
    """Issue a coupon exactly once per Idempotency-Key; 202 pending_approval above the limit."""

    def work(session: Session, now: datetime) -> tuple[int, CouponOut]:
        coupon = ops.issue_coupon(session, agent, body, now)
        return (201 if coupon.status == CouponStatus.ISSUED else 202), coupon_out(coupon)

    return run_idempotent(ctx, agent, key, request, body, work)


@router.get("/coupons", response_model=CouponList)
def list_coupons(
    ctx: Ctx,
    agent: CurrentAgent,
    status: CouponStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> CouponList:
    """Supervisors: every coupon (e.g. status=pending_approval); agents: those they issued."""
    with ctx.db.read() as session:
        rows = ops.visible_coupons(session, agent, status, limit)
        return CouponList(coupons=[coupon_out(r) for r in rows])


@router.get("/coupons/{coupon_id}", response_model=CouponOut)
def get_coupon(ctx: Ctx, agent: CurrentAgent, coupon_id: CouponId) -> CouponOut:
    """One coupon."""
    with ctx.db.read() as session:
        return coupon_out(ops.load_coupon(session, coupon_id))


def _decide(
    ctx: Ctx,
    agent: CurrentAgent,
    coupon_id: int,
    body: CouponDecision,
    key: str,
    request: Request,
    approve: bool,
) -> Response:
    def work(session: Session, now: datetime) -> tuple[int, CouponOut]:
        return 200, coupon_out(ops.decide_coupon(session, agent, coupon_id, approve, now))

    return run_idempotent(ctx, agent, key, request, body, work)


@router.post("/coupons/{coupon_id}/approve", response_model=CouponOut)
def approve(
    ctx: Ctx,
    agent: CurrentAgent,
    coupon_id: CouponId,
    body: CouponDecision,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Supervisor only: issue a pending coupon."""
    return _decide(ctx, agent, coupon_id, body, key, request, approve=True)


@router.post("/coupons/{coupon_id}/reject", response_model=CouponOut)
def reject(
    ctx: Ctx,
    agent: CurrentAgent,
    coupon_id: CouponId,
    body: CouponDecision,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Supervisor only: refuse a pending coupon."""
    return _decide(ctx, agent, coupon_id, body, key, request, approve=False)
