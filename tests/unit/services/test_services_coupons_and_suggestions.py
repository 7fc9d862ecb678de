"""Coupons issued exactly once; suggestions with variables filled and a calming reply first;
tickets pre-filled; search over Chinese text."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.domain.conversations import Sender
from app.domain.tickets import TicketKind
from app.services.chat_lines import ChatLine
from app.services.suggestions import fill_variables
from app.services.tickets import draft_ticket
from tests.unit.services.conftest import eventually, make_workspace, run, started_workspace
from tests.unit.services.shop_harness import Shop


def test_variables_are_filled_and_unknown_ones_left_alone() -> None:
    text = fill_variables(
        "订单 {order_no} 预计 {eta} 到账，{other}", {"order_no": "KM2026112300001234", "eta": "10 分钟"}
    )
    assert text == "订单 KM2026112300001234 预计 10 分钟 到账，{other}"


def test_coupon_clicked_many_times_is_issued_once(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()
    order_no = shop.latest_order_of(customer)

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            conversation_id = shop.customer_says(customer, f"订单 {order_no} 没到账")["conversation"]["id"]
            await workspace.profiles.refresh_order(order_no)
            order = (await workspace.profiles.order_file(order_no)).order
            assert order is not None
            conversation = await workspace.chats.conversation(conversation_id)
            proposal = await workspace.coupons.propose(order, conversation)
            assert proposal is not None and not proposal.needs_approval
            # a double click, then a third click after the first answer came back
            await asyncio.gather(workspace.coupons.issue(proposal), workspace.coupons.issue(proposal))

            async def issued() -> bool:
                return any(s.status == "issued" for s in await workspace.coupons.states(order_no))

            await eventually(issued)
            again = await workspace.coupons.issue(proposal)
            assert again.status == "issued"
        assert len(shop.coupons_of(order_no)) == 1

    run(body())


def test_suggestions_put_a_calming_reply_first_and_fill_the_order_number(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()
    order_no = shop.latest_order_of(customer)

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            await workspace.engine.load()
            conversation_id = shop.customer_says(customer, f"什么破平台！{order_no} 的话费还没到，我要投诉")[
                "conversation"
            ]["id"]

            async def alerted() -> bool:
                return workspace.insights.alert(conversation_id) is not None

            await eventually(alerted)
            await eventually(lambda: _has_articles(workspace))

            async def cached() -> bool:
                return any(
                    line.text.startswith("什么破平台")
                    for line in (await workspace.chats.page(conversation_id)).lines
                )

            await eventually(cached)
            conversation = await workspace.chats.conversation(conversation_id)
            assert conversation is not None
            found = await workspace.suggestions.for_conversation(conversation)
            assert found.analysis is not None and found.analysis.angry
            assert found.suggestions and found.suggestions[0].calming
            assert all("{order_no}" not in s.text for s in found.suggestions)
            assert any(order_no in s.text for s in found.suggestions)
            assert workspace.insights.mentioned_order(conversation_id) == order_no
            workspace.insights.acknowledge(conversation_id)
            assert workspace.insights.alert(conversation_id) is None
            assert workspace.insights.trend(conversation_id)[-1] > 0.5

    run(body())


async def _has_articles(workspace: object) -> bool:
    from app.store import knowledge

    return bool(await workspace.client.worker.read(knowledge.list_articles))  # type: ignore[attr-defined]


def test_ticket_draft_carries_order_intent_and_transcript() -> None:
    from datetime import UTC, datetime

    from app.domain.conversations import Conversation, ConversationStatus

    now = datetime.now(UTC)
    conversation = Conversation(
        1, 10002, ConversationStatus.ASSIGNED, now, intent="card_invalid", order_no="KM1"
    )
    lines = [
        ChatLine("m1", Sender.CUSTOMER, "卡密提示已被使用", now, message_id=1),
        ChatLine("m2", Sender.AGENT, "马上为您核查", now, message_id=2),
    ]
    draft = draft_ticket(conversation, lines, order_no="KM2026112300001234")
    assert draft.kind is TicketKind.CARD_CHECK
    assert draft.order_no == "KM2026112300001234"
    assert "卡密提示已被使用" in draft.description and "马上为您核查" in draft.description


def test_ticket_goes_through_the_outbox_and_search_finds_chinese_text(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            conversation_id = shop.customer_says(customer, "骏网一卡通的卡密显示无效")["conversation"]["id"]

            async def cached() -> bool:
                return bool((await workspace.chats.page(conversation_id)).lines)

            await eventually(cached)
            conversation = await workspace.chats.conversation(conversation_id)
            assert conversation is not None
            draft = draft_ticket(conversation, list((await workspace.chats.page(conversation_id)).lines))
            await workspace.tickets.create(draft, TicketKind.CARD_CHECK, draft.description, None)
            await workspace.tickets.create(draft, TicketKind.CARD_CHECK, draft.description, None)

            async def created() -> bool:
                return not await workspace.tickets.pending(conversation_id)

            await eventually(created)
            hits = await workspace.search.search("一卡通")
            assert any(h.message.conversation_id == conversation_id for h in hits)
        assert len(shop.tickets_of(conversation_id)) == 1

    run(body())


def test_coupon_above_the_limit_waits_for_a_supervisor_who_approves_it_once(
    shop: Shop, tmp_path: Path
) -> None:
    customer = shop.free_customer()
    order_no = shop.latest_order_of(customer)

    async def body() -> None:
        agent = make_workspace(shop, tmp_path / "agent")
        supervisor = make_workspace(shop, tmp_path / "sup", "sup01")
        await agent.login("agent01", "kefu123")
        await supervisor.login("sup01", "kefu123")
        await agent.start()
        try:
            await agent.profiles.refresh_order(order_no)
            order = (await agent.profiles.order_file(order_no)).order
            assert order is not None
            proposal = await agent.coupons.propose(order)
            assert proposal is not None
            policy = await agent.coupons.policy()
            above = agent.coupons.with_amount(proposal, policy.agent_limit + 5)
            if not above.needs_approval:
                return  # this template's maximum is within the agent's limit
            await agent.coupons.issue(above)

            async def pending() -> bool:
                return any(s.status == "pending_approval" for s in await agent.coupons.states(order_no))

            await eventually(pending)
            waiting = [c for c in await supervisor.coupons.awaiting_approval() if c.order_no == order_no]
            assert len(waiting) == 1
            first, second = await asyncio.gather(
                supervisor.coupons.decide(waiting[0], True), supervisor.coupons.decide(waiting[0], True)
            )
            assert first.status.value == "issued" and second.status.value == "issued"
        finally:
            await agent.stop()
            await supervisor.stop()
        assert len(shop.coupons_of(order_no)) == 1

    run(body())
