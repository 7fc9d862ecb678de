"""The customer profile panel: level, tags, risk flags and figures."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from app.domain.customers import Customer, CustomerLevel, CustomerStats, RiskFlag


class RiskFlagOut(BaseModel):
    """One risk signal."""

    code: str
    detail: str
    at: datetime


class CustomerStatsOut(BaseModel):
    """Figures computed from orders and tickets."""

    orders: int
    total_spent: float
    aftersales: int
    first_order_at: datetime | None = None
    last_order_at: datetime | None = None


class CustomerOut(BaseModel):
    """A customer profile."""

    id: int
    nickname: str
    level: CustomerLevel
    registered_at: datetime
    phone: str | None = None
    qq: str | None = None
    vip_agent_id: str | None = None
    tags: list[str]
    risk_flags: list[RiskFlagOut]
    stats: CustomerStatsOut

    @classmethod
    def from_domain(cls, customer: Customer) -> CustomerOut:
        """Wire form of a domain customer."""
        return cls.model_validate(customer, from_attributes=True)

    def to_domain(self) -> Customer:
        """Domain form (for the client)."""
        return Customer(
            id=self.id,
            nickname=self.nickname,
            level=self.level,
            registered_at=self.registered_at,
            phone=self.phone,
            qq=self.qq,
            vip_agent_id=self.vip_agent_id,
            tags=tuple(self.tags),
            risk_flags=tuple(RiskFlag(**f.model_dump()) for f in self.risk_flags),
            stats=CustomerStats(**self.stats.model_dump()),
        )
