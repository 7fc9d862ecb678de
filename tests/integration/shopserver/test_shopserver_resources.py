"""Customers, orders, coupons (with supervisor approval), tickets, knowledge base, metrics."""

from __future__ import annotations

from shopserver_harness import Shop, chat_for, new_key


def test_customer_profile_has_level_tags_risk_flags_and_stats(shop: Shop) -> None:
    agent = shop.login("agent01")
    profiles = [agent.get(f"/customers/{cid}").json() for cid in range(10001, 10061)]
    assert all(p["stats"]["orders"] >= 3 for p in profiles)
    vip = agent.get("/customers/10008").json()
    assert vip["level"] == "vip" and vip["vip_agent_id"] == "vip01" and "VIP" in vip["tags"]
    flagged = [p for p in profiles if p["risk_flags"]]
    assert flagged and {f["code"] for p in flagged for f in p["risk_flags"]} <= {
        "new_ip_login",
        "repeated_failed_payments",
        "many_refunds",
    }
    assert agent.get("/customers/99").status_code == 404
    assert agent.get("/customers/abc").status_code == 422


def test_customer_orders_are_newest_first_and_limited(shop: Shop) -> None:
    agent = shop.login("agent01")
    orders = agent.get("/customers/10002/orders", params={"limit": 3}).json()["orders"]
    assert len(orders) == 3
    assert [o["created_at"] for o in orders] == sorted((o["created_at"] for o in orders), reverse=True)
    assert agent.get("/customers/10002/orders", params={"limit": 0}).status_code == 422


def test_order_detail_has_items_payment_timeline_and_delivery(shop: Shop) -> None:
    agent = shop.login("agent01")
    orders = agent.get("/customers/10010/orders", params={"limit": 20}).json()["orders"]
    delivered = next(o for o in orders if o["status"] == "delivered")
    order = agent.get(f"/orders/{delivered['order_no']}").json()
    assert order == delivered
    item = order["items"][0]
    assert item["card_type"] and item["face_value"] > 0 and item["price"] > 0
    assert any(p["status"] == "succeeded" for p in order["payments"])
    assert [e["status"] for e in order["timeline"]][:2] == ["created", "paid"]
    delivery = order["deliveries"][0]
    assert delivery["kind"] in ("card_key", "topup")
    if delivery["kind"] == "card_key":
        assert delivery["card_secret"] and delivery["status"] == "issued"
    else:
        assert delivery["status"] == "succeeded" and delivery["target"]
    missing = agent.get("/orders/KM1999010100000000")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "order_not_found"
    assert agent.get("/orders/bad-order!").status_code in (404, 422)


def test_coupon_within_the_limit_is_issued_and_shown_in_chat_and_order(shop: Shop) -> None:
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10035)
    templates = agent.get("/coupon-templates").json()
    assert templates["policy"]["agent_limit"] == 20.0
    delay = next(t for t in templates["templates"] if t["id"] == "delay_comp")
    assert delay["min_amount"] <= delay["default_amount"] <= delay["max_amount"]
    cursor = agent.last_seq()
    body = {
        "customer_id": 10035,
        "order_no": conv["order_no"],
        "template_id": "delay_comp",
        "amount": 8,
        "reason": "话费延迟到账",
        "conversation_id": conv["id"],
    }
    issued = agent.post("/coupons", json=body, key=new_key())
    assert issued.status_code == 201
    coupon = issued.json()
    assert coupon["status"] == "issued" and coupon["code"] and coupon["amount"] == 8.0
    events = agent.all_events(cursor)
    assert [e["data"]["id"] for e in events if e["type"] == "coupon.issued"] == [coupon["id"]]
    assert coupon["code"] in shop.customer_transcript(conv["id"])[-1]["text"]
    assert coupon["id"] in agent.get(f"/orders/{conv['order_no']}").json()["coupon_ids"]
    assert agent.get(f"/coupons/{coupon['id']}").json() == coupon


def test_coupon_above_the_limit_waits_for_a_supervisor(shop: Shop) -> None:
    agent = shop.login("agent02")
    supervisor = shop.login("sup01")
    order_no = agent.get("/customers/10036/orders", params={"limit": 1}).json()["orders"][0]["order_no"]
    body = {
        "customer_id": 10036,
        "order_no": order_no,
        "template_id": "card_issue_comp",
        "amount": 30,
        "reason": "卡密无效",
    }
    pending = agent.post("/coupons", json=body, key=new_key())
    assert pending.status_code == 202 and pending.json()["status"] == "pending_approval"
    assert pending.json()["code"] is None
    coupon_id = pending.json()["id"]
    queue = supervisor.get("/coupons", params={"status": "pending_approval"}).json()["coupons"]
    assert coupon_id in [c["id"] for c in queue]
    assert any(
        e["type"] == "coupon.updated" and e["data"]["id"] == coupon_id for e in supervisor.all_events()
    )
    refused = agent.post(f"/coupons/{coupon_id}/approve", json={}, key=new_key())
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "supervisor_only"
    cursor = agent.last_seq()
    approved = supervisor.post(f"/coupons/{coupon_id}/approve", json={"note": "核实无误"}, key=new_key())
    assert approved.status_code == 200
    assert approved.json()["status"] == "issued" and approved.json()["decided_by"] == "sup01"
    assert any(
        e["type"] == "coupon.issued" and e["data"]["id"] == coupon_id for e in agent.all_events(cursor)
    )
    again = supervisor.post(f"/coupons/{coupon_id}/reject", json={}, key=new_key())
    assert again.status_code == 409 and again.json()["error"]["code"] == "not_pending"


def test_a_supervisor_can_reject_a_pending_coupon(shop: Shop) -> None:
    agent = shop.login("agent03")
    supervisor = shop.login("sup01")
    order_no = agent.get("/customers/10037/orders", params={"limit": 1}).json()["orders"][0]["order_no"]
    body = {
        "customer_id": 10037,
        "order_no": order_no,
        "template_id": "apology",
        "amount": 25,
        "reason": "服务不佳",
    }
    coupon_id = agent.post("/coupons", json=body, key=new_key()).json()["id"]
    rejected = supervisor.post(f"/coupons/{coupon_id}/reject", json={}, key=new_key())
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    mine = agent.get("/coupons").json()["coupons"]
    assert next(c for c in mine if c["id"] == coupon_id)["status"] == "rejected"


def test_coupon_policy_is_enforced_field_by_field(shop: Shop) -> None:
    agent = shop.login("agent01")
    other_order = agent.get("/customers/10039/orders", params={"limit": 1}).json()["orders"][0]["order_no"]
    base = {"customer_id": 10038, "template_id": "delay_comp", "amount": 5, "reason": "补偿"}
    cases = [
        ({**base, "amount": 21}, "amount"),
        ({**base, "amount": 0}, "amount"),
        ({**base, "amount": -3}, "amount"),
        ({**base, "template_id": "free_money"}, "template_id"),
        ({**base, "customer_id": 1}, "customer_id"),
        ({**base, "order_no": other_order}, "order_no"),
        ({**base, "reason": ""}, "reason"),
        ({k: v for k, v in base.items() if k != "reason"}, "reason"),
    ]
    for body, field in cases:
        response = agent.post("/coupons", json=body, key=new_key())
        assert response.status_code == 422, (body, response.text)
        assert response.json()["error"]["field"] == field, (body, response.json())
    assert agent.get("/coupons/999999").status_code == 404


def test_ticket_progress_nodes_notify_agent_and_customer(shop: Shop) -> None:
    agent = shop.login("agent01")
    supervisor = shop.login("sup01")
    conv = chat_for(shop, agent, 10041, "话费有200面值的吗")
    order_no = agent.get("/customers/10041/orders", params={"limit": 1}).json()["orders"][0]["order_no"]
    cursor = agent.last_seq()
    body = {
        "conversation_id": conv["id"],
        "order_no": order_no,
        "kind": "reissue",
        "description": "卡密无效，申请补发",
    }
    created = agent.post("/tickets", json=body, key=new_key())
    assert created.status_code == 201
    ticket = created.json()
    assert ticket["node"] == "submitted" and ticket["node_label"] == "提交"
    assert [p["label"] for p in ticket["progress"]] == ["提交"]
    assert ticket["review_deadline"] > ticket["created_at"]
    assert set(ticket["user_tags"]) <= {"高频用户", "首次售后", "VIP", "价格敏感", "新用户"}
    for node, label in (("reviewing", "审核中"), ("reissued", "已补发"), ("done", "完成")):
        moved = supervisor.post(f"/tickets/{ticket['id']}/advance", json={"node": node}, key=new_key())
        assert moved.status_code == 200, moved.text
        assert moved.json()["node_label"] == label
    final = agent.get(f"/tickets/{ticket['id']}").json()
    assert [p["label"] for p in final["progress"]] == ["提交", "审核中", "已补发", "完成"]
    times = [p["at"] for p in final["progress"]]
    assert times == sorted(times)
    updates = [e["data"]["node"] for e in agent.all_events(cursor) if e["type"] == "ticket.updated"]
    assert updates == ["submitted", "reviewing", "reissued", "done"]
    notices = [m["text"] for m in shop.customer_transcript(conv["id"]) if m["sender"] == "system"]
    assert len([n for n in notices if f"#{ticket['id']}" in n]) == 4
    order = agent.get(f"/orders/{order_no}").json()
    assert ticket["id"] in order["ticket_ids"] and "补发" in order["timeline"][-1]["note"]


def test_ticket_rules_invalid_moves_and_rights(shop: Shop) -> None:
    agent = shop.login("agent02")
    supervisor = shop.login("sup01")
    conv = chat_for(shop, agent, 10042)
    body = {"conversation_id": conv["id"], "kind": "refund", "description": "不想要了"}
    ticket = agent.post("/tickets", json=body, key=new_key()).json()
    assert (
        agent.post(f"/tickets/{ticket['id']}/advance", json={"node": "reviewing"}, key=new_key()).status_code
        == 403
    )
    jump = supervisor.post(f"/tickets/{ticket['id']}/advance", json={"node": "done"}, key=new_key())
    assert jump.status_code == 409 and jump.json()["error"]["code"] == "invalid_transition"
    supervisor.post(f"/tickets/{ticket['id']}/advance", json={"node": "reviewing"}, key=new_key())
    refunded = supervisor.post(f"/tickets/{ticket['id']}/advance", json={"node": "refunded"}, key=new_key())
    assert refunded.json()["node_label"] == "已退款"
    assert agent.get("/tickets/999999").status_code == 404
    stranger = shop.login("agent03")
    foreign = stranger.post("/tickets", json=body, key=new_key())
    assert foreign.status_code == 403
    wrong_kind = agent.post("/tickets", json={**body, "kind": "magic"}, key=new_key())
    assert wrong_kind.status_code == 422 and wrong_kind.json()["error"]["field"] == "kind"
    mine = agent.get("/tickets").json()["tickets"]
    assert ticket["id"] in [t["id"] for t in mine]


def test_knowledge_base_layers_sync_and_feedback(shop: Shop) -> None:
    agent = shop.login("agent01")
    other = shop.login("agent02")
    articles = agent.get("/kb/articles").json()["articles"]
    assert len(articles) >= 40
    assert {a["layer"] for a in articles} == {"general", "scenario", "offer"}
    newest = max(a["updated_at"] for a in articles)
    assert agent.get("/kb/articles", params={"updated_after": newest}).json()["articles"] == []
    target = articles[3]
    cursor = other.last_seq()
    for _ in range(8):
        rated = agent.post(f"/kb/articles/{target['id']}/feedback", json={"helpful": False}, key=new_key())
        assert rated.status_code == 200
    assert rated.json()["unhelpful"] == target["unhelpful"] + 8
    changed = agent.get("/kb/articles", params={"updated_after": newest}).json()["articles"]
    assert [a["id"] for a in changed] == [target["id"]]
    kb_events = [e for e in other.all_events(cursor) if e["type"] == "kb.updated"]
    assert len(kb_events) == 8 and kb_events[-1]["data"]["unhelpful"] == rated.json()["unhelpful"]
    assert agent.post("/kb/articles/99999/feedback", json={"helpful": True}, key=new_key()).status_code == 404
    assert agent.get("/kb/articles", params={"updated_after": "not-a-time"}).status_code == 422


def test_an_article_rated_unhelpful_is_flagged_for_review(shop: Shop) -> None:
    agent = shop.login("agent01")
    target = agent.get("/kb/articles").json()["articles"][5]
    rated = target
    for _ in range(target["helpful"] * 3 + 5):
        rated = agent.post(
            f"/kb/articles/{target['id']}/feedback", json={"helpful": False}, key=new_key()
        ).json()
    assert rated["flagged"] is True
