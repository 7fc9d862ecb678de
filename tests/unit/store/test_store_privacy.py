"""Privacy: the retention limit, erasing one customer's local data (search rows included), and
the log filter that masks phone numbers, card keys and tokens."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import text

from app.store import conversations, customers, drafts, messages, orders, tickets
from app.store import outbox as table
from app.store.customer_erasure import erase_customer
from app.store.database import CacheDatabase
from app.store.log_masking import MaskingFilter, install_log_masking, mask_sensitive
from app.store.outbox import OutboxKind
from app.store.retention import DEFAULT_RETENTION_DAYS, apply_retention
from tests.unit.store import builders as b


def _index_hits(cache: CacheDatabase, table_name: str, phrase: str) -> int:
    with cache.read() as session:
        return session.execute(
            text(f"SELECT count(*) FROM {table_name} WHERE {table_name} MATCH :q"), {"q": f'"{phrase}"'}
        ).scalar_one()


def test_retention_removes_old_data_but_never_pending_writes_or_open_chats(cache: CacheDatabase) -> None:
    now = b.NOW
    old = now - timedelta(days=DEFAULT_RETENTION_DAYS + 1)
    with cache.write() as session:
        messages.store_message(session, b.message(1, "很久以前的卡密问题", created_at=old))
        messages.store_message(session, b.message(2, "最近的卡密问题", created_at=now))
        conversations.upsert_conversation(
            session, b.conversation(9, status="closed", closed_at=old, last_message_at=old)
        )
        conversations.upsert_conversation(session, b.conversation(1, last_message_at=old))  # still open
        orders.upsert_order(session, b.order("KMOLD", created_at=old))
        orders.upsert_order(session, b.order("KMNEW"))
        table.add_item(
            session, kind=OutboxKind.MESSAGE, client_id="pending", payload={}, conversation_id=1, now=old
        )
        sent = table.add_item(session, kind=OutboxKind.MESSAGE, client_id="sent", payload={}, now=old)
        table.mark_sent(session, sent.id, 201, {}, now=old)
        drafts.save_draft(session, 1, "还没发", now=old)
    report = apply_retention(cache, now=now)
    assert report.counts["messages"] == 1 and report.counts["conversations"] == 1
    assert report.counts["orders"] == 1 and report.counts["outbox"] == 1
    with cache.read() as session:
        assert messages.get_message(session, 1) is None and messages.get_message(session, 2) is not None
        assert conversations.get_conversation(session, 1) is not None
        assert conversations.get_conversation(session, 9) is None
        assert orders.get_order(session, "KMOLD") is None and orders.get_order(session, "KMNEW") is not None
        assert table.find_item(session, "pending") is not None and table.find_item(session, "sent") is None
        assert drafts.get_draft(session, 1) is not None
    assert _index_hits(cache, "message_trigrams", "很久以前") == 0
    with pytest.raises(ValueError):
        apply_retention(cache, days=0)


def test_erasing_a_customer_removes_their_messages_profile_and_index_rows(cache: CacheDatabase) -> None:
    with cache.write() as session:
        conversations.upsert_conversation(session, b.conversation(1, customer_id=10001))
        conversations.upsert_conversation(session, b.conversation(2, customer_id=10002))
        messages.store_message(session, b.message(1, "我的手机号13812345678充值没到账", conversation_id=1))
        messages.store_message(session, b.message(2, "另一位客户也没到账", conversation_id=2))
        customers.upsert_customer(session, b.customer(10001))
        customers.upsert_customer(session, b.customer(10002, phone="13900000000"))
        orders.upsert_order(session, b.order("KM1", customer_id=10001))
        tickets.upsert_ticket(session, b.ticket(1, customer_id=10001))
        drafts.save_draft(session, 1, "给这位客户的草稿")
        table.add_item(
            session, kind=OutboxKind.MESSAGE, client_id="x", payload={"text": "hi"}, conversation_id=1
        )
    report = erase_customer(cache, 10001)
    assert (report.messages, report.conversations, report.orders, report.tickets) == (1, 1, 1, 1)
    assert report.drafts == 1 and report.outbox_items == 1 and report.profile
    with cache.read() as session:
        assert customers.get_customer(session, 10001) is None
        assert customers.get_customer(session, 10002) is not None
        assert messages.message_ids_of(session, 1) == [] and messages.message_ids_of(session, 2) == [2]
    assert _index_hits(cache, "message_trigrams", "13812345678") == 0
    assert _index_hits(cache, "message_chars", "手 机") == 0
    assert _index_hits(cache, "message_trigrams", "没到账") == 1
    raw = cache.path.read_bytes()
    assert b"13812345678" not in raw and "给这位客户的草稿".encode() not in raw


@pytest.mark.parametrize(
    ("line", "hidden", "kept"),
    [
        ("客户 13812345678 来电", "13812345678", "138****5678"),
        ("Authorization: Bearer J7O27KgAJf4HDLB0kc0q", "J7O27KgAJf4HDLB0kc0q", "Bearer ****"),
        ('{"token": "abc.def.ghi", "agent": "agent01"}', "abc.def.ghi", "agent01"),
        ("卡密：HJKM23456789ABCD 已发放", "HJKM23456789ABCD", "卡密"),
        ("steam key ABCDE-FGHJK-LMNPQ", "ABCDE-FGHJK-LMNPQ", "steam key"),
        ("card_secret=1A2B-3C4D-5E6F-7A8B", "1A2B-3C4D-5E6F-7A8B", "card_secret"),
        ("password=kefu123&user=agent01", "kefu123", "agent01"),
    ],
)
def test_sensitive_values_are_masked(line: str, hidden: str, kept: str) -> None:
    masked = mask_sensitive(line)
    assert hidden not in masked and kept in masked


def test_order_numbers_and_amounts_stay_readable() -> None:
    line = "订单 KM2026010500001234 与 202601050000001234 金额 100 元"
    assert mask_sensitive(line) == line


def test_the_filter_masks_records_of_every_logger_and_their_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.handler.addFilter(MaskingFilter())
    log = logging.getLogger("app.sync.some_child")
    with caplog.at_level(logging.INFO):
        log.info("reply to %s with 卡密 %s", "13912345678", "ZXCV23456789QWER")
        try:
            raise ValueError("token=supersecretvalue")
        except ValueError:
            log.exception("failed for 13700001111")
    text_out = caplog.text
    assert "13912345678" not in text_out and "ZXCV23456789QWER" not in text_out
    assert "supersecretvalue" not in text_out and "13700001111" not in text_out
    assert "139****5678" in text_out


def test_install_adds_one_filter_to_each_root_handler() -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.addHandler(handler)
    try:
        install_log_masking()
        install_log_masking()
        assert sum(isinstance(f, MaskingFilter) for f in handler.filters) == 1
    finally:
        root.removeHandler(handler)
