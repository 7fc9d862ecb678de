"""The shop's promotion campaigns."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.campaigns import Campaign
from app.domain.errors import NotFound
from app.domain.events import EventType
from app.protocol.campaigns import CampaignIn, CampaignOut
from app.shopserver.core.event_log import ALL, record_event
from app.shopserver.core.records import cents, yuan
from app.shopserver.db.tables import CampaignRow, CouponTemplateRow


def current_campaign(session: Session, now: datetime) -> Campaign | None:
    """The running campaign that started last, if any."""
    row = session.scalar(
        select(CampaignRow)
        .where(CampaignRow.starts_at <= now, CampaignRow.ends_at > now)
        .order_by(CampaignRow.starts_at.desc(), CampaignRow.id.desc())
        .limit(1)
    )
    return None if row is None else campaign_from_row(row)


def campaign_from_row(row: CampaignRow) -> Campaign:
    """Domain form of a stored campaign."""
    return Campaign(
        id=row.id,
        title=row.title,
        body=row.body,
        coupon_template_id=row.coupon_template_id,
        coupon_amount=yuan(row.coupon_cents),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
    )


def save_campaign(session: Session, campaign_id: int | None, data: CampaignIn, now: datetime) -> Campaign:
    """Create (no id) or replace a campaign, and tell every agent (`campaign.updated`)."""
    if session.get(CouponTemplateRow, data.coupon_template_id) is None:
        raise NotFound(f"coupon template {data.coupon_template_id} does not exist", code="template_not_found")
    row = CampaignRow() if campaign_id is None else session.get(CampaignRow, campaign_id)
    if row is None:
        raise NotFound(f"campaign {campaign_id} does not exist", code="campaign_not_found")
    row.title, row.body, row.coupon_template_id = data.title, data.body, data.coupon_template_id
    row.coupon_cents = cents(data.coupon_amount)
    row.starts_at, row.ends_at = data.starts_at, data.ends_at
    session.add(row)
    session.flush()
    campaign = campaign_from_row(row)
    record_event(
        session,
        EventType.CAMPAIGN_UPDATED,
        CampaignOut.model_validate(campaign, from_attributes=True),
        [ALL],
        now,
    )
    return campaign
