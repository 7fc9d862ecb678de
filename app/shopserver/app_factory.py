"""Builds the FastAPI application of the reference shop server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from app.domain.intents import MessageAnalyzer
from app.shopserver.clock import Clock
from app.shopserver.context import ServerContext, ServerHooks
from app.shopserver.http.body_limit import BodyLimitMiddleware
from app.shopserver.http.errors import install_error_handlers
from app.shopserver.routes import (
    auth,
    campaigns,
    channel,
    conversations,
    coupons,
    customers,
    events,
    knowledge,
    metrics,
    quality,
    supervision,
    tickets,
)
from app.shopserver.settings import ServerSettings

API_PREFIX = "/api/v1"
TITLE = "KefuDesk shop server"
API_VERSION = "1.0"  # the contract's version, not the package's: the committed document stays put
DESCRIPTION = (
    "The reference 卡盟 shop server behind KefuDesk. Semantics (events with a cursor, idempotent "
    "writes, errors, authorization) are in resources/api/CONTRACT.md."
)


def create_app(
    settings: ServerSettings | None = None,
    *,
    analyzer: MessageAnalyzer | None = None,
    clock: Clock | None = None,
    hooks: ServerHooks | None = None,
    context: ServerContext | None = None,
) -> FastAPI:
    """The ASGI app; the database must already be migrated (see `prepare_database`)."""
    ctx = context or ServerContext.build(
        settings or ServerSettings(), analyzer=analyzer, clock=clock, hooks=hooks
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        ctx.hub.bind(asyncio.get_running_loop())
        try:
            yield
        finally:
            ctx.hub.shutdown()

    app = FastAPI(title=TITLE, version=API_VERSION, description=DESCRIPTION, lifespan=lifespan)
    app.state.ctx = ctx
    api = APIRouter(prefix=API_PREFIX)
    routers = (auth, conversations, customers, coupons, tickets, knowledge, campaigns, metrics, supervision)
    for module in (*routers, quality, events, channel):
        api.include_router(module.router)
    app.include_router(api)
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=ctx.settings.max_body_bytes)
    return app
