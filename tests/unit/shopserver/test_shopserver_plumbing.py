"""The event hub's wake-ups, the body limit middleware, migrations vs models, seed determinism."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

from app.shopserver.core.event_hub import EventHub
from app.shopserver.database_setup import prepare_database
from app.shopserver.db.engine import make_engine
from app.shopserver.db.tables import (
    Base,
    ConversationRow,
    CouponTemplateRow,
    CustomerRow,
    DeliveryRow,
    KbArticleRow,
    OrderRow,
    PaymentRow,
    RiskFlagRow,
    TicketRow,
)
from app.shopserver.db.transactions import Database
from app.shopserver.http.body_limit import BodyLimitMiddleware

from .conftest import FIXED_NOW


def test_hub_wakes_only_matching_waiters() -> None:
    async def scenario() -> tuple[bool, bool, bool]:
        hub = EventHub()
        hub.bind(asyncio.get_running_loop())
        mine = hub.waiter({"agent:agent01", "all"})
        other = hub.waiter({"agent:agent02"})
        mine.arm()
        other.arm()
        hub.publish({"agent:agent01"})
        woke_mine = await mine.wait(1)
        woke_other = await other.wait(0.05)
        late = hub.waiter({"group:vip"})
        late.arm()
        hub.publish({"all"})  # everyone
        woke_late = await late.wait(1)
        return woke_mine, woke_other, woke_late

    assert asyncio.run(scenario()) == (True, False, True)


def test_an_event_published_between_arming_and_waiting_is_not_lost() -> None:
    async def scenario() -> bool:
        hub = EventHub()
        hub.bind(asyncio.get_running_loop())
        waiter = hub.waiter({"agent:x"})
        waiter.arm()
        await asyncio.to_thread(hub.publish, {"agent:x"})  # from a writer thread, before wait()
        await asyncio.sleep(0.01)
        return await waiter.wait(0.5)

    assert asyncio.run(scenario()) is True


def _call(app: Any, body_chunks: list[bytes], content_length: int | None) -> tuple[int, bytes, bool]:
    sent: list[dict[str, Any]] = []
    reached: list[bool] = []
    chunks = list(body_chunks)

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect" or not message.get("more_body"):
                break
        reached.append(True)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def receive() -> dict[str, Any]:
        if chunks:
            chunk = chunks.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [] if content_length is None else [(b"content-length", str(content_length).encode())]
    scope = {"type": "http", "headers": headers}
    asyncio.run(BodyLimitMiddleware(inner, max_bytes=10)(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, body, bool(reached)


def test_body_limit_checks_declared_and_streamed_sizes() -> None:
    assert _call(None, [b"12345"], 5)[:2] == (200, b"ok")
    status, body, reached = _call(None, [b"x" * 11], 11)
    assert status == 413 and not reached and json.loads(body)["error"]["code"] == "payload_too_large"
    status, body, _ = _call(None, [b"123456", b"789012"], None)
    assert status == 413 and json.loads(body)["error"]["code"] == "payload_too_large"


def test_migrations_create_exactly_the_model_schema(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    prepare_database(url)
    engine = create_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert diff == [] and version == "0002"
    assert set(inspect(engine).get_table_names()) >= set(Base.metadata.tables)
    prepare_database(url)  # a second run is a no-op


def _fingerprint(url: str) -> dict[str, Any]:
    db = Database(make_engine(url))
    with db.read() as session:
        return {
            "orders": session.execute(
                select(OrderRow.order_no, OrderRow.status, OrderRow.amount_cents).order_by(OrderRow.order_no)
            ).all(),
            "customers": session.execute(
                select(CustomerRow.id, CustomerRow.nickname, CustomerRow.tags).order_by(CustomerRow.id)
            ).all(),
            "tickets": session.execute(select(TicketRow.id, TicketRow.node, TicketRow.order_no)).all(),
            "chats": session.execute(
                select(
                    ConversationRow.id,
                    ConversationRow.agent_id,
                    ConversationRow.assigned_at,
                    ConversationRow.closed_at,
                    ConversationRow.csat_score,
                    ConversationRow.csat_comment,
                ).order_by(ConversationRow.id)
            ).all(),
        }


def test_demo_seed_is_deterministic_and_big_enough(seeded_template: Any, tmp_path: Any) -> None:
    again = tmp_path / "again.db"
    prepare_database(str(again), seed="demo", now=FIXED_NOW)
    first = _fingerprint(f"sqlite:///{seeded_template}")
    assert first == _fingerprint(f"sqlite:///{again}")
    db = Database(make_engine(f"sqlite:///{seeded_template}"))
    with db.read() as session:

        def count(column: Any, *where: Any) -> int:
            return session.scalar(select(func.count(column)).where(*where)) or 0

        customers = count(CustomerRow.id)
        vips = count(CustomerRow.id, CustomerRow.level == "vip")
        assert customers >= 200 and 0.03 <= vips / customers <= 0.07
        assert count(RiskFlagRow.id) >= 10
        assert count(OrderRow.order_no) >= 2000
        assert count(PaymentRow.id, PaymentRow.status == "failed") > 0
        assert {s for (s,) in session.execute(select(OrderRow.status).distinct())} >= {
            "delivered",
            "failed",
            "stuck",
            "refunded",
        }
        assert {k for (k,) in session.execute(select(DeliveryRow.kind).distinct())} == {"card_key", "topup"}
        assert count(KbArticleRow.id) >= 40
        assert {layer for (layer,) in session.execute(select(KbArticleRow.layer).distinct())} == {
            "general",
            "scenario",
            "offer",
        }
        assert count(CouponTemplateRow.id) >= 3
        nodes = {n for (n,) in session.execute(select(TicketRow.node).distinct())}
        assert nodes == {"submitted", "reviewing", "reissued", "refunded", "done"}
        assert count(ConversationRow.id, ConversationRow.status == "waiting") >= 3


@pytest.mark.parametrize("seed", ["other"])
def test_unknown_seed_is_refused(seed: str, tmp_path: Any) -> None:
    with pytest.raises(ValueError):
        prepare_database(str(tmp_path / "x.db"), seed=seed)
