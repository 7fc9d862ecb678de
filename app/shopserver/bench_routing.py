"""Routing benchmark: how long one routing decision takes with 200 chats waiting.

    python -m app.shopserver.bench_routing [--waiting 200] [--decisions 300] [--db URL]

Every agent is online and at their cap, so each new chat is tagged, grouped, checked against
every candidate's load and queued; every freed slot takes the head of 200 waiting chats.
Figures are printed (budget: p99 ≤ 50 ms); nothing is asserted. The naive way (loads and queue
order worked out in Python from every row) is measured in the same run for the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.agents import Presence
from app.domain.conversations import ConversationStatus
from app.domain.intents import MessageAnalyzer
from app.shopserver.context import LazyAnalyzer, ServerContext
from app.shopserver.core.routing import Router
from app.shopserver.customer_side import customer_writes
from app.shopserver.database_setup import prepare_database
from app.shopserver.db.tables import AgentRow, ConversationRow, CustomerRow
from app.shopserver.settings import ServerSettings

TEXTS = (
    "我充的话费一直没到账",
    "Steam卡密用不了，提示无效",
    "王者荣耀点券能直充吗",
    "我要退款",
    "充100话费要多久到账",
    "Q币怎么还没到啊",
)


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


class NaiveRouter(Router):
    """Loads and queue order computed in Python from every conversation row (the naive way)."""

    def loads(self, session: Session) -> dict[str, int]:
        """Count assigned chats by walking all of them."""
        counts: dict[str, int] = {}
        for conv in session.scalars(select(ConversationRow)):
            if conv.status == ConversationStatus.ASSIGNED and conv.agent_id:
                counts[conv.agent_id] = counts.get(conv.agent_id, 0) + 1
        return counts

    def queue_head(self, session: Session, groups: list[str]) -> ConversationRow | None:
        """Sort every waiting chat in Python."""
        waiting = [
            c
            for c in session.scalars(select(ConversationRow))
            if c.status == ConversationStatus.WAITING and c.skill_group in groups
        ]
        waiting.sort(key=lambda c: (-c.priority, c.waiting_since, c.id))
        return waiting[0] if waiting else None


def _setup(ctx: ServerContext, waiting: int, spare: int) -> list[int]:
    """Every agent online and at their cap, then `waiting` chats queued; returns unused customers."""
    now = ctx.clock.now()
    with ctx.db.write() as session:
        session.execute(update(AgentRow).values(presence=str(Presence.ONLINE), last_seen_at=now))
        first = 20_001
        session.add_all(
            CustomerRow(
                id=first + n,
                nickname=f"压测客户{n}",
                level="normal",
                tags=[],
                registered_at=now - timedelta(days=100),
            )
            for n in range(waiting + spare + 500)
        )
        free = list(range(first, first + waiting + spare + 500))
        for agent in session.scalars(select(AgentRow)).all():
            for _ in range(agent.max_concurrent):
                session.add(
                    ConversationRow(
                        customer_id=free.pop(),
                        status=str(ConversationStatus.ASSIGNED),
                        skill_group=agent.skill_groups[0],
                        agent_id=agent.id,
                        opened_at=now,
                        waiting_since=now,
                        assigned_at=now,
                        anger=0.0,
                        angry=False,
                        priority=0,
                        bot_replies=0,
                        transfers=0,
                    )
                )
    for i in range(waiting):
        customer_writes(ctx, free.pop(), f"wait-{i}", TEXTS[i % len(TEXTS)])
    return free


def _time(action: Callable[[], None], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _report(name: str, samples: list[float]) -> None:
    print(
        f"{name:<44} n={len(samples):<4} p50={statistics.median(samples):7.2f} ms  "
        f"p99={percentile(samples, 99):7.2f} ms  max={max(samples):7.2f} ms"
    )


def run(db_url: str, waiting: int, decisions: int, analyzer: MessageAnalyzer) -> dict[str, float]:
    """Seed, queue `waiting` chats, time decisions; returns the headline figures (ms)."""
    prepare_database(db_url, seed="demo")
    ctx = ServerContext.build(ServerSettings(db_url=db_url, bot_enabled=False), analyzer=analyzer)
    analyzer.analyze("预热")  # the engine's one-off load is not a routing decision
    free = _setup(ctx, waiting, decisions)
    with ctx.db.read() as session:
        queued = session.scalar(
            select(ConversationRow.id).where(ConversationRow.status == ConversationStatus.WAITING).limit(1)
        )
    print(f"database: {db_url.split('@')[-1]}  waiting chats: {waiting}+  (all agents online at cap)")
    counter = iter(range(10**9))

    def new_chat() -> None:
        n = next(counter)
        customer_writes(ctx, free.pop(), f"bench-{n}", TEXTS[n % len(TEXTS)])

    def route_only(router: Router) -> Callable[[], None]:
        def decide() -> None:
            now = ctx.clock.now()
            with ctx.db.write() as session:
                conv = session.get(ConversationRow, queued)
                assert conv is not None
                router.route(session, conv, now, exclude=None)
                session.rollback()  # measure the decision, leave the queue as it was

        return decide

    def freed_slot(router: Router) -> Callable[[], None]:
        def take_next() -> None:
            now = ctx.clock.now()
            with ctx.db.write() as session:
                agent = session.get(AgentRow, "agent01")
                assert agent is not None
                agent.max_concurrent += 1
                router.fill(session, agent, now)
                session.rollback()

        return take_next

    analysis = _time(lambda: analyzer.analyze(TEXTS[1]), decisions)
    decide = _time(route_only(ctx.router), decisions)  # rolled back: the queue stays at `waiting`
    fill = _time(freed_slot(ctx.router), decisions)
    naive = NaiveRouter(ctx.settings.presence_timeout_seconds)
    naive_decide = _time(route_only(naive), max(20, decisions // 5))
    naive_fill = _time(freed_slot(naive), max(20, decisions // 5))
    intake = _time(new_chat, min(decisions, len(free) - 1))  # committed: the queue grows from here
    _report("engine analysis of the first message", analysis)
    _report("routing decision (group, loads, queue/assign)", decide)
    _report("freed slot takes the head of the queue", fill)
    _report(f"whole intake ({waiting}→{waiting + len(intake)} waiting, committed)", intake)
    _report("naive decision (loads counted in Python)", naive_decide)
    _report("naive freed slot (queue sorted in Python)", naive_fill)
    p99 = percentile(decide, 99)
    print(
        f"routing decision p99 {p99:.2f} ms vs budget 50 ms ({p99 / 50:.2f}x budget); "
        f"naive/ours p99: decision {percentile(naive_decide, 99) / p99:.1f}x, "
        f"freed slot {percentile(naive_fill, 99) / percentile(fill, 99):.1f}x"
    )
    ctx.db.dispose()
    return {
        "decision_p99_ms": p99,
        "intake_p99_ms": percentile(intake, 99),
        "fill_p99_ms": percentile(fill, 99),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark on a fresh SQLite file (or the given empty database)."""
    parser = argparse.ArgumentParser(prog="python -m app.shopserver.bench_routing")
    parser.add_argument("--waiting", type=int, default=200)
    parser.add_argument("--decisions", type=int, default=300)
    parser.add_argument("--db", help="an EMPTY database URL (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db_url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        run(db_url, args.waiting, args.decisions, LazyAnalyzer())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
