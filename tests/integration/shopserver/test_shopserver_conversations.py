"""Conversations and messages: routing to an agent, replies, accept, transfer, close, CSAT."""

from __future__ import annotations

from shopserver_harness import RECHARGE_PROBLEM, Shop, chat_for, new_key


def test_new_chat_is_routed_to_the_online_agent_of_its_group(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    cursor = agent.last_seq()
    accepted = humans_only.customer_says(10002, RECHARGE_PROBLEM)
    conv = accepted["conversation"]
    assert conv["status"] == "assigned" and conv["agent_id"] == "agent01"
    assert conv["group"] == "recharge" and conv["intent"] == "not_received"
    events = agent.all_events(cursor)
    assigned = [e for e in events if e["type"] == "conversation.assigned" and e["data"]["id"] == conv["id"]]
    assert len(assigned) == 1
    mine = agent.get("/conversations", params={"status": "mine"}).json()["conversations"]
    assert conv["id"] in [c["id"] for c in mine]
    transcript = agent.get(f"/conversations/{conv['id']}/messages").json()
    assert [m["text"] for m in transcript["messages"]] == [RECHARGE_PROBLEM]


def test_reply_text_is_stored_and_returned_exactly_as_given(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    conv = chat_for(humans_only, agent, 10003)
    texts = [
        "<script>alert('x')</script><b>您好</b>&amp;",
        "emoji 😀🎉 and RTL مرحبا بالعالم",
        "  leading and trailing spaces  \n second line\t",
        "订单 KM2026112300001234 已为您补发 ✓",
    ]
    for text in texts:
        response = agent.reply(conv["id"], text)
        assert response.status_code == 201, response.text
        assert response.json()["text"] == text
        assert response.json()["sender"] == "agent" and response.json()["agent_id"] == "agent01"
    stored = [m["text"] for m in agent.get(f"/conversations/{conv['id']}/messages").json()["messages"]]
    assert stored[-4:] == texts
    seen_by_customer = [m["text"] for m in humans_only.customer_transcript(conv["id"])]
    assert seen_by_customer[-4:] == texts
    created = [e["data"]["text"] for e in agent.all_events() if e["type"] == "message.created"]
    assert created[-4:] == texts


def test_customer_html_text_reaches_the_agent_verbatim(humans_only: Shop) -> None:
    agent = humans_only.login("agent02")
    conv = chat_for(humans_only, agent, 10004)
    nasty = '<img src=x onerror="alert(1)"> 话费呢？？'
    humans_only.customer_says(10004, nasty)
    messages = agent.get(f"/conversations/{conv['id']}/messages").json()["messages"]
    assert messages[-1]["text"] == nasty and messages[-1]["sender"] == "customer"


def test_message_pages_go_back_in_time(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    conv = chat_for(humans_only, agent, 10005)
    for n in range(7):
        assert agent.reply(conv["id"], f"第{n}条").status_code == 201
    newest = agent.get(f"/conversations/{conv['id']}/messages", params={"limit": 3}).json()
    assert [m["text"] for m in newest["messages"]] == ["第4条", "第5条", "第6条"] and newest["has_more"]
    before = newest["messages"][0]["id"]
    older = agent.get(f"/conversations/{conv['id']}/messages", params={"limit": 3, "before": before}).json()
    assert [m["text"] for m in older["messages"]] == ["第1条", "第2条", "第3条"] and older["has_more"]
    oldest = agent.get(
        f"/conversations/{conv['id']}/messages", params={"limit": 3, "before": older["messages"][0]["id"]}
    ).json()
    assert [m["text"] for m in oldest["messages"]] == [RECHARGE_PROBLEM, "第0条"] and not oldest["has_more"]


def test_waiting_queue_is_ordered_by_anger_then_vip_then_wait(humans_only: Shop) -> None:
    shop = humans_only
    sup = shop.login("sup01")
    assert sup.put("/agents/me/presence", json={"status": "away"}).status_code == 200
    calm = shop.customer_says(10012, "我充的话费没到账")["conversation"]
    vip = shop.customer_says(10028, "我充的话费没到账")["conversation"]
    angry = shop.customer_says(10013, "充的话费没到账！！！你们是骗子吧，12315见")["conversation"]
    later_calm = shop.customer_says(10014, "我充的话费没到账")["conversation"]
    assert angry["angry"] and angry["priority"] > vip["priority"] > calm["priority"]
    queue = sup.get("/conversations", params={"status": "waiting"}).json()["conversations"]
    ours = [c["id"] for c in queue if c["id"] in {calm["id"], vip["id"], angry["id"], later_calm["id"]}]
    assert ours == [angry["id"], vip["id"], calm["id"], later_calm["id"]]
    priorities = [c["priority"] for c in queue]
    assert priorities == sorted(priorities, reverse=True)


def test_accept_takes_a_waiting_chat_once(humans_only: Shop) -> None:
    shop = humans_only
    first = shop.login("agent01")
    second = shop.login("agent02")
    for agent in (first, second):
        assert agent.put("/agents/me/presence", json={"status": "away"}).status_code == 200
    conv = shop.customer_says(10015, RECHARGE_PROBLEM)["conversation"]
    assert conv["status"] == "waiting" and conv["group"] == "recharge"
    taken = first.post(f"/conversations/{conv['id']}/accept")
    assert taken.status_code == 200 and taken.json()["agent_id"] == "agent01" and taken.json()["accepted_at"]
    again = first.post(f"/conversations/{conv['id']}/accept")
    assert again.status_code == 200 and again.json()["agent_id"] == "agent01"
    late = second.post(f"/conversations/{conv['id']}/accept")
    assert late.status_code == 409 and late.json()["error"]["code"] == "already_assigned"
    outsider = shop.login("agent03")  # not in the recharge group: may not even see it
    assert outsider.post(f"/conversations/{conv['id']}/accept").status_code == 403


def test_agents_see_only_their_chats_and_their_groups_queue(humans_only: Shop) -> None:
    shop = humans_only
    owner = shop.login("agent01")
    colleague = shop.login("agent03")  # game_cards + aftersale: not recharge
    conv = chat_for(shop, owner, 10016)
    for path in (f"/conversations/{conv['id']}", f"/conversations/{conv['id']}/messages"):
        denied = colleague.get(path)
        assert denied.status_code == 403 and denied.json()["error"]["code"] == "not_your_conversation"
    assert colleague.reply(conv["id"], "我来插一句").status_code == 403
    for action in ("close", "transfer", "csat-invite"):
        body = {"resolution": "resolved"} if action == "close" else {"group": "presale"}
        response = colleague.post(f"/conversations/{conv['id']}/{action}", json=body, key=new_key())
        assert response.status_code == 403, (action, response.text)
    supervisor = shop.login("sup01")
    assert supervisor.get(f"/conversations/{conv['id']}").status_code == 200
    assert owner.get("/conversations/999999").status_code == 404
    recent = [e for e in colleague.all_events() if e["type"] == "message.created"]
    assert all(e["data"]["conversation_id"] != conv["id"] for e in recent)


def test_transfer_to_a_colleague_moves_the_chat_and_its_rights(humans_only: Shop) -> None:
    shop = humans_only
    owner = shop.login("agent01")
    target = shop.login("agent02")
    conv = chat_for(shop, owner, 10017)
    cursor = target.last_seq()
    moved = owner.post(f"/conversations/{conv['id']}/transfer", json={"agent_id": "agent02"}, key=new_key())
    assert moved.status_code == 200 and moved.json()["agent_id"] == "agent02"
    assert any(
        e["type"] == "conversation.assigned" and e["data"]["id"] == conv["id"]
        for e in target.all_events(cursor)
    )
    assert owner.get(f"/conversations/{conv['id']}").status_code == 403
    assert target.reply(conv["id"], "您好，我接手了").status_code == 201
    bad = target.post(f"/conversations/{conv['id']}/transfer", json={"agent_id": "nobody"}, key=new_key())
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "agent_id"
    both = target.post(
        f"/conversations/{conv['id']}/transfer", json={"agent_id": "agent01", "group": "vip"}, key=new_key()
    )
    assert both.status_code == 422


def test_transfer_to_a_group_puts_the_chat_in_that_queue(humans_only: Shop) -> None:
    shop = humans_only
    owner = shop.login("agent02")
    conv = chat_for(shop, owner, 10018)
    moved = owner.post(f"/conversations/{conv['id']}/transfer", json={"group": "game_cards"}, key=new_key())
    assert moved.status_code == 200
    assert moved.json()["group"] == "game_cards" and moved.json()["status"] == "waiting"
    game_agent = shop.login("agent03")  # logging in takes waiting chats of their groups
    mine = game_agent.get("/conversations", params={"status": "mine"}).json()["conversations"]
    assert conv["id"] in [c["id"] for c in mine]
    unknown = game_agent.post(f"/conversations/{conv['id']}/transfer", json={"group": "nope"}, key=new_key())
    assert unknown.status_code == 422 and unknown.json()["error"]["field"] == "group"


def test_close_then_csat_invite_then_customer_rates(humans_only: Shop) -> None:
    shop = humans_only
    agent = shop.login("agent01")
    conv = chat_for(shop, agent, 10019)
    assert agent.reply(conv["id"], "已为您处理好了").status_code == 201
    cursor = agent.last_seq()
    closed = agent.post(f"/conversations/{conv['id']}/close", json={"resolution": "resolved"}, key=new_key())
    assert closed.status_code == 200
    assert closed.json()["status"] == "closed" and closed.json()["resolution"] == "resolved"
    assert (
        agent.post(
            f"/conversations/{conv['id']}/close", json={"resolution": "resolved"}, key=new_key()
        ).json()["error"]["code"]
        == "conversation_closed"
    )
    assert agent.reply(conv["id"], "还有吗").status_code == 409
    invited = agent.post(f"/conversations/{conv['id']}/csat-invite", key=new_key())
    assert invited.status_code == 200 and invited.json()["csat_invited_at"]
    assert agent.post(f"/conversations/{conv['id']}/csat-invite", key=new_key()).status_code == 409
    assert "打分" in shop.customer_transcript(conv["id"])[-1]["text"]
    rated = shop.customer_rates(conv["id"], 5)
    assert rated.status_code == 200 and rated.json()["csat_score"] == 5
    assert shop.customer_rates(conv["id"], 4).status_code == 409
    types = [(e["type"], e["data"].get("id")) for e in agent.all_events(cursor)]
    assert ("conversation.closed", conv["id"]) in types
    updates = [e for e in agent.all_events(cursor) if e["type"] == "conversation.updated"]
    assert updates[-1]["data"]["csat_score"] == 5
    closed_list = agent.get("/conversations", params={"status": "closed"}).json()["conversations"]
    assert closed_list[0]["id"] == conv["id"]
    assert agent.get(f"/conversations/{conv['id']}").status_code == 200


def test_closing_frees_a_slot_for_the_next_waiting_chat(humans_only: Shop) -> None:
    shop = humans_only
    agent = shop.login("agent02")
    load = agent.get("/agents/me").json()["load"]
    chats = [chat_for(shop, agent, 10040 + n)["id"] for n in range(8 - load)]
    me = agent.get("/agents/me").json()
    assert me["load"] == me["max_concurrent"] == 8
    overflow = shop.customer_says(10060, RECHARGE_PROBLEM)["conversation"]
    assert overflow["status"] == "waiting"
    agent.post(f"/conversations/{chats[0]}/close", json={"resolution": "resolved"}, key=new_key())
    now_mine = agent.get(f"/conversations/{overflow['id']}").json()
    assert now_mine["status"] == "assigned" and now_mine["agent_id"] == "agent02"
