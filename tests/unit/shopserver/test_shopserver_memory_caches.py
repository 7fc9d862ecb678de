"""The in-memory window of recent events and the short-lived token cache."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.agents import Agent, AgentRole
from app.domain.events import EventType
from app.protocol.events import EventOut
from app.shopserver.auth.session_cache import AgentSessions
from app.shopserver.core.recent_events import CommittedEvent, RecentEvents

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _event(seq: int, *targets: str) -> CommittedEvent:
    out = EventOut(seq=seq, type=EventType.MESSAGE_CREATED, at=NOW, data={"n": seq})
    return CommittedEvent(out, frozenset(targets))


def test_window_answers_only_for_cursors_it_covers() -> None:
    window = RecentEvents(capacity=100)
    me = frozenset({"agent:a", "all"})
    assert window.after(0, me, 10) is None  # empty: ask the database
    window.append([_event(5, "agent:a"), _event(6, "agent:b"), _event(7, "all")])
    assert window.after(3, me, 10) is None  # seq 4 may exist only in the database
    assert [e.seq for e in window.after(4, me, 10) or []] == [5, 7]
    assert [e.seq for e in window.after(5, me, 10) or []] == [7]
    assert window.after(7, me, 10) == []
    assert [e.seq for e in window.after(4, me, 1) or []] == [5]


def test_a_gap_restarts_the_window() -> None:
    window = RecentEvents(capacity=100)
    window.append([_event(1, "all"), _event(2, "all")])
    window.append([_event(4, "all")])  # seq 3 was rolled back or written by another process
    assert window.after(2, frozenset({"all"}), 10) is None
    assert [e.seq for e in window.after(3, frozenset({"all"}), 10) or []] == [4]


def test_window_drops_the_oldest_beyond_capacity() -> None:
    window = RecentEvents(capacity=3)
    window.append([_event(n, "all") for n in range(1, 6)])
    assert window.after(1, frozenset({"all"}), 10) is None
    assert [e.seq for e in window.after(2, frozenset({"all"}), 10) or []] == [3, 4, 5]


def test_sse_frame_is_built_once() -> None:
    item = _event(9, "all")
    frame = item.sse_frame()
    assert frame.startswith("id: 9\nevent: message.created\ndata: {") and frame.endswith("}\n\n")
    assert item.sse_frame() is frame


def test_token_cache_expires_forgets_and_marks_seen_rarely() -> None:
    clock = [0.0]
    sessions = AgentSessions(ttl_seconds=5, monotonic=lambda: clock[0])
    agent = Agent("agent01", "小林", AgentRole.AGENT, ("presale",), False, 20.0, 8)
    sessions.put("tok", agent, NOW + timedelta(hours=1))
    assert sessions.get("tok", NOW) == agent
    assert sessions.get("tok", NOW + timedelta(hours=2)) is None  # the token itself expired
    sessions.put("tok", agent, NOW + timedelta(hours=1))
    clock[0] = 6
    assert sessions.get("tok", NOW) is None  # cached too long: check the database again
    sessions.put("tok", agent, NOW + timedelta(hours=1))
    sessions.forget("tok")
    assert sessions.get("tok", NOW) is None
    every = timedelta(seconds=30)
    assert sessions.should_mark_seen("agent01", NOW, every)
    assert not sessions.should_mark_seen("agent01", NOW + timedelta(seconds=10), every)
    assert sessions.should_mark_seen("agent01", NOW + timedelta(seconds=31), every)
