"""The event feed: Server-Sent Events resumed by Last-Event-ID, long-polling as the fallback.

- The cursor sent on every (re)connect is the one stored with the applied changes, so a cut at any
  point neither skips nor repeats an event.
- A silent stream is found by its missing heartbeat: the read timeout of the stream is
  `heartbeat_timeout` (the server sends a comment every 15 s), after which it is reopened.
- Every failure waits an exponentially growing, jittered delay before the next try.
- SSE that connects but keeps failing (a proxy that buffers or cuts streams), or a server without
  `/events/stream`, switches to long-polling for `poll_mode_seconds`.
- Bad input (malformed or oversized JSON, unknown types, invalid UTF-8) is logged and skipped.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from httpx_sse import ServerSentEvent, SSEError, aconnect_sse

from app.sync.auth import AgentAuth
from app.sync.backoff import Backoff
from app.sync.errors import BadServerData, LoginRequired, ServerRefused, ServerUnavailable
from app.sync.event_decode import IncomingEvent, decode_event, seq_in_head, skipped
from app.sync.json_body import parse_json
from app.sync.settings import SyncSettings
from app.sync.shop_api import ShopApi
from app.sync.sync_stats import SyncStats

log = logging.getLogger(__name__)

POLL_BATCH = 500
APPLY_BATCH = 500


def _utf8_size(text: str, limit: int) -> int:
    """The UTF-8 size of `text`; only encoded when it could be near `limit` (a lower bound above it)."""
    if len(text) > limit or len(text) * 4 <= limit:
        return len(text)  # over the limit for sure, or under it for sure
    return len(text.encode("utf-8"))


class StreamUnsupported(Exception):
    """The server (or a proxy) does not offer a usable event stream: long-poll instead."""


class EventFeed:
    """Reads events for the logged-in agent and hands them, in seq order, to `apply_batch`."""

    def __init__(
        self,
        api: ShopApi,
        settings: SyncSettings,
        auth: AgentAuth,
        stats: SyncStats,
        *,
        read_cursor: Callable[[], Awaitable[int]],
        apply_batch: Callable[[list[IncomingEvent]], Awaitable[None]],
        on_live: Callable[[], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.api = api
        self.settings = settings
        self.auth = auth
        self.stats = stats
        self._read_cursor = read_cursor
        self._apply_batch = apply_batch
        self._on_live = on_live
        self._backoff = Backoff(settings.reconnect_base, settings.reconnect_cap, rng)
        self._sse_failures = 0
        self._poll_until = 0.0
        self._poll_limit = POLL_BATCH
        self.live = False

    # --- the loop -------------------------------------------------------------------------------
    async def run(self) -> None:
        """Sync until cancelled; never raises on network or server faults."""
        while True:
            await self.auth.wait_logged_in()
            try:
                if self._use_poll():
                    await self._poll_round()
                else:
                    await self._stream()
                    await self._pause("the event stream ended")
            except LoginRequired as exc:
                self._set_live(False)
                self.auth.invalidate(f"{exc.code}: {exc}")
            except StreamUnsupported as exc:
                self._poll_until = time.monotonic() + self.settings.poll_mode_seconds
                log.warning(
                    "no usable event stream (%s); long-polling for %.0f s",
                    exc,
                    self.settings.poll_mode_seconds,
                )
            except (ServerUnavailable, BadServerData, ServerRefused, SSEError, httpx.HTTPError) as exc:
                await self._pause(f"{type(exc).__name__}: {exc}")
            except Exception as exc:  # a bug or a disk error must not end the sync: log it, retry
                log.exception("event feed failed")
                await self._pause(f"{type(exc).__name__}: {exc}")

    async def _pause(self, why: str) -> None:
        self._set_live(False)
        self.stats.reconnects += 1
        delay = self._backoff.next_delay()
        log.info("event feed: %s; retrying in %.2f s", why, delay)
        await asyncio.sleep(delay)

    def _use_poll(self) -> bool:
        if self.settings.transport == "poll":
            return True
        if self.settings.transport == "sse":
            return False
        return time.monotonic() < self._poll_until

    def _set_live(self, live: bool) -> None:
        was = self.live
        self.live = live
        if live and not was:
            self._backoff.reset()
            if self._on_live is not None:
                self._on_live()

    def _stream_failed(self, connected: bool) -> None:
        """Count an SSE failure that happened after connecting; enough of them → long-poll."""
        if not connected or self.settings.transport != "auto":
            return
        self._sse_failures += 1
        if self._sse_failures >= self.settings.sse_failures_before_poll:
            self._sse_failures = 0
            self._poll_until = time.monotonic() + self.settings.poll_mode_seconds
            log.warning(
                "the event stream failed %d times after connecting; long-polling for %.0f s",
                self.settings.sse_failures_before_poll,
                self.settings.poll_mode_seconds,
            )

    # --- Server-Sent Events ---------------------------------------------------------------------
    def _check_stream(self, response: httpx.Response) -> None:
        status = response.status_code
        if status == 401:
            raise LoginRequired("the event stream was refused", "unauthorized")
        if status in (404, 405, 406, 501):
            raise StreamUnsupported(f"GET /events/stream answered {status}")
        if status >= 500 or status in (408, 429):
            raise ServerUnavailable(f"the event stream answered {status}", status=status)
        if status >= 400:
            raise ServerRefused(status, "stream_refused", f"the event stream answered {status}")
        content_type = response.headers.get("content-type", "")
        if "text/event-stream" not in content_type:
            raise StreamUnsupported(f"the stream came as {content_type or 'no content type'}")

    async def _stream(self) -> None:
        cursor = await self._read_cursor()
        settings = self.settings
        headers = {**self.api.auth_headers(), "Last-Event-ID": str(cursor)}
        # The read timeout is the heartbeat watchdog: any byte (event or heartbeat) resets it.
        timeout = httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.heartbeat_timeout,
            write=settings.request_timeout,
            pool=settings.connect_timeout,
        )
        queue: asyncio.Queue[IncomingEvent | None] = asyncio.Queue()
        applier = asyncio.create_task(self._apply_from(queue))
        connected = False
        try:
            async with aconnect_sse(
                self.api.http, "GET", "/events/stream", headers=headers, timeout=timeout
            ) as source:
                self._check_stream(source.response)
                connected = True
                self.stats.stream_connects += 1
                async for sse in source.aiter_sse():
                    if applier.done():
                        applier.result()  # re-raise a failure to apply
                    self._sse_failures = 0
                    self._set_live(True)
                    if sse.event == "logout":
                        raise LoginRequired("the server ended the session", "logout")
                    event = self._decode_frame(sse)
                    if event is not None:
                        queue.put_nowait(event)
        except httpx.ReadTimeout as exc:
            self.stats.heartbeat_timeouts += 1
            self._stream_failed(connected)
            raise ServerUnavailable(
                f"no heartbeat or event for {settings.heartbeat_timeout:g} s; reopening the stream"
            ) from exc
        except (httpx.HTTPError, SSEError):
            self._stream_failed(connected)
            raise
        finally:
            # Apply what was read before reconnecting: the next cursor must include it.
            queue.put_nowait(None)
            await applier

    def _decode_frame(self, sse: ServerSentEvent) -> IncomingEvent | None:
        seq = int(sse.id) if sse.id and sse.id.isdigit() else None
        if not sse.data:
            return None
        what = f"event {sse.id or '?'}"
        size = _utf8_size(sse.data, self.settings.max_event_bytes)
        if size > self.settings.max_event_bytes:
            log.warning(
                "%s skipped: %d bytes is over the %d-byte limit", what, size, self.settings.max_event_bytes
            )
            return skipped(seq, sse.event, "oversized") if seq else None
        if "\ufffd" in sse.data:
            log.warning(
                "%s: the server sent invalid UTF-8; the undecodable bytes were replaced by U+FFFD", what
            )
        try:
            raw: Any = parse_json(sse.data, what)
        except BadServerData as exc:
            log.warning("%s skipped: %s", what, exc)
            return skipped(seq, sse.event, "malformed JSON") if seq else None
        event = decode_event(raw, seq)
        if event is None:
            log.warning("%s ignored: it has no readable seq", what)
        return event

    async def _apply_from(self, queue: asyncio.Queue[IncomingEvent | None]) -> None:
        """Apply what the reader queued, in batches of whatever has arrived meanwhile."""
        while True:
            first = await queue.get()
            if first is None:
                return
            batch = [first]
            done = False
            while len(batch) < APPLY_BATCH and not queue.empty():
                item = queue.get_nowait()
                if item is None:
                    done = True
                    break
                batch.append(item)
            await self._apply_batch(batch)
            if done:
                return

    # --- long-polling ---------------------------------------------------------------------------
    async def _poll_round(self) -> None:
        cursor = await self._read_cursor()
        try:
            data, size = await self.api.poll_events(cursor, self.settings.longpoll_wait, self._poll_limit)
        except BadServerData as exc:
            if self._poll_limit > 1:
                log.warning(
                    "unreadable event batch after %s (%s); asking for one event at a time", cursor, exc
                )
                self._poll_limit = 1
                return
            seq = seq_in_head(exc.head)
            if seq is None or seq <= cursor:
                raise
            log.warning("event %s skipped: %s", seq, exc)
            await self._apply_batch([skipped(seq, "?", str(exc))])
            return
        self.stats.polls += 1
        events_raw = data.get("events") if isinstance(data, dict) else None
        if not isinstance(events_raw, list):
            raise BadServerData("an event batch without an events list")
        self._set_live(True)
        self._poll_limit = POLL_BATCH
        events: list[IncomingEvent] = []
        for raw in events_raw:
            event = decode_event(raw)
            if event is None:
                log.warning("an event without a readable seq was ignored")
                continue
            if size > self.settings.max_event_bytes and event.problem is None:
                event = self._unless_oversized(raw, event)
            events.append(event)
        events.sort(key=lambda e: e.seq)
        if events:
            await self._apply_batch(events)

    def _unless_oversized(self, raw: Any, event: IncomingEvent) -> IncomingEvent:
        length = len(json.dumps(raw, ensure_ascii=False))
        if length <= self.settings.max_event_bytes:
            return event
        log.warning(
            "event %s skipped: %d characters is over the %d-byte limit",
            event.seq,
            length,
            self.settings.max_event_bytes,
        )
        return skipped(event.seq, event.type, "oversized")
