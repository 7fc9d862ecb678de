"""`python -m app.nlp` as a shop owner uses it: the INTENTS.md contract and clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CONTRACT_KEYS = {
    "n",
    "intent_accuracy",
    "intent_macro_f1",
    "angry_precision",
    "angry_recall",
    "angry_f1",
    "order_no_accuracy",
    "amount_accuracy",
    "load_seconds",
    "p50_us",
    "p99_us",
}


def run(
    *args: str, data_dir: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if data_dir is not None:
        env["KEFUDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "app.nlp", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        input=stdin,
        timeout=300,
    )


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"text": "在吗", "intent": "greeting", "angry": False, "order_no": None, "amount": None},
    {
        "text": "KM2026112300001234 充了100元还没到账，垃圾店",
        "intent": "not_received",
        "angry": True,
        "order_no": "KM2026112300001234",
        "amount": 100,
    },
]


def test_classify_prints_json(tmp_path: Path) -> None:
    out = run("classify", "卡密废了，钱白花了", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["intent"] == "card_invalid"
    assert set(result["entities"]) == {"order_no", "amount", "phone", "qq", "game", "card_type"}


def test_classify_reads_messages_from_stdin(tmp_path: Path) -> None:
    out = run("classify", data_dir=tmp_path, stdin="在吗\n转人工\n")
    lines = [json.loads(x) for x in out.stdout.strip().splitlines()]
    assert [x["intent"] for x in lines] == ["greeting", "human_agent"]


def test_eval_json_has_contract_keys(tmp_path: Path) -> None:
    out = run("eval", str(write_jsonl(tmp_path / "f.jsonl", ROWS)), "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(figures) >= CONTRACT_KEYS
    assert figures["n"] == 2
    assert 0 < figures["load_seconds"] < 60


def test_eval_without_json_prints_per_intent_table(tmp_path: Path) -> None:
    out = run("eval", str(write_jsonl(tmp_path / "f.jsonl", ROWS)), data_dir=tmp_path)
    assert "greeting" in out.stdout and "most confused" in out.stdout


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (
            '{"text": "在吗", "intent": "greeting", "angry": false, "order_no": null, "amount": null}\n{oops\n',
            2,
            "invalid JSON",
        ),
        (
            '{"text": "在吗", "intent": "hello", "angry": false, "order_no": null, "amount": null}\n',
            1,
            "unknown intent",
        ),
        (
            '\n\n{"text": "在吗", "intent": "greeting", "angry": "no", "order_no": null, "amount": null}\n',
            3,
            "angry",
        ),
        (
            '{"text": "在吗", "intent": "greeting", "angry": false, "order_no": "123", "amount": null}\n',
            1,
            "order_no",
        ),
        ('{"text": "在吗", "intent": "greeting", "angry": false, "order_no": null}\n', 1, "missing key"),
    ],
)
def test_eval_rejects_malformed_file_with_line_number(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    out = run("eval", str(bad), "--json", data_dir=tmp_path)
    assert out.returncode == 2
    assert f"bad.jsonl:{line}:" in out.stderr and reason in out.stderr


def test_eval_rejects_invalid_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(json.dumps(ROWS[0], ensure_ascii=False).encode() + b"\n\xff\xfe\n")
    out = run("eval", str(bad), data_dir=tmp_path)
    assert out.returncode == 2 and "bad.jsonl:2:" in out.stderr and "UTF-8" in out.stderr


def test_train_extra_with_bad_file_changes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "extra.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    out = run("train", "--extra", str(bad), data_dir=tmp_path / "data")
    assert out.returncode == 2
    assert "extra.jsonl:1:" in out.stderr and "nothing was changed" in out.stderr
    assert not (tmp_path / "data").exists()
