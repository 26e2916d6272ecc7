"""Signing-key enrolment with the server's CA (issue #5 "Keys", ARCHITECTURE §5).

The server keeps a small CA: a private key and a self-signed certificate in one PEM file (`ca.pem`, mode
0600) in `ServerSettings.ca_dir` (WORKBENCH_CA_DIR), else in `ca` next to the blob folder. It is created on
the first start that finds none: written to a temporary file and hard-linked to its final name, so when
several workers start at once the first link wins and every worker loads that one file. `ca-cert.pem`
beside it holds the certificate alone for operators and verifiers.

The CA is always one of the proof trust roots (`sync.server.documents.policy_from_settings`), so a default
server verifies proofs signed with the certificates it issued.

Endpoints:
* `POST /sync/v1/certificates` (authenticated, rate-limited per user like every authenticated call):
  body `{"csr": "<PEM certificate request>"}`. The server checks the CSR (PEM, self-signature, RSA >= 2048
  bits or EC P-256/384/521) and issues a certificate for its public key only: keyUsage digitalSignature +
  nonRepudiation, subject CN and e-mail (subject emailAddress and SAN) of the authenticated user -- names in
  the CSR are never used. Answer: `{"certificate": PEM, "chain": [CA PEM], "serial": hex, "subject": str,
  "not_before": iso, "not_after": iso}`. Errors: 400 `invalid_csr` / `weak_key` / `unsupported_key_type`,
  413 `csr_too_large`, 401 without a valid token, 503 `enrolment_unavailable` without a CA folder.
* `GET /sync/v1/certificates/ca`: the CA certificate (PEM), public, rate-limited per client address.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sync.protocol import ErrorBody
from sync.server import models as server_models
from sync.server.auth import Principal
from sync.server.settings import ServerSettings
from workbench.documents.keys import Identity, cert_pem, create_ca, issue_certificate, load_csr, subject_name
from workbench.errors import UserError

log = logging.getLogger("sync.server.enrol")

CA_FILE = "ca.pem"
CA_CERT_FILE = "ca-cert.pem"
CA_COMMON_NAME = "Partner Workbench Enrolment CA"
CA_DAYS = 3650
MAX_CSR_CHARS = 16 * 1024
MIN_RSA_BITS = 2048
EC_CURVES = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)
PEM_CSR_BEGIN = "-----BEGIN CERTIFICATE REQUEST-----"


class CaError(Exception):
    """The CA file exists but cannot be used (unreadable, or key and certificate do not belong together).
    The server refuses to start rather than issue certificates nobody trusts."""


def ca_dir_for(settings: ServerSettings) -> Path | None:
    """Where the enrolment CA lives: `settings.ca_dir`, else `ca` beside the blob folder, else nowhere."""
    if settings.ca_dir is not None:
        return settings.ca_dir
    if settings.blob_dir is not None:
        return settings.blob_dir.parent / "ca"
    return None


def _load_ca_file(path: Path) -> Identity:
    data = path.read_bytes()
    try:
        key = serialization.load_pem_private_key(data, password=None)
        certs = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise CaError(f"the CA file {path} is not a PEM private key and certificate") from exc
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) or not certs:
        raise CaError(f"the CA file {path} holds no usable key and certificate")
    cert = certs[0]
    public = serialization.PublicFormat.SubjectPublicKeyInfo
    if cert.public_key().public_bytes(serialization.Encoding.DER, public) != key.public_key().public_bytes(
        serialization.Encoding.DER, public
    ):
        raise CaError(f"the key and the certificate in {path} do not belong together")
    return Identity(key=key, certificate=cert)


def _ca_file_bytes(ca: Identity) -> bytes:
    key = ca.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key + cert_pem(ca.certificate)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def load_or_create_ca(directory: Path, *, now: datetime) -> Identity:
    """The CA in `directory`, created first if there is none (first writer wins; see the module docstring)."""
    path = directory / CA_FILE
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        ca = create_ca(CA_COMMON_NAME, days=CA_DAYS, now=now)
        tmp = directory / f".{CA_FILE}.{secrets.token_hex(8)}.tmp"
        _write_private(tmp, _ca_file_bytes(ca))
        try:
            os.link(tmp, path)
            log.info("enrolment CA created", extra={"path": str(path)})
        except FileExistsError:
            pass  # another worker was first: use its CA
        finally:
            tmp.unlink(missing_ok=True)
    ca = _load_ca_file(path)
    public = directory / CA_CERT_FILE
    pem = cert_pem(ca.certificate)
    if not public.is_file() or public.read_bytes() != pem:
        tmp_public = directory / f".{CA_CERT_FILE}.{secrets.token_hex(8)}.tmp"
        tmp_public.write_bytes(pem)
        os.replace(tmp_public, public)
    return ca


_cache: dict[Path, Identity] = {}
_cache_lock = threading.Lock()


def server_ca(settings: ServerSettings) -> Identity | None:
    """The enrolment CA of these settings (loaded or created once per process); None without a CA folder."""
    directory = ca_dir_for(settings)
    if directory is None:
        return None
    key = directory.resolve()
    with _cache_lock:
        ca = _cache.get(key)
        if ca is None or not (key / CA_FILE).is_file():
            ca = _cache[key] = load_or_create_ca(directory, now=settings.clock())
        return ca


# --- issuing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolee:
    email: str
    display_name: str


def _enrolee(engine: Engine, principal: Principal) -> Enrolee:
    with Session(engine) as session:
        user = session.get(server_models.User, principal.user_id)
        if user is None:  # authenticate() checked the user a moment ago
            raise UserError("unknown_user", field="user")
        return Enrolee(email=user.email, display_name=user.display_name)


def check_csr(csr_pem: str) -> x509.CertificateSigningRequest:
    """A PEM CSR with a valid self-signature and an acceptable key, else UserError (invalid_csr,
    csr_too_large, weak_key, unsupported_key_type)."""
    if len(csr_pem) > MAX_CSR_CHARS:
        raise UserError("csr_too_large", field="csr", limit=MAX_CSR_CHARS)
    text = csr_pem.strip()
    if not text.startswith(PEM_CSR_BEGIN) or not text.isascii():
        raise UserError("invalid_csr", field="csr")
    csr = load_csr(text.encode("ascii"))
    public_key = csr.public_key()
    if isinstance(public_key, rsa.RSAPublicKey):
        if public_key.key_size < MIN_RSA_BITS:
            raise UserError("weak_key", field="csr", bits=public_key.key_size, minimum=MIN_RSA_BITS)
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        if not isinstance(public_key.curve, EC_CURVES):
            raise UserError("unsupported_key_type", field="csr", curve=public_key.curve.name)
    else:
        raise UserError("unsupported_key_type", field="csr")
    return csr


def enrol(
    engine: Engine, settings: ServerSettings, ca: Identity, principal: Principal, csr_pem: str
) -> x509.Certificate:
    """Issue the signing certificate of `principal` for the public key of `csr_pem`."""
    csr = check_csr(csr_pem)
    who = _enrolee(engine, principal)
    common_name = (who.display_name.strip() or who.email)[:64]
    subject = subject_name(common_name, email=who.email)
    cert = issue_certificate(
        ca, csr, days=settings.enrol_cert_days, now=settings.clock(), subject=subject, email=who.email
    )
    log.info(
        "signing certificate issued",
        extra={"user_id": principal.user_id, "device_id": principal.device_id, "serial": f"{cert.serial_number:x}"},
    )
    return cert


# --- HTTP ---------------------------------------------------------------------------------------


class EnrolRequest(BaseModel):
    csr: str


class EnrolResponse(BaseModel):
    certificate: str
    chain: list[str]
    serial: str
    subject: str
    not_before: datetime
    not_after: datetime


def _error(status: int, code: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, **extra}, status_code=status)


_STATUS = {"csr_too_large": 413}


def router(
    engine: Engine,
    settings: ServerSettings,
    principal_dependency: Callable[..., Principal],
    limit_client: Callable[[Request], None],
) -> APIRouter:
    """The enrolment routes. `principal_dependency` is the app's authenticated-caller dependency (401,
    per-user rate limit); `limit_client`
    rate-limits an unauthenticated request by client address. Loads (or creates) the CA now: a server whose
    CA file is broken fails at start."""
    ca = server_ca(settings)
    api = APIRouter()
    error_responses: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorBody} for code in (400, 401, 413, 429, 503)
    }

    @api.post("/sync/v1/certificates", response_model=EnrolResponse, responses=error_responses)
    def issue(body: EnrolRequest, principal: Principal = Depends(principal_dependency)) -> Any:
        if ca is None:
            return _error(503, "enrolment_unavailable")
        try:
            cert = enrol(engine, settings, ca, principal, body.csr)
        except UserError as exc:
            return _error(_STATUS.get(exc.code, 400), exc.code, **dict(exc.params))
        return EnrolResponse(
            certificate=cert_pem(cert).decode("ascii"),
            chain=[cert_pem(ca.certificate).decode("ascii")],
            serial=f"{cert.serial_number:x}",
            subject=cert.subject.rfc4514_string({NameOID.EMAIL_ADDRESS: "emailAddress"}),
            not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc,
        )

    @api.get(
        "/sync/v1/certificates/ca",
        response_class=Response,
        responses={200: {"content": {"application/x-pem-file": {}}}, 429: {}, 503: {}},
    )
    def ca_certificate(request: Request) -> Response:
        limit_client(request)
        if ca is None:
            return _error(503, "enrolment_unavailable")
        return Response(cert_pem(ca.certificate), media_type="application/x-pem-file")

    return api
