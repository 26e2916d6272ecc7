"""CA helper, enrolment (key + CSR on the client), PKCS#12 import/export, and that only the PKCS#12
passphrase ever reaches the secret store."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography import x509

from tests.workbench.documents.helpers import Pki
from workbench.documents import keys
from workbench.errors import UserError
from workbench.security.secrets import MemorySecretStore


def test_issued_certificate_has_signing_key_usages(pki: Pki) -> None:
    cert = pki.partner.certificate
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical
    assert ku.value.digital_signature and ku.value.content_commitment
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert keys.verify_issued_by(cert, pki.ca.certificate)
    assert not keys.verify_issued_by(cert, pki.other_ca.certificate)
    assert keys.certificate_problems(cert) == ()
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == ["joerg@mueller.example"]


def test_enrolment_from_csr_keeps_the_key_on_the_client(pki: Pki) -> None:
    key, csr_pem = keys.generate_key_and_csr("Partner User", email="pu@example.com", kind="ec")
    assert b"PRIVATE KEY" not in csr_pem
    cert = keys.issue_certificate(pki.ca, csr_pem, days=30)
    assert cert.public_key().public_numbers() == key.public_key().public_numbers()
    assert cert.not_valid_after_utc <= pki.ca.certificate.not_valid_after_utc


def test_certificate_problems_flags_missing_non_repudiation(pki: Pki) -> None:
    _, csr = keys.generate_key_and_csr("Weak")
    cert = keys.issue_certificate(pki.ca, csr, key_usage_non_repudiation=False)
    assert keys.certificate_problems(cert) == ("key_usage_non_repudiation_missing",)


@pytest.mark.parametrize(
    "csr", [b"not a csr", b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"]
)
def test_bad_csr_is_refused(pki: Pki, csr: bytes) -> None:
    with pytest.raises(UserError) as exc:
        keys.issue_certificate(pki.ca, csr)
    assert exc.value.code == "invalid_csr"


def test_bad_common_name_is_refused() -> None:
    with pytest.raises(UserError) as exc:
        keys.generate_key_and_csr("  ")
    assert exc.value.code == "invalid_common_name"


def test_pkcs12_round_trip_and_wrong_passphrase(pki: Pki) -> None:
    blob = keys.export_pkcs12(pki.partner, b"correct horse")
    loaded = keys.load_pkcs12(blob, b"correct horse")
    assert loaded.certificate == pki.partner.certificate
    assert loaded.chain == (pki.ca.certificate,)
    with pytest.raises(UserError) as exc:
        keys.load_pkcs12(blob, b"wrong")
    assert exc.value.code == "pkcs12_unreadable"
    with pytest.raises(UserError):
        keys.export_pkcs12(pki.partner, b"")


def test_stored_identity_keeps_only_the_passphrase_in_the_secret_store(pki: Pki, tmp_path: Path) -> None:
    secrets = MemorySecretStore()
    user_blob = keys.export_pkcs12(pki.partner, b"user passphrase")
    path = tmp_path / keys.IDENTITY_FILE
    imported = keys.import_pkcs12(user_blob, b"user passphrase", path, secrets)
    assert imported.certificate == pki.partner.certificate

    stored = secrets._data
    assert list(stored) == [keys.PKCS12_SECRET_NAME]
    passphrase = stored[keys.PKCS12_SECRET_NAME]
    assert 20 <= len(passphrase) < 100  # a passphrase, not a PKCS#12
    assert passphrase != "user passphrase"  # re-encrypted under a fresh random passphrase
    on_disk = path.read_bytes()
    assert b"PRIVATE KEY" not in on_disk
    with pytest.raises(UserError):
        keys.load_pkcs12(on_disk, b"user passphrase")  # encrypted, and not with the user's passphrase
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = keys.load_stored_identity(path, secrets)
    assert again.certificate == pki.partner.certificate
    assert not list(tmp_path.rglob("*.tmp"))


def test_missing_stored_identity(tmp_path: Path) -> None:
    with pytest.raises(UserError) as exc:
        keys.load_stored_identity(tmp_path / "none.p12", MemorySecretStore())
    assert exc.value.code == "signing_identity_missing"


def test_load_certificates_pem_bundle_and_garbage(pki: Pki) -> None:
    bundle = keys.cert_pem(pki.ca.certificate) + keys.cert_pem(pki.other_ca.certificate)
    assert keys.load_certificates(bundle) == [pki.ca.certificate, pki.other_ca.certificate]
    with pytest.raises(UserError):
        keys.load_certificates(b"garbage")
