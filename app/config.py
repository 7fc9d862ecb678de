"""Settings shared by every entry point: data directories and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "KefuDesk"
APP_AUTHOR = "KefuDesk"


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, from the source tree or from a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def user_data_dir() -> Path:
    """Per-user data (cache database, retrained engine). KEFUDESK_DATA_DIR overrides it (tests)."""
    override = os.environ.get("KEFUDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, APP_AUTHOR))
