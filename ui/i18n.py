"""Translations and locale-aware formatting.

* ``translate(context, text)`` (alias ``tr``) wraps ``QCoreApplication.translate``. Write UI strings as
  ``translate("PartnerView", "Legal name")``: pyside6-lupdate extracts calls named ``translate`` with a context,
  but reads a free ``tr("ctx", "text")`` as ``tr(text, disambiguation)`` and files the context as the source
  text. Tables of strings defined at import time use ``QT_TRANSLATE_NOOP(context, text)`` and are translated
  when shown (see ``ui.errors``).
* ``load_translations(app, lang)`` installs ``resources/translations/workbench_<lang>.qm`` plus Qt's own
  ``qtbase_<lang>.qm`` (standard dialog buttons), replacing whatever was installed before.
* ``format_money`` / ``format_number`` / ``format_date`` / ``format_datetime`` follow a ``QLocale`` (default:
  ``QLocale()``, i.e. the one set with ``QLocale.setDefault``). Money goes through ``Decimal``, never float.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTimeZone, QTranslator

from workbench.validation import CURRENCY_EXPONENTS

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de")
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

# Symbols that read naturally in both shipped languages; every other currency shows its ISO code.
CURRENCY_SYMBOLS: dict[str, str] = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "ILS": "₪"}

_installed: list[QTranslator] = []
_buffers: list[bytes] = []  # the loaded catalogue's bytes, alive as long as its translator

# Marks (context, text) for pyside6-lupdate and returns the text untranslated; typed (PySide's stub says object).
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _QT_TRANSLATE_NOOP  # type: ignore[assignment]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


tr = translate


def plural(n: int, one: str, other: str, locale: QLocale | None = None) -> str:
    """Pick the singular or plural text (both already translated, each with ``%n``) and put in ``n`` formatted
    per locale: ``plural(n, translate("Status", "%n conflict"), translate("Status", "%n conflicts"))``.
    English and German both use one form for 1 and another for everything else; both strings are plain
    ``translate`` calls so pyside6-lupdate extracts them (it does not see the numerus form of a free call)."""
    return (one if n == 1 else other).replace("%n", format_number(n, locale))


def load_translations(app: QCoreApplication, lang: str, directory: Path | None = None) -> bool:
    """Install the translators for ``lang`` (removing the previous ones). Returns True when the workbench
    catalogue was found; for the source language (English) no catalogue is needed and False is normal."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    found = False
    base = directory or TRANSLATIONS_DIR
    workbench = QTranslator(app)
    catalogue = base / f"workbench_{lang}.qm"
    # Read into memory: a catalogue loaded by file name is mmapped by Qt, and rebuilding the .qm (lrelease) under
    # a running workbench then kills it with SIGBUS. Qt does not copy the data: it stays referenced in _buffers.
    data = catalogue.read_bytes() if catalogue.is_file() else b""
    if data and workbench.load(data, str(base)):
        app.installTranslator(workbench)
        _installed.append(workbench)
        _buffers[:] = [data]
        found = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found


def apply_locale(lang_or_name: str) -> QLocale:
    """Make ``QLocale(lang_or_name)`` the default used by every formatter below (and by Qt widgets)."""
    locale = QLocale(lang_or_name)
    QLocale.setDefault(locale)
    return locale


# -- numbers and money ------------------------------------------------------------------------------------------


def _digits(locale: QLocale, text: str) -> str:
    zero = locale.toString(0)
    if zero == "0":
        return text
    table = {str(i): locale.toString(i) for i in range(10)}
    return "".join(table.get(ch, ch) for ch in text)


def _integer(locale: QLocale, value: int) -> str:
    """Grouped integer in the locale's digits; exact for any size (QLocale handles up to 2**63 - 1)."""
    if abs(value) < 2**63:
        return locale.toString(value)
    sign = locale.negativeSign() if value < 0 else ""
    return sign + _digits(locale, f"{abs(value):,}".replace(",", locale.groupSeparator()))


def _decimal(locale: QLocale, value: Decimal, decimals: int | None) -> str:
    """Format an unsigned Decimal: grouped integer part + locale decimal point + fraction digits."""
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals))
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits)) or "0"
    if exponent >= 0:
        int_part, frac = text + "0" * exponent, ""
    else:
        text = text.rjust(-exponent + 1, "0")
        int_part, frac = text[:exponent], text[exponent:]
    out = _integer(locale, int(int_part))
    if frac:
        out += locale.decimalPoint() + _digits(locale, frac)
    return out


def format_number(value: int | Decimal, locale: QLocale | None = None, *, decimals: int | None = None) -> str:
    """Locale-grouped number. ``decimals`` rounds (half-even) a Decimal to that many places."""
    loc = locale if locale is not None else QLocale()
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"format_number takes int or Decimal, not {type(value).__name__}")
    dec = Decimal(value)
    body = _decimal(loc, abs(dec), decimals)
    return (loc.negativeSign() + body) if dec < 0 else body


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    """Integer minor units -> Decimal major units (exact)."""
    return Decimal(minor).scaleb(-CURRENCY_EXPONENTS[currency])


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    loc = locale if locale is not None else QLocale()
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return CURRENCY_SYMBOLS.get(currency, currency)


def format_money(minor: int, currency: str, locale: QLocale | None = None, *, symbol: bool = True) -> str:
    """``format_money(123456, "EUR", QLocale("de_DE"))`` -> ``"1.234,56 €"``; en_US -> ``"€1,234.56"``.

    Decimals from ``CURRENCY_EXPONENTS``; symbol placement and negative form from the locale. ``symbol=False``
    shows the ISO code instead."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError("money is an int in minor units")
    loc = locale if locale is not None else QLocale()
    code = currency.upper()
    exponent = CURRENCY_EXPONENTS[code]
    body = _decimal(loc, abs(Decimal(minor).scaleb(-exponent)), exponent)
    sym = currency_symbol(code, loc) if symbol else code
    # Qt knows where the symbol and the sign go; format 1 / -1 with it and put our exact body in place of "1".
    pattern = loc.toCurrencyString(-1 if minor < 0 else 1, sym)
    one = loc.toString(1)
    idx = pattern.rfind(one)
    if idx < 0:  # pragma: no cover - every CLDR locale contains its "1"
        return f"{'-' if minor < 0 else ''}{body} {sym}"
    before, after = pattern[:idx], pattern[idx + len(one) :]
    if sym.isalpha() and len(sym) > 1:  # "KWD1.234" reads badly: keep a code apart from the digits
        if before.endswith(sym):
            before += "\u00a0"
        if after.startswith(sym):
            after = "\u00a0" + after
    return before + body + after


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """Parse a number typed in the locale's format (group separators allowed) into a Decimal without float.
    Returns None when the text is not a number; the caller then raises its own UserError code."""
    loc = locale if locale is not None else QLocale()
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    digits = {loc.toString(i): str(i) for i in range(10)}
    cleaned = "".join(digits.get(ch, ch) for ch in cleaned)
    group, point = loc.groupSeparator(), loc.decimalPoint()
    if group:
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(point, ".").replace(loc.negativeSign(), "-")
    if not cleaned or cleaned.count(".") > 1 or not cleaned.lstrip("+-").replace(".", "").isdigit():
        return None
    return Decimal(cleaned)


# -- dates ------------------------------------------------------------------------------------------------------


_FORMATS = {
    "short": QLocale.FormatType.ShortFormat,
    "long": QLocale.FormatType.LongFormat,
    "narrow": QLocale.FormatType.NarrowFormat,
}


def format_date(value: date | None, locale: QLocale | None = None, *, style: str = "short") -> str:
    """A business date per locale ("" for None). A datetime is shown as its local calendar date."""
    if value is None:
        return ""
    loc = locale if locale is not None else QLocale()
    if isinstance(value, datetime):
        return loc.toString(_to_qdatetime(value).date(), _FORMATS[style])
    return loc.toString(QDate(value.year, value.month, value.day), _FORMATS[style])


def format_datetime(value: datetime | None, locale: QLocale | None = None, *, style: str = "short") -> str:
    """A UTC timestamp shown in the machine's local time zone ("" for None). Naive values are taken as UTC."""
    if value is None:
        return ""
    loc = locale if locale is not None else QLocale()
    return loc.toString(_to_qdatetime(value), _FORMATS[style])


def _to_qdatetime(value: datetime) -> QDateTime:
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    utc = aware.astimezone(UTC)
    qdt = QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000),
        QTimeZone.utc(),
    )
    return qdt.toLocalTime()
