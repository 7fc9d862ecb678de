"""The client killed with SIGKILL during heavy writes reopens intact: `PRAGMA integrity_check` is
ok, both search indexes check out, every committed outbox item and draft is there, and messages
and the cursor moved together.

Rounds: 5 by default; KEFU_SIGKILL_ROUNDS=100 runs the full count (about two minutes).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.store import open_cache
from app.store.drafts import all_drafts
from app.store.outbox import find_item
from app.store.sync_cursor import get_cursor
from app.store.tables import MessageRow

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("sync_sigkill_child.py")
ROUNDS = int(os.environ.get("KEFU_SIGKILL_ROUNDS", "5"))


def _run_and_kill(db_path: Path, seed: int, rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("ready"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), "the writer did not start"
    time.sleep(rng.uniform(0.05, 0.6))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    reader.join(10)
    assert proc.returncode == -signal.SIGKILL
    return lines


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_cache_survives_sigkill_during_heavy_writes(tmp_path: Path) -> None:
    db_path = tmp_path / "cache.db"
    rng = random.Random(17)
    committed_items: list[str] = []
    last_draft: dict[int, tuple[int, int]] = {}
    last_cursor = 0
    for round_no in range(ROUNDS):
        lines = _run_and_kill(db_path, round_no, rng)
        for line in lines:
            kind, _, rest = line.partition(" ")
            if kind == "outbox":
                committed_items.append(rest)
            elif kind == "draft":
                conversation, process, number = rest.split()
                last_draft[int(conversation)] = (int(process), int(number))
            elif kind == "cursor":
                last_cursor = int(rest)
        database = open_cache(db_path)
        try:
            assert database.integrity_check() == "ok", f"round {round_no}"
            with database.write() as session:
                session.execute(
                    text("INSERT INTO message_trigrams(message_trigrams) VALUES ('integrity-check')")
                )
                session.execute(text("INSERT INTO message_chars(message_chars) VALUES ('integrity-check')"))
            with database.read() as session:
                cursor = get_cursor(session, "http://shop.test", "agent01")
                cached = session.scalar(select(func.count()).select_from(MessageRow))
                assert cursor >= last_cursor
                assert cached == cursor, "messages and the cursor must commit together"
                for client_id in committed_items:
                    assert find_item(session, client_id) is not None, client_id
                drafts = {d.conversation_id: d.text for d in all_drafts(session)}
                for conversation, written in last_draft.items():
                    _, process, number = drafts[conversation].split()
                    # a later draft may have committed just before the kill, never an older one
                    assert (int(process), int(number)) >= written
        finally:
            database.close()
    assert committed_items and last_cursor > 0
