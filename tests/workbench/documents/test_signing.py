"""Signing: the partner certifies (B-B, or B-T with a reachable TSA), the approver countersigns into the
pre-created field; pyHanko and poppler's pdfsig both accept the untouched files."""

from __future__ import annotations

import asyncio
import io
import socket
import threading

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm

from sync.tsa import HttpTimeStamper
from tests.workbench.documents.conftest import Docs
from tests.workbench.documents.helpers import Pki, require_pdfsig, tsa_server
from workbench.documents.signing import countersign, sign_partner
from workbench.documents.types import APPROVER_FIELD, PARTNER_FIELD, ClockSource, Verdict
from workbench.documents.verify import certifying_permissions, pdfsig_report, verify_pdf
from workbench.errors import UserError


def test_partner_signature_certifies_and_verifies(docs: Docs, pki: Pki) -> None:
    report = verify_pdf(docs.signed, [pki.ca.certificate])
    assert report.ok, report
    (sig,) = report.signatures
    assert sig.field_name == PARTNER_FIELD
    assert sig.certifying and sig.intact and sig.valid and sig.trusted
    assert sig.coverage == "ENTIRE_FILE" and sig.modification_level == "NONE"
    assert sig.clock is ClockSource.LOCAL and sig.signing_time is not None
    assert "Jörg Müller" in sig.signer and sig.signer_email == "joerg@mueller.example"
    assert certifying_permissions(docs.signed) is MDPPerm.FILL_FORMS
    assert len(report.embedded_files) == len(docs.dto.evidence)


def test_countersignature_is_an_incremental_update_and_both_verify(docs: Docs, pki: Pki) -> None:
    assert docs.countersigned.startswith(docs.signed)  # incremental: the partner's bytes are untouched
    assert PdfFileReader(io.BytesIO(docs.countersigned)).xrefs.total_revisions == 3
    report = verify_pdf(docs.countersigned, [pki.ca.certificate])
    assert report.ok, report
    partner, approver = report.signatures
    assert partner.field_name == PARTNER_FIELD and partner.modification_level == "FORM_FILLING"
    assert partner.coverage == "ENTIRE_REVISION"
    assert approver.field_name == APPROVER_FIELD and not approver.certifying
    assert approver.coverage == "ENTIRE_FILE" and "Anna Approver" in approver.signer


@pytest.mark.parametrize("name", ["signed", "countersigned"])
def test_pdfsig_reports_every_signature_valid(docs: Docs, name: str) -> None:
    require_pdfsig()
    rep = pdfsig_report(docs.dir / f"{name}.pdf")
    assert rep.all_valid, rep.raw
    signed = [s for s in rep.signatures if s.signed]
    assert len(signed) == (1 if name == "signed" else 2)
    assert signed[0].field_name == PARTNER_FIELD and signed[0].signer == "Jörg Müller"


def test_untrusted_roots_fail(docs: Docs, pki: Pki) -> None:
    for roots in ([], [pki.other_ca.certificate]):
        report = verify_pdf(docs.countersigned, roots)
        assert not report.ok
        assert all(s.verdict is Verdict.INVALID and "untrusted" in s.problems for s in report.signatures)
        assert all(s.intact and s.valid for s in report.signatures)


def test_unsigned_and_non_pdf_inputs(docs: Docs, pki: Pki) -> None:
    assert verify_pdf(docs.unsigned, [pki.ca.certificate]).problems == ("no_signatures",)
    assert verify_pdf(b"hello", [pki.ca.certificate]).problems == ("not_a_pdf",)
    assert verify_pdf(b"%PDF-1.7\ngarbage", [pki.ca.certificate]).problems == ("unreadable_pdf",)


def test_signing_inside_a_running_event_loop_and_from_a_worker_thread(docs: Docs, pki: Pki) -> None:
    async def in_loop() -> bytes:
        return sign_partner(docs.unsigned, pki.partner).data

    data = asyncio.run(in_loop())
    assert verify_pdf(data, [pki.ca.certificate]).ok

    results: list[bool] = []

    def worker() -> None:
        signed = countersign(docs.signed, pki.approver).data
        results.append(verify_pdf(signed, [pki.ca.certificate]).ok)

    t = threading.Thread(target=worker)
    t.start()
    t.join(60)
    assert results == [True]


def test_b_t_with_a_reachable_timestamp_authority(docs: Docs, pki: Pki) -> None:
    with tsa_server(pki.tsa) as url:
        outcome = sign_partner(docs.unsigned, pki.partner, timestamper=HttpTimeStamper(url))
        assert outcome.clock is ClockSource.TSA and outcome.profile == "PAdES-B-T"
        counter = countersign(outcome.data, pki.approver, timestamper=HttpTimeStamper(url))
    report = verify_pdf(counter.data, [pki.ca.certificate])
    assert report.ok, report
    assert all(s.clock is ClockSource.TSA and s.timestamp_valid for s in report.signatures)


def test_unreachable_timestamp_authority_falls_back_to_laptop_clock(docs: Docs, pki: Pki) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    outcome = sign_partner(
        docs.unsigned, pki.partner, timestamper=HttpTimeStamper(f"http://127.0.0.1:{port}/tsa", timeout=2)
    )
    assert outcome.clock is ClockSource.LOCAL and outcome.profile == "PAdES-B-B"
    assert outcome.timestamp_error is not None and outcome.timestamp_error.startswith("tsa_unavailable")
    report = verify_pdf(outcome.data, [pki.ca.certificate])
    assert report.ok and report.signatures[0].clock is ClockSource.LOCAL


def test_signing_needs_the_precreated_field_and_a_pdf(docs: Docs, pki: Pki) -> None:
    with pytest.raises(UserError) as exc:
        sign_partner(docs.signed, pki.partner)  # the partner field is already signed
    assert exc.value.code == "signing_failed"
    with pytest.raises(UserError) as exc:
        sign_partner(b"not a pdf", pki.partner)
    assert exc.value.code == "unreadable_pdf"
    with pytest.raises(UserError) as exc:
        HttpTimeStamper("ftp://example.com")
    assert exc.value.code == "invalid_url"


def test_server_document_timestamp_after_countersignature_verifies(docs: Docs, pki: Pki) -> None:
    from workbench.documents.signing import add_document_timestamp

    with tsa_server(pki.tsa) as url:
        stamped = add_document_timestamp(docs.countersigned, HttpTimeStamper(url))
    assert stamped.startswith(docs.countersigned)
    report = verify_pdf(stamped, [pki.ca.certificate])
    assert report.ok, report
    assert [s.document_timestamp for s in report.signatures] == [False, False, True]
    assert report.signatures[1].modification_level == "LTA_UPDATES"
    assert not verify_pdf(stamped, [pki.other_ca.certificate]).ok


def test_verify_inside_a_running_event_loop(docs: Docs, pki: Pki) -> None:
    async def in_loop() -> bool:
        return verify_pdf(docs.countersigned, [pki.ca.certificate]).ok

    assert asyncio.run(in_loop())
