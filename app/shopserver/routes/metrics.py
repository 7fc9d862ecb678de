"""The server's view of an agent's figures."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from app.domain.errors import Forbidden, NotFound
from app.protocol.metrics import AgentMetricsOut
from app.protocol.text import AgentId
from app.shopserver.core.metrics import agent_metrics, shop_today
from app.shopserver.db.tables import AgentRow
from app.shopserver.http.deps import Ctx, CurrentAgent
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.params import check_day

router = APIRouter(tags=["metrics"], responses=ERROR_RESPONSES)


@router.get("/metrics/agent", response_model=AgentMetricsOut)
def metrics(
    ctx: Ctx,
    agent: CurrentAgent,
    day: Annotated[date | None, Query(description="Shop-local day (UTC+8); today when absent")] = None,
    agent_id: Annotated[AgentId | None, Query(description="Supervisors may ask about anyone")] = None,
) -> AgentMetricsOut:
    """First-reply and reply times, first-contact resolution, CSAT, chats handled, SLA breaches."""
    settings = ctx.settings
    now = ctx.clock.now()
    target = agent_id or agent.id
    if target != agent.id and not agent.is_supervisor:
        raise Forbidden("only supervisors see other agents' figures", code="supervisor_only")
    wanted = check_day(day, "day") if day is not None else shop_today(now, settings.shop_utc_offset_hours)
    with ctx.db.read() as session:
        if session.get(AgentRow, target) is None:
            raise NotFound(f"agent {target} does not exist", code="agent_not_found")
        figures = agent_metrics(
            session, target, wanted, now, settings.first_reply_sla_seconds, settings.shop_utc_offset_hours
        )
    return AgentMetricsOut.from_domain(figures)
