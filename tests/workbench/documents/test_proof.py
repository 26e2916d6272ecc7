"""The proof-of-execution PDF: content, language, page numbers, embedded evidence, pre-created signature
fields in the same single revision, and the DTO built from a real claim."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from sqlalchemy import Engine

from tests.workbench.documents.conftest import Docs
from tests.workbench.documents.helpers import jpeg_bytes, sample_dto
from tests.workbench.mdf.conftest import World
from workbench.documents.proof import embedded_file_key, proof_dto_from_claim, render_proof_pdf
from workbench.documents.types import APPROVER_FIELD, PARTNER_FIELD, Lang
from workbench.documents.verify import embedded_files
from workbench.errors import UserError
from workbench.mdf import commands as cmd
from workbench.mdf.types import AllocationInput, BudgetInput, ClaimInput, CostLineInput, RequestInput
from workbench.records.commands import add_attachment

NBSP = "\u00a0"


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(NBSP, " ")


def test_unsigned_proof_is_one_revision_with_evidence_and_empty_fields(docs: Docs) -> None:
    reader = PdfFileReader(io.BytesIO(docs.unsigned))
    assert reader.xrefs.total_revisions == 1
    fields = {name: value for name, value, _ in enumerate_sig_fields(reader)}
    assert fields == {PARTNER_FIELD: None, APPROVER_FIELD: None}
    files = embedded_files(docs.unsigned)
    assert files == {ev.file_name: ev.path.read_bytes() for ev in docs.dto.evidence}
    assert embedded_file_key(1, "Messestand_München.jpg") == "01_Messestand_Munchen.jpg"


def test_german_text_totals_and_page_numbers(docs: Docs) -> None:
    text = pdf_text(docs.dir / "unsigned.pdf")
    for expected in (
        "Ausführungsnachweis",
        "Müller & Söhne Systemhaus GmbH",
        "Nordlicht Software AG",
        "Fachmesse „IT-Sicherheit Süd“ 2026",
        "02.03.2026 – 05.03.2026",
        "7.557,36 €",
        "18.500,00 €",
        "Messestand_München.jpg",
        docs.dto.evidence[0].sha256[:32],
        "Seite 1 von 2",
        "Seite 2 von 2",
        "Unterschrift des Partners",
    ):
        assert expected in text, expected


def test_english_long_claim_spans_pages(tmp_path: Path) -> None:
    dto = sample_dto(tmp_path / "blobs", Lang.EN, lines=60)
    path = tmp_path / "en.pdf"
    path.write_bytes(render_proof_pdf(dto))
    text = pdf_text(path)
    assert "Proof of execution" in text
    assert "€1,234.56" in text
    assert "Page 1 of 3" in text and "Page 3 of 3" in text
    assert "Page 4 of" not in text
    assert text.count("Amount (EUR)") >= 2  # the table header repeats on every page


def test_fonts_are_embedded(docs: Docs) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    out = subprocess.run(["pdffonts", str(docs.dir / "unsigned.pdf")], capture_output=True, text=True, check=True)
    dejavu = [line for line in out.stdout.splitlines() if "DejaVuSans" in line]
    assert dejavu and all(" yes " in line for line in dejavu)


# --- the DTO from the database --------------------------------------------------------------------


def _claim_with_evidence(engine: Engine, w: World, blob_dir: Path) -> str:
    today = date.today()
    bid = cmd.create_budget(
        engine, w.admin, BudgetInput(w.program_id, "FY", today, today + timedelta(days=90), Decimal("1000"), "EUR")
    ).id
    aid = cmd.allocate(engine, w.manager, AllocationInput(bid, w.partner_a, Decimal("800"), "EUR")).id
    rid = cmd.create_request(
        engine,
        w.partner_a_admin,
        RequestInput(aid, "event", "Messe Köln", today, today + timedelta(days=1), Decimal("300"), "EUR", "Stand"),
    ).id
    cmd.submit_request(engine, w.partner_a_admin, rid)
    cmd.approve_request(engine, w.manager, rid, None)
    cid = cmd.create_claim(
        engine, w.partner_a_admin, ClaimInput(rid, Decimal("150.00"), Decimal("300.00"), "EUR", "Gut besucht")
    ).id
    cmd.add_cost_line(engine, w.partner_a_admin, CostLineInput(cid, "Standmiete", Decimal("200.50"), "EUR", "R-1"))
    cmd.add_cost_line(engine, w.partner_a_admin, CostLineInput(cid, "Catering", Decimal("99.50"), "EUR"))
    add_attachment(
        engine, w.partner_a_admin, "mdf_claims", cid, jpeg_bytes(), blob_dir, "photos", file_name="stand.jpg"
    )
    add_attachment(
        engine, w.partner_a_admin, "mdf_claims", cid, b"invoice", blob_dir, "invoice", file_name="rechnung.pdf"
    )
    return cid


def test_dto_from_claim(engine: Engine, world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = _claim_with_evidence(engine, world, blobs)
    dto = proof_dto_from_claim(engine, cid, blobs, "de", actor=world.partner_a_admin, vendor_name="Nordlicht")
    assert dto.lang is Lang.DE
    assert dto.vendor_name == "Nordlicht" and dto.program_name == "STD"
    assert dto.partner_name == "Alpha Systems GmbH"
    assert dto.activity_title == "Messe Köln" and dto.activity_type == "event"
    assert (dto.claimed_minor, dto.actual_cost_minor, dto.cost_total_minor) == (15000, 30000, 30000)
    assert [c.description for c in dto.cost_lines] == ["Standmiete", "Catering"]
    assert [(e.file_name, e.evidence_kind, e.mime_type) for e in dto.evidence] == [
        ("stand.jpg", "photos", "image/jpeg"),
        ("rechnung.pdf", "invoice", "application/pdf"),
    ]
    pdf = render_proof_pdf(dto)
    assert embedded_files(pdf)["rechnung.pdf"] == b"invoice"


def test_dto_from_claim_refuses_other_partner_and_missing_blobs(engine: Engine, world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = _claim_with_evidence(engine, world, blobs)
    with pytest.raises(UserError) as exc:
        proof_dto_from_claim(engine, cid, blobs, "en", actor=world.partner_b_user)
    assert exc.value.code == "unknown_reference"
    with pytest.raises(UserError) as exc:
        proof_dto_from_claim(engine, cid, tmp_path / "elsewhere", "en")
    assert exc.value.code == "evidence_blob_missing"
    with pytest.raises(ValueError):
        proof_dto_from_claim(engine, cid, blobs, "fr")
