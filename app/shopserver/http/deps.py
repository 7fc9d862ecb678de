"""FastAPI dependencies: the server context, the logged-in agent, the Idempotency-Key header."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from app.domain.agents import Agent
from app.domain.errors import Unauthorized
from app.shopserver.auth.tokens import token_expiry
from app.shopserver.context import ServerContext
from app.shopserver.core.records import agent_from_row
from app.shopserver.db.tables import AgentRow

_bearer = HTTPBearer(auto_error=False, description="The token from POST /auth/login.")
_TOUCH_EVERY = timedelta(seconds=30)


async def server_context(request: Request) -> ServerContext:
    """The running server's shared parts."""
    return request.app.state.ctx


Ctx = Annotated[ServerContext, Depends(server_context)]


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The bearer token sent, or 401."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized("log in first (Authorization: Bearer …)", code="unauthorized")
    return credentials.credentials


def _agent_from_database(ctx: ServerContext, token: str) -> Agent:
    now = ctx.clock.now()
    with ctx.db.read() as session:
        found = token_expiry(session, token, now)
        row = session.get(AgentRow, found[0]) if found else None
        if found is None or row is None:
            raise Unauthorized("the token is unknown or expired; log in again", code="token_expired")
        agent = agent_from_row(row)
    ctx.sessions.put(token, agent, found[1])
    return agent


def _mark_seen(ctx: ServerContext, agent_id: str) -> None:
    with ctx.db.write() as session:
        row = session.get(AgentRow, agent_id)
        if row is not None:
            row.last_seen_at = ctx.clock.now()


async def current_agent(ctx: Ctx, token: Annotated[str, Depends(bearer_token)]) -> Agent:
    """The agent behind a live token (401 otherwise); marks them as seen now and then.

    Recently checked tokens are answered from memory, without a database round trip."""
    now = ctx.clock.now()
    agent = ctx.sessions.get(token, now)
    if agent is None:
        agent = await run_in_threadpool(_agent_from_database, ctx, token)
    if ctx.sessions.should_mark_seen(agent.id, now, _TOUCH_EVERY):
        await run_in_threadpool(_mark_seen, ctx, agent.id)
    return agent


CurrentAgent = Annotated[Agent, Depends(current_agent)]

IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        pattern=r"^[\x21-\x7e]+$",
        description="A client-generated key; a retry with the same key returns the first result.",
    ),
]


def client_ip(request: Request) -> str:
    """The peer address (the server is meant to face agents directly, not behind a proxy)."""
    return request.client.host if request.client else "unknown"
