"""The dashboard's data: an agent's day by hour and week, CSAT answers, the team table and live queue."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from app.domain.agents import Agent
from app.domain.errors import Forbidden, NotFound
from app.protocol.dashboard import AgentDashboardOut, CsatResultList, LiveQueueOut, TeamTable
from app.protocol.text import AgentId
from app.shopserver.context import ServerContext
from app.shopserver.core import dashboard as ops
from app.shopserver.core.metrics import shop_today
from app.shopserver.db.tables import AgentRow
from app.shopserver.http.deps import Ctx, CurrentAgent
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.params import check_day

router = APIRouter(tags=["metrics"], responses=ERROR_RESPONSES)

DayQuery = Annotated[date | None, Query(description="Shop-local day (UTC+8); today when absent")]
AgentQuery = Annotated[AgentId | None, Query(description="Supervisors may ask about anyone")]


def require_supervisor(agent: Agent, what: str) -> None:
    """403 unless the agent is a supervisor."""
    if not agent.is_supervisor:
        raise Forbidden(f"only supervisors see {what}", code="supervisor_only")


def wanted_day(ctx: ServerContext, day: date | None) -> date:
    """The asked day, or today in the shop's time zone."""
    if day is not None:
        return check_day(day, "day")
    return shop_today(ctx.clock.now(), ctx.settings.shop_utc_offset_hours)


def _target(agent: Agent, agent_id: str | None) -> str:
    target = agent_id or agent.id
    if target != agent.id:
        require_supervisor(agent, "other agents' figures")
    return target


@router.get("/metrics/agent/dashboard", response_model=AgentDashboardOut)
def dashboard(
    ctx: Ctx, agent: CurrentAgent, day: DayQuery = None, agent_id: AgentQuery = None
) -> AgentDashboardOut:
    """The day's figures, the same by hour, and the seven days ending on the day."""
    target = _target(agent, agent_id)
    wanted = wanted_day(ctx, day)
    settings = ctx.settings
    with ctx.db.read() as session:
        if session.get(AgentRow, target) is None:
            raise NotFound(f"agent {target} does not exist", code="agent_not_found")
        board = ops.agent_dashboard(
            session,
            target,
            wanted,
            ctx.clock.now(),
            settings.first_reply_sla_seconds,
            settings.shop_utc_offset_hours,
        )
    return AgentDashboardOut.from_domain(board)


@router.get("/metrics/csat", response_model=CsatResultList)
def csat(ctx: Ctx, agent: CurrentAgent, day: DayQuery = None, agent_id: AgentQuery = None) -> CsatResultList:
    """Customers' ratings and comments of the chats the agent closed that day."""
    target = _target(agent, agent_id)
    wanted = wanted_day(ctx, day)
    with ctx.db.read() as session:
        results = ops.csat_results(session, target, wanted, ctx.settings.shop_utc_offset_hours)
    return CsatResultList.from_domain(results)


@router.get("/metrics/team", response_model=TeamTable)
def team(ctx: Ctx, agent: CurrentAgent, day: DayQuery = None) -> TeamTable:
    """Supervisors: every agent's load now and figures for the day."""
    require_supervisor(agent, "the team table")
    wanted = wanted_day(ctx, day)
    settings = ctx.settings
    with ctx.db.read() as session:
        members = ops.team_table(
            session, wanted, ctx.clock.now(), settings.first_reply_sla_seconds, settings.shop_utc_offset_hours
        )
    return TeamTable.from_domain(members)


@router.get("/metrics/queue", response_model=LiveQueueOut)
def live_queue(ctx: Ctx, agent: CurrentAgent) -> LiveQueueOut:
    """Supervisors: the waiting chats in routing order and every agent's load now."""
    require_supervisor(agent, "the live queue")
    with ctx.db.read() as session:
        return LiveQueueOut.from_domain(ops.live_queue(session, ctx.clock.now()))
