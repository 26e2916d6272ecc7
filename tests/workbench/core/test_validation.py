from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workbench import validation as v
from workbench.errors import UserError


def code_of(fn: object, *args: object, **kw: object) -> str:
    with pytest.raises(UserError) as err:
        fn(*args, **kw)  # type: ignore[operator]
    return err.value.code


def test_money_conversion() -> None:
    assert v.money_to_minor(Decimal("12.34"), "EUR") == 1234
    assert v.money_to_minor("1000", "JPY") == 1000
    assert v.money_to_minor(Decimal("1.234"), "KWD") == 1234
    assert v.money_to_minor(0, "EUR") == 0
    assert v.minor_to_decimal(1234, "EUR") == Decimal("12.34")


@pytest.mark.parametrize(
    ("amount", "currency", "code"),
    [
        (Decimal("-0.01"), "EUR", "money_negative"),
        (12.5, "EUR", "money_not_decimal"),
        ("12,50", "EUR", "money_invalid"),
        ("NaN", "EUR", "money_invalid"),
        (Decimal("1.005"), "EUR", "money_too_precise"),
        (Decimal("1.5"), "JPY", "money_too_precise"),
        (Decimal("1"), "XYZ", "unknown_currency"),
    ],
)
def test_money_rejections(amount: object, currency: str, code: str) -> None:
    assert code_of(v.money_to_minor, amount, currency) == code


def test_minor_amount_rejections() -> None:
    assert code_of(v.minor_amount, -1) == "money_negative"
    assert code_of(v.minor_amount, 1.5) == "money_not_integer"
    assert code_of(v.minor_amount, True) == "money_not_integer"
    assert code_of(v.minor_amount, 0, allow_zero=False) == "money_zero"
    assert code_of(v.minor_amount, 10**16) == "money_too_large"


def test_text_rules() -> None:
    assert v.text("  Müller  ", "name") == "Müller"
    assert code_of(v.text, "   ", "name") == "required"
    assert v.text("", "name", required=False) is None
    with pytest.raises(UserError) as err:
        v.text("x" * 201, "name")
    assert err.value.code == "too_long" and err.value.params["max"] == 200 and err.value.params["field"] == "name"
    assert code_of(v.text, "a\x00b", "name") == "control_characters"


@pytest.mark.parametrize("bad", ["plain", "a@b", "a@@b.de", "x y@firma.de", "a@-firma.de", "@firma.de"])
def test_bad_emails(bad: str) -> None:
    assert code_of(v.email, bad) == "invalid_email"


def test_good_email_is_normalised() -> None:
    assert v.email(" Jörg.Schmidt@Beispiel.DE ".replace("ö", "o")) == "Jorg.Schmidt@beispiel.de"


@pytest.mark.parametrize("bad", ["not a domain", "localhost", "exa_mple.com", "-x.de", "a..de"])
def test_bad_domains(bad: str) -> None:
    assert code_of(v.web_domain, bad) == "invalid_domain"


def test_domains_are_normalised() -> None:
    assert v.web_domain("https://www.Müller-IT.de/kontakt") == "www.xn--mller-it-65a.de"
    assert v.web_domain("example.com") == "example.com"


def test_dates_and_choices() -> None:
    v.date_range(date(2026, 1, 1), date(2026, 1, 1))
    assert code_of(v.date_range, date(2026, 2, 1), date(2026, 1, 31)) == "end_before_start"
    assert code_of(v.choice, "x", {"a", "b"}, "kind") == "invalid_choice"
    assert code_of(v.country, "Deutschland") == "invalid_country"
    assert v.country("de") == "DE"
    assert code_of(v.positive_int, -1, "n") == "out_of_range"


def test_control_character_rule_per_code_point() -> None:
    """Every character below 32 but tab and newline is refused, anywhere in the text; nothing else is."""
    for code in range(0x3000):
        ch = chr(code)
        text = f"a{ch}b"
        if code < 32 and ch not in "\n\t":
            with pytest.raises(UserError) as exc:
                v.text(text, "f")
            assert exc.value.code == "control_characters"
        else:
            assert v.text(text, "f") == text.strip()


@pytest.mark.parametrize(
    "raw",
    ["a..b.de", "-a.de", "a-.de", "x" * 64 + ".de", "a.d", "a b.de", ".de", "a.de.", "xn--.de", "a_b.de", "münchen.de",
     "HTTP://Example.COM:8080/x", "ftp://a.b.de", "sub." * 60 + "de", "ÄÖÜ.de", "a.xn--p1ai", "xn--mnchen-3ya.de"],
)  # fmt: skip
def test_web_domain_as_through_the_idna_codec(raw: str) -> None:
    """ASCII hosts skip the IDNA codec: the result (value or error) is what going through it gives."""
    host = raw.strip().lower()
    host = host.split("://", 1)[1] if "://" in host else host
    host = host.split("/")[0].split(":")[0]
    try:
        expected: str | None = host.encode("idna").decode("ascii")
        assert expected is not None
        if not v._DOMAIN.match(expected):
            expected = None
    except UnicodeError:
        expected = None
    if expected is None:
        with pytest.raises(UserError) as exc:
            v.web_domain(raw)
        assert exc.value.code == "invalid_domain"
    else:
        assert v.web_domain(raw) == expected
