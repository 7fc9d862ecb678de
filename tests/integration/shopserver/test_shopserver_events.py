"""The event feed: long-poll and SSE, resume with no gap and no duplicate, heartbeats, audience."""

from __future__ import annotations

import threading
import time
from typing import Any

from shopserver_harness import AgentClient, Shop, SseReader, chat_for


def _traffic(shop: Shop, customer_id: int, count: int, tag: str) -> None:
    for n in range(count):
        shop.customer_says(customer_id, f"{tag} 第{n}条：话费还没到账吗")


def test_long_poll_returns_at_once_when_events_exist(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    chat_for(humans_only, agent, 10101)
    started = time.monotonic()
    batch = agent.events(after=0, wait=25)
    assert time.monotonic() - started < 3
    seqs = [e["seq"] for e in batch["events"]]
    assert seqs and seqs == sorted(set(seqs)) and batch["last_seq"] == seqs[-1]


def test_long_poll_waits_when_nothing_is_new(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    head = agent.last_seq()
    started = time.monotonic()
    batch = agent.events(after=head, wait=0.6)
    assert time.monotonic() - started >= 0.5
    assert batch == {"events": [], "last_seq": head}


def test_long_poll_wakes_as_soon_as_an_event_commits(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    conv = chat_for(humans_only, agent, 10102)
    head = agent.last_seq()
    result: dict[str, Any] = {}

    def poll() -> None:
        started = time.monotonic()
        result["batch"] = agent.events(after=head, wait=20)
        result["took"] = time.monotonic() - started

    worker = threading.Thread(target=poll)
    worker.start()
    time.sleep(0.3)
    humans_only.customer_says(10102, "在吗，到账了没")
    worker.join(10)
    assert result["took"] < 5
    created = [e for e in result["batch"]["events"] if e["type"] == "message.created"]
    assert created[0]["data"]["conversation_id"] == conv["id"]
    assert created[0]["data"]["text"] == "在吗，到账了没"


def test_sse_sends_events_and_heartbeats(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    conv = chat_for(humans_only, agent, 10103)
    head = agent.last_seq()
    stream = SseReader(humans_only.api, agent.token, last_event_id=head)
    try:
        assert stream.status == 200
        comments = []
        while len(comments) < 2:
            frame = stream.next(3)
            if frame.kind == "comment":
                comments.append(frame.comment)
        assert comments == ["heartbeat", "heartbeat"]
        humans_only.customer_says(10103, "<b>加急</b> 谢谢")
        [frame] = stream.events(1)
        assert frame.event == "message.created" and frame.id is not None and frame.id > head
        assert frame.data is not None
        assert frame.data["seq"] == frame.id and frame.data["data"]["text"] == "<b>加急</b> 谢谢"
        assert frame.data["data"]["conversation_id"] == conv["id"]
        assert agent.events(after=head)["events"][0] == frame.data
    finally:
        stream.close()


def test_sse_resume_with_last_event_id_has_no_gap_and_no_duplicate(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    chat_for(humans_only, agent, 10104)
    start = agent.last_seq()
    _traffic(humans_only, 10104, 6, "A")
    first = SseReader(humans_only.api, agent.token, last_event_id=start)
    seen = first.events(4)
    first.close()  # the connection drops mid-way
    _traffic(humans_only, 10104, 5, "B")
    second = SseReader(humans_only.api, agent.token, last_event_id=seen[-1].id)
    expected = [e["seq"] for e in agent.all_events(start)]
    rest = second.events(len(expected) - 4)
    second.close()
    got = [f.id for f in seen + rest]
    assert got == expected and len(set(got)) == len(got)
    assert got == sorted(got)
    texts = [f.data["data"]["text"] for f in seen + rest if f.event == "message.created" and f.data]
    assert texts == [f"A 第{n}条：话费还没到账吗" for n in range(6)] + [
        f"B 第{n}条：话费还没到账吗" for n in range(5)
    ]


def test_resume_across_transports_keeps_the_sequence(humans_only: Shop) -> None:
    agent = humans_only.login("agent01")
    chat_for(humans_only, agent, 10105)
    start = agent.last_seq()
    _traffic(humans_only, 10105, 4, "C")
    expected_first = [e["seq"] for e in agent.all_events(start)]
    # SSE first, then long-poll from the last id the stream delivered
    stream = SseReader(humans_only.api, agent.token, after=start)
    part = [f.id for f in stream.events(2)]
    stream.close()
    polled = []
    cursor = part[-1]
    while True:
        batch = agent.get("/events", params={"after": cursor, "wait": 0, "limit": 1}).json()
        if not batch["events"]:
            break
        polled += [e["seq"] for e in batch["events"]]
        cursor = batch["last_seq"]
    assert part + polled == expected_first
    # long-poll first (in small pages), then SSE from the poll's cursor
    _traffic(humans_only, 10105, 4, "D")
    page = agent.get("/events", params={"after": cursor, "wait": 0, "limit": 2}).json()
    later = SseReader(humans_only.api, agent.token, last_event_id=page["last_seq"])
    expected_second = [e["seq"] for e in agent.all_events(cursor)]
    streamed = [f.id for f in later.events(len(expected_second) - 2)]
    later.close()
    assert [e["seq"] for e in page["events"]] + streamed == expected_second


def test_agents_only_receive_their_own_audience(humans_only: Shop) -> None:
    owner = humans_only.login("agent01")
    other = humans_only.login("agent03")
    conv = chat_for(humans_only, owner, 10106)
    head_other = other.last_seq()
    owner.reply(conv["id"], "只有我能看到")
    _traffic(humans_only, 10106, 2, "E")
    leaked = [
        e
        for e in other.all_events(head_other)
        if e["type"] == "message.created" and e["data"]["conversation_id"] == conv["id"]
    ]
    assert leaked == []
    mine = [e for e in owner.all_events() if e["type"] == "message.created"]
    assert mine[-1]["data"]["conversation_id"] == conv["id"]


def test_event_feed_rejects_bad_cursors_and_waits(humans_only: Shop) -> None:
    agent: AgentClient = humans_only.login("agent01")
    for params, field in (({"after": -1}, "after"), ({"wait": 61}, "wait"), ({"limit": 0}, "limit")):
        response = agent.get("/events", params=params)
        assert response.status_code == 422 and response.json()["error"]["field"] == field
    bad = agent.get("/events/stream", headers={"Last-Event-ID": "yesterday"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "Last-Event-ID"
    assert humans_only.anonymous().get("/events/stream").status_code == 401
    assert humans_only.anonymous().get("/events").status_code == 401
