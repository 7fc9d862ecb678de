"""Settings: server, language, theme, alert sound, local retention (stored with QSettings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES, Translations, language_name
from app.ui.preferences import Preferences
from app.ui.theme import DARK, LIGHT, SYSTEM, ThemeController


class SettingsDialog(QDialog):
    """Saves on OK: language, theme, sound and retention apply at once, the server at the next start."""

    def __init__(
        self,
        preferences: Preferences,
        theme: ThemeController,
        parent: QWidget | None = None,
        translations: Translations | None = None,
        apply_retention: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.theme = theme
        self.translations = translations
        self.apply_retention = apply_retention
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.server = QLineEdit(preferences.server)
        form.addRow(self.tr("Shop server"), self.server)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        form.addRow(self.tr("Language"), self.language)
        self.theme_choice = QComboBox()
        for mode, label in (
            (SYSTEM, self.tr("Follow the system")),
            (LIGHT, self.tr("Light")),
            (DARK, self.tr("Dark")),
        ):
            self.theme_choice.addItem(label, mode)
        self.theme_choice.setCurrentIndex(max(0, self.theme_choice.findData(preferences.theme)))
        form.addRow(self.tr("Theme"), self.theme_choice)
        self.sound = QCheckBox(self.tr("Play a sound with anger alerts"))
        self.sound.setChecked(preferences.sound)
        form.addRow("", self.sound)
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(preferences.retention_days)
        form.addRow(self.tr("Keep local data for"), self.retention)
        layout.addLayout(form)
        note = QLabel(self.tr("A server change applies at the next start."))
        note.setObjectName("muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        prefs = self.preferences
        prefs.server = self.server.text().strip() or prefs.server
        prefs.language = str(self.language.currentData())
        prefs.theme = str(self.theme_choice.currentData())
        prefs.sound = self.sound.isChecked()
        prefs.retention_days = self.retention.value()
        prefs.sync()
        self.theme.set_mode(prefs.theme)
        if self.translations is not None and self.translations.language != prefs.language:
            self.translations.install(prefs.language)  # every widget retranslates itself
        if self.apply_retention is not None:
            self.apply_retention(prefs.retention_days)
        self.accept()
