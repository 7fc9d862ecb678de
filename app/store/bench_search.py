"""Search benchmark: builds a cache of N messages (1M by default) and times full-text search
against the naive `LIKE '%…%'` scan, both asked for the newest 50 matches.

python -m app.store.bench_search                      # 1,000,000 messages in a temp dir
python -m app.store.bench_search --messages 200000 --db /tmp/bench.db --runs 7

Prints one row per query (median ms of FTS and of LIKE, their ratio, matches) and, last, a JSON
line with the worst FTS median. Not a test: figures depend on the machine. Building 1M messages
takes about a minute or two; an existing --db with the right count is reused.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from app.store.database import CacheDatabase, open_cache
from app.store.search import search_messages
from app.store.tables import MessageRow

FRAGMENTS = (
    "在吗",
    "你好",
    "我的话费一直没到账",
    "充了100元话费",
    "流量包还没生效",
    "Q币充值没到账",
    "卡密无效",
    "卡密已经被使用了",
    "提示卡号或密码错误",
    "京东E卡",
    "Steam充值卡",
    "王者荣耀点券",
    "原神创世结晶",
    "网易一卡通",
    "骏网一卡通",
    "腾讯视频会员",
    "爱奇艺会员开通失败",
    "订单号是",
    "付款成功了但是没有发货",
    "扣款了两次",
    "申请退款",
    "什么时候能退回来",
    "售后进度怎么样了",
    "帮我查一下",
    "急用谢谢",
    "多久能到",
    "能不能便宜点",
    "有没有优惠券",
    "批发价怎么算",
    "账号被盗了",
    "投诉你们",
    "骗子吧",
    "垃圾平台",
    "好的谢谢",
    "已经收到了",
    "麻烦快一点",
    "客服在不在",
    "转人工",
    "面值不对",
    "少到了10元",
    "补发一下",
    "第二次问了",
    "昨天下的单",
    "手机号填错了",
    "能不能撤销订单",
    "支付宝付的",
    "微信支付失败",
    "等了半个小时",
    "到底怎么回事",
    "行吧",
)
RARE_ORDER = "KM2025123199990001"
QUERIES = (
    ("common, 3+ chars", "没到账"),
    ("common, long", "付款成功了但是没有发货"),
    ("common, 2 chars", "退款"),
    ("common, 1 char", "卡"),
    ("two terms", "话费 没到账"),
    ("mixed lengths", "卡密 无效"),
    ("rare order no.", "99990001"),
    ("rare, 2 chars", "鑫"),
    ("reordered words", "到账没话费"),
    ("rare phrase", "行吧，在吗"),
    ("rare char pair", "账卡"),
    ("no match", "火星快递"),
)


def _texts(rng: random.Random, count: int) -> Iterator[str]:
    for n in range(count):
        parts = rng.sample(FRAGMENTS, rng.randint(1, 4))
        if rng.random() < 0.3:
            parts.insert(rng.randint(0, len(parts)), f"KM2026{rng.randint(0, 99999999999):011d}")
        if rng.random() < 0.2:
            parts.append(f"{rng.choice((10, 20, 30, 50, 100, 200, 500))}元")
        if n == count // 10:
            parts.append(RARE_ORDER)  # one old message holds the rare order number
        if n == count // 5:
            parts.append("鑫")  # and one holds a rare character
        yield "，".join(parts)


def build(database: CacheDatabase, count: int, seed: int = 1, batch: int = 20_000) -> float:
    """Fill an empty cache with `count` messages in 400 conversations; returns seconds taken."""
    rng = random.Random(seed)
    started = time.perf_counter()
    start_time = datetime.now(UTC) - timedelta(days=170)
    step = timedelta(days=170) / max(count, 1)
    texts = _texts(rng, count)
    done = 0
    while done < count:
        size = min(batch, count - done)
        rows = []
        for n in range(done, done + size):
            at = (start_time + step * n).replace(tzinfo=None).isoformat(sep=" ")
            sender = "customer" if n % 3 else "agent"
            rows.append((n + 1, n % 400 + 1, sender, next(texts), at, at))
        with database.write() as session:
            raw = session.connection().connection.dbapi_connection
            assert raw is not None
            raw.executemany(
                "INSERT INTO messages (id, conversation_id, sender, text, created_at, cached_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        done += size
        print(f"\r  built {done:,}/{count:,} messages", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    database.checkpoint()
    return time.perf_counter() - started


def _median_ms(work: Callable[[], int], runs: int) -> tuple[float, int]:
    times = []
    hits = 0
    for _ in range(runs):
        started = time.perf_counter()
        hits = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), hits


def time_erasure(database: CacheDatabase) -> float:
    """Seconds to erase the customer of conversation 1 (its messages, then the FTS optimize)."""
    from app.domain.conversations import Conversation, ConversationStatus
    from app.store.conversations import upsert_conversation
    from app.store.customer_erasure import erase_customer

    with database.write() as session:
        upsert_conversation(session, Conversation(1, 99999, ConversationStatus.CLOSED, datetime.now(UTC)))
    started = time.perf_counter()
    erase_customer(database, 99999)
    return time.perf_counter() - started


def measure(database: CacheDatabase, runs: int, like_runs: int) -> list[dict[str, object]]:
    """Median times of each query through the FTS search and through LIKE (newest 50 both)."""
    results = []
    with database.read() as session:
        for label, query in QUERIES:
            fts_ms, fts_hits = _median_ms(lambda q=query: len(search_messages(session, q, limit=50)), runs)
            terms = query.split()
            like_sql = "SELECT * FROM messages WHERE " + " AND ".join(
                f"text LIKE :t{n}" for n in range(len(terms))
            )
            params = {f"t{n}": f"%{t}%" for n, t in enumerate(terms)}

            def like(sql: str = like_sql + " ORDER BY id DESC LIMIT 50", p: dict[str, str] = params) -> int:
                return len(session.execute(text(sql), p).all())

            like_ms, like_hits = _median_ms(like, like_runs)
            results.append(
                {
                    "query": label,
                    "text": query,
                    "fts_ms": round(fts_ms, 2),
                    "like_ms": round(like_ms, 2),
                    "ratio": round(like_ms / fts_ms, 1) if fts_ms > 0 else None,
                    "matches": fts_hits,
                    "like_matches": like_hits,
                }
            )
    return results


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the cache, time the queries, print the table and a JSON summary."""
    parser = argparse.ArgumentParser(
        prog="python -m app.store.bench_search", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--db", help="cache file to build or reuse (default: a temporary file)")
    parser.add_argument("--runs", type=int, default=7, help="runs per FTS query (median reported)")
    parser.add_argument("--like-runs", type=int, default=3, help="runs per LIKE query")
    parser.add_argument(
        "--erase", action="store_true", help="also time erasing one customer's data (modifies the cache)"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    workdir = None if args.db else tempfile.TemporaryDirectory(prefix="kefu-bench-")
    path = Path(args.db) if args.db else Path(workdir.name) / "bench.db"  # type: ignore[union-attr]
    database = open_cache(path)
    with database.read() as session:
        existing = session.scalar(select(func.count()).select_from(MessageRow)) or 0
    build_seconds = None
    if existing != args.messages:
        if existing:
            raise SystemExit(f"{path} holds {existing:,} messages, not {args.messages:,}; pick another --db")
        build_seconds = build(database, args.messages)
    results = measure(database, args.runs, args.like_runs)
    size_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
    print(
        f"{args.messages:,} messages, {size_mb:.0f} MB on disk"
        + (f", built in {build_seconds:.0f} s" if build_seconds else "")
    )
    print(f"{'query':<18}{'text':<14}{'FTS ms':>9}{'LIKE ms':>10}{'LIKE/FTS':>10}{'matches':>9}")
    for row in results:
        print(
            f"{row['query']:<18}{row['text']!s:<14}{row['fts_ms']:>9}{row['like_ms']:>10}"
            f"{row['ratio']!s:>10}{row['matches']:>9}"
        )
    erase_seconds = time_erasure(database) if args.erase else None
    if erase_seconds is not None:
        print(f"erasing one customer (2,500 messages) incl. FTS optimize: {erase_seconds:.1f} s")
    fts = [float(r["fts_ms"]) for r in results]  # type: ignore[arg-type]
    like = [float(r["like_ms"]) for r in results]  # type: ignore[arg-type]
    summary = {
        "messages": args.messages,
        "fts_worst_ms": max(fts),
        "fts_median_ms": statistics.median(fts),
        "like_worst_ms": max(like),
        "like_median_ms": statistics.median(like),
        "budget_ms": 50,
        "within_budget": max(fts) <= 50,
        "erase_customer_s": round(erase_seconds, 2) if erase_seconds is not None else None,
    }
    print(json.dumps(summary))
    database.close()
    if workdir is not None:
        workdir.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
