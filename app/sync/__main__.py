"""`python -m app.sync`: sync headless as one agent for N seconds and print JSON figures.

python -m app.sync --server http://127.0.0.1:8765 --user agent01 --password kefu123 \
    --db /tmp/agent01.db --seconds 60

The last line on stdout is one JSON object: events applied, duplicates, gaps, message-created →
cached latency p50/p95 (ms), outbox sent/failed, and more. Logs go to stderr, masked.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys

from app.store.log_masking import install_log_masking
from app.sync.headless_run import HeadlessRun, RunOptions


def build_parser() -> argparse.ArgumentParser:
    """The runner's command line."""
    parser = argparse.ArgumentParser(prog="python -m app.sync", description="KefuDesk headless sync runner")
    parser.add_argument("--server", required=True, help="the shop server's URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--user", required=True, help="agent login, e.g. agent01")
    parser.add_argument("--password", required=True, help="the agent's password")
    parser.add_argument("--db", required=True, help="path of the cache database (created if missing)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to sync (default 60)")
    parser.add_argument(
        "--reply-share", type=float, default=0.3, help="share of customer messages auto-replied (default 0.3)"
    )
    parser.add_argument("--transport", choices=["auto", "sse", "poll"], default="auto")
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run once; exit 0 with the JSON line, 1 when the audit found gaps or duplicates."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger().level))
    install_log_masking()
    options = RunOptions(
        server=args.server,
        user=args.user,
        password=args.password,
        db=args.db,
        seconds=args.seconds,
        reply_share=args.reply_share,
        transport=args.transport,
    )
    figures = asyncio.run(HeadlessRun(options).run())
    print(json.dumps(figures, ensure_ascii=False), flush=True)
    return 0 if figures["gaps"] == 0 and figures["duplicates"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
