"""Suggestions under the composer: the engine's verdict on the customer's last message and the
best knowledge-base answers with their variables filled in; a calming reply first when angry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.campaigns import Campaign
from app.domain.conversations import Conversation
from app.domain.intents import Analysis, Entities, Intent
from app.domain.knowledge import KbArticle, KbLayer
from app.services.chat_lines import line_of_message
from app.services.coupons import CouponService
from app.services.insights import ConversationInsights
from app.store import campaigns, customers, knowledge, messages
from app.sync.client import SyncClient

MAX_SUGGESTIONS = 3
RECENT_LINES = 20
CALMING_TAGS = {"安抚", "愤怒"}
LAYER_ORDER = {KbLayer.SCENARIO: 0, KbLayer.GENERAL: 1, KbLayer.OFFER: 2}
_VARIABLE = re.compile(r"\{(order_no|eta|coupon_amount)\}")

# How long each kind of goods usually takes to arrive (what agents promise).
ETA_BY_CARD_TYPE = {
    "话费": "10 分钟",
    "流量": "30 分钟",
    "Q币": "5 分钟",
    "点券": "5 分钟",
    "卡密": "1 分钟",
    "视频会员": "1 分钟",
}
DEFAULT_ETA = "30 分钟"
NO_ORDER = "您的订单"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One answer ready to insert."""

    text: str
    title: str
    article_id: int | None
    calming: bool = False
    campaign: bool = False


@dataclass(frozen=True, slots=True)
class SuggestionSet:
    """The verdict on the last customer message and up to three answers."""

    conversation_id: int
    message_id: int | None
    analysis: Analysis | None
    suggestions: tuple[Suggestion, ...]


def fill_variables(body: str, values: dict[str, str]) -> str:
    """Replace `{order_no}`, `{eta}` and `{coupon_amount}` with the chat's values."""
    return _VARIABLE.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def eta_for(card_type: str | None) -> str:
    """The usual delivery time for a card type."""
    if card_type:
        for key, eta in ETA_BY_CARD_TYPE.items():
            if key in card_type:
                return eta
    return DEFAULT_ETA


def rating(article: KbArticle) -> float:
    """The helpful share of an article's votes (0.5 before any vote)."""
    votes = article.helpful + article.unhelpful
    return article.helpful / votes if votes else 0.5


def fit(article: KbArticle, card_type: str | None, customer_tags: tuple[str, ...]) -> int:
    """How many of the article's tags speak to this chat's card type and this customer's tags."""
    wanted = {t for t in customer_tags if t}
    score = 0
    for tag in article.tags:
        if (card_type and (tag in card_type or card_type in tag)) or tag in wanted:
            score += 1
    return score


def rank_articles(
    articles: list[KbArticle],
    intent: str | None,
    angry: bool,
    *,
    card_type: str | None = None,
    customer_tags: tuple[str, ...] = (),
) -> list[tuple[KbArticle, bool]]:
    """Calming scripts first when angry, then the intent's scripts, procedures and offers; within a
    layer, articles fitting the card type and the customer's tags, then the better rated."""
    usable = [a for a in articles if not a.flagged]
    chosen: list[tuple[KbArticle, bool]] = []
    if angry:
        calming = [a for a in usable if CALMING_TAGS & set(a.tags)]
        calming.sort(key=lambda a: (a.intent != intent, -rating(a), a.id))
        chosen += [(a, True) for a in calming[:1]]
    same = [a for a in usable if intent and a.intent == intent and all(a.id != c.id for c, _ in chosen)]
    same.sort(
        key=lambda a: (LAYER_ORDER.get(a.layer, 9), -fit(a, card_type, customer_tags), -rating(a), a.id)
    )
    chosen += [(a, False) for a in same]
    return chosen[:MAX_SUGGESTIONS]


def campaign_suggestion(campaign: Campaign) -> Suggestion:
    """The running campaign as a card to insert, its coupon named."""
    text = f"{campaign.title}：{campaign.body}（活动券 {campaign.coupon_amount:g} 元）"
    return Suggestion(text, campaign.title, None, campaign=True)


class SuggestionService:
    """Builds `SuggestionSet`s from the insights, the cached knowledge base and the coupon policy."""

    def __init__(self, client: SyncClient, insights: ConversationInsights, coupons: CouponService) -> None:
        self.client = client
        self.insights = insights
        self.coupons = coupons

    def variables(self, conversation: Conversation, entities: Entities | None) -> dict[str, str]:
        """The values a suggestion may use."""
        order_no = (
            (entities.order_no if entities else None)
            or self.insights.mentioned_order(conversation.id)
            or conversation.order_no
        )
        card_type = (entities.card_type if entities else None) or conversation.card_type
        values = {"order_no": order_no or NO_ORDER, "eta": eta_for(card_type)}
        policy = self.coupons.cached_policy()
        if policy is not None:
            template = next((t for t in policy.templates if t.id == "delay_comp"), None)
            if template is not None:
                values["coupon_amount"] = f"{template.default_amount:g} 元"
        return values

    async def for_conversation(self, conversation: Conversation) -> SuggestionSet:
        """Suggestions for the customer's last analysed message (the chat's intent before that)."""
        recent = await self.client.worker.read(
            lambda s: messages.messages_of(s, conversation.id, limit=RECENT_LINES)
        )
        self.insights.observe_lines(conversation.id, [line_of_message(m) for m in recent])
        last = self.insights.last_customer_analysis(conversation.id)
        message_id, analysis = last if last else (None, None)
        intent = str(analysis.intent) if analysis else conversation.intent
        angry = (analysis.angry if analysis else False) or self.insights.alert(conversation.id) is not None
        if intent in (None, Intent.OTHER.value) and not angry:
            intent = conversation.intent
        articles = await self.client.worker.read(knowledge.list_articles)
        values = self.variables(conversation, analysis.entities if analysis else None)
        card_type = (analysis.entities.card_type if analysis else None) or conversation.card_type
        customer = await self.client.worker.read(
            lambda s: customers.get_customer(s, conversation.customer_id)
        )
        tags = tuple(customer.tags) if customer is not None else ()
        ranked = rank_articles(articles, intent, angry, card_type=card_type, customer_tags=tags)
        found = [Suggestion(fill_variables(a.body, values), a.title, a.id, calming) for a, calming in ranked]
        if intent == Intent.PROMOTION.value:
            campaign = await self.client.worker.read(campaigns.cached_campaign)
            if campaign is not None:
                found.insert(1 if found and found[0].calming else 0, campaign_suggestion(campaign))
        return SuggestionSet(conversation.id, message_id, analysis, tuple(found[:MAX_SUGGESTIONS]))

    async def chat_values(self, conversation: Conversation) -> dict[str, str]:
        """The values quick replies fill in: the suggestion variables plus how to address the customer."""
        last = self.insights.last_customer_analysis(conversation.id)
        values = self.variables(conversation, last[1].entities if last else None)
        customer = await self.client.worker.read(
            lambda s: customers.get_customer(s, conversation.customer_id)
        )
        values["salutation"] = (
            f"{customer.nickname}，" if customer is not None and customer.nickname else "亲，"
        )
        return values

    async def rate(self, article_id: int, helpful: bool) -> None:
        """The agent's 👍/👎 on a suggestion; goes through the outbox, the server re-ranks by it."""
        await self.client.outbox.rate_article(article_id, helpful)
