"""Signed proofs of real claims: the partner signs, attaches and submits; the channel manager approves and
countersigns in one step (one transaction, a new content-addressed proof version that pyHanko and poppler's
pdfsig both accept); a doctored, untrusted or missing proof is never countersigned, and a refused approval
signs nothing."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.workbench.documents.conftest import World
from tests.workbench.documents.helpers import Pki, jpeg_bytes, overlay_total, require_pdfsig
from tests.workbench.mdf.conftest import count
from workbench.db.outbox import OutboxOp
from workbench.db.uow import UnitOfWork
from workbench.documents.claims import (
    add_proof_row,
    approve_claim_and_countersign,
    latest_proof,
    sign_and_attach_proof,
    sign_and_submit_claim,
    store_blob,
)
from workbench.documents.types import APPROVER_FIELD, PARTNER_FIELD
from workbench.documents.verify import embedded_files, pdfsig_report, verify_pdf
from workbench.errors import UserError
from workbench.mdf import commands as cmd
from workbench.mdf.evidence import PROOF_KIND
from workbench.mdf.models import Claim
from workbench.mdf.types import AllocationInput, BudgetInput, ClaimInput, ClaimStatus, CostLineInput, RequestInput
from workbench.records.commands import add_attachment, blob_path

D = Decimal


def claim_with_evidence(engine: Engine, w: World, blobs: Path, *, complete: bool = True) -> str:
    today = date.today()
    bid = cmd.create_budget(
        engine, w.admin, BudgetInput(w.program_id, "FY", today, today + timedelta(days=90), D("5000"), "EUR")
    ).id
    aid = cmd.allocate(engine, w.manager, AllocationInput(bid, w.partner_a, D("2000"), "EUR")).id
    rid = cmd.create_request(
        engine,
        w.partner_a_admin,
        RequestInput(aid, "event", "Messe Köln", today, today + timedelta(days=1), D("800"), "EUR", "Stand"),
    ).id
    cmd.submit_request(engine, w.partner_a_admin, rid)
    cmd.approve_request(engine, w.manager, rid, None)
    cid = cmd.create_claim(engine, w.partner_a_admin, ClaimInput(rid, D("400.00"), D("800.00"), "EUR", "420 Gäste")).id
    cmd.add_cost_line(engine, w.partner_a_admin, CostLineInput(cid, "Standmiete", D("800.00"), "EUR", "R-1"))
    files = [
        ("stand.jpg", jpeg_bytes(), "photos"),
        ("rechnung.pdf", b"%PDF-1.4 invoice " * 50, "invoice"),
        ("gaeste.csv", "name;firma\nJörg;Müller\n".encode() * 20, "attendee_list"),
        ("summary.txt", b"420 visitors", "summary"),
    ]
    for name, data, kind in files if complete else files[:2]:
        add_attachment(engine, w.partner_a_admin, "mdf_claims", cid, data, blobs, kind, file_name=name)
    return cid


def submitted_with_proof(engine: Engine, w: World, pki: Pki, blobs: Path) -> str:
    cid = claim_with_evidence(engine, w, blobs)
    sign_and_submit_claim(engine, w.partner_a_admin, cid, pki.partner, blobs, "de")
    return cid


def test_partner_signs_attaches_and_submits(engine: Engine, world: World, pki: Pki, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = claim_with_evidence(engine, world, blobs)
    claim, signed = sign_and_submit_claim(engine, world.partner_a_admin, cid, pki.partner, blobs, "de")
    assert claim.status == ClaimStatus.SUBMITTED
    att = signed.attachment
    assert (att.evidence_kind, att.mime_type, att.owner_id) == (PROOF_KIND, "application/pdf", cid)
    data = blob_path(blobs, att.sha256).read_bytes()
    assert hashlib.sha256(data).hexdigest() == att.sha256 and len(data) == att.size_bytes
    report = verify_pdf(data, [pki.ca.certificate])
    assert report.ok, report
    assert [s.field_name for s in report.signatures] == [PARTNER_FIELD]
    # the evidence is embedded, the proof itself is not evidence
    assert sorted(embedded_files(data)) == ["gaeste.csv", "rechnung.pdf", "stand.jpg", "summary.txt"]
    assert latest_proof(engine, world.manager, cid, blobs)[0] == att


def test_no_proof_while_evidence_is_missing(engine: Engine, world: World, pki: Pki, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = claim_with_evidence(engine, world, blobs, complete=False)
    before = count(engine, "attachments"), count(engine, "outbox_ops")
    with pytest.raises(UserError) as err:
        sign_and_attach_proof(engine, world.partner_a_admin, cid, pki.partner, blobs, "en")
    assert err.value.code == "evidence_missing"
    assert err.value.params["missing"] == ["attendee_list", "summary"]
    assert (count(engine, "attachments"), count(engine, "outbox_ops")) == before
    with pytest.raises(UserError) as err:
        sign_and_attach_proof(engine, world.partner_b_user, cid, pki.partner, blobs, "en")
    assert err.value.code == "permission_denied"


def test_approve_and_countersign_in_one_step(engine: Engine, world: World, pki: Pki, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = submitted_with_proof(engine, world, pki, blobs)
    first, signed = latest_proof(engine, world.manager, cid, blobs)
    seq_before = max_seq(engine)
    result = approve_claim_and_countersign(
        engine, world.manager, cid, pki.approver, blobs, [pki.ca.certificate], approved=D("350.00"), reason="ok"
    )
    assert result.claim.status == ClaimStatus.APPROVED and result.claim.approved_minor == 35000
    assert result.checked.ok
    att = result.attachment
    assert att.evidence_kind == PROOF_KIND and att.sha256 != first.sha256
    data = blob_path(blobs, att.sha256).read_bytes()
    assert data.startswith(signed)  # incremental update: the partner's signed bytes are untouched
    report = verify_pdf(data, [pki.ca.certificate])
    assert report.ok, report
    partner, approver = report.signatures
    assert (partner.field_name, approver.field_name) == (PARTNER_FIELD, APPROVER_FIELD)
    assert partner.modification_level == "FORM_FILLING" and "Anna Approver" in approver.signer
    assert latest_proof(engine, world.manager, cid, blobs)[0] == att
    # one transaction: the approve command and the new proof version travel together
    with engine.connect() as conn:
        new = conn.execute(select(OutboxOp).where(OutboxOp.client_seq > seq_before)).all()
    assert sorted((o.entity, o.kind, o.command) for o in new) == [
        ("attachments", "create", None),
        ("mdf_claims", "command", "approve"),
    ]
    assert len({o.tx_id for o in new}) == 1


def max_seq(engine: Engine) -> int:
    with engine.connect() as conn:
        return max((r.client_seq for r in conn.execute(select(OutboxOp))), default=0)


def test_countersigned_proof_passes_pdfsig(engine: Engine, world: World, pki: Pki, tmp_path: Path) -> None:
    require_pdfsig()
    blobs = tmp_path / "blobs"
    cid = submitted_with_proof(engine, world, pki, blobs)
    result = approve_claim_and_countersign(engine, world.manager, cid, pki.approver, blobs, [pki.ca.certificate])
    rep = pdfsig_report(blob_path(blobs, result.attachment.sha256))
    assert rep.all_valid, rep.raw
    assert [s.field_name for s in rep.signatures if s.signed] == [PARTNER_FIELD, APPROVER_FIELD]


def _state(engine: Engine, cid: str, blobs: Path) -> tuple[object, ...]:
    files = sorted(p.name for p in blobs.rglob("*") if p.is_file())
    with engine.connect() as conn:
        status = conn.execute(select(Claim.status).where(Claim.id == cid)).scalar_one()
    return status, count(engine, "attachments"), count(engine, "outbox_ops"), tuple(files)


def test_doctored_proof_is_not_countersigned(engine: Engine, world: World, pki: Pki, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = submitted_with_proof(engine, world, pki, blobs)
    _, signed = latest_proof(engine, world.manager, cid, blobs)
    doctored = overlay_total(signed)
    sha = store_blob(blobs, doctored)
    with UnitOfWork(engine, world.partner_a_admin, replica=True) as uow:  # a doctored copy arrives as newest
        add_proof_row(uow, uow.get(Claim, cid), sha, len(doctored), "proof.pdf")
    before = _state(engine, cid, blobs)
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, cid, pki.approver, blobs, [pki.ca.certificate])
    assert err.value.code == "proof_invalid"
    assert "disallowed_modification" in err.value.params["problems"]
    assert _state(engine, cid, blobs) == before


def test_untrusted_or_missing_proof_is_not_countersigned(
    engine: Engine, world: World, pki: Pki, tmp_path: Path
) -> None:
    blobs = tmp_path / "blobs"
    cid = submitted_with_proof(engine, world, pki, blobs)
    before = _state(engine, cid, blobs)
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, cid, pki.approver, blobs, [pki.other_ca.certificate])
    assert err.value.code == "proof_invalid" and "untrusted" in err.value.params["problems"]
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, cid, pki.approver, tmp_path / "empty", [])
    assert err.value.code == "proof_blob_missing"
    assert _state(engine, cid, blobs) == before
    other = claim_with_evidence(engine, world, blobs)
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, other, pki.approver, blobs, [pki.ca.certificate])
    assert err.value.code == "proof_missing"


def test_refused_approval_signs_nothing(engine: Engine, world: World, pki: Pki, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    cid = submitted_with_proof(engine, world, pki, blobs)
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("399.99"))
    before = _state(engine, cid, blobs)
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, cid, pki.approver, blobs, [pki.ca.certificate])
    assert err.value.code == "approval_limit_exceeded"
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.partner_a_admin, cid, pki.approver, blobs, [pki.ca.certificate])
    assert err.value.code == "permission_denied"
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(
            engine, world.manager, cid, pki.approver, blobs, [pki.ca.certificate], approved=D("400.01")
        )
    assert err.value.code == "approved_exceeds_requested"
    assert _state(engine, cid, blobs) == before


def test_proof_of_another_claim_or_outdated_evidence_is_not_countersigned(
    engine: Engine, world: World, pki: Pki, tmp_path: Path
) -> None:
    blobs = tmp_path / "blobs"
    cid = submitted_with_proof(engine, world, pki, blobs)
    other = claim_with_evidence(engine, world, blobs)
    add_attachment(engine, world.partner_a_admin, "mdf_claims", other, b"extra", blobs, "photos", file_name="x.jpg")
    signed = sign_and_attach_proof(engine, world.partner_a_admin, other, pki.partner, blobs, "en")
    data = blob_path(blobs, signed.attachment.sha256).read_bytes()
    with UnitOfWork(engine, world.partner_a_admin, replica=True) as uow:  # validly signed, wrong claim
        add_proof_row(uow, uow.get(Claim, cid), signed.attachment.sha256, len(data), "proof.pdf")
    before = _state(engine, cid, blobs)
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, cid, pki.approver, blobs, [pki.ca.certificate])
    assert err.value.code == "proof_evidence_mismatch"
    assert err.value.params["extra"] == ["x.jpg"] and err.value.params["missing"] == []
    assert _state(engine, cid, blobs) == before
    # evidence added after the partner signed: the proof no longer shows the claim as it stands
    late = claim_with_evidence(engine, world, blobs)
    sign_and_attach_proof(engine, world.partner_a_admin, late, pki.partner, blobs, "en")
    add_attachment(engine, world.partner_a_admin, "mdf_claims", late, b"late", blobs, "summary", file_name="late.txt")
    cmd.submit_claim(engine, world.partner_a_admin, late)
    with pytest.raises(UserError) as err:
        approve_claim_and_countersign(engine, world.manager, late, pki.approver, blobs, [pki.ca.certificate])
    assert (err.value.code, err.value.params["missing"], err.value.params["extra"]) == (
        "proof_evidence_mismatch",
        ["late.txt"],
        [],
    )
