"""Reads of generic records for one owner, scoped to what the actor may see."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Select, select
from sqlalchemy.orm import Session

from workbench.records.commands import attachment_dto, blob_path, note_dto, task_dto
from workbench.records.models import Attachment, Note, Task
from workbench.records.types import AttachmentDTO, NoteDTO, TaskDTO
from workbench.security.roles import Actor

M = TypeVar("M", Attachment, Note, Task)


def _owned(model: type[M], actor: Actor, owner_entity: str, owner_id: str) -> Select[M]:
    stmt = select(model).where(
        model.owner_entity == owner_entity, model.owner_id == owner_id, model.deleted_at.is_(None)
    )
    if not actor.is_vendor:
        stmt = stmt.where(model.partner_id == actor.partner_id)
    return stmt


def list_attachments(engine: Engine, actor: Actor, owner_entity: str, owner_id: str) -> tuple[AttachmentDTO, ...]:
    stmt = _owned(Attachment, actor, owner_entity, owner_id).order_by(Attachment.created_at, Attachment.id)
    with Session(engine) as s:
        return tuple(attachment_dto(a) for a in s.scalars(stmt))


def list_notes(engine: Engine, actor: Actor, owner_entity: str, owner_id: str) -> tuple[NoteDTO, ...]:
    stmt = _owned(Note, actor, owner_entity, owner_id).order_by(Note.created_at, Note.id)
    with Session(engine) as s:
        return tuple(note_dto(n) for n in s.scalars(stmt))


def list_tasks(
    engine: Engine, actor: Actor, owner_entity: str, owner_id: str, *, include_done: bool = True
) -> tuple[TaskDTO, ...]:
    """Open tasks first (earliest due first, undated last), then done ones."""
    stmt = _owned(Task, actor, owner_entity, owner_id)
    if not include_done:
        stmt = stmt.where(Task.done_at.is_(None))
    order: list[Any] = [Task.done_at.is_not(None), Task.due_on.is_(None), Task.due_on, Task.created_at, Task.id]
    with Session(engine) as s:
        return tuple(task_dto(t) for t in s.scalars(stmt.order_by(*order)))


def attachment_file(blob_dir: Path, attachment: AttachmentDTO) -> Path:
    """Where the attachment's bytes live in the local blob store (may be absent until downloaded)."""
    return blob_path(blob_dir, attachment.sha256)
