"""The event feed: long-poll (`GET /events?after=&wait=`) and Server-Sent Events (`/events/stream`).

Both read after the client's cursor — from the in-memory window of recent events when it covers
the cursor, else from the database — so a reconnect with the last applied seq never skips or
repeats an event. The hub only says when to look again.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from app.domain.agents import Agent
from app.domain.errors import InvalidInput
from app.protocol.events import EventBatch
from app.shopserver.auth.tokens import agent_for_token
from app.shopserver.context import ServerContext
from app.shopserver.core.event_log import read_events, targets_of
from app.shopserver.core.recent_events import CommittedEvent
from app.shopserver.db.tables import AgentRow
from app.shopserver.http.deps import Ctx, CurrentAgent, bearer_token
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.params import MAX_BIGINT

router = APIRouter(tags=["events"], responses=ERROR_RESPONSES)

BATCH = 500


def _read_database(
    ctx: ServerContext, targets: frozenset[str], after: int, limit: int
) -> list[CommittedEvent]:
    with ctx.db.read() as session:
        return [CommittedEvent(e, frozenset()) for e in read_events(session, targets, after, limit)]


async def _read(
    ctx: ServerContext, targets: frozenset[str], after: int, limit: int, recent_ok: bool = True
) -> list[CommittedEvent]:
    """From the in-memory window when it covers the cursor (no thread hop), else the database.

    `recent_ok=False` after an idle wait: another server process on the same database may have
    written events this process never heard of."""
    if recent_ok:
        found = ctx.recent.after(after, targets, limit)
        if found is not None:
            return found
    return await run_in_threadpool(_read_database, ctx, targets, after, limit)


@router.get("/events", response_model=EventBatch)
async def poll_events(
    ctx: Ctx,
    agent: CurrentAgent,
    after: Annotated[int, Query(ge=0, le=MAX_BIGINT, description="The last seq the client applied")] = 0,
    wait: Annotated[
        float, Query(ge=0, le=60, description="Seconds to hold the request when nothing is new")
    ] = 25,
    limit: Annotated[int, Query(ge=1, le=1000)] = BATCH,
) -> EventBatch:
    """Events with seq > after, oldest first; returns at once when any exist, else after `wait` s."""
    targets = targets_of(agent)
    deadline = time.monotonic() + min(wait, ctx.settings.longpoll_max_wait_seconds)
    waiter = ctx.hub.waiter(targets)
    recent_ok = True
    while True:
        waiter.arm()
        events = await _read(ctx, targets, after, limit, recent_ok)
        remaining = deadline - time.monotonic()
        if events or remaining <= 0 or ctx.hub.closed:
            waiter.close()
            break
        recent_ok = await waiter.wait(remaining)
    last = events[-1].seq if events else after
    return EventBatch(events=[e.event for e in events], last_seq=last)


def _start_cursor(after: int | None, last_event_id: str | None) -> int:
    if last_event_id is not None and last_event_id.strip():
        try:
            value = int(last_event_id.strip())
        except ValueError as exc:
            raise InvalidInput("Last-Event-ID must be an event seq", field="Last-Event-ID") from exc
        if not 0 <= value <= MAX_BIGINT:
            raise InvalidInput("Last-Event-ID out of range", field="Last-Event-ID")
        return value
    return after or 0


def _token_alive(ctx: ServerContext, token: str) -> bool:
    """Is the stream's token still valid? Also counts as the agent being seen (presence)."""
    now = ctx.clock.now()
    with ctx.db.read() as session:
        agent_id = agent_for_token(session, token, now)
        if agent_id is None:
            return False
        row = session.get(AgentRow, agent_id)
    if row is not None and (row.last_seen_at is None or (now - row.last_seen_at).total_seconds() > 30):
        with ctx.db.write() as session:
            fresh = session.get(AgentRow, agent_id)
            if fresh is not None:
                fresh.last_seen_at = now
    return True


async def _stream(ctx: ServerContext, agent: Agent, token: str, cursor: int) -> AsyncIterator[str]:
    targets = targets_of(agent)
    heartbeat = ctx.settings.sse_heartbeat_seconds
    waiter = ctx.hub.waiter(targets)
    recent_ok = True
    yield "retry: 2000\n\n"
    try:
        while not ctx.hub.closed:
            waiter.arm()
            events = await _read(ctx, targets, cursor, BATCH, recent_ok)
            if events:
                waiter.close()
                yield "".join(e.sse_frame() for e in events)
                cursor = events[-1].seq
                recent_ok = True
                continue
            recent_ok = await waiter.wait(heartbeat)
            if not recent_ok and not ctx.hub.closed:
                if not await run_in_threadpool(_token_alive, ctx, token):
                    yield "event: logout\ndata: {}\n\n"
                    return
                yield ": heartbeat\n\n"
    finally:
        waiter.close()


@router.get(
    "/events/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "An endless SSE stream"}},
)
async def stream_events(
    ctx: Ctx,
    agent: CurrentAgent,
    token: Annotated[str, Depends(bearer_token)],
    after: Annotated[
        int | None, Query(ge=0, le=MAX_BIGINT, description="Cursor when no Last-Event-ID")
    ] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=30)] = None,
) -> StreamingResponse:
    """Server-Sent Events: `id:` is the seq, `event:` the type, `data:` the event JSON; resume with
    Last-Event-ID. A `: heartbeat` comment is sent when idle (every 15 s by default)."""
    cursor = _start_cursor(after, last_event_id)
    return StreamingResponse(
        _stream(ctx, agent, token, cursor),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
