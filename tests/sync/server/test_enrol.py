"""Signing-key enrolment with the server's CA over real HTTP (SQLite and PostgreSQL): the issued certificate
chains to the CA, carries digitalSignature + nonRepudiation and the authenticated user's name (never the
CSR's); bad CSRs and unauthenticated calls are refused with a specific code; a proof signed with an enrolled
key is accepted by a server with no trust configuration, one from an unknown CA is refused; the CA is
created once, 0600, and every worker loads the same one."""

from __future__ import annotations

import stat
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.x509.oid import NameOID
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync.server import enrol
from sync.server.app import create_app
from tests.sync.server.conftest import World
from tests.sync.server.helpers import EMAILS, sign_in
from tests.sync.server.test_documents import proof_rows, send_proof, server_claim
from tests.workbench.documents.conftest import Docs, docs, pki
from workbench.documents.keys import (
    Identity,
    certificate_problems,
    generate_key_and_csr,
    load_certificates,
    verify_issued_by,
)
from workbench.documents.signing import sign_partner

__all__ = ["docs", "pki"]

PATH = "/sync/v1/certificates"


@pytest.fixture
def settings(settings: Any) -> Any:
    """No configured trust roots at all: the server's own CA must be enough."""
    return replace(settings, proof_trust_roots=(), tsa_url=None, max_blob_bytes=20_000_000)


def _enrol(client: TestClient, who: str, csr: bytes | str) -> Any:
    dev = sign_in(client, who)
    body = csr.decode() if isinstance(csr, bytes) else csr
    return dev.post(PATH, {"csr": body})


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def test_issued_certificate_is_the_users_and_chains_to_the_ca(
    client: TestClient, world: World, settings: Any, tmp_path: Path
) -> None:
    # The CSR claims another person; the server takes the name from the signed-in user.
    key, csr = generate_key_and_csr("Mallory", email="mallory@evil.test", organization="Evil Corp")
    r = _enrol(client, "pa", csr)
    assert r.status_code == 200, r.text
    body = r.json()
    [cert] = load_certificates(body["certificate"].encode())
    [ca] = load_certificates(body["chain"][0].encode())
    ca_answer = client.get(PATH + "/ca")
    assert ca_answer.status_code == 200
    assert ca_answer.headers["content-type"].startswith("application/x-pem-file")
    assert load_certificates(ca_answer.content) == [ca]

    assert verify_issued_by(cert, ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert cert.public_key().public_numbers() == key.public_key().public_numbers()  # type: ignore[union-attr]
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature and ku.value.content_commitment
    assert not ku.value.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    email = EMAILS["pa"]
    assert [a.value for a in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)] == [email]
    assert [a.value for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)] == [email]
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME) == []
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == [email]
    assert "evil" not in body["subject"].lower() and body["serial"] == f"{cert.serial_number:x}"
    assert certificate_problems(cert, at=settings.clock()) == ()

    ca_file = tmp_path / "ca" / enrol.CA_FILE
    assert stat.S_IMODE(ca_file.stat().st_mode) == 0o600
    assert load_certificates((tmp_path / "ca" / enrol.CA_CERT_FILE).read_bytes()) == [ca]
    # A second enrolment (another user) is issued by the same CA.
    r2 = _enrol(client, "cm", generate_key_and_csr("x", kind="ec")[1])
    assert r2.status_code == 200, r2.text
    assert r2.json()["chain"] == body["chain"]
    [cert2] = load_certificates(r2.json()["certificate"].encode())
    assert cert2.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == EMAILS["cm"]


def _weak_csr() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "weak")])
    csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM)


def _ed25519_csr() -> bytes:
    key = ed25519.Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ed")])
    csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, None)
    return csr.public_bytes(serialization.Encoding.PEM)


def _broken_signature_csr() -> bytes:
    _key, pem = generate_key_and_csr("someone")
    der = bytearray(x509.load_pem_x509_csr(pem).public_bytes(serialization.Encoding.DER))
    der[-10] ^= 0x01  # inside the signature value
    return x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM)


def test_bad_csrs_are_refused_with_a_specific_code(client: TestClient, world: World, server_engine: Engine) -> None:
    dev = sign_in(client, "pa")
    ca_cert_pem = client.get(PATH + "/ca").text
    cases: list[tuple[str, int, str]] = [
        ("not a csr", 400, "invalid_csr"),
        ("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n", 400, "invalid_csr"),
        (ca_cert_pem, 400, "invalid_csr"),
        (_broken_signature_csr().decode(), 400, "invalid_csr"),
        (_weak_csr().decode(), 400, "weak_key"),
        (_ed25519_csr().decode(), 400, "unsupported_key_type"),
        ("-----BEGIN CERTIFICATE REQUEST-----\n" + "A" * 20_000, 413, "csr_too_large"),
    ]
    for text, status, code in cases:
        r = dev.post(PATH, {"csr": text})
        assert (r.status_code, r.json()["error"]) == (status, code), (text[:60], r.text)
        assert "Traceback" not in r.text
    r = dev.post(PATH, {"pem": "x"})
    assert (r.status_code, r.json()["error"]) == (422, "invalid_request")


def test_unauthenticated_enrolment_is_refused(client: TestClient, world: World) -> None:
    _key, csr = generate_key_and_csr("anyone")
    r = client.post(PATH, json={"csr": csr.decode()})
    assert (r.status_code, r.json()["error"]) == (401, "unauthorized")
    r = client.post(PATH, json={"csr": csr.decode()}, headers={"Authorization": "Bearer forged.token"})
    assert r.status_code == 401


def test_enrolment_is_rate_limited(server_engine: Engine, settings: Any, world: World) -> None:
    limited = replace(settings, rate_per_second=0.001, rate_burst=3)
    with TestClient(create_app(server_engine, limited), raise_server_exceptions=False) as c:
        dev = sign_in(c, "pa")
        codes = [dev.post(PATH, {"csr": "not a csr"}).status_code for _ in range(5)]
    assert 429 in codes and codes[0] == 400


def test_proof_signed_with_an_enrolled_key_is_accepted_and_an_unknown_ca_refused(
    client: TestClient, world: World, server_engine: Engine, docs: Docs
) -> None:
    key, csr = generate_key_and_csr("pa")
    body = _enrol(client, "pa", csr).json()
    identity = Identity(
        key=key,
        certificate=load_certificates(body["certificate"].encode())[0],
        chain=tuple(load_certificates(body["chain"][0].encode())),
    )
    signed = sign_partner(docs.unsigned, identity).data
    cid = server_claim(server_engine, world)
    pa = sign_in(client, "pa")
    res = send_proof(pa, cid, signed)
    assert res["result"] == "applied", res
    assert len(proof_rows(server_engine, cid)) == 1
    # docs.signed is signed under a test CA the server was never told about.
    res = send_proof(pa, cid, docs.signed)
    assert (res["result"], res["reason"]) == ("rejected", "proof_invalid"), res
    assert len(proof_rows(server_engine, cid)) == 1


# --- the CA on disk --------------------------------------------------------------------------------


def test_ca_is_created_once_and_shared_by_concurrent_workers(tmp_path: Path, settings: Any) -> None:
    directory = tmp_path / "shared-ca"
    results: list[Identity] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        try:
            barrier.wait()
            results.append(enrol.load_or_create_ca(directory, now=settings.clock()))
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({r.certificate.serial_number for r in results}) == 1
    assert sorted(p.name for p in directory.iterdir()) == [enrol.CA_CERT_FILE, enrol.CA_FILE]  # no temp files left
    again = enrol.load_or_create_ca(directory, now=settings.clock())
    assert again.certificate == results[0].certificate


def test_ca_dir_setting_and_broken_ca_file(tmp_path: Path, settings: Any) -> None:
    assert enrol.ca_dir_for(replace(settings, ca_dir=tmp_path / "x")) == tmp_path / "x"
    assert enrol.ca_dir_for(replace(settings, ca_dir=None, blob_dir=None)) is None
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / enrol.CA_FILE).write_text("garbage")
    with pytest.raises(enrol.CaError, match="not a PEM"):
        enrol.load_or_create_ca(broken, now=settings.clock())
    other = enrol.load_or_create_ca(tmp_path / "a", now=settings.clock())
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    a_file = (tmp_path / "a" / enrol.CA_FILE).read_bytes()
    b = enrol.load_or_create_ca(tmp_path / "b", now=settings.clock())
    key_part = a_file.split(b"-----BEGIN CERTIFICATE-----")[0]
    (mixed / enrol.CA_FILE).write_bytes(key_part + _pem(b.certificate).encode())
    with pytest.raises(enrol.CaError, match="do not belong together"):
        enrol.load_or_create_ca(mixed, now=settings.clock())
    assert other.certificate != b.certificate


def test_server_without_ca_folder_answers_unavailable(server_engine: Engine, settings: Any, world: World) -> None:
    bare = replace(settings, ca_dir=None, blob_dir=None)
    with TestClient(create_app(server_engine, bare), raise_server_exceptions=False) as c:
        dev = sign_in(c, "pa")
        r = dev.post(PATH, {"csr": generate_key_and_csr("x", kind="ec")[1].decode()})
        assert (r.status_code, r.json()["error"]) == (503, "enrolment_unavailable")
        assert c.get(PATH + "/ca").status_code == 503
