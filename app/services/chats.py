"""The agent's chats: the waiting queue and "my chats", accepting, replying through the outbox,
retrying, transferring, closing, drafts, unread counts and the first-reply clock."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.conversations import Conversation, ConversationStatus, Message, Resolution, Sender
from app.services.change_bus import ChangeBus
from app.services.changes import Changes
from app.services.chat_lines import ChatLine, TranscriptPage, line_of_message, line_of_outbox
from app.services.errors import OFFLINE, ActionFailed, checked
from app.services.shop_reads import Colleague, ShopReads
from app.store import conversations, drafts, messages
from app.store import outbox as outbox_table
from app.store.outbox import OutboxItem, OutboxKind, OutboxState
from app.sync.client import SyncClient

log = logging.getLogger(__name__)

SLA_SECONDS = 10
OPEN_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED)


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """A conversation as the queue lists show it."""

    conversation: Conversation
    angry: bool
    unread: int
    unanswered_since: datetime | None


def priority_key(conversation: Conversation, angry: bool) -> tuple[int, int, datetime]:
    """Angry first, then VIP, then the longest wait."""
    since = conversation.waiting_since or conversation.assigned_at or conversation.opened_at
    return (0 if angry else 1, 0 if conversation.vip else 1, since)


def _page(
    session: Session, conversation_id: int, limit: int, agent_id: str | None, complete: bool
) -> TranscriptPage:
    cached = messages.messages_of(session, conversation_id, limit=limit + 1)
    # older messages may be on the server only (not backfilled yet, or past the retention limit)
    has_more = len(cached) > limit or (bool(cached) and not complete)
    lines = [line_of_message(m) for m in cached[-limit:]]
    delivered = {line.client_id for line in lines if line.client_id}
    for item in outbox_table.list_items(session, states=OPEN_STATES, conversation_id=conversation_id):
        if item.kind is OutboxKind.MESSAGE and item.client_id not in delivered:
            lines.append(line_of_outbox(item, agent_id))
    return TranscriptPage(tuple(lines), has_more)


def _older(session: Session, conversation_id: int, before_id: int, limit: int) -> TranscriptPage:
    cached = messages.messages_of(session, conversation_id, before_id=before_id, limit=limit + 1)
    return TranscriptPage(tuple(line_of_message(m) for m in cached[-limit:]), len(cached) > limit)


def unanswered_since(lines: tuple[ChatLine, ...] | list[ChatLine]) -> datetime | None:
    """When the customer's oldest message after the agent's last reply was written (None: answered)."""
    since: datetime | None = None
    for line in lines:
        if line.sender is Sender.CUSTOMER:
            since = since or line.at
        elif line.sender is Sender.AGENT:
            since = None
    return since


class ChatService:
    """Use cases on conversations; every write is broadcast as `Changes`."""

    def __init__(self, client: SyncClient, reads: ShopReads, bus: ChangeBus) -> None:
        self.client = client
        self.reads = reads
        self.bus = bus
        self._unread: dict[int, int] = {}
        self._unanswered: dict[int, datetime | None] = {}
        self._active: int | None = None
        self._history_complete: set[int] = set()
        self._line_listeners: list[Callable[[dict[int, list[ChatLine]]], None]] = []
        self.is_angry: Callable[[Conversation], bool] = lambda c: c.angry

    @property
    def agent(self) -> Agent | None:
        """The logged-in agent."""
        return self.client.agent

    # --- lists ----------------------------------------------------------------------------------
    async def refresh_lists(self) -> None:
        """Fetch the waiting queue and my chats from the server into the cache."""
        waiting = await self.reads.conversations("waiting")
        mine = await self.reads.conversations("mine")
        listed = {c.id for c in waiting} | {c.id for c in mine}
        me = self.agent.id if self.agent else None

        def stale(session: Session) -> list[int]:
            open_ones = conversations.list_conversations(session, status=ConversationStatus.WAITING)
            open_ones += conversations.list_conversations(
                session, status=ConversationStatus.ASSIGNED, agent_id=me
            )
            return [c.id for c in open_ones if c.id not in listed][:50]

        gone = await self.client.worker.read(stale)
        refetched: list[Conversation] = []
        for conversation_id in gone:
            try:
                refetched.append(await checked(self.client.api.conversation(conversation_id)))
            except ActionFailed as exc:
                log.info("conversation %s not refreshed: %s", conversation_id, exc.code)

        def store(session: Session) -> None:
            for conversation in [*waiting, *mine, *refetched]:
                conversations.upsert_conversation(session, conversation)

        await self.client.worker.write(store)
        self.client.history.wake()
        self.bus.publish(Changes(conversations=listed | {c.id for c in refetched}))

    def _entry(self, conversation: Conversation) -> QueueEntry:
        return QueueEntry(
            conversation,
            self.is_angry(conversation),
            self._unread.get(conversation.id, 0),
            self._unanswered.get(conversation.id),
        )

    def refreshed(self, entries: list[QueueEntry]) -> list[QueueEntry]:
        """The same conversations with today's unread counts, reply clocks and anger, in priority
        order again (memory only: no cache read, so it can run on every incoming message)."""
        fresh = [
            dataclasses.replace(
                e,
                angry=self.is_angry(e.conversation),
                unread=self._unread.get(e.conversation.id, 0),
                unanswered_since=self._unanswered.get(e.conversation.id),
            )
            for e in entries
        ]
        return sorted(fresh, key=lambda e: priority_key(e.conversation, e.angry))

    async def waiting_queue(self) -> list[QueueEntry]:
        """Waiting chats of my groups (all groups for supervisors), in priority order."""
        agent = self.agent
        cached = await self.client.worker.read(
            lambda s: conversations.list_conversations(s, status=ConversationStatus.WAITING, limit=2000)
        )
        if agent is not None and not agent.is_supervisor:
            cached = [c for c in cached if c.group is None or c.group in agent.skill_groups]
        entries = [self._entry(c) for c in cached]
        return sorted(entries, key=lambda e: priority_key(e.conversation, e.angry))

    async def my_chats(self) -> list[QueueEntry]:
        """Chats assigned to me, in priority order."""
        agent = self.agent
        if agent is None:
            return []
        cached = await self.client.worker.read(
            lambda s: conversations.list_conversations(
                s, status=ConversationStatus.ASSIGNED, agent_id=agent.id, limit=2000
            )
        )
        entries = [self._entry(c) for c in cached]
        return sorted(entries, key=lambda e: priority_key(e.conversation, e.angry))

    async def conversation(self, conversation_id: int) -> Conversation | None:
        """One cached conversation."""
        return await self.client.worker.read(lambda s: conversations.get_conversation(s, conversation_id))

    # --- accepting ------------------------------------------------------------------------------
    async def accept(self, conversation_id: int) -> Conversation:
        """Take a waiting chat; it becomes one of my chats."""
        conversation = await self.reads.accept(conversation_id)
        await self.client.worker.write(lambda s: conversations.upsert_conversation(s, conversation))
        self.client.history.wake()
        self.bus.publish(Changes(conversations={conversation_id}))
        return conversation

    async def accept_next(self) -> Conversation | None:
        """Take the head of the waiting queue (the next one when a colleague was faster)."""
        for entry in await self.waiting_queue():
            try:
                return await self.accept(entry.conversation.id)
            except ActionFailed as exc:
                if exc.code != "already_assigned":
                    raise
                fresh = await self.client.api.conversation(entry.conversation.id)
                await self.client.worker.write(lambda s, c=fresh: conversations.upsert_conversation(s, c))
                self.bus.publish(Changes(conversations={entry.conversation.id}))
        return None

    # --- the transcript -------------------------------------------------------------------------
    async def fetch_recent(self, conversation_id: int, limit: int = 50) -> int:
        """Cache the newest messages of a chat that just reached me, without waiting for the
        full history backfill (which may be busy with other chats); returns how many were new."""
        page, _has_more = await checked(self.client.api.message_page(conversation_id, limit=limit))

        def store(session: Session) -> list[int]:
            return [m.id for m in page if messages.store_message(session, m)]

        new_ids = await self.client.worker.write(store)
        if new_ids:
            self.bus.publish(Changes(transcripts={conversation_id}, messages=set(new_ids)))
        return len(new_ids)

    async def page(self, conversation_id: int, limit: int = 60) -> TranscriptPage:
        """The newest `limit` messages plus my replies still in the outbox."""
        agent_id = self.agent.id if self.agent else None
        complete = conversation_id in self._history_complete
        page = await self.client.worker.read(lambda s: _page(s, conversation_id, limit, agent_id, complete))
        since = unanswered_since(page.lines)
        if self._unanswered.get(conversation_id) != since:
            self._unanswered[conversation_id] = since
        return page

    async def older(self, conversation_id: int, before_message_id: int, limit: int = 60) -> TranscriptPage:
        """Messages before `before_message_id` as the agent scrolls up: from the cache, and from the
        server (then cached) once the cache has no more. Offline, what the cache has."""
        page = await self.client.worker.read(lambda s: _older(s, conversation_id, before_message_id, limit))
        if page.has_more:
            return page
        oldest = page.lines[0].message_id if page.lines else before_message_id
        try:
            fetched, server_more = await checked(
                self.client.api.message_page(conversation_id, before=oldest, limit=limit)
            )
        except ActionFailed as exc:
            if exc.code != OFFLINE or not page.lines:
                raise
            return TranscriptPage(page.lines, True)  # the rest when the server is back

        def store(session: Session) -> None:
            for message in fetched:
                messages.store_message(session, message)

        if fetched:
            await self.client.worker.write(store)
        if not server_more:
            self._history_complete.add(conversation_id)
        known = {line.key for line in page.lines}
        older = [line_of_message(m) for m in fetched if m.id < (oldest or 0) and f"m{m.id}" not in known]
        return TranscriptPage((*older, *page.lines), server_more)

    def unanswered_since(self, conversation_id: int) -> datetime | None:
        """The start of the first-reply clock of a conversation (None when answered)."""
        return self._unanswered.get(conversation_id)

    # --- replying -------------------------------------------------------------------------------
    async def send_reply(self, conversation_id: int, text: str) -> ChatLine:
        """Queue a reply in the durable outbox (sent in order, once) and clear the draft."""
        if not text.strip():
            raise ActionFailed("empty reply", code="empty_reply")
        item = await self.client.outbox.send_message(conversation_id, text)
        await self.client.worker.write(lambda s: drafts.save_draft(s, conversation_id, ""), durable=True)
        self._unanswered[conversation_id] = None
        self.bus.publish(
            Changes(transcripts={conversation_id}, outbox_items={item.id}, drafts={conversation_id})
        )
        return line_of_outbox(item, self.agent.id if self.agent else None)

    async def retry(self, outbox_id: int) -> None:
        """Send a failed reply (or coupon, ticket…) again."""
        try:
            await self.client.outbox.retry(outbox_id)
        except ValueError as exc:
            raise ActionFailed(str(exc), code="not_failed") from exc

    def outbox_changed(self, item: OutboxItem) -> None:
        """The outbox reported a state change: tell the views of its conversation."""
        changes = Changes(outbox_items={item.id})
        if item.conversation_id is not None:
            changes.transcripts.add(item.conversation_id)
            if item.kind is not OutboxKind.MESSAGE:  # a close or transfer on its way
                changes.conversations.add(item.conversation_id)
        order_no = item.payload.get("order_no")
        if item.kind in (OutboxKind.COUPON, OutboxKind.TICKET) and isinstance(order_no, str):
            changes.orders.add(order_no)  # the order panel shows pending coupons and tickets
        self.bus.publish(changes)

    # --- transfer and close ---------------------------------------------------------------------
    async def colleagues(self) -> list[Colleague]:
        """Agents one may transfer to (without oneself)."""
        me = self.agent.id if self.agent else None
        return [c for c in await self.reads.colleagues() if c.agent.id != me]

    async def transfer(
        self, conversation_id: int, *, agent_id: str | None = None, group: str | None = None
    ) -> None:
        """Hand the chat to a colleague or back to a group's queue (through the outbox)."""
        item = await self.client.outbox.transfer(conversation_id, agent_id=agent_id, group=group)
        self.bus.publish(Changes(conversations={conversation_id}, outbox_items={item.id}))

    async def close(self, conversation_id: int, resolution: Resolution, *, invite_csat: bool = True) -> None:
        """Close with a resolution and, if asked, invite the customer to rate (in that order)."""
        item = await self.client.outbox.close(conversation_id, resolution)
        changes = Changes(conversations={conversation_id}, outbox_items={item.id})
        if invite_csat:
            invite = await self.client.outbox.invite_csat(conversation_id)
            changes.outbox_items.add(invite.id)
        self.bus.publish(changes)

    async def pending_count(self) -> int:
        """Writes waiting in the outbox (queued or being sent)."""
        counts = await self.client.worker.read(outbox_table.count_by_state)
        return counts[OutboxState.QUEUED] + counts[OutboxState.SENDING]

    async def closing(self, conversation_id: int) -> bool:
        """Whether a close of this conversation waits in the outbox."""
        items = await self.client.worker.read(
            lambda s: outbox_table.list_items(
                s, states=(OutboxState.QUEUED, OutboxState.SENDING), conversation_id=conversation_id
            )
        )
        return any(i.kind is OutboxKind.CLOSE for i in items)

    # --- drafts ---------------------------------------------------------------------------------
    async def save_draft(self, conversation_id: int, text: str) -> None:
        """Keep the composer's text durably (restored after a crash)."""
        await self.client.worker.write(lambda s: drafts.save_draft(s, conversation_id, text), durable=True)

    async def draft(self, conversation_id: int) -> str:
        """The saved draft of a conversation ('' when none)."""
        found = await self.client.worker.read(lambda s: drafts.get_draft(s, conversation_id))
        return found.text if found else ""

    # --- unread and the reply clock -------------------------------------------------------------
    def set_active(self, conversation_id: int | None) -> None:
        """The agent is looking at this chat: its unread count drops to zero."""
        self._active = conversation_id
        if conversation_id is not None and self._unread.pop(conversation_id, 0):
            self.bus.publish(Changes(unread={conversation_id}))

    def unread(self, conversation_id: int) -> int:
        """Customer messages the agent has not looked at yet."""
        return self._unread.get(conversation_id, 0)

    def on_live_lines(self, listener: Callable[[dict[int, list[ChatLine]]], None]) -> Callable[[], None]:
        """Call `listener({conversation_id: lines})` with every message that arrives live, as soon
        as it is cached: open chats append them without reading the cache again."""
        self._line_listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._line_listeners:
                self._line_listeners.remove(listener)

        return unsubscribe

    def note_incoming(self, new: list[Message]) -> None:
        """Messages that arrived live: hand them to the open chats, count unread ones and move the
        first-reply clocks."""
        touched: set[int] = set()
        lines: dict[int, list[ChatLine]] = {}
        for message in new:
            lines.setdefault(message.conversation_id, []).append(line_of_message(message))
        for message in new:
            cid = message.conversation_id
            if message.sender is Sender.CUSTOMER:
                if cid != self._active:
                    self._unread[cid] = self._unread.get(cid, 0) + 1
                    touched.add(cid)
                if self._unanswered.get(cid) is None:
                    self._unanswered[cid] = message.created_at
            elif message.sender is Sender.AGENT:
                self._unanswered[cid] = None
        for listener in list(self._line_listeners):
            try:
                listener(lines)
            except Exception:  # a view's bug must not stop the sync
                log.exception("live line listener failed")
        if touched:
            self.bus.publish(Changes(unread=touched))


def sla_seconds_left(since: datetime | None, now: datetime | None = None) -> float | None:
    """Seconds left of the 10 s first-reply SOP (negative once breached; None when answered)."""
    if since is None:
        return None
    return SLA_SECONDS - ((now or datetime.now(UTC)) - since).total_seconds()
