"""The outbox sender: every write is stored first (durably), then sent with its client id.

- Items of one conversation go out strictly in order; different conversations go in parallel.
- 5xx, 429, timeouts, cut connections and "still in flight" are retried with jittered backoff,
  under the same client id, so the server applies the write once however often it is sent.
- A 4xx is final: the item is marked failed with the server's code and message.
- A 401 pauses the outbox (the item goes back to queued) until the agent logs in again.
- Each state change (queued, sending, sent, failed) reaches plain callbacks and async iterators.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.domain.conversations import Resolution
from app.domain.tickets import TicketKind
from app.protocol.conversations import ConversationOut, MessageOut
from app.protocol.coupons import CouponOut
from app.protocol.knowledge import KbArticleOut
from app.protocol.tickets import TicketOut
from app.store import conversations, coupons, knowledge, messages, tickets
from app.store import outbox as table
from app.store.cache_worker import CacheWorker
from app.store.outbox import OutboxItem, OutboxKind, OutboxState
from app.sync.backoff import jittered_delay
from app.sync.changes import SyncChanges
from app.sync.errors import BadServerData, LoginRequired, ServerRefused, ServerUnavailable
from app.sync.settings import SyncSettings
from app.sync.shop_api import ShopApi
from app.sync.sync_stats import SyncStats

log = logging.getLogger(__name__)

IDLE_RECHECK_SECONDS = 30.0


def new_client_id(kind: OutboxKind) -> str:
    """A fresh client id (also the Idempotency-Key): printable ASCII, unique."""
    return f"kd-{kind.value}-{uuid.uuid4().hex}"


def _store_result(session: Session, item: OutboxItem, body: Any) -> SyncChanges:
    """Cache what the server answered, in the transaction that marks the item sent."""
    changes = SyncChanges()
    if not isinstance(body, dict):
        return changes
    if item.kind is OutboxKind.MESSAGE:
        message = MessageOut.model_validate(body).to_domain()
        messages.store_message(session, message)
        changes.messages.add(message.id)
        changes.conversations.add(message.conversation_id)
    elif item.kind is OutboxKind.COUPON:
        coupon = CouponOut.model_validate(body).to_domain()
        coupons.upsert_coupon(session, coupon)
        changes.coupons.add(coupon.id)
    elif item.kind is OutboxKind.TICKET:
        ticket = TicketOut.model_validate(body).to_domain()
        tickets.upsert_ticket(session, ticket)
        changes.tickets.add(ticket.id)
    elif item.kind in (OutboxKind.TRANSFER, OutboxKind.CLOSE, OutboxKind.CSAT_INVITE):
        conversation = ConversationOut.model_validate(body).to_domain()
        conversations.upsert_conversation(session, conversation)
        changes.conversations.add(conversation.id)
    elif item.kind is OutboxKind.KB_FEEDBACK:
        article = KbArticleOut.model_validate(body).to_domain()
        knowledge.upsert_article(session, article)
        changes.articles.add(article.id)
    return changes


class Outbox:
    """Stores the agent's writes and sends them; observe items with `subscribe` or `updates()`."""

    def __init__(
        self,
        worker: CacheWorker,
        api: ShopApi,
        settings: SyncSettings,
        stats: SyncStats,
        *,
        on_login_required: Callable[[str], None],
        on_changes: Callable[[SyncChanges], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.worker = worker
        self.api = api
        self.settings = settings
        self.stats = stats
        self._on_login_required = on_login_required
        self._on_changes = on_changes
        self._rng = rng or random.Random()
        self._callbacks: list[Callable[[OutboxItem], None]] = []
        self._queues: list[asyncio.Queue[OutboxItem]] = []
        self._wake = asyncio.Event()
        self._running = asyncio.Event()
        self._running.set()
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        # Items that finished while the queue was being read: that read may predate their "sent".
        self._finished_during_read: set[int] = set()
        self._clear_delays = False
        self.idle = asyncio.Event()

    # --- observing ------------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[OutboxItem], None]) -> Callable[[], None]:
        """Call `callback(item)` on every state change; returns a function that unsubscribes."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback)

    async def updates(self) -> AsyncIterator[OutboxItem]:
        """Every state change from now on, as an async iterator."""
        queue: asyncio.Queue[OutboxItem] = asyncio.Queue()
        self._queues.append(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._queues.remove(queue)

    def _publish(self, item: OutboxItem) -> None:
        for callback in list(self._callbacks):
            try:
                callback(item)
            except Exception:  # an observer's bug must not stop the outbox
                log.exception("outbox observer failed")
        for queue in list(self._queues):
            queue.put_nowait(item)

    # --- adding writes --------------------------------------------------------------------------
    async def _add(
        self,
        kind: OutboxKind,
        payload: dict[str, Any],
        *,
        conversation_id: int | None = None,
        customer_id: int | None = None,
        dedupe: bool = False,
    ) -> OutboxItem:
        def store(session: Session) -> tuple[OutboxItem, bool]:
            if dedupe:
                twin = table.find_pending_twin(session, kind, payload, conversation_id)
                if twin is not None:
                    return twin, False
            item = table.add_item(
                session,
                kind=kind,
                client_id=new_client_id(kind),
                payload=payload,
                conversation_id=conversation_id,
                customer_id=customer_id,
            )
            return item, True

        # durable: the agent's write exists nowhere else until the server has it
        item, created = await self.worker.write(store, durable=True)
        if created:
            self._publish(item)
            self.nudge()
        return item

    async def send_message(self, conversation_id: int, text: str) -> OutboxItem:
        """Queue a chat reply."""
        return await self._add(OutboxKind.MESSAGE, {"text": text}, conversation_id=conversation_id)

    async def issue_coupon(
        self,
        customer_id: int,
        template_id: str,
        amount: float,
        reason: str,
        *,
        order_no: str | None = None,
        conversation_id: int | None = None,
    ) -> OutboxItem:
        """Queue a coupon; the same coupon clicked again while pending is the same item."""
        payload: dict[str, Any] = {
            "customer_id": customer_id,
            "template_id": template_id,
            "amount": amount,
            "reason": reason,
            "order_no": order_no,
            "conversation_id": conversation_id,
        }
        return await self._add(
            OutboxKind.COUPON, payload, conversation_id=conversation_id, customer_id=customer_id, dedupe=True
        )

    async def create_ticket(
        self,
        conversation_id: int,
        kind: TicketKind,
        description: str,
        *,
        order_no: str | None = None,
        customer_id: int | None = None,
    ) -> OutboxItem:
        """Queue an after-sales ticket; a pending identical one is not queued twice."""
        payload = {
            "conversation_id": conversation_id,
            "order_no": order_no,
            "kind": str(kind),
            "description": description,
        }
        return await self._add(
            OutboxKind.TICKET, payload, conversation_id=conversation_id, customer_id=customer_id, dedupe=True
        )

    async def transfer(
        self,
        conversation_id: int,
        *,
        agent_id: str | None = None,
        group: str | None = None,
        note: str | None = None,
    ) -> OutboxItem:
        """Queue a transfer to a colleague or back to a group's queue."""
        if (agent_id is None) == (group is None):
            raise ValueError("give exactly one of agent_id or group")
        payload = {"agent_id": agent_id, "group": group, "note": note}
        return await self._add(OutboxKind.TRANSFER, payload, conversation_id=conversation_id)

    async def close(self, conversation_id: int, resolution: Resolution) -> OutboxItem:
        """Queue closing the conversation."""
        return await self._add(
            OutboxKind.CLOSE, {"resolution": str(resolution)}, conversation_id=conversation_id, dedupe=True
        )

    async def invite_csat(self, conversation_id: int) -> OutboxItem:
        """Queue a satisfaction invite."""
        return await self._add(
            OutboxKind.CSAT_INVITE,
            {"conversation_id": conversation_id},
            conversation_id=conversation_id,
            dedupe=True,
        )

    async def rate_article(self, article_id: int, helpful: bool) -> OutboxItem:
        """Queue the agent's rating of a knowledge-base suggestion."""
        return await self._add(OutboxKind.KB_FEEDBACK, {"article_id": article_id, "helpful": helpful})

    async def retry(self, item_id: int) -> OutboxItem:
        """Send a failed item again (under a new client id: the old one carries the refusal)."""
        item = await self.worker.read(lambda s: table.get_item(s, item_id))
        if item is None or item.state is not OutboxState.FAILED:
            raise ValueError(f"outbox item {item_id} is not failed")
        fresh = await self.worker.write(
            lambda s: table.requeue_failed(s, item_id, new_client_id(item.kind)), durable=True
        )
        self._publish(fresh)
        self.nudge()
        return fresh

    # --- control --------------------------------------------------------------------------------
    def nudge(self, *, now_due: bool = False) -> None:
        """Look at the queue now; `now_due` also cuts waiting retries short (server is back)."""
        if now_due:
            self._clear_delays = True
        self._wake.set()

    def pause(self) -> None:
        """Stop starting new sends (logged out)."""
        self._running.clear()

    def resume(self) -> None:
        """Start sending again (logged in)."""
        self._running.set()
        self.nudge(now_due=True)

    @property
    def paused(self) -> bool:
        """Whether sending is paused."""
        return not self._running.is_set()

    # --- sending --------------------------------------------------------------------------------
    async def run(self) -> None:
        """Send until cancelled; items left `sending` by a crash are sent again (same key)."""
        released = await self.worker.write(table.release_interrupted)
        if released:
            log.info("%d outbox item(s) interrupted while sending are queued again", released)
        try:
            while True:
                await self._running.wait()
                self._wake.clear()
                try:
                    await self._start_due_sends()
                except asyncio.CancelledError:
                    raise
                except Exception:  # the disk is busy or broken: say so, keep going
                    log.exception("the outbox could not read its queue; trying again")
                    await asyncio.sleep(1.0)
        finally:
            for task in list(self._in_flight.values()):
                task.cancel()

    async def _start_due_sends(self) -> None:
        """Start a send for every due lane head (up to the parallel limit), then wait."""
        if self._clear_delays:
            self._clear_delays = False
            await self.worker.write(table.clear_retry_delays)
        self._finished_during_read.clear()
        heads = await self.worker.read(table.lane_heads)
        stale = self._finished_during_read
        free = self.settings.max_parallel_sends - len(self._in_flight)
        for head in heads:
            if free <= 0:
                break
            if head.id in self._in_flight or head.id in stale:
                continue
            task = asyncio.create_task(self._send(head))
            self._in_flight[head.id] = task
            task.add_done_callback(lambda _t, i=head.id: self._finished(i))
            free -= 1
        if not heads and not self._in_flight:
            self.idle.set()
        else:
            self.idle.clear()
        await self._sleep_until_due()

    def _finished(self, item_id: int) -> None:
        self._in_flight.pop(item_id, None)
        self._finished_during_read.add(item_id)
        self._wake.set()

    async def _sleep_until_due(self) -> None:
        due = await self.worker.read(table.next_attempt_time)
        timeout = IDLE_RECHECK_SECONDS
        if due is not None:
            timeout = max(0.0, min(timeout, (due - datetime.now(UTC)).total_seconds()))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    async def _send(self, item: OutboxItem) -> None:
        try:
            await self._send_once(item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug or a disk error: keep the item, try again later
            log.exception("outbox item %s (%s) could not be processed", item.id, item.kind)
            with contextlib.suppress(Exception):
                error = ServerUnavailable(f"{type(exc).__name__}: {exc}")
                sending = await self.worker.read(lambda s: table.get_item(s, item.id))
                if sending is not None and sending.pending:
                    await self._retry_later(sending, error)

    async def _send_once(self, item: OutboxItem) -> None:
        sending = await self.worker.write(lambda s: table.claim_for_sending(s, item.id))
        if sending is None:
            return  # sent or failed meanwhile
        self._publish(sending)
        try:
            status, body = await self.api.send(sending)
        except LoginRequired as exc:
            await self._paused_by_login(item, exc)
            return
        except ServerUnavailable as exc:
            await self._retry_later(sending, exc)
            return
        except ServerRefused as exc:
            await self._refused(item, exc)
            return
        except BadServerData as exc:
            # 2xx with an unreadable body: the write was applied; keep it sent, without a result.
            log.warning(
                "outbox item %s (%s) sent, but the answer was unreadable: %s", item.id, item.kind, exc
            )
            status, body = 200, None
        sent, changes = await self.worker.write(
            lambda s: self._mark_sent(s, item, status, body), durable=True
        )
        self.stats.outbox_sent += 1
        self._publish(sent)
        if changes and self._on_changes is not None:
            self._on_changes(changes)

    async def _paused_by_login(self, item: OutboxItem, error: LoginRequired) -> None:
        code, message = error.code, str(error)
        queued = await self.worker.write(
            lambda s: table.schedule_retry(s, item.id, None, status=401, code=code, message=message)
        )
        self._publish(queued)
        self.pause()
        self._on_login_required(f"{code}: {message}")

    async def _retry_later(self, sending: OutboxItem, error: ServerUnavailable) -> None:
        delay = jittered_delay(sending.attempts, self.settings.retry_base, self.settings.retry_cap, self._rng)
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
        at = datetime.now(UTC) + timedelta(seconds=delay)
        status, message = error.status, str(error)
        queued = await self.worker.write(
            lambda s: table.schedule_retry(
                s, sending.id, at, status=status, code="unavailable", message=message
            )
        )
        self.stats.outbox_retries += 1
        log.info(
            "outbox item %s (%s) will be retried in %.2f s: %s", sending.id, sending.kind, delay, message
        )
        self._publish(queued)

    async def _refused(self, item: OutboxItem, error: ServerRefused) -> None:
        status, code, message = error.status, error.code, error.message
        failed = await self.worker.write(
            lambda s: table.mark_failed(s, item.id, status, code, message), durable=True
        )
        self.stats.outbox_failed += 1
        log.warning("outbox item %s (%s) refused: %s %s", item.id, item.kind, code, message)
        self._publish(failed)

    @staticmethod
    def _mark_sent(
        session: Session, item: OutboxItem, status: int, body: Any
    ) -> tuple[OutboxItem, SyncChanges]:
        try:
            with session.begin_nested():
                changes = _store_result(session, item, body)
        except Exception as exc:  # an answer we cannot cache must not undo "sent"
            log.warning("outbox item %s: the server's answer was not cached (%s)", item.id, exc)
            changes = SyncChanges()
        result = body if isinstance(body, dict) else {}
        sent = table.mark_sent(session, item.id, status, result)
        changes.outbox_items.add(item.id)
        return sent, changes
