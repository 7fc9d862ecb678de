"""Repositories: what goes into the cache comes back as the same domain object, stored once."""

from __future__ import annotations

from dataclasses import replace

from app.domain.conversations import ConversationStatus, Resolution
from app.domain.orders import OrderStatus
from app.store import conversations, coupons, customers, drafts, knowledge, messages, orders, tickets
from app.store.database import CacheDatabase
from app.store.sync_cursor import get_cursor, set_cursor
from tests.unit.store import builders as b


def test_a_message_is_stored_once_by_its_server_id(cache: CacheDatabase) -> None:
    with cache.write() as session:
        assert messages.store_message(session, b.message(5), seq=12)
        assert not messages.store_message(session, b.message(5, text="另一个版本"), seq=13)
    with cache.read() as session:
        assert messages.get_message(session, 5) == b.message(5)
        assert messages.message_seq(session, 5) == 12
        assert messages.count_messages(session) == 1


def test_messages_of_a_conversation_come_oldest_first_in_pages(cache: CacheDatabase) -> None:
    with cache.write() as session:
        for n in (3, 1, 2, 9, 7):
            messages.store_message(session, b.message(n, conversation_id=1 if n != 9 else 2))
    with cache.read() as session:
        assert [m.id for m in messages.messages_of(session, 1)] == [1, 2, 3, 7]
        assert [m.id for m in messages.messages_of(session, 1, limit=2)] == [3, 7]
        assert [m.id for m in messages.messages_of(session, 1, before_id=3)] == [1, 2]


def test_a_conversation_round_trips_and_needs_its_history_until_marked(cache: CacheDatabase) -> None:
    conv = b.conversation(4, vip=True, angry=True, anger=0.9, intent="not_received", order_no="KM1")
    with cache.write() as session:
        assert conversations.upsert_conversation(session, conv)
        closed = replace(conv, status=ConversationStatus.CLOSED, resolution=Resolution.RESOLVED)
        assert not conversations.upsert_conversation(session, closed)
    with cache.read() as session:
        assert conversations.get_conversation(session, 4) == closed
        assert conversations.conversations_missing_history(session) == [4]
        assert conversations.list_conversations(session, status=ConversationStatus.CLOSED) == [closed]
    with cache.write() as session:
        conversations.mark_history_complete(session, 4)
    with cache.read() as session:
        assert conversations.conversations_missing_history(session) == []


def test_profiles_orders_tickets_coupons_and_articles_round_trip(cache: CacheDatabase) -> None:
    with cache.write() as session:
        customers.upsert_customer(session, b.customer())
        orders.upsert_order(session, b.order())
        tickets.upsert_ticket(session, b.ticket())
        coupons.upsert_coupon(session, b.coupon())
        knowledge.upsert_article(session, b.article())
    with cache.read() as session:
        assert customers.get_customer(session, 10001) == b.customer()
        assert orders.get_order(session, "KM2026011000000001") == b.order()
        assert orders.orders_of_customer(session, 10001) == [b.order()]
        assert tickets.get_ticket(session, 1) == b.ticket()
        assert tickets.tickets_of_conversation(session, 1) == [b.ticket()]
        assert coupons.get_coupon(session, 7) == b.coupon()
        assert coupons.coupons_of_order(session, "KM2026011000000001") == [b.coupon()]
        assert knowledge.get_article(session, 1) == b.article()
        assert knowledge.latest_article_update(session) == b.NOW


def test_an_updated_order_replaces_its_delivery_records(cache: CacheDatabase) -> None:
    refunded = replace(b.order(), status=OrderStatus.REFUNDED, deliveries=())
    with cache.write() as session:
        orders.upsert_order(session, b.order())
    with cache.write() as session:
        orders.upsert_order(session, refunded)
    with cache.read() as session:
        assert orders.get_order(session, refunded.order_no) == refunded


def test_drafts_are_kept_replaced_and_cleared(cache: CacheDatabase) -> None:
    with cache.write(durable=True) as session:
        drafts.save_draft(session, 1, "您好，")
        drafts.save_draft(session, 2, "稍等")
    with cache.write(durable=True) as session:
        drafts.save_draft(session, 1, "您好，订单已补发")
        drafts.save_draft(session, 2, "")
    with cache.read() as session:
        assert [(d.conversation_id, d.text) for d in drafts.all_drafts(session)] == [(1, "您好，订单已补发")]
        assert drafts.get_draft(session, 2) is None


def test_the_cursor_is_kept_per_server_and_agent(cache: CacheDatabase) -> None:
    with cache.write() as session:
        set_cursor(session, "https://a", "agent01", 10)
        set_cursor(session, "https://a", "agent01", 12)
        set_cursor(session, "https://b", "agent01", 3)
    with cache.read() as session:
        assert get_cursor(session, "https://a", "agent01") == 12
        assert get_cursor(session, "https://b", "agent01") == 3
        assert get_cursor(session, "https://a", "agent02") == 0
