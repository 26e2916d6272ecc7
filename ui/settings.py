"""Settings: language of the user interface (English, German or the system's). Stored in QSettings; the main
window is rebuilt in the new language right away (numbers, money and dates follow it too)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import SUPPORTED_LANGUAGES, translate

LANGUAGE_KEY = "ui/language"
LOCALES = {"en": "en_GB", "de": "de_DE"}


def stored_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY)
    return str(value) if value in SUPPORTED_LANGUAGES else None


def effective_language(choice: str | None = None) -> str:
    lang = choice or stored_language() or QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED_LANGUAGES else "en"


def locale_name(lang: str) -> str:
    system = QLocale.system().name()
    return system if system.split("_")[0] == lang else LOCALES.get(lang, "en_GB")


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(translate("Settings", "Settings"))
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(translate("Settings", "System language"), None)
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        idx = self.language.findData(stored_language())
        self.language.setCurrentIndex(max(idx, 0))
        form = QFormLayout()
        lang_label = QLabel(translate("Settings", "&Language:"))
        lang_label.setBuddy(self.language)
        form.addRow(lang_label, self.language)
        note = QLabel(translate("Settings", "Numbers, amounts and dates follow the language's conventions."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(buttons)

    def chosen_language(self) -> str | None:
        data = self.language.currentData()
        return str(data) if data else None

    def save(self) -> None:
        settings = QSettings()
        choice = self.chosen_language()
        if choice is None:
            settings.remove(LANGUAGE_KEY)
        else:
            settings.setValue(LANGUAGE_KEY, choice)
