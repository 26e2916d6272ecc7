"""Signing keys and certificates.

- A small CA (the server's enrolment CA, and local CAs for tests and development): `create_ca`,
  `issue_certificate` (from a CSR; the certificate carries digitalSignature + nonRepudiation, which pyHanko's
  default key-usage policy wants).
- The laptop side of enrolment: `generate_key_and_csr` (the private key never leaves the laptop).
- PKCS#12 import/export. The workspace keeps the identity as an encrypted PKCS#12 file; only its random
  passphrase goes to the `SecretStore` (the OS keyring limits secret sizes, so never the PKCS#12 itself).
"""

from __future__ import annotations

import os
import secrets as pysecrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from workbench.errors import UserError
from workbench.security.secrets import SecretStore

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

PKCS12_SECRET_NAME = "signing-pkcs12-passphrase"
IDENTITY_FILE = Path("keys") / "signing.p12"


@dataclass(frozen=True, slots=True)
class Identity:
    """A private key, its certificate and the chain up to (and including) the issuing CA."""

    key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


def new_private_key(kind: str = "rsa") -> PrivateKey:
    """RSA-2048 (default; every PDF reader verifies it) or EC P-256."""
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    raise UserError("invalid_choice", field="key_kind", value=kind[:20], allowed=["ec", "rsa"])


def subject_name(common_name: str, organization: str | None = None, email: str | None = None) -> x509.Name:
    """An X.509 subject (CN required, at most 64 characters; O and emailAddress optional)."""
    return _name(common_name, organization, email)


def _name(common_name: str, organization: str | None = None, email: str | None = None) -> x509.Name:
    cn = common_name.strip()
    if not cn or len(cn) > 64:
        raise UserError("invalid_common_name", field="common_name")
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if organization:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization.strip()[:64]))
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()[:128]))
    return x509.Name(attrs)


def create_ca(
    common_name: str,
    *,
    organization: str | None = None,
    days: int = 3650,
    key: PrivateKey | None = None,
    now: datetime | None = None,
) -> Identity:
    """A self-signed CA certificate (pathlen 0: it issues end-entity certificates only)."""
    key = key or new_private_key()
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    name = _name(common_name, organization)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(key=key, certificate=cert, chain=())


def generate_key_and_csr(
    common_name: str, *, email: str | None = None, organization: str | None = None, kind: str = "rsa"
) -> tuple[PrivateKey, bytes]:
    """Client side of enrolment: a new private key and a PEM CSR for it (only the CSR is sent)."""
    key = new_private_key(kind)
    builder = x509.CertificateSigningRequestBuilder().subject_name(_name(common_name, organization, email))
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), critical=False)
    csr = builder.sign(key, hashes.SHA256())
    return key, csr.public_bytes(serialization.Encoding.PEM)


def load_csr(data: bytes) -> x509.CertificateSigningRequest:
    try:
        csr = x509.load_pem_x509_csr(data) if data.lstrip().startswith(b"-----") else x509.load_der_x509_csr(data)
    except ValueError:
        raise UserError("invalid_csr", field="csr") from None
    if not csr.is_signature_valid:
        raise UserError("invalid_csr", field="csr")
    return csr


def issue_certificate(
    ca: Identity,
    csr: x509.CertificateSigningRequest | bytes,
    *,
    days: int = 730,
    now: datetime | None = None,
    key_usage_non_repudiation: bool = True,
    subject: x509.Name | None = None,
    email: str | None = None,
) -> x509.Certificate:
    """Issue a partner/approver signing certificate for `csr`: keyUsage digitalSignature + nonRepudiation
    (critical), not a CA. Without `subject` the subject and e-mail SAN are taken from the CSR; the server's
    enrolment passes `subject` (and `email`) of the authenticated user, and then nothing of the CSR but its
    public key is used (a given `email` becomes the only SAN; none given: no SAN)."""
    request = load_csr(csr) if isinstance(csr, bytes) else csr
    if not request.is_signature_valid:
        raise UserError("invalid_csr", field="csr")
    public_key = request.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise UserError("unsupported_key_type", field="csr")
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    end = min(start + timedelta(days=days), ca.certificate.not_valid_after_utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject if subject is not None else request.subject)
        .issuer_name(ca.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=key_usage_non_repudiation,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
    )
    if subject is not None:
        if email:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        return builder.sign(ca.key, hashes.SHA256())
    try:
        san = request.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        builder = builder.add_extension(san.value, critical=False)
    except x509.ExtensionNotFound:
        pass
    return builder.sign(ca.key, hashes.SHA256())


def issue_identity(
    ca: Identity,
    common_name: str,
    *,
    email: str | None = None,
    organization: str | None = None,
    kind: str = "rsa",
    days: int = 730,
) -> Identity:
    """Key + CSR + certificate in one go (tests, development, the demo)."""
    key, csr = generate_key_and_csr(common_name, email=email, organization=organization, kind=kind)
    cert = issue_certificate(ca, csr, days=days)
    return Identity(key=key, certificate=cert, chain=(ca.certificate, *ca.chain))


def certificate_problems(cert: x509.Certificate, *, at: datetime | None = None) -> tuple[str, ...]:
    """Codes for what makes `cert` unfit for signing proofs: expired, not_yet_valid, missing key usages."""
    problems: list[str] = []
    when = at or datetime.now(UTC)
    if when > cert.not_valid_after_utc:
        problems.append("certificate_expired")
    if when < cert.not_valid_before_utc:
        problems.append("certificate_not_yet_valid")
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not ku.digital_signature:
            problems.append("key_usage_digital_signature_missing")
        if not ku.content_commitment:
            problems.append("key_usage_non_repudiation_missing")
    except x509.ExtensionNotFound:
        problems.append("key_usage_missing")
    return tuple(problems)


# --- PEM helpers --------------------------------------------------------------------------------


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM bundle (or one DER certificate)."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise UserError("invalid_certificate", field="certificate") from None


def verify_issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


# --- PKCS#12 ------------------------------------------------------------------------------------


def export_pkcs12(identity: Identity, passphrase: bytes, *, friendly_name: str = "signing") -> bytes:
    if not passphrase:
        raise UserError("required", field="passphrase")
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode(),
        identity.key,
        identity.certificate,
        list(identity.chain) or None,
        serialization.BestAvailableEncryption(passphrase),
    )


def load_pkcs12(data: bytes, passphrase: bytes) -> Identity:
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        raise UserError("pkcs12_unreadable", field="pkcs12") from None
    if key is None or cert is None:
        raise UserError("pkcs12_incomplete", field="pkcs12")
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise UserError("unsupported_key_type", field="pkcs12")
    return Identity(key=key, certificate=cert, chain=tuple(extra))


def store_identity(identity: Identity, path: Path, secrets: SecretStore, secret_name: str = PKCS12_SECRET_NAME) -> None:
    """Write `identity` as a PKCS#12 file encrypted with a fresh random passphrase, and put only that
    passphrase into `secrets`. The file is written atomically with owner-only permissions."""
    passphrase = pysecrets.token_urlsafe(32)
    blob = export_pkcs12(identity, passphrase.encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(blob)
    secrets.set(secret_name, passphrase)
    os.replace(tmp, path)


def load_stored_identity(path: Path, secrets: SecretStore, secret_name: str = PKCS12_SECRET_NAME) -> Identity:
    passphrase = secrets.get(secret_name)
    if passphrase is None or not path.is_file():
        raise UserError("signing_identity_missing", field="identity")
    return load_pkcs12(path.read_bytes(), passphrase.encode())


def import_pkcs12(
    data: bytes, passphrase: bytes, path: Path, secrets: SecretStore, secret_name: str = PKCS12_SECRET_NAME
) -> Identity:
    """Import a user's PKCS#12: decrypt it with the user's passphrase, then store it re-encrypted under a new
    random passphrase kept in `secrets` (the user's own passphrase is not kept)."""
    identity = load_pkcs12(data, passphrase)
    store_identity(identity, path, secrets, secret_name)
    return identity
