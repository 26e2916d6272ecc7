"""Normalised end-customer names for the duplicate check and the customer filter.

`normalize_company("Müller Systemhaus GmbH") == normalize_company("MUELLER SYSTEMHAUS")`: case is
folded, German umlauts are transliterated (ä -> ae, ö -> oe, ü -> ue, ß -> ss), other accents are
dropped, punctuation becomes a space and trailing legal forms (GmbH, AG, Inc., S.p.A., ...) are removed."""

from __future__ import annotations

import re
import unicodedata

# Legal forms as they look after normalisation (dots dropped, so "S.p.A." -> "spa", "A/S" -> "as").
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "kgaa",
        "ohg",
        "ug",
        "se",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "llc",
        "corp",
        "corporation",
        "sarl",
        "sas",
        "sa",
        "bv",
        "nv",
        "spa",
        "srl",
        "oy",
        "ab",
        "as",
        "plc",
        "co",
    }
)

_TRANSLITERATE = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "þ": "th",
    }
)
_JOINERS = re.compile(r"[.'’/]")  # "S.p.A." -> "spa", "A/S" -> "as", "O'Neil" -> "oneil"
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize_text(value: str) -> str:
    """Fold case, umlauts, accents and punctuation; keep every word (used for search input)."""
    folded = value.casefold().translate(_TRANSLITERATE)
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    folded = _JOINERS.sub("", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split())


def normalize_company(name: str) -> str:
    """`normalize_text` plus removal of trailing legal forms ("Acme GmbH & Co. KG" -> "acme").
    A name that consists of legal forms only keeps its first word."""
    words = normalize_text(name).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)
