"""Signed proofs on the server: verification on arrival and document timestamps (ARCHITECTURE §5).

A proof arrives as an attachments row of an MDF claim with `evidence_kind = PROOF_KIND` whose blob was
uploaded before (push refuses the row with `missing_blobs` until then). Two places check it, with the same
verification the laptop and `verify-pdf` run (`workbench.documents.verify.verify_pdf`: pyHanko with the
configured trust roots and its difference analysis):

* the attachments row itself (push validator): a proof that fails is refused -- the op answers
  `rejected: proof_invalid` and the doctored file never becomes a proof of the claim;
* the claim's `submit` command: the claim's current proof (its newest proof version) must verify and embed
  exactly the claim's files, else the submit is `rejected: proof_invalid` / `proof_evidence_mismatch` and
  the claim stays where it was. (A claim without a proof is submitted under the evidence rule alone.)

A proof that verifies gets a PAdES document timestamp when the server has a timestamp service
(`ServerSettings.tsa_url`); the timestamped file is stored content-addressed and recorded as a new proof
version (a new attachments row in the same transaction, so it reaches every device that may see the claim).
An unreachable timestamp service is logged and leaves the proof as it came.

The command handlers and validators run with a UnitOfWork only; the settings they need are registered per
engine by `configure(engine, settings)` (create_app calls it)."""

from __future__ import annotations

import hashlib
import logging
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from sqlalchemy import Engine

from sync.server.enrol import server_ca
from sync.server.settings import ServerSettings
from sync.tsa import HttpTimeStamper
from workbench.db.uow import UnitOfWork
from workbench.documents.claims import (
    CLAIMS,
    PDF_MIME,
    add_proof_row,
    check_proof_covers_evidence,
    latest_proof_row,
    proof_file_name,
    store_blob,
)
from workbench.documents.keys import load_certificates
from workbench.documents.signing import add_document_timestamp
from workbench.documents.types import VerificationReport
from workbench.documents.verify import verify_pdf
from workbench.errors import UserError
from workbench.mdf.evidence import PROOF_KIND
from workbench.mdf.models import Claim
from workbench.records.commands import blob_path

log = logging.getLogger("sync.server.documents")


@dataclass(frozen=True)
class DocumentPolicy:
    blob_dir: Path | None
    trust_roots: tuple[x509.Certificate, ...]
    timestamper: TimeStamper | None


_POLICIES: weakref.WeakKeyDictionary[Engine, DocumentPolicy] = weakref.WeakKeyDictionary()


def policy_from_settings(settings: ServerSettings) -> DocumentPolicy:
    """Load the trust roots -- the server's enrolment CA (always, when it has a CA folder) and every PEM file
    of `proof_trust_roots` (each must be readable and hold certificates: a misconfigured server fails at
    start, not on the first proof) -- and build the timestamp client."""
    ca = server_ca(settings)
    roots: list[x509.Certificate] = [ca.certificate] if ca is not None else []
    for path in settings.proof_trust_roots:
        roots.extend(load_certificates(Path(path).read_bytes()))
    stamper = HttpTimeStamper(settings.tsa_url, settings.tsa_timeout) if settings.tsa_url else None
    return DocumentPolicy(blob_dir=settings.blob_dir, trust_roots=tuple(roots), timestamper=stamper)


def configure(engine: Engine, settings: ServerSettings) -> None:
    _POLICIES[engine] = policy_from_settings(settings)


def _policy(uow: UnitOfWork) -> DocumentPolicy:
    policy = _POLICIES.get(uow.engine)
    if policy is None or policy.blob_dir is None:
        raise UserError("proof_verification_unavailable", field="sha256")
    return policy


def _problems(report: VerificationReport) -> list[str]:
    return sorted({*report.problems, *(p for s in report.signatures for p in s.problems)})


def _read_blob(policy: DocumentPolicy, sha256: str) -> bytes:
    assert policy.blob_dir is not None
    path = blob_path(policy.blob_dir, sha256)
    if not path.is_file():
        raise UserError("missing_blobs", field="sha256")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UserError("proof_blob_corrupt", field="sha256")
    return data


def check_proof(policy: DocumentPolicy, data: bytes) -> VerificationReport:
    """The laptop's verification, with the server's trust roots; UserError proof_invalid (problems=[...])
    when the verdict fails (no trust roots configured: nothing can be trusted)."""
    if not policy.trust_roots:
        raise UserError("proof_verification_unavailable", field="sha256")
    report = verify_pdf(data, policy.trust_roots)
    if not report.ok:
        problems = _problems(report)
        log.warning("proof refused", extra={"problems": problems})
        raise UserError("proof_invalid", field="sha256", problems=problems)
    return report


def is_proof(obj: Any) -> bool:
    return bool(getattr(obj, "owner_entity", None) == CLAIMS and getattr(obj, "evidence_kind", None) == PROOF_KIND)


def validate_attachment(uow: UnitOfWork, obj: Any, created: bool) -> None:
    """Push validator for attachments rows: a proof of a claim is verified on arrival and, when the server
    has a timestamp service, gets a document timestamp as a new proof version."""
    if not created or not is_proof(obj):
        return
    if obj.mime_type != PDF_MIME:
        raise UserError("proof_invalid", field="mime_type", problems=["not_a_pdf"])
    policy = _policy(uow)
    data = _read_blob(policy, obj.sha256)
    check_proof(policy, data)
    if policy.timestamper is not None:
        claim = uow.get(Claim, obj.owner_id, include_deleted=True)
        _timestamp(uow, policy, claim, data)


def _timestamp(uow: UnitOfWork, policy: DocumentPolicy, claim: Claim, data: bytes) -> None:
    assert policy.timestamper is not None and policy.blob_dir is not None
    try:
        stamped = add_document_timestamp(data, policy.timestamper)
    except (TimestampRequestError, UserError) as exc:  # the proof stays valid as it came
        log.warning("document timestamp skipped: %s", str(exc)[:200])
        return
    sha = store_blob(policy.blob_dir, stamped)
    add_proof_row(uow, claim, sha, len(stamped), proof_file_name(claim.id, "timestamped"))


def check_claim_proof(uow: UnitOfWork, claim: Claim) -> None:
    """For the claim's submit on the server: its current proof, if it has one, must verify."""
    row = latest_proof_row(uow.session, claim.id)
    if row is None:
        return
    policy = _policy(uow)
    data = _read_blob(policy, row.sha256)
    check_proof(policy, data)
    check_proof_covers_evidence(uow.session, claim.id, data)
