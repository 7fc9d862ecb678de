"""The agent's own quick replies (Ctrl+/): stored locally, searched by shortcut, title or text, and
filled with the chat's values — {称呼} {订单号} {预计到账} {券额}."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.errors import InvalidInput
from app.domain.learning import QuickReply
from app.store import quick_replies
from app.sync.client import SyncClient

MAX_BODY = 2000
MAX_SHORTCUT = 32
_VARIABLE = re.compile(r"\{(称呼|订单号|预计到账|券额)\}")
# The suggestion service's values under the names agents type.
VARIABLE_KEYS = {"称呼": "salutation", "订单号": "order_no", "预计到账": "eta", "券额": "coupon_amount"}

STARTER_REPLIES = (
    ("hi", "问候", "{称呼}您好，我是您的专属客服，请问有什么可以帮您？"),
    ("eta", "到账时间", "{称呼}，订单 {订单号} 预计 {预计到账} 内到账，请您稍等。"),
    ("comp", "延迟补偿", "非常抱歉让您久等，已为您申请 {券额} 补偿券，订单 {订单号} 我们会持续跟进。"),
)


def fill_quick_reply(body: str, values: dict[str, str]) -> str:
    """Replace the Chinese variables with the chat's values; unknown ones stay as typed."""
    return _VARIABLE.sub(lambda m: values.get(VARIABLE_KEYS[m.group(1)], m.group(0)), body)


def matches(reply: QuickReply, query: str) -> bool:
    """Case-insensitive match on shortcut, title or body."""
    needle = query.strip().casefold()
    return not needle or any(needle in part.casefold() for part in (reply.shortcut, reply.title, reply.body))


class QuickReplyService:
    """Lists, searches, saves and deletes the logged-in agent's quick replies."""

    def __init__(self, client: SyncClient, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.client = client
        self.clock = clock

    def _agent_id(self) -> str:
        agent = self.client.agent
        return agent.id if agent is not None else ""

    async def all(self) -> list[QuickReply]:
        """Every reply, by shortcut; a first start gets a few starters to edit."""
        agent_id = self._agent_id()
        found = await self.client.worker.read(lambda s: quick_replies.quick_replies(s, agent_id))
        if found:
            return found
        now = self.clock()

        def seed(session: object) -> None:
            for shortcut, title, body in STARTER_REPLIES:
                quick_replies.save_quick_reply(session, agent_id, None, shortcut, title, body, now)  # type: ignore[arg-type]

        await self.client.worker.write(seed)
        return await self.client.worker.read(lambda s: quick_replies.quick_replies(s, agent_id))

    async def search(self, query: str) -> list[QuickReply]:
        """Replies matching the query, shortcut matches first."""
        needle = query.strip().casefold()
        found = [r for r in await self.all() if matches(r, query)]
        return sorted(found, key=lambda r: (not r.shortcut.casefold().startswith(needle), r.shortcut, r.id))

    async def save(self, reply_id: int | None, shortcut: str, title: str, body: str) -> QuickReply:
        """Add or change a reply; a bad field raises `InvalidInput` naming it and changes nothing."""
        shortcut, title = shortcut.strip(), title.strip()
        if not shortcut or len(shortcut) > MAX_SHORTCUT or any(c.isspace() for c in shortcut):
            raise InvalidInput("the shortcut is 1–32 characters without spaces", field="shortcut")
        if not body.strip() or len(body) > MAX_BODY:
            raise InvalidInput("the text is 1–2000 characters", field="body")
        agent_id, now = self._agent_id(), self.clock()
        return await self.client.worker.write(
            lambda s: quick_replies.save_quick_reply(
                s, agent_id, reply_id, shortcut, title or shortcut, body, now
            )
        )

    async def delete(self, reply_id: int) -> bool:
        """Remove a reply."""
        agent_id = self._agent_id()
        return await self.client.worker.write(
            lambda s: quick_replies.delete_quick_reply(s, agent_id, reply_id)
        )
