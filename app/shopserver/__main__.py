"""`python -m app.shopserver`: run the reference shop server (optionally seeded and with traffic).

python -m app.shopserver --host 127.0.0.1 --port 8765 --db shop.db --seed demo --simulate 6
python -m app.shopserver --db postgresql://user@host/shop --seed demo
python -m app.shopserver --export-openapi resources/api/openapi.json
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading

from app.shopserver.settings import ServerSettings


def build_parser() -> argparse.ArgumentParser:
    """The server's command line."""
    parser = argparse.ArgumentParser(
        prog="python -m app.shopserver", description="KefuDesk reference shop server"
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    parser.add_argument(
        "--db", default="kefu-shop.db", help="SQLite file path, or a postgresql:// URL (default kefu-shop.db)"
    )
    parser.add_argument("--seed", choices=["demo"], help="fill an empty database with the demo shop")
    parser.add_argument(
        "--simulate",
        type=float,
        default=0.0,
        metavar="RATE",
        help="simulate customers: RATE new conversations per minute (0 = off)",
    )
    parser.add_argument("--no-bot", action="store_true", help="route every new chat to humans at once")
    parser.add_argument("--heartbeat", type=float, default=15.0, help="SSE heartbeat interval in seconds")
    parser.add_argument("--channel-key", default="demo-channel-key", help="key of the customer channel API")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    parser.add_argument(
        "--export-openapi", metavar="PATH", help="write the OpenAPI document ('-' = stdout) and exit"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run until interrupted; returns the exit code."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.export_openapi:
        from app.shopserver.openapi_document import export

        export(args.export_openapi)
        return 0
    from app.shopserver.context import LazyAnalyzer, ServerContext
    from app.shopserver.database_setup import prepare_database
    from app.shopserver.db.engine import normalise_db_url
    from app.shopserver.embedded import serve_forever

    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = ServerSettings(
        db_url=normalise_db_url(args.db),
        sse_heartbeat_seconds=args.heartbeat,
        bot_enabled=not args.no_bot,
        channel_key=args.channel_key,
    )
    seeded = prepare_database(settings.db_url, seed=args.seed)
    if seeded:
        logging.getLogger(__name__).info("seeded the demo shop (password of every account: kefu123)")
    context = ServerContext.build(settings)
    if isinstance(context.analyzer, LazyAnalyzer):  # load the engine while uvicorn starts
        threading.Thread(target=context.analyzer.load, name="engine-load", daemon=True).start()
    simulator = None
    if args.simulate > 0:
        from app.shopserver.simulator.traffic import TrafficSimulator

        simulator = TrafficSimulator(context, conversations_per_minute=args.simulate)
        simulator.start()
    try:
        serve_forever(context, args.host, args.port, args.log_level)
    except KeyboardInterrupt:
        # uvicorn re-raises the signal after its graceful shutdown; Ctrl+C is a normal way to stop.
        logging.getLogger(__name__).info("stopped")
    finally:
        if simulator is not None:
            simulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
