"""Server settings. Everything correctness depends on lives in the database; these are configuration."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher

from sync.protocol import MAX_BODY_BYTES
from workbench.clock import utcnow
from workbench.db.outbox import SCHEMA_VERSION


@dataclass(frozen=True)
class ServerSettings:
    # HMAC key of access tokens. Every worker process of one server must share it.
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    access_ttl: timedelta = timedelta(minutes=15)
    refresh_ttl: timedelta = timedelta(days=30)
    # A just-rotated refresh token may be presented once more this long after its rotation (the answer of
    # the rotation was lost); later, or a second time, it is taken for a replay (auth.refresh).
    refresh_grace: timedelta = timedelta(seconds=60)
    max_body_bytes: int = MAX_BODY_BYTES
    # Per-process token buckets (see ratelimit.py): authenticated calls per user, logins per client address.
    rate_per_second: float = 20.0
    rate_burst: int = 200
    login_rate_per_second: float = 1.0
    login_burst: int = 20
    schema_version: int = SCHEMA_VERSION
    min_schema_version: int = 1
    clock: Callable[[], datetime] = utcnow
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    # Content-addressed attachment store (blobs.py); None disables the blob endpoints (503).
    blob_dir: Path | None = None
    max_blob_bytes: int = 100 * 1024 * 1024
    max_blob_chunk_bytes: int = 8 * 1024 * 1024
    # The change log keeps this long; older tombstones are pruned and older cursors re-snapshot.
    log_window: timedelta = timedelta(days=180)
    # Signed proofs (sync/server/documents.py): PEM files of the CAs whose signatures a proof may carry
    # (WORKBENCH_PROOF_TRUST_ROOTS, os.pathsep-separated; the server's enrolment CA is always trusted too),
    # and an RFC 3161 service for document timestamps on accepted proofs (WORKBENCH_TSA_URL; None = none).
    proof_trust_roots: tuple[Path, ...] = field(
        default_factory=lambda: tuple(
            Path(p) for p in os.environ.get("WORKBENCH_PROOF_TRUST_ROOTS", "").split(os.pathsep) if p
        )
    )
    # The enrolment CA (sync/server/enrol.py): key (0600) and self-signed certificate, created on first start
    # in WORKBENCH_CA_DIR, else in "ca" next to the blob folder; it is always a proof trust root. None and no
    # blob folder: no enrolment (503) and only the configured roots.
    ca_dir: Path | None = field(default_factory=lambda: Path(d) if (d := os.environ.get("WORKBENCH_CA_DIR")) else None)
    enrol_cert_days: int = 730
    tsa_url: str | None = field(default_factory=lambda: os.environ.get("WORKBENCH_TSA_URL") or None)
    tsa_timeout: float = 5.0

    def __post_init__(self) -> None:
        if len(self.secret) < 32:
            raise ValueError("the token secret must be at least 32 bytes")
