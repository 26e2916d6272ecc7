"""Shared builders for the documents tests: a proof DTO with real evidence files, a small PKI, a local
RFC 3161 timestamp server and PDF tampering tools."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import cms, tsp
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

from workbench.documents import keys
from workbench.documents.signing import asn1_cert
from workbench.documents.types import Lang, ProofCostLine, ProofDTO, ProofEvidence

TOTAL_TEXT_DE = "7.557,36"


def require_pdfsig() -> None:
    """pdfsig (poppler-utils) is required under CI; locally its absence skips only the pdfsig checks."""
    if shutil.which("pdfsig") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdfsig (poppler-utils) must be installed in CI")
        pytest.skip("pdfsig (poppler-utils) not installed")


def _evidence(directory: Path, name: str, data: bytes, mime: str, kind: str) -> ProofEvidence:
    path = directory / hashlib.sha256(data).hexdigest()
    path.write_bytes(data)
    return ProofEvidence(name, mime, len(data), hashlib.sha256(data).hexdigest(), kind, path)


def jpeg_bytes(w: int = 800, h: int = 500, color: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    buf = io.BytesIO()
    img = Image.new("RGB", (w, h), color)
    for x in range(0, w, 25):
        for y in range(0, h, 25):
            img.putpixel((x, y), (255, 255, 0))
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def sample_evidence(directory: Path) -> tuple[ProofEvidence, ...]:
    directory.mkdir(parents=True, exist_ok=True)
    return (
        _evidence(directory, "Messestand_München.jpg", jpeg_bytes(), "image/jpeg", "photos"),
        _evidence(directory, "Rechnung_2026-0042.pdf", b"%PDF-1.4 invoice body " * 300, "application/pdf", "invoice"),
        _evidence(
            directory, "teilnehmer.csv", "name;firma\nJörg;Müller GmbH\n".encode() * 200, "text/csv", "attendee_list"
        ),
        _evidence(directory, "summary.txt", b"Zusammenfassung: 420 Besucher.\n", "text/plain", "summary"),
    )


def sample_dto(directory: Path, lang: Lang = Lang.DE, *, lines: int = 6) -> ProofDTO:
    cost_lines = tuple(
        ProofCostLine(f"Standmiete Halle {i} – Übernachtung & Catering", 123456 + i * 1000, f"RE-2026-{i:04d}")
        for i in range(lines)
    )
    return ProofDTO(
        lang=lang,
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
        actual_cost_minor=3_700_000,
        claim_approved_minor=None,
        summary="420 Besucher, 85 qualifizierte Leads.",
        submitted_at=datetime(2026, 3, 20, 9, 30, tzinfo=UTC),
        cost_lines=cost_lines,
        cost_total_minor=sum(c.amount_minor for c in cost_lines),
        evidence=sample_evidence(directory),
        generated_at=datetime(2026, 3, 21, 8, 0, tzinfo=UTC),
    )


@dataclass(frozen=True)
class Pki:
    ca: keys.Identity
    partner: keys.Identity
    approver: keys.Identity
    tsa: keys.Identity
    other_ca: keys.Identity


def tsa_identity(ca: keys.Identity) -> keys.Identity:
    """A timestamping certificate (EKU timeStamping, critical) issued by `ca`."""
    key = keys.new_private_key()
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")]))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    return keys.Identity(key=key, certificate=cert, chain=(ca.certificate,))


def make_pki() -> Pki:
    ca = keys.create_ca("Nordlicht Partner CA", organization="Nordlicht Software AG")
    return Pki(
        ca=ca,
        partner=keys.issue_identity(ca, "Jörg Müller", email="joerg@mueller.example", organization="Müller & Söhne"),
        approver=keys.issue_identity(ca, "Anna Approver", email="anna@nordlicht.example"),
        tsa=tsa_identity(ca),
        other_ca=keys.create_ca("Someone Else CA"),
    )


@contextmanager
def tsa_server(tsa: keys.Identity) -> Iterator[str]:
    """A local RFC 3161 server (pyHanko's DummyTimeStamper behind http.server); yields its URL."""
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_der = tsa.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    stamper = DummyTimeStamper(
        tsa_cert=asn1_cert(tsa.certificate),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key_der),
        certs_to_embed=SimpleCertificateStore.from_certs([asn1_cert(c) for c in tsa.chain]),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            resp = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(resp)))
            self.end_headers()
            self.wfile.write(resp)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()


# --- tampering ------------------------------------------------------------------------------------


def flip(data: bytes, offset: int) -> bytes:
    b = bytearray(data)
    b[offset] ^= 0x01
    return bytes(b)


def flip_hex(data: bytes, offset: int) -> bytes:
    """Change the hex digit at `offset` into another hex digit (the string stays well-formed)."""
    b = bytearray(data)
    digit = int(chr(b[offset]), 16) ^ 0x01
    b[offset] = ord(f"{digit:x}".upper() if chr(b[offset]).isupper() else f"{digit:x}")
    return bytes(b)


def object_stream_offset(data: bytes, idnum: int) -> int:
    """Offset of the first byte of the stream data of object `idnum` (last definition wins)."""
    matches = list(re.finditer(rb"(?<![0-9])%d 0 obj" % idnum, data))
    assert matches, idnum
    start = matches[-1].start()
    m = re.compile(rb"stream\r?\n").search(data, start)
    assert m is not None
    return m.end()


def first_page_content_id(data: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    page = reader.root["/Pages"]["/Kids"][0].get_object()
    contents = page.raw_get("/Contents")
    ref = contents[0] if isinstance(contents, list) else contents
    return int(ref.idnum)


def signature_value_offset(data: bytes, index: int = 0) -> int:
    """Offset (in `data`) of a hex digit inside the cryptographic signature value of the index-th signature."""
    ranges = [m for m in re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)]
    m = ranges[index]
    start, length = int(m.group(2)), int(m.group(3)) - int(m.group(2))
    hex_blob = data[start + 1 : start + length - 1]  # inside <...>
    der = bytes.fromhex(hex_blob.decode())
    content = cms.ContentInfo.load(der)
    sig_value: bytes = content["content"]["signer_infos"][0]["signature"].native
    pos = hex_blob.lower().find(sig_value.hex().encode())
    assert pos >= 0
    return start + 1 + pos + len(sig_value.hex()) // 2


def rewrite_whole(data: bytes) -> bytes:
    """What another PDF tool does: read everything and write one new, non-incremental file."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(data), strict=False))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def overlay_total(data: bytes, page_ix: int = 0, text: str = "TOTAL EUR 99.999,00") -> bytes:
    """Append an incremental update that paints a white box and a different total over page `page_ix`."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    ops = f"q 1 1 1 rg 330 300 200 40 re f Q BT /FOver 14 Tf 0 0 0 rg 340 315 Td ({text}) Tj ET".encode()
    stream = generic.StreamObject(stream_data=ops)
    ref = w.add_object(stream)
    resources = generic.DictionaryObject(
        {
            generic.NameObject("/Font"): generic.DictionaryObject(
                {
                    generic.NameObject("/FOver"): generic.DictionaryObject(
                        {
                            generic.NameObject("/Type"): generic.NameObject("/Font"),
                            generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                            generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
                        }
                    )
                }
            )
        }
    )
    w.add_stream_to_page(page_ix, ref, resources=resources)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
