"""Routing by the engine's tags (skill group, VIP desk, load) and the first-line bot."""

from __future__ import annotations

import pytest
from shopserver_harness import Shop, new_key

VIP_CUSTOMER = 10048  # every 20th demo customer is VIP, served by vip01


@pytest.mark.usefixtures("real_engine")
def test_skill_group_follows_intent_and_card_type(humans_only: Shop) -> None:
    supervisor = humans_only.login("sup01")
    supervisor.put("/agents/me/presence", json={"status": "away"})
    cases = {
        10061: ("Steam卡密用不了，提示无效", "game_cards"),
        10062: ("充100话费要多久到账", "recharge"),
        10063: ("我要退款，投诉你们", "aftersale"),
        10064: ("王者荣耀点券能直充吗", "game_cards"),
    }
    for customer_id, (text, group) in cases.items():
        conv = humans_only.customer_says(customer_id, text)["conversation"]
        assert conv["group"] == group, (text, conv)
        assert conv["status"] == "waiting"
        assert conv["intent"] and conv["order_no"]  # looked up from the customer's latest order
        assert conv["order_status"]


def test_vip_customer_goes_to_their_own_agent(humans_only: Shop) -> None:
    desk = humans_only.login("vip01")
    conv = humans_only.customer_says(VIP_CUSTOMER, "我充的话费一直没到账")["conversation"]
    assert conv["vip"] and conv["status"] == "assigned" and conv["agent_id"] == "vip01"
    assert any(
        e["type"] == "conversation.assigned" and e["data"]["id"] == conv["id"] for e in desk.all_events()
    )


def test_vip_customer_waits_in_the_vip_group_while_their_agent_is_offline(humans_only: Shop) -> None:
    conv = humans_only.customer_says(VIP_CUSTOMER, "我充的话费一直没到账")["conversation"]
    assert conv["status"] == "waiting" and conv["group"] == "vip" and conv["priority"] >= 1
    supervisor = humans_only.login("sup01")  # in the VIP group: takes the queue when coming online
    assert supervisor.get(f"/conversations/{conv['id']}").json()["agent_id"] == "sup01"


def test_new_chats_go_to_the_least_loaded_online_agent(humans_only: Shop) -> None:
    first = humans_only.login("agent01")
    second = humans_only.login("agent02")
    assigned = []
    for customer_id in range(10070, 10076):
        conv = humans_only.customer_says(customer_id, "我充的话费一直没到账")["conversation"]
        assigned.append(conv["agent_id"])
    loads = {a["id"]: a["load"] for a in first.get("/agents").json()["agents"]}
    assert set(assigned) == {"agent01", "agent02"}
    assert abs(loads["agent01"] - loads["agent02"]) <= 1
    assert second.get("/agents/me").json()["load"] == loads["agent02"]


def test_an_away_agent_gets_no_new_chats(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    agent.put("/agents/me/presence", json={"status": "away"})
    conv = humans_only.customer_says(10077, "我充的话费一直没到账")["conversation"]
    assert conv["status"] == "waiting"
    back = agent.put("/agents/me/presence", json={"status": "online"})
    assert back.status_code == 200
    assert agent.get(f"/conversations/{conv['id']}").json()["agent_id"] == "agent01"


@pytest.mark.usefixtures("real_engine")
def test_bot_answers_from_the_knowledge_base_then_hands_off_after_three_tries(shop: Shop) -> None:
    agent = shop.login("agent04")
    articles = agent.get("/kb/articles").json()["articles"]
    presale_bodies = {a["body"] for a in articles if a["intent"] == "presale_product"}
    first = shop.customer_says(10081, "Steam卡有货吗")["conversation"]
    assert first["status"] == "bot"
    for text in ("Steam充值卡是国区的吗", "Steam卡有货吗"):
        assert shop.customer_says(10081, text)["conversation"]["status"] == "bot"
    transcript = shop.customer_transcript(first["id"])
    bot_lines = [m["text"] for m in transcript if m["sender"] == "bot"]
    assert len(bot_lines) == 3 and all(line in presale_bodies for line in bot_lines)
    handed = shop.customer_says(10081, "没看懂")["conversation"]  # unsatisfied, nothing to act on
    assert handed["status"] == "assigned" and handed["handoff_reason"] == "bot_unsatisfied"
    assert handed["group"] == "game_cards" and handed["agent_id"] == "agent04"
    seen = agent.get(f"/conversations/{first['id']}/messages").json()["messages"]
    assert [m["sender"] for m in seen].count("bot") == 4  # the whole bot transcript, handoff notice included


def test_bot_hands_off_at_once_on_request_or_anger(shop: Shop) -> None:
    human = shop.customer_says(10082, "转人工")["conversation"]
    assert human["status"] in ("waiting", "assigned") and human["handoff_reason"] == "human_requested"
    angry = shop.customer_says(10083, "充的话费没到账！！！你们是骗子吧，12315见")["conversation"]
    assert angry["angry"] and angry["handoff_reason"] == "anger"
    assert angry["status"] == "waiting" and angry["priority"] >= 2


def test_bot_opens_an_aftersale_ticket_with_user_tags(shop: Shop) -> None:
    agent = shop.login("agent02")
    customer_id = next(
        c for c in range(10084, 10200) if agent.get(f"/customers/{c}").json()["stats"]["aftersales"] == 0
    )
    conv = shop.customer_says(customer_id, "我充的话费一直没到账")["conversation"]
    assert conv["handoff_reason"] == "aftersale_ticket" and conv["agent_id"] == "agent02"
    tickets = agent.get("/tickets", params={"conversation_id": conv["id"]}).json()["tickets"]
    assert len(tickets) == 1
    ticket = tickets[0]
    assert ticket["kind"] == "reissue" and ticket["node"] == "submitted" and ticket["agent_id"] is None
    assert ticket["order_no"] == conv["order_no"]
    assert "首次售后" in ticket["user_tags"]
    assert set(ticket["user_tags"]) <= {"高频用户", "首次售后", "VIP", "价格敏感", "新用户"}
    bot_lines = [m["text"] for m in shop.customer_transcript(conv["id"]) if m["sender"] == "bot"]
    assert any(f"#{ticket['id']}" in line for line in bot_lines)
    events = [e for e in agent.all_events() if e["type"] == "ticket.updated"]
    assert events and events[-1]["data"]["id"] == ticket["id"]


def test_bot_closes_the_chat_when_the_customer_is_satisfied(shop: Shop) -> None:
    conv = shop.customer_says(10085, "你们有优惠券吗")["conversation"]
    assert conv["status"] == "bot"
    done = shop.customer_says(10085, "好的谢谢")["conversation"]
    assert done["status"] == "closed" and done["resolution"] == "bot_resolved"
    again = shop.customer_says(10085, "在吗")["conversation"]
    assert again["id"] != conv["id"] and again["status"] == "bot"


def test_anger_in_an_assigned_chat_updates_its_tags(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    conv = humans_only.customer_says(10086, "我充的话费一直没到账")["conversation"]
    assert conv["agent_id"] == "agent01" and not conv["angry"]
    cursor = agent.last_seq()
    humans_only.customer_says(10086, "半天没人理，骗子平台！！！12315见")
    updates = [e for e in agent.all_events(cursor) if e["type"] == "conversation.updated"]
    assert updates and updates[-1]["data"]["angry"] is True
    assert agent.post(f"/conversations/{conv['id']}/close", json={"resolution": "resolved"}, key=new_key())
