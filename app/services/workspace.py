"""The agent's workspace: one session with one shop server, and every use case the window needs,
sharing one `ChangeBus`. The composition root builds it with `open_workspace`."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from pathlib import Path

from app.domain.agents import Agent
from app.domain.conversations import Conversation, ConversationStatus, Message
from app.services.agent_memory import forget_agent, load_agent, save_agent
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
from app.services.profiles import ErasedCustomer, ProfileService
from app.services.quality import QualityService
from app.services.quick_replies import QuickReplyService
from app.services.search import SearchService
from app.services.shop_reads import ShopReads
from app.services.suggestions import SuggestionService
from app.services.tickets import TicketService
from app.store import conversations
from app.store.database import open_cache
from app.store.retention import DEFAULT_RETENTION_DAYS, apply_retention
from app.sync.changes import SyncChanges
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
        self,
        client: SyncClient,
        engine: AnalyzerSlot,
        *,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        agent_file: Path | None = None,
    ) -> None:
        self.client = client
        self.agent_file = agent_file
        self._resumed = False
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
        # sync steps and live messages of the current event-loop turn (see _on_sync)
        self._sync_steps: list[SyncChanges] = []
        self._live: list[Message] = []
        self._known: dict[int, Conversation] = {}
        # set once the start-up fetches (queues, knowledge base, coupon policy) are done
        self.warmed_up = asyncio.Event()
        client.on_changes(self._on_sync)
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
        await self._remember_agent()
        self.bus.publish(Changes(session=True, connection=True))
        return agent

    async def restore(self, username: str) -> bool:
        """Reuse a remembered token when the server still accepts it (asks the server)."""
        try:
            restored = await self.client.restore_login(username)
        except SyncError as exc:
            raise as_action_error(exc) from exc
        if restored:
            await self._remember_agent()
            self.bus.publish(Changes(session=True, connection=True))
        return restored

    async def resume(self, username: str) -> bool:
        """Start at once from the remembered token and agent, without the network: the cached
        workspace shows, offline too. `start()` then checks the token in the background; only a
        401 from the server asks for login. False when nothing is remembered."""
        if self.agent_file is None:
            return False
        agent = await asyncio.get_running_loop().run_in_executor(None, load_agent, self.agent_file)
        if agent is None or not self.client.resume_login(username, agent):
            return False
        self._resumed = True
        self.bus.publish(Changes(session=True, connection=True))
        return True

    async def _check_resumed_login(self) -> None:
        """The server's word on a resumed token: fresh agent details, or (401) the login dialog."""
        username = self.client.auth.username
        if username is None:
            return
        try:
            accepted = await self.client.restore_login(username)
        except SyncError as exc:
            log.info("saved login not checked yet (%s); working from the cache", type(exc).__name__)
            return  # offline: the feed keeps trying, and a 401 there asks for login
        if accepted:
            await self._remember_agent()
            self.bus.publish(Changes(session=True))
        else:
            self.client.auth.invalidate("the saved login was refused")

    async def _remember_agent(self) -> None:
        agent, path = self.client.agent, self.agent_file
        if agent is None or path is None:
            return
        try:
            await asyncio.get_running_loop().run_in_executor(None, save_agent, path, agent)
        except OSError as exc:
            log.warning("agent profile not remembered: %s", exc)

    async def start(self) -> None:
        """Start syncing and fetch what the cache cannot know (queues, knowledge base, coupon policy)."""
        await self.client.start()
        self.connection.start()
        if self._resumed:
            self._background(self._check_resumed_login())
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

    async def set_retention(self, days: int) -> None:
        """Keep local data for `days` from now on, and drop what is older now."""
        self.retention_days = max(1, int(days))
        await self._retention()

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
        if self.agent_file is not None:
            forget_agent(self.agent_file)
        await self.stop()

    async def erase_customer_data(self, customer_id: int) -> ErasedCustomer:
        """ "Delete this customer's local data" (PIPL): the cache, and what memory learnt from it."""
        erased = await self.profiles.erase_local_data(customer_id)
        self.insights.forget(erased.conversation_ids)
        for conversation_id in erased.conversation_ids:
            self._known.pop(conversation_id, None)
        return erased

    # --- listening to the sync client -----------------------------------------------------------
    def _on_sync(self, sync: SyncChanges) -> None:
        # An event batch reports its changes first and its live messages right after, in the same
        # call: sort them out once both are in, on the next turn of the loop.
        if not self._sync_steps:
            asyncio.get_running_loop().call_soon(self._publish_sync)
        self._sync_steps.append(sync)

    def _publish_sync(self) -> None:
        """Publish what the sync steps changed. A conversation is only reported as changed once
        its cached record really differs (a new message alone is not a change of the chat: the
        live lines carry it), and transcripts are reloaded only for messages not delivered live."""
        steps, self._sync_steps = self._sync_steps, []
        live, self._live = self._live, []
        changes = Changes()
        for step in steps:
            changes.merge(Changes.from_sync(step))
        touched = changes.conversations
        changes.conversations = set()
        if changes.messages - {m.id for m in live}:
            changes.transcripts = set(touched)  # history or redelivered messages: reload those chats
        self.bus.publish(changes)
        if touched:
            self._background(self._conversations_changed(touched))

    async def _conversations_changed(self, ids: set[int]) -> None:
        """Publish the conversations whose record changed; chats that just reached me get their
        newest messages at once, and an alert if angry."""
        found = await self.client.worker.read(lambda s: [conversations.get_conversation(s, i) for i in ids])
        changed = [c for c in found if c is not None and self._known.get(c.id) != c]
        for conversation in changed:
            self._known[conversation.id] = conversation
        if not changed:
            return
        self.bus.publish(Changes(conversations={c.id for c in changed}))
        me = self.agent.id if self.agent else None
        if me is None:
            return
        for conversation in changed:
            if conversation.status is not ConversationStatus.ASSIGNED or conversation.agent_id != me:
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
        self._live.extend(new)
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
    path = cache_path(data_dir, server, username)
    database = open_cache(path)
    client = SyncClient(
        settings or SyncSettings(server=server), database, token_store=token_store or KeyringTokenStore()
    )
    return Workspace(
        client, engine, retention_days=retention_days, agent_file=path.with_suffix(".agent.json")
    )
