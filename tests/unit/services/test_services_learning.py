"""The knowledge base that learns, quick replies, intent corrections, the dashboard and quality
review — through the real services, the real cache and the reference shop over HTTP."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.conversations import Conversation, ConversationStatus, Sender
from app.domain.errors import InvalidInput
from app.domain.knowledge import KbArticle, KbLayer
from app.nlp.dataset import load
from app.services.dashboard import CSV_COLUMNS, dashboard_csv
from app.services.errors import ActionFailed
from app.services.quick_replies import fill_quick_reply
from app.services.suggestions import rank_articles
from app.store import campaigns, knowledge, messages
from tests.unit.services.conftest import eventually, make_workspace, run, started_workspace
from tests.unit.services.shop_harness import Shop

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _article(article_id: int, helpful: int, unhelpful: int, tags: tuple[str, ...] = ()) -> KbArticle:
    return KbArticle(
        article_id, KbLayer.GENERAL, f"a{article_id}", "body", NOW, "not_received", tags, helpful, unhelpful
    )


def test_ranking_prefers_the_card_type_and_customer_tags_then_the_rating() -> None:
    plain, phone, vip = _article(1, 9, 1), _article(2, 1, 9, ("话费",)), _article(3, 5, 5, ("VIP",))
    assert [a.id for a, _ in rank_articles([plain, phone, vip], "not_received", False)] == [1, 3, 2]
    ranked = rank_articles([plain, phone, vip], "not_received", False, card_type="话费")
    assert [a.id for a, _ in ranked] == [2, 1, 3]
    both = rank_articles([plain, phone, vip], "not_received", False, card_type="话费", customer_tags=("VIP",))
    assert [a.id for a, _ in both] == [3, 2, 1]  # both fit: the better rated first


def test_quick_reply_variables_are_filled_and_unknown_ones_kept() -> None:
    values = {"salutation": "小王，", "order_no": "KM1", "eta": "10 分钟", "coupon_amount": "5 元"}
    body = "{称呼}订单 {订单号} 预计 {预计到账} 到账，补偿 {券额}，{别的}"
    assert fill_quick_reply(body, values) == "小王，订单 KM1 预计 10 分钟 到账，补偿 5 元，{别的}"


def test_ratings_through_the_outbox_reorder_suggestions(shop: Shop, tmp_path: Path) -> None:
    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:

            async def cached() -> list[KbArticle]:
                return await workspace.client.worker.read(
                    lambda s: knowledge.list_articles(s, intent="not_received")
                )

            await eventually(lambda: _truthy(cached()))
            before = [a.id for a, _ in rank_articles(await cached(), "not_received", False)]
            top = before[0]
            for _ in range(30):
                await workspace.suggestions.rate(top, helpful=False)

            async def reordered() -> bool:
                after = [a.id for a, _ in rank_articles(await cached(), "not_received", False)]
                return after[0] != top

            await eventually(reordered, timeout=20)

            async def every_vote_counted() -> bool:
                article = await workspace.client.worker.read(lambda s: knowledge.get_article(s, top))
                return article is not None and article.unhelpful >= 30

            await eventually(every_vote_counted, timeout=20)

    run(body())


async def _truthy(awaitable: object) -> bool:
    return bool(await awaitable)  # type: ignore[misc]


def test_a_promotion_question_brings_the_campaign_card(shop: Shop, tmp_path: Path) -> None:
    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:

            async def has_campaign() -> bool:
                return await workspace.client.worker.read(campaigns.cached_campaign) is not None

            await eventually(has_campaign)
            chat = Conversation(999999, 10002, ConversationStatus.ASSIGNED, NOW, intent="promotion")
            found = await workspace.suggestions.for_conversation(chat)
            assert found.suggestions[0].campaign and found.suggestions[0].article_id is None
            assert "满 50 减 5" in found.suggestions[0].text and "活动券 5 元" in found.suggestions[0].text
            other = Conversation(999998, 10002, ConversationStatus.ASSIGNED, NOW, intent="refund")
            assert not any(
                s.campaign for s in (await workspace.suggestions.for_conversation(other)).suggestions
            )

    run(body())


def test_quick_replies_and_corrections_stay_local_and_export_for_training(shop: Shop, tmp_path: Path) -> None:
    customer = shop.free_customer()

    async def body() -> None:
        async with started_workspace(shop, tmp_path) as workspace:
            starters = await workspace.quick_replies.all()
            assert starters and all(r.body for r in starters)
            saved = await workspace.quick_replies.save(None, "dz", "到账", "{称呼}订单 {订单号} 已到账")
            assert next(r.id for r in await workspace.quick_replies.search("dz")) == saved.id
            with pytest.raises(InvalidInput) as bad:
                await workspace.quick_replies.save(None, "two words", "", "x")
            assert bad.value.field == "shortcut"
            assert len(await workspace.quick_replies.all()) == len(starters) + 1  # nothing half-saved

            conversation_id = shop.customer_says(customer, "绿了吗，cdk还没看到")["conversation"]["id"]

            async def line() -> bool:
                page = await workspace.chats.page(conversation_id)
                return any(x.sender is Sender.CUSTOMER for x in page.lines)

            await eventually(line)
            cached = await workspace.client.worker.read(lambda s: messages.messages_of(s, conversation_id))
            message = next(m for m in cached if m.sender is Sender.CUSTOMER)
            await workspace.corrections.correct(message, "delivery_time")
            await workspace.corrections.correct(message, "not_received")  # the last one wins
            with pytest.raises(InvalidInput):
                await workspace.corrections.correct(message, "no_such_intent")
            out = tmp_path / "corrections.jsonl"
            assert await workspace.corrections.export(out) == 1
            examples = load(out)
            assert [(e.text, e.intent) for e in examples] == [("绿了吗，cdk还没看到", "not_received")]

    run(body())


def test_dashboard_for_agents_and_supervisors_and_its_csv(shop: Shop, tmp_path: Path) -> None:
    async def body() -> None:
        agent = make_workspace(shop, tmp_path / "a")
        await agent.login("agent01", "kefu123")
        boss = make_workspace(shop, tmp_path / "s")
        await boss.login("sup01", "kefu123")
        try:
            mine = await agent.dashboard.load()
            assert mine.team == () and mine.queue is None
            assert mine.board.today.agent_id == "agent01" and len(mine.board.week) == 7
            assert mine.board.today.chats_handled == sum(h.chats_handled for h in mine.board.hours)
            assert len(mine.ratings) == mine.board.today.csat_responses
            with pytest.raises(ActionFailed) as denied:
                await agent.dashboard.load(agent_id="agent02")
            assert denied.value.code == "supervisor_only"
            team = await boss.dashboard.load()
            assert team.queue is not None and {m.load.agent_id for m in team.team} >= {"agent01", "agent02"}

            out = tmp_path / "period.csv"
            await agent.dashboard.export_csv(mine.board, out)
            rows = list(csv.reader(io.StringIO(out.read_text("utf-8").lstrip("\ufeff"))))
            assert rows[1] == list(CSV_COLUMNS) and len(rows) == 2 + 7 + 24
            assert rows[2 + 6][0] == mine.board.today.day.isoformat()
            assert rows[2 + 6][1] == str(mine.board.today.chats_handled)
            assert out.read_text("utf-8") == dashboard_csv(mine.board)

            sample = await boss.quality.sample()
            assert sample and all(item.agent_id for item in sample)
            picked = sample[0]
            transcript = await boss.quality.transcript(picked.conversation_id)
            assert transcript and all(m.conversation_id == picked.conversation_id for m in transcript)
            reviewed = await boss.quality.review(picked.conversation_id, "开场白要更快")
            assert reviewed.reviewed_by == "sup01"
            author = make_workspace(shop, tmp_path / "w")
            await author.login(picked.agent_id, "kefu123")
            notes = (await author.dashboard.load()).notes
            assert [(n.conversation_id, n.note) for n in notes] == [(picked.conversation_id, "开场白要更快")]
            with pytest.raises(ActionFailed) as refused:
                await agent.quality.sample()
            assert refused.value.code == "supervisor_only"
            await author.stop()
        finally:
            await agent.stop()
            await boss.stop()

    run(body())


def test_campaign_and_article_changes_reach_the_cache_as_events(shop: Shop, tmp_path: Path) -> None:
    async def body() -> None:
        workspace = make_workspace(shop, tmp_path)
        await workspace.login("agent01", "kefu123")
        await workspace.start()
        read = workspace.client.worker.read
        try:

            async def running_title() -> str | None:
                found = await read(campaigns.cached_campaign)
                return found.title if found else None

            await eventually(lambda: _truthy(running_title()))
            old = await read(campaigns.cached_campaign)
            assert old is not None and old.title.startswith("双 12")
            now = datetime.now(UTC)
            wire = {
                "title": old.title,
                "body": old.body,
                "coupon_template_id": old.coupon_template_id,
                "coupon_amount": old.coupon_amount,
                "starts_at": old.starts_at.isoformat(),
                "ends_at": (now - timedelta(seconds=1)).isoformat(),
            }
            shop.supervisor_call("PUT", f"/campaigns/{old.id}", wire)  # ended early
            created = shop.supervisor_call(
                "POST",
                "/campaigns",
                {
                    **wire,
                    "title": "元旦充值节：满 100 减 10",
                    "body": "元旦期间话费、Q币订单满 100 元立减 10 元。",
                    "coupon_amount": 10,
                    "starts_at": (now - timedelta(minutes=1)).isoformat(),
                    "ends_at": (now + timedelta(days=10)).isoformat(),
                },
            )

            async def switched() -> bool:
                return await running_title() == "元旦充值节：满 100 减 10"

            await eventually(switched)
            chat = Conversation(999999, 10002, ConversationStatus.ASSIGNED, NOW, intent="promotion")
            card = (await workspace.suggestions.for_conversation(chat)).suggestions[0]
            assert card.campaign and "活动券 10 元" in card.text
            assert (await read(campaigns.cached_campaign)).id == created["id"]  # type: ignore[union-attr]

            article = (await read(lambda s: knowledge.list_articles(s, intent="not_received")))[0]
            shop.supervisor_call(
                "PUT",
                f"/kb/articles/{article.id}",
                {"title": article.title, "body": "新版话术：先查单，再告知预计到账时间。", "tags": ["话费"]},
            )

            async def revised() -> bool:
                cached = await read(lambda s: knowledge.get_article(s, article.id))
                return cached is not None and cached.body.startswith("新版话术") and cached.helpful == 0

            await eventually(revised)
        finally:
            await workspace.stop()

    run(body())
