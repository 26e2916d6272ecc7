"""Attachments (hashing, content-addressed storage, dedup, limits, names), notes and tasks."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tests.workbench.mdf.conftest import World, counts
from workbench.db.outbox import OutboxOp
from workbench.db.uow import UnitOfWork
from workbench.errors import IllegalTransition, PermissionDenied, UserError
from workbench.mdf import commands as mdf
from workbench.mdf.types import AllocationInput, BudgetInput, ClaimInput, RequestInput
from workbench.records import queries as q
from workbench.records.commands import (
    MAX_ATTACHMENT_BYTES,
    add_attachment,
    add_note,
    add_task,
    blob_path,
    complete_task,
    sanitize_file_name,
)
from workbench.records.models import Attachment, Note
from workbench.records.types import TaskInput

TABLES = ("attachments", "notes", "tasks")
TODAY = date.today()


def blobs(blob_dir: Path) -> list[Path]:
    """Stored blobs (not temporaries)."""
    if not blob_dir.exists():
        return []
    return sorted(p for p in blob_dir.rglob("*") if p.is_file() and ".tmp" not in p.parts)


def temporaries(blob_dir: Path) -> list[Path]:
    tmp = blob_dir / ".tmp"
    return list(tmp.iterdir()) if tmp.exists() else []


@pytest.fixture
def blob_dir(tmp_path: Path) -> Path:
    return tmp_path / "blobs"


@pytest.fixture
def claim_id(engine: Engine, world: World) -> str:
    D = Decimal
    bid = mdf.create_budget(engine, world.admin, BudgetInput(world.program_id, "B", TODAY, TODAY, D("1000"), "EUR")).id
    aid = mdf.allocate(engine, world.manager, AllocationInput(bid, world.partner_a, D("500"), "EUR")).id
    rid = mdf.create_request(
        engine,
        world.partner_a_admin,
        RequestInput(aid, "digital", "Ads", TODAY, TODAY + timedelta(days=1), D("100"), "EUR"),
    ).id
    mdf.submit_request(engine, world.partner_a_admin, rid)
    mdf.approve_request(engine, world.manager, rid)
    return mdf.create_claim(engine, world.partner_a_admin, ClaimInput(rid, D("10"), D("20"), "EUR")).id


# --- attachments -------------------------------------------------------------------------------------


def test_attach_file_hashes_and_stores_content_addressed(
    engine: Engine, world: World, blob_dir: Path, tmp_path: Path
) -> None:
    src = tmp_path / "in" / "Booth photo.JPG"
    src.parent.mkdir()
    content = b"\xff\xd8jpeg" * 300_000  # > one read chunk
    src.write_bytes(content)
    before = counts(engine, *TABLES)
    a = add_attachment(engine, world.partner_a_admin, "partners", world.partner_a, src, blob_dir)
    sha = hashlib.sha256(content).hexdigest()
    assert (a.sha256, a.size_bytes, a.file_name, a.mime_type) == (sha, len(content), "Booth photo.JPG", "image/jpeg")
    assert (a.owner_entity, a.owner_id, a.partner_id, a.evidence_kind) == (
        "partners",
        world.partner_a,
        world.partner_a,
        None,
    )
    stored = blob_dir / sha[:2] / sha[2:4] / sha
    assert stored == blob_path(blob_dir, sha)
    assert stored.read_bytes() == content
    assert blobs(blob_dir) == [stored] and temporaries(blob_dir) == []
    after = counts(engine, *TABLES)
    assert after["attachments"] == before["attachments"] + 1
    assert after["audit_events"] == before["audit_events"] + 1
    assert after["outbox_ops"] == before["outbox_ops"] + 1
    with Session(engine) as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == a.id)).one()
    assert (op.entity, op.kind, op.fields["sha256"]) == ("attachments", "create", sha)
    assert q.list_attachments(engine, world.partner_a_admin, "partners", world.partner_a) == (a,)
    assert q.attachment_file(blob_dir, a) == stored


def test_same_content_is_stored_once(engine: Engine, world: World, blob_dir: Path) -> None:
    a1 = add_attachment(engine, world.manager, "partners", world.partner_a, b"same bytes", blob_dir, file_name="a.txt")
    a2 = add_attachment(engine, world.manager, "partners", world.partner_b, b"same bytes", blob_dir, file_name="b.txt")
    assert a1.sha256 == a2.sha256 and a1.id != a2.id
    assert len(blobs(blob_dir)) == 1 and temporaries(blob_dir) == []
    assert a1.mime_type == "text/plain"


def test_size_limit_boundary(engine: Engine, world: World, blob_dir: Path, tmp_path: Path) -> None:
    ok = add_attachment(
        engine, world.manager, "partners", world.partner_a, b"x" * 10, blob_dir, file_name="ten.bin", max_bytes=10
    )
    assert ok.size_bytes == 10
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_attachment(
            engine,
            world.manager,
            "partners",
            world.partner_a,
            b"y" * 11,
            blob_dir,
            file_name="eleven.bin",
            max_bytes=10,
        )
    assert (err.value.code, err.value.params["limit"]) == ("file_too_large", 10)
    src = tmp_path / "eleven.bin"
    src.write_bytes(b"z" * 11)
    with pytest.raises(UserError, match="file_too_large"):
        add_attachment(engine, world.manager, "partners", world.partner_a, src, blob_dir, max_bytes=10)
    assert counts(engine, *TABLES) == before
    assert len(blobs(blob_dir)) == 1 and temporaries(blob_dir) == []


def test_default_limit_is_100_mb(engine: Engine, world: World, blob_dir: Path, tmp_path: Path) -> None:
    assert MAX_ATTACHMENT_BYTES == 100 * 1024 * 1024
    big = tmp_path / "big.iso"
    with big.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_attachment(engine, world.manager, "partners", world.partner_a, big, blob_dir)
    assert (err.value.code, err.value.params["limit"]) == ("file_too_large", MAX_ATTACHMENT_BYTES)
    assert counts(engine, *TABLES) == before and blobs(blob_dir) == []


def test_file_growing_past_the_limit_while_read_is_refused(engine: Engine, world: World, blob_dir: Path) -> None:
    with pytest.raises(UserError, match="file_too_large"):
        add_attachment(
            engine,
            world.manager,
            "partners",
            world.partner_a,
            b"a" * (2 * 1024 * 1024 + 1),
            blob_dir,
            file_name="x.bin",
            max_bytes=2 * 1024 * 1024,
        )
    assert blobs(blob_dir) == [] and temporaries(blob_dir) == []


@pytest.mark.parametrize("as_path", [True, False])
def test_empty_file_refused(engine: Engine, world: World, blob_dir: Path, tmp_path: Path, as_path: bool) -> None:
    src = tmp_path / "empty.txt"
    src.write_bytes(b"")
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_attachment(
            engine, world.manager, "partners", world.partner_a, src if as_path else b"", blob_dir, file_name="empty.txt"
        )
    assert err.value.code == "file_empty"
    assert counts(engine, *TABLES) == before
    assert blobs(blob_dir) == [] and temporaries(blob_dir) == []


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("/abs/dir/photo.png", "photo.png"),
        ("C:\\Users\\me\\Desktop\\invoice.pdf", "invoice.pdf"),
        ("..\\..\\evil.exe", "evil.exe"),
        ("  spaced name.txt  ", "spaced name.txt"),
        ("a:b*c?.txt", "a_b_c_.txt"),
        ("new\nline.txt", "new_line.txt"),
        ("Prüfbericht ü.pdf", "Prüfbericht ü.pdf"),
        ("n" * 255, "n" * 255),
    ],
)
def test_file_name_sanitised(given: str, kept: str) -> None:
    assert sanitize_file_name(given) == kept


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("", "invalid_file_name"),
        ("..", "invalid_file_name"),
        ("dir/", "invalid_file_name"),
        (".", "invalid_file_name"),
        ("   ", "invalid_file_name"),
        ("n" * 256, "too_long"),
    ],
)
def test_bad_file_names(engine: Engine, world: World, blob_dir: Path, given: str, code: str) -> None:
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_attachment(engine, world.manager, "partners", world.partner_a, b"data", blob_dir, file_name=given)
    assert (err.value.code, err.value.params["field"]) == (code, "file_name")
    assert counts(engine, *TABLES) == before and blobs(blob_dir) == []


def test_path_components_never_reach_the_row(engine: Engine, world: World, blob_dir: Path) -> None:
    a = add_attachment(
        engine, world.manager, "partners", world.partner_a, b"data", blob_dir, file_name="../../secret/../x.csv"
    )
    assert a.file_name == "x.csv" and a.mime_type == "text/csv"


def test_bytes_need_a_file_name(engine: Engine, world: World, blob_dir: Path) -> None:
    with pytest.raises(UserError) as err:
        add_attachment(engine, world.manager, "partners", world.partner_a, b"data", blob_dir)
    assert (err.value.code, err.value.params["field"]) == ("required", "file_name")


@pytest.mark.parametrize(
    ("entity", "row_id", "code", "field"),
    [
        ("partners", "missing", "unknown_reference", "owner_id"),
        ("nonsense", "x", "unknown_entity", "owner_entity"),
        ("audit_events", "x", "unknown_entity", "owner_entity"),
    ],
)
def test_unknown_owner_writes_nothing(
    engine: Engine, world: World, blob_dir: Path, entity: str, row_id: str, code: str, field: str
) -> None:
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_attachment(engine, world.manager, entity, row_id, b"data", blob_dir, file_name="d.txt")
    assert (err.value.code, err.value.params["field"]) == (code, field)
    with pytest.raises(UserError, match=code):
        add_note(engine, world.manager, entity, row_id, "hello")
    with pytest.raises(UserError, match=code):
        add_task(engine, world.manager, TaskInput(entity, row_id, "Call back"))
    assert counts(engine, *TABLES) == before
    assert blobs(blob_dir) == [] and temporaries(blob_dir) == []


def test_missing_source_file(engine: Engine, world: World, blob_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="file_not_found"):
        add_attachment(engine, world.manager, "partners", world.partner_a, tmp_path / "nope.pdf", blob_dir)


def test_partner_cannot_attach_to_another_partner(engine: Engine, world: World, blob_dir: Path) -> None:
    before = counts(engine, *TABLES)
    with pytest.raises(PermissionDenied):
        add_attachment(engine, world.partner_b_user, "partners", world.partner_a, b"data", blob_dir, file_name="d.txt")
    with pytest.raises(PermissionDenied):
        add_note(engine, world.partner_b_user, "partners", world.partner_a, "psst")
    assert counts(engine, *TABLES) == before and blobs(blob_dir) == [] and temporaries(blob_dir) == []


def test_evidence_on_claims(engine: Engine, world: World, blob_dir: Path, claim_id: str) -> None:
    a = add_attachment(
        engine, world.partner_a_admin, "mdf_claims", claim_id, b"%PDF-1.7", blob_dir, "invoice", file_name="invoice.pdf"
    )
    assert (a.evidence_kind, a.partner_id, a.mime_type) == ("invoice", world.partner_a, "application/pdf")
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_attachment(
            engine, world.partner_a_admin, "mdf_claims", claim_id, b"x", blob_dir, "selfie", file_name="me.jpg"
        )
    assert (err.value.code, err.value.params["field"]) == ("invalid_choice", "evidence_kind")
    with pytest.raises(UserError) as err:
        add_attachment(
            engine, world.partner_a_admin, "partners", world.partner_a, b"x", blob_dir, "invoice", file_name="inv.pdf"
        )
    assert (err.value.code, err.value.params["field"]) == ("evidence_not_applicable", "evidence_kind")
    with pytest.raises(UserError, match="invalid_mime_type"):
        add_attachment(
            engine,
            world.partner_a_admin,
            "mdf_claims",
            claim_id,
            b"x",
            blob_dir,
            "invoice",
            file_name="inv.pdf",
            mime_type="not a mime",
        )
    assert counts(engine, *TABLES) == before


def test_attachments_and_notes_are_insert_only(engine: Engine, world: World, blob_dir: Path) -> None:
    a = add_attachment(engine, world.manager, "partners", world.partner_a, b"data", blob_dir, file_name="d.txt")
    n = add_note(engine, world.manager, "partners", world.partner_a, "first")
    with pytest.raises(RuntimeError, match="append-only"), UnitOfWork(engine, world.admin) as uow:
        uow.get(Attachment, a.id).file_name = "renamed.txt"
    with pytest.raises(RuntimeError, match="append-only"), UnitOfWork(engine, world.admin) as uow:
        uow.get(Note, n.id).body = "edited"


# --- notes and tasks ---------------------------------------------------------------------------------


def test_notes(engine: Engine, world: World) -> None:
    before = counts(engine, *TABLES)
    n1 = add_note(engine, world.partner_a_admin, "partners", world.partner_a, "  Met at the fair  ")
    n2 = add_note(engine, world.manager, "partners", world.partner_a, "b" * 10_000)
    assert (n1.body, n1.author_id, n1.partner_id) == ("Met at the fair", "u-pa", world.partner_a)
    after = counts(engine, *TABLES)
    assert after["notes"] == before["notes"] + 2
    assert after["audit_events"] == before["audit_events"] + 2
    assert after["outbox_ops"] == before["outbox_ops"] + 2
    assert q.list_notes(engine, world.partner_a_admin, "partners", world.partner_a) == (n1, n2)
    assert q.list_notes(engine, world.partner_b_user, "partners", world.partner_a) == ()


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("b" * 10_001, "too_long"),
        ("", "required"),
        ("a\x07b", "control_characters"),
    ],
)
def test_bad_note_writes_nothing(engine: Engine, world: World, body: str, code: str) -> None:
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_note(engine, world.manager, "partners", world.partner_a, body)
    assert (err.value.code, err.value.params["field"]) == (code, "body")
    assert counts(engine, *TABLES) == before


def test_tasks(engine: Engine, world: World) -> None:
    later = add_task(
        engine,
        world.manager,
        TaskInput("partners", world.partner_a, "Renew contract", TODAY + timedelta(days=30), "u-cm"),
    )
    soon = add_task(
        engine, world.partner_a_admin, TaskInput("partners", world.partner_a, "Send logo", TODAY + timedelta(days=1))
    )
    undated = add_task(engine, world.manager, TaskInput("partners", world.partner_a, "Someday"))
    assert [t.title for t in q.list_tasks(engine, world.manager, "partners", world.partner_a)] == [
        "Send logo",
        "Renew contract",
        "Someday",
    ]
    before = counts(engine, *TABLES)
    done = complete_task(engine, world.partner_a_admin, soon.id)
    assert done.done_at is not None
    after = counts(engine, *TABLES)
    assert after["audit_events"] == before["audit_events"] + 1
    assert after["outbox_ops"] == before["outbox_ops"] + 1
    with Session(engine) as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.row_id == soon.id).order_by(OutboxOp.client_seq.desc())).first()
    assert op is not None and (op.kind, op.command) == ("command", "complete")
    with pytest.raises(IllegalTransition):
        complete_task(engine, world.manager, soon.id)
    with pytest.raises(PermissionDenied):
        complete_task(engine, world.partner_b_user, later.id)
    with pytest.raises(UserError, match="unknown_reference"):
        complete_task(engine, world.manager, "missing")
    assert [t.title for t in q.list_tasks(engine, world.manager, "partners", world.partner_a)] == [
        "Renew contract",
        "Someday",
        "Send logo",
    ]
    assert [t.id for t in q.list_tasks(engine, world.manager, "partners", world.partner_a, include_done=False)] == [
        later.id,
        undated.id,
    ]


@pytest.mark.parametrize(
    ("title", "assignee", "code", "field"),
    [
        ("t" * 201, None, "too_long", "title"),
        ("", None, "required", "title"),
        ("ok", "a" * 65, "too_long", "assignee_id"),
    ],
)
def test_bad_task_writes_nothing(
    engine: Engine, world: World, title: str, assignee: str | None, code: str, field: str
) -> None:
    before = counts(engine, *TABLES)
    with pytest.raises(UserError) as err:
        add_task(engine, world.manager, TaskInput("partners", world.partner_a, title, None, assignee))
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert counts(engine, *TABLES) == before
