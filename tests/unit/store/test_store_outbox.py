"""The outbox table: lanes keep each conversation's writes in order; failures and retries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.store import outbox as table
from app.store.database import CacheDatabase
from app.store.outbox import OutboxKind, OutboxState


def _add(
    cache: CacheDatabase, client_id: str, conversation_id: int | None, kind: OutboxKind = OutboxKind.MESSAGE
) -> int:
    with cache.write(durable=True) as session:
        return table.add_item(
            session,
            kind=kind,
            client_id=client_id,
            payload={"text": client_id},
            conversation_id=conversation_id,
        ).id


def _heads(cache: CacheDatabase, now: datetime | None = None) -> list[str]:
    with cache.read() as session:
        return [i.client_id for i in table.lane_heads(session, now)]


def test_only_the_first_pending_item_of_each_conversation_is_due(cache: CacheDatabase) -> None:
    for client_id, conv in (("a1", 1), ("b1", 2), ("a2", 1), ("k", None), ("b2", 2)):
        _add(cache, client_id, conv, OutboxKind.KB_FEEDBACK if conv is None else OutboxKind.MESSAGE)
    assert _heads(cache) == ["a1", "b1", "k"]
    with cache.write() as session:
        first = table.find_item(session, "a1")
        assert first is not None
        table.mark_sending(session, first.id)
    assert _heads(cache) == ["a1", "b1", "k"]  # still the head while in flight
    with cache.write() as session:
        table.mark_sent(session, first.id, 201, {"id": 1})
    assert _heads(cache) == ["b1", "a2", "k"]


def test_a_retry_waits_and_holds_its_lane_while_a_failure_does_not(cache: CacheDatabase) -> None:
    a1, b1 = _add(cache, "a1", 1), _add(cache, "b1", 2)
    _add(cache, "a2", 1)
    _add(cache, "b2", 2)
    later = datetime.now(UTC) + timedelta(seconds=30)
    with cache.write() as session:
        waiting = table.schedule_retry(session, a1, later, status=503, code="unavailable", message="down")
        failed = table.mark_failed(session, b1, 422, "amount_out_of_range", "amount must be between 1 and 20")
    assert waiting.state is OutboxState.QUEUED and waiting.error_code == "unavailable"
    assert failed.state is OutboxState.FAILED and failed.error_message == "amount must be between 1 and 20"
    assert _heads(cache) == ["b2"]
    assert _heads(cache, later + timedelta(seconds=1)) == ["a1", "b2"]
    with cache.read() as session:
        assert table.next_attempt_time(session) == later
    with cache.write() as session:
        assert table.clear_retry_delays(session) == 1
    assert _heads(cache) == ["a1", "b2"]


def test_items_left_sending_by_a_crash_are_queued_again_with_the_same_key(cache: CacheDatabase) -> None:
    item_id = _add(cache, "coupon-1", 1, OutboxKind.COUPON)
    with cache.write() as session:
        table.mark_sending(session, item_id)
    with cache.write() as session:
        assert table.release_interrupted(session) == 1
    with cache.read() as session:
        item = table.get_item(session, item_id)
    assert item is not None and item.state is OutboxState.QUEUED and item.client_id == "coupon-1"
    assert item.attempts == 1


def test_retrying_a_failed_item_gives_it_a_new_key(cache: CacheDatabase) -> None:
    item_id = _add(cache, "k1", 1)
    with cache.write() as session:
        table.mark_failed(session, item_id, 409, "not_accepted", "accept the conversation first")
        again = table.requeue_failed(session, item_id, "k1-retry")
    assert again.state is OutboxState.QUEUED and again.client_id == "k1-retry" and again.error_code is None


def test_a_pending_twin_is_found_by_kind_conversation_and_payload(cache: CacheDatabase) -> None:
    _add(cache, "c1", 1, OutboxKind.COUPON)
    with cache.read() as session:
        assert table.find_pending_twin(session, OutboxKind.COUPON, {"text": "c1"}, 1) is not None
        assert table.find_pending_twin(session, OutboxKind.COUPON, {"text": "c1"}, 2) is None
        assert table.find_pending_twin(session, OutboxKind.COUPON, {"text": "c1"}) is None
        assert table.find_pending_twin(session, OutboxKind.COUPON, {"text": "other"}, 1) is None
        assert table.find_pending_twin(session, OutboxKind.TICKET, {"text": "c1"}, 1) is None
        assert table.count_by_state(session)[OutboxState.QUEUED] == 1


def test_an_item_already_sent_cannot_be_claimed_for_sending_again(cache: CacheDatabase) -> None:
    item_id = _add(cache, "once", 1)
    with cache.write() as session:
        claimed = table.claim_for_sending(session, item_id)
        assert claimed is not None and claimed.state is OutboxState.SENDING and claimed.attempts == 1
        table.mark_sent(session, item_id, 201, {})
        assert table.claim_for_sending(session, item_id) is None
