"""The agent's settings, stored with QSettings: server, language, theme, sound, retention, login."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.ui.i18n import DEFAULT_LANGUAGE
from app.ui.theme import SYSTEM

DEFAULT_SERVER = "http://127.0.0.1:8765"
DEFAULT_RETENTION_DAYS = 180


class Preferences:
    """Typed access to the settings file (tests pass an INI file in a temporary folder)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def _get(self, key: str, default: object) -> object:
        value = self._settings.value(key, default)
        return default if value is None else value

    def _bool(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    @property
    def server(self) -> str:
        """The shop server's URL."""
        return str(self._get("server/url", DEFAULT_SERVER))

    @server.setter
    def server(self, value: str) -> None:
        self._settings.setValue("server/url", value)

    @property
    def username(self) -> str:
        """The last user who chose "remember me"."""
        return str(self._get("login/username", ""))

    @username.setter
    def username(self, value: str) -> None:
        self._settings.setValue("login/username", value)

    @property
    def remember(self) -> bool:
        """Whether to log in with the keyring's token at start."""
        return self._bool("login/remember", False)

    @remember.setter
    def remember(self, value: bool) -> None:
        self._settings.setValue("login/remember", value)

    @property
    def language(self) -> str:
        """zh_CN (default) or en."""
        return str(self._get("ui/language", DEFAULT_LANGUAGE))

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """system (default), light or dark."""
        return str(self._get("ui/theme", SYSTEM))

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("ui/theme", value)

    @property
    def sound(self) -> bool:
        """A sound with every anger alert."""
        return self._bool("ui/sound", True)

    @sound.setter
    def sound(self, value: bool) -> None:
        self._settings.setValue("ui/sound", value)

    @property
    def retention_days(self) -> int:
        """How long the local cache keeps data."""
        try:
            return max(1, int(str(self._get("privacy/retention_days", DEFAULT_RETENTION_DAYS))))
        except ValueError:
            return DEFAULT_RETENTION_DAYS

    @retention_days.setter
    def retention_days(self, value: int) -> None:
        self._settings.setValue("privacy/retention_days", int(value))

    def sync(self) -> None:
        """Write to disk now."""
        self._settings.sync()
