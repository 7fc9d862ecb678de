"""The dashboard: the agent's figures for a day (by hour and over seven days), the customers'
ratings and the supervisors' notes; supervisors also get the team table and the live queue.
The period exports as CSV."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.metrics import AgentDashboard, AgentMetrics, CsatResult
from app.domain.quality import QaItem
from app.domain.supervision import LiveQueue, TeamMember
from app.services.errors import checked
from app.services.file_export import write_text_atomically
from app.sync.client import SyncClient

CSV_COLUMNS = (
    "period",
    "chats_handled",
    "first_reply_seconds",
    "avg_reply_seconds",
    "first_contact_resolution",
    "csat",
    "csat_responses",
    "sla_breaches",
)


@dataclass(frozen=True, slots=True)
class DashboardView:
    """Everything the dashboard tab shows for one day."""

    board: AgentDashboard
    ratings: tuple[CsatResult, ...]
    notes: tuple[QaItem, ...]
    team: tuple[TeamMember, ...] = ()
    queue: LiveQueue | None = None


def _cell(value: float | int | None) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _day_row(metrics: AgentMetrics) -> list[str]:
    return [
        metrics.day.isoformat(),
        _cell(metrics.chats_handled),
        _cell(metrics.first_reply_seconds),
        _cell(metrics.avg_reply_seconds),
        _cell(metrics.first_contact_resolution),
        _cell(metrics.csat),
        _cell(metrics.csat_responses),
        _cell(metrics.sla_breaches),
    ]


def dashboard_csv(board: AgentDashboard) -> str:
    """The period as CSV: one row per day of the week, then one per hour of the day (UTF-8, with BOM
    so spreadsheet programs on Windows read the Chinese right)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["agent_id", board.today.agent_id, "sla_seconds", board.today.sla_seconds])
    writer.writerow(CSV_COLUMNS)
    for day in board.week:
        writer.writerow(_day_row(day))
    for hour in board.hours:
        writer.writerow(
            [
                f"{board.today.day.isoformat()} {hour.hour:02d}:00",
                _cell(hour.chats_handled),
                _cell(hour.first_reply_seconds),
                _cell(hour.avg_reply_seconds),
                "",
                _cell(hour.csat),
                "",
                _cell(hour.sla_breaches),
            ]
        )
    return out.getvalue()


class DashboardService:
    """Loads the dashboard from the server and exports it."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    @property
    def is_supervisor(self) -> bool:
        """Whether the team table and live queue are offered."""
        agent = self.client.agent
        return agent is not None and agent.is_supervisor

    async def load(self, day: date | None = None, agent_id: str | None = None) -> DashboardView:
        """One day's view (today when None); other agents' days are for supervisors."""
        api = self.client.insights
        board = await checked(api.dashboard(day, agent_id))
        ratings = await checked(api.csat_results(board.today.day, agent_id))
        notes = await checked(api.qa_notes()) if agent_id is None else []
        if not self.is_supervisor:
            return DashboardView(board, tuple(ratings), tuple(notes))
        team = await checked(api.team(board.today.day))
        queue = await checked(api.live_queue())
        return DashboardView(board, tuple(ratings), tuple(notes), tuple(team), queue)

    async def live_queue(self) -> LiveQueue:
        """Supervisors: the queue right now (refreshed every few seconds by the view)."""
        return await checked(self.client.insights.live_queue())

    async def export_csv(self, board: AgentDashboard, path: Path) -> None:
        """Write the period to `path` (off the event loop's thread)."""
        text = dashboard_csv(board)
        await asyncio.to_thread(write_text_atomically, path, text)
