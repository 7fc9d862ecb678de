"""What the workspace tells the views while customers write: each live message handed over once,
with no "conversation changed" for a plain message; a remembered agent for an offline start;
older history from the server once the cache has none."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import delete

from app.domain.agents import Agent, AgentRole
from app.services.agent_memory import load_agent, save_agent
from app.services.changes import Changes
from app.services.chat_lines import ChatLine
from app.services.errors import ActionFailed
from app.store.tables import MessageRow
from tests.unit.services.conftest import eventually, make_workspace, run, started_workspace
from tests.unit.services.shop_harness import Shop


def test_live_messages_reach_the_views_once_without_a_conversation_change(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()

    async def body() -> None:
        workspace = make_workspace(shop, tmp_path)
        await workspace.login("agent01", "kefu123")
        await workspace.start()
        heard: list[Changes] = []
        lines: list[ChatLine] = []
        workspace.bus.subscribe(heard.append)
        workspace.chats.on_live_lines(lambda found: [lines.extend(v) for v in found.values()])
        try:
            conversation_id = shop.customer_says(customer, "第一句")["conversation"]["id"]

            async def mine() -> bool:
                return any(e.conversation.id == conversation_id for e in await workspace.chats.my_chats())

            async def first_line_cached() -> bool:
                page = await workspace.chats.page(conversation_id)
                return any(line.text == "第一句" for line in page.lines)

            await eventually(mine)
            await eventually(first_line_cached)
            await workspace.settled()  # the history backfill is done too
            await asyncio.sleep(0.5)  # the chat's tags and assignment settle
            heard.clear()
            for n in range(5):
                shop.customer_says(customer, f"追问 {n}")

            async def all_live() -> bool:
                return sum(1 for line in lines if line.text.startswith("追问")) == 5

            await eventually(all_live)
            texts = [line.text for line in lines if line.text.startswith("追问")]
            assert texts == [f"追问 {n}" for n in range(5)]
            # a new message is not a change of the chat's record: no queue or header reloads
            assert not any(conversation_id in c.conversations for c in heard), heard
            # and the open tab needs no transcript reload either: the lines came live
            assert not any(conversation_id in c.transcripts for c in heard), heard
        finally:
            await workspace.stop()

    run(body())


def test_older_history_comes_from_the_server_when_the_cache_has_none(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            conversation_id = 0
            for n in range(12):
                conversation_id = shop.customer_says(customer, f"第 {n} 句")["conversation"]["id"]

            async def cached() -> bool:
                page = await workspace.chats.page(conversation_id)
                return len(page.lines) == 12

            await eventually(cached)
            page = await workspace.chats.page(conversation_id)
            keep_from = page.lines[8].message_id
            assert keep_from is not None
            await workspace.client.worker.write(
                lambda s: s.execute(
                    delete(MessageRow).where(
                        MessageRow.conversation_id == conversation_id, MessageRow.id < keep_from
                    )
                )
            )
            older = await workspace.chats.older(conversation_id, keep_from, limit=5)
            assert [line.text for line in older.lines] == [f"第 {n} 句" for n in range(3, 8)]
            assert older.has_more
            rest = await workspace.chats.older(conversation_id, older.lines[0].message_id or 0, limit=5)
            assert [line.text for line in rest.lines] == [f"第 {n} 句" for n in range(3)]
            assert not rest.has_more
            # paged in from the server, now cached: a later reload shows them without asking again
            again = await workspace.chats.page(conversation_id, limit=60)
            assert len(again.lines) == 12 and not again.has_more
            shop.stop()
            with pytest.raises(ActionFailed) as offline:
                await workspace.chats.older(conversation_id, again.lines[0].message_id or 0, limit=5)
            assert offline.value.code == "offline"

    run(body())


def test_the_remembered_agent_survives_a_restart_and_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    agent = Agent("agent01", "小林", AgentRole.AGENT, ("presale", "recharge"), False, 20.0, 8)
    path = tmp_path / "cache" / "agent01.agent.json"
    save_agent(path, agent)
    assert load_agent(path) == agent
    path.write_text("{not json", encoding="utf-8")
    assert load_agent(path) is None
    assert load_agent(tmp_path / "missing.json") is None
