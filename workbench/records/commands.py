"""Writes of generic records. Attachments are stored content-addressed under `blob_dir/aa/bb/<sha256>`
(written to a temporary file in `blob_dir` while hashing, then renamed into place; an existing blob is
reused), and their metadata row is append-only."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from workbench import validation
from workbench.audit.models import AuditEvent
from workbench.db.base import SyncedMixin, model_for_entity
from workbench.db.uow import UnitOfWork
from workbench.errors import IllegalTransition, NotFound, UserError
from workbench.mdf.evidence import EVIDENCE_KINDS
from workbench.records.models import Attachment, Note, Task
from workbench.records.types import AttachmentDTO, NoteDTO, TaskDTO, TaskInput
from workbench.security.roles import Actor

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
MAX_FILE_NAME = 255
MAX_NOTE = 10_000
CHUNK = 1024 * 1024
EVIDENCE_OWNER = "mdf_claims"
TMP_DIR = ".tmp"

_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")
_UNSAFE_NAME_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_NOT_OWNERS = frozenset({AuditEvent.__tablename__})


# --- helpers ---------------------------------------------------------------------------------------


def sanitize_file_name(name: str, field: str = "file_name") -> str:
    """Keep only the last path component (either separator), drop control and reserved characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME_CHARS.sub("_", base).strip()
    if base in ("", ".", "..") or not base.strip("._ "):
        raise UserError("invalid_file_name", field=field)
    if len(base) > MAX_FILE_NAME:
        raise UserError("too_long", field=field, max=MAX_FILE_NAME, length=len(base))
    return base


def blob_path(blob_dir: Path, sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise UserError("invalid_sha256", field="sha256")
    return Path(blob_dir) / sha256[:2] / sha256[2:4] / sha256


def _owner_text(owner_entity: str, owner_id: str) -> tuple[str, str]:
    entity = validation.required_text(owner_entity, "owner_entity", max_len=64)
    row_id = validation.required_text(owner_id, "owner_id", max_len=36)
    return entity, row_id


def resolve_owner(session: Session, owner_entity: str, owner_id: str) -> SyncedMixin:
    """The live owner row, or UserError unknown_entity / unknown_reference."""
    if owner_entity in _NOT_OWNERS:
        raise UserError("unknown_entity", field="owner_entity", value=owner_entity)
    try:
        model = model_for_entity(owner_entity)
    except KeyError:
        raise UserError("unknown_entity", field="owner_entity", value=owner_entity[:64]) from None
    obj = session.get(model, owner_id)
    if not isinstance(obj, SyncedMixin) or obj.deleted_at is not None:
        raise UserError("unknown_reference", field="owner_id", id=owner_id, entity=owner_entity)
    return obj


@contextmanager
def _spooled(source: Path | bytes, blob_dir: Path, max_bytes: int) -> Iterator[tuple[Path, str, int]]:
    """Copy `source` into a temporary file inside `blob_dir` while hashing it; yields (temp path,
    sha256, size). The temporary file is removed on exit unless it was renamed away."""
    tmp_dir = Path(blob_dir) / TMP_DIR
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="blob-")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out:
            for chunk in _chunks(source):
                size += len(chunk)
                if size > max_bytes:
                    raise UserError("file_too_large", field="file", limit=max_bytes)
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise UserError("file_empty", field="file")
        yield tmp, digest.hexdigest(), size
    finally:
        tmp.unlink(missing_ok=True)


def _chunks(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK):
            yield source[start : start + CHUNK]
        return
    fh: IO[bytes]
    with source.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


def _store_blob(tmp: Path, final: Path) -> None:
    if final.exists():
        return  # content-addressed: the same bytes are already stored
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, final)


def attachment_dto(a: Attachment) -> AttachmentDTO:
    return AttachmentDTO(
        id=a.id,
        partner_id=a.partner_id,
        owner_entity=a.owner_entity,
        owner_id=a.owner_id,
        file_name=a.file_name,
        mime_type=a.mime_type,
        size_bytes=a.size_bytes,
        sha256=a.sha256,
        evidence_kind=a.evidence_kind,
        created_at=a.created_at,
    )


def note_dto(n: Note) -> NoteDTO:
    return NoteDTO(
        id=n.id,
        partner_id=n.partner_id,
        owner_entity=n.owner_entity,
        owner_id=n.owner_id,
        body=n.body,
        author_id=n.author_id,
        created_at=n.created_at,
    )


def task_dto(t: Task) -> TaskDTO:
    return TaskDTO(
        id=t.id,
        partner_id=t.partner_id,
        owner_entity=t.owner_entity,
        owner_id=t.owner_id,
        title=t.title,
        due_on=t.due_on,
        done_at=t.done_at,
        assignee_id=t.assignee_id,
        created_at=t.created_at,
        version=t.version,
    )


# --- commands --------------------------------------------------------------------------------------


def add_attachment(
    engine: Engine,
    actor: Actor,
    owner_entity: str,
    owner_id: str,
    path_or_bytes: Path | str | bytes,
    blob_dir: Path,
    evidence_kind: str | None = None,
    *,
    file_name: str | None = None,
    mime_type: str | None = None,
    max_bytes: int = MAX_ATTACHMENT_BYTES,
    replica: bool = True,
) -> AttachmentDTO:
    """Attach a file (a path or its bytes) to any synced row. Raises file_empty, file_too_large (limit=),
    invalid_file_name, unknown_entity, unknown_reference, permission_denied; writes nothing then."""
    entity, row_id = _owner_text(owner_entity, owner_id)
    source: Path | bytes
    if isinstance(path_or_bytes, bytes):
        source = path_or_bytes
        if file_name is None:
            raise UserError("required", field="file_name")
        name = sanitize_file_name(file_name)
    else:
        source = Path(path_or_bytes)
        name = sanitize_file_name(file_name if file_name is not None else source.name)
        if not source.is_file():
            raise UserError("file_not_found", field="file", path=str(source)[:300])
        size = source.stat().st_size
        if size == 0:
            raise UserError("file_empty", field="file")
        if size > max_bytes:
            raise UserError("file_too_large", field="file", limit=max_bytes, size=size)
    if evidence_kind is not None:
        validation.choice(evidence_kind, EVIDENCE_KINDS, "evidence_kind")
        if entity != EVIDENCE_OWNER:
            raise UserError("evidence_not_applicable", field="evidence_kind", owner_entity=entity)
    if mime_type is not None:
        mime = mime_type.strip().lower()
        if not _MIME.match(mime):
            raise UserError("invalid_mime_type", field="mime_type", value=mime_type[:127])
    else:
        mime = mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"

    with _spooled(source, blob_dir, max_bytes) as (tmp, sha, size_bytes):
        with UnitOfWork(engine, actor, replica=replica) as uow:
            owner = resolve_owner(uow.session, entity, row_id)
            actor.require_partner_access("add_attachment", owner.partner_id)
            att = uow.add(
                Attachment(
                    partner_id=owner.partner_id,
                    owner_entity=entity,
                    owner_id=row_id,
                    file_name=name,
                    mime_type=mime,
                    size_bytes=size_bytes,
                    sha256=sha,
                    evidence_kind=evidence_kind,
                )
            )
            uow.flush()
            _store_blob(tmp, blob_path(blob_dir, sha))
            return attachment_dto(att)


def add_note(
    engine: Engine, actor: Actor, owner_entity: str, owner_id: str, body: str, *, replica: bool = True
) -> NoteDTO:
    entity, row_id = _owner_text(owner_entity, owner_id)
    text = validation.required_text(body, "body", max_len=MAX_NOTE)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        owner = resolve_owner(uow.session, entity, row_id)
        actor.require_partner_access("add_note", owner.partner_id)
        note = uow.add(
            Note(partner_id=owner.partner_id, owner_entity=entity, owner_id=row_id, body=text, author_id=actor.user_id)
        )
        uow.flush()
        return note_dto(note)


def add_task(engine: Engine, actor: Actor, data: TaskInput, *, replica: bool = True) -> TaskDTO:
    entity, row_id = _owner_text(data.owner_entity, data.owner_id)
    title = validation.required_text(data.title, "title")
    assignee = validation.text(data.assignee_id, "assignee_id", max_len=64, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        owner = resolve_owner(uow.session, entity, row_id)
        actor.require_partner_access("add_task", owner.partner_id)
        task = uow.add(
            Task(
                partner_id=owner.partner_id,
                owner_entity=entity,
                owner_id=row_id,
                title=title,
                due_on=data.due_on,
                assignee_id=assignee,
            )
        )
        uow.flush()
        return task_dto(task)


def complete_task(engine: Engine, actor: Actor, task_id: str, *, replica: bool = True) -> TaskDTO:
    with UnitOfWork(engine, actor, replica=replica) as uow:
        try:
            task = uow.get(Task, task_id)
        except NotFound:
            raise UserError("unknown_reference", field="task_id", id=task_id) from None
        actor.require_partner_access("complete_task", task.partner_id)
        if task.done_at is not None:
            raise IllegalTransition("tasks", "done", "done")
        with uow.command(task, "complete"):
            task.done_at = uow.now
        return task_dto(task)
