"""The sync client against the real shop server: events cached with their history, every write
kind sent once through the outbox, refusals, 401, resume after a cut, the heartbeat watchdog."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from sync_helpers import fast_settings, new_client, run_async, wait_until
from sync_shop import ShopHandle, chat_with, coupon_free_order
from sync_tcp_proxy import TcpProxy

from app.domain.conversations import Resolution, Sender
from app.domain.tickets import TicketKind
from app.store import conversations, coupons, knowledge, messages, tickets
from app.store.database import CacheDatabase
from app.store.outbox import OutboxItem, OutboxState
from app.sync.client import SyncClient
from app.sync.token_store import KeyringTokenStore


async def _cached_ids(client: SyncClient, conversation_id: int) -> list[int]:
    return await client.worker.read(lambda s: messages.message_ids_of(s, conversation_id))


def test_customer_messages_reach_the_cache_with_the_history_before_assignment(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    async def body() -> None:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        await client.start()
        try:
            first = shop.customer_says(10001, "我充的话费一直没到账")
            conv_id = first["conversation"]["id"]
            for n in range(3):
                shop.customer_says(10001, f"<b>还没到</b> 第{n}次催")
            await wait_until(
                lambda: _cached_ids(client, conv_id), timeout=10, what="the conversation's messages"
            )
            await wait_until(
                lambda: _same(client, conv_id, shop.message_ids(conv_id)), timeout=10, what="all messages"
            )
            cached = await client.worker.read(lambda s: messages.messages_of(s, conv_id))
            assert [m.text for m in cached][-1] == "<b>还没到</b> 第2次催"  # HTML stays text
            assert all(m.sender is Sender.CUSTOMER for m in cached)
            conv = await client.worker.read(lambda s: conversations.get_conversation(s, conv_id))
            assert conv is not None and conv.agent_id == "agent01"
            assert client.stats.latency_ms and client.stats.duplicates == 0
        finally:
            await client.stop()

    run_async(body())


async def _same(client: SyncClient, conv_id: int, expected: list[int]) -> bool:
    return await _cached_ids(client, conv_id) == expected


def test_every_write_kind_goes_out_once_and_each_state_is_observed(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    async def body() -> None:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        token = client.auth.token
        assert token is not None
        conv = chat_with(shop, token, 10002)
        other = chat_with(shop, token, 10003)
        order_no = coupon_free_order(shop, 10002, "apology")
        seen: dict[int, list[OutboxState]] = {}
        client.outbox.subscribe(lambda item: seen.setdefault(item.id, []).append(item.state))
        streamed: list[OutboxItem] = []

        async def follow() -> None:
            async for item in client.outbox.updates():
                streamed.append(item)

        follower = asyncio.create_task(follow())
        await asyncio.sleep(0)
        await client.start()
        outbox = client.outbox
        items = [
            await outbox.send_message(conv["id"], "您好，马上为您查询"),
            await outbox.issue_coupon(
                10002, "apology", 5, "到账延迟致歉", order_no=order_no, conversation_id=conv["id"]
            ),
            await outbox.create_ticket(
                conv["id"], TicketKind.REISSUE, "话费未到账，申请补发", order_no=order_no, customer_id=10002
            ),
            await outbox.invite_csat(conv["id"]),
            await outbox.close(conv["id"], Resolution.RESOLVED),
            await outbox.transfer(other["id"], agent_id="agent02", note="请协助"),
            await outbox.rate_article(1, True),
        ]
        try:
            await wait_until(
                lambda: all(seen.get(i.id, [])[-1:] == [OutboxState.SENT] for i in items), 15, "sent"
            )
            sent_ids = {i.id for i in items}
            await wait_until(
                lambda: {i.id for i in streamed if i.state is OutboxState.SENT} == sent_ids, 5, "the iterator"
            )
        finally:
            follower.cancel()
            await client.stop()
        for item in items:
            assert seen[item.id] == [OutboxState.QUEUED, OutboxState.SENDING, OutboxState.SENT], item.kind
        assert {i.id for i in streamed if i.state is OutboxState.SENT} == {i.id for i in items}
        assert shop.messages_with_client_id(items[0].client_id) == 1
        assert len(shop.coupons_of(order_no)) == 1
        assert len(shop.tickets_of(conv["id"])) == 1
        # One conversation's writes reached it in the order they were made.
        said = [text for sender, text in shop.transcript(conv["id"]) if sender in ("agent", "system")]
        assert said[0] == "您好，马上为您查询"
        assert "致歉券" in said[1] and "工单" in said[2] and "打分" in said[3]
        with cache.read() as session:
            assert conversations.get_conversation(session, conv["id"]).status == "closed"  # type: ignore[union-attr]
            assert conversations.get_conversation(session, other["id"]).agent_id == "agent02"  # type: ignore[union-attr]
            coupon_id = items[1].id
            sent_coupon = client_result(session, coupon_id)
            assert coupons.get_coupon(session, sent_coupon["id"]) is not None
            assert tickets.tickets_of_conversation(session, conv["id"])
            assert knowledge.get_article(session, 1) is not None

    run_async(body())


def client_result(session: object, item_id: int) -> dict[str, object]:
    """The server's answer stored with a sent outbox item."""
    from app.store.outbox import get_item

    item = get_item(session, item_id)  # type: ignore[arg-type]
    assert item is not None and item.result is not None
    return item.result


def test_a_refused_write_fails_with_the_servers_reason_and_does_not_block_the_chat(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    async def body() -> None:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        assert client.auth.token is not None
        conv = chat_with(shop, client.auth.token, 10004)
        await client.start()
        try:
            refused = await client.outbox.issue_coupon(
                10004, "delay_comp", 999, "补偿", conversation_id=conv["id"]
            )
            after = await client.outbox.send_message(conv["id"], "已为您登记")
            await wait_until(lambda: _state(client, after.id, OutboxState.SENT), 10, "the reply after it")
            failed = await client.worker.read(lambda s: _get(s, refused.id))
            assert failed.state is OutboxState.FAILED and failed.http_status == 422
            assert failed.error_code == "amount_out_of_range" and "between 1 and 20" in (
                failed.error_message or ""
            )
            again = await client.outbox.retry(refused.id)
            assert again.client_id != refused.client_id and again.state is OutboxState.QUEUED
            await wait_until(
                lambda: _state(client, refused.id, OutboxState.FAILED), 10, "the retried refusal"
            )
        finally:
            await client.stop()

    run_async(body())


def _get(session: object, item_id: int) -> OutboxItem:
    from app.store.outbox import get_item

    item = get_item(session, item_id)  # type: ignore[arg-type]
    assert item is not None
    return item


async def _state(client: SyncClient, item_id: int, state: OutboxState) -> bool:
    item = await client.worker.read(lambda s: _get(s, item_id))
    return item.state is state


def test_401_pauses_the_outbox_until_the_agent_logs_in_again(shop: ShopHandle, cache: CacheDatabase) -> None:
    async def body() -> None:
        client = new_client(fast_settings(shop.url), cache)
        asked: list[str] = []
        client.on_login_required(asked.append)
        await client.login("agent01", "kefu123")
        token = client.auth.token
        assert token is not None
        conv = chat_with(shop, token, 10005)
        await client.start()
        try:
            assert shop.agent_call(token, "POST", "/auth/logout").status_code == 204
            item = await client.outbox.send_message(conv["id"], "稍等，正在核实")
            await wait_until(lambda: bool(asked), 10, "the login request")
            await asyncio.sleep(0.5)
            waiting = await client.worker.read(lambda s: _get(s, item.id))
            assert waiting.state is OutboxState.QUEUED and client.outbox.paused
            assert shop.messages_with_client_id(item.client_id) == 0
            await client.login("agent01", "kefu123")
            await wait_until(lambda: _state(client, item.id, OutboxState.SENT), 10, "the reply after login")
            assert shop.messages_with_client_id(item.client_id) == 1
        finally:
            await client.stop()

    run_async(body())


def test_the_stream_resumes_from_the_stored_cursor_after_a_cut(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    proxy = TcpProxy(shop.port).start()

    async def body() -> None:
        client = new_client(fast_settings(f"http://127.0.0.1:{proxy.port}"), cache)
        await client.login("agent01", "kefu123")
        await client.start()
        try:
            conv_id = shop.customer_says(10006, "话费没到账")["conversation"]["id"]
            await wait_until(lambda: _same(client, conv_id, shop.message_ids(conv_id)), 10, "first message")
            cursor = await client.cursor()
            proxy.cut_all(partial=False)
            shop.customer_says(10006, "还在吗")
            await wait_until(
                lambda: _same(client, conv_id, shop.message_ids(conv_id)), 10, "message after cut"
            )
            resumed = [
                r
                for r in proxy.requests
                if b"/events/stream" in r and f"last-event-id: {cursor}".encode() in r.lower()
            ]
            assert resumed, "the stream was not reopened with Last-Event-ID = the stored cursor"
            assert client.stats.duplicates == 0 and client.stats.events_redelivered == 0
        finally:
            await client.stop()

    try:
        run_async(body())
    finally:
        proxy.stop()


def test_a_silent_stream_is_reopened_when_heartbeats_stop(
    shop: ShopHandle, cache: CacheDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    proxy = TcpProxy(shop.port).start()

    async def body() -> None:
        client = new_client(fast_settings(f"http://127.0.0.1:{proxy.port}", heartbeat_timeout=1.0), cache)
        await client.login("agent01", "kefu123")
        await client.start()
        try:
            await wait_until(lambda: client.feed.live, 10, "the stream")
            proxy.freeze_all()  # the links stay open but nothing more arrives
            conv_id = shop.customer_says(10007, "话费没到账")["conversation"]["id"]
            await wait_until(
                lambda: _same(client, conv_id, shop.message_ids(conv_id)), 15, "message after freeze"
            )
            assert client.stats.heartbeat_timeouts >= 1
        finally:
            await client.stop()

    caplog.set_level(logging.INFO, logger="app.sync")
    try:
        run_async(body())
    finally:
        proxy.stop()
    assert any("no heartbeat" in r.getMessage() for r in caplog.records)


def test_long_polling_keeps_the_cache_current(shop: ShopHandle, cache: CacheDatabase) -> None:
    async def body() -> None:
        client = new_client(fast_settings(shop.url, transport="poll"), cache)
        await client.login("agent01", "kefu123")
        await client.start()
        try:
            conv_id = shop.customer_says(10010, "话费没到账")["conversation"]["id"]
            shop.customer_says(10010, "快点")
            await wait_until(
                lambda: _same(client, conv_id, shop.message_ids(conv_id)), 10, "messages by poll"
            )
            assert client.stats.polls >= 1 and client.stats.stream_connects == 0
        finally:
            await client.stop()

    run_async(body())


def test_without_a_keyring_the_token_stays_in_memory_and_never_reaches_the_disk(
    shop: ShopHandle, cache: CacheDatabase, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    caplog.set_level(logging.WARNING, logger="app.sync")
    try:
        store = KeyringTokenStore()

        async def body() -> str:
            client = SyncClient(fast_settings(shop.url), cache, token_store=store)
            await client.login("agent01", "kefu123")
            await client.start()
            shop.customer_says(10009, "话费没到账")
            await wait_until(lambda: client.stats.events_applied > 0, 10, "an event")
            token = client.auth.token
            await client.stop()
            assert token is not None
            return token

        token = run_async(body())
    finally:
        keyring.set_keyring(previous)
    assert store.in_memory_only and store.load(f"agent01@{shop.url}") == token
    assert any("kept in memory only" in r.getMessage() for r in caplog.records)
    cache.checkpoint()
    for path in tmp_path.rglob("*"):
        if path.is_file() and "cache" in path.parts:
            assert token.encode() not in path.read_bytes(), f"token found in {path}"


def test_an_empty_cache_starts_from_the_agents_lists_and_their_transcripts(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    async def body() -> None:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        token = client.auth.token
        assert token is not None
        closed = shop.agent_call(token, "GET", "/conversations", params={"status": "closed"}).json()
        closed_ids = [c["id"] for c in closed["conversations"]]
        assert closed_ids, "the demo seed gives agent01 closed chats"
        await client.start()
        try:

            async def all_cached() -> bool:
                for conv_id in closed_ids:
                    if await _cached_ids(client, conv_id) != shop.message_ids(conv_id):
                        return False
                return True

            await wait_until(all_cached, 20, "the closed chats and their transcripts")
            assert await client.worker.read(lambda s: knowledge.list_articles(s))  # the knowledge base too
        finally:
            await client.stop()

    run_async(body())


def test_an_order_that_does_not_exist_is_a_clear_refusal(shop: ShopHandle, cache: CacheDatabase) -> None:
    from app.sync.errors import ServerRefused

    async def body() -> None:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        try:
            with pytest.raises(ServerRefused) as refused:
                await client.refresh_order("KM0000000000000000")
            assert refused.value.status == 404 and refused.value.code == "order_not_found"
            await client.refresh_order(shop.latest_order_of(10001))
            await client.refresh_customer(10001)
        finally:
            await client.stop()

    run_async(body())
    with cache.read() as session:
        from app.store import customers, orders

        assert customers.get_customer(session, 10001) is not None
        assert orders.orders_of_customer(session, 10001)
