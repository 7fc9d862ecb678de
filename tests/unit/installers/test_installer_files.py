"""The installer scripts agree with the app: ids, version source, per-user install, dark mode."""

from __future__ import annotations

import importlib.util
import plistlib
import re
from pathlib import Path

from app.config import APP_USER_MODEL_ID

ROOT = Path(__file__).resolve().parents[3]
ISS = ROOT / "packaging" / "windows" / "kefu-desk.iss"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"
SPEC = ROOT / "build.spec"


def _iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), (
        "Inno Setup reads a script without a BOM as ANSI (Chinese text breaks)"
    )
    return raw.decode("utf-8-sig")


def test_windows_shortcuts_carry_the_apps_user_model_id() -> None:
    text = _iss()
    assert re.search(r'#define AppUserModelID "([^"]+)"', text).group(1) == APP_USER_MODEL_ID  # type: ignore[union-attr]
    shortcuts = [line for line in text.splitlines() if line.startswith('Name: "{auto')]
    assert {s.split("\\")[0] for s in shortcuts} == {'Name: "{autoprograms}', 'Name: "{autodesktop}'}
    assert all('AppUserModelID: "{#AppUserModelID}"' in s for s in shortcuts)


def test_windows_installer_is_per_user_and_keeps_data_unless_asked() -> None:
    text = _iss()
    assert "PrivilegesRequired=lowest" in text
    assert "{autopf}" in text  # %LOCALAPPDATA%\Programs when installing without admin rights
    assert "usPostUninstall" in text and "MB_DEFBUTTON2" in text  # asks, with "No" as default
    assert "/DELETEUSERDATA" in text


def test_macos_bundle_id_dark_mode_and_notifications() -> None:
    info = plistlib.loads(PLIST.read_bytes())
    spec_id = re.search(r'BUNDLE_ID = "([^"]+)"', SPEC.read_text()).group(1)  # type: ignore[union-attr]
    assert info["CFBundleIdentifier"] == spec_id
    assert info["NSRequiresAquaSystemAppearance"] is False
    assert info["NSUserNotificationAlertStyle"] == "alert"
    assert info["NSUserNotificationsUsageDescription"]


def test_windows_version_numbers_come_from_the_app_version() -> None:
    spec = importlib.util.spec_from_file_location(
        "version_info", ROOT / "packaging" / "windows" / "version_info.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert module.version_numbers("1.12.3rc1") == (1, 12, 3, 0)
    assert module.version_numbers("2") == (2, 0, 0, 0)
