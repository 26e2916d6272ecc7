from __future__ import annotations

import pytest

from workbench.deals.normalize import normalize_company, normalize_text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Müller Systemhaus GmbH", "MUELLER SYSTEMHAUS"),
        ("ACME, Inc.", "acme"),
        ("Straße & Söhne KG", "STRASSE SOEHNE"),
        ("Société Générale S.A.", "societe generale"),
        ("Foo GmbH & Co. KG", "foo"),
        ("Bar S.p.A.", "BAR"),
        ("Baz A/S", "baz"),
        ("Qux B.V.", "qux"),
        ("Quux N.V.", "quux"),
        ("Nordic Oy", "nordic"),
        ("Svenska AB", "svenska"),
        ("Widgets Limited", "widgets ltd"),
        ("Widgets plc", "WIDGETS"),
        ("Tools LLC", "tools"),
        ("Paris SARL", "paris sas"),
        ("Big SE", "big"),
        ("Mega AG", "mega"),
    ],
)
def test_same_company(a: str, b: str) -> None:
    assert normalize_company(a) == normalize_company(b)


def test_examples_from_the_brief() -> None:
    assert normalize_company("Müller Systemhaus GmbH") == "mueller systemhaus"
    assert normalize_company("ACME, Inc.") == "acme"


@pytest.mark.parametrize(("a", "b"), [("Müller GmbH", "Miller GmbH"), ("Acme Inc", "Acme Systems Inc")])
def test_different_company(a: str, b: str) -> None:
    assert normalize_company(a) != normalize_company(b)


def test_legal_form_only_in_the_middle_is_kept_and_name_never_empty() -> None:
    assert normalize_company("AG Consulting GmbH") == "ag consulting"
    assert normalize_company("AB") == "ab"


def test_normalize_text_keeps_legal_forms() -> None:
    assert normalize_text("  Ünited   GmbH ") == "uenited gmbh"
