"""Name folding for case- and accent-insensitive search and sorting.

`fold` is the stored and queried search key (`partners.name_norm`): lower case, German umlauts spelt
out (ä -> ae, ö -> oe, ü -> ue, ß -> ss), other accents dropped, whitespace collapsed. `plain` is the
same except that umlauts lose their dots (ü -> u), so a user who types "muller" finds "Müller" as
well as one who types "müller" or "mueller". Both are per-character mappings, so every substring of a
name folds to a substring of the folded name."""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS_SPELT = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe"}
_UMLAUTS_PLAIN = {"ä": "a", "ö": "o", "ü": "u", "ø": "o"}
# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL = {"æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŀ": "l"}
_SPACE = re.compile(r"\s+")


def _fold(text: str, umlauts: dict[str, str]) -> str:
    value = unicodedata.normalize("NFC", text).casefold()
    value = "".join(umlauts.get(ch, ch) for ch in value)
    value = unicodedata.normalize("NFKD", value)
    value = "".join(_SPECIAL.get(ch, ch) for ch in value if not unicodedata.combining(ch))
    return _SPACE.sub(" ", value).strip()


def fold(text: str) -> str:
    """The search/sort key: 'Müller  Systemhaus GmbH' -> 'mueller systemhaus gmbh'."""
    return _fold(text, _UMLAUTS_SPELT)


def plain(text: str) -> str:
    """The dotless variant: 'Müller Systemhaus GmbH' -> 'muller systemhaus gmbh'."""
    return _fold(text, _UMLAUTS_PLAIN)


def alt(text: str) -> str | None:
    """What `partners.name_alt` stores: `plain(text)` where it differs from `fold(text)`, else None."""
    dotless = plain(text)
    return dotless if dotless != fold(text) else None
