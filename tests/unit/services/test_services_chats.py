"""Chats: the queue order, replies through the outbox, offline replies sent once, drafts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.conversations import Conversation, ConversationStatus
from app.services.chat_lines import DeliveryState
from app.services.chats import priority_key, unanswered_since
from app.services.connection import ConnectionState
from tests.unit.services.conftest import eventually, make_workspace, run, started_workspace
from tests.unit.services.shop_harness import Shop


def _conversation(cid: int, *, vip: bool = False, minutes: int = 0) -> Conversation:
    now = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    return Conversation(
        id=cid,
        customer_id=cid,
        status=ConversationStatus.WAITING,
        opened_at=now,
        vip=vip,
        waiting_since=now - timedelta(minutes=minutes),
    )


def test_waiting_queue_puts_anger_then_vip_then_longest_wait_first() -> None:
    calm_old = _conversation(1, minutes=30)
    vip_new = _conversation(2, vip=True, minutes=1)
    angry_new = _conversation(3, minutes=0)
    calm_new = _conversation(4, minutes=2)
    angry = {3}
    ordered = sorted([calm_new, calm_old, vip_new, angry_new], key=lambda c: priority_key(c, c.id in angry))
    assert [c.id for c in ordered] == [3, 2, 1, 4]


def test_reply_is_queued_then_sent_once_and_shows_sent(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            conversation_id = shop.customer_says(customer, "我充的话费没到账")["conversation"]["id"]

            async def mine() -> bool:
                return any(e.conversation.id == conversation_id for e in await workspace.chats.my_chats())

            await eventually(mine)
            line = await workspace.chats.send_reply(conversation_id, "您好，马上为您查询")
            assert line.delivery in (DeliveryState.QUEUED, DeliveryState.SENDING)

            async def sent() -> bool:
                page = await workspace.chats.page(conversation_id)
                return any(
                    line.text == "您好，马上为您查询" and line.message_id is not None for line in page.lines
                )

            await eventually(sent)
            page = await workspace.chats.page(conversation_id)
            assert [line.delivery for line in page.lines if line.text == "您好，马上为您查询"] == [
                DeliveryState.SENT
            ]
            assert unanswered_since(page.lines) is None
        assert shop.agent_messages(conversation_id) == ["您好，马上为您查询"]

    run(body())


def test_replies_written_offline_wait_queued_and_go_out_once_when_the_server_is_back(
    shop: Shop, tmp_path: Path
) -> None:
    customer = shop.free_customer()

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            conversation_id = shop.customer_says(customer, "话费没到账")["conversation"]["id"]

            async def mine() -> bool:
                return any(e.conversation.id == conversation_id for e in await workspace.chats.my_chats())

            await eventually(mine)
            await asyncio.get_running_loop().run_in_executor(None, shop.stop)

            async def offline() -> bool:
                return workspace.connection.state is ConnectionState.OFFLINE

            await eventually(offline)
            for text in ("第一条", "第二条"):
                await workspace.chats.send_reply(conversation_id, text)
            page = await workspace.chats.page(conversation_id)
            queued = [line for line in page.lines if line.text in ("第一条", "第二条")]
            assert [line.delivery for line in queued] in (
                [DeliveryState.QUEUED, DeliveryState.QUEUED],
                [DeliveryState.SENDING, DeliveryState.QUEUED],
            )
            assert await workspace.chats.pending_count() == 2
            await asyncio.get_running_loop().run_in_executor(None, shop.start)

            async def delivered() -> bool:
                return await workspace.chats.pending_count() == 0

            await eventually(delivered, timeout=20)
            await eventually(lambda: _true(workspace.connection.state is ConnectionState.ONLINE))
        assert shop.agent_messages(conversation_id) == ["第一条", "第二条"]

    run(body())


async def _true(value: bool) -> bool:
    return value


def test_draft_is_kept_across_a_restart_of_the_app(shop: Shop, tmp_path: Path) -> None:
    async def body() -> None:
        first = make_workspace(shop, tmp_path)
        await first.chats.save_draft(42, "还没写完的回复\n第二行")
        await first.stop()
        second = make_workspace(shop, tmp_path)
        try:
            assert await second.chats.draft(42) == "还没写完的回复\n第二行"
        finally:
            await second.stop()

    run(body())


def test_accept_next_takes_the_head_of_the_queue(shop: Shop, tmp_path: Path) -> None:
    async def body() -> None:
        async with started_workspace(shop, tmp_path, "agent02") as workspace:
            await workspace.chats.refresh_lists()
            queue = await workspace.chats.waiting_queue()
            if not queue:
                return  # the seed routed everything already; nothing to accept
            taken = await workspace.chats.accept_next()
            assert taken is not None and taken.id == queue[0].conversation.id
            assert taken.status is ConversationStatus.ASSIGNED and taken.agent_id == "agent02"

    run(body())
