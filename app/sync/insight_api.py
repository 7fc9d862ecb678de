"""The shop server's dashboard, quality-review, KB-review and campaign calls (reads, plus the
supervisor's review, which carries its own Idempotency-Key)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.campaigns import Campaign
from app.domain.knowledge import KbArticle
from app.domain.metrics import AgentDashboard, CsatResult
from app.domain.quality import QaItem
from app.domain.supervision import LiveQueue, TeamMember
from app.protocol.campaigns import CurrentCampaign
from app.protocol.dashboard import AgentDashboardOut, CsatResultList, LiveQueueOut, TeamTable
from app.protocol.knowledge import KbArticleList
from app.protocol.quality import QaItemList, QaItemOut
from app.sync.shop_api import ShopApi


def _day(day: date | None, agent_id: str | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if day is not None:
        params["day"] = day.isoformat()
    if agent_id is not None:
        params["agent_id"] = agent_id
    return params


class InsightApi:
    """Typed calls on top of `ShopApi`; errors are `ShopApi`'s."""

    def __init__(self, api: ShopApi) -> None:
        self.api = api

    async def dashboard(self, day: date | None = None, agent_id: str | None = None) -> AgentDashboard:
        """The agent's day, by hour, and the week ending on the day."""
        _, data = await self.api.call("GET", "/metrics/agent/dashboard", params=_day(day, agent_id))
        return self.api._model(AgentDashboardOut, data, "dashboard").to_domain()

    async def csat_results(self, day: date | None = None, agent_id: str | None = None) -> list[CsatResult]:
        """The customers' ratings of the day's chats."""
        _, data = await self.api.call("GET", "/metrics/csat", params=_day(day, agent_id))
        return self.api._model(CsatResultList, data, "csat results").to_domain()

    async def team(self, day: date | None = None) -> list[TeamMember]:
        """Supervisors: the team table."""
        _, data = await self.api.call("GET", "/metrics/team", params=_day(day))
        return self.api._model(TeamTable, data, "team").to_domain()

    async def live_queue(self) -> LiveQueue:
        """Supervisors: who waits and how loaded each agent is."""
        _, data = await self.api.call("GET", "/metrics/queue")
        return self.api._model(LiveQueueOut, data, "live queue").to_domain()

    async def qa_sample(self, day: date | None = None) -> list[QaItem]:
        """Supervisors: the day's quality sample, flagged chats first."""
        _, data = await self.api.call("GET", "/qa/sample", params=_day(day))
        return [i.to_domain() for i in self.api._model(QaItemList, data, "qa sample").items]

    async def qa_review(self, conversation_id: int, note: str, key: str) -> QaItem:
        """Supervisors: mark a chat reviewed (a retry with the same key is answered, not applied)."""
        _, data = await self.api.call(
            "POST", f"/qa/reviews/{conversation_id}", json={"note": note}, headers={"Idempotency-Key": key}
        )
        return self.api._model(QaItemOut, data, "qa review").to_domain()

    async def qa_notes(self, limit: int = 50) -> list[QaItem]:
        """The agent's reviewed chats with the supervisors' notes."""
        _, data = await self.api.call("GET", "/qa/notes", params={"limit": limit})
        return [i.to_domain() for i in self.api._model(QaItemList, data, "qa notes").items]

    async def kb_review(self) -> list[KbArticle]:
        """Supervisors: articles rated below the threshold."""
        _, data = await self.api.call("GET", "/kb/review")
        return [a.to_domain() for a in self.api._model(KbArticleList, data, "kb review").articles]

    async def current_campaign(self) -> Campaign | None:
        """The running campaign, or None."""
        _, data = await self.api.call("GET", "/campaigns/current")
        found = self.api._model(CurrentCampaign, data, "campaign").campaign
        return found.to_domain() if found is not None else None
