"""A scripted fake shop server over real HTTP, for bad input the reference server never sends:
malformed or oversized JSON, invalid UTF-8, unknown event types, 500s and hanging requests."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

NOW = "2026-01-05T08:00:00Z"
CONVERSATION = {
    "id": 1,
    "customer_id": 10001,
    "status": "assigned",
    "opened_at": NOW,
    "group": "recharge",
    "agent_id": "agent01",
}
AGENT = {
    "id": "agent01",
    "name": "小林",
    "role": "agent",
    "skill_groups": ["presale", "recharge"],
    "vip_desk": False,
    "coupon_limit": 20,
    "max_concurrent": 8,
    "presence": "online",
}


def message(message_id: int, text: str | None) -> dict[str, Any]:
    """A message.created payload (text None: the field is missing)."""
    data: dict[str, Any] = {"id": message_id, "conversation_id": 1, "sender": "customer", "created_at": NOW}
    if text is not None:
        data["text"] = text
    return data


def event(seq: int, kind: str, data: Any) -> tuple[int, str, bytes]:
    """One scripted event: (seq, type, raw JSON bytes)."""
    raw = json.dumps({"seq": seq, "type": kind, "at": NOW, "data": data}, ensure_ascii=False).encode()
    return seq, kind, raw


@dataclass
class FakeShop:
    """Serves `events` on /events and /events/stream; misbehaves as configured."""

    events: list[tuple[int, str, bytes]]
    stream: bool = True
    garbage_first_poll: bool = False
    send_script: list[str] = field(default_factory=list)  # per POST: "500", "hang", "ok"
    polls: int = 0
    posts: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def _poll(self, request: Request) -> Response:
        self.polls += 1
        if self.garbage_first_poll and self.polls == 1:
            return Response(b'{"events": [{"seq": 1, "ty', media_type="application/json")
        after = int(request.query_params.get("after", "0"))
        limit = int(request.query_params.get("limit", "500"))
        chosen = [e for e in self.events if e[0] > after][:limit]
        last = chosen[-1][0] if chosen else after
        body = (
            b'{"events": ['
            + b",".join(raw for _, _, raw in chosen)
            + b'], "last_seq": '
            + str(last).encode()
            + b"}"
        )
        return Response(body, media_type="application/json")

    async def _stream(self, request: Request) -> Response:
        if not self.stream:
            return JSONResponse(
                {"error": {"code": "not_found", "message": "no stream here"}}, status_code=404
            )
        cursor = int(request.headers.get("last-event-id", "0") or 0)

        async def frames() -> Any:
            yield b"retry: 100\n\n"
            for seq, kind, raw in self.events:
                if seq > cursor:
                    yield (
                        b"id: "
                        + str(seq).encode()
                        + b"\nevent: "
                        + kind.encode()
                        + b"\ndata: "
                        + raw
                        + b"\n\n"
                    )
            while True:
                await asyncio.sleep(0.2)
                yield b": heartbeat\n\n"

        return StreamingResponse(frames(), media_type="text/event-stream")

    async def _post_message(self, request: Request) -> Response:
        body = await request.json()
        self.posts.append(body)
        step = self.send_script[len(self.posts) - 1] if len(self.posts) <= len(self.send_script) else "ok"
        if step == "500":
            return JSONResponse({"error": {"code": "internal_error", "message": "boom"}}, status_code=500)
        if step == "hang":
            await asyncio.sleep(3)
        stored = {**message(900, body["text"]), "sender": "agent", "agent_id": "agent01"}
        stored["client_msg_id"] = body["client_msg_id"]
        return JSONResponse(stored, status_code=201)

    def app(self) -> Starlette:
        """The ASGI app."""

        def login(_request: Request) -> Response:
            return JSONResponse({"token": "fake-token", "expires_at": "2099-01-01T00:00:00Z", "agent": AGENT})

        def me(_request: Request) -> Response:
            return JSONResponse(AGENT)

        def conversation(_request: Request) -> Response:
            return JSONResponse(CONVERSATION)

        def transcript(_request: Request) -> Response:
            return JSONResponse({"messages": [], "has_more": False})

        return Starlette(
            routes=[
                Route("/api/v1/auth/login", login, methods=["POST"]),
                Route("/api/v1/agents/me", me),
                Route("/api/v1/events", self._poll),
                Route("/api/v1/events/stream", self._stream),
                Route("/api/v1/conversations/{cid:int}", conversation),
                Route("/api/v1/conversations/{cid:int}/messages", transcript, methods=["GET"]),
                Route("/api/v1/conversations/{cid:int}/messages", self._post_message, methods=["POST"]),
            ]
        )

    def start(self) -> RunningFake:
        """Serve on a free loopback port from a thread."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        server = uvicorn.Server(uvicorn.Config(self.app(), log_level="warning", timeout_graceful_shutdown=1))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline, "the fake shop did not start"
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return RunningFake(self, server, thread)


@dataclass
class RunningFake:
    """A started fake shop and its stop handle."""

    shop: FakeShop
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        """Stop serving (open streams are cut)."""
        self.server.should_exit = True
        self.server.force_exit = True
        self.thread.join(5)
