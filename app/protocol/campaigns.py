"""The running promotion campaign on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, Field, StringConstraints, model_validator

from app.domain.campaigns import Campaign
from app.protocol.text import StorableStr


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


class CampaignIn(BaseModel):
    """A campaign as a supervisor writes it (amount in yuan); ending it early is a new `ends_at`."""

    title: Annotated[StorableStr, Field(min_length=1, max_length=100)]
    body: Annotated[StorableStr, Field(min_length=1, max_length=2000)]
    coupon_template_id: Annotated[
        str, StringConstraints(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")
    ]
    coupon_amount: float = Field(gt=0, le=10000)
    starts_at: AwareDatetime
    ends_at: AwareDatetime

    @model_validator(mode="after")
    def _ends_after_start(self) -> CampaignIn:
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self
