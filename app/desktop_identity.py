"""The app's identity towards the Windows shell (no Qt).

Windows groups taskbar buttons, jump lists and notifications by AppUserModelID. The installer's
Start-menu and desktop shortcuts carry `APP_USER_MODEL_ID` (packaging/windows/kefu-desk.iss); the
process sets the same id at start, before any window exists, so a window opened from a shortcut, from
the exe directly or by a notification click all group as one app.
"""

from __future__ import annotations

import logging
import sys

from app.config import APP_USER_MODEL_ID

log = logging.getLogger(__name__)


def set_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Set the process's explicit AppUserModelID on Windows; elsewhere do nothing. True when set."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        result = shell32.SetCurrentProcessExplicitAppUserModelID(ctypes.c_wchar_p(app_id))
    except (AttributeError, OSError) as exc:  # very old Windows, or a stripped-down shell
        log.warning("could not set the AppUserModelID: %s", exc)
        return False
    if result != 0:  # an HRESULT: 0 is S_OK
        log.warning("SetCurrentProcessExplicitAppUserModelID failed: HRESULT 0x%08x", result & 0xFFFFFFFF)
        return False
    return True
