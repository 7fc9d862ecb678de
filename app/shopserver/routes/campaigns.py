"""The running promotion campaign, suggested when customers ask about discounts."""

from __future__ import annotations

from fastapi import APIRouter

from app.protocol.campaigns import CurrentCampaign
from app.shopserver.core.campaigns import current_campaign
from app.shopserver.http.deps import Ctx, CurrentAgent
from app.shopserver.http.errors import ERROR_RESPONSES

router = APIRouter(tags=["knowledge base"], responses=ERROR_RESPONSES)


@router.get("/campaigns/current", response_model=CurrentCampaign)
def current(ctx: Ctx, agent: CurrentAgent) -> CurrentCampaign:
    """The campaign running now (its card and coupon), or null."""
    with ctx.db.read() as session:
        return CurrentCampaign.from_domain(current_campaign(session, ctx.clock.now()))
