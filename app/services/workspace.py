"""The agent's workspace: one session with one shop server, and every use case the window needs,
sharing one `ChangeBus`. The composition root builds it with `open_workspace`."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from pathlib import Path

from app.domain.agents import Agent
from app.domain.conversations import ConversationStatus, Message
from app.services.analyzer_slot import AnalyzerSlot
from app.services.change_bus import ChangeBus
from app.services.changes import Changes
from app.services.chats import ChatService
from app.services.connection import ConnectionWatch
from app.services.coupons import CouponService
from app.services.dashboard import DashboardService
from app.services.errors import ActionFailed, as_action_error
from app.services.insights import ConversationInsights
from app.services.intent_corrections import IntentCorrectionService
from app.services.profiles import ProfileService
from app.services.quality import QualityService
from app.services.quick_replies import QuickReplyService
from app.services.search import SearchService
from app.services.shop_reads import ShopReads
from app.services.suggestions import SuggestionService
from app.services.tickets import TicketService
from app.store import conversations
from app.store.database import open_cache
from app.store.retention import DEFAULT_RETENTION_DAYS, apply_retention
from app.sync.client import SyncClient
from app.sync.errors import SyncError
from app.sync.settings import SyncSettings
from app.sync.token_store import KeyringTokenStore, TokenStore

log = logging.getLogger(__name__)


def cache_path(data_dir: Path, server: str, username: str) -> Path:
    """One cache file per server and agent."""
    server_key = SyncSettings(server=server).server_key
    digest = hashlib.sha1(server_key.encode("utf-8")).hexdigest()[:10]
    safe_user = "".join(ch for ch in username if ch.isalnum() or ch in "-_") or "agent"
    return data_dir / "cache" / f"{safe_user}-{digest}.db"


class Workspace:
    """Services of one logged-in agent; `bus` broadcasts every change to the views."""

    def __init__(
        self, client: SyncClient, engine: AnalyzerSlot, *, retention_days: int = DEFAULT_RETENTION_DAYS
    ) -> None:
        self.client = client
        self.engine = engine
        self.retention_days = retention_days
        self.bus = ChangeBus()
        self.reads = ShopReads(client.api)
        self.insights = ConversationInsights(engine, self.bus)
        self.chats = ChatService(client, self.reads, self.bus)
        self.chats.is_angry = self.insights.is_angry
        self.profiles = ProfileService(client, self.reads, self.bus)
        self.coupons = CouponService(client, self.reads, self.bus)
        self.tickets = TicketService(client, self.bus)
        self.search = SearchService(client)
        self.suggestions = SuggestionService(client, self.insights, self.coupons)
        self.connection = ConnectionWatch(client, self.bus)
        # knowledge base that learns, dashboard and quality review (issue 7)
        self.quick_replies = QuickReplyService(client)
        self.corrections = IntentCorrectionService(client, self.insights)
        self.dashboard = DashboardService(client)
        self.quality = QualityService(client)
        self._tasks: set[asyncio.Task[None]] = set()
        self._fetched_recent: set[int] = set()
        # set once the start-up fetches (queues, knowledge base, coupon policy) are done
        self.warmed_up = asyncio.Event()
        client.on_changes(lambda sync: self._on_sync(Changes.from_sync(sync)))
        client.on_new_messages(self._on_new_messages)
        client.outbox.subscribe(self.chats.outbox_changed)
        engine.on_loaded(lambda _engine: self.bus.publish(Changes(engine=True)))

    @property
    def agent(self) -> Agent | None:
        """The logged-in agent."""
        return self.client.agent

    @property
    def server(self) -> str:
        """The shop server's URL."""
        return self.client.settings.server

    # --- session --------------------------------------------------------------------------------
    async def login(self, username: str, password: str) -> Agent:
        """Log in (the token goes to the OS keyring); raises `ActionFailed` (bad_credentials, offline…)."""
        try:
            agent = await self.client.login(username, password)
        except SyncError as exc:
            raise as_action_error(exc) from exc
        self.bus.publish(Changes(session=True, connection=True))
        return agent

    async def restore(self, username: str) -> bool:
        """Reuse a remembered token when the server still accepts it."""
        try:
            restored = await self.client.restore_login(username)
        except SyncError as exc:
            raise as_action_error(exc) from exc
        if restored:
            self.bus.publish(Changes(session=True, connection=True))
        return restored

    async def start(self) -> None:
        """Start syncing and fetch what the cache cannot know (queues, knowledge base, coupon policy)."""
        await self.client.start()
        self.connection.start()
        self._background(self._warm_up())
        self._background(self.engine.load_quietly())

    def _background(self, coroutine: object) -> None:
        task = asyncio.ensure_future(coroutine)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _warm_up(self) -> None:
        steps = (
            self.chats.refresh_lists,
            self._refresh_knowledge,
            self.coupons.policy,
            self._retention,
        )
        for step in steps:
            try:
                await step()
            except (ActionFailed, SyncError) as exc:
                log.info("start-up step %s skipped: %s", getattr(step, "__name__", step), exc)
            except Exception:
                log.exception("start-up step failed")
        self.warmed_up.set()

    async def _refresh_knowledge(self) -> None:
        await self.client.refresh_knowledge()

    async def _retention(self) -> None:
        days = self.retention_days
        database = self.client.database
        await self.client.worker.call(lambda: apply_retention(database, days=days))

    async def settled(self, timeout: float = 30.0) -> bool:
        """Wait until start-up fetches and the history backfill are done (False on timeout)."""
        try:
            await asyncio.wait_for(self.warmed_up.wait(), timeout)
            await asyncio.wait_for(self.client.history.idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def stop(self) -> None:
        """Stop syncing; what is queued stays in the cache's outbox."""
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.connection.stop()
        await self.client.stop()
        self.client.database.close()

    async def logout(self) -> None:
        """Revoke the token on the server, forget it locally and stop."""
        with contextlib.suppress(ActionFailed):
            await self.reads.logout()
        if self.client.auth.username:
            self.client.auth.store.delete(self.client.auth.account(self.client.auth.username))
        await self.stop()

    # --- listening to the sync client -----------------------------------------------------------
    def _on_sync(self, changes: Changes) -> None:
        self.bus.publish(changes)
        if changes.conversations and self.agent is not None:
            self._background(self._conversations_changed(set(changes.conversations)))

    async def _conversations_changed(self, ids: set[int]) -> None:
        """Chats that just reached me: their newest messages at once, and an alert if angry."""
        me = self.agent.id if self.agent else None
        found = await self.client.worker.read(lambda s: [conversations.get_conversation(s, i) for i in ids])
        for conversation in found:
            if conversation is None or conversation.status is not ConversationStatus.ASSIGNED:
                continue
            if conversation.agent_id != me:
                continue
            self.insights.observe_conversation(conversation)
            if conversation.id not in self._fetched_recent:
                self._fetched_recent.add(conversation.id)
                try:
                    await self.chats.fetch_recent(conversation.id)
                except ActionFailed as exc:
                    self._fetched_recent.discard(conversation.id)
                    log.info("recent messages of %s not fetched: %s", conversation.id, exc.code)

    def _on_new_messages(self, new: list[Message]) -> None:
        self.chats.note_incoming(new)
        self.insights.observe_live(new)


def open_workspace(
    server: str,
    username: str,
    data_dir: Path,
    engine: AnalyzerSlot,
    *,
    token_store: TokenStore | None = None,
    settings: SyncSettings | None = None,
    retention_days: int = DEFAULT_RETENTION_DAYS,
) -> Workspace:
    """The workspace of `username` on `server`, over its own cache file (opened and migrated here:
    blocking disk work, so call it on an executor)."""
    database = open_cache(cache_path(data_dir, server, username))
    client = SyncClient(
        settings or SyncSettings(server=server), database, token_store=token_store or KeyringTokenStore()
    )
    return Workspace(client, engine, retention_days=retention_days)
