"""CSV export: BOM, locale separators, formula neutralisation, scope, and the round trip into the importer."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from tests.workbench.deals.conftest import World
from tests.workbench.dupcheck.helpers import VENDOR, partner_actor
from workbench.csvio.exporter import export_contacts, export_deals, export_partners, neutralise, separator_for
from workbench.csvio.importer import ImportOptions, preview, run_import
from workbench.deals import commands as dc
from workbench.deals.types import DealInput, DealProductInput
from workbench.partners.commands import add_contact, create_partner
from workbench.partners.types import ContactInput, PartnerInput

EVIL = '=HYPERLINK("http://evil.example","x")'


def _rows(data: bytes, sep: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    body = data[3:].decode("utf-8")
    assert "\r\n" in body
    return list(csv.reader(io.StringIO(body, newline=""), delimiter=sep))


@pytest.mark.parametrize(
    ("cell", "out"),
    [("=1+2", "'=1+2"), ("+49 89", "'+49 89"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("Müller", "Müller"), ("a=b", "a=b"), ("", "")],
)  # fmt: skip
def test_neutralise(cell: str, out: str) -> None:
    assert neutralise(cell) == out


def test_separator_for_locale() -> None:
    assert [separator_for(x) for x in ("de", "de_DE", "de-AT", "en", "en_US", "fr")] == [";", ";", ";", ",", ",", ","]


def test_partners_export_and_round_trip(engine: Engine, world: World) -> None:
    create_partner(engine, VENDOR, PartnerInput(legal_name=EVIL, partner_type="agency", program_id=world.program_id,
                                                phone="+49 30 1234", description="-minus; semi"))  # fmt: skip
    de = export_partners(engine, VENDOR, locale="de")
    rows = _rows(de, ";")
    assert rows[0][:3] == ["legal_name", "partner_type", "country"]
    evil_row = next(r for r in rows if r[0].startswith("'="))
    assert evil_row[0] == "'" + EVIL and evil_row[6] == "'+49 30 1234" and evil_row[8] == "'-minus; semi"
    en = _rows(export_partners(engine, VENDOR, locale="en"), ",")
    assert len(en) == len(rows) == 4  # header, Alpha, Beta, the new one
    # The export imports again as it is; the neutralising apostrophe is removed.
    pv = preview(de, "partners", "workbench", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    assert pv.delimiter == ";" and pv.valid_count == 3
    assert {r.cleaned["legal_name"] for r in pv.rows} >= {EVIL, "Alpha Systems GmbH"}
    assert next(r for r in pv.rows if r.cleaned["legal_name"] == EVIL).cleaned["phone"] == "+49 30 1234"
    assert run_import(engine, VENDOR, pv).created == 3


def test_contacts_export_scoped_to_own_partner(engine: Engine, world: World) -> None:
    add_contact(engine, VENDOR, ContactInput(partner_id=world.partner_a, last_name="Schulz", first_name="Jana"))
    add_contact(engine, VENDOR, ContactInput(partner_id=world.partner_b, last_name="@Klein", is_primary=True))
    everything = _rows(export_contacts(engine, VENDOR, locale="en"), ",")
    assert [r[2] for r in everything[1:]] == ["Schulz", "'@Klein"]
    assert everything[2][7] == "true"
    own = _rows(export_contacts(engine, partner_actor(world.partner_a), locale="en"), ",")
    assert [r[0] for r in own[1:]] == ["Alpha Systems GmbH"]


def test_deals_export_locale_amounts_and_products(engine: Engine, world: World) -> None:
    close = date.today() + timedelta(days=30)
    dc.create_deal(engine, partner_actor(world.partner_a), DealInput(
        partner_id=world.partner_a, program_id=world.program_id, customer_name="Müller GmbH",
        title="=cmd|' /C calc'!A0",
        amount=Decimal("1234.5"), currency="EUR", expected_close=close,
        products=(DealProductInput(world.product_1), DealProductInput(world.product_2)),
    ))  # fmt: skip
    de = _rows(export_deals(engine, VENDOR, locale="de"), ";")
    assert de[0] == ["partner", "customer_name", "customer_domain", "customer_email", "customer_country", "title",
                     "description", "amount", "currency", "expected_close", "products"]  # fmt: skip
    row = de[1]
    assert row[0] == "Alpha Systems GmbH" and row[5] == "'=cmd|' /C calc'!A0"
    assert row[7] == "1234,50" and row[9] == close.isoformat() and row[10] == "LIC-1;SRV-1"
    en = _rows(export_deals(engine, VENDOR, locale="en"), ",")
    assert en[1][7] == "1234.50"
    assert _rows(export_deals(engine, partner_actor(world.partner_b), locale="en"), ",") == [en[0]]
    # Round trip into the deal importer.
    pv = preview(export_deals(engine, VENDOR, locale="de"), "deals", "workbench", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    assert pv.valid_count == 1, pv.rows[0].errors
    assert pv.rows[0].cleaned["amount_minor"] == 123_450 and len(pv.rows[0].cleaned["products"]) == 2
