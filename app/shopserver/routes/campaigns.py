"""The running promotion campaign, suggested when customers ask about discounts; supervisors
create and change campaigns, and every agent hears of it as a `campaign.updated` event."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from app.protocol.campaigns import CampaignIn, CampaignOut, CurrentCampaign
from app.shopserver.core.campaigns import current_campaign, save_campaign
from app.shopserver.http.deps import Ctx, CurrentAgent, IdempotencyKey
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.idempotent import run_idempotent
from app.shopserver.http.params import CampaignId
from app.shopserver.routes.supervision import require_supervisor

router = APIRouter(tags=["knowledge base"], responses=ERROR_RESPONSES)


@router.get("/campaigns/current", response_model=CurrentCampaign)
def current(ctx: Ctx, agent: CurrentAgent) -> CurrentCampaign:
    """The campaign running now (its card and coupon), or null."""
    with ctx.db.read() as session:
        return CurrentCampaign.from_domain(current_campaign(session, ctx.clock.now()))


def _saved(
    ctx: Ctx, campaign_id: int | None, body: CampaignIn, agent: CurrentAgent, key: str, request: Request
) -> Response:
    require_supervisor(agent, "campaign changes")

    def work(session: Session, now: datetime) -> tuple[int, CampaignOut]:
        campaign = save_campaign(session, campaign_id, body, now)
        return (201 if campaign_id is None else 200), CampaignOut.model_validate(
            campaign, from_attributes=True
        )

    return run_idempotent(ctx, agent, key, request, body, work)


@router.post("/campaigns", response_model=CampaignOut, status_code=201)
def create(
    ctx: Ctx, agent: CurrentAgent, body: CampaignIn, key: IdempotencyKey, request: Request
) -> Response:
    """Supervisors: a new campaign (emits `campaign.updated` to everyone)."""
    return _saved(ctx, None, body, agent, key, request)


@router.put("/campaigns/{campaign_id}", response_model=CampaignOut)
def replace(
    ctx: Ctx,
    agent: CurrentAgent,
    campaign_id: CampaignId,
    body: CampaignIn,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Supervisors: change a campaign, or end it early with a new `ends_at` (emits `campaign.updated`)."""
    return _saved(ctx, campaign_id, body, agent, key, request)
