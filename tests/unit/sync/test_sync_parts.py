"""The sync client's small parts: backoff, settings, decoding events and server bodies, the token store."""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from app.sync.backoff import Backoff, jittered_delay
from app.sync.errors import BadServerData
from app.sync.event_decode import decode_event, seq_in_head
from app.sync.json_body import decode_json
from app.sync.settings import SyncSettings
from app.sync.sync_stats import SyncStats, percentile
from app.sync.token_store import KeyringTokenStore, MemoryTokenStore


def test_backoff_doubles_up_to_the_cap_with_jitter_and_resets() -> None:
    backoff = Backoff(0.5, 4.0, random.Random(1))
    delays = [backoff.next_delay() for _ in range(6)]
    ceilings = [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len({round(d, 6) for d in delays[3:]}) == 3  # jittered, not identical
    backoff.reset()
    assert backoff.next_delay() <= 0.5
    assert jittered_delay(50, 1.0, 60.0) <= 60.0


def test_settings_add_the_api_prefix_once() -> None:
    assert SyncSettings(server="http://h:1").api_url == "http://h:1/api/v1"
    assert SyncSettings(server="http://h:1/api/v1/").api_url == "http://h:1/api/v1"
    assert SyncSettings(server="https://h/api/v1").server_key == "https://h"


def _raw(seq: object, kind: object, data: object) -> dict[str, object]:
    return {"seq": seq, "type": kind, "at": "2026-01-05T08:00:00Z", "data": data}


MESSAGE = {
    "id": 3,
    "conversation_id": 1,
    "sender": "customer",
    "text": "<b>在吗</b>",
    "created_at": "2026-01-05T08:00:00Z",
}


def test_known_events_become_domain_objects() -> None:
    event = decode_event(_raw(7, "message.created", MESSAGE))
    assert event is not None and event.problem is None and event.seq == 7
    assert event.payload.text == "<b>在吗</b>"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (_raw(7, "agent.party", {}), "unknown event type 'agent.party'"),
        (_raw(7, "message.created", {"id": 3}), "malformed data (conversation_id: Field required)"),
        (_raw(7, "message.created", "oops"), "malformed data"),
        (_raw(7, None, {}), "no event type"),
    ],
)
def test_bad_events_are_kept_by_seq_with_the_reason(raw: dict[str, object], problem: str) -> None:
    event = decode_event(raw)
    assert event is not None and event.seq == 7 and problem in (event.problem or "")


@pytest.mark.parametrize("raw", [_raw("7", "message.created", MESSAGE), _raw(-1, "x", {}), [1, 2], None])
def test_an_event_without_a_readable_seq_is_dropped(raw: object) -> None:
    assert decode_event(raw) is None


def test_the_seq_is_found_in_the_head_of_an_unreadable_body() -> None:
    assert seq_in_head(b'{"events": [{"seq": 42, "type": "message.created", "data": {"text": "xxxx') == 42
    assert seq_in_head(b"<html>502</html>") is None


def test_invalid_utf8_is_replaced_with_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps({"text": "到账了吗MARK"}, ensure_ascii=False).encode().replace(b"MARK", b"\xff")
    with caplog.at_level(logging.WARNING):
        assert decode_json(body, "GET /events") == {"text": "到账了吗\ufffd"}
    assert "invalid UTF-8 in GET /events" in caplog.text


def test_malformed_json_raises_bad_server_data_with_the_head() -> None:
    with pytest.raises(BadServerData, match="malformed JSON in GET /events") as caught:
        decode_json(b'{"events": [', "GET /events")
    assert caught.value.head.startswith(b'{"events"')


def test_stats_report_percentiles_in_milliseconds() -> None:
    stats = SyncStats(latency_ms=[float(n) for n in range(1, 101)])
    figures = stats.as_dict()
    assert figures["latency_p50_ms"] == 50.0 and figures["latency_p95_ms"] == 95.0
    assert percentile([], 0.5) is None


class _DictKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring backend standing in for the OS one."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """The saved secret."""
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Save a secret."""
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Forget a secret."""
        self.saved.pop((service, username), None)


@pytest.fixture
def restore_keyring() -> Iterator[object]:
    """Put the process's keyring backend back after the test."""
    previous = keyring.get_keyring()
    yield previous
    keyring.set_keyring(previous)


def test_the_token_goes_to_the_os_keyring_when_there_is_one(restore_keyring: object) -> None:
    backend = _DictKeyring()
    keyring.set_keyring(backend)
    store = KeyringTokenStore()
    store.save("agent01@https://shop", "t0k3n")
    assert not store.in_memory_only and backend.saved == {("KefuDesk", "agent01@https://shop"): "t0k3n"}
    assert store.load("agent01@https://shop") == "t0k3n"
    store.delete("agent01@https://shop")
    assert backend.saved == {}


def test_without_a_keyring_backend_the_token_stays_in_memory_and_says_so(
    restore_keyring: object, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with caplog.at_level(logging.WARNING):
        store = KeyringTokenStore()
    store.save("agent01@x", "t0k3n")
    assert store.in_memory_only and store.load("agent01@x") == "t0k3n"
    assert "kept in memory only" in caplog.text
    memory = MemoryTokenStore()
    memory.save("a", "b")
    memory.delete("a")
    assert memory.load("a") is None
