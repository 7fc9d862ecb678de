"""`SyncClient`: one agent's session with one shop server over one cache file.

It wires the token, the event feed (which applies events and moves the cursor in one write), the
history backfill and the outbox. Views hear about changes through `on_changes` callbacks (plain
callables on the event loop's thread); nothing here knows about Qt.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.conversations import Conversation, Message
from app.store import campaigns, conversations, customers, knowledge, orders, tickets
from app.store.cache_worker import CacheWorker
from app.store.database import CacheDatabase
from app.store.outbox import OutboxState, count_by_state
from app.sync.auth import AgentAuth
from app.sync.backoff import Backoff
from app.sync.changes import SyncChanges
from app.sync.errors import LoginRequired, ServerRefused, SyncError
from app.sync.event_apply import ApplyOutcome, EventApplier
from app.sync.event_decode import IncomingEvent
from app.sync.event_feed import EventFeed
from app.sync.history_backfill import HistoryBackfill
from app.sync.http_client import build_http_client
from app.sync.insight_api import InsightApi
from app.sync.outbox import Outbox
from app.sync.settings import SyncSettings
from app.sync.shop_api import ShopApi
from app.sync.sync_stats import SyncStats
from app.sync.token_store import KeyringTokenStore, TokenStore

log = logging.getLogger(__name__)


class SyncClient:
    """Keeps the cache in step with the server and sends the outbox, while logged in."""

    def __init__(
        self,
        settings: SyncSettings,
        database: CacheDatabase,
        *,
        token_store: TokenStore | None = None,
        http: httpx.AsyncClient | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.database = database
        self.worker = CacheWorker(database)
        self.http = http or build_http_client(settings)
        self.auth = AgentAuth(token_store or KeyringTokenStore(), settings.server_key)
        self.api = ShopApi(self.http, settings, lambda: self.auth.token)
        self.insights = InsightApi(self.api)
        self.stats = SyncStats()
        self._applier: EventApplier | None = None
        self._change_listeners: list[Callable[[SyncChanges], None]] = []
        self._message_listeners: list[Callable[[list[Message]], None]] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._started_at = time.time()
        self.outbox = Outbox(
            self.worker,
            self.api,
            settings,
            self.stats,
            on_login_required=self._login_required,
            on_changes=self._emit,
            rng=rng,
        )
        self.history = HistoryBackfill(
            self.worker,
            self.api,
            settings,
            self.stats,
            on_changes=self._emit,
            on_login_required=self._login_required,
        )
        self.feed = EventFeed(
            self.api,
            settings,
            self.auth,
            self.stats,
            read_cursor=self._read_cursor,
            apply_batch=self._apply_batch,
            on_live=self._on_live,
            rng=rng,
        )
        self.auth.on_login_required(lambda _reason: self.outbox.pause())

    # --- listeners ------------------------------------------------------------------------------
    def on_changes(self, listener: Callable[[SyncChanges], None]) -> None:
        """Call `listener(changes)` after every committed change to the cache."""
        self._change_listeners.append(listener)

    def on_new_messages(self, listener: Callable[[list[Message]], None]) -> None:
        """Call `listener(messages)` with messages that arrived as events (not history)."""
        self._message_listeners.append(listener)

    def on_login_required(self, listener: Callable[[str], None]) -> None:
        """Call `listener(reason)` when the server ends the session (401): show the login."""
        self.auth.on_login_required(listener)

    def _emit(self, changes: SyncChanges) -> None:
        for listener in list(self._change_listeners):
            try:
                listener(changes)
            except Exception:  # a view's bug must not stop the sync
                log.exception("change listener failed")

    # --- login ----------------------------------------------------------------------------------
    @property
    def agent(self) -> Agent | None:
        """The logged-in agent."""
        return self.auth.agent

    def _bind(self, agent: Agent) -> None:
        if self._applier is not None and self._applier.agent_id != agent.id:
            raise ValueError("this cache session belongs to another agent; open a new SyncClient")
        self._applier = EventApplier(self.settings.server_key, agent.id)

    async def login(self, username: str, password: str) -> Agent:
        """Log in; the token goes to the OS keyring (memory only without one); sync resumes."""
        response = await self.api.login(username, password)
        agent = response.agent.to_domain()
        self._bind(agent)
        self.auth.accept(username, response.token, agent)
        self.outbox.resume()
        return agent

    async def restore_login(self, username: str) -> bool:
        """Reuse a token saved by an earlier session if the server still accepts it."""
        token = self.auth.saved_token(username)
        if not token:
            return False
        self.auth.token = token
        try:
            agent = await self.api.me()
        except LoginRequired:
            self.auth.token = None
            self.auth.store.delete(self.auth.account(username))
            return False
        self._bind(agent)
        self.auth.accept(username, token, agent, remember=False)
        self.outbox.resume()
        return True

    def resume_login(self, username: str, agent: Agent) -> bool:
        """Start with a token saved by an earlier session and that session's agent, without asking
        the server (it may be unreachable); a token the server no longer accepts comes back as a
        401 from the feed, which asks for login. False when no token is saved."""
        token = self.auth.saved_token(username)
        if not token:
            return False
        self._bind(agent)
        self.auth.accept(username, token, agent, remember=False)
        self.outbox.resume()
        return True

    def _login_required(self, reason: str) -> None:
        self.auth.invalidate(reason)

    # --- running --------------------------------------------------------------------------------
    async def start(self) -> None:
        """Start the feed, the history backfill and the outbox sender."""
        if self._tasks:
            return
        self._started_at = time.time()
        self._tasks = [
            asyncio.create_task(self._first_sync(), name="sync-first"),
            asyncio.create_task(self.feed.run(), name="sync-feed"),
            asyncio.create_task(self.outbox.run(), name="sync-outbox"),
            asyncio.create_task(self.history.run(), name="sync-history"),
        ]

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop everything and close the HTTP client (queued work stays in the cache)."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        if tasks:
            # asyncio.wait never swallows a cancellation of stop() itself, unlike awaiting each task.
            done, stuck = await asyncio.wait(tasks, timeout=timeout)
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    log.warning("sync task %s had failed: %r", task.get_name(), task.exception())
            for task in stuck:
                log.warning(
                    "sync task %s did not stop within %.0f s: %s", task.get_name(), timeout, task.get_stack()
                )
        try:
            await asyncio.wait_for(self.http.aclose(), timeout)
        except TimeoutError:
            log.warning("closing the HTTP client took longer than %.0f s", timeout)
        # Waiting for the writer thread must not block the event loop (the UI's, in the app).
        await asyncio.to_thread(self.worker.close)

    async def _first_sync(self) -> None:
        """Knowledge base changes since last time, and (on an empty cursor) the agent's lists.

        Conversations that changed before the event log began (a seeded or migrated shop) never
        come as events, so an empty cache starts from `GET /conversations`; the events replayed
        from seq 0 then bring every later change on top."""
        backoff = Backoff(self.settings.reconnect_base, self.settings.reconnect_cap)
        while True:
            await self.auth.wait_logged_in()
            try:
                if await self._read_cursor() == 0:
                    await self.load_conversation_lists()
                await self.refresh_knowledge()
                await self.refresh_campaign()
                return
            except LoginRequired as exc:
                self._login_required(f"{exc.code}: {exc}")
            except SyncError as exc:
                log.info("first sync not done yet (%s); retrying", exc)
            await asyncio.sleep(backoff.next_delay())

    async def load_conversation_lists(self) -> int:
        """Cache the agent's `mine`, `waiting` and `closed` lists (only conversations not cached)."""
        found: dict[int, Conversation] = {}
        for status in ("closed", "waiting", "mine"):
            for conversation in await self.api.conversations(status):
                found[conversation.id] = conversation

        def store(session: Session) -> set[int]:
            added = set()
            for conversation in found.values():
                if conversations.get_conversation(session, conversation.id) is None:
                    conversations.upsert_conversation(session, conversation)
                    added.add(conversation.id)
            return added

        added = await self.worker.write(store)
        if added:
            self.history.wake()
            self._emit(SyncChanges(conversations=added))
        return len(added)

    def _on_live(self) -> None:
        # The server is reachable again: retry the outbox now rather than at the backoff's end.
        self.outbox.nudge(now_due=True)
        self.history.wake()

    async def _read_cursor(self) -> int:
        applier = self._applier
        assert applier is not None, "log in first"
        return await self.worker.read(applier.cursor)

    async def cursor(self) -> int:
        """The last applied event seq."""
        return await self._read_cursor()

    async def _apply_batch(self, events: list[IncomingEvent]) -> None:
        applier = self._applier
        assert applier is not None, "log in first"
        outcome: ApplyOutcome = await self.worker.write(lambda s: applier.apply(s, events))
        cached = time.time()
        stats = self.stats
        stats.events_applied += outcome.applied
        stats.events_skipped += outcome.skipped
        stats.events_redelivered += outcome.redelivered
        stats.duplicates += outcome.duplicates
        stats.messages_cached += len(outcome.new_messages)
        for message in outcome.new_messages:
            created = message.created_at.timestamp()
            if created >= self._started_at:  # a backlog from before the start says nothing about latency
                stats.latency_ms.append(max(0.0, (cached - created) * 1000))
            else:
                stats.backlog_messages += 1
        if outcome.history_needed:
            self.history.wake()
        if outcome.changes:
            self._emit(outcome.changes)
        if outcome.new_messages:
            for listener in list(self._message_listeners):
                listener(outcome.new_messages)

    async def caught_up(self) -> bool:
        """True when the server has no event after our cursor and nothing is left to send or fetch."""
        cursor = await self._read_cursor()
        data, _ = await self.api.poll_events(cursor, 0, 1)
        pending = await self.worker.read(_pending_outbox)
        return not data.get("events") and pending == 0 and self.history.idle.is_set()

    # --- on-demand reads ------------------------------------------------------------------------
    async def refresh_customer(self, customer_id: int, order_limit: int = 10) -> None:
        """Fetch and cache a customer's profile and recent orders (the profile panel)."""
        profile = await self.api.customer(customer_id)
        recent = await self.api.customer_orders(customer_id, order_limit)
        now = datetime.now(UTC)

        def store(session: Session) -> None:
            customers.upsert_customer(session, profile, now)
            for order in recent:
                orders.upsert_order(session, order, now)

        await self.worker.write(store)
        self._emit(SyncChanges(customers={customer_id}, orders={o.order_no for o in recent}))

    async def refresh_order(self, order_no: str) -> None:
        """Fetch and cache one order (deliveries, timeline, tickets, coupons)."""
        order = await self.api.order(order_no)
        await self.worker.write(lambda s: orders.upsert_order(s, order))
        self._emit(SyncChanges(orders={order_no}))

    async def refresh_ticket(self, ticket_id: int) -> None:
        """Fetch and cache one ticket with its progress nodes."""
        ticket = await self.api.ticket(ticket_id)
        await self.worker.write(lambda s: tickets.upsert_ticket(s, ticket))
        self._emit(SyncChanges(tickets={ticket_id}))

    async def refresh_knowledge(self) -> int:
        """Fetch articles changed since the newest one cached; returns how many came."""
        since = await self.worker.read(knowledge.latest_article_update)
        articles = await self.api.kb_articles(since)

        def store(session: Session) -> None:
            for article in articles:
                knowledge.upsert_article(session, article)

        if articles:
            await self.worker.write(store)
            self._emit(SyncChanges(articles={a.id for a in articles}))
        return len(articles)

    async def refresh_campaign(self) -> None:
        """Cache the shop's running campaign (a server without campaigns leaves the cache alone)."""
        try:
            campaign = await self.insights.current_campaign()
        except ServerRefused as exc:
            log.info("no campaign from the server (%s)", exc)
            return
        if campaign is not None:  # changes after this come as `campaign.updated` events
            await self.worker.write(lambda s: campaigns.upsert_campaign(s, campaign))
            self._emit(SyncChanges(campaigns={campaign.id}))


def _pending_outbox(session: Session) -> int:
    counts = count_by_state(session)
    return counts[OutboxState.QUEUED] + counts[OutboxState.SENDING]
