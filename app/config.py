"""Settings shared by every entry point: per-user directories and bundled resources.

Everything the app writes goes to the per-user platformdirs locations (data, cache, logs); the
install directory (the source tree or the frozen bundle) is only ever read.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "KefuDesk"
APP_AUTHOR = "KefuDesk"
# Windows groups taskbar buttons and notifications by this id; the installer's shortcuts carry it too.
APP_USER_MODEL_ID = "KefuDesk.KefuDesk"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def install_root() -> Path:
    """The read-only root the app was installed into: the bundle, or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, from the source tree or from a PyInstaller bundle."""
    return install_root().joinpath("resources", *parts)


def user_data_dir() -> Path:
    """Per-user data (cache database, retrained engine). KEFUDESK_DATA_DIR overrides it (tests)."""
    override = os.environ.get("KEFUDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    """Per-user disposable cache (jieba's, should it ever build one); under KEFUDESK_DATA_DIR when set."""
    override = os.environ.get("KEFUDESK_DATA_DIR")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_dir as _user_cache_dir

    return Path(_user_cache_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    """Per-user log folder (kefu-desk.log); under KEFUDESK_DATA_DIR when set."""
    override = os.environ.get("KEFUDESK_DATA_DIR")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_dir as _user_log_dir

    return Path(_user_log_dir(APP_NAME, APP_AUTHOR))
