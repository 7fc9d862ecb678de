"""`python -m app.nlp train|eval|classify|bench`: the engine's command line (INTENTS.md contract)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path


def _engine(model: str | None):
    from app.nlp.engine import load_engine

    return load_engine(Path(model) if model else None)


def cmd_classify(args: argparse.Namespace) -> int:
    """Print one JSON line per message; with no text, read messages interactively."""
    engine = _engine(args.model)
    texts = args.text
    if texts:
        for text in texts:
            print(json.dumps({"text": text, **engine.analyze(text).to_dict()}, ensure_ascii=False))
        return 0
    interactive = sys.stdin.isatty()
    if interactive:
        print(
            "输入客户消息，回车分析；Ctrl+D 退出。 (Type a customer message, Enter to analyse; Ctrl+D quits.)"
        )
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            return 0
        if line.strip():
            print(json.dumps({"text": line, **engine.analyze(line).to_dict()}, ensure_ascii=False))


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the engine on a labelled JSONL file."""
    from app.nlp.coldload import engine_load_seconds
    from app.nlp.dataset import DatasetError, load
    from app.nlp.evaluate import evaluate

    try:
        examples = load(args.file)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    engine = _engine(args.model)
    report = evaluate(engine, examples)
    report.load_seconds = engine_load_seconds(Path(args.model) if args.model else None)
    if not args.json:
        print(f"{'intent':20s} {'prec':>6s} {'recall':>6s} {'f1':>6s} {'n':>5s}")
        for intent, m in report.per_intent.items():
            print(
                f"{intent:20s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {int(m['support']):5d}"
            )
        print("\nmost confused (gold -> predicted):")
        for gold, pred, count in report.confusions:
            print(f"  {gold:20s} -> {pred:20s} {count}")
        if args.errors:
            print("\nerrors:")
            for ex, a in report.errors[: args.errors]:
                e = a.entities
                print(
                    f"  [{ex.intent}/{a.intent}] angry {ex.angry}/{a.angry} order {ex.order_no}/{e.order_no} "
                    f"amount {ex.amount}/{e.amount}  {ex.text[:80]}"
                )
        print()
    print(json.dumps(report.summary(), ensure_ascii=False))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    """Train from the repository's data (plus a shop's extra file) and write the model."""
    from app.nlp.dataset import DatasetError, load, load_dir
    from app.nlp.engine import shipped_model_path, user_model_path
    from app.nlp.train import train

    try:
        extra = load(args.extra) if args.extra else []
        examples = load_dir(args.data)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("nothing was changed.", file=sys.stderr)
        return 2
    if not examples:
        print(f"error: no training files (*.jsonl) in {args.data}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else (user_model_path() if args.extra else shipped_model_path())
    # A shop's own chats count twice: they are the closest thing to what its agents will see.
    meta = train([*examples, *extra, *extra], out, {"extra": str(args.extra) if args.extra else None})
    print(json.dumps({"model": str(out), **meta}, ensure_ascii=False))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Cold load (median of N fresh processes) against the naive twin, and per-message latency."""
    from app.nlp.coldload import engine_load_seconds, naive_load_seconds
    from app.nlp.dataset import load_dir
    from app.nlp.evaluate import evaluate

    model = Path(args.model) if args.model else None
    ours = engine_load_seconds(model, runs=args.runs)
    naive = naive_load_seconds(runs=args.runs)
    engine = _engine(args.model)
    report = evaluate(engine, load_dir(args.data))
    huge = ("我的卡密用不了，订单KM2026112300001234，充了100元！" * 40_000)[:1_000_000]
    huge_ms = []
    for _ in range(5):
        t0 = time.perf_counter()
        engine.analyze(huge)
        huge_ms.append((time.perf_counter() - t0) * 1000)
    figures = {
        "cold_load_s": round(ours, 4),
        "naive_load_s": round(naive, 4),
        "naive_over_ours": round(naive / ours, 2),
        "messages": report.n,
        "p50_us": round(report.p50_us, 1),
        "p99_us": round(report.p99_us, 1),
        "one_mb_message_ms": round(statistics.median(huge_ms), 2),
    }
    print(f"cold load (median of {args.runs} fresh processes): {ours:.3f} s")
    print(f"naive twin jieba.initialize() + snownlp:          {naive:.3f} s  ({naive / ours:.1f}x slower)")
    print(f"per message over {report.n} dev messages: p50 {report.p50_us:.0f} us, p99 {report.p99_us:.0f} us")
    print(f"one 1 MB message: {figures['one_mb_message_ms']:.1f} ms (median of 5)")
    print(json.dumps(figures))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The engine's command-line interface."""
    from app.config import resource_path

    data_dir = resource_path("nlp", "data")
    p = argparse.ArgumentParser(prog="python -m app.nlp", description="KefuDesk's local intent engine.")
    p.add_argument("--model", help="model file to use instead of the retrained or shipped one")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("classify", help="label messages given as arguments, or typed one per line")
    c.add_argument("text", nargs="*")
    c.set_defaults(func=cmd_classify)

    e = sub.add_parser("eval", help="score the engine on a labelled JSONL file")
    e.add_argument("file")
    e.add_argument("--json", action="store_true", help="print only the JSON figures")
    e.add_argument("--errors", type=int, default=0, metavar="N", help="list the first N mislabelled messages")
    e.set_defaults(func=cmd_eval)

    t = sub.add_parser("train", help="train the model (deterministic)")
    t.add_argument("--data", default=str(data_dir / "train"), help="folder of training *.jsonl files")
    t.add_argument("--extra", help="a shop's own labelled JSONL; the model goes to the user data folder")
    t.add_argument("--out", help="where to write the model")
    t.set_defaults(func=cmd_train)

    b = sub.add_parser("bench", help="cold load vs the naive jieba+snownlp load, and per-message latency")
    b.add_argument("--data", default=str(data_dir / "dev"), help="folder of labelled *.jsonl files to time")
    b.add_argument("--runs", type=int, default=5)
    b.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
