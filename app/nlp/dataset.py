"""Labelled-message files (JSONL, INTENTS.md format): strict loading with line-numbered errors."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

INTENT_IDS: tuple[str, ...] = (
    "greeting",
    "presale_product",
    "delivery_time",
    "not_received",
    "card_invalid",
    "payment_issue",
    "refund",
    "aftersale_progress",
    "order_query",
    "promotion",
    "reseller",
    "account_security",
    "complaint",
    "human_agent",
    "thanks_bye",
    "other",
)

_ORDER_NO = re.compile(r"[A-Z]{0,4}[0-9]+")
_KEYS = ("text", "intent", "angry", "order_no", "amount")


class DatasetError(ValueError):
    """A labelled file is malformed; names the file and the 1-based line."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled customer message."""

    text: str
    intent: str
    angry: bool
    order_no: str | None
    amount: float | None


def _check(obj: object, path: str, line: int) -> Example:
    if not isinstance(obj, dict):
        raise DatasetError(path, line, "expected a JSON object")
    missing = [k for k in _KEYS if k not in obj]
    if missing:
        raise DatasetError(path, line, f"missing key(s): {', '.join(missing)}")
    text, intent, angry = obj["text"], obj["intent"], obj["angry"]
    order_no, amount = obj["order_no"], obj["amount"]
    if not isinstance(text, str) or not text.strip():
        raise DatasetError(path, line, "'text' must be a non-empty string")
    if intent not in INTENT_IDS:
        raise DatasetError(path, line, f"unknown intent {intent!r}")
    if not isinstance(angry, bool):
        raise DatasetError(path, line, "'angry' must be true or false")
    if order_no is not None:
        if not isinstance(order_no, str) or order_no not in text:
            raise DatasetError(path, line, "'order_no' must be null or a substring of 'text'")
        if not (16 <= len(order_no) <= 24 and _ORDER_NO.fullmatch(order_no)):
            raise DatasetError(
                path, line, f"'order_no' {order_no!r} is not 16-24 chars of [A-Z]{{0,4}}digits"
            )
    if amount is not None and (
        isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0
    ):
        raise DatasetError(path, line, "'amount' must be null or a non-negative number")
    return Example(text, intent, angry, order_no, float(amount) if amount is not None else None)


def parse_lines(lines: Iterable[str], path: str = "<input>") -> list[Example]:
    """Parse JSONL lines; raise DatasetError at the first bad line. Blank lines are skipped."""
    out: list[Example] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DatasetError(path, number, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
        out.append(_check(obj, path, number))
    return out


def load(path: str | Path) -> list[Example]:
    """Load one labelled JSONL file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DatasetError(str(p), 0, f"cannot read file ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DatasetError(str(p), line, "not valid UTF-8") from None
    examples = parse_lines(text.splitlines(), str(p))
    if not examples:
        raise DatasetError(str(p), 0, "no labelled messages in file")
    return examples


def load_dir(folder: str | Path) -> list[Example]:
    """Load every *.jsonl file in a folder, in name order."""
    out: list[Example] = []
    for file in sorted(Path(folder).glob("*.jsonl")):
        out.extend(load(file))
    return out


def main(argv: list[str]) -> int:
    """Validate files and print per-intent counts: `python -m app.nlp.dataset FILE...`."""
    total: dict[str, int] = {}
    angry = with_order = with_amount = 0
    seen: set[str] = set()
    dupes = 0
    for arg in argv:
        try:
            examples = load(arg)
        except DatasetError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        for ex in examples:
            total[ex.intent] = total.get(ex.intent, 0) + 1
            angry += ex.angry
            with_order += ex.order_no is not None
            with_amount += ex.amount is not None
            dupes += ex.text in seen
            seen.add(ex.text)
    n = sum(total.values())
    print(
        f"{n} messages, {angry} angry, {with_order} with order_no, {with_amount} with amount, {dupes} duplicate texts"
    )
    for intent in INTENT_IDS:
        print(f"  {intent:20s} {total.get(intent, 0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
