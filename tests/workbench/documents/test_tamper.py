"""Every doctored copy is refused by verify_pdf (pyHanko with difference analysis), and by poppler's pdfsig
where the change touches signed bytes. An overlay appended as an incremental update leaves the signed bytes
intact — pdfsig then only says the signature no longer covers the whole document, so the verdict there is
pyHanko's difference analysis."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.workbench.documents.conftest import Docs
from tests.workbench.documents.helpers import (
    Pki,
    first_page_content_id,
    flip,
    flip_hex,
    object_stream_offset,
    overlay_total,
    require_pdfsig,
    rewrite_whole,
    signature_value_offset,
)
from workbench.documents.verify import pdfsig_report, verify_pdf


def page_content_byte(data: bytes) -> bytes:
    return flip(data, object_stream_offset(data, first_page_content_id(data)) + 10)


def evidence_byte(docs: Docs) -> Callable[[bytes], bytes]:
    jpeg = docs.dto.evidence[0].path.read_bytes()  # stored uncompressed (already compressed format)

    def tamper(data: bytes) -> bytes:
        pos = data.find(jpeg[:200])
        assert pos > 0 and data.count(jpeg[:200]) == 1
        return flip(data, pos + len(jpeg) // 2)

    return tamper


def signature_value_byte(data: bytes) -> bytes:
    return flip_hex(data, signature_value_offset(data, 0))


CASES = ["page_content", "evidence_file", "signature_value", "rewritten_whole"]


def _tampered(docs: Docs, case: str, base: bytes) -> bytes:
    if case == "page_content":
        return page_content_byte(base)
    if case == "evidence_file":
        return evidence_byte(docs)(base)
    if case == "signature_value":
        return signature_value_byte(base)
    return rewrite_whole(base)


@pytest.mark.parametrize("base_name", ["signed", "countersigned"])
@pytest.mark.parametrize("case", CASES)
def test_tampered_copy_fails_verification(docs: Docs, pki: Pki, case: str, base_name: str) -> None:
    base = getattr(docs, base_name)
    bad = _tampered(docs, case, base)
    assert bad != base
    report = verify_pdf(bad, [pki.ca.certificate])
    assert not report.ok
    if case == "signature_value":
        partner = report.signatures[0]
        assert partner.intact and not partner.valid  # the hash still matches, the signature does not
    else:
        assert not report.signatures[0].intact  # the partner's signed bytes changed
    assert all("not_intact" in s.problems or "bad_signature" in s.problems for s in report.signatures)


@pytest.mark.parametrize("case", CASES)
def test_tampered_copy_fails_pdfsig(docs: Docs, case: str, tmp_path: Path) -> None:
    require_pdfsig()
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(_tampered(docs, case, docs.countersigned))
    rep = pdfsig_report(path)
    assert not rep.all_valid, rep.raw
    partner = next(s for s in rep.signatures if s.field_name == "PartnerSignature")
    assert partner.signed and not partner.signature_valid


@pytest.mark.parametrize("base_name", ["signed", "countersigned"])
def test_overlay_with_a_different_total_fails(docs: Docs, pki: Pki, base_name: str, tmp_path: Path) -> None:
    base = getattr(docs, base_name)
    bad = overlay_total(base)
    assert bad.startswith(base)  # the signed bytes are untouched
    report = verify_pdf(bad, [pki.ca.certificate])
    assert not report.ok
    partner = report.signatures[0]
    assert partner.intact and partner.valid and partner.trusted
    assert "disallowed_modification" in partner.problems
    assert partner.modification_level == "OTHER"
    # The same file is fine without the overlay.
    assert verify_pdf(base, [pki.ca.certificate]).ok
    if base_name == "countersigned":
        approver = report.signatures[1]
        assert "disallowed_modification" in approver.problems


def test_pdfsig_sees_the_overlay_as_not_covering_the_whole_document(docs: Docs, tmp_path: Path) -> None:
    require_pdfsig()
    path = tmp_path / "overlay.pdf"
    path.write_bytes(overlay_total(docs.signed))
    rep = pdfsig_report(path)
    partner = next(s for s in rep.signatures if s.signed)
    assert partner.total_document_signed is False


def test_malformed_signature_contents_is_refused_without_raising(docs: Docs, pki: Pki) -> None:
    pos = signature_value_offset(docs.countersigned, 0)
    bad = bytearray(docs.countersigned)
    bad[pos] = ord("x")  # not a hex digit: the signature container cannot be parsed
    report = verify_pdf(bytes(bad), [pki.ca.certificate])
    assert not report.ok
