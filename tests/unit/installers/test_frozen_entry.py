"""The frozen app's entry script (packaging/frozen_main.py), run from source with the same arguments.

A frozen executable has no `python -c`, so `nlp eval` times the engine's cold load through the
entry's hidden probe flag; these tests drive that path with a stand-in executable."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.nlp import coldload

ROOT = Path(__file__).resolve().parents[3]
ENTRY = ROOT / "packaging" / "frozen_main.py"


def run_entry(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KEFUDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, str(ENTRY), *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )


def test_plain_arguments_reach_the_desktop_app(tmp_path: Path) -> None:
    out = run_entry("--version", data_dir=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == f"kefu-desk {__version__}"


def test_engine_probe_prints_its_load_seconds(tmp_path: Path) -> None:
    out = run_entry(coldload.ENGINE_PROBE_FLAG, data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert 0 < float(out.stdout.strip().splitlines()[-1]) < 30


def test_nlp_command_line_runs_inside_the_entry(tmp_path: Path) -> None:
    out = run_entry("nlp", "classify", "订单KM2026112300001234还没到账", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    line = json.loads(out.stdout.strip().splitlines()[-1])
    assert line["entities"]["order_no"] == "KM2026112300001234"


@pytest.mark.parametrize("command", ["train", "bench"])
def test_training_tools_say_they_need_a_source_checkout(tmp_path: Path, command: str) -> None:
    out = run_entry("nlp", command, data_dir=tmp_path)
    assert out.returncode == 2
    assert "source checkout" in out.stderr
    assert not (tmp_path / "nlp").exists()


def test_server_command_reaches_the_shop_server(tmp_path: Path) -> None:
    out = run_entry("server", "--help", data_dir=tmp_path)
    assert out.returncode == 0 and "--db" in out.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in executable is a POSIX shell script")
def test_frozen_cold_load_goes_through_the_probe_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in for the frozen executable: only understands the entry's own arguments, not `-c`.
    exe = tmp_path / "kefu-desk"
    exe.write_text(
        f'#!/bin/sh\n[ "$1" = "-c" ] && {{ echo "no -c here" >&2; exit 9; }}\n'
        f'PYTHONPATH="{ROOT}" exec "{sys.executable}" "{ENTRY}" "$@"\n'
    )
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(coldload, "is_frozen", lambda: True)
    monkeypatch.setattr(sys, "executable", str(exe))
    seconds = coldload.engine_load_seconds(runs=1)
    assert 0 < seconds < 30
    with pytest.raises(RuntimeError, match="source checkout"):
        coldload.naive_load_seconds()
