"""PAdES signing with pyHanko (ARCHITECTURE §5).

- `sign_partner`: the partner certifies the proof (DocMDP "fill forms": the approver's countersignature may
  still go into the pre-created approver field; anything else after it invalidates the certification).
- `countersign`: the approver signs the pre-created approver field as an incremental update.

Both are PAdES baseline B-B; B-T when a pyHanko `TimeStamper` is given and the TSA answers. The core does no
HTTP itself: the caller passes the timestamper (the desktop: `sync.tsa.HttpTimeStamper`, on the io
lane). If the TSA fails (`TimestampRequestError`), the signature is still made, as B-B with the laptop's
clock, and the outcome says so (`clock=LOCAL`, `timestamp_error`).

pyHanko's synchronous API runs its own event loop (`asyncio.run`), so it cannot be called from a thread that
already runs one; the functions here detect that and hop to a worker thread. Desktop callers run them on the
io lane anyway."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, PdfTimeStamper, SimpleSigner
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from workbench.documents.keys import Identity
from workbench.documents.types import APPROVER_FIELD, PARTNER_FIELD, ClockSource, SignOutcome
from workbench.errors import UserError

T = TypeVar("T")

_TS_FIELD = "DocumentTimestamp"
_PROFILE_B = "PAdES-B-B"
_PROFILE_T = "PAdES-B-T"
# The widget shows who signed and when (no logo art; language-neutral: name, e-mail, ISO time).
_STAMP = TextStampStyle(
    stamp_text="%(signer)s\n%(ts)s", background=None, border_width=1, timestamp_format="%Y-%m-%d %H:%M:%S %Z"
)


def asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class _LoadedKeySigner(SimpleSigner):  # type: ignore[misc]
    """SimpleSigner re-parses its DER key for every raw signature (pyca's RSA key check costs ~100 ms each
    time, twice per document); sign with the already-loaded key instead."""

    def __init__(self, identity: Identity) -> None:
        key_der = identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        super().__init__(
            signing_cert=asn1_cert(identity.certificate),
            signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                [asn1_cert(c) for c in identity.chain]
            ),
        )
        self._loaded_key = identity.key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        try:
            algo = mechanism.signature_algo
        except ValueError:
            algo = mechanism["algorithm"].native
        key = self._loaded_key
        if algo == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        if algo == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
        return super().sign_raw(data, digest_algorithm)  # type: ignore[no-any-return]


def signer_from_identity(identity: Identity) -> SimpleSigner:
    return _LoadedKeySigner(identity)


def _off_loop(fn: Callable[[], T]) -> T:
    """Run `fn` here, or on a short-lived worker thread when this thread runs an asyncio loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-sign") as pool:
        return pool.submit(fn).result()


def _sign_once(
    pdf: bytes,
    identity: Identity,
    field_name: str,
    *,
    certify: bool,
    timestamper: TimeStamper | None,
    reason: str | None,
    location: str | None,
) -> bytes:
    meta = PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=certify,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        reason=reason,
        location=location,
    )
    signer = PdfSigner(meta, signer_from_identity(identity), timestamper=timestamper, stamp_style=_STAMP)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError) as exc:
        raise UserError("unreadable_pdf", field="pdf") from exc
    out = io.BytesIO()
    try:
        signer.sign_pdf(writer, existing_fields_only=True, output=out)
    except SigningError as exc:
        if isinstance(exc.__cause__, TimestampRequestError):
            raise exc.__cause__ from exc
        raise UserError("signing_failed", field=field_name, detail=str(exc)[:200]) from exc
    return out.getvalue()


def _sign(
    pdf: bytes,
    identity: Identity,
    field_name: str,
    *,
    certify: bool,
    timestamper: TimeStamper | None,
    reason: str | None,
    location: str | None,
) -> SignOutcome:
    def work() -> SignOutcome:
        ts_error: str | None = None
        if timestamper is not None:
            try:
                data = _sign_once(
                    pdf,
                    identity,
                    field_name,
                    certify=certify,
                    timestamper=timestamper,
                    reason=reason,
                    location=location,
                )
                return SignOutcome(data=data, field_name=field_name, clock=ClockSource.TSA, profile=_PROFILE_T)
            except TimestampRequestError as exc:
                ts_error = f"tsa_unavailable: {str(exc)[:200]}"
        data = _sign_once(
            pdf, identity, field_name, certify=certify, timestamper=None, reason=reason, location=location
        )
        return SignOutcome(
            data=data, field_name=field_name, clock=ClockSource.LOCAL, profile=_PROFILE_B, timestamp_error=ts_error
        )

    return _off_loop(work)


def sign_partner(
    pdf: bytes,
    identity: Identity,
    *,
    timestamper: TimeStamper | None = None,
    reason: str | None = None,
    location: str | None = None,
) -> SignOutcome:
    """Certify the proof as the partner, into the pre-created partner field (DocMDP: form filling allowed)."""
    return _sign(
        pdf,
        identity,
        PARTNER_FIELD,
        certify=True,
        timestamper=timestamper,
        reason=reason,
        location=location,
    )


def countersign(
    pdf: bytes,
    identity: Identity,
    *,
    timestamper: TimeStamper | None = None,
    reason: str | None = None,
    location: str | None = None,
) -> SignOutcome:
    """Sign the pre-created approver field as an incremental update (approval signature)."""
    return _sign(
        pdf,
        identity,
        APPROVER_FIELD,
        certify=False,
        timestamper=timestamper,
        reason=reason,
        location=location,
    )


def add_document_timestamp(pdf: bytes, timestamper: TimeStamper) -> bytes:
    """Append a document timestamp (the server does this on upload when it has a timestamp service). It is
    an LTA update, allowed after the certification and the countersignature; each one gets its own field
    (DocumentTimestamp, DocumentTimestamp2, ...). Raises TimestampRequestError (an OSError) when the TSA
    cannot be reached."""

    def work() -> bytes:
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        except (PdfReadError, ValueError) as exc:
            raise UserError("unreadable_pdf", field="pdf") from exc
        taken = {str(sig.field_name) for sig in writer.prev.embedded_signatures}
        name = next(n for n in (_TS_FIELD, *(f"{_TS_FIELD}{i}" for i in range(2, 1000))) if n not in taken)
        out = io.BytesIO()
        try:
            PdfTimeStamper(timestamper, field_name=name).timestamp_pdf(writer, "sha256", output=out)
        except SigningError as exc:
            if isinstance(exc.__cause__, TimestampRequestError):
                raise exc.__cause__ from exc
            raise UserError("signing_failed", field=name, detail=str(exc)[:200]) from exc
        return out.getvalue()

    return _off_loop(work)
