"""The headless runner: sync as one agent for N seconds, auto-reply to a share of customer
messages through the outbox, then audit the cache against the server and report figures.

Figures: events applied, duplicates (an event's message cached twice, or one client id stored
under two server ids), gaps (server messages in the agent's conversations missing from the
cache after catching up), out-of-order applies, message-created → cached latency, outbox counts.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus, Message, Sender
from app.store import conversations, messages
from app.store.database import open_cache
from app.store.outbox import OutboxState, count_by_state
from app.store.tables import MessageRow
from app.sync.client import SyncClient
from app.sync.errors import ServerRefused, SyncError
from app.sync.settings import SyncSettings

log = logging.getLogger(__name__)

REPLIES = (
    "您好，已收到您的问题，正在为您查询订单，请稍等。",
    "亲，已为您催促供货方，预计 10 分钟内到账。",
    "抱歉让您久等了，我这边马上帮您核实卡密状态。",
)


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What the runner was asked to do."""

    server: str
    user: str
    password: str
    db: str
    seconds: float
    reply_share: float = 0.3
    transport: str = "auto"
    drain_seconds: float = 20.0
    seed: int = 1


def _duplicate_client_ids(session: Session) -> int:
    grouped = (
        select(MessageRow.client_msg_id)
        .where(MessageRow.client_msg_id.is_not(None))
        .group_by(MessageRow.conversation_id, MessageRow.sender, MessageRow.client_msg_id)
        .having(func.count() > 1)
    )
    return len(list(session.scalars(grouped)))


def _order_violations(session: Session) -> int:
    """Messages applied from events out of id order within their conversation."""
    rows = session.execute(
        select(MessageRow.conversation_id, MessageRow.id, MessageRow.seq)
        .where(MessageRow.seq.is_not(None))
        .order_by(MessageRow.conversation_id, MessageRow.id)
    ).all()
    violations = 0
    last: dict[int, int] = {}
    for conversation_id, _id, seq in rows:
        if seq < last.get(conversation_id, 0):
            violations += 1
        last[conversation_id] = seq
    return violations


class HeadlessRun:
    """One run of the runner."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.database = open_cache(options.db)
        self.client = SyncClient(
            SyncSettings(server=options.server, transport=options.transport), self.database
        )
        self._rng = random.Random(options.seed)
        self._reply_tasks: set[asyncio.Task[None]] = set()

    async def _login(self, deadline: float) -> None:
        while True:
            try:
                await self.client.login(self.options.user, self.options.password)
                return
            except ServerRefused:
                raise
            except SyncError as exc:
                if time.monotonic() > deadline:
                    raise
                log.warning("login failed (%s); retrying", exc)
                await asyncio.sleep(1.0)

    def _relogin(self, _reason: str) -> None:
        task = asyncio.get_running_loop().create_task(self._login(time.monotonic() + 60))
        self._reply_tasks.add(task)
        task.add_done_callback(self._reply_tasks.discard)

    def _maybe_reply(self, new: list[Message]) -> None:
        for message in new:
            if message.sender is Sender.CUSTOMER and self._rng.random() < self.options.reply_share:
                task = asyncio.get_running_loop().create_task(self._reply(message))
                self._reply_tasks.add(task)
                task.add_done_callback(self._reply_tasks.discard)

    async def _reply(self, message: Message) -> None:
        agent = self.client.agent
        conv = await self.client.worker.read(
            lambda s: conversations.get_conversation(s, message.conversation_id)
        )
        if agent is None or conv is None or conv.agent_id != agent.id:
            return
        if conv.status is not ConversationStatus.ASSIGNED:
            return
        await self.client.outbox.send_message(conv.id, self._rng.choice(REPLIES))

    async def _drain(self) -> bool:
        deadline = time.monotonic() + self.options.drain_seconds
        while time.monotonic() < deadline:
            try:
                if await self.client.caught_up():
                    return True
            except SyncError as exc:
                log.info("not caught up yet: %s", exc)
            await asyncio.sleep(0.5)
        return False

    async def _missing(self) -> dict[int, set[int]]:
        """Server message ids missing from the cache, per conversation the agent can read."""
        cached = await self.client.worker.read(lambda s: conversations.list_conversations(s, limit=100_000))
        missing: dict[int, set[int]] = {}
        for conv in cached:
            server_ids: set[int] = set()
            before: int | None = None
            try:
                for _ in range(100):
                    page, has_more = await self.client.api.message_page(conv.id, before=before, limit=500)
                    server_ids |= {m.id for m in page}
                    if not has_more or not page:
                        break
                    before = page[0].id
            except ServerRefused:
                continue  # no longer the agent's (transferred away)
            local = set(await self.client.worker.read(lambda s, c=conv.id: messages.message_ids_of(s, c)))
            if server_ids - local:
                missing[conv.id] = server_ids - local
        return missing

    async def _audit(self) -> dict[str, Any]:
        caught_up = await self._drain()
        missing = await self._missing()
        if missing:  # messages created during the audit itself: catch up once more and recheck
            await self._drain()
            recheck = await self._missing()
            missing = {c: ids & recheck.get(c, set()) for c, ids in missing.items()}
        gaps = sum(len(ids) for ids in missing.values())
        if gaps:
            log.warning("gaps: %s", {c: sorted(ids)[:10] for c, ids in missing.items() if ids})
        duplicate_ids = await self.client.worker.read(_duplicate_client_ids)
        disorder = await self.client.worker.read(_order_violations)
        counts = await self.client.worker.read(count_by_state)
        cached = await self.client.worker.read(messages.count_messages)
        return {
            "caught_up": caught_up,
            "gaps": gaps,
            "duplicate_client_ids": duplicate_ids,
            "order_violations": disorder,
            "messages_in_cache": cached,
            "outbox_pending": counts[OutboxState.QUEUED] + counts[OutboxState.SENDING],
            "outbox_failed_total": counts[OutboxState.FAILED],
        }

    async def run(self) -> dict[str, Any]:
        """Sync, reply, audit; returns the figures."""
        started = time.monotonic()
        await self._login(started + 30)
        self.client.on_new_messages(self._maybe_reply)
        self.client.on_login_required(self._relogin)
        await self.client.start()
        await asyncio.sleep(self.options.seconds)
        audit = await self._audit()
        stats = self.client.stats.as_dict()
        await self.client.stop()
        for task in list(self._reply_tasks):
            task.cancel()
        integrity = self.database.integrity_check()
        self.database.close()
        figures = {
            "events_applied": stats["events_applied"],
            "duplicates": stats["duplicates"] + audit["duplicate_client_ids"],
            "gaps": audit["gaps"],
            "latency_p50_ms": stats["latency_p50_ms"],
            "latency_p95_ms": stats["latency_p95_ms"],
            "outbox_sent": stats["outbox_sent"],
            "outbox_failed": stats["outbox_failed"],
        }
        figures.update({k: v for k, v in stats.items() if k not in figures})
        figures.update({k: v for k, v in audit.items() if k not in figures})
        figures["integrity_check"] = integrity
        figures["seconds"] = round(time.monotonic() - started, 1)
        return figures
