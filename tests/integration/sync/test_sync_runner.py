"""`python -m app.sync` syncs headless, auto-replies through the outbox and prints JSON figures."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from sync_shop import ORDINARY_CUSTOMERS, ShopHandle

ROOT = Path(__file__).resolve().parents[3]


def test_the_runner_prints_figures_with_no_gaps_and_no_duplicates(shop: ShopHandle, tmp_path: Path) -> None:
    stop = threading.Event()

    def customers_write() -> None:
        n = 0
        while not stop.is_set():
            shop.customer_says(ORDINARY_CUSTOMERS[n % 12 + 50], f"第{n}次：话费没到账")
            n += 1
            time.sleep(0.05)

    writer = threading.Thread(target=customers_write, daemon=True)
    writer.start()
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "app.sync",
                "--server",
                shop.url,
                "--user",
                "agent01",
                "--password",
                "kefu123",
                "--db",
                str(tmp_path / "runner.db"),
                "--seconds",
                "4",
                "--reply-share",
                "0.5",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=90,
        )
    finally:
        stop.set()
        writer.join(10)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["gaps"] == 0 and figures["duplicates"] == 0 and figures["order_violations"] == 0
    assert figures["events_applied"] > 20 and figures["outbox_sent"] > 0 and figures["outbox_failed"] == 0
    assert figures["latency_p50_ms"] is not None and figures["latency_p95_ms"] is not None
    assert figures["integrity_check"] == "ok"


def test_the_runner_explains_its_options() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app.sync", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0
    for option in ("--server", "--user", "--password", "--db", "--seconds"):
        assert option in done.stdout
