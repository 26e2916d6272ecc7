"""Verification of signed proofs (ARCHITECTURE §5): pyHanko validation with explicit trust roots and its
difference analysis, plus poppler's `pdfsig` as an independent second opinion.

The overall verdict holds only when every signature is intact, cryptographically valid and trusted, and
nothing disallowed follows any of them: an incremental update after the partner's signature that paints a
different total fails even though the signed bytes are intact (modification level OTHER / DocMDP breach)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from cryptography import x509
from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import DocumentTimestampStatus, PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from workbench.documents.signing import asn1_cert
from workbench.documents.types import (
    ClockSource,
    PdfsigReport,
    PdfsigSignature,
    SignatureReport,
    Verdict,
    VerificationReport,
)

T = TypeVar("T")

# What may follow a signature: nothing, validation data (DSS / document timestamps), or filling form fields
# (here: the approver's signature in its pre-created field).
ALLOWED_AFTER_SIGNATURE = frozenset(
    {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING}
)
_VALIDATION_ERRORS = (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError)


def _off_loop(fn: Callable[[], T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-verify") as pool:
        return pool.submit(fn).result()


def _name_of(cert: Any) -> str:
    try:
        return str(cert.subject.human_friendly)
    except (AttributeError, ValueError):
        return ""


def _email_of(cert: Any) -> str | None:
    try:
        native = cert.subject.native
        value = native.get("email_address")
        return str(value) if value else None
    except (AttributeError, ValueError):
        return None


def _report(sig: EmbeddedPdfSignature, status: PdfSignatureStatus) -> SignatureReport:
    problems: list[str] = []
    if not status.intact:
        problems.append("not_intact")
    if not status.valid:
        problems.append("bad_signature")
    if not status.trusted:
        problems.append("untrusted" if status.revocation_details is None else "revoked")
    coverage = status.coverage
    level = status.modification_level
    if coverage is None or coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        problems.append("incomplete_coverage")
    if level is None or level not in ALLOWED_AFTER_SIGNATURE:
        problems.append("disallowed_modification")
    if status.docmdp_ok is False:
        problems.append("docmdp_violation")
    if not status.seed_value_ok:
        problems.append("seed_value_violation")
    ts = status.timestamp_validity
    ts_ok: bool | None = None
    if ts is not None:
        ts_ok = bool(ts.intact and ts.valid and ts.trusted)
        if not ts_ok:
            problems.append("timestamp_invalid")
    if not status.bottom_line and not problems:
        problems.append("policy_violation")
    signing_time: datetime | None = ts.timestamp if ts is not None else status.signer_reported_dt
    try:
        certifying = sig.docmdp_level is not None and sig.sig_object.get("/Reference") is not None
    except _VALIDATION_ERRORS:
        certifying = False
    return SignatureReport(
        field_name=str(sig.field_name),
        signer=_name_of(status.signing_cert),
        signer_email=_email_of(status.signing_cert),
        signing_time=signing_time,
        clock=ClockSource.TSA if ts is not None else ClockSource.LOCAL,
        certifying=certifying,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=coverage.name if coverage is not None else "UNCLEAR",
        modification_level=level.name if level is not None else None,
        docmdp_ok=status.docmdp_ok,
        timestamp_valid=ts_ok,
        verdict=Verdict.INVALID if problems else Verdict.VALID,
        problems=tuple(problems),
    )


def _timestamp_report(sig: EmbeddedPdfSignature, status: DocumentTimestampStatus) -> SignatureReport:
    """A document timestamp (added by the server): valid when intact, valid, trusted (TSA chain to a trust
    root) and nothing disallowed follows it."""
    problems: list[str] = []
    if not status.intact:
        problems.append("not_intact")
    if not status.valid:
        problems.append("bad_signature")
    if not status.trusted:
        problems.append("untrusted")
    level = status.modification_level
    if level is None or level not in ALLOWED_AFTER_SIGNATURE:
        problems.append("disallowed_modification")
    return SignatureReport(
        field_name=str(sig.field_name),
        signer=_name_of(status.signing_cert),
        signer_email=None,
        signing_time=status.timestamp,
        clock=ClockSource.TSA,
        certifying=False,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=status.coverage.name if status.coverage is not None else "UNCLEAR",
        modification_level=level.name if level is not None else None,
        docmdp_ok=status.docmdp_ok,
        timestamp_valid=bool(status.intact and status.valid and status.trusted),
        verdict=Verdict.INVALID if problems else Verdict.VALID,
        problems=tuple(problems),
        document_timestamp=True,
    )


def _broken(sig: EmbeddedPdfSignature, code: str) -> SignatureReport:
    try:
        name = str(sig.field_name)
    except _VALIDATION_ERRORS:
        name = ""
    signer = ""
    with contextlib.suppress(*_VALIDATION_ERRORS):
        signer = _name_of(sig.signer_cert)
    return SignatureReport(
        field_name=name,
        signer=signer,
        signer_email=None,
        signing_time=None,
        clock=ClockSource.LOCAL,
        certifying=False,
        intact=False,
        valid=False,
        trusted=False,
        coverage="UNCLEAR",
        modification_level=None,
        docmdp_ok=None,
        timestamp_valid=None,
        verdict=Verdict.INVALID,
        problems=(code,),
    )


def embedded_file_names(reader: PdfFileReader) -> tuple[str, ...]:
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return ()
    if not isinstance(names, ArrayObject):
        return ()
    out: list[str] = []
    for i in range(0, len(names) - 1, 2):
        spec = names[i + 1].get_object()
        if isinstance(spec, DictionaryObject):
            out.append(str(spec.get("/UF", spec.get("/F", names[i]))))
    return tuple(out)


def embedded_files(data: bytes) -> dict[str, bytes]:
    """The embedded files of a PDF (Unicode name -> content), e.g. to compare with a claim's evidence hashes."""
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return {}
    out: dict[str, bytes] = {}
    for i in range(0, len(names) - 1, 2):
        spec = names[i + 1].get_object()
        name = str(spec.get("/UF", spec.get("/F", names[i])))
        out[name] = spec["/EF"]["/F"].get_object().data
    return out


def verify_pdf(data: bytes, trust_roots: Sequence[x509.Certificate]) -> VerificationReport:
    """Validate every signature of `data` against `trust_roots` only (no fetching; revocation soft-fail).
    Never raises for a bad document: unreadable input is a report with ok=False and a problem code."""
    return _off_loop(lambda: _verify(data, trust_roots))


def _verify(data: bytes, trust_roots: Sequence[x509.Certificate]) -> VerificationReport:
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        return VerificationReport(ok=False, signatures=(), problems=("not_a_pdf",))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
        files = embedded_file_names(reader)
    except _VALIDATION_ERRORS:
        return VerificationReport(ok=False, signatures=(), problems=("unreadable_pdf",))
    if not sigs:
        return VerificationReport(ok=False, signatures=(), problems=("no_signatures",), embedded_files=files)
    roots = [asn1_cert(c) for c in trust_roots]
    reports: list[SignatureReport] = []
    for sig in sigs:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            if sig.sig_object_type == "/DocTimeStamp":
                reports.append(_timestamp_report(sig, validate_pdf_timestamp(sig, validation_context=vc)))
                continue
            status = validate_pdf_signature(sig, signer_validation_context=vc, ts_validation_context=vc)
        except _VALIDATION_ERRORS:
            reports.append(_broken(sig, "signature_unreadable"))
            continue
        reports.append(_report(sig, status))
    problems: list[str] = []
    certifying = [r for r in reports if r.certifying]
    if len(certifying) > 1:
        problems.append("multiple_certifications")
    if certifying and reports[0] is not certifying[0]:
        problems.append("certification_not_first")
    ok = not problems and all(r.verdict is Verdict.VALID for r in reports)
    return VerificationReport(ok=ok, signatures=tuple(reports), problems=tuple(problems), embedded_files=files)


def certifying_permissions(data: bytes) -> MDPPerm | None:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    for sig in reader.embedded_signatures:
        level = sig.docmdp_level
        if level is not None:
            return level  # type: ignore[no-any-return]
    return None


# --- poppler's pdfsig ---------------------------------------------------------------------------------

_SIG_HEADER = re.compile(r"^Signature #(\d+):\s*$")


def pdfsig_available() -> bool:
    return shutil.which("pdfsig") is not None


def parse_pdfsig(output: str) -> tuple[PdfsigSignature, ...]:
    sigs: list[PdfsigSignature] = []
    current: dict[str, Any] | None = None

    def flush() -> None:
        if current is not None:
            sigs.append(
                PdfsigSignature(
                    index=current["index"],
                    field_name=current.get("field"),
                    signer=current.get("signer"),
                    signed=not current.get("unsigned", False),
                    signature_valid=current.get("validation") == "Signature is Valid.",
                    certificate_status=current.get("cert"),
                    total_document_signed=current.get("total"),
                )
            )

    for raw in output.splitlines():
        line = raw.strip()
        m = _SIG_HEADER.match(line)
        if m:
            flush()
            current = {"index": int(m.group(1))}
            continue
        if current is not None and line == "The signature form field is not signed.":
            current["unsigned"] = True
            continue
        if current is None or not line.startswith("- "):
            continue
        item = line[2:]
        key, _, value = item.partition(":")
        value = value.strip()
        if key == "Signature Field Name":
            current["field"] = value
        elif key == "Signer Certificate Common Name":
            current["signer"] = value
        elif key == "Signature Validation":
            current["validation"] = value
        elif key == "Certificate Validation":
            current["cert"] = value
        elif item == "Total document signed":
            current["total"] = True
        elif item == "Not total document signed":
            current["total"] = False
    flush()
    return tuple(sigs)


def pdfsig_report(path: Path | str, *, timeout: float = 30.0) -> PdfsigReport:
    """Run poppler's `pdfsig` on `path` (independent verifier). `available=False` when it is not installed."""
    exe = shutil.which("pdfsig")
    if exe is None:
        return PdfsigReport(available=False, exit_code=None, signatures=(), raw="")
    try:
        proc = subprocess.run(
            [exe, "-no-ocsp", str(path)], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return PdfsigReport(available=True, exit_code=None, signatures=(), raw="timeout")
    raw = proc.stdout + proc.stderr
    return PdfsigReport(available=True, exit_code=proc.returncode, signatures=parse_pdfsig(proc.stdout), raw=raw)
