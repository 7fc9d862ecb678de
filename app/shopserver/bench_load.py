"""Load benchmark: customer message accepted by the server → event delivered to the agent's stream.

    python -m app.shopserver.bench_load [--agents 20] [--rate 100] [--seconds 10] [--transport sse|poll]
                                        [--db EMPTY_DATABASE_URL]

Starts the server as a separate process (bot off) on a fresh demo database with extra agents,
connects every agent to the event feed, opens chats for 10 customers per agent, then sends
customer messages at a steady rate on loopback. For each message it prints the delay from:
  accepted  — the server's own timestamp of the stored message (`created_at`, same host clock)
  sent      — the moment the POST left the load generator
to the moment the agent's client read the event. Bounded in time; budget p95 ≤ 50 ms; nothing is
asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx
from sqlalchemy import select

from app.shopserver.auth.passwords import hash_password
from app.shopserver.bench_routing import percentile
from app.shopserver.database_setup import prepare_database
from app.shopserver.db.engine import make_engine
from app.shopserver.db.tables import AgentRow, CustomerRow
from app.shopserver.db.transactions import Database

GROUPS = ["presale", "recharge", "game_cards", "aftersale", "vip"]
PASSWORD = "bench-pass"
CHANNEL_KEY = "bench-channel-key"
LINES = ("到账了吗", "话费还没到", "麻烦快点哈", "订单查一下", "好的谢谢", "Q币呢？", "卡密用不了")


@dataclass
class _Stats:
    sent_at: dict[str, float] = field(default_factory=dict)
    accepted_at: dict[str, float] = field(default_factory=dict)
    from_accept: list[float] = field(default_factory=list)
    from_send: list[float] = field(default_factory=list)
    delivered: int = 0
    errors: int = 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _prepare(url: str, agents: int) -> list[int]:
    """Demo data plus `agents` bench agents serving every group; returns customer ids."""
    prepare_database(url, seed="demo")
    db = Database(make_engine(url))
    digest = hash_password(PASSWORD)
    with db.write() as session:
        for n in range(1, agents + 1):
            session.add(
                AgentRow(
                    id=f"bench{n:02d}",
                    name=f"压测{n:02d}",
                    password_hash=digest,
                    role="agent",
                    skill_groups=GROUPS,
                    vip_desk=False,
                    coupon_limit_cents=2000,
                    max_concurrent=40,
                    presence="offline",
                )
            )
        customers = list(session.scalars(select(CustomerRow.id).order_by(CustomerRow.id)))
    db.dispose()
    return customers


class _RawHttp:
    """A bare HTTP/1.1 keep-alive connection: the load generator must stay much cheaper than the
    server on a 2-core machine, and a full client library costs ~1 ms of CPU per request."""

    def __init__(self, host: str, port: int) -> None:
        self._host, self._port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, bytes]:
        """Send one request and read the whole (Content-Length framed) response."""
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self._host, self._port)
            sock = self._writer.get_extra_info("socket")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        assert self._reader is not None
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self._host}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        status = int((await self._reader.readline()).split()[1])
        length = 0
        while (line := await self._reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        return status, await self._reader.readexactly(length)


async def _wait_until_up(client: httpx.AsyncClient, url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if (await client.get(url + "/openapi.json")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("the server did not start")


def _record(stats: _Stats, event: dict[str, object], now: float) -> None:
    if event.get("type") != "message.created":
        return
    data = event["data"]
    assert isinstance(data, dict)
    key = data.get("client_msg_id")
    if not isinstance(key, str) or key not in stats.sent_at:
        return
    created = datetime.fromisoformat(str(data["created_at"]).replace("Z", "+00:00")).timestamp()
    stats.from_accept.append((now - created) * 1000)
    stats.from_send.append((time.time() - stats.sent_at[key]) * 1000)
    stats.delivered += 1


async def _sse_reader(
    client: httpx.AsyncClient, api: str, token: str, stats: _Stats, stop: asyncio.Event
) -> None:
    headers = {"Authorization": f"Bearer {token}", "Last-Event-ID": "0"}
    async with client.stream("GET", api + "/events/stream", headers=headers, timeout=None) as response:
        data: str | None = None
        async for line in response.aiter_lines():
            if stop.is_set():
                return
            if line.startswith("data:"):
                data = line[5:].strip()
            elif line == "" and data is not None:
                _record(stats, json.loads(data), time.time())
                data = None


async def _poll_reader(api: str, port: int, token: str, stats: _Stats, stop: asyncio.Event) -> None:
    connection = _RawHttp("127.0.0.1", port)
    headers = {"Authorization": f"Bearer {token}"}
    path = api.split(str(port), 1)[1] + "/events"
    after = 0
    while not stop.is_set():
        _, body = await connection.request("GET", f"{path}?after={after}&wait=5", headers)
        now = time.time()
        batch = json.loads(body)
        for event in batch["events"]:
            _record(stats, event, now)
        after = batch["last_seq"]


async def _drive(
    url: str, customers: list[int], agents: int, rate: float, seconds: float, transport: str
) -> _Stats:
    api = url + "/api/v1"
    stats = _Stats()
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await _wait_until_up(client, url)
        tokens = []
        for n in range(1, agents + 1):
            login = await client.post(
                api + "/auth/login", json={"username": f"bench{n:02d}", "password": PASSWORD}
            )
            tokens.append(login.json()["token"])
        stop = asyncio.Event()
        port = int(url.rsplit(":", 1)[1])
        if transport == "sse":
            readers = [asyncio.create_task(_sse_reader(client, api, t, stats, stop)) for t in tokens]
        else:
            readers = [asyncio.create_task(_poll_reader(api, port, t, stats, stop)) for t in tokens]
        chats = customers[: agents * 10]
        channel = {"X-Channel-Key": CHANNEL_KEY}
        for i, customer in enumerate(chats):  # open the chats (routing spreads them over the agents)
            body = {"customer_id": customer, "client_msg_id": f"open-{i}", "text": "我充的话费一直没到账"}
            await client.post(api + "/channel/messages", json=body, headers=channel)
        await asyncio.sleep(1.0)

        idle: asyncio.Queue[_RawHttp] = asyncio.Queue()
        for _ in range(32):
            idle.put_nowait(_RawHttp("127.0.0.1", port))
        post_path = api.split(str(port), 1)[1] + "/channel/messages"
        post_headers = {"X-Channel-Key": CHANNEL_KEY, "Content-Type": "application/json"}

        async def send(n: int) -> None:
            key = f"load-{n}"
            body = {"customer_id": chats[n % len(chats)], "client_msg_id": key, "text": LINES[n % len(LINES)]}
            connection = await idle.get()
            stats.sent_at[key] = time.time()
            try:
                status, _ = await connection.request(
                    "POST", post_path, post_headers, json.dumps(body).encode()
                )
                if status != 201:
                    stats.errors += 1
            except OSError:
                stats.errors += 1
                connection = _RawHttp("127.0.0.1", port)
            finally:
                idle.put_nowait(connection)

        started = time.monotonic()
        total = int(rate * seconds)
        pending = []
        for n in range(total):
            target = started + n / rate
            delay = target - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            pending.append(asyncio.create_task(send(n)))
        await asyncio.gather(*pending)
        send_seconds = time.monotonic() - started
        deadline = time.monotonic() + 5
        while stats.delivered < total - stats.errors and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        stop.set()
        for task in readers:
            task.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
        print(
            f"sent {total} messages in {send_seconds:.1f} s ({total / send_seconds:.0f}/s), errors {stats.errors}"
        )
    return stats


def _print_cpu() -> None:
    try:
        import resource  # Unix only
    except ImportError:
        return
    own, server = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"CPU seconds: load generator {own.ru_utime + own.ru_stime:.1f}, "
        f"server process {server.ru_utime + server.ru_stime:.1f} (on {os.cpu_count()} cores)"
    )


def main(argv: list[str] | None = None) -> int:
    """Run once and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m app.shopserver.bench_load")
    parser.add_argument("--agents", type=int, default=20)
    parser.add_argument("--rate", type=float, default=100.0, help="customer messages per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--transport", choices=["sse", "poll"], default="sse")
    parser.add_argument("--db", help="an EMPTY database URL (default: a temporary SQLite file)")
    parser.add_argument(
        "--server-profile", metavar="PATH", help="run the server under cProfile, stats to PATH"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db_url = args.db or f"sqlite:///{Path(tmp) / 'load.db'}"
        customers = _prepare(db_url, args.agents)
        port = _free_port()
        profile = ["-m", "cProfile", "-o", args.server_profile] if args.server_profile else []
        command = [
            sys.executable,
            *profile,
            "-m",
            "app.shopserver",
            "--port",
            str(port),
            "--db",
            db_url,
        ]
        command += ["--no-bot", "--channel-key", CHANNEL_KEY, "--log-level", "warning"]
        server = subprocess.Popen(command, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            stats = asyncio.run(
                _drive(
                    f"http://127.0.0.1:{port}",
                    customers,
                    args.agents,
                    args.rate,
                    args.seconds,
                    args.transport,
                )
            )
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
    _print_cpu()
    if not stats.from_accept:
        print("no events were delivered")
        return 1
    print(f"agents {args.agents}, transport {args.transport}, delivered {stats.delivered}")
    for name, values in (("accepted → delivered", stats.from_accept), ("sent → delivered", stats.from_send)):
        print(
            f"{name:<22} p50={statistics.median(values):6.1f} ms  p95={percentile(values, 95):6.1f} ms  "
            f"p99={percentile(values, 99):6.1f} ms  max={max(values):6.1f} ms"
        )
    p95 = percentile(stats.from_accept, 95)
    print(f"accepted → delivered p95 {p95:.1f} ms vs budget 50 ms ({p95 / 50:.2f}x budget)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
