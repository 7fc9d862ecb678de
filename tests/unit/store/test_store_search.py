"""Full-text search: Chinese substrings of any length, all terms required, newest first."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, text

from app.store import messages
from app.store.database import CacheDatabase
from app.store.search import plan_search, search_messages
from app.store.tables import MessageRow
from tests.unit.store import builders as b

TEXTS = {
    1: "我的话费一直没到账",
    2: "Q币充值没到账，订单KM2026010500001234",
    3: "卡密无效，已经被使用了",
    4: "话，费用怎么算",
    5: "谢谢，已经到账了",
    6: "<b>退款</b>什么时候到？？",
    7: "STEAM 充值卡 steam",
}


@pytest.fixture
def filled(cache: CacheDatabase) -> CacheDatabase:
    """The cache with the messages above, in two conversations."""
    with cache.write() as session:
        for message_id, body in TEXTS.items():
            messages.store_message(session, b.message(message_id, body, conversation_id=message_id % 2 + 1))
    return cache


def _ids(cache: CacheDatabase, query: str, **kw: object) -> list[int]:
    with cache.read() as session:
        return [m.id for m in search_messages(session, query, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("没到账", [2, 1]),  # trigram path, newest first
        ("到账", [5, 2, 1]),  # two characters
        ("账", [5, 2, 1]),  # one character
        ("话费", [1]),  # not "话，费" across the comma
        ("Q币", [2]),
        ("q币", [2]),  # ASCII case folded
        ("KM2026010500001234", [2]),
        ("010500", [2]),  # a substring of an order number
        ("steam", [7]),
        ("话费 到账", [1]),  # all terms required
        ("没到账 Q", [2]),  # long and short terms mixed
        ("<b>退款", [6]),  # markup is just text
        ("？？", [6]),  # punctuation only: the bounded scan
        ("不存在的内容", []),
        ('"', []),
        ("", []),
    ],
)
def test_search_finds_substrings(filled: CacheDatabase, query: str, expected: list[int]) -> None:
    assert _ids(filled, query) == expected


def test_search_plans_by_term_length() -> None:
    assert plan_search("没到账").index == "trigram"  # type: ignore[union-attr]
    assert plan_search("到账").index == "chars"  # type: ignore[union-attr]
    assert plan_search("？").index == "scan"  # type: ignore[union-attr]
    assert plan_search("   ") is None


def test_search_can_be_limited_to_a_conversation_or_a_customer(filled: CacheDatabase) -> None:
    assert _ids(filled, "到账", conversation_id=2) == [5, 1]
    assert _ids(filled, "到账", limit=1) == [5]
    with filled.write() as session:
        from app.store.conversations import upsert_conversation

        upsert_conversation(session, b.conversation(1, customer_id=10002))
    assert _ids(filled, "到账", customer_id=10002) == [2]


def test_deleted_and_edited_messages_leave_the_index(filled: CacheDatabase) -> None:
    with filled.write() as session:
        session.execute(delete(MessageRow).where(MessageRow.id == 1))
        session.execute(text("UPDATE messages SET text = '已处理' WHERE id = 2"))
    assert _ids(filled, "没到账") == []
    assert _ids(filled, "到账") == [5]
    assert _ids(filled, "处理") == [2]
    with filled.write() as session:
        session.execute(text("INSERT INTO message_trigrams(message_trigrams) VALUES ('integrity-check')"))
