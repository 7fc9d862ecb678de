"""Bad input gets a clear JSON error and never a crash; text comes back exactly as sent."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from urllib.parse import urlparse

from shopserver_harness import CHANNEL_KEY, Shop, chat_for, new_key


def _error(response: object) -> dict[str, str]:
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    return body["error"]


def test_malformed_json_is_400(shop: Shop) -> None:
    agent = shop.login("agent01")
    for raw in (b"{bad", b'{"client_msg_id": "x", "text": ', b"", b"nul\x00l"):
        response = agent.http.post(
            "/conversations/1/messages", content=raw, headers={"Content-Type": "application/json"}
        )
        assert response.status_code in (400, 422), raw
        assert _error(response)["code"] in ("malformed_json", "malformed_body", "invalid_input")
    response = agent.http.post(
        "/conversations/1/messages", content=b"{bad", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and _error(response)["code"] == "malformed_json"


def test_invalid_utf8_is_400(shop: Shop) -> None:
    agent = shop.login("agent01")
    raw = b'{"client_msg_id": "u1", "text": "\xff\xfe\xc3"}'
    response = agent.http.post(
        "/conversations/1/messages", content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and _error(response)["code"] == "malformed_body"


def test_bodies_over_one_mebibyte_are_413(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10111)
    big = {"client_msg_id": "big", "text": "卡" * 400_000}  # ~1.2 MB as UTF-8
    response = agent.post(f"/conversations/{conv['id']}/messages", json=big)
    assert response.status_code == 413 and _error(response)["code"] == "payload_too_large"

    def chunks() -> Iterator[bytes]:
        yield b'{"client_msg_id": "chunked", "text": "'
        for _ in range(20):
            yield b"x" * 65_536
        yield b'"}'

    streamed = agent.http.post(
        f"/conversations/{conv['id']}/messages",
        content=chunks(),
        headers={"Content-Type": "application/json"},
    )
    assert streamed.status_code == 413 and _error(streamed)["code"] == "payload_too_large"
    assert agent.get("/agents/me").status_code == 200  # the server carries on
    texts = [m["text"] for m in agent.get(f"/conversations/{conv['id']}/messages").json()["messages"]]
    assert all(len(t) < 1000 for t in texts)


def test_a_long_message_under_the_limit_round_trips(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10112)
    text = ("长消息" * 50_000)[:150_000]
    sent = agent.reply(conv["id"], text)
    assert sent.status_code == 201 and sent.json()["text"] == text
    too_long = agent.reply(conv["id"], "x" * 200_001)
    assert too_long.status_code == 422 and _error(too_long)["field"] == "text"


def test_fields_are_validated_and_named(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10113)
    path = f"/conversations/{conv['id']}/messages"
    cases = [
        ({"text": "hi"}, "client_msg_id"),
        ({"client_msg_id": "a", "text": ""}, "text"),
        ({"client_msg_id": "a", "text": 42}, "text"),
        ({"client_msg_id": "a", "text": None}, "text"),
        ({"client_msg_id": "a b", "text": "hi"}, "client_msg_id"),
        ({"client_msg_id": "x" * 201, "text": "hi"}, "client_msg_id"),
        ({"client_msg_id": "a", "text": "nul \u0000 inside"}, "text"),
    ]
    for body, field in cases:
        response = agent.post(path, json=body)
        assert response.status_code == 422, body
        assert _error(response)["field"] == field, (body, response.json())
    surrogate = agent.http.post(
        path,
        content=b'{"client_msg_id": "s", "text": "\\ud800"}',
        headers={"Content-Type": "application/json"},
    )
    assert surrogate.status_code == 422 and _error(surrogate)["field"] == "text"
    not_an_object = agent.post(path, json=["client_msg_id", "text"])
    assert not_an_object.status_code == 422
    plain = agent.http.post(path, content=b"hello", headers={"Content-Type": "text/plain"})
    assert plain.status_code == 422
    for params, field in (({"status": "everything"}, "status"), ({"limit": "lots"}, "limit")):
        response = agent.get("/conversations", params=params)
        assert response.status_code == 422 and _error(response)["field"] == field
    huge_id = agent.get("/conversations/99999999999999999999999")
    assert huge_id.status_code == 422 and _error(huge_id)["field"] == "conversation_id"


def test_unknown_paths_and_methods_are_json_errors(shop: Shop) -> None:
    client = shop.anonymous()
    missing = client.get("/no/such/thing")
    assert missing.status_code == 404 and _error(missing)["code"] == "not_found"
    wrong = client.delete("/auth/login")
    assert wrong.status_code == 405 and _error(wrong)["code"] == "method_not_allowed"
    outside = client.get(shop.server.url + "/api/v2/conversations")
    assert outside.status_code == 404 and _error(outside)


def test_the_channel_needs_its_key(shop: Shop) -> None:
    client = shop.anonymous()
    body = {"customer_id": 10114, "client_msg_id": new_key(), "text": "在吗"}
    for headers in ({}, {"X-Channel-Key": "wrong"}):
        response = client.post("/channel/messages", json=body, headers=headers)
        assert response.status_code == 401 and _error(response)["code"] == "bad_channel_key"
    unknown = client.post(
        "/channel/messages", json={**body, "customer_id": 99}, headers={"X-Channel-Key": CHANNEL_KEY}
    )
    assert unknown.status_code == 404


def test_a_server_failure_is_a_json_500_and_the_server_keeps_going(crashing_shop: Shop) -> None:
    client = crashing_shop.anonymous()
    body = {"customer_id": 10115, "client_msg_id": new_key(), "text": "💥 boom"}
    response = client.post("/channel/messages", json=body, headers={"X-Channel-Key": CHANNEL_KEY})
    assert response.status_code == 500
    assert _error(response) == {
        "code": "internal_error",
        "message": "the server failed; the request can be retried",
    }
    fine = crashing_shop.customer_says(10115, "在吗")
    assert fine["message"]["text"] == "在吗"


def test_a_client_that_vanishes_mid_request_does_not_hurt_the_server(shop: Shop) -> None:
    agent = shop.login("agent01")
    url = urlparse(shop.api)
    body = json.dumps({"client_msg_id": "gone", "text": "half"}).encode()
    with socket.create_connection((url.hostname, url.port)) as sock:
        head = (
            f"POST {url.path}/conversations/1/messages HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {agent.token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body) + 100}\r\n\r\n"
        )
        sock.sendall(head.encode() + body)  # promises more bytes than it sends, then hangs up
    assert agent.get("/agents/me").status_code == 200
