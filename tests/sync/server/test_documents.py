"""Signed proofs arriving at the server over real HTTP: every tamper case of issue #5 is refused on arrival
with the reason (`rejected: proof_invalid`), the untouched and the countersigned file are accepted; the
claim's submit re-verifies its current proof; with a timestamp service configured, an accepted proof gets a
PAdES document timestamp stored as a new proof version that pyHanko and pdfsig accept and devices pull."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from sync.server import documents
from sync.server.changelog import server_uow, stamp_unstamped
from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from tests.workbench.documents.conftest import Docs, docs, pki
from tests.workbench.documents.helpers import Pki, overlay_total, require_pdfsig, rewrite_whole, tsa_server
from tests.workbench.documents.test_tamper import evidence_byte, page_content_byte, signature_value_byte
from workbench.documents.keys import cert_pem
from workbench.documents.signing import countersign
from workbench.documents.types import ProofEvidence
from workbench.documents.verify import pdfsig_report, verify_pdf
from workbench.ids import new_id
from workbench.mdf import commands as cmd
from workbench.mdf.evidence import PROOF_KIND
from workbench.mdf.models import Claim
from workbench.mdf.types import AllocationInput, BudgetInput, ClaimInput, RequestInput
from workbench.records.commands import blob_path
from workbench.records.models import Attachment
from workbench.security.roles import Actor, Role

__all__ = ["docs", "pki"]

D = Decimal
CHUNK = 200_000


@pytest.fixture
def roots_pem(pki: Pki, tmp_path: Path) -> Path:
    path = tmp_path / "roots.pem"
    path.write_bytes(cert_pem(pki.ca.certificate))
    return path


@pytest.fixture
def settings(settings: Any, roots_pem: Path) -> Any:
    """The server settings of conftest, with the proof CA as trust root, room for proofs, and no TSA."""
    return replace(settings, proof_trust_roots=(roots_pem,), tsa_url=None, max_blob_bytes=20_000_000)


# --- helpers ---------------------------------------------------------------------------------------


def actors(world: World) -> tuple[Actor, Actor, Actor]:
    return (
        Actor(world.users["admin"], Role.ADMIN, "server"),
        Actor(world.users["cm"], Role.CHANNEL_MANAGER, "server"),
        Actor(world.users["pa"], Role.PARTNER_USER, "server", partner_id=world.partner_a),
    )


def server_claim(
    engine: Engine, world: World, *, evidence: bool = True, files: Sequence[ProofEvidence] | None = None
) -> str:
    """An approved request of partner A with a draft claim (and, by default, every evidence row an event
    needs), written on the server with the workbench commands and stamped for pulls."""
    admin, cm, pa = actors(world)
    today = date.today()
    budget = cmd.create_budget(
        engine,
        admin,
        BudgetInput(world.program_id, "FY", today, today + timedelta(days=90), D("5000"), "EUR"),
        replica=False,
    )
    alloc = cmd.allocate(engine, cm, AllocationInput(budget.id, world.partner_a, D("2000"), "EUR"), replica=False)
    req = cmd.create_request(
        engine,
        pa,
        RequestInput(alloc.id, "event", "Messe", today, today + timedelta(days=1), D("800"), "EUR"),
        replica=False,
    )
    cmd.submit_request(engine, pa, req.id, replica=False)
    cmd.approve_request(engine, cm, req.id, replica=False)
    claim = cmd.create_claim(engine, pa, ClaimInput(req.id, D("400"), D("800"), "EUR"), replica=False)
    if evidence:
        add_evidence(engine, world, claim.id, files)
    stamp_unstamped(engine)
    return claim.id


def add_evidence(engine: Engine, world: World, claim_id: str, files: Sequence[ProofEvidence] | None = None) -> None:
    """Evidence rows of the claim: by default one per kind an event needs (metadata only: the submit rule
    reads the kinds), or the rows of the given files (what a proof embeds)."""
    _, _, pa = actors(world)
    rows = (
        [(f.file_name, f.mime_type, f.size_bytes, f.sha256, f.evidence_kind) for f in files]
        if files is not None
        else [
            (f"{k}.bin", "application/octet-stream", len(k), hashlib.sha256(k.encode()).hexdigest(), k)
            for k in ("photos", "invoice", "attendee_list", "summary")
        ]
    )
    with server_uow(engine, pa) as uow:
        for name, mime, size, sha, kind in rows:
            uow.add(
                Attachment(
                    partner_id=world.partner_a,
                    owner_entity="mdf_claims",
                    owner_id=claim_id,
                    file_name=name,
                    mime_type=mime,
                    size_bytes=size,
                    sha256=sha,
                    evidence_kind=kind,
                )
            )


def upload(dev: Device, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    for offset in range(0, len(data), CHUNK):
        r = dev.client.put(
            f"/sync/v1/blobs/{sha}",
            params={"offset": offset, "size": len(data)},
            content=data[offset : offset + CHUNK],
            headers={**dev.headers, "content-type": "application/octet-stream"},
        )
        assert r.status_code == 200, r.text
    return sha


def proof_op(dev: Device, claim_id: str, data: bytes, *, mime: str = "application/pdf") -> dict[str, Any]:
    fields = {
        "owner_entity": "mdf_claims",
        "owner_id": claim_id,
        "file_name": "proof.pdf",
        "mime_type": mime,
        "size_bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "evidence_kind": PROOF_KIND,
    }
    return op(dev, "attachments", new_id(), "create", fields)


def send_proof(dev: Device, claim_id: str, data: bytes, **kw: Any) -> dict[str, Any]:
    upload(dev, data)
    r = push(dev, proof_op(dev, claim_id, data, **kw))
    assert r.status_code == 200, r.text
    [res] = r.json()["results"]
    return dict(res)


def proof_rows(engine: Engine, claim_id: str) -> list[Attachment]:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return list(
            s.scalars(
                select(Attachment)
                .where(Attachment.owner_id == claim_id, Attachment.evidence_kind == PROOF_KIND)
                .order_by(Attachment.size_bytes)
            )
        )


def count_attachments(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Attachment)).scalar_one())


TAMPERS: dict[str, Callable[[Docs, bytes], bytes]] = {
    "page_content": lambda _d, b: page_content_byte(b),
    "evidence_file": lambda d, b: evidence_byte(d)(b),
    "signature_value": lambda _d, b: signature_value_byte(b),
    "rewritten_whole": lambda _d, b: rewrite_whole(b),
    "overlay_total": lambda _d, b: overlay_total(b),
}


# --- arrival -------------------------------------------------------------------------------------


@pytest.mark.parametrize("base_name", ["signed", "countersigned"])
def test_untouched_proof_is_accepted(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, base_name: str
) -> None:
    cid = server_claim(server_engine, world)
    pa = sign_in(client, "pa")
    res = send_proof(pa, cid, getattr(docs, base_name))
    assert res["result"] == "applied", res
    assert [r.sha256 for r in proof_rows(server_engine, cid)] == [hashlib.sha256(getattr(docs, base_name)).hexdigest()]
    # the partner's other devices and the channel manager get the row
    cm = sign_in(client, "cm")
    assert any(c["row_id"] == res["row"]["id"] for c in pull_all(cm))


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_every_tampered_proof_is_refused_with_the_reason(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, case: str
) -> None:
    cid = server_claim(server_engine, world)
    pa = sign_in(client, "pa")
    bad = TAMPERS[case](docs, docs.signed if case != "overlay_total" else docs.countersigned)
    assert bad not in (docs.signed, docs.countersigned)
    before = count_attachments(server_engine)
    res = send_proof(pa, cid, bad)
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "proof_invalid", "sha256"), res
    assert count_attachments(server_engine) == before
    assert proof_rows(server_engine, cid) == []


def test_untrusted_signer_and_non_pdf_are_refused(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, settings: Any, pki: Pki, tmp_path: Path
) -> None:
    cid = server_claim(server_engine, world)
    pa = sign_in(client, "pa")
    res = send_proof(pa, cid, docs.signed, mime="image/png")
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "proof_invalid", "mime_type")
    other = tmp_path / "other.pem"
    other.write_bytes(cert_pem(pki.other_ca.certificate))
    documents.configure(server_engine, replace(settings, proof_trust_roots=(other,)))
    res = send_proof(pa, cid, docs.signed)
    assert (res["result"], res["reason"]) == ("rejected", "proof_invalid")
    # No configured roots: the server's own enrolment CA is still trusted, nothing else.
    documents.configure(server_engine, replace(settings, proof_trust_roots=()))
    res = send_proof(pa, cid, docs.signed)
    assert (res["result"], res["reason"]) == ("rejected", "proof_invalid")
    assert proof_rows(server_engine, cid) == []


def test_other_attachments_are_not_proofs(client: TestClient, world: World, server_engine: Engine) -> None:
    """A PDF attached as ordinary evidence is not verified as a proof (and not taken for one)."""
    cid = server_claim(server_engine, world)
    pa = sign_in(client, "pa")
    data = b"%PDF-1.4 not signed at all"
    upload(pa, data)
    o = proof_op(pa, cid, data)
    o["fields"]["evidence_kind"] = "invoice"
    [res] = push(pa, o).json()["results"]
    assert res["result"] == "applied", res


# --- submit --------------------------------------------------------------------------------------


def _submit(dev: Device, claim_id: str) -> dict[str, Any]:
    [res] = push(dev, op(dev, "mdf_claims", claim_id, "command", {}, command="submit")).json()["results"]
    return dict(res)


def test_submit_reverifies_the_current_proof(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, settings: Any, pki: Pki, tmp_path: Path
) -> None:
    cid = server_claim(server_engine, world, files=docs.dto.evidence)
    pa = sign_in(client, "pa")
    assert send_proof(pa, cid, docs.signed)["result"] == "applied"
    # the trust changes after arrival (the partner CA is no longer trusted): the submit is refused
    other = tmp_path / "other.pem"
    other.write_bytes(cert_pem(pki.other_ca.certificate))
    documents.configure(server_engine, replace(settings, proof_trust_roots=(other,)))
    res = _submit(pa, cid)
    assert (res["result"], res["reason"]) == ("rejected", "proof_invalid"), res
    assert res["row"]["status"] == "draft"
    # the stored file was altered on the server's disk: refused as well
    documents.configure(server_engine, settings)
    path = blob_path(settings.blob_dir, hashlib.sha256(docs.signed).hexdigest())
    original = path.read_bytes()
    path.write_bytes(original[:-10] + b"%%EOF\n\n\n\n")
    assert _submit(pa, cid)["reason"] == "proof_blob_corrupt"
    path.write_bytes(original)
    res = _submit(pa, cid)
    assert res["result"] == "applied" and res["row"]["status"] == "submitted", res


def test_submit_refuses_a_valid_proof_that_does_not_show_the_claims_files(
    client: TestClient, world: World, server_engine: Engine, docs: Docs
) -> None:
    cid = server_claim(server_engine, world, files=docs.dto.evidence[:3])  # the summary file is not the claim's
    pa = sign_in(client, "pa")
    assert send_proof(pa, cid, docs.signed)["result"] == "applied"  # validly signed
    res = _submit(pa, cid)
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "proof_evidence_mismatch", "proof"), res
    assert res["row"]["status"] == "draft"
    add_evidence(server_engine, world, cid, docs.dto.evidence[3:])
    assert _submit(pa, cid)["result"] == "applied"


def test_submit_without_a_proof_still_follows_the_evidence_rule(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    pa = sign_in(client, "pa")
    incomplete = server_claim(server_engine, world, evidence=False)
    res = _submit(pa, incomplete)
    assert (res["result"], res["reason"]) == ("rejected", "evidence_missing")
    assert _submit(pa, server_claim(server_engine, world))["result"] == "applied"


# --- document timestamp --------------------------------------------------------------------------


@pytest.fixture
def tsa_url(pki: Pki) -> Iterator[str]:
    with tsa_server(pki.tsa) as url:
        yield url


def test_accepted_proof_gets_a_document_timestamp_as_a_new_version(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, settings: Any, pki: Pki, tsa_url: str
) -> None:
    documents.configure(server_engine, replace(settings, tsa_url=tsa_url))
    cid = server_claim(server_engine, world)
    pa = sign_in(client, "pa")
    res = send_proof(pa, cid, docs.signed)
    assert res["result"] == "applied", res
    first, stamped_row = proof_rows(server_engine, cid)
    assert first.sha256 == hashlib.sha256(docs.signed).hexdigest()
    assert stamped_row.file_name == f"proof-{cid}-timestamped.pdf" and stamped_row.partner_id == world.partner_a
    stamped = blob_path(settings.blob_dir, stamped_row.sha256).read_bytes()
    assert stamped.startswith(docs.signed) and hashlib.sha256(stamped).hexdigest() == stamped_row.sha256
    report = verify_pdf(stamped, [pki.ca.certificate])
    assert report.ok, report
    assert [s.document_timestamp for s in report.signatures] == [False, True]
    # the devices that see the claim pull the new version, and download it
    pulled = [c for c in pull_all(pa) if c["row_id"] == stamped_row.id]
    assert pulled and pulled[-1]["row"]["sha256"] == stamped_row.sha256
    assert pa.get(f"/sync/v1/blobs/{stamped_row.sha256}").content == stamped
    # the approver countersigns the timestamped version: still valid everywhere
    countersigned = countersign(stamped, pki.approver).data
    assert verify_pdf(countersigned, [pki.ca.certificate]).ok
    res = send_proof(sign_in(client, "cm"), cid, countersigned)
    assert res["result"] == "applied", res
    assert len(proof_rows(server_engine, cid)) == 4  # + countersigned + its own timestamp
    with server_engine.connect() as conn:
        assert conn.execute(select(Claim.status).where(Claim.id == cid)).scalar_one() == "draft"


def test_timestamped_proof_keeps_both_signatures_valid_for_pdfsig(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, settings: Any, tsa_url: str, tmp_path: Path
) -> None:
    require_pdfsig()
    documents.configure(server_engine, replace(settings, tsa_url=tsa_url))
    cid = server_claim(server_engine, world)
    assert send_proof(sign_in(client, "pa"), cid, docs.countersigned)["result"] == "applied"
    stamped_row = proof_rows(server_engine, cid)[-1]
    rep = pdfsig_report(blob_path(settings.blob_dir, stamped_row.sha256))
    # poppler (22.12) lists the RFC 3161 document timestamp but cannot validate that signature type
    # ("Unable to validate this type of signature"); pyHanko validates it (test above). Both signatures
    # must still be valid for pdfsig after the timestamp was appended.
    signatures = {s.field_name or "": s for s in rep.signatures if s.signed}
    assert sorted(signatures) == ["ApproverSignature", "DocumentTimestamp", "PartnerSignature"], rep.raw
    assert signatures["PartnerSignature"].signature_valid and signatures["ApproverSignature"].signature_valid


def test_unreachable_timestamp_service_keeps_the_proof_as_it_came(
    client: TestClient, world: World, server_engine: Engine, docs: Docs, settings: Any
) -> None:
    documents.configure(server_engine, replace(settings, tsa_url="http://127.0.0.1:9/tsa", tsa_timeout=1.0))
    cid = server_claim(server_engine, world)
    res = send_proof(sign_in(client, "pa"), cid, docs.signed)
    assert res["result"] == "applied", res
    assert [r.sha256 for r in proof_rows(server_engine, cid)] == [hashlib.sha256(docs.signed).hexdigest()]
