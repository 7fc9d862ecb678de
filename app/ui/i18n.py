"""Languages: Simplified Chinese by default, English available. Installs the app's own `.qm`
(resources/i18n) and Qt's translations of its standard dialogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app.config import resource_path

log = logging.getLogger(__name__)

ZH_CN, EN = "zh_CN", "en"
LANGUAGES = (ZH_CN, EN)
DEFAULT_LANGUAGE = ZH_CN


def language_name(code: str) -> str:
    """A language in its own words (never translated)."""
    return {ZH_CN: "简体中文", EN: "English"}.get(code, code)


class Translations:
    """The translators currently installed on the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to `language` (widgets built afterwards use it); False when its file is missing."""
        code = language if language in LANGUAGES else DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = code
        QLocale.setDefault(QLocale(code))
        ours = QTranslator(self._app)
        ok = ours.load(str(resource_path("i18n", f"kefudesk_{code}.qm")))
        if ok:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        elif code != EN:
            log.warning("no translation file for %s", code)
        qt_base = QTranslator(self._app)
        if code != EN and qt_base.load(
            f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return ok or code == EN


class LiveTranslation:
    """Mixed into a widget (before its Qt class): `retranslate()` sets every text, and runs again
    when the language switches (Qt sends LanguageChange to every widget when a translator changes)."""

    def retranslate(self) -> None:
        """Set the widget's texts in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        """Switch language live."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
