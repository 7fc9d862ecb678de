"""Faults made real against the real shop server: a TCP proxy that resets connections at random
points, server restarts, writes made while the server is down, responses lost after commit.

KEFU_SYNC_FAULTS sets how many cuts/restarts the long test makes (default 110: >100 per run).
"""

from __future__ import annotations

import asyncio
import os
import random
import threading
import time

import pytest
from sqlalchemy import select
from sync_helpers import fast_settings, new_client, run_async, wait_until
from sync_shop import ORDINARY_CUSTOMERS, ShopHandle, chat_with, coupon_free_order
from sync_tcp_proxy import TcpProxy

from app.domain.conversations import ConversationStatus
from app.domain.tickets import TicketKind
from app.store import conversations, messages
from app.store import outbox as outbox_table
from app.store.database import CacheDatabase
from app.store.outbox import OutboxItem, OutboxState
from app.store.tables import MessageRow
from app.sync.client import SyncClient

FAULTS = int(os.environ.get("KEFU_SYNC_FAULTS", "110"))


async def _settled(client: SyncClient) -> bool:
    try:
        return await client.caught_up()
    except Exception:
        return False


async def _all_sent(client: SyncClient, items: list[OutboxItem]) -> bool:
    def states(session: object) -> list[OutboxState]:
        found = [outbox_table.get_item(session, i.id) for i in items]  # type: ignore[arg-type]
        return [f.state for f in found if f is not None]

    return all(s is OutboxState.SENT for s in await client.worker.read(states))


def _event_order_violations(cache: CacheDatabase) -> int:
    with cache.read() as session:
        rows = session.execute(
            select(MessageRow.conversation_id, MessageRow.seq)
            .where(MessageRow.seq.is_not(None))
            .order_by(MessageRow.conversation_id, MessageRow.id)
        ).all()
    last: dict[int, int] = {}
    bad = 0
    for conversation_id, seq in rows:
        bad += seq < last.get(conversation_id, 0)
        last[conversation_id] = seq
    return bad


@pytest.mark.slow
def test_every_server_message_is_cached_once_in_order_through_100_cuts_and_restarts(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    proxy = TcpProxy(shop.port).start()
    stop_traffic = threading.Event()
    traffic_convs: set[int] = set()
    customers = ORDINARY_CUSTOMERS[:30]

    def traffic() -> None:
        rng = random.Random(3)
        n = 0
        while not stop_traffic.is_set():
            said = shop.customer_says(rng.choice(customers), f"第{n}条：话费还没到账 <i>急</i>", patience=60)
            traffic_convs.add(said["conversation"]["id"])
            n += 1
            time.sleep(rng.uniform(0.01, 0.05))

    def chaos() -> None:
        rng = random.Random(11)
        for n in range(FAULTS):
            time.sleep(rng.uniform(0.05, 0.3))
            if n % 10 == 5:
                shop.restart()
                proxy.set_target(shop.port)
            else:
                proxy.cut_all(partial=rng.random() < 0.7)

    async def body() -> tuple[SyncClient, list[OutboxItem]]:
        client = new_client(fast_settings(f"http://127.0.0.1:{proxy.port}"), cache)
        await client.login("agent01", "kefu123")
        await client.start()
        replies: list[OutboxItem] = []
        rng = random.Random(5)

        async def reply_now_and_then() -> None:
            while True:
                await asyncio.sleep(0.25)
                mine = await client.worker.read(
                    lambda s: conversations.list_conversations(
                        s, status=ConversationStatus.ASSIGNED, agent_id="agent01"
                    )
                )
                if mine:
                    conv = rng.choice(mine)
                    replies.append(await client.outbox.send_message(conv.id, f"收到，第{len(replies)}次回复"))

        talker = threading.Thread(target=traffic, daemon=True)
        talker.start()
        replier = asyncio.create_task(reply_now_and_then())
        try:
            await asyncio.to_thread(chaos)
        finally:
            replier.cancel()
            stop_traffic.set()
            await asyncio.to_thread(talker.join, 30)
        await wait_until(lambda: _settled(client), 60, "the client to catch up after the faults")
        await client.stop()
        return client, replies

    try:
        client, replies = run_async(body(), timeout=170)
    finally:
        proxy.stop()
    print(f"faults: {proxy.cuts} cuts, {shop.restarts} restarts; client: {client.stats.as_dict()}")
    assert proxy.cuts + shop.restarts >= 100
    with cache.read() as session:
        cached_convs = {c.id for c in conversations.list_conversations(session, limit=100_000)}
        convs = traffic_convs | cached_convs
        checked = 0
        for conv_id in sorted(convs):
            server_ids = shop.message_ids(conv_id)
            cached_ids = messages.message_ids_of(session, conv_id)
            assert cached_ids == server_ids, f"conversation {conv_id}: cache differs from the server"
            checked += len(server_ids)
    print(f"checked {checked} messages in {len(convs)} conversations; {len(replies)} replies")
    assert checked > 150 and traffic_convs <= cached_convs
    assert client.stats.duplicates == 0
    assert _event_order_violations(cache) == 0
    assert replies and all(shop.messages_with_client_id(r.client_id) == 1 for r in replies)
    assert client.stats.stream_connects + client.stats.polls > 20  # it really reconnected


def test_writes_made_while_the_server_is_down_go_out_once_in_order_when_it_returns(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    proxy = TcpProxy(shop.port).start()

    async def body() -> None:
        client = new_client(fast_settings(f"http://127.0.0.1:{proxy.port}"), cache)
        await client.login("agent01", "kefu123")
        assert client.auth.token is not None
        conv = chat_with(shop, client.auth.token, ORDINARY_CUSTOMERS[40])
        customer = conv["customer_id"]
        order_no = coupon_free_order(shop, customer, "apology")
        await client.start()
        await wait_until(lambda: client.feed.live, 10, "the feed")
        shop.stop()
        outbox = client.outbox
        items = [
            await outbox.send_message(conv["id"], "第一句：正在为您查询"),
            await outbox.issue_coupon(
                customer, "apology", 3, "久等致歉", order_no=order_no, conversation_id=conv["id"]
            ),
            await outbox.send_message(conv["id"], "第二句：券已发放"),
            await outbox.create_ticket(conv["id"], TicketKind.REISSUE, "申请补发话费", order_no=order_no),
            await outbox.send_message(conv["id"], "第三句：工单已提交"),
        ]
        await asyncio.sleep(1.5)
        waiting = await client.worker.read(lambda s: [outbox_table.get_item(s, i.id) for i in items])
        assert all(w is not None and w.state in (OutboxState.QUEUED, OutboxState.SENDING) for w in waiting)
        assert waiting[0] is not None and waiting[0].attempts >= 2  # retried with backoff meanwhile
        assert all(w is not None and w.attempts == 0 for w in waiting[1:])  # never ahead of the first
        shop.start()
        proxy.set_target(shop.port)
        await wait_until(lambda: _all_sent(client, items), 20, "the outbox to drain")
        await client.stop()
        said = [text for sender, text in shop.transcript(conv["id"]) if sender in ("agent", "system")]
        assert said[0] == "第一句：正在为您查询" and "致歉券" in said[1]
        assert said[2] == "第二句：券已发放" and "工单" in said[3] and said[4] == "第三句：工单已提交"
        assert len(said) == 5
        assert len(shop.coupons_of(order_no)) == 1 and len(shop.tickets_of(conv["id"])) == 1

    try:
        run_async(body())
    finally:
        proxy.stop()


@pytest.mark.parametrize("fault", ["response_lost", "timed_out_after_commit"])
def test_a_coupon_whose_answer_is_lost_after_the_server_committed_is_issued_once(
    shop: ShopHandle, cache: CacheDatabase, fault: str
) -> None:
    proxy = TcpProxy(shop.port).start()
    delayed: list[str] = []
    if fault == "timed_out_after_commit":

        def slow_after_commit(key: str) -> None:
            if key.startswith("kd-coupon") and not delayed:
                delayed.append(key)
                time.sleep(1.5)  # longer than the client's request timeout

        shop.hooks.after_commit = slow_after_commit
    else:
        proxy.drop_response_to(b"POST /api/v1/coupons ")

    async def body() -> None:
        client = new_client(fast_settings(f"http://127.0.0.1:{proxy.port}", request_timeout=0.7), cache)
        await client.login("agent01", "kefu123")
        assert client.auth.token is not None
        conv = chat_with(shop, client.auth.token, ORDINARY_CUSTOMERS[41])
        order_no = coupon_free_order(shop, conv["customer_id"], "apology")
        await client.start()
        item = await client.outbox.issue_coupon(
            conv["customer_id"], "apology", 4, "延迟补偿", order_no=order_no, conversation_id=conv["id"]
        )
        clicked_again = await client.outbox.issue_coupon(
            conv["customer_id"], "apology", 4, "延迟补偿", order_no=order_no, conversation_id=conv["id"]
        )
        assert clicked_again.id == item.id  # a double click is the same outbox item
        await wait_until(lambda: _all_sent(client, [item]), 20, "the coupon")
        sent = await client.worker.read(lambda s: outbox_table.get_item(s, item.id))
        await client.stop()
        assert sent is not None and sent.attempts >= 2 and sent.result is not None
        assert shop.coupons_of(order_no) == [sent.result["id"]]

    try:
        run_async(body())
    finally:
        proxy.stop()
    if fault == "timed_out_after_commit":
        assert delayed


def test_a_coupon_sent_before_the_app_was_killed_is_issued_once_after_restart(
    shop: ShopHandle, cache: CacheDatabase
) -> None:
    async def first_session() -> tuple[OutboxItem, str, str]:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        token = client.auth.token
        assert token is not None
        conv = chat_with(shop, token, ORDINARY_CUSTOMERS[42])
        order_no = coupon_free_order(shop, conv["customer_id"], "apology")
        item = await client.outbox.issue_coupon(conv["customer_id"], "apology", 2, "致歉", order_no=order_no)
        # The app marked it sending and the request reached the server; then the app died.
        await client.worker.write(lambda s: outbox_table.mark_sending(s, item.id))
        answer = shop.agent_call(
            token, "POST", "/coupons", json=item.payload, headers={"Idempotency-Key": item.client_id}
        )
        assert answer.status_code == 201
        await client.http.aclose()
        client.worker.close()
        return item, order_no, str(answer.json()["id"])

    item, order_no, coupon_id = run_async(first_session())

    async def second_session() -> OutboxItem:
        client = new_client(fast_settings(shop.url), cache)
        await client.login("agent01", "kefu123")
        await client.start()
        await wait_until(lambda: _all_sent(client, [item]), 15, "the re-sent coupon")
        sent = await client.worker.read(lambda s: outbox_table.get_item(s, item.id))
        await client.stop()
        assert sent is not None
        return sent

    sent = run_async(second_session())
    assert sent.result is not None and str(sent.result["id"]) == coupon_id
    assert shop.coupons_of(order_no) == [int(coupon_id)]
