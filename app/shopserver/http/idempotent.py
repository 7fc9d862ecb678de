"""Runs a write once per Idempotency-Key and answers retries with the stored first response."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from fastapi import Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.errors import KefuError
from app.shopserver.context import ServerContext
from app.shopserver.core.idempotency import request_fingerprint
from app.shopserver.http.errors import error_body

Work = Callable[[Session, datetime], tuple[int, BaseModel]]

REPLAY_HEADER = "Idempotent-Replayed"


def run_idempotent(
    ctx: ServerContext,
    agent: Agent,
    key: str,
    request: Request,
    body: BaseModel | None,
    work: Work,
    key_field: str = "Idempotency-Key",
) -> Response:
    """Claim the key, run `work` in one transaction with the stored response, or replay.

    `key_field` names the key in a 422 (the header, or client_msg_id for messages)."""
    payload = body.model_dump(mode="json") if body is not None else None
    fingerprint = request_fingerprint(request.method, request.url.path, payload)
    stored = ctx.idempotency.claim(agent.id, key, fingerprint, ctx.clock.now(), key_field)
    if stored is not None:
        return Response(
            stored.body,
            status_code=stored.status_code,
            media_type="application/json",
            headers={REPLAY_HEADER: "true"},
        )
    if ctx.hooks.after_claim is not None:
        ctx.hooks.after_claim(key)
    try:
        with ctx.db.write() as session:
            status, model = work(session, ctx.clock.now())
            text = model.model_dump_json()
            ctx.idempotency.complete(session, agent.id, key, status, text)
    except KefuError as exc:
        ctx.idempotency.complete_separately(
            agent.id, key, exc.status, error_body(exc.code, exc.message, exc.field)
        )
        raise
    except BaseException:
        ctx.idempotency.release(agent.id, key)
        raise
    if ctx.hooks.after_commit is not None:
        ctx.hooks.after_commit(key)
    return Response(text, status_code=status, media_type="application/json")
