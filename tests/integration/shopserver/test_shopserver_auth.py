"""Login, tokens, throttling and the agent's own account, over real HTTP."""

from __future__ import annotations

from shopserver_harness import Shop
from sqlalchemy import select

from app.shopserver.db.tables import AgentRow, AuthTokenRow


def test_login_returns_token_and_agent_profile(shop: Shop) -> None:
    response = shop.anonymous().post("/auth/login", json={"username": "vip01", "password": "kefu123"})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and len(body["token"]) >= 40
    agent = body["agent"]
    assert agent["id"] == "vip01" and agent["name"]
    assert agent["skill_groups"] == ["vip"]
    assert agent["vip_desk"] is True
    assert agent["coupon_limit"] == 50.0
    assert agent["presence"] == "online"


def test_wrong_password_and_unknown_user_get_the_same_401(shop: Shop) -> None:
    client = shop.anonymous()
    wrong = client.post("/auth/login", json={"username": "agent01", "password": "nope"})
    unknown = client.post("/auth/login", json={"username": "ghost", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert (
        wrong.json()
        == unknown.json()
        == {"error": {"code": "bad_credentials", "message": "wrong user name or password"}}
    )


def test_repeated_failed_logins_are_slowed_down_with_retry_after(shop: Shop) -> None:
    client = shop.anonymous()
    statuses = [
        client.post("/auth/login", json={"username": "agent03", "password": f"guess{i}"}).status_code
        for i in range(5)
    ]
    assert statuses == [401] * 5
    blocked = client.post("/auth/login", json={"username": "agent03", "password": "kefu123"})
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "login_throttled"
    assert int(blocked.headers["Retry-After"]) >= 1
    # other accounts from the same address are not locked out by one user's failures
    assert client.post("/auth/login", json={"username": "agent04", "password": "kefu123"}).status_code == 200


def test_requests_without_a_valid_token_get_401_json(shop: Shop) -> None:
    client = shop.anonymous()
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}):
        response = client.get("/conversations", headers=headers)
        assert response.status_code == 401, headers
        assert response.json()["error"]["code"] in ("unauthorized", "token_expired")
        assert response.headers["WWW-Authenticate"] == "Bearer"


def test_token_expires(shop: Shop) -> None:
    agent = shop.login("agent01")
    assert agent.get("/agents/me").status_code == 200
    shop.clock.advance(13 * 3600)
    expired = agent.get("/agents/me")
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "token_expired"


def test_logout_revokes_the_token(shop: Shop) -> None:
    agent = shop.login("agent02")
    assert agent.post("/auth/logout").status_code == 204
    assert agent.get("/agents/me").status_code == 401


def test_passwords_and_tokens_are_stored_hashed(shop: Shop) -> None:
    agent = shop.login("agent01")
    with shop.server.context.db.read() as session:
        stored = session.scalar(select(AgentRow.password_hash).where(AgentRow.id == "agent01"))
        tokens = session.scalars(select(AuthTokenRow.token_hash)).all()
    assert stored is not None and stored.startswith("scrypt$") and "kefu123" not in stored
    assert agent.token not in tokens and len(tokens) >= 1
    assert all(len(t) == 64 for t in tokens)


def test_me_presence_and_colleagues(shop: Shop) -> None:
    agent = shop.login("agent04")
    me = agent.get("/agents/me").json()
    assert me["id"] == "agent04" and me["presence"] == "online" and me["load"] >= 0
    away = agent.put("/agents/me/presence", json={"status": "away"})
    assert away.status_code == 200 and away.json()["presence"] == "away"
    assert agent.put("/agents/me/presence", json={"status": "sleeping"}).status_code == 422
    colleagues = {a["id"]: a for a in agent.get("/agents").json()["agents"]}
    assert set(colleagues) == {"agent01", "agent02", "agent03", "agent04", "vip01", "sup01"}
    assert colleagues["agent04"]["presence"] == "away"
    assert colleagues["agent01"]["presence"] == "offline"
