"""The deterministic demo seed: same data for the same `now`, built in a second or two.

240 customers (12 VIP), ~2,400 orders over 90 days with payments and deliveries (卡密 issued,
top-ups succeeded, failed or stuck), 45 knowledge-base articles in three layers, coupon templates,
40 tickets spread over every progress node with their chats, today's closed chats per agent, a
week of history before it (closed chats with first replies, ratings, a few SLA breaches and
tickets, for the dashboard's 7-day charts) and six chats waiting in the queues.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from app.shopserver.auth.passwords import hash_password
from app.shopserver.db.tables import (
    AgentRow,
    CampaignRow,
    CouponTemplateRow,
)
from app.shopserver.db.transactions import Database
from app.shopserver.seed.demo_customers import CustomerSeeder
from app.shopserver.seed.demo_history import HistorySeeder
from app.shopserver.seed.demo_orders import OrderSeeder
from app.shopserver.seed.demo_service import ServiceSeeder
from app.shopserver.seed.demo_state import SEED, SeedState
from app.shopserver.seed.staff import COUPON_TEMPLATES, DEMO_PASSWORD, STAFF


def seed_demo(database: Database, now: datetime | None = None) -> None:
    """Fill an empty, migrated database with the demo shop."""
    anchor = (now or datetime.now(UTC)).replace(microsecond=0)
    state = SeedState(rng=random.Random(SEED), now=anchor)
    people, orders, service = CustomerSeeder(state), OrderSeeder(state), ServiceSeeder(state)
    with database.write() as session:
        _staff(session)
        _templates(session)
        _campaigns(session, anchor)
        customers = people.customers(session)
        orders.orders(session, customers)
        people.tag_customers(session, customers)
        service.knowledge(session)
        service.coupons(session, customers)
        service.tickets(session, customers)
        service.closed_chats(session, customers)
        service.waiting_chats(session, customers)
        HistorySeeder(state).history(session, customers)


def _staff(session: Session) -> None:
    digest = hash_password(DEMO_PASSWORD)
    for member in STAFF:
        session.add(
            AgentRow(
                id=member.id,
                name=member.name,
                password_hash=digest,
                role=str(member.role),
                skill_groups=[str(g) for g in member.groups],
                vip_desk=member.vip_desk,
                coupon_limit_cents=member.coupon_limit * 100,
                max_concurrent=member.max_concurrent,
                presence="offline",
                last_seen_at=None,
            )
        )
    session.flush()


def _templates(session: Session) -> None:
    for tid, name, description, low, high, default, days in COUPON_TEMPLATES:
        session.add(
            CouponTemplateRow(
                id=tid,
                name=name,
                description=description,
                min_cents=low * 100,
                max_cents=high * 100,
                default_cents=default * 100,
                validity_days=days,
            )
        )


def _campaigns(session: Session, now: datetime) -> None:
    """One campaign running now, one that ended (never suggested)."""
    session.flush()  # the coupon templates they point to
    session.add_all(
        [
            CampaignRow(
                title="国庆充值节",
                body="国庆期间话费、Q币满 100 减 8，活动已结束。",
                coupon_template_id="new_user",
                coupon_cents=800,
                starts_at=now - timedelta(days=70),
                ends_at=now - timedelta(days=60),
            ),
            CampaignRow(
                title="双 12 充值节：满 50 减 5",
                body="活动期间话费、Q币、游戏点券订单满 50 元立减 5 元，领取的 5 元活动券 7 天内有效，每人限领一张。",
                coupon_template_id="new_user",
                coupon_cents=500,
                starts_at=now - timedelta(days=2),
                ends_at=now + timedelta(days=30),
            ),
        ]
    )
