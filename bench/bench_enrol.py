"""Signing-key enrolment (issue #5 "Keys"): what the laptop and the server spend per enrolment.

* laptop: a new key pair + CSR (RSA-2048, the default; EC P-256);
* server: CSR checks + certificate issued (sync.server.enrol.check_csr + issue_certificate);
* the whole round trip over HTTP (FastAPI TestClient, SQLite server database): sign-in token already held;
* the CA's first start (key generation + files) and a later start (load from disk).

Quick mode: fewer repetitions, same sizes."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import emit, median_ms


def run(quick: bool = False) -> None:
    from argon2 import PasswordHasher
    from fastapi.testclient import TestClient

    import sync.server.models  # noqa: F401  (server tables on the metadata)
    from sync.server import enrol
    from sync.server.app import create_app
    from sync.server.auth import create_user
    from sync.server.settings import ServerSettings
    from workbench.db.base import Base
    from workbench.db.engine import server_engine
    from workbench.db.registry import load_all
    from workbench.documents.keys import generate_key_and_csr, issue_certificate, subject_name
    from workbench.security.roles import Role

    load_all()
    repeat = 5 if quick else 21
    now = datetime.now(UTC)
    tmp = Path(tempfile.mkdtemp(prefix="bench-enrol-"))

    t0 = time.perf_counter()
    ca = enrol.load_or_create_ca(tmp / "ca", now=now)
    emit("enrol", "CA first start (key + files)", (time.perf_counter() - t0) * 1000, "ms")
    med, _p95 = median_ms(lambda: enrol.load_or_create_ca(tmp / "ca", now=now), repeat=repeat)
    emit("enrol", "CA later start (load)", med, "ms")

    for kind in ("rsa", "ec"):
        med, p95 = median_ms(lambda kind=kind: generate_key_and_csr("x", kind=kind), repeat=repeat)  # type: ignore[misc]
        emit("enrol", f"laptop key + CSR ({kind})", med, "ms", p95=round(p95, 3))

    _key, csr = generate_key_and_csr("x")
    subject = subject_name("Anna Becker", email="anna@example.com")

    def issue() -> object:
        return issue_certificate(ca, enrol.check_csr(csr.decode()), now=now, subject=subject, email="anna@example.com")

    med, p95 = median_ms(issue, repeat=repeat)
    emit("enrol", "server CSR checks + issue", med, "ms", p95=round(p95, 3))

    db = server_engine(f"sqlite:///{tmp / 'server.db'}")
    Base.metadata.create_all(db)
    settings = ServerSettings(
        secret=b"b" * 32,
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        rate_per_second=1000.0,
        rate_burst=10_000,
        blob_dir=tmp / "blobs",
    )
    create_user(db, settings, email="anna@example.com", password="bench-password-1", role=Role.CHANNEL_MANAGER)
    with TestClient(create_app(db, settings)) as client:
        login = client.post(
            "/sync/v1/auth/login",
            json={"email": "anna@example.com", "password": "bench-password-1", "device_name": "bench"},
        ).json()
        headers = {"Authorization": f"Bearer {login['access_token']}"}
        body = {"csr": csr.decode()}

        def round_trip() -> object:
            response = client.post("/sync/v1/certificates", json=body, headers=headers)
            assert response.status_code == 200, response.text
            return response

        med, p95 = median_ms(round_trip, repeat=repeat)
        emit("enrol", "POST /sync/v1/certificates (HTTP, in-process)", med, "ms", p95=round(p95, 3))
    db.dispose()
