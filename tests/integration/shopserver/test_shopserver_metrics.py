"""The agent's figures are computed from the chats themselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from shopserver_harness import Shop, new_key

PROBLEM = "我充的话费一直没到账"


def _to_tomorrow_noon_shop_time(shop: Shop) -> str:
    """Move the server's clock to noon tomorrow (UTC+8), a day with no seeded chats; returns the day."""
    now = datetime.now(UTC)
    local = now + timedelta(hours=8)
    target = (local + timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    shop.clock.advance((target - local).total_seconds())
    return target.date().isoformat()


def test_metrics_are_computed_from_conversations_and_messages(humans_only: Shop) -> None:
    shop = humans_only
    day = _to_tomorrow_noon_shop_time(shop)
    absorber = shop.login("agent02")  # takes the seeded waiting chats of the recharge queue first
    absorber.put("/agents/me/presence", json={"status": "away"})
    agent = shop.login("agent01")

    first = shop.customer_says(10091, PROBLEM)["conversation"]
    assert first["agent_id"] == "agent01"
    shop.clock.advance(4)
    agent.reply(first["id"], "您好，我来查一下")
    shop.customer_says(10091, "好的，麻烦快点")
    shop.clock.advance(6)
    agent.reply(first["id"], "已经到账了")
    agent.post(f"/conversations/{first['id']}/close", json={"resolution": "resolved"}, key=new_key())
    agent.post(f"/conversations/{first['id']}/csat-invite", key=new_key())
    assert shop.customer_rates(first["id"], 4).status_code == 200

    second = shop.customer_says(10092, PROBLEM)["conversation"]
    shop.clock.advance(15)
    agent.reply(second["id"], "久等了")
    agent.post(f"/conversations/{second['id']}/close", json={"resolution": "unresolved"}, key=new_key())

    third = shop.customer_says(10093, PROBLEM)["conversation"]
    assert third["agent_id"] == "agent01"
    shop.clock.advance(12)  # never answered: a breach, and not handled

    figures = agent.get("/metrics/agent", params={"day": day}).json()
    assert figures["agent_id"] == "agent01" and figures["day"] == day
    assert figures["chats_handled"] == 2
    assert figures["first_reply_seconds"] == pytest.approx((4 + 15) / 2, abs=0.5)
    assert figures["avg_reply_seconds"] == pytest.approx((4 + 6 + 15) / 3, abs=0.5)
    assert figures["first_contact_resolution"] == 0.5
    assert figures["csat"] == 4.0 and figures["csat_responses"] == 1
    assert figures["sla_breaches"] == 2 and figures["sla_seconds"] == 10
    assert agent.get("/metrics/agent").json()["day"] == day  # today, in shop time


def test_only_supervisors_see_other_agents_figures(shop: Shop) -> None:
    agent = shop.login("agent01")
    supervisor = shop.login("sup01")
    denied = agent.get("/metrics/agent", params={"agent_id": "agent02"})
    assert denied.status_code == 403
    seeded = supervisor.get("/metrics/agent", params={"agent_id": "agent02"}).json()
    assert seeded["chats_handled"] >= 1  # the demo seed has a day of closed chats
    assert supervisor.get("/metrics/agent", params={"agent_id": "nobody"}).status_code == 404
    for day in ("1900-01-01", "0001-01-01", "2026-13-01", "today"):
        response = agent.get("/metrics/agent", params={"day": day})
        assert response.status_code == 422 and response.json()["error"]["field"] == "day"
