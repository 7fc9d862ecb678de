"""The dashboard, CSAT answers, team table, live queue, quality review, KB review list and campaigns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from shopserver_harness import Shop, new_key
from sqlalchemy import create_engine, text

PROBLEM = "我充的话费一直没到账"
FURIOUS = "我充的话费一直没到账！！！你们是骗子吧？？钱白花了！！！"
SLA = 10


def _tomorrow_noon(shop: Shop) -> str:
    """Move the clock to noon tomorrow, shop time (UTC+8): a day with no seeded chats."""
    local = shop.clock.now() + timedelta(hours=8)
    target = (local + timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    shop.clock.advance((target - local).total_seconds())
    return target.date().isoformat()


def _utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _independent_figures(db_url: str, agent_id: str, start: datetime, end: datetime, now: datetime) -> dict:
    """The dashboard's definitions, recomputed with plain SQL and loops over the raw rows."""
    engine = create_engine(db_url)
    with engine.connect() as db:
        convs = [dict(r._mapping) for r in db.execute(text("SELECT * FROM conversations"))]
        lines = [
            dict(r._mapping)
            for r in db.execute(
                text("SELECT id, conversation_id, sender, agent_id, created_at FROM messages ORDER BY id")
            )
        ]
    engine.dispose()
    for row in convs:
        for key in ("assigned_at", "closed_at", "opened_at"):
            row[key] = _utc(row[key])
    for m in lines:
        m["created_at"] = _utc(m["created_at"])
    by_conv: dict[int, list[dict]] = {}
    for m in lines:
        by_conv.setdefault(m["conversation_id"], []).append(m)

    def inside(t: datetime | None) -> bool:
        return t is not None and start <= t < end

    handled = breaches = closed = fcr = 0
    firsts: list[float] = []
    replies: list[float] = []
    scores: list[int] = []
    for c in (c for c in convs if c["agent_id"] == agent_id):
        msgs = by_conv.get(c["id"], [])
        mine = [m for m in msgs if m["sender"] == "agent" and m["agent_id"] == agent_id]
        if any(inside(m["created_at"]) for m in mine) or inside(c["closed_at"]):
            handled += 1
        if inside(c["assigned_at"]):
            later = [m["created_at"] for m in mine if m["created_at"] >= c["assigned_at"]]
            wait = (min(later) if later else (c["closed_at"] or now)) - c["assigned_at"]
            if later:
                firsts.append(wait.total_seconds())
            breaches += wait.total_seconds() > SLA
        pending: datetime | None = None
        for m in msgs:
            if m["sender"] == "customer":
                pending = pending or m["created_at"]
            elif m["sender"] == "agent":
                if m["agent_id"] == agent_id and pending is not None and inside(m["created_at"]):
                    since = max(pending, c["assigned_at"]) if c["assigned_at"] else pending
                    replies.append(max(0.0, (m["created_at"] - since).total_seconds()))
                pending = None
        if inside(c["closed_at"]):
            closed += 1
            back = any(
                o["customer_id"] == c["customer_id"]
                and c["closed_at"] < o["opened_at"] <= c["closed_at"] + timedelta(hours=24)
                for o in convs
            )
            if c["resolution"] == "resolved" and c["transfers"] == 0 and not back:
                fcr += 1
            if c["csat_score"] is not None:
                scores.append(c["csat_score"])

    def mean(values: list[float]) -> float | None:
        return round(sum(values) / len(values), 3) if values else None

    return {
        "chats_handled": handled,
        "first_reply_seconds": mean(firsts),
        "avg_reply_seconds": mean(replies),
        "first_contact_resolution": round(fcr / closed, 4) if closed else None,
        "csat": mean([float(s) for s in scores]),
        "csat_responses": len(scores),
        "sla_breaches": breaches,
    }


def _day_start(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=UTC) - timedelta(hours=8)


def _live_day(shop: Shop) -> tuple[str, dict[str, int]]:
    """Chats for agent01 at noon tomorrow: one slow, angry and rated 1; one quick, rated 5; one unanswered."""
    day = _tomorrow_noon(shop)
    absorber = shop.login("agent02")
    absorber.put("/agents/me/presence", json={"status": "away"})
    agent = shop.login("agent01")
    ids: dict[str, int] = {}

    angry = shop.customer_says(10091, FURIOUS)["conversation"]
    assert angry["agent_id"] == "agent01"
    ids["angry"] = angry["id"]
    shop.clock.advance(15)
    agent.reply(angry["id"], "非常抱歉，我马上帮您查")
    shop.customer_says(10091, "别废话了，骗子！！！退钱！！！")
    shop.clock.advance(5)
    agent.reply(angry["id"], "已为您提交退款")
    assert agent.post(
        "/coupons",
        json={
            "customer_id": 10091,
            "template_id": "apology",
            "amount": 25,
            "reason": "致歉",
            "conversation_id": angry["id"],
        },
        key=new_key(),
    ).status_code in (200, 201, 202)
    agent.post(f"/conversations/{angry['id']}/close", json={"resolution": "unresolved"}, key=new_key())
    agent.post(f"/conversations/{angry['id']}/csat-invite", key=new_key())
    assert shop.customer_rates(angry["id"], 1).status_code == 200

    shop.clock.advance(3600)  # the next hour
    agent.get("/metrics/agent")  # seen again, so routing still counts agent01 as present
    calm = shop.customer_says(10092, PROBLEM)["conversation"]
    assert calm["agent_id"] == "agent01"
    ids["calm"] = calm["id"]
    shop.clock.advance(3)
    agent.reply(calm["id"], "您好，已经到账了")
    shop.customer_says(10092, "好的谢谢")
    shop.clock.advance(2)
    agent.reply(calm["id"], "不客气")
    agent.post(f"/conversations/{calm['id']}/close", json={"resolution": "resolved"}, key=new_key())
    agent.post(f"/conversations/{calm['id']}/csat-invite", key=new_key())
    rated = shop.customer_rates(calm["id"], 5)
    assert rated.status_code == 200, rated.text

    ids["open"] = shop.customer_says(10093, PROBLEM)["conversation"]["id"]
    shop.clock.advance(12)
    return day, ids


def test_dashboard_figures_equal_an_independent_count_of_the_servers_rows(
    humans_only: Shop, db_url: str
) -> None:
    shop = humans_only
    supervisor = shop.login("sup01")
    today = supervisor.get("/metrics/agent/dashboard", params={"agent_id": "agent02"}).json()
    seeded_day = today["today"]["day"]
    start = _day_start(seeded_day)
    expected = _independent_figures(db_url, "agent02", start, start + timedelta(days=1), shop.clock.now())
    assert expected["chats_handled"] > 0  # the seed has a day of closed chats per agent
    assert {k: today["today"][k] for k in expected} == pytest.approx(expected)
    # the seed's week of history: every past day has chats, and each day's figures are the rows'
    assert all(d["chats_handled"] > 0 and d["csat_responses"] > 0 for d in today["week"][:-1])
    for past in today["week"][:-1]:
        since = _day_start(past["day"])
        wanted = _independent_figures(db_url, "agent02", since, since + timedelta(days=1), shop.clock.now())
        assert {k: past[k] for k in wanted} == pytest.approx(wanted), past["day"]
    assert sum(d["sla_breaches"] for d in today["week"]) > 0

    day, _ = _live_day(shop)
    agent = shop.login("agent01")
    board = agent.get("/metrics/agent/dashboard", params={"day": day}).json()
    now = shop.clock.now()
    start = _day_start(day)
    assert {k: board["today"][k] for k in expected} == pytest.approx(
        _independent_figures(db_url, "agent01", start, start + timedelta(days=1), now)
    )
    assert [h["hour"] for h in board["hours"]] == list(range(24))
    for hour in board["hours"]:
        since = start + timedelta(hours=hour["hour"])
        wanted = _independent_figures(db_url, "agent01", since, since + timedelta(hours=1), now)
        assert {k: hour[k] for k in hour if k != "hour"} == pytest.approx(
            {k: wanted[k] for k in hour if k != "hour"}
        ), hour["hour"]
    assert sum(h["chats_handled"] for h in board["hours"]) == board["today"]["chats_handled"] == 2
    assert board["hours"][12]["sla_breaches"] == 1 and board["hours"][13]["sla_breaches"] == 1
    assert [d["day"] for d in board["week"]][-1] == day and len(board["week"]) == 7
    assert board["week"][-1] == board["today"]
    assert (
        board["week"][-2]
        == agent.get(
            "/metrics/agent", params={"day": (date.fromisoformat(day) - timedelta(days=1)).isoformat()}
        ).json()
    )
    assert board["today"] == agent.get("/metrics/agent", params={"day": day}).json()

    ratings = agent.get("/metrics/csat", params={"day": day}).json()["results"]
    assert [(r["score"], r["agent_id"]) for r in ratings] == [(1, "agent01"), (5, "agent01")]
    assert agent.get("/metrics/csat", params={"agent_id": "agent02"}).status_code == 403
    assert (
        agent.get("/metrics/agent/dashboard", params={"day": "2026-02-30"}).json()["error"]["field"] == "day"
    )


def test_supervisors_see_the_team_table_and_live_queue_agents_do_not(shop: Shop) -> None:
    agent = shop.login("agent01")
    supervisor = shop.login("sup01")
    for path in ("/metrics/team", "/metrics/queue", "/qa/sample", "/kb/review"):
        denied = agent.get(path)
        assert denied.status_code == 403 and denied.json()["error"]["code"] == "supervisor_only", path
    team = supervisor.get("/metrics/team").json()["members"]
    ids = [m["load"]["agent_id"] for m in team]
    assert "sup01" not in ids and {"agent01", "agent02", "vip01"} <= set(ids)
    row = next(m for m in team if m["load"]["agent_id"] == "agent02")
    assert row["metrics"] == supervisor.get("/metrics/agent", params={"agent_id": "agent02"}).json()
    queue = supervisor.get("/metrics/queue").json()
    waiting = queue["waiting"]
    assert waiting  # the seed's waiting chats agent01 did not take on login
    urgent = [w["angry"] or w["vip"] for w in waiting]
    assert urgent == sorted(urgent, reverse=True)  # routing order: anger and VIP first
    assert {a["agent_id"] for a in queue["agents"]} == set(ids)


def test_quality_sample_flags_chats_and_the_review_note_reaches_the_agent(humans_only: Shop) -> None:
    shop = humans_only
    day, ids = _live_day(shop)
    supervisor = shop.login("sup01")
    agent = shop.login("agent01")
    items = {
        i["conversation_id"]: i for i in supervisor.get("/qa/sample", params={"day": day}).json()["items"]
    }
    assert set(items) == {ids["angry"], ids["calm"]}  # the open chat is not closed yet
    angry = items[ids["angry"]]
    assert set(angry["flags"]) == {"anger_not_calmed", "slow_first_reply", "low_csat", "coupon_above_policy"}
    assert angry["first_reply_seconds"] == pytest.approx(15, abs=0.5) and angry["csat_score"] == 1
    assert items[ids["calm"]]["flags"] == [] and items[ids["calm"]]["reviewed_by"] is None

    key = new_key()
    note = {"note": "先道歉再查单；<b>安抚</b> 话术见知识库"}
    reviewed = supervisor.post(f"/qa/reviews/{ids['angry']}", json=note, key=key)
    assert reviewed.status_code == 200 and reviewed.json()["reviewed_by"] == "sup01"
    again = supervisor.post(f"/qa/reviews/{ids['angry']}", json=note, key=key)
    assert again.json() == reviewed.json() and again.headers.get("Idempotent-Replayed") == "true"
    assert supervisor.post(f"/qa/reviews/{ids['angry']}", json=note).status_code == 422
    assert supervisor.post(f"/qa/reviews/{ids['open']}", json=note, key=new_key()).status_code == 409
    assert agent.post(f"/qa/reviews/{ids['calm']}", json=note, key=new_key()).status_code == 403
    too_long = supervisor.post(f"/qa/reviews/{ids['calm']}", json={"note": "x" * 2001}, key=new_key())
    assert too_long.status_code == 422 and too_long.json()["error"]["field"] == "note"

    def reviews_seen(user: str) -> list[dict[str, Any]]:
        batch = shop.login(user).get("/events", params={"after": 0, "wait": 0, "limit": 500}).json()
        return [e["data"] for e in batch["events"] if e["type"] == "qa.reviewed"]

    pushed = reviews_seen("agent01")  # the note reaches the agent live, as an event
    assert [(d["conversation_id"], d["note"]) for d in pushed] == [(ids["angry"], note["note"])]
    assert reviews_seen("agent03") == []

    notes = agent.get("/qa/notes").json()["items"]
    assert [(n["conversation_id"], n["note"]) for n in notes] == [(ids["angry"], note["note"])]
    assert shop.login("agent03").get("/qa/notes").json()["items"] == []
    sample = supervisor.get("/qa/sample", params={"day": day}).json()["items"]
    assert next(i for i in sample if i["conversation_id"] == ids["angry"])["note"] == note["note"]


def test_articles_rated_below_the_threshold_reach_the_review_list(shop: Shop) -> None:
    agent = shop.login("agent01")
    supervisor = shop.login("sup01")
    assert supervisor.get("/kb/review").json()["articles"] == []
    articles = agent.get("/kb/articles").json()["articles"]
    worst = min(articles, key=lambda a: a["helpful"])
    votes = 0
    while True:
        response = agent.post(f"/kb/articles/{worst['id']}/feedback", json={"helpful": False}, key=new_key())
        votes += 1
        if response.json()["flagged"]:
            break
        assert votes < 200
    review = supervisor.get("/kb/review").json()["articles"]
    assert [a["id"] for a in review] == [worst["id"]]
    helpful, unhelpful = review[0]["helpful"], review[0]["unhelpful"]
    assert helpful + unhelpful >= 5 and helpful / (helpful + unhelpful) < 0.4


def test_the_running_campaign_comes_with_its_coupon(shop: Shop) -> None:
    agent = shop.login("agent01")
    campaign = agent.get("/campaigns/current").json()["campaign"]
    assert campaign["title"].startswith("双 12") and campaign["coupon_amount"] == 5.0
    assert campaign["coupon_template_id"] == "new_user"
    assert shop.anonymous().get("/campaigns/current").status_code == 401
    shop.clock.advance(31 * 86400)
    assert shop.login("agent01").get("/campaigns/current").json() == {"campaign": None}


def test_supervisors_change_campaigns_and_articles_and_everyone_hears_of_it(shop: Shop) -> None:
    agent = shop.login("agent01")
    supervisor = shop.login("sup01")
    now = shop.clock.now()
    wire = {
        "title": "元旦充值节",
        "body": "满 100 减 10",
        "coupon_template_id": "new_user",
        "coupon_amount": 10,
        "starts_at": (now - timedelta(minutes=1)).isoformat(),
        "ends_at": (now + timedelta(days=3)).isoformat(),
    }
    assert agent.post("/campaigns", json=wire, key=new_key()).status_code == 403
    backwards = {**wire, "ends_at": (now - timedelta(days=1)).isoformat()}
    assert supervisor.post("/campaigns", json=backwards, key=new_key()).status_code == 422
    unknown = supervisor.post("/campaigns", json={**wire, "coupon_template_id": "nope"}, key=new_key())
    assert unknown.status_code == 404
    created = supervisor.post("/campaigns", json=wire, key=new_key())
    assert created.status_code == 201, created.text
    assert agent.get("/campaigns/current").json()["campaign"]["id"] == created.json()["id"]
    ended = {**wire, "ends_at": (now + timedelta(seconds=1)).isoformat()}
    assert supervisor.put(f"/campaigns/{created.json()['id']}", json=ended, key=new_key()).status_code == 200
    assert supervisor.put("/campaigns/999999", json=wire, key=new_key()).status_code == 404

    article = agent.get("/kb/articles").json()["articles"][0]
    edit = {"title": article["title"], "body": "新版", "tags": []}
    assert agent.put(f"/kb/articles/{article['id']}", json=edit, key=new_key()).status_code == 403
    revised = supervisor.put(f"/kb/articles/{article['id']}", json=edit, key=new_key()).json()
    assert revised["body"] == "新版" and revised["helpful"] == revised["unhelpful"] == 0

    events = agent.get("/events", params={"after": 0, "wait": 0, "limit": 500}).json()["events"]
    kinds = [(e["type"], e["data"]["id"]) for e in events if e["type"] in ("campaign.updated", "kb.updated")]
    assert kinds == [
        ("campaign.updated", created.json()["id"]),
        ("campaign.updated", created.json()["id"]),
        ("kb.updated", article["id"]),
    ]
