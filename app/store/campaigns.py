"""The shop's campaigns as last heard of: the running one from the first sync, and every change
announced since as a `campaign.updated` event. Which one runs is decided when it is read."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.campaigns import Campaign
from app.store.tables import CampaignRow


def upsert_campaign(session: Session, campaign: Campaign) -> None:
    """Store or update one campaign by id."""
    row = session.get(CampaignRow, campaign.id) or CampaignRow(id=campaign.id)
    row.title, row.body = campaign.title, campaign.body
    row.coupon_template_id, row.coupon_amount = campaign.coupon_template_id, campaign.coupon_amount
    row.starts_at, row.ends_at = campaign.starts_at, campaign.ends_at
    session.add(row)


def cached_campaign(session: Session, now: datetime | None = None) -> Campaign | None:
    """The cached campaign running at `now` (the latest started), if any."""
    at = now or datetime.now(UTC)
    running = [
        c
        for c in (_campaign(r) for r in session.scalars(select(CampaignRow)))
        if _utc(c.starts_at) <= at < _utc(c.ends_at)
    ]
    return max(running, key=lambda c: (_utc(c.starts_at), c.id)) if running else None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _campaign(row: CampaignRow) -> Campaign:
    return Campaign(
        row.id, row.title, row.body, row.coupon_template_id, row.coupon_amount, row.starts_at, row.ends_at
    )
