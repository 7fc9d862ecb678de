"""The shop's promotion campaigns."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.campaigns import Campaign
from app.shopserver.core.records import yuan
from app.shopserver.db.tables import CampaignRow


def current_campaign(session: Session, now: datetime) -> Campaign | None:
    """The running campaign that started last, if any."""
    row = session.scalar(
        select(CampaignRow)
        .where(CampaignRow.starts_at <= now, CampaignRow.ends_at > now)
        .order_by(CampaignRow.starts_at.desc(), CampaignRow.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    return Campaign(
        id=row.id,
        title=row.title,
        body=row.body,
        coupon_template_id=row.coupon_template_id,
        coupon_amount=yuan(row.coupon_cents),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
    )
