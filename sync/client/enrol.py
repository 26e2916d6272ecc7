"""Enrolling this computer's signing key with the server's CA (issue #5 "Keys"; server side: sync/server/enrol.py).

`enrol_signing_key` makes a new key pair and a CSR here (the private key never leaves this computer), sends
only the CSR to `POST /sync/v1/certificates` over the signed-in session, checks the answer -- the
certificate is for this key, is directly issued by the returned CA certificate (self-signed), carries
digitalSignature + nonRepudiation and is valid now -- and stores key, certificate and CA as an encrypted
PKCS#12 file in the workspace (`store_identity`: only its random passphrase goes to the keyring).

`ensure_signing_key` enrols only when this computer has no fit identity from the server's current CA (the
`--demo` start calls it after signing in). `describe_identity` is what `signing-key show` and the UI display
about a stored identity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from sync.client.errors import ServerError
from sync.client.transport import Transport, answer_json
from workbench.documents.keys import (
    Identity,
    certificate_problems,
    generate_key_and_csr,
    load_certificates,
    load_pkcs12,
    load_stored_identity,
    store_identity,
    verify_issued_by,
)
from workbench.errors import UserError
from workbench.security.secrets import SecretStore

ENROL_PATH = "/sync/v1/certificates"
CA_PATH = "/sync/v1/certificates/ca"
# The server names the certificate after the signed-in user; this CN is only the CSR's placeholder.
CSR_COMMON_NAME = "Partner Workbench signing key"


def _spki(key: Any) -> bytes:
    return bytes(key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))


def _certificates(value: Any, what: str) -> list[x509.Certificate]:
    if not isinstance(value, str) or not value:
        raise ServerError("sync_bad_answer", field=what)
    try:
        return load_certificates(value.encode("ascii"))
    except (UserError, UnicodeEncodeError):
        raise ServerError("sync_bad_answer", field=what) from None


def check_enrolment_answer(identity: Identity, *, now: datetime) -> None:
    """UserError when the server's answer does not fit: enrolment_key_mismatch (a certificate for another
    key), enrolment_chain_invalid (not issued by the returned CA, or the CA is not self-signed),
    enrolment_certificate_unfit (expired, not yet valid, key usages missing; `problems`)."""
    if _spki(identity.certificate.public_key()) != _spki(identity.key.public_key()):
        raise UserError("enrolment_key_mismatch", field="certificate")
    if not identity.chain:
        raise UserError("enrolment_chain_invalid", field="chain")
    ca = identity.chain[-1]
    issuer = identity.chain[0]
    if not verify_issued_by(identity.certificate, issuer) or not verify_issued_by(ca, ca):
        raise UserError("enrolment_chain_invalid", field="chain")
    for child, parent in zip(identity.chain, identity.chain[1:], strict=False):
        if not verify_issued_by(child, parent):
            raise UserError("enrolment_chain_invalid", field="chain")
    problems = certificate_problems(identity.certificate, at=now)
    if problems:
        raise UserError("enrolment_certificate_unfit", field="certificate", problems=list(problems))


def enrol_signing_key(
    http: Transport, identity_file: Path, secrets: SecretStore, *, now: datetime, kind: str = "rsa"
) -> Identity:
    """Enrol a new signing key with the server (`http`: an `AuthSession` of the signed-in replica) and store
    it in `identity_file` (replacing an earlier identity only once the new one is checked). Raises the
    SyncError of the request (network, refused with the server's code) or the UserError of
    `check_enrolment_answer`; nothing is stored then."""
    key, csr = generate_key_and_csr(CSR_COMMON_NAME, kind=kind)
    body = answer_json(http.request("POST", ENROL_PATH, json={"csr": csr.decode("ascii")}))
    if not isinstance(body, dict) or not isinstance(body.get("chain"), list):
        raise ServerError("sync_bad_answer", field="chain")
    [certificate, *_rest] = _certificates(body.get("certificate"), "certificate")
    chain: list[x509.Certificate] = []
    for pem in body["chain"]:
        chain.extend(_certificates(pem, "chain"))
    identity = Identity(key=key, certificate=certificate, chain=tuple(chain))
    check_enrolment_answer(identity, now=now)
    store_identity(identity, identity_file, secrets)
    return identity


@dataclass(frozen=True)
class IdentityInfo:
    subject: str
    common_name: str
    email: str
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    key_usages: tuple[str, ...]
    problems: tuple[str, ...]
    sha256_fingerprint: str

    def as_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "common_name": self.common_name,
            "email": self.email,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "key_usages": list(self.key_usages),
            "problems": list(self.problems),
            "sha256_fingerprint": self.sha256_fingerprint,
        }


_USAGES = (
    ("digital_signature", "digitalSignature"),
    ("content_commitment", "nonRepudiation"),
    ("key_encipherment", "keyEncipherment"),
    ("data_encipherment", "dataEncipherment"),
    ("key_agreement", "keyAgreement"),
    ("key_cert_sign", "keyCertSign"),
    ("crl_sign", "cRLSign"),
)


NAME_LABELS = {NameOID.EMAIL_ADDRESS: "emailAddress"}


def _attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def describe_identity(identity: Identity, *, now: datetime) -> IdentityInfo:
    cert = identity.certificate
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        usages = tuple(label for attr, label in _USAGES if getattr(ku, attr))
    except x509.ExtensionNotFound:
        usages = ()
    return IdentityInfo(
        subject=cert.subject.rfc4514_string(NAME_LABELS),
        common_name=_attr(cert.subject, NameOID.COMMON_NAME),
        email=_attr(cert.subject, NameOID.EMAIL_ADDRESS),
        issuer=cert.issuer.rfc4514_string(NAME_LABELS),
        serial=f"{cert.serial_number:x}",
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        key_usages=usages,
        problems=certificate_problems(cert, at=now),
        sha256_fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
    )


def fetch_ca(http: Transport) -> x509.Certificate:
    """The server's enrolment CA certificate (`GET /sync/v1/certificates/ca`)."""
    response = http.request("GET", CA_PATH)
    if response.status_code != 200:
        answer_json(response)  # raises the matching SyncError
        raise ServerError("sync_bad_answer", status=response.status_code)
    content = getattr(response, "content", b"")
    if not isinstance(content, bytes):
        raise ServerError("sync_bad_answer", field="ca")
    try:
        [ca, *_rest] = load_certificates(content)
    except (UserError, ValueError):
        raise ServerError("sync_bad_answer", field="ca") from None
    return ca


def ensure_signing_key(
    http: Transport, identity_file: Path, secrets: SecretStore, *, now: datetime, kind: str = "rsa"
) -> Identity | None:
    """Enrol unless this computer already holds a signing identity that is fit now and was issued by the
    server's current CA (a re-created server CA makes the old certificate useless there). Returns the new
    identity, or None when the stored one is kept."""
    try:
        current: Identity | None = load_stored_identity(identity_file, secrets)
    except UserError:
        current = None  # none stored, or unreadable: enrol a new one
    if (
        current is not None
        and current.chain
        and not certificate_problems(current.certificate, at=now)
        and current.chain[-1] == fetch_ca(http)
    ):
        return None
    return enrol_signing_key(http, identity_file, secrets, now=now, kind=kind)


def import_signing_identity(
    data: bytes, passphrase: bytes, identity_file: Path, secrets: SecretStore, *, now: datetime
) -> Identity:
    """Import a PKCS#12 (the user's passphrase opens it; it is stored re-encrypted under a new random
    passphrase kept in `secrets`). A certificate unfit for signing proofs now is refused
    (signing_certificate_unfit, `problems`) and nothing is stored; an unreadable file: pkcs12_unreadable."""
    if not passphrase:
        raise UserError("passphrase_required", field="passphrase")
    identity = load_pkcs12(data, passphrase)
    problems = certificate_problems(identity.certificate, at=now)
    if problems:
        raise UserError("signing_certificate_unfit", field="certificate", problems=list(problems))
    store_identity(identity, identity_file, secrets)
    return identity
