"""Logging for the desktop app: stderr plus a rotating file in the per-user log folder.

The installed app on Windows has no console, so the file is where a shop owner finds what
happened (README, "For shop owners"). The masking filter (app/store/log_masking.py) is added to
these handlers once the data layer loads, so the file never holds phone numbers or card keys.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.config import user_log_dir

LOG_NAME = "kefu-desk.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 3


def log_file_path() -> Path:
    """The current log file (older ones end in .1, .2, .3)."""
    return user_log_dir() / LOG_NAME


def configure_logging(level: str) -> Path | None:
    """Log at `level` to stderr and to the per-user log file; returns the file, or None without one.

    Like logging.basicConfig, it only sets the level when the root logger already has handlers
    (an embedding host or a test runner owns logging then)."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    if root.handlers:
        return None
    formatter = logging.Formatter(LOG_FORMAT)
    if sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(formatter)
        root.addHandler(console)
    path = log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): logging to stderr only", exc)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path
