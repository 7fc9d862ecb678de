"""Helpers for the shop server's integration tests: a movable clock, agent clients, customers."""

from __future__ import annotations

import itertools
import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.domain.intents import Analysis, Entities, Intent
from app.shopserver.context import ServerHooks
from app.shopserver.embedded import RunningServer

PASSWORD = "kefu123"
CHANNEL_KEY = "test-channel-key"
_ids = itertools.count(1)


class MovableClock:
    """Real time plus an offset the test can push forward."""

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Now, shifted."""
        with self._lock:
            return datetime.now(UTC) + self._offset

    def advance(self, seconds: float) -> None:
        """Jump forward."""
        with self._lock:
            self._offset += timedelta(seconds=seconds)


class KeywordAnalyzer:
    """A tiny stand-in for the engine, used only when the real model is not built yet."""

    RULES = (
        ("转人工", Intent.HUMAN_AGENT),
        ("人工", Intent.HUMAN_AGENT),
        ("没到账", Intent.NOT_RECEIVED),
        ("未到账", Intent.NOT_RECEIVED),
        ("卡密", Intent.CARD_INVALID),
        ("退", Intent.REFUND),
        ("投诉", Intent.COMPLAINT),
        ("谢谢", Intent.THANKS_BYE),
        ("有货", Intent.PRESALE_PRODUCT),
        ("多久", Intent.DELIVERY_TIME),
        ("在吗", Intent.GREETING),
    )
    ANGRY = ("骗子", "垃圾", "！！！", "12315")

    def analyze(self, text: str) -> Analysis:
        """Keyword rules; never raises."""
        intent = next((i for k, i in self.RULES if k in text), Intent.OTHER)
        angry = any(w in text for w in self.ANGRY)
        found = re.search(r"[A-Z]{0,4}[0-9]{16,24}", text)
        card = next((c for c in ("话费", "Q币", "Steam", "流量") if c in text), None)
        return Analysis(
            intent=intent,
            confidence=0.9,
            angry=angry,
            anger=0.95 if angry else 0.05,
            entities=Entities(order_no=found.group(0) if found else None, card_type=card),
        )


def new_key(prefix: str = "k") -> str:
    """A fresh client-generated key."""
    return f"{prefix}-{next(_ids)}-{uuid.uuid4().hex[:8]}"


class AgentClient:
    """An httpx client logged in as one agent."""

    def __init__(self, api_url: str, username: str, login: dict[str, Any]) -> None:
        self.username = username
        self.login = login
        self.token: str = login["token"]
        self.http = httpx.Client(
            base_url=api_url, headers={"Authorization": f"Bearer {self.token}"}, timeout=httpx.Timeout(15.0)
        )

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        """GET under /api/v1."""
        return self.http.get(path, **kwargs)

    def post(self, path: str, json: Any = None, key: str | None = None, **kwargs: Any) -> httpx.Response:
        """POST under /api/v1; `key` becomes the Idempotency-Key header."""
        headers = dict(kwargs.pop("headers", {}) or {})
        if key is not None:
            headers["Idempotency-Key"] = key
        return self.http.post(path, json=json, headers=headers, **kwargs)

    def put(self, path: str, json: Any = None, key: str | None = None) -> httpx.Response:
        """PUT under /api/v1; `key` becomes the Idempotency-Key header."""
        return self.http.put(path, json=json, headers={"Idempotency-Key": key} if key is not None else None)

    def reply(self, conversation_id: int, text: str, client_msg_id: str | None = None) -> httpx.Response:
        """Send a chat reply."""
        body = {"client_msg_id": client_msg_id or new_key("m"), "text": text}
        return self.post(f"/conversations/{conversation_id}/messages", json=body)

    def events(self, after: int = 0, wait: float = 0) -> dict[str, Any]:
        """One long-poll."""
        response = self.get("/events", params={"after": after, "wait": wait}, timeout=wait + 15)
        assert response.status_code == 200, response.text
        return response.json()

    def all_events(self, after: int = 0) -> list[dict[str, Any]]:
        """Every event after the cursor, now."""
        out: list[dict[str, Any]] = []
        while True:
            batch = self.events(after)
            out += batch["events"]
            if not batch["events"]:
                return out
            after = batch["last_seq"]

    def last_seq(self) -> int:
        """The newest seq this agent can see."""
        events = self.all_events()
        return events[-1]["seq"] if events else 0

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()


@dataclass
class Shop:
    """A running shop server and ways to act on it as staff and as customers."""

    server: RunningServer
    clock: MovableClock
    hooks: ServerHooks
    backend: str
    clients: list[AgentClient] = field(default_factory=list)

    @property
    def api(self) -> str:
        """The /api/v1 base URL."""
        return self.server.api_url

    def anonymous(self) -> httpx.Client:
        """A client without credentials."""
        client = httpx.Client(base_url=self.api, timeout=15.0)
        self.clients.append(_Closer(client))  # type: ignore[arg-type]
        return client

    def login(self, username: str, password: str = PASSWORD) -> AgentClient:
        """Log in and return an authenticated client."""
        response = httpx.post(
            self.api + "/auth/login", json={"username": username, "password": password}, timeout=15
        )
        assert response.status_code == 200, response.text
        client = AgentClient(self.api, username, response.json())
        self.clients.append(client)
        return client

    def customer_says(self, customer_id: int, text: str, client_msg_id: str | None = None) -> dict[str, Any]:
        """A customer writes through the channel API; returns {message, conversation}."""
        response = httpx.post(
            self.api + "/channel/messages",
            json={"customer_id": customer_id, "client_msg_id": client_msg_id or new_key("c"), "text": text},
            headers={"X-Channel-Key": CHANNEL_KEY},
            timeout=15,
        )
        assert response.status_code == 201, response.text
        return response.json()

    def customer_rates(self, conversation_id: int, score: int) -> httpx.Response:
        """A customer answers a CSAT invite."""
        return httpx.post(
            f"{self.api}/channel/conversations/{conversation_id}/csat",
            json={"score": score},
            headers={"X-Channel-Key": CHANNEL_KEY},
            timeout=15,
        )

    def customer_transcript(self, conversation_id: int) -> list[dict[str, Any]]:
        """What the customer sees."""
        response = httpx.get(
            f"{self.api}/channel/conversations/{conversation_id}/messages",
            headers={"X-Channel-Key": CHANNEL_KEY},
            timeout=15,
        )
        assert response.status_code == 200, response.text
        return response.json()["messages"]

    def close(self) -> None:
        """Close every client."""
        for client in self.clients:
            client.close()


class _Closer:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def close(self) -> None:
        self._client.close()


RECHARGE_PROBLEM = "我充的话费一直没到账"
"""A message every engine routes to the recharge group (agent01, agent02)."""


def chat_for(
    shop: Shop, agent: AgentClient, customer_id: int, text: str = RECHARGE_PROBLEM
) -> dict[str, Any]:
    """A customer writes and the chat ends up with `agent` (routed, or accepted from the queue)."""
    accepted = shop.customer_says(customer_id, text)
    conv = accepted["conversation"]
    if conv["status"] == "bot":
        conv = shop.customer_says(customer_id, "转人工")["conversation"]
    if conv["status"] == "assigned" and conv["agent_id"] == agent.username:
        return conv
    assert conv["status"] == "waiting", conv
    taken = agent.post(f"/conversations/{conv['id']}/accept")
    assert taken.status_code == 200, taken.text
    return taken.json()


@dataclass
class SseFrame:
    """One SSE item: an event (id, event, data) or a comment (heartbeat)."""

    kind: str
    id: int | None = None
    event: str | None = None
    data: dict[str, Any] | None = None
    comment: str | None = None


class SseReader:
    """Reads /events/stream on a thread into a queue, so tests can wait with timeouts."""

    def __init__(
        self, api: str, token: str, last_event_id: int | str | None = None, after: int | None = None
    ) -> None:
        import json
        import queue

        self._json = json
        self.frames: queue.Queue[SseFrame | BaseException] = queue.Queue()
        self.status: int | None = None
        self._opened = threading.Event()
        headers = {"Authorization": f"Bearer {token}"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        params = {"after": after} if after is not None else {}
        self._client = httpx.Client(timeout=httpx.Timeout(10.0, read=60.0))
        self._thread = threading.Thread(
            target=self._read, args=(api + "/events/stream", headers, params), daemon=True
        )
        self._thread.start()
        assert self._opened.wait(10), "the stream did not open"

    def _read(self, url: str, headers: dict[str, str], params: dict[str, Any]) -> None:
        try:
            with self._client.stream("GET", url, headers=headers, params=params) as response:
                self.status = response.status_code
                self._opened.set()
                fields: dict[str, str] = {}
                for line in response.iter_lines():
                    if line.startswith(":"):
                        self.frames.put(SseFrame(kind="comment", comment=line[1:].strip()))
                    elif line == "":
                        if "data" in fields or "id" in fields:
                            self.frames.put(
                                SseFrame(
                                    kind="event",
                                    id=int(fields["id"]) if "id" in fields else None,
                                    event=fields.get("event"),
                                    data=self._json.loads(fields["data"]) if "data" in fields else None,
                                )
                            )
                        fields = {}
                    else:
                        name, _, value = line.partition(":")
                        fields[name] = value[1:] if value.startswith(" ") else value
        except BaseException as exc:  # closed by the test, or a failure to report
            self._opened.set()
            self.frames.put(exc)

    def next(self, timeout: float = 5.0) -> SseFrame:
        """The next frame (raises on timeout)."""
        item = self.frames.get(timeout=timeout)
        if isinstance(item, BaseException):
            raise AssertionError(f"the stream ended: {item!r}")
        return item

    def events(self, count: int, timeout: float = 10.0) -> list[SseFrame]:
        """The next `count` events, skipping heartbeats."""
        import time

        deadline = time.monotonic() + timeout
        out: list[SseFrame] = []
        while len(out) < count:
            frame = self.next(max(0.01, deadline - time.monotonic()))
            if frame.kind == "event" and frame.id is not None:
                out.append(frame)
        return out

    def close(self) -> None:
        """Drop the connection (as a network cut would)."""
        self._client.close()
        self._thread.join(5)
