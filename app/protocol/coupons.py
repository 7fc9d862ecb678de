"""Coupon templates, the shop's policy, issuing and supervisor approval."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.domain.coupons import Coupon, CouponStatus, CouponTemplate
from app.protocol.text import OrderNo, ShortText, StorableStr


class CouponTemplateOut(BaseModel):
    """A coupon kind and the amounts it allows (yuan)."""

    id: str
    name: str
    description: str
    min_amount: float
    max_amount: float
    default_amount: float
    validity_days: int

    @classmethod
    def from_domain(cls, template: CouponTemplate) -> CouponTemplateOut:
        """Wire form of a domain template."""
        return cls.model_validate(template, from_attributes=True)


class CouponPolicyOut(BaseModel):
    """The rules behind issuing: the caller's own limit and one coupon per order and template."""

    agent_limit: float
    one_per_order_and_template: bool = True
    approval_role: str = "supervisor"


class CouponTemplateList(BaseModel):
    """Templates plus the policy that applies to the caller."""

    templates: list[CouponTemplateOut]
    policy: CouponPolicyOut


class CouponCreate(BaseModel):
    """Issue a coupon; above the agent's limit it waits for a supervisor (202 pending_approval)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"customer_id": 10002, "template_id": "delay_comp", "amount": 5, "reason": "到账延迟补偿"}
            ]
        }
    )

    customer_id: Annotated[int, Field(ge=1, le=2**31 - 1)]
    order_no: OrderNo | None = None
    template_id: Annotated[StorableStr, Field(min_length=1, max_length=64)]
    amount: Annotated[float, Field(gt=0, le=100_000, allow_inf_nan=False)]
    reason: ShortText
    conversation_id: Annotated[int | None, Field(default=None, ge=1, le=2**63 - 1)] = None


class CouponOut(BaseModel):
    """One coupon and its state."""

    id: int
    customer_id: int
    template_id: str
    amount: float
    reason: str
    status: CouponStatus
    issued_by: str
    created_at: datetime
    order_no: str | None = None
    code: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    expires_at: datetime | None = None

    @classmethod
    def from_domain(cls, coupon: Coupon) -> CouponOut:
        """Wire form of a domain coupon."""
        return cls.model_validate(coupon, from_attributes=True)

    def to_domain(self) -> Coupon:
        """Domain form (for the client)."""
        return Coupon(**self.model_dump())


class CouponList(BaseModel):
    """Coupons (for a supervisor: those waiting for approval)."""

    coupons: list[CouponOut]


class CouponDecision(BaseModel):
    """A supervisor's note on approving or rejecting."""

    note: ShortText | None = None
