"""Login, logout, the agent's own account, presence and colleagues."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import select

from app.domain.agents import Presence
from app.domain.errors import Unauthorized
from app.protocol.auth import AgentList, AgentOut, LoginRequest, LoginResponse, PresenceUpdate
from app.shopserver.auth.passwords import burn_equal_time, verify_password
from app.shopserver.auth.tokens import issue_token, revoke_token
from app.shopserver.core.records import agent_from_row
from app.shopserver.db.tables import AgentRow
from app.shopserver.http.deps import Ctx, CurrentAgent, bearer_token, client_ip
from app.shopserver.http.errors import ERROR_RESPONSES

router = APIRouter(tags=["auth"], responses=ERROR_RESPONSES)


@router.post("/auth/login", response_model=LoginResponse)
def login(ctx: Ctx, body: LoginRequest, request: Request) -> LoginResponse:
    """Exchange a user name and password for a bearer token; failures are slowed down (429)."""
    ip = client_ip(request)
    ctx.throttle.check(body.username, ip)
    with ctx.db.read() as session:
        row = session.get(AgentRow, body.username)
        stored = row.password_hash if row is not None else None
    ok = verify_password(body.password, stored) if stored else (burn_equal_time(body.password) or False)
    if not ok:
        ctx.throttle.failed(body.username, ip)
        raise Unauthorized("wrong user name or password", code="bad_credentials")
    ctx.throttle.succeeded(body.username)
    now = ctx.clock.now()
    with ctx.db.write() as session:
        agent_row = session.get(AgentRow, body.username)
        assert agent_row is not None
        token, expires = issue_token(session, agent_row.id, now, ctx.settings.token_ttl_seconds)
        agent_row.presence = str(Presence.ONLINE)
        agent_row.last_seen_at = now
        ctx.router.fill(session, agent_row, now)
        agent = agent_from_row(agent_row)
        load = ctx.router.loads(session).get(agent.id, 0)
    return LoginResponse(token=token, expires_at=expires, agent=AgentOut.from_domain(agent, load))


@router.post("/auth/logout", status_code=204, response_class=Response)
def logout(ctx: Ctx, agent: CurrentAgent, token: Annotated[str, Depends(bearer_token)]) -> Response:
    """Forget the token and go offline (assigned chats stay with the agent)."""
    with ctx.db.write() as session:
        revoke_token(session, token)
        row = session.get(AgentRow, agent.id)
        if row is not None:
            row.presence = str(Presence.OFFLINE)
    ctx.sessions.forget(token)
    return Response(status_code=204)


@router.get("/agents/me", response_model=AgentOut)
def me(ctx: Ctx, agent: CurrentAgent) -> AgentOut:
    """The logged-in agent (fresh from the database) with their current load."""
    with ctx.db.read() as session:
        row = session.get(AgentRow, agent.id)
        assert row is not None
        load = ctx.router.loads(session).get(agent.id, 0)
        return AgentOut.from_domain(agent_from_row(row), load)


@router.put("/agents/me/presence", response_model=AgentOut)
def set_presence(ctx: Ctx, agent: CurrentAgent, body: PresenceUpdate) -> AgentOut:
    """Go online (routing may assign chats, waiting ones come at once) or away (no new chats)."""
    now = ctx.clock.now()
    with ctx.db.write() as session:
        row = session.get(AgentRow, agent.id)
        assert row is not None
        row.presence = body.status
        row.last_seen_at = now
        ctx.router.fill(session, row, now)
        load = ctx.router.loads(session).get(agent.id, 0)
        fresh = agent_from_row(row)
    ctx.sessions.forget_agent(agent.id)
    return AgentOut.from_domain(fresh, load)


@router.get("/agents", response_model=AgentList)
def colleagues(ctx: Ctx, agent: CurrentAgent) -> AgentList:
    """Every staff account with presence (online only when recently seen) and load."""
    now = ctx.clock.now()
    with ctx.db.read() as session:
        loads = ctx.router.loads(session)
        out = []
        for row in session.scalars(select(AgentRow).order_by(AgentRow.id)):
            domain = agent_from_row(row)
            if domain.presence is Presence.ONLINE and not ctx.router.is_online(row, now):
                domain = replace(domain, presence=Presence.OFFLINE)
            out.append(AgentOut.from_domain(domain, loads.get(row.id, 0)))
    return AgentList(agents=out)
