"""Bad server input never stops the sync: malformed or oversized JSON, invalid UTF-8, an unknown
event type, a 1 MB message, HTML in text, a 500 and a hanging request. Each gets a log line; the
item is skipped or stored as text; later events still arrive. (A fake server: the reference one
never misbehaves like this.)"""

from __future__ import annotations

import json
import logging

import pytest
from sync_fake_shop import CONVERSATION, FakeShop, event, message
from sync_helpers import fast_settings, new_client, run_async, wait_until

from app.store import messages
from app.store.database import CacheDatabase
from app.store.outbox import OutboxState, get_item
from app.sync.settings import MIB

HTML = "<script>alert('x')</script><b>加急</b> 😀 مرحبا"
ONE_MB = "卡" * 350_000  # 1.05 MB of UTF-8
THREE_MB = "密" * 1_050_000


def _invalid_utf8_event(seq: int) -> tuple[int, str, bytes]:
    seq, kind, raw = event(seq, "message.created", message(105, "到账了吗MARK谢谢"))
    return seq, kind, raw.replace(b"MARK", b"\xff\xfe")


def _script(stream: bool) -> list[tuple[int, str, bytes]]:
    malformed_data = (8, "message.created", b"{not json") if stream else event(8, "message.created", "oops")
    return [
        event(1, "conversation.assigned", CONVERSATION),
        event(2, "agent.party", {"hello": "world"}),
        event(3, "message.created", message(103, HTML)),
        event(4, "message.created", message(104, None)),
        event(5, "message.created", message(1005, ONE_MB)),
        _invalid_utf8_event(6),
        event(7, "message.created", message(107, THREE_MB)),
        malformed_data,
        event(9, "message.created", message(109, "还在吗")),
    ]


@pytest.mark.parametrize("transport", ["sse", "poll"])
def test_bad_server_input_is_logged_and_skipped_and_sync_goes_on(
    cache: CacheDatabase, caplog: pytest.LogCaptureFixture, transport: str
) -> None:
    fake = FakeShop(_script(transport == "sse"), stream=transport == "sse", garbage_first_poll=True)
    running = fake.start()
    caplog.set_level(logging.INFO, logger="app.sync")
    settings = fast_settings(
        fake.url, transport=transport, max_event_bytes=2 * MIB, max_response_bytes=int(2.5 * MIB)
    )

    async def body() -> None:
        client = new_client(settings, cache)
        await client.login("agent01", "x")
        await client.start()
        try:
            await wait_until(lambda: client.cursor(), 20, "any event")
            await wait_until(_cursor_is(client, 9), 20, "the cursor to pass every bad event")
        finally:
            await client.stop()

    try:
        run_async(body())
    finally:
        running.stop()
    with cache.read() as session:
        stored = {m.id: m.text for m in messages.messages_of(session, 1, limit=100)}
    assert stored[103] == HTML  # HTML, emoji and RTL kept as plain text
    assert stored[1005] == ONE_MB  # a 1 MB message is stored whole
    assert stored[105] == "到账了吗\ufffd\ufffd谢谢"  # invalid UTF-8 replaced, the rest kept
    assert stored[109] == "还在吗"  # and the sync went on
    assert 104 not in stored and 107 not in stored
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "unknown event type 'agent.party'" in logged
    assert "event 4 (message.created) skipped: malformed data (text" in logged
    assert "invalid UTF-8" in logged
    assert "event 7" in logged and "limit" in logged
    assert "event 8" in logged
    if transport == "poll":
        assert "unreadable event batch" in logged  # the garbage first answer


def _cursor_is(client: object, seq: int):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        return await client.cursor() >= seq  # type: ignore[attr-defined]

    return check


def test_without_an_event_stream_the_client_long_polls(
    cache: CacheDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeShop(
        [event(1, "conversation.assigned", CONVERSATION), event(2, "message.created", message(7, "在吗"))]
    )
    fake.stream = False
    running = fake.start()
    caplog.set_level(logging.WARNING, logger="app.sync")

    async def body() -> None:
        client = new_client(fast_settings(fake.url), cache)
        await client.login("agent01", "x")
        await client.start()
        try:
            await wait_until(_cursor_is(client, 2), 10, "events by long-poll")
        finally:
            await client.stop()

    try:
        run_async(body())
    finally:
        running.stop()
    assert fake.polls >= 1
    assert any("no usable event stream" in r.getMessage() for r in caplog.records)


def test_a_reply_survives_a_500_and_a_hanging_server_and_is_sent_once(cache: CacheDatabase) -> None:
    fake = FakeShop([event(1, "conversation.assigned", CONVERSATION)], send_script=["500", "hang", "ok"])
    running = fake.start()

    async def body() -> None:
        client = new_client(fast_settings(fake.url, request_timeout=0.5), cache)
        await client.login("agent01", "x")
        await client.start()
        try:
            item = await client.outbox.send_message(1, "马上处理")

            async def sent() -> bool:
                found = await client.worker.read(lambda s: get_item(s, item.id))
                return found is not None and found.state is OutboxState.SENT

            await wait_until(sent, 15, "the reply")
            final = await client.worker.read(lambda s: get_item(s, item.id))
            assert final is not None and final.attempts == 3
        finally:
            await client.stop()

    try:
        run_async(body())
    finally:
        running.stop()
    keys = {p["client_msg_id"] for p in fake.posts}
    assert len(fake.posts) == 3 and len(keys) == 1  # the same client id every time
    with cache.read() as session:
        assert messages.get_message(session, 900) is not None
    assert json.dumps(fake.posts[0], ensure_ascii=False).count("马上处理") == 1
