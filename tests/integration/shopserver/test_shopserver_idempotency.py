"""Idempotent writes: replay on retry, 422 on a reused key, 409 while in flight, lost responses."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from shopserver_harness import AgentClient, Shop, chat_for, new_key

REPLAYED = "Idempotent-Replayed"


def _order_of(agent: AgentClient, customer_id: int) -> str:
    orders = agent.get(f"/customers/{customer_id}/orders", params={"limit": 1}).json()["orders"]
    return orders[0]["order_no"]


def _coupon(customer_id: int, order_no: str, amount: float = 5) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "order_no": order_no,
        "template_id": "delay_comp",
        "amount": amount,
        "reason": "到账延迟补偿",
    }


def _coupons_of(agent: AgentClient, order_no: str) -> list[int]:
    return agent.get(f"/orders/{order_no}").json()["coupon_ids"]


def test_same_key_same_body_replays_the_first_response(shop: Shop) -> None:
    agent = shop.login("agent01")
    order_no = _order_of(agent, 10021)
    before = _coupons_of(agent, order_no)
    key = new_key("coupon")
    first = agent.post("/coupons", json=_coupon(10021, order_no), key=key)
    again = agent.post("/coupons", json=_coupon(10021, order_no), key=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers[REPLAYED] == "true"
    assert REPLAYED not in first.headers
    assert _coupons_of(agent, order_no) == [*before, first.json()["id"]]


def test_same_key_different_body_is_refused_with_422(shop: Shop) -> None:
    agent = shop.login("agent01")
    order_no = _order_of(agent, 10022)
    key = new_key("coupon")
    assert agent.post("/coupons", json=_coupon(10022, order_no, 5), key=key).status_code == 201
    clash = agent.post("/coupons", json=_coupon(10022, order_no, 6), key=key)
    assert clash.status_code == 422
    assert clash.json()["error"] == {
        "code": "idempotency_key_reused",
        "message": "this key was already used for a different request",
        "field": "Idempotency-Key",
    }


def test_keys_belong_to_one_agent(shop: Shop) -> None:
    first = shop.login("agent01")
    second = shop.login("agent02")
    key = new_key("shared")
    order_a, order_b = _order_of(first, 10023), _order_of(first, 10024)
    assert first.post("/coupons", json=_coupon(10023, order_a), key=key).status_code == 201
    assert second.post("/coupons", json=_coupon(10024, order_b), key=key).status_code == 201


def test_a_concurrent_duplicate_gets_409_while_the_first_is_in_flight(shop: Shop) -> None:
    agent = shop.login("agent01")
    twin = AgentClient(shop.api, "agent01", agent.login)
    shop.clients.append(twin)
    order_no = _order_of(agent, 10025)
    key = new_key("slow")
    entered, release = threading.Event(), threading.Event()

    def hold(claimed: str) -> None:
        if claimed == key:
            entered.set()
            release.wait(10)

    shop.hooks.after_claim = hold
    results: dict[str, httpx.Response] = {}
    worker = threading.Thread(
        target=lambda: results.setdefault(
            "first", agent.post("/coupons", json=_coupon(10025, order_no), key=key)
        )
    )
    worker.start()
    assert entered.wait(10)
    duplicate = twin.post("/coupons", json=_coupon(10025, order_no), key=key)
    release.set()
    worker.join(10)
    assert duplicate.status_code == 409
    assert duplicate.json()["error"]["code"] == "request_in_flight"
    assert results["first"].status_code == 201
    retry = twin.post("/coupons", json=_coupon(10025, order_no), key=key)
    assert retry.status_code == 201 and retry.json()["id"] == results["first"].json()["id"]


def test_a_response_lost_after_commit_is_returned_on_retry_and_applied_once(shop: Shop) -> None:
    agent = shop.login("agent01")
    order_no = _order_of(agent, 10026)
    before = _coupons_of(agent, order_no)
    key = new_key("lost")
    release = threading.Event()

    def swallow(committed: str) -> None:
        if committed == key:
            release.wait(10)  # committed; the response is not sent before the client gives up

    shop.hooks.after_commit = swallow
    with pytest.raises(httpx.ReadTimeout):
        agent.post("/coupons", json=_coupon(10026, order_no), key=key, timeout=0.5)
    release.set()
    shop.hooks.after_commit = None
    retry = agent.post("/coupons", json=_coupon(10026, order_no), key=key)
    assert retry.status_code == 201 and retry.headers[REPLAYED] == "true"
    assert retry.json()["status"] == "issued"
    after = _coupons_of(agent, order_no)
    assert after == [*before, retry.json()["id"]]
    system_lines = [m for m in agent.all_events() if m["type"] == "coupon.issued"]
    assert [e["data"]["id"] for e in system_lines].count(retry.json()["id"]) == 1


def test_a_second_coupon_with_a_new_key_is_refused_by_policy(shop: Shop) -> None:
    agent = shop.login("agent02")
    order_no = _order_of(agent, 10027)
    assert agent.post("/coupons", json=_coupon(10027, order_no), key=new_key()).status_code == 201
    double = agent.post("/coupons", json=_coupon(10027, order_no), key=new_key())
    assert double.status_code == 409 and double.json()["error"]["code"] == "coupon_exists"


def test_messages_dedupe_on_client_msg_id(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10029)
    first = agent.reply(conv["id"], "您好，正在为您查询", client_msg_id="dup-1")
    again = agent.reply(conv["id"], "您好，正在为您查询", client_msg_id="dup-1")
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"] and again.headers[REPLAYED] == "true"
    texts = [m["text"] for m in agent.get(f"/conversations/{conv['id']}/messages").json()["messages"]]
    assert texts.count("您好，正在为您查询") == 1
    changed = agent.reply(conv["id"], "别的内容", client_msg_id="dup-1")
    assert changed.status_code == 422 and changed.json()["error"]["field"] == "client_msg_id"


def test_customer_messages_dedupe_on_client_msg_id(shop: Shop) -> None:
    first = shop.customer_says(10030, "Steam卡有货吗", client_msg_id="cust-dup")
    again = shop.customer_says(10030, "Steam卡有货吗", client_msg_id="cust-dup")
    assert again["message"]["id"] == first["message"]["id"]
    transcript = [m["text"] for m in shop.customer_transcript(first["conversation"]["id"])]
    assert transcript.count("Steam卡有货吗") == 1


def test_every_keyed_write_replays_instead_of_applying_twice(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10031)
    order_no = conv["order_no"]

    def twice(path: str, body: dict[str, Any] | None) -> httpx.Response:
        key = new_key()
        first = agent.post(path, json=body, key=key)
        second = agent.post(path, json=body, key=key)
        assert first.status_code < 300, (path, first.text)
        assert second.status_code == first.status_code and second.json() == first.json(), path
        assert second.headers[REPLAYED] == "true"
        return first

    before = {
        t["id"] for t in agent.get("/tickets", params={"conversation_id": conv["id"]}).json()["tickets"]
    }
    ticket = twice(
        "/tickets",
        {"conversation_id": conv["id"], "order_no": order_no, "kind": "reissue", "description": "补发"},
    )
    listed = agent.get("/tickets", params={"conversation_id": conv["id"]}).json()["tickets"]
    assert {t["id"] for t in listed} - before == {ticket.json()["id"]}
    article = agent.get("/kb/articles").json()["articles"][0]
    rated = twice(f"/kb/articles/{article['id']}/feedback", {"helpful": True})
    assert rated.json()["helpful"] == article["helpful"] + 1
    twice(f"/conversations/{conv['id']}/close", {"resolution": "resolved"})
    twice(f"/conversations/{conv['id']}/csat-invite", None)
    other = chat_for(shop, agent, 10032)
    twice(f"/conversations/{other['id']}/transfer", {"group": "aftersale"})
    invites = [m for m in shop.customer_transcript(conv["id"]) if "打分" in m["text"]]
    assert len(invites) == 1


def test_writes_without_an_idempotency_key_are_refused(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10033)
    for path, body in (
        ("/coupons", _coupon(10033, conv["order_no"])),
        (f"/conversations/{conv['id']}/close", {"resolution": "resolved"}),
        ("/tickets", {"conversation_id": conv["id"], "kind": "refund", "description": "退款"}),
    ):
        response = agent.post(path, json=body)
        assert response.status_code == 422, path
        assert response.json()["error"]["field"] == "Idempotency-Key"
    assert agent.post("/coupons", json=_coupon(10033, conv["order_no"]), key="has space").status_code == 422
