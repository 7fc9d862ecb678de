"""UI load benchmark (a script, not a test): 50 open tabs, ~200 waiting chats, 100k cached
messages, 50 incoming customer messages per second; prints event-loop stall p50/p99 (ms),
message accept→display p50/p95 (ms), the part of it after the message was cached
(cached_to_shown) and the sync layer's part (sync_cached), and RSS, as one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.bench_ui_load --seconds 60
    ... --seconds 20 --profile /tmp/ui.txt     # pyinstrument of the UI thread during the flood

The shop server runs in its own process (as in production); the customers' load generator is a
thread posting to the channel API. Stall = how late a 10 ms UI timer fires.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from PySide6.QtCore import QElapsedTimer, QTimer

from app.domain.conversations import Message, Sender
from app.services.analyzer_slot import AnalyzerSlot
from app.services.workspace import open_workspace
from app.store import messages as message_store
from app.store.database import open_cache
from app.sync.settings import SyncSettings
from app.sync.token_store import MemoryTokenStore
from app.ui.application import Desktop, DesktopOptions, run_event_loop
from app.ui.process_figures import rss_mb
from app.ui.qt_app import create_application
from app.ui.smoke import LineWatch

CHANNEL_KEY = "bench-channel"
USER = "sup01"  # a supervisor sees every group's queue: the waiting list holds them all
OPEN_TABS = 50
CACHED_MESSAGES = 100_000


def _say(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def _prefill_cache(folder: Path, server: str) -> None:
    """100k old messages in closed chats (ids far above the server's), as months of history."""
    from app.services.workspace import cache_path

    database = open_cache(cache_path(folder, server, USER))
    start = datetime.now(UTC) - timedelta(days=60)
    texts = (
        "话费充值一直没到账，订单号 KM2026010100001234",
        "卡密提示已被使用，怎么办",
        "好的谢谢",
        "Q币什么时候到",
    )
    batch = 5000
    for first in range(0, CACHED_MESSAGES, batch):
        with database.write() as session:
            for n in range(first, first + batch):
                message = Message(
                    id=10_000_000 + n,
                    conversation_id=5_000_000 + n // 20,
                    sender=Sender.CUSTOMER if n % 2 == 0 else Sender.AGENT,
                    text=f"{texts[n % len(texts)]} #{n}",
                    created_at=start + timedelta(seconds=n * 30),
                )
                message_store.store_message(session, message)
    database.close()


class Customers:
    """Writes through the channel API from a thread (the load generator)."""

    def __init__(self, api_url: str) -> None:
        self.http = httpx.Client(base_url=api_url, headers={"X-Channel-Key": CHANNEL_KEY}, timeout=10)
        self.sent = 0
        self.errors = 0

    def say(self, customer_id: int, text: str) -> dict:
        response = self.http.post(
            "/channel/messages",
            json={"customer_id": customer_id, "client_msg_id": uuid.uuid4().hex, "text": text},
        )
        if response.status_code != 201:
            self.errors += 1
            return {}
        self.sent += 1
        return response.json()

    def flood(self, customers: list[int], rate: float, seconds: float, stop: threading.Event) -> None:
        interval = 1.0 / rate
        due = time.monotonic()
        end = due + seconds
        n = 0
        while time.monotonic() < end and not stop.is_set():
            self.say(customers[n % len(customers)], f"怎么还没到账啊 #{n}")
            n += 1
            due += interval
            time.sleep(max(0.0, due - time.monotonic()))


def _start_profiler(path: Path | None) -> object | None:
    """pyinstrument on the UI thread during the flood only (`--profile FILE`)."""
    if path is None:
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002, async_mode="disabled")
    profiler.start()
    return profiler


def _stop_profiler(profiler: object | None, path: Path | None) -> None:
    if profiler is None or path is None:
        return
    profiler.stop()  # type: ignore[attr-defined]
    path.write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")  # type: ignore[attr-defined]
    _say(f"profile written to {path}")


async def bench(args: argparse.Namespace) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="kefudesk-bench-"))
    port = _free_port()
    server_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.shopserver",
            "--port",
            str(port),
            "--db",
            str(folder / "shop.db"),
            "--seed",
            "demo",
            "--no-bot",
            "--channel-key",
            CHANNEL_KEY,
            "--log-level",
            "warning",
        ],
    )
    try:
        for _ in range(600):
            try:
                if httpx.get(server_url + "/api/v1/openapi.json", timeout=1).status_code < 500:
                    break
            except httpx.HTTPError:
                await asyncio.sleep(0.1)
        _say("server up")
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, _prefill_cache, folder, server_url)
        _say("cache prefilled")
        app = create_application()
        desktop = Desktop(app, DesktopOptions(settings_file=folder / "settings.ini"))
        desktop.show()
        workspace = open_workspace(
            server_url,
            USER,
            folder,
            AnalyzerSlot(),
            token_store=MemoryTokenStore(),
            settings=SyncSettings(server=server_url),
        )
        await workspace.login(USER, "kefu123")
        desktop.attach(workspace)
        await workspace.start()
        watch = LineWatch(desktop.window)
        # when each message was in the cache and handed to the views (to split sync from display)
        noted: dict[int, float] = {}
        note_incoming = workspace.chats.note_incoming

        def noting(new: list[Message]) -> None:
            now = time.time()
            noted.update((m.id, now) for m in new)
            note_incoming(new)

        workspace.chats.note_incoming = noting  # type: ignore[method-assign]
        customers = Customers(server_url + "/api/v1")
        ids = list(range(10001, 10241))
        opened: list[int] = []
        for customer_id in ids:
            answer = await loop.run_in_executor(None, customers.say, customer_id, "话费充了没到账，人工！")
            if answer:
                opened.append(answer["conversation"]["id"])
        _say(f"{len(opened)} chats opened")
        await workspace.chats.refresh_lists()
        for entry in (await workspace.chats.waiting_queue())[
            : max(0, OPEN_TABS - len(await workspace.chats.my_chats()))
        ]:
            await workspace.chats.accept(entry.conversation.id)
        while desktop.window.tabs.count() < OPEN_TABS and len(await workspace.chats.my_chats()) >= OPEN_TABS:
            await asyncio.sleep(0.1)
        _say(f"{desktop.window.tabs.count()} tabs")
        await workspace.settled(60)
        _say("settled")
        waiting = len(await workspace.chats.waiting_queue())
        # the stall probe: a 10 ms timer on the UI thread, and how late it fires
        stalls: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            stalls.append(max(0.0, now - last[0] - 10))
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        watch.samples.clear()
        profiler = _start_profiler(args.profile)
        stop = threading.Event()
        flood = loop.run_in_executor(None, customers.flood, ids, args.rate, args.seconds, stop)
        await flood
        await asyncio.sleep(2)
        timer.stop()
        _stop_profiler(profiler, args.profile)
        latencies = [ms for _text, ms in watch.samples]
        cached_to_shown = [(at - noted[i]) * 1000 for i, at in watch.shown_at.items() if i in noted]
        figures = {
            "open_tabs": desktop.window.tabs.count(),
            "waiting_chats": waiting,
            "cached_messages": CACHED_MESSAGES,
            "rate_per_s": args.rate,
            "seconds": args.seconds,
            "messages_sent": customers.sent,
            "send_errors": customers.errors,
            "messages_shown": len(latencies),
            "stall_p50_ms": _percentile(stalls, 0.50),
            "stall_p99_ms": _percentile(stalls, 0.99),
            "stall_max_ms": _percentile(stalls, 1.0),
            "display_p50_ms": _percentile(latencies, 0.50),
            "display_p95_ms": _percentile(latencies, 0.95),
            "cached_to_shown_p50_ms": _percentile(cached_to_shown, 0.50),
            "cached_to_shown_p95_ms": _percentile(cached_to_shown, 0.95),
            "sync_cached_p50_ms": workspace.client.stats.as_dict()["latency_p50_ms"],
            "sync_cached_p95_ms": workspace.client.stats.as_dict()["latency_p95_ms"],
            "rss_mb": round(rss_mb(), 1),
        }
        await desktop.shutdown()
        return figures
    finally:
        server.terminate()
        server.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile of the flood (UI thread)")
    args = parser.parse_args()
    app = create_application()
    result: dict = {}

    async def run() -> int:
        result.update(await bench(args))
        return 0

    run_event_loop(app, run)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
