"""Signed proofs of a claim, end to end: the partner signs and attaches the proof (optionally submitting the
claim with it), the approving channel manager approves and countersigns in one step.

The proof is an attachment of its claim (`owner_entity="mdf_claims"`, `evidence_kind=PROOF_KIND`, PDF) in
the content-addressed blob store; each signature step stores a new version (a new attachment row, the blob
named by its SHA-256), and the newest one is the claim's proof. Signing runs before the unit of work that
records it (pyHanko takes a few hundred milliseconds; no database transaction stays open meanwhile); the
approval itself is checked once before signing (so nothing is signed for an approval that would be refused)
and again in the transaction that records it. Desktop callers run these functions on the io lane."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from cryptography import x509
from pyhanko.sign.timestamps.api import TimeStamper
from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from workbench import validation
from workbench.db.uow import UnitOfWork
from workbench.documents.keys import Identity
from workbench.documents.proof import proof_dto_from_claim, render_proof_pdf
from workbench.documents.signing import countersign, sign_partner
from workbench.documents.types import Lang, SignOutcome, VerificationReport
from workbench.documents.verify import embedded_files, verify_pdf
from workbench.errors import NotFound, UserError
from workbench.mdf import commands as mdf_commands
from workbench.mdf.evidence import PROOF_KIND, missing_evidence
from workbench.mdf.models import Claim, FundRequest
from workbench.mdf.queries import claim_dto, evidence_kinds
from workbench.mdf.types import ClaimDTO, ClaimStatus
from workbench.records.commands import attachment_dto, blob_path
from workbench.records.models import Attachment
from workbench.records.types import AttachmentDTO
from workbench.security.roles import Actor

PDF_MIME = "application/pdf"
CLAIMS = "mdf_claims"
SIGNABLE = frozenset({ClaimStatus.DRAFT, ClaimStatus.INFO_REQUESTED})


@dataclass(frozen=True, slots=True)
class SignedProof:
    attachment: AttachmentDTO
    outcome: SignOutcome


@dataclass(frozen=True, slots=True)
class CountersignedApproval:
    claim: ClaimDTO
    attachment: AttachmentDTO  # the countersigned version of the proof
    outcome: SignOutcome
    checked: VerificationReport  # the verdict on the partner-signed proof before countersigning


class _DryRun(Exception):
    """Rolls back a unit of work that only checked whether a command would pass."""


# --- the blob store and the proof rows -----------------------------------------------------------


def store_blob(blob_dir: Path, data: bytes) -> str:
    """Write `data` content-addressed under `blob_dir` (temporary file, fsync, atomic rename; an existing
    blob is kept) and return its SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    final = blob_path(blob_dir, sha)
    if final.exists():
        return sha
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".proof-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, final)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return sha


def proof_file_name(claim_id: str, stage: str) -> str:
    return f"proof-{claim_id}-{stage}.pdf"


def latest_proof_row(session: Session, claim_id: str) -> Attachment | None:
    """The claim's current proof: its newest proof attachment. Every later version is an incremental update
    of the one before (bigger), which orders versions recorded in one transaction (same created_at)."""
    return session.scalars(
        select(Attachment)
        .where(
            Attachment.owner_entity == CLAIMS,
            Attachment.owner_id == claim_id,
            Attachment.evidence_kind == PROOF_KIND,
            Attachment.deleted_at.is_(None),
        )
        .order_by(Attachment.created_at.desc(), Attachment.size_bytes.desc(), Attachment.id.desc())
        .limit(1)
    ).first()


def add_proof_row(uow: UnitOfWork, claim: Claim, sha256: str, size: int, file_name: str) -> Attachment:
    """Record a stored proof version as an attachment of `claim` (the blob must be in the store)."""
    att = uow.add(
        Attachment(
            partner_id=claim.partner_id,
            owner_entity=CLAIMS,
            owner_id=claim.id,
            file_name=file_name,
            mime_type=PDF_MIME,
            size_bytes=size,
            sha256=sha256,
            evidence_kind=PROOF_KIND,
        )
    )
    uow.flush()
    return att


def latest_proof(engine: Engine, actor: Actor, claim_id: str, blob_dir: Path) -> tuple[AttachmentDTO, bytes]:
    """The claim's current proof and its bytes, read as `actor`. UserError proof_missing when the claim has
    none, proof_blob_missing when its file is not (yet) on this machine, proof_blob_corrupt when the stored
    bytes no longer hash to the name."""
    with Session(engine) as s:
        claim = s.get(Claim, claim_id)
        if claim is None or claim.deleted_at is not None:
            raise UserError("unknown_reference", field="claim_id", id=claim_id)
        if not actor.is_vendor and claim.partner_id != actor.partner_id:
            raise UserError("unknown_reference", field="claim_id", id=claim_id)
        row = latest_proof_row(s, claim_id)
        if row is None:
            raise UserError("proof_missing", field="claim_id", id=claim_id)
        dto = attachment_dto(row)
    path = blob_path(blob_dir, dto.sha256)
    if not path.is_file():
        raise UserError("proof_blob_missing", field="proof", sha256=dto.sha256)
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != dto.sha256:
        raise UserError("proof_blob_corrupt", field="proof", sha256=dto.sha256)
    return dto, data


def check_proof_covers_evidence(session: Session, claim_id: str, data: bytes) -> None:
    """The proof must be the proof of THIS claim as it stands: the files embedded in it are exactly the
    claim's current attachments (every file but earlier proofs), compared by SHA-256. A valid signature on
    another claim's proof, or a proof signed before evidence changed, is refused (proof_evidence_mismatch,
    missing= files of the claim not in the proof, extra= files in the proof that are not the claim's)."""
    embedded = {hashlib.sha256(content).hexdigest(): name for name, content in embedded_files(data).items()}
    rows = session.execute(
        select(Attachment.sha256, Attachment.file_name).where(
            Attachment.owner_entity == CLAIMS,
            Attachment.owner_id == claim_id,
            or_(Attachment.evidence_kind.is_(None), Attachment.evidence_kind != PROOF_KIND),
            Attachment.deleted_at.is_(None),
        )
    ).all()
    current = {sha: name for sha, name in rows}
    missing = sorted(name for sha, name in current.items() if sha not in embedded)
    extra = sorted(name for sha, name in embedded.items() if sha not in current)
    if missing or extra:
        raise UserError("proof_evidence_mismatch", field="proof", missing=missing, extra=extra)


# --- partner: sign and attach (and submit) -------------------------------------------------------


def sign_and_attach_proof(
    engine: Engine,
    actor: Actor,
    claim_id: str,
    identity: Identity,
    blob_dir: Path,
    lang: Lang | str,
    *,
    timestamper: TimeStamper | None = None,
    vendor_name: str | None = None,
    now: datetime | None = None,
    replica: bool = True,
) -> SignedProof:
    """Render the claim's proof (evidence embedded, empty approver field), certify it with the partner's
    identity (B-T with `timestamper` when the TSA answers, else B-B) and store it as the claim's proof.
    Only while the claim is a draft or information was requested; refused (evidence_missing, missing=[...])
    while required evidence is missing, as `submit_claim` would."""
    _check_signable(engine, actor, claim_id)
    dto = proof_dto_from_claim(engine, claim_id, blob_dir, lang, actor=actor, vendor_name=vendor_name, now=now)
    outcome = sign_partner(render_proof_pdf(dto), identity, timestamper=timestamper)
    sha = store_blob(blob_dir, outcome.data)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = _signable_claim(uow, actor, claim_id)
        att = add_proof_row(uow, claim, sha, len(outcome.data), proof_file_name(claim.id, "partner"))
        return SignedProof(attachment=attachment_dto(att), outcome=outcome)


def sign_and_submit_claim(
    engine: Engine,
    actor: Actor,
    claim_id: str,
    identity: Identity,
    blob_dir: Path,
    lang: Lang | str,
    *,
    timestamper: TimeStamper | None = None,
    vendor_name: str | None = None,
    now: datetime | None = None,
    replica: bool = True,
) -> tuple[ClaimDTO, SignedProof]:
    """`sign_and_attach_proof`, then `submit_claim`: the partner files the claim with its signed proof."""
    signed = sign_and_attach_proof(
        engine,
        actor,
        claim_id,
        identity,
        blob_dir,
        lang,
        timestamper=timestamper,
        vendor_name=vendor_name,
        now=now,
        replica=replica,
    )
    return mdf_commands.submit_claim(engine, actor, claim_id, replica=replica), signed


def _signable_claim(uow: UnitOfWork, actor: Actor, claim_id: str) -> Claim:
    try:
        claim = uow.get(Claim, claim_id)
    except NotFound:
        raise UserError("unknown_reference", field="claim_id", id=claim_id) from None
    actor.require_partner_access("sign_proof", claim.partner_id)
    if claim.status not in SIGNABLE:
        raise UserError("not_editable", field="status", status=claim.status)
    req = uow.get(FundRequest, claim.request_id, include_deleted=True)
    missing = missing_evidence(req.activity_type, evidence_kinds(uow.session, claim.id))
    if missing:
        raise UserError("evidence_missing", field="evidence", missing=list(missing))
    return claim


def _check_signable(engine: Engine, actor: Actor, claim_id: str) -> None:
    try:
        with UnitOfWork(engine, actor, replica=False, capture=False) as uow:
            _signable_claim(uow, actor, claim_id)
            raise _DryRun
    except _DryRun:
        pass


# --- channel manager: approve and countersign ----------------------------------------------------


def approve_claim_and_countersign(
    engine: Engine,
    actor: Actor,
    claim_id: str,
    identity: Identity,
    blob_dir: Path,
    trust_roots: Sequence[x509.Certificate],
    *,
    approved: Decimal | None = None,
    reason: str | None = None,
    timestamper: TimeStamper | None = None,
    replica: bool = True,
) -> CountersignedApproval:
    """Approve a submitted claim and countersign its proof, as one step for the approver's screen.

    The claim's current proof must be on this machine, pass verification against `trust_roots` (a
    doctored copy is never countersigned: proof_invalid, problems=[...]) and embed exactly the claim's
    current files (proof_evidence_mismatch); the approval must pass every
    rule (state machine, amounts, the approver's limit) -- checked before signing. The approver's
    signature goes into the pre-created approver field as an incremental update (B-T with `timestamper`
    when the TSA answers); the approval and the new proof version are recorded in ONE unit of work."""
    note = validation.text(reason, "reason", max_len=validation.MAX_TEXT, required=False)
    _, data = latest_proof(engine, actor, claim_id, blob_dir)
    report = verify_pdf(data, trust_roots)
    if not report.ok:
        problems = sorted({*report.problems, *(p for s in report.signatures for p in s.problems)})
        raise UserError("proof_invalid", field="proof", problems=problems)
    with Session(engine) as s:
        check_proof_covers_evidence(s, claim_id, data)
    try:
        with UnitOfWork(engine, actor, replica=False, capture=False) as dry:
            mdf_commands.approve_claim_in(dry, actor, claim_id, approved, note)
            raise _DryRun
    except _DryRun:
        pass
    outcome = countersign(data, identity, timestamper=timestamper)
    sha = store_blob(blob_dir, outcome.data)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        claim = mdf_commands.approve_claim_in(uow, actor, claim_id, approved, note)
        att = add_proof_row(uow, claim, sha, len(outcome.data), proof_file_name(claim.id, "countersigned"))
        return CountersignedApproval(
            claim=claim_dto(claim), attachment=attachment_dto(att), outcome=outcome, checked=report
        )
