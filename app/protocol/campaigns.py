"""The running promotion campaign on the wire."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from app.domain.campaigns import Campaign


class CampaignOut(BaseModel):
    """A campaign card with the coupon it gives (amount in yuan)."""

    id: int
    title: str
    body: str
    coupon_template_id: str
    coupon_amount: float
    starts_at: datetime
    ends_at: datetime

    def to_domain(self) -> Campaign:
        """Domain form (for the client)."""
        return Campaign(**self.model_dump())


class CurrentCampaign(BaseModel):
    """The running campaign, or null when none runs."""

    campaign: CampaignOut | None

    @classmethod
    def from_domain(cls, campaign: Campaign | None) -> CurrentCampaign:
        """Wire form."""
        if campaign is None:
            return cls(campaign=None)
        return cls(campaign=CampaignOut.model_validate(campaign, from_attributes=True))
