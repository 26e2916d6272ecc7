"""What the status bar and the conflicts inbox show, and the user's answers to conflicts and rejections.

Resolutions are local edits: "mine" and "edited" go through a `UnitOfWork` on the replica, so they become
ordinary patch ops (with the server's value as their base) and are audited like any edit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.conflicts import WON
from sync.client.rows import apply_session, from_wire, model_or_none
from sync.protocol import CONFLICTS_ENTITY, RESOLVE_COMMAND
from workbench.clock import utcnow
from workbench.db.base import SyncedMixin
from workbench.db.outbox import SCHEMA_VERSION, OpKind, OpState, OutboxOp, SyncConflict
from workbench.db.uow import BOOKKEEPING, UnitOfWork, column_keys, next_client_seq, to_wire
from workbench.errors import NotFound, UserError
from workbench.ids import new_id
from workbench.security.roles import Actor

Choice = Literal["mine", "theirs", "edited"]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    pending_ops: int  # local changes not yet accepted by the server (pending + in flight; not conflict resolutions)
    rejected_ops: int
    open_conflicts: int
    last_sync: datetime | None
    last_error: str | None  # code of the last failed run, None after a success


@dataclass(frozen=True, slots=True)
class ConflictDTO:
    id: str
    entity: str
    row_id: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    server_version: int
    created_at: datetime
    row_deleted: bool  # the server deleted the row: "mine" cannot be applied
    # "lost": mine was not applied, theirs is in the record; "won": mine is in the record and theirs (the
    # other user's value, sent by the server) was not applied
    side: str = "lost"
    other_user: str | None = None  # the user id on the other side, when the server named it


@dataclass(frozen=True, slots=True)
class RejectedOpDTO:
    op_id: str
    entity: str
    row_id: str
    kind: str
    command: str | None
    fields: dict[str, Any]
    reason: str
    field: str | None
    created_at: datetime


def sync_status(engine: Engine) -> SyncStatus:
    with Session(engine) as session:
        counts: dict[str, int] = {
            str(state): int(n)
            for state, n in session.execute(
                # a conflict's resolution op is bookkeeping, not a change the user typed: not "pending"
                select(OutboxOp.state, func.count())
                .where((OutboxOp.entity != CONFLICTS_ENTITY) | (OutboxOp.state == OpState.REJECTED))
                .group_by(OutboxOp.state)
            )
        }
        open_conflicts = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        last_sync = meta.get(session, meta.LAST_SYNC)
        last_error = meta.get(session, meta.LAST_ERROR)
    return SyncStatus(
        pending_ops=int(counts.get(OpState.PENDING.value, 0)) + int(counts.get(OpState.IN_FLIGHT.value, 0)),
        rejected_ops=int(counts.get(OpState.REJECTED.value, 0)),
        open_conflicts=int(open_conflicts or 0),
        last_sync=datetime.fromisoformat(last_sync) if last_sync else None,
        last_error=last_error or None,
    )


def _row_deleted(session: Session, entity: str, row_id: str) -> bool:
    model = model_or_none(entity)
    if model is None:
        return False
    obj = session.get(model, row_id)
    return obj is None or getattr(obj, "deleted_at", None) is not None


def open_conflicts(engine: Engine, *, entity: str | None = None, row_id: str | None = None) -> list[ConflictDTO]:
    """Unresolved conflicts, oldest first (optionally of one entity or one row)."""
    query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    if entity is not None:
        query = query.where(SyncConflict.entity == entity)
    if row_id is not None:
        query = query.where(SyncConflict.row_id == row_id)
    with Session(engine) as session:
        return [
            ConflictDTO(
                id=c.id,
                entity=c.entity,
                row_id=c.row_id,
                field=c.field,
                base=c.base,
                mine=c.mine,
                theirs=c.theirs,
                server_version=c.server_version,
                created_at=c.created_at,
                row_deleted=c.field != "deleted_at" and _row_deleted(session, c.entity, c.row_id),
                side=c.side or "lost",
                other_user=c.other_user,
            )
            for c in session.scalars(query.order_by(SyncConflict.created_at, SyncConflict.id))
        ]


def rejected_ops(engine: Engine) -> list[RejectedOpDTO]:
    """Ops the server refused for good, in the order they were made."""
    with Session(engine) as session:
        out: list[RejectedOpDTO] = []
        for op in session.scalars(
            select(OutboxOp).where(OutboxOp.state == OpState.REJECTED).order_by(OutboxOp.created_at)
        ):
            detail: dict[str, Any] = json.loads(op.result_detail) if op.result_detail else {}
            out.append(
                RejectedOpDTO(
                    op_id=op.op_id,
                    entity=op.entity,
                    row_id=op.row_id,
                    kind=op.kind,
                    command=op.command,
                    fields=dict(op.fields or {}),
                    reason=op.result_code or "rejected",
                    field=detail.get("field"),
                    created_at=op.created_at,
                )
            )
        return out


def resolve_conflict(engine: Engine, actor: Actor, conflict_id: str, choice: Choice, value: Any = None) -> None:
    """Answer one conflict. "theirs": keep the server's value (already in the row). "mine": apply the
    local value again as a normal edit (a new patch op). "edited": apply `value` (a Python value or its
    JSON form) as a normal edit. For a delete that met a concurrent edit (field "deleted_at"), "mine"
    deletes the row again. For a conflict this user won (`side` won: mine is in the row, theirs is the
    other user's value that was not applied), "theirs" applies the other user's value as a normal edit.

    A conflict the server knows (`server_id`) also gets a `resolve` command op in the same transaction, so
    the other side's copy is closed after both sync (sync.client.conflicts)."""
    if choice not in ("mine", "theirs", "edited"):
        raise UserError("invalid_choice", field="choice")
    with UnitOfWork(engine, actor, replica=True) as uow:
        conflict = uow.session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("sync_conflicts", conflict_id)
        if conflict.resolved_at is not None:
            raise UserError("already_resolved", id=conflict_id)
        won = conflict.side == WON
        if choice != "theirs" or won:
            model = model_or_none(conflict.entity)
            if model is None:
                raise UserError("unknown_entity", entity=conflict.entity)
            obj = uow.session.get(model, conflict.row_id)
            if not isinstance(obj, SyncedMixin):
                raise NotFound(conflict.entity, conflict.row_id)
            actor.require_partner_access("resolve_conflict", obj.partner_id)
            if conflict.field == "deleted_at":
                # lost: "mine" (or edited) deletes again; won (the other user wanted to delete the row this
                # user edited): "theirs" deletes, "mine" keeps it
                delete = choice == "theirs" if won else choice != "theirs"
                if delete and obj.deleted_at is None:
                    uow.soft_delete(obj)
            else:
                if obj.deleted_at is not None:
                    raise UserError("row_deleted", entity=conflict.entity, id=conflict.row_id)
                if conflict.field not in column_keys(obj) or conflict.field in BOOKKEEPING:
                    raise UserError("unknown_field", field=conflict.field)
                raw = {"mine": conflict.mine, "theirs": conflict.theirs}.get(choice, to_wire(value))
                setattr(obj, conflict.field, from_wire(model, conflict.field, raw))
            uow.flush()
        conflict.resolved_at = uow.now
        conflict.resolution = choice
        if conflict.server_id is not None:
            uow.session.add(
                OutboxOp(
                    op_id=new_id(),
                    client_seq=next_client_seq(uow.session),
                    tx_id=uow.tx_id,
                    entity=CONFLICTS_ENTITY,
                    row_id=conflict.server_id,
                    kind=OpKind.COMMAND,
                    command=RESOLVE_COMMAND,
                    base_version=0,
                    fields={"resolution": choice},
                    base={},
                    schema_version=SCHEMA_VERSION,
                    state=OpState.PENDING,
                    created_at=uow.now,
                )
            )


def discard_rejected(engine: Engine, op_id: str) -> None:
    """Drop a rejected op. For a rejected create, the row that only ever existed locally goes too
    (unless other local rows still refer to it)."""
    with apply_session(engine) as session:
        op = _rejected(session, op_id)
        entity, row_id, kind = op.entity, op.row_id, op.kind
        session.delete(op)
        session.flush()
        if kind != OpKind.CREATE:
            return
        model = model_or_none(entity)
        others = session.scalar(
            select(func.count()).select_from(OutboxOp).where(OutboxOp.entity == entity, OutboxOp.row_id == row_id)
        )
        if model is None or others:
            return
    with Session(engine) as session, session.begin():  # foreign keys on: a row others refer to stays
        obj = session.get(model, row_id)
        if not isinstance(obj, SyncedMixin) or obj.version != 0:
            return
        table = model.__table__
        try:
            with session.begin_nested():
                session.execute(table.delete().where(table.c.id == row_id))  # type: ignore[attr-defined]
        except IntegrityError:
            return


def retry_rejected(engine: Engine, op_id: str) -> None:
    """Send a rejected op again (after the user fixed what it was rejected for). It gets a new op_id and
    client_seq (the server keeps its answer to the old ones). A create is rebuilt from the row as it is
    now, and absorbs the row's later unsent patches."""
    with apply_session(engine) as session:
        op = _rejected(session, op_id)
        model = model_or_none(op.entity)
        obj = session.get(model, op.row_id) if model is not None else None
        if op.kind == OpKind.CREATE:
            if not isinstance(obj, SyncedMixin):
                raise NotFound(op.entity, op.row_id)
            op.fields = {k: to_wire(getattr(obj, k)) for k in column_keys(obj) if k not in BOOKKEEPING}
            session.execute(
                update(OutboxOp)
                .where(
                    OutboxOp.entity == op.entity,
                    OutboxOp.row_id == op.row_id,
                    OutboxOp.state == OpState.PENDING,
                    OutboxOp.kind == OpKind.PATCH,
                )
                .values(state="absorbed")
            )
            session.execute(
                OutboxOp.__table__.delete().where(OutboxOp.state == "absorbed")  # type: ignore[attr-defined]
            )
        elif isinstance(obj, SyncedMixin):
            op.base_version = obj.version
        op.op_id = new_id()
        op.tx_id = new_id()
        op.client_seq = next_client_seq(session)
        op.state = OpState.PENDING
        op.result_code = None
        op.result_detail = None
        op.created_at = utcnow()


def _rejected(session: Session, op_id: str) -> OutboxOp:
    op = session.get(OutboxOp, op_id)
    if op is None:
        raise NotFound("outbox_ops", op_id)
    if op.state != OpState.REJECTED:
        raise UserError("not_rejected", id=op_id, state=op.state)
    return op
