"""Demo customers: nicknames, VIP desk, profile tags and risk flags."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.customers import CustomerLevel, CustomerTag, RiskCode
from app.shopserver.db.tables import (
    CustomerRow,
    RiskFlagRow,
)
from app.shopserver.seed import catalog
from app.shopserver.seed.demo_state import CUSTOMERS, FIRST_CUSTOMER_ID, VIP_EVERY, SeedStep


class CustomerSeeder(SeedStep):
    """Customers and what the profile panel shows about them."""

    def _nickname(self) -> str:
        rng = self.rng
        style = rng.random()
        if style < 0.3:
            return rng.choice(catalog.SURNAMES) + rng.choice(("先生", "女士", "同学"))
        if style < 0.65:
            return (
                rng.choice(catalog.NICK_HEADS)
                + rng.choice(catalog.NICK_TAILS)
                + rng.choice(("", "酱", "呀", "子"))
            )
        return rng.choice(catalog.GAMER_NAMES) + str(rng.randint(1, 9999))

    def customers(self, session: Session) -> list[dict[str, Any]]:
        """Insert the customers; returns their rows as dicts (with seeding-only "_" keys)."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        for i in range(CUSTOMERS):
            cid = FIRST_CUSTOMER_ID + i
            vip = i % VIP_EVERY == 7
            new = rng.random() < 0.1
            days = rng.randint(1, 29) if new else rng.randint(30, 900)
            rows.append(
                {
                    "id": cid,
                    "nickname": self._nickname(),
                    "level": str(CustomerLevel.VIP if vip else CustomerLevel.NORMAL),
                    "phone": rng.choice(catalog.PHONE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}",
                    "qq": str(rng.randint(10_000_000, 3_999_999_999)),
                    "vip_agent_id": "vip01" if vip else None,
                    "tags": [],
                    "registered_at": self.now - timedelta(days=days, minutes=rng.randint(0, 1440)),
                    "_new": new,
                    "_price_sensitive": rng.random() < 0.15,
                    "_risk": rng.random(),
                }
            )
        session.execute(
            insert(CustomerRow), [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
        )
        return rows

    def tag_customers(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """Profile tags from the orders made, and risk flags for a few customers."""
        rng = self.rng
        flags: list[dict[str, Any]] = []
        for c in customers:
            tags: list[str] = []
            orders = self.orders_by_customer.get(c["id"], [])
            if c["level"] == CustomerLevel.VIP:
                tags.append(CustomerTag.VIP)
            if len(orders) >= 15:
                tags.append(CustomerTag.FREQUENT)
            if c["_price_sensitive"]:
                tags.append(CustomerTag.PRICE_SENSITIVE)
            if c["_new"]:
                tags.append(CustomerTag.NEW)
            session.get(CustomerRow, c["id"]).tags = tags  # type: ignore[union-attr]
            risk = c["_risk"]
            if risk < 0.06:
                city_from, city_to = rng.sample(catalog.CITIES, 2)
                flags.append(
                    {
                        "customer_id": c["id"],
                        "code": str(RiskCode.NEW_IP_LOGIN),
                        "detail": f"新设备登录，IP 属地由{city_from}变为{city_to}",
                        "at": self.now - timedelta(hours=rng.randint(1, 72)),
                    }
                )
            elif risk < 0.11:
                flags.append(
                    {
                        "customer_id": c["id"],
                        "code": str(RiskCode.REPEATED_FAILED_PAYMENTS),
                        "detail": f"24 小时内支付失败 {rng.randint(3, 6)} 次",
                        "at": self.now - timedelta(hours=rng.randint(1, 24)),
                    }
                )
            elif risk < 0.13:
                flags.append(
                    {
                        "customer_id": c["id"],
                        "code": str(RiskCode.MANY_REFUNDS),
                        "detail": "近 30 天退款 4 次",
                        "at": self.now - timedelta(days=rng.randint(1, 10)),
                    }
                )
        if flags:
            session.execute(insert(RiskFlagRow), flags)
