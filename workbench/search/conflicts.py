"""The conflicts inbox: open sync conflicts (base / mine / theirs per field) and ops the server rejected.

Reads and writes the replica's sync tables (`workbench.db.outbox`) directly; `sync.client` writes them.
Resolving:
* keep theirs: the server value already is in the row; the conflict is closed.
* keep mine / edit: the chosen value is written through the feature's command where there is one
  (partners, contacts: same validation as the editor) or a unit of work otherwise, which queues a new patch
  op based on the server's version; the conflict is closed in the same step.
Rejected ops: resend (back to pending, optionally with corrected fields) or discard (removed from the
outbox; the row is brought back to the server's values by the next pull).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from workbench.clock import utcnow
from workbench.db.base import SyncedMixin, entity_name
from workbench.db.outbox import OpState, OutboxOp, SyncConflict
from workbench.db.registry import load_all
from workbench.db.uow import UnitOfWork
from workbench.errors import NotFound, UserError
from workbench.ids import new_id
from workbench.security.roles import Actor


class Resolution(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    EDITED = "edited"


@dataclass(frozen=True, slots=True)
class ConflictDTO:
    id: str
    op_id: str
    entity: str
    row_id: str
    row_title: str | None  # from the search index where the row is indexed
    field: str
    base: Any
    mine: Any
    theirs: Any
    server_version: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class RejectedOpDTO:
    op_id: str
    client_seq: int
    entity: str
    row_id: str
    row_title: str | None
    kind: str
    command: str | None
    fields: dict[str, Any]
    reason: str | None  # result code from the server (e.g. no_access, illegal_transition)
    detail: str | None
    created_at: datetime


def _titles(session: Session, row_ids: list[str]) -> dict[str, str]:
    if not row_ids or session.get_bind().dialect.name != "sqlite":
        return {}
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_docs'")).first()
    if found is None:
        return {}
    out: dict[str, str] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        rows = session.execute(
            text(
                f"SELECT d.row_id, f.title FROM search_docs AS d JOIN search_fts AS f ON f.rowid = d.docid"
                f" WHERE d.row_id IN ({marks})"
            ),
            {f"r{i}": r for i, r in enumerate(chunk)},
        )
        out.update({r[0]: r[1] for r in rows})
    return out


def list_conflicts(engine: Engine) -> list[ConflictDTO]:
    """Open conflicts, oldest first."""
    with Session(engine) as s:
        rows = s.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.created_at, SyncConflict.id)
        ).all()
        titles = _titles(s, sorted({r.row_id for r in rows}))
        return [
            ConflictDTO(
                id=r.id,
                op_id=r.op_id,
                entity=r.entity,
                row_id=r.row_id,
                row_title=titles.get(r.row_id),
                field=r.field,
                base=r.base,
                mine=r.mine,
                theirs=r.theirs,
                server_version=r.server_version,
                created_at=r.created_at,
            )
            for r in rows
        ]


def list_rejected(engine: Engine) -> list[RejectedOpDTO]:
    with Session(engine) as s:
        rows = s.scalars(select(OutboxOp).where(OutboxOp.state == OpState.REJECTED).order_by(OutboxOp.client_seq)).all()
        titles = _titles(s, sorted({r.row_id for r in rows}))
        return [
            RejectedOpDTO(
                op_id=r.op_id,
                client_seq=r.client_seq,
                entity=r.entity,
                row_id=r.row_id,
                row_title=titles.get(r.row_id),
                kind=r.kind,
                command=r.command,
                fields=dict(r.fields),
                reason=r.result_code,
                detail=r.result_detail,
                created_at=r.created_at,
            )
            for r in rows
        ]


def _model_for(entity: str) -> type[Any]:
    for mapper in load_all().registry.mappers:
        cls = mapper.class_
        if isinstance(cls, type) and issubclass(cls, SyncedMixin) and entity_name(cls) == entity:
            return cls
    raise UserError("unknown_entity", entity=entity)


def _write_value(engine: Engine, actor: Actor, entity: str, row_id: str, field: str, value: Any) -> None:
    # Imported here: conflicts are rare and these modules pull in each feature's commands.
    from workbench.partners import commands as partner_commands

    if entity == "partners":
        partner_commands.update_partner(engine, actor, row_id, {field: value})
        return
    if entity == "contacts":
        partner_commands.update_contact(engine, actor, row_id, {field: value})
        return
    model = _model_for(entity)
    if field in model.__command_fields__ or field in model.__server_fields__ or model.__insert_only__:
        raise UserError("command_field", field=field)
    with UnitOfWork(engine, actor, replica=True) as uow:
        obj = uow.get(model, row_id)
        actor.require_partner_access("resolve_conflict", obj.partner_id)
        if field not in {a.key for a in inspect(model).column_attrs}:
            raise UserError("unknown_field", field=field)
        setattr(obj, field, value)
        uow.flush()


def resolve_conflict(
    engine: Engine, actor: Actor, conflict_id: str, resolution: Resolution | str, value: Any = None
) -> None:
    """Close one conflict. `value` is used for `edited` (for `mine` the stored local value is written)."""
    how = Resolution(resolution)
    with Session(engine) as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound("sync_conflicts", conflict_id)
        entity, row_id, field, mine = conflict.entity, conflict.row_id, conflict.field, conflict.mine
    if how is not Resolution.THEIRS:
        _write_value(engine, actor, entity, row_id, field, mine if how is Resolution.MINE else value)
    with Session(engine) as s, s.begin():
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("sync_conflicts", conflict_id)
        conflict.resolved_at = utcnow()
        conflict.resolution = how.value


def _rejected(s: Session, op_id: str) -> OutboxOp:
    op = s.get(OutboxOp, op_id)
    if op is None or op.state != OpState.REJECTED:
        raise NotFound("outbox_ops", op_id)
    return op


def resend_rejected(engine: Engine, op_id: str, fields: Mapping[str, Any] | None = None) -> None:
    """Queue a rejected op again (with corrected `fields` merged in, e.g. after the user fixed them)."""
    with Session(engine) as s, s.begin():
        op = _rejected(s, op_id)
        if fields:
            op.fields = {**op.fields, **dict(fields)}
        op.state = OpState.PENDING
        op.result_code = None
        op.result_detail = None


def discard_rejected(engine: Engine, op_id: str) -> None:
    """Drop a rejected op from the outbox (the UI asks first)."""
    with Session(engine) as s, s.begin():
        s.delete(_rejected(s, op_id))


def record_conflict(
    engine: Engine, *, op_id: str, entity: str, row_id: str, field: str, base: Any, mine: Any, theirs: Any
) -> str:
    """Store one conflict (what the sync client does on a `conflict` answer; also demo data and tests)."""
    conflict_id = new_id()
    with Session(engine) as s, s.begin():
        s.add(
            SyncConflict(
                id=conflict_id,
                op_id=op_id,
                entity=entity,
                row_id=row_id,
                field=field,
                base=base,
                mine=mine,
                theirs=theirs,
                server_version=1,
                created_at=utcnow(),
            )
        )
    return conflict_id


def mark_rejected(engine: Engine, op_id: str, reason: str, detail: str | None = None) -> None:
    """Mark an outbox op as rejected by the server (the sync client's job; also demo data and tests)."""
    with Session(engine) as s, s.begin():
        op = s.get(OutboxOp, op_id)
        if op is None:
            raise NotFound("outbox_ops", op_id)
        op.state = OpState.REJECTED
        op.result_code = reason
        op.result_detail = detail


def ops_for_row(engine: Engine, row_id: str) -> list[str]:
    """Outbox op ids of one row in client order (any state)."""
    with Session(engine) as s:
        return list(s.scalars(select(OutboxOp.op_id).where(OutboxOp.row_id == row_id).order_by(OutboxOp.client_seq)))
