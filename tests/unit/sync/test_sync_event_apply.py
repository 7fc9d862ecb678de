"""Applying events: changes and the cursor commit together, replays and bad events are harmless."""

from __future__ import annotations

import pytest

from app.store import conversations, coupons, customers, knowledge, messages, orders, tickets
from app.store.database import CacheDatabase
from app.sync.event_apply import EventApplier
from app.sync.event_decode import IncomingEvent, skipped
from tests.unit.store import builders as b

SERVER = "http://shop.test"


def _apply(cache: CacheDatabase, events: list[IncomingEvent]):  # type: ignore[no-untyped-def]
    applier = EventApplier(SERVER, "agent01")
    with cache.write() as session:
        return applier.apply(session, events)


def _cursor(cache: CacheDatabase) -> int:
    with cache.read() as session:
        return EventApplier(SERVER, "agent01").cursor(session)


def test_every_kind_of_event_lands_in_the_cache_with_the_cursor(cache: CacheDatabase) -> None:
    outcome = _apply(
        cache,
        [
            IncomingEvent(1, "conversation.assigned", b.conversation(1)),
            IncomingEvent(2, "message.created", b.message(10, "<script>x</script>")),
            IncomingEvent(4, "order.updated", b.order()),
            IncomingEvent(5, "ticket.updated", b.ticket()),
            IncomingEvent(6, "coupon.issued", b.coupon()),
            IncomingEvent(8, "customer.flagged", b.customer()),
            IncomingEvent(9, "kb.updated", b.article()),
        ],
    )
    assert outcome.applied == 7 and outcome.cursor == 9 and outcome.history_needed
    assert [m.id for m in outcome.new_messages] == [10]
    with cache.read() as session:
        assert conversations.get_conversation(session, 1) == b.conversation(1)
        assert messages.get_message(session, 10) == b.message(10, "<script>x</script>")
        assert messages.message_seq(session, 10) == 2
        assert orders.get_order(session, b.order().order_no) == b.order()
        assert tickets.get_ticket(session, 1) == b.ticket()
        assert coupons.get_coupon(session, 7) == b.coupon()
        assert customers.get_customer(session, 10001) == b.customer()
        assert knowledge.get_article(session, 1) == b.article()
    assert _cursor(cache) == 9


def test_a_failure_while_applying_leaves_neither_changes_nor_cursor(cache: CacheDatabase) -> None:
    applier = EventApplier(SERVER, "agent01")
    with pytest.raises(RuntimeError), cache.write() as session:
        applier.apply(session, [IncomingEvent(1, "message.created", b.message(10))])
        raise RuntimeError("killed before the commit")
    assert _cursor(cache) == 0
    with cache.read() as session:
        assert messages.get_message(session, 10) is None


def test_events_at_or_below_the_cursor_are_counted_and_ignored(cache: CacheDatabase) -> None:
    _apply(cache, [IncomingEvent(5, "message.created", b.message(10))])
    again = _apply(cache, [IncomingEvent(5, "message.created", b.message(10)), IncomingEvent(3, "x", None)])
    assert again.redelivered == 2 and again.applied == 0 and again.cursor == 5


def test_a_bad_event_is_skipped_but_the_cursor_moves_past_it(cache: CacheDatabase) -> None:
    outcome = _apply(
        cache,
        [skipped(1, "agent.party", "unknown event type"), IncomingEvent(2, "message.created", b.message(11))],
    )
    assert outcome.skipped == 1 and outcome.applied == 1 and _cursor(cache) == 2


def test_a_message_sent_twice_in_different_events_is_kept_once_and_counted(cache: CacheDatabase) -> None:
    outcome = _apply(
        cache,
        [
            IncomingEvent(1, "message.created", b.message(10)),
            IncomingEvent(2, "message.created", b.message(10)),
        ],
    )
    assert outcome.duplicates == 1 and len(outcome.new_messages) == 1
    with cache.write() as session:  # our own reply, cached from the outbox's answer first
        messages.store_message(session, b.message(20, "您好"))
    echo = _apply(cache, [IncomingEvent(3, "message.created", b.message(20, "您好"))])
    assert echo.duplicates == 0 and echo.new_messages == []
