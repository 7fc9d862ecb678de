"""The running campaign as last fetched from the shop (one row at most)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.campaigns import Campaign
from app.store.tables import CampaignRow


def replace_campaign(session: Session, campaign: Campaign | None) -> None:
    """Keep only `campaign` (none when the shop runs none)."""
    session.execute(delete(CampaignRow))
    if campaign is not None:
        session.add(
            CampaignRow(
                id=campaign.id,
                title=campaign.title,
                body=campaign.body,
                coupon_template_id=campaign.coupon_template_id,
                coupon_amount=campaign.coupon_amount,
                starts_at=campaign.starts_at,
                ends_at=campaign.ends_at,
            )
        )


def cached_campaign(session: Session) -> Campaign | None:
    """The cached campaign, if any."""
    row = session.scalar(select(CampaignRow).limit(1))
    if row is None:
        return None
    return Campaign(
        row.id, row.title, row.body, row.coupon_template_id, row.coupon_amount, row.starts_at, row.ends_at
    )
