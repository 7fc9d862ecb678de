"""Fetches the transcript of conversations the agent just got: the messages written before the
chat reached them (bot phase, queue) never came as events to this agent.

Which conversations still need it is stored in the cache (`history_complete`), so a crash or a
cut only delays the fetch. Messages already cached are left as they are (stored once by id).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.conversations import Message
from app.store import conversations, messages
from app.store.cache_worker import CacheWorker
from app.store.tables import ConversationRow, MessageRow
from app.sync.backoff import Backoff
from app.sync.changes import SyncChanges
from app.sync.errors import BadServerData, LoginRequired, ServerRefused, ServerUnavailable
from app.sync.settings import SyncSettings
from app.sync.shop_api import ShopApi
from app.sync.sync_stats import SyncStats

log = logging.getLogger(__name__)

MAX_PAGES = 50
IDLE_RECHECK_SECONDS = 30.0


def _work_list(session: Session) -> list[int]:
    missing = conversations.conversations_missing_history(session, limit=50)
    orphans = session.scalars(
        select(MessageRow.conversation_id)
        .where(~MessageRow.conversation_id.in_(select(ConversationRow.id)))
        .distinct()
        .limit(50)
    )
    return sorted(set(missing) | set(orphans))


class HistoryBackfill:
    """Keeps fetching transcripts of conversations marked incomplete."""

    def __init__(
        self,
        worker: CacheWorker,
        api: ShopApi,
        settings: SyncSettings,
        stats: SyncStats,
        on_changes: Callable[[SyncChanges], None],
        on_login_required: Callable[[str], None],
    ) -> None:
        self.worker = worker
        self.api = api
        self.settings = settings
        self.stats = stats
        self._on_changes = on_changes
        self._on_login_required = on_login_required
        self._wake = asyncio.Event()
        self._backoff = Backoff(settings.reconnect_base, settings.reconnect_cap)
        self._unreachable: set[int] = set()
        self.idle = asyncio.Event()

    def wake(self) -> None:
        """Look for work now (a conversation was assigned)."""
        self._wake.set()

    async def run(self) -> None:
        """Fetch until cancelled."""
        while True:
            self._wake.clear()
            try:
                todo = [c for c in await self.worker.read(_work_list) if c not in self._unreachable]
            except Exception:
                log.exception("could not read which transcripts are missing")
                await asyncio.sleep(self._backoff.next_delay())
                continue
            if not todo:
                self.idle.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_RECHECK_SECONDS)
                continue
            self.idle.clear()
            try:
                for conversation_id in todo:
                    await self.fetch(conversation_id)
                self._backoff.reset()
            except LoginRequired as exc:
                self._on_login_required(f"{exc.code}: {exc}")
                await asyncio.sleep(self._backoff.next_delay())
            except (ServerUnavailable, BadServerData) as exc:
                delay = self._backoff.next_delay()
                log.info("history fetch failed (%s); retrying in %.2f s", exc, delay)
                await asyncio.sleep(delay)
            except Exception:  # a bug or a disk error must not end the backfill
                log.exception("history fetch failed")
                await asyncio.sleep(self._backoff.next_delay())

    async def fetch(self, conversation_id: int) -> None:
        """Cache the conversation (if unknown) and its whole transcript, then mark it complete."""
        try:
            known = await self.worker.read(lambda s: conversations.get_conversation(s, conversation_id))
            if known is None:
                fetched = await self.api.conversation(conversation_id)
                await self.worker.write(
                    lambda s: (
                        None
                        if conversations.get_conversation(s, conversation_id)
                        else conversations.upsert_conversation(s, fetched)
                    )
                )
            before: int | None = None
            for _ in range(MAX_PAGES):
                page, has_more = await self.api.message_page(
                    conversation_id, before=before, limit=self.settings.history_page_size
                )
                last = not has_more or not page
                changes = await self.worker.write(
                    lambda s, p=page, done=last: self._store_page(s, conversation_id, p, done)
                )
                if changes:
                    self._on_changes(changes)
                if last:
                    break
                before = page[0].id
        except ServerRefused as exc:
            # 403/404: no longer ours (transferred, or gone); nothing to fetch.
            log.info("history of conversation %s not fetched: %s", conversation_id, exc)
            self._unreachable.add(conversation_id)
            await self.worker.write(lambda s: conversations.mark_history_complete(s, conversation_id))

    def _store_page(
        self, session: Session, conversation_id: int, page: list[Message], done: bool
    ) -> SyncChanges:
        changes = SyncChanges()
        for message in page:
            if messages.store_message(session, message):
                self.stats.history_messages += 1
                changes.messages.add(message.id)
        if done:
            conversations.mark_history_complete(session, conversation_id)
        if changes:
            changes.conversations.add(conversation_id)
        return changes
