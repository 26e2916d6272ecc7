"""Name folding for case- and accent-insensitive search and sorting.

`fold` is the stored and queried search key (`partners.name_norm`): lower case, German umlauts spelt
out (ä -> ae, ö -> oe, ü -> ue, ß -> ss), other accents dropped, whitespace collapsed. `plain` is the
same except that umlauts lose their dots (ü -> u), so a user who types "muller" finds "Müller" as
well as one who types "müller" or "mueller". Both are per-character mappings, so every substring of a
name folds to a substring of the folded name."""

from __future__ import annotations

import unicodedata

_UMLAUTS_SPELT = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe"}
_UMLAUTS_PLAIN = {"ä": "a", "ö": "o", "ü": "u", "ø": "o"}
# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL = {"æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŀ": "l"}


class _CharMap(dict[int, str]):
    """`str.translate` table: what one character of a case-folded NFC string becomes (umlauts mapped,
    then NFKD without combining marks, then the special letters). Filled on first use of a character,
    so it holds only the characters seen (str.translate looks each one up in C)."""

    def __init__(self, umlauts: dict[str, str]) -> None:
        super().__init__()
        self.umlauts = umlauts

    def __missing__(self, code: int) -> str:
        value = unicodedata.normalize("NFKD", self.umlauts.get(chr(code), chr(code)))
        folded = "".join(_SPECIAL.get(ch, ch) for ch in value if not unicodedata.combining(ch))
        self[code] = folded
        return folded


_SPELT_MAP = _CharMap(_UMLAUTS_SPELT)
_PLAIN_MAP = _CharMap(_UMLAUTS_PLAIN)


def _fold(text: str, table: _CharMap) -> str:
    # Per character after NFC and case folding: NFKD decomposes each character on its own, and its only
    # reordering (canonical ordering) moves combining marks, which are all dropped.
    if text.isascii():
        return " ".join(text.lower().split())  # NFC, casefold and NFKD change nothing else in ASCII
    value = unicodedata.normalize("NFC", text).casefold().translate(table)
    return " ".join(value.split())  # str.split() and re's \s both split on str.isspace() characters


def fold(text: str) -> str:
    """The search/sort key: 'Müller  Systemhaus GmbH' -> 'mueller systemhaus gmbh'."""
    return _fold(text, _SPELT_MAP)


def plain(text: str) -> str:
    """The dotless variant: 'Müller Systemhaus GmbH' -> 'muller systemhaus gmbh'."""
    return _fold(text, _PLAIN_MAP)


def fold_and_plain(text: str) -> tuple[str, str]:
    """`(fold(text), plain(text))`, normalising and case-folding once for both (bulk imports)."""
    if text.isascii():
        key = " ".join(text.lower().split())
        return key, key
    base = unicodedata.normalize("NFC", text).casefold()
    return " ".join(base.translate(_SPELT_MAP).split()), " ".join(base.translate(_PLAIN_MAP).split())


def alt(text: str) -> str | None:
    """What `partners.name_alt` stores: `plain(text)` where it differs from `fold(text)`, else None."""
    dotless = plain(text)
    return dotless if dotless != fold(text) else None
