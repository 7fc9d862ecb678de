"""Pure rules: skill groups, queue priority, passwords, throttling, fingerprints, wire validation."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.domain.errors import TooManyRequests
from app.domain.tickets import NEXT_NODES, TicketNode
from app.protocol.conversations import MessageCreate, TransferRequest
from app.protocol.events import EventOut, parse_event_data
from app.protocol.tickets import TicketOut
from app.shopserver.auth.login_throttle import LoginThrottle
from app.shopserver.auth.passwords import hash_password, verify_password
from app.shopserver.core.idempotency import request_fingerprint
from app.shopserver.core.routing import group_for, queue_priority
from app.shopserver.db.engine import normalise_db_url
from app.shopserver.http.errors import _field_of


@pytest.mark.parametrize(
    ("intent", "card", "group"),
    [
        ("not_received", "话费", "recharge"),
        ("not_received", "Steam", "game_cards"),
        ("not_received", None, "aftersale"),
        ("card_invalid", "网易一卡通", "game_cards"),
        ("refund", "Q币", "aftersale"),
        ("complaint", None, "aftersale"),
        ("presale_product", "流量", "recharge"),
        ("presale_product", "骏网一卡通", "game_cards"),
        ("presale_product", "视频会员", "presale"),
        ("greeting", None, "presale"),
        (None, None, "presale"),
    ],
)
def test_skill_group_by_intent_and_card_type(intent: str | None, card: str | None, group: str) -> None:
    assert group_for(intent, card) == group


def test_queue_priority_puts_anger_before_vip_before_others() -> None:
    assert (
        queue_priority(angry=True, vip=False)
        > queue_priority(angry=False, vip=True)
        > queue_priority(False, False)
    )
    assert queue_priority(True, True) > queue_priority(True, False)


def test_password_hashes_are_salted_and_verified() -> None:
    first, second = hash_password("kefu123"), hash_password("kefu123")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert verify_password("kefu123", first) and not verify_password("kefu124", first)
    assert not verify_password("kefu123", "garbage") and not verify_password("x", "scrypt$1$2$3$@@$@@")


def test_login_throttle_doubles_the_wait_and_forgets_on_success() -> None:
    clock = [1000.0]
    throttle = LoginThrottle(user_threshold=3, ip_threshold=100, max_delay=60, monotonic=lambda: clock[0])
    for _ in range(3):
        throttle.check("agent01", "1.2.3.4")
        throttle.failed("agent01", "1.2.3.4")
    with pytest.raises(TooManyRequests) as blocked:
        throttle.check("Agent01", "1.2.3.4")
    assert blocked.value.retry_after == 1
    clock[0] += 1.5
    throttle.check("agent01", "1.2.3.4")
    throttle.failed("agent01", "1.2.3.4")
    with pytest.raises(TooManyRequests) as longer:
        throttle.check("agent01", "9.9.9.9")
    assert longer.value.retry_after == 2
    clock[0] += 5
    throttle.succeeded("agent01")
    throttle.check("agent01", "1.2.3.4")


def test_login_throttle_also_counts_per_address() -> None:
    throttle = LoginThrottle(user_threshold=100, ip_threshold=2, max_delay=60, monotonic=lambda: 0.0)
    throttle.failed("a", "5.5.5.5")
    throttle.failed("b", "5.5.5.5")
    with pytest.raises(TooManyRequests):
        throttle.check("c", "5.5.5.5")
    throttle.check("c", "6.6.6.6")


def test_fingerprint_ignores_key_order_but_not_values() -> None:
    a = request_fingerprint("post", "/x", {"a": 1, "b": [1, 2]})
    assert a == request_fingerprint("POST", "/x", {"b": [1, 2], "a": 1})
    assert a != request_fingerprint("POST", "/x", {"a": 2, "b": [1, 2]})
    assert a != request_fingerprint("POST", "/y", {"a": 1, "b": [1, 2]})


def test_wire_text_keeps_everything_but_nul_and_lone_surrogates() -> None:
    kept = "<b>x</b> 😀 مرحبا \t\n  "
    assert MessageCreate(client_msg_id="a", text=kept).text == kept
    for bad in ("a\x00b", "\ud800"):
        with pytest.raises(ValidationError) as refused:
            MessageCreate(client_msg_id="a", text=bad)
        assert refused.value.errors()[0]["loc"] == ("text",)


def test_transfer_names_exactly_one_target() -> None:
    assert TransferRequest(group="vip").group == "vip"
    for bad in ({}, {"agent_id": "agent02", "group": "vip"}):
        with pytest.raises(ValidationError):
            TransferRequest(**bad)


def test_ticket_nodes_follow_the_progress_path() -> None:
    assert NEXT_NODES[TicketNode.SUBMITTED] == (TicketNode.REVIEWING,)
    assert set(NEXT_NODES[TicketNode.REVIEWING]) == {TicketNode.REISSUED, TicketNode.REFUNDED}
    assert NEXT_NODES[TicketNode.DONE] == ()
    assert [n.label for n in TicketNode] == ["提交", "审核中", "已补发", "已退款", "完成"]


def test_event_payloads_parse_into_their_models() -> None:
    event = EventOut.model_validate(
        {
            "seq": 7,
            "type": "ticket.updated",
            "at": "2026-11-20T06:30:00Z",
            "data": {
                "id": 3,
                "kind": "reissue",
                "node": "reviewing",
                "node_label": "审核中",
                "customer_id": 10001,
                "description": "d",
                "created_at": "2026-11-20T06:00:00Z",
                "review_deadline": "2026-11-21T06:00:00Z",
                "user_tags": ["首次售后"],
                "progress": [],
            },
        }
    )
    parsed = parse_event_data(event)
    assert isinstance(parsed, TicketOut) and parsed.to_domain().node is TicketNode.REVIEWING


def test_error_fields_are_named_without_the_location_prefix() -> None:
    assert _field_of(("body", "text")) == "text"
    assert _field_of(("header", "Idempotency-Key")) == "Idempotency-Key"
    assert _field_of(("body", "items", 0, "sku")) == "items.0.sku"
    assert _field_of(("body",)) == "body"


def test_db_argument_accepts_paths_and_urls(tmp_path: object) -> None:
    assert normalise_db_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_db_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_db_url("sqlite:///x.db") == "sqlite:///x.db"
    assert normalise_db_url("shop.db").startswith("sqlite:////")
