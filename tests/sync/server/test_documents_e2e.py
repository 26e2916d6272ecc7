"""Issue #5 "Done when", end to end over real HTTP (the server app under uvicorn, two encrypted laptop
replicas, the real sync client): offline the partner files a claim, the app refuses to submit until the
evidence is complete, signs the proof and submits; after sync the server has verified the proof and the
channel manager approves and countersigns it on their laptop; after their sync the server holds the approved
claim and the countersigned proof (pyHanko and pdfsig accept it); a doctored copy pushed later is refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.client.auth import AuthSession
from sync.client.blobs import fetch_blob
from sync.client.status import rejected_ops
from sync.server.changelog import stamp_unstamped
from tests.sync.client.conftest import (  # the sync client's fixtures: live server, world, replicas
    World,
    _fast_settings,
    app,
    clock,
    live,
    new_client,
    replica_template,
    server_db,
    sqlite_template,
    world,
)
from tests.sync.client.helpers import Client
from tests.workbench.documents.conftest import docs, pki
from tests.workbench.documents.helpers import Pki, jpeg_bytes, overlay_total, require_pdfsig
from workbench.db.uow import UnitOfWork
from workbench.documents.claims import (
    add_proof_row,
    approve_claim_and_countersign,
    latest_proof,
    sign_and_submit_claim,
    store_blob,
)
from workbench.documents.keys import cert_pem
from workbench.documents.verify import pdfsig_report, verify_pdf
from workbench.errors import UserError
from workbench.mdf import commands as cmd
from workbench.mdf.models import Claim
from workbench.mdf.types import AllocationInput, BudgetInput, ClaimInput, ClaimStatus, RequestInput
from workbench.records.commands import add_attachment, blob_path
from workbench.security.roles import Actor, Role

__all__ = [
    "app",
    "clock",
    "docs",
    "live",
    "new_client",
    "pki",
    "replica_template",
    "server_db",
    "sqlite_template",
    "world",
]

D = Decimal
NewClient = Callable[..., Client]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "server_db" in metafunc.fixturenames:
        metafunc.parametrize("server_db", ["sqlite"], indirect=True)


@pytest.fixture
def settings(clock: Any, tmp_path: Path, pki: Pki) -> Iterator[Any]:
    roots = tmp_path / "roots.pem"
    roots.write_bytes(cert_pem(pki.ca.certificate))
    yield replace(_fast_settings(clock, tmp_path / "server-blobs"), proof_trust_roots=(roots,))


def approved_request_on_server(engine: Engine, world: World) -> str:
    admin = Actor(world.users["admin"], Role.ADMIN, "server")
    cm = Actor(world.users["cm"], Role.CHANNEL_MANAGER, "server")
    pa = Actor(world.users["pa"], Role.PARTNER_USER, "server", partner_id=world.partner_a)
    today = date.today()
    budget = cmd.create_budget(
        engine,
        admin,
        BudgetInput(world.program_id, "FY", today, today + timedelta(days=90), D("9000"), "EUR"),
        replica=False,
    )
    alloc = cmd.allocate(engine, cm, AllocationInput(budget.id, world.partner_a, D("3000"), "EUR"), replica=False)
    req = cmd.create_request(
        engine,
        pa,
        RequestInput(alloc.id, "event", "Messe", today, today + timedelta(days=1), D("900"), "EUR"),
        replica=False,
    )
    cmd.submit_request(engine, pa, req.id, replica=False)
    cmd.approve_request(engine, cm, req.id, replica=False)
    stamp_unstamped(engine)
    return req.id


def server_claim_status(engine: Engine, claim_id: str) -> str | None:
    with Session(engine) as s:
        return s.scalar(select(Claim.status).where(Claim.id == claim_id))


def test_claim_signed_offline_verified_on_the_server_and_countersigned(
    new_client: NewClient, world: World, server_db: Engine, settings: Any, pki: Pki, tmp_path: Path
) -> None:
    rid = approved_request_on_server(server_db, world)
    pa = new_client("pa").login("pa")
    pa.sync()
    pa_blobs, cm_blobs = tmp_path / "pa-blobs", tmp_path / "cm-blobs"

    # offline on the partner's laptop: the claim, evidence, and no submit while evidence is missing
    cid = cmd.create_claim(pa.engine, pa.actor, ClaimInput(rid, D("450.00"), D("900.00"), "EUR", "420 Gäste")).id
    for name, data, kind in (("stand.jpg", jpeg_bytes(), "photos"), ("rechnung.pdf", b"%PDF-1.4 inv " * 40, "invoice")):
        add_attachment(pa.engine, pa.actor, "mdf_claims", cid, data, pa_blobs, kind, file_name=name)
    with pytest.raises(UserError) as err:
        sign_and_submit_claim(pa.engine, pa.actor, cid, pki.partner, pa_blobs, "de")
    assert (err.value.code, err.value.params["missing"]) == ("evidence_missing", ["attendee_list", "summary"])
    for name, data, kind in (("gaeste.csv", b"name;firma\nJ;M\n", "attendee_list"), ("fazit.txt", b"gut", "summary")):
        add_attachment(pa.engine, pa.actor, "mdf_claims", cid, data, pa_blobs, kind, file_name=name)
    claim, signed = sign_and_submit_claim(pa.engine, pa.actor, cid, pki.partner, pa_blobs, "de")
    assert claim.status == ClaimStatus.SUBMITTED
    assert verify_pdf(blob_path(pa_blobs, signed.attachment.sha256).read_bytes(), [pki.ca.certificate]).ok

    # back online: everything goes up, the server verifies the proof and accepts the submit
    pa.sync(blob_dir=pa_blobs)
    assert pa.ops() == [] and rejected_ops(pa.engine) == []
    assert server_claim_status(server_db, cid) == "submitted"

    # the channel manager syncs, fetches the proof and approves + countersigns in one step
    cm = new_client("cm").login("cm")
    cm.sync(blob_dir=cm_blobs)
    assert cm.get(Claim, cid).status == "submitted"
    fetch_blob(AuthSession(cm.engine, cm.transport, cm.store), cm_blobs, signed.attachment.sha256)
    result = approve_claim_and_countersign(cm.engine, cm.actor, cid, pki.approver, cm_blobs, [pki.ca.certificate])
    assert result.claim.status == ClaimStatus.APPROVED
    cm.sync(blob_dir=cm_blobs)
    assert cm.ops() == [] and rejected_ops(cm.engine) == []
    assert server_claim_status(server_db, cid) == "approved"
    server_copy = blob_path(settings.blob_dir, result.attachment.sha256)
    report = verify_pdf(server_copy.read_bytes(), [pki.ca.certificate])
    assert report.ok and [s.field_name for s in report.signatures] == ["PartnerSignature", "ApproverSignature"]
    require_pdfsig()
    assert pdfsig_report(server_copy).all_valid

    # the partner pulls the approval and the countersigned version
    pa.sync(blob_dir=pa_blobs)
    assert pa.get(Claim, cid).status == "approved"
    latest, _ = latest_proof(pa.engine, pa.actor, cid, cm_blobs)
    assert latest.sha256 == result.attachment.sha256

    # a doctored copy (a different total painted over the page) never becomes the claim's proof
    doctored = overlay_total(server_copy.read_bytes())
    sha = store_blob(pa_blobs, doctored)
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:
        add_proof_row(uow, uow.get(Claim, cid), sha, len(doctored), "proof.pdf")
    pa.sync(blob_dir=pa_blobs)
    [refused] = rejected_ops(pa.engine)
    assert (refused.entity, refused.reason) == ("attachments", "proof_invalid")
