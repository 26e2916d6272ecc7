"""Refresh the translation catalogues: ``python -m ui.translations``.

Runs pyside6-lupdate over every ui module into resources/translations/workbench_{de,en}.ts (new strings appear
unfinished in German for a translator; English is the source language, its catalogue mirrors the sources),
then pyside6-lrelease to compile the .qm files the app loads. tests/ui/test_translations.py fails while a
string is missing, unfinished or not compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.i18n import TRANSLATIONS_DIR

UI = Path(__file__).resolve().parent


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def _mirror(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None:
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    for lang, target in (("de", "de_DE"), ("en", "en_GB")):
        ts = TRANSLATIONS_DIR / f"workbench_{lang}.ts"
        lupdate = [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", target, "-ts", str(ts)]
        subprocess.run(lupdate, check=True)
        if lang == "en":
            _mirror(ts)
            subprocess.run(lupdate, check=True)  # back to lupdate's own file layout
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
