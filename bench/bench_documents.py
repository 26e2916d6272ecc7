"""Issue #5 figures: render and sign a 10-page proof-of-execution PDF with 5 embedded evidence files (5 MB in
all; target <= 1 s), countersign it, and verify (target <= 100 ms per signature).

Quick mode uses the same sizes (the run takes a few seconds) with fewer repetitions."""

from __future__ import annotations

import hashlib
import io
import os
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PIL import Image
from pyhanko.sign.timestamps.api import TimeStamper

from bench.common import emit, median_ms
from workbench.documents import keys
from workbench.documents.proof import render_layout, render_proof_pdf
from workbench.documents.signing import add_document_timestamp, asn1_cert, countersign, sign_partner
from workbench.documents.types import Lang, ProofCostLine, ProofDTO, ProofEvidence
from workbench.documents.verify import verify_pdf

TOTAL_EVIDENCE = 5 * 1024 * 1024
TARGET_PAGES = 10


def _noise_jpeg(w: int, h: int, rng: random.Random) -> bytes:
    img = Image.frombytes("RGB", (w, h), rng.randbytes(w * h * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    return buf.getvalue()


def _evidence(directory: Path) -> tuple[ProofEvidence, ...]:
    rng = random.Random(5)
    files: list[tuple[str, bytes, str, str]] = [
        ("Messestand_Halle_3.jpg", _noise_jpeg(900, 600, rng), "image/jpeg", "photos"),
        ("Messestand_Vortrag.jpg", _noise_jpeg(900, 600, rng), "image/jpeg", "photos"),
        ("Screenshot_Kampagne.png", b"", "image/png", "photos"),
        ("Rechnung_Messebau.pdf", b"", "application/pdf", "invoice"),
        ("Teilnehmerliste.csv", b"", "text/csv", "attendee_list"),
    ]
    png = io.BytesIO()
    Image.frombytes("RGB", (600, 500), rng.randbytes(600 * 500 * 3)).save(png, "PNG")
    files[2] = (files[2][0], png.getvalue(), files[2][2], files[2][3])
    used = sum(len(f[1]) for f in files)
    rest = TOTAL_EVIDENCE - used
    pdf_size = rest // 2
    files[3] = (files[3][0], b"%PDF-1.4\n" + rng.randbytes(pdf_size - 9), files[3][2], files[3][3])
    rows = "".join(f"Teilnehmer {i};firma{i % 97}.example;Köln;{i * 7 % 1000}\n" for i in range(200_000))
    csv = rows.encode()[: TOTAL_EVIDENCE - used - pdf_size]
    files[4] = (files[4][0], csv, files[4][2], files[4][3])
    out = []
    for name, data, mime, kind in files:
        sha = hashlib.sha256(data).hexdigest()
        path = directory / sha
        path.write_bytes(data)
        out.append(ProofEvidence(name, mime, len(data), sha, kind, path))
    return tuple(out)


def _dto(evidence: tuple[ProofEvidence, ...], lines: int) -> ProofDTO:
    cost = tuple(
        ProofCostLine(f"Position {i}: Standbau, Logistik und Catering – Halle {i % 9}", 10_000 + i * 137, f"RE-{i:05d}")
        for i in range(lines)
    )
    return ProofDTO(
        lang=Lang.DE,
        claim_id="0192f1a2-7c3e-7abc-9def-0123456789ab",
        claim_status="submitted",
        vendor_name="Nordlicht Software AG",
        program_name="Partnerprogramm 2026",
        partner_id="p-1",
        partner_name="Müller & Söhne Systemhaus GmbH",
        partner_city="Köln",
        partner_country="DE",
        request_id="0192f1a2-0000-7abc-9def-0123456789ab",
        activity_type="event",
        activity_title="Fachmesse „IT-Sicherheit Süd“ 2026",
        activity_description="Gemeinsamer Messestand mit Live-Demos.",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 3, 5),
        currency="EUR",
        requested_minor=2_500_000,
        request_approved_minor=2_000_000,
        claimed_minor=1_850_000,
        actual_cost_minor=sum(c.amount_minor for c in cost),
        claim_approved_minor=None,
        summary="420 Besucher, 85 qualifizierte Leads.",
        submitted_at=datetime(2026, 3, 20, 9, 30, tzinfo=UTC),
        cost_lines=cost,
        cost_total_minor=sum(c.amount_minor for c in cost),
        evidence=evidence,
        generated_at=datetime(2026, 3, 21, 8, 0, tzinfo=UTC),
    )


def _timestamper(ca: keys.Identity) -> TimeStamper:
    """pyHanko's in-process RFC 3161 responder with a timeStamping certificate issued by `ca`."""
    from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = keys.new_private_key()
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bench TSA")]))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(ca.key, hashes.SHA256())
    )
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    stamper: TimeStamper = DummyTimeStamper(
        tsa_cert=asn1_cert(cert),
        tsa_key=asn1_keys.PrivateKeyInfo.load(der),
        certs_to_embed=SimpleCertificateStore.from_certs([asn1_cert(ca.certificate)]),  # type: ignore[no-untyped-call]
    )
    return stamper


def _pages(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"])


def _lines_for_pages(evidence: tuple[ProofEvidence, ...], pages: int) -> int:
    lines = 200
    for _ in range(20):
        layout, _placement = render_layout(_dto(evidence, lines))
        got = _pages(layout)
        if got == pages:
            return lines
        lines += (pages - got) * 22 if abs(pages - got) > 1 else (pages - got) * 4
    return lines


def run(quick: bool) -> None:
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        evidence = _evidence(Path(tmp))
        size_label = f"{TARGET_PAGES} pages, {len(evidence)} files, {sum(e.size_bytes for e in evidence)} bytes"
        ca = keys.create_ca("Bench CA")
        partner = keys.issue_identity(ca, "Jörg Müller", email="joerg@example.com")
        approver = keys.issue_identity(ca, "Anna Approver", email="anna@example.com")

        t0 = time.perf_counter()
        first = render_proof_pdf(_dto(evidence, 200))  # includes loading the TTF fonts once per process
        cold_ms = (time.perf_counter() - t0) * 1000
        del first
        emit("documents", "render_cold_first_call", cold_ms, "ms", size="font load + render")

        lines = _lines_for_pages(evidence, TARGET_PAGES)
        dto = _dto(evidence, lines)
        unsigned = render_proof_pdf(dto)
        pages = _pages(unsigned)
        size_label = (
            f"{pages} pages, {lines} cost lines, {len(evidence)} files, {sum(e.size_bytes for e in evidence)} B"
        )

        med, p95 = median_ms(lambda: render_proof_pdf(dto), repeat=repeat, warmup=1)
        emit("documents", "render", med, "ms", size=size_label, p95=round(p95, 1))
        med, p95 = median_ms(lambda: sign_partner(unsigned, partner), repeat=repeat, warmup=1)
        emit("documents", "sign_partner", med, "ms", size=size_label, p95=round(p95, 1))
        med, p95 = median_ms(lambda: sign_partner(render_proof_pdf(dto), partner), repeat=repeat, warmup=1)
        emit("documents", "render_and_sign", med, "ms", target="<= 1000", size=size_label, p95=round(p95, 1))

        signed = sign_partner(unsigned, partner).data
        med, p95 = median_ms(lambda: countersign(signed, approver), repeat=repeat, warmup=1)
        emit("documents", "countersign", med, "ms", size=size_label, p95=round(p95, 1))
        countersigned = countersign(signed, approver).data

        roots = [ca.certificate]
        assert verify_pdf(signed, roots).ok and verify_pdf(countersigned, roots).ok
        med, p95 = median_ms(lambda: verify_pdf(signed, roots), repeat=repeat, warmup=1)
        emit("documents", "verify_per_signature_1sig", med, "ms", target="<= 100", size=size_label, p95=round(p95, 1))
        med, p95 = median_ms(lambda: verify_pdf(countersigned, roots), repeat=repeat, warmup=1)
        emit(
            "documents",
            "verify_per_signature_2sigs",
            med / 2,
            "ms",
            target="<= 100",
            size=size_label,
            total_ms=round(med, 1),
            p95_total=round(p95, 1),
        )
        emit("documents", "signed_pdf_size", len(countersigned) / 1024 / 1024, "MB", size=size_label)

        # The server's document timestamp on an accepted proof (pyHanko's in-process RFC 3161 responder:
        # real tokens, no network), and the verification of the result (2 signatures + 1 timestamp).
        stamper = _timestamper(ca)
        med, p95 = median_ms(lambda: add_document_timestamp(countersigned, stamper), repeat=repeat, warmup=1)
        emit("documents", "document_timestamp", med, "ms", size=size_label, p95=round(p95, 1))
        stamped = add_document_timestamp(countersigned, stamper)
        assert verify_pdf(stamped, roots).ok
        med, p95 = median_ms(lambda: verify_pdf(stamped, roots), repeat=repeat, warmup=1)
        emit(
            "documents",
            "verify_per_signature_2sigs_1doc_ts",
            med / 3,
            "ms",
            target="<= 100",
            size=size_label,
            total_ms=round(med, 1),
            p95_total=round(p95, 1),
        )
        if os.environ.get("BENCH_KEEP_PDF"):
            Path(os.environ["BENCH_KEEP_PDF"]).write_bytes(countersigned)


if __name__ == "__main__":
    run(quick=False)
