"""`kefu-desk` and `python -m app` answer --version and --help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_python_m_app_version() -> None:
    out = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0
    assert out.stdout.strip() == f"kefu-desk {__version__}"


def test_python_m_app_help() -> None:
    out = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "usage: kefu-desk" in out.stdout


def test_console_script_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'kefu-desk = "app.cli:main"' in text
