"""Applying pushed ops (ARCHITECTURE §4, write path).

* Ops run in `client_seq` order per device; the first new op must be the device's `next_client_seq` and
  the new ops must follow without a gap, else `ClientSeqGap` (HTTP 409 with the expected number).
* Consecutive ops with one `tx_id` run in one database transaction (a `UnitOfWork`, so every write is
  audited); each op in its own savepoint, so a rejected op undoes only itself.
* Each op's final answer goes to `applied_ops` in the same transaction: a re-sent op answers
  `duplicate` with the stored result.
* At the end of the transaction the change-log counter is incremented (`UPDATE ... RETURNING`, row lock
  held to commit) and every row changed in the transaction gets that `server_seq` and `version + 1`, so
  `server_seq` follows commit order.
* A transient database failure (lock timeout, serialization failure, lost connection) answers `retry`
  for the ops of that transaction and every later op of the batch."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from sync.protocol import CONFLICTS_ENTITY, ConflictField, Op, OpKind, OpResult, PushRequest, PushResponse, ResultCode
from sync.server import commands
from sync.server import conflicts as server_conflicts
from sync.server.auth import Principal
from sync.server.blobs import blob_missing
from sync.server.changelog import ChangeTracker, stamp_each
from sync.server.models import AppliedOp, DeletedId, Device, ServerConflict
from sync.server.rows import (
    IGNORED_FIELDS,
    SERVER_LOCAL_ENTITIES,
    Rejected,
    attr_key,
    columns,
    from_wire,
    model_for_table,
    row_to_wire,
    same,
    scalar_default,
    wire_model,
)
from sync.server.scopes import may_see, may_write_scope, partner_model
from sync.server.settings import ServerSettings
from workbench.audit import chain
from workbench.db.base import Base, SyncedMixin, entity_name, model_for_entity
from workbench.db.uow import UnitOfWork, to_wire
from workbench.errors import UserError
from workbench.security.roles import Role

log = logging.getLogger("sync.server.push")
ATTACHMENTS = "attachments"


class ClientSeqGap(Exception):
    def __init__(self, expected: int) -> None:
        super().__init__(f"expected client_seq {expected}")
        self.expected = expected


class UnknownDevice(Exception):
    """The push names a device that is not the caller's (or is revoked)."""


@dataclass
class Outcome:
    code: ResultCode
    obj: SyncedMixin | None = None
    reason: str | None = None
    field: str | None = None
    conflicts: dict[str, ConflictField] | None = None
    resolved: ServerConflict | None = None  # a conflict this op resolved (re-stamped at the tx's seq)


# --- entry point -------------------------------------------------------------------------------


def push(engine: Engine, settings: ServerSettings, principal: Principal, request: PushRequest) -> PushResponse:
    if request.device_id != principal.device_id:
        raise UnknownDevice(request.device_id)
    ops = sorted(request.ops, key=lambda op: op.client_seq)
    with Session(engine) as session:
        device = session.get(Device, principal.device_id)
        if device is None or device.revoked_at is not None:
            raise UnknownDevice(principal.device_id)
        expected = device.next_client_seq
        stored: dict[str, AppliedOp] = {}
        owners: dict[str, str] = {}  # device id -> user id, for the stored answers of other devices
        for row, user_id in session.execute(
            select(AppliedOp, Device.user_id)
            .join(Device, Device.id == AppliedOp.device_id)
            .where(AppliedOp.op_id.in_([op.op_id for op in ops]))
        ):
            stored[row.op_id] = row
            owners[row.device_id] = user_id
    replays = {
        op.op_id: answer for op in ops if (answer := _replay(op, stored.get(op.op_id), owners, principal)) is not None
    }
    fresh = [op for op in ops if op.client_seq >= expected]
    for i, op in enumerate(fresh):
        if op.client_seq != expected + i:
            raise ClientSeqGap(expected)

    results: dict[str, OpResult] = {}
    for op in ops:
        if op.client_seq < expected:
            results[op.op_id] = replays.get(op.op_id) or _answer_old(op, stored.get(op.op_id), principal.device_id)

    next_seq: int | None = None
    if fresh:
        answered, next_seq = _apply_fresh(engine, settings, principal, fresh, set(stored), replays)
        results.update(answered)
    if next_seq is None:  # (after a committed push it is known: no second connection, which an overloaded
        # pool may not give in time, turning an applied push into an error answer)
        with Session(engine) as session:
            device = session.get(Device, principal.device_id)
            next_seq = device.next_client_seq if device is not None else expected
    return PushResponse(
        results=[results[op.op_id] for op in request.ops], next_client_seq=next_seq, server_time=settings.clock()
    )


def _answer_old(op: Op, stored: AppliedOp | None, device_id: str) -> OpResult:
    if stored is None or stored.device_id != device_id:
        return OpResult(op_id=op.op_id, result=ResultCode.REJECTED, reason="client_seq_reused")
    return _duplicate(stored)


def _duplicate(stored: AppliedOp) -> OpResult:
    original = OpResult.model_validate(stored.result)
    return original.model_copy(update={"result": ResultCode.DUPLICATE, "original": original.result})


def op_fingerprint(op: Op) -> str:
    """SHA-256 of what an op does (without client_seq, tx_id, schema_version, which a client may change
    when it renumbers or upgrades): equal for the same op sent again."""
    content = op.model_dump(mode="json", exclude={"client_seq", "tx_id", "schema_version"})
    return hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def _replay(op: Op, stored: AppliedOp | None, owners: dict[str, str], principal: Principal) -> OpResult | None:
    """The stored answer of an op answered before under another device of the same user (the device was
    revoked and the user signed in again: the outbox is re-sent under the new device), when the op is
    the same; None otherwise (a different op under a used op_id stays `op_id_reused`)."""
    if stored is None or stored.device_id == principal.device_id:
        return None
    if owners.get(stored.device_id) != principal.user_id or stored.op_hash != op_fingerprint(op):
        return None
    return _duplicate(stored)


def _tx_groups(ops: Iterable[Op]) -> list[list[Op]]:
    groups: list[list[Op]] = []
    for op in ops:
        if groups and groups[-1][-1].tx_id == op.tx_id:
            groups[-1].append(op)
        else:
            groups.append([op])
    return groups


class _ConcurrentPush(Exception):
    """Another push of the same device moved next_client_seq meanwhile: answer retry."""


# --- one transaction ---------------------------------------------------------------------------


def _apply_fresh(
    engine: Engine,
    settings: ServerSettings,
    principal: Principal,
    fresh: list[Op],
    known_op_ids: set[str],
    replays: dict[str, OpResult],
) -> tuple[dict[str, OpResult], int | None]:
    """The new ops of one push request, in ONE database transaction: each client transaction group in a
    savepoint (a database failure inside a group rolls back only that group; it and every later op answer
    `retry`), each op in a nested savepoint. The rows changed by all applied groups get one `server_seq`
    at the end (taken last, so the change-log counter stays locked only for the end of the transaction).
    If the transaction itself fails (commit, lost connection), every new op answers `retry`. Returns the
    answers and the device's next client_seq once committed (None when the transaction failed)."""
    groups = _tx_groups(fresh)
    results: dict[str, OpResult] = {}
    done = 0  # groups applied
    try:
        with UnitOfWork(engine, principal.actor(), replica=False) as uow:
            session = uow.session
            device = session.execute(
                select(Device).where(Device.id == principal.device_id).with_for_update()
            ).scalar_one()
            if device.revoked_at is not None or device.next_client_seq != fresh[0].client_seq:
                raise _ConcurrentPush()
            tracker = ChangeTracker(session)
            _prefetch(session, fresh)
            # per applied group: its outcomes and the rows it changed
            applied: list[tuple[list[tuple[Op, Outcome]], dict[int, SyncedMixin]]] = []
            try:
                # The audit entries of the ops are chained at the end of this block (the chain head locked
                # from then to the commit), not at each op's flush: concurrent pushes do not queue on the
                # head while they apply their ops. The head is locked before the change-log counter, in the
                # order every other server writer takes them.
                with chain.deferred(session):
                    done = _apply_groups(uow, settings, principal, tracker, groups, known_op_ids, replays, applied)
                tracker.changed = {}
                # Each client transaction keeps its own server_seq (taken here, at the end, in order: the
                # change-log counter stays locked only from now to the commit).
                now = settings.clock()
                outcomes: list[tuple[Op, Outcome]] = []
                # a group gets a seq when it changed rows or recorded / resolved a conflict
                needs = [
                    bool(changed) or any(o.conflicts is not None or o.resolved is not None for _op, o in group_outcomes)
                    for group_outcomes, changed in applied
                ]
                stamped = [list(c.values()) for (_o, c), need in zip(applied, needs, strict=True) if need]
                seqs = iter(stamp_each(session, stamped) if stamped else [])
                for (group_outcomes, _changed), need in zip(applied, needs, strict=True):
                    seq = next(seqs) if need else None
                    for op, outcome in group_outcomes:  # conflicts recorded, and resolutions, at the group's seq
                        if outcome.conflicts is None and outcome.resolved is None:
                            continue
                        assert seq is not None
                        if outcome.resolved is not None:
                            outcome.resolved.server_seq = seq
                        if outcome.conflicts:
                            scope = outcome.obj.partner_id if outcome.obj is not None else None
                            outcome.conflicts = server_conflicts.record(
                                session, principal, op, scope, outcome.conflicts, seq, now
                            )
                    outcomes.extend(group_outcomes)
            finally:
                tracker.close()
                session.info.pop(PREFETCH_KEY, None)
            for group in groups[:done]:
                results.update({op.op_id: replays[op.op_id] for op in group if op.op_id in replays})
            answers: list[dict[str, Any]] = []
            for op, outcome in outcomes:
                result = _result(session, principal, op, outcome)
                results[op.op_id] = result
                if op.op_id in known_op_ids:
                    continue
                answers.append(
                    {
                        "op_id": op.op_id,
                        "device_id": principal.device_id,
                        "client_seq": op.client_seq,
                        "result": result.model_dump(mode="json"),
                        "applied_at": now,
                        "op_hash": op_fingerprint(op),
                    }
                )
            if answers:
                session.execute(insert(AppliedOp), answers)
            next_seq = groups[done - 1][-1].client_seq + 1 if done else fresh[0].client_seq
            device.next_client_seq = next_seq
        committed: int | None = next_seq
    except (_ConcurrentPush, DBAPIError) as exc:
        if isinstance(exc, DBAPIError):
            log.warning("push transaction failed, answering retry", extra={"error": type(exc).__name__})
        results, done, committed = {}, 0, None
    for i, group in enumerate(groups[done:]):  # the failed group, then the ones not tried
        for op in group:
            results[op.op_id] = OpResult(
                op_id=op.op_id, result=ResultCode.RETRY, reason="transient" if i == 0 else "not_processed"
            )
    return results, committed


FAST_CHUNK = 100  # ops per chunk savepoint on the fast path


class _Redo(Exception):
    """An op of a fast-path chunk did not apply cleanly: the chunk is rolled back and applied again op by op."""


def _fast(op: Op) -> bool:
    """Ops the fast path takes: generic creates, patches and deletes (no command: a command runs workbench
    code with its own session and per-transaction state, which a chunk rollback would not undo)."""
    return op.entity != CONFLICTS_ENTITY and op.kind in (OpKind.CREATE, OpKind.PATCH, OpKind.DELETE)


def _apply_groups(
    uow: UnitOfWork,
    settings: ServerSettings,
    principal: Principal,
    tracker: ChangeTracker,
    groups: list[list[Op]],
    known_op_ids: set[str],
    replays: dict[str, OpResult],
    applied: list[tuple[list[tuple[Op, Outcome]], dict[int, SyncedMixin]]],
) -> int:
    """Apply the groups in order, appending (outcomes, changed rows) per group to `applied`; returns how many
    groups were applied (fewer when a database failure stopped the request: that group and the later ones
    answer `retry`).

    Fast path: a run of groups of plain creates / patches / deletes (up to FAST_CHUNK ops) runs in ONE
    savepoint, each op flushed but without a savepoint of its own (a SAVEPOINT and a RELEASE per op were
    over half of the push's statements). As long as every op applies (applied, merged or conflict) the
    result is the same as op by op. When one is rejected or fails in the database, the whole chunk is rolled
    back (its rows, audit entries and tracked changes with it) and applied again the exact way: each group
    in a savepoint (a one-op group: the op's savepoint), each op in a nested one, so a rejected op undoes
    only itself."""
    session = uow.session
    done, i = 0, 0
    while i < len(groups):
        chunk: list[list[Op]] = []
        size = 0
        while i + len(chunk) < len(groups) and all(_fast(op) for op in groups[i + len(chunk)]):
            group = groups[i + len(chunk)]
            if chunk and size + len(group) > FAST_CHUNK:
                break
            chunk.append(group)
            size += len(group)
        if chunk:
            fast: list[tuple[list[tuple[Op, Outcome]], dict[int, SyncedMixin]]] = []
            try:
                with session.begin_nested():
                    for group in chunk:
                        tracker.changed = {}
                        todo = [op for op in group if op.op_id not in replays]
                        outcomes = [
                            (op, _apply_fast(uow, settings, principal, tracker, op, known_op_ids, _defer(todo, k)))
                            for k, op in enumerate(todo)
                        ]
                        fast.append((outcomes, tracker.changed))
            except _Redo:
                tracker.changed, tracker.current = {}, {}
            else:
                applied.extend(fast)
                done += len(chunk)
                i += len(chunk)
                continue
        for group in chunk or [groups[i]]:
            outcomes_of_group = _apply_exact(uow, settings, principal, tracker, group, known_op_ids, replays)
            if outcomes_of_group is None:
                return done
            applied.append((outcomes_of_group, tracker.changed))
            done += 1
            i += 1
    return done


def _defer(ops: list[Op], k: int) -> bool:
    """Whether the flush of `ops[k]` (a fast-path op of one client transaction) may wait for the next op's:
    when both are creates of one table. A run of creates of one transaction is then flushed at its last create, all rows
    in one executemany per table. The result is the op-by-op one: the new rows are captured (audit entries)
    in the order they were added, all of them count as changed by the same transaction, and a later create
    of the run finds an earlier one it references (or repeats) among the request's new rows (`_get`). A row
    that breaks a constraint fails the run's flush, so the chunk is redone op by op, as for any failure."""
    if k + 1 >= len(ops):
        return False
    this, after = ops[k], ops[k + 1]
    # (one table: the ORM orders the INSERTs of one flush by table only along relationships, which the
    # synced models do not declare, so a row could reach the database before the row it references)
    return this.kind == OpKind.CREATE and after.kind == OpKind.CREATE and this.entity == after.entity


def _apply_fast(
    uow: UnitOfWork,
    settings: ServerSettings,
    principal: Principal,
    tracker: ChangeTracker,
    op: Op,
    known_op_ids: set[str],
    defer: bool = False,
) -> Outcome:
    if op.op_id in known_op_ids:  # an op_id answered before, under a new client_seq: rejected, so op by op
        raise _Redo()
    tracker.begin_step()
    try:
        outcome = _dispatch(uow, settings, principal, op)
        if not defer:
            uow.session.flush()
    except (Rejected, UserError, StatementError) as exc:  # (DBAPIError is a StatementError)
        raise _Redo() from exc
    finally:
        uow._commands.clear()
    tracker.keep_step()
    return outcome


def _apply_exact(
    uow: UnitOfWork,
    settings: ServerSettings,
    principal: Principal,
    tracker: ChangeTracker,
    group: list[Op],
    known_op_ids: set[str],
    replays: dict[str, OpResult],
) -> list[tuple[Op, Outcome]] | None:
    """One group op by op, each op in its own savepoint; None when a database failure stopped it."""
    session = uow.session
    tracker.changed = {}
    outcomes: list[tuple[Op, Outcome]] = []
    try:
        # a group of one op needs no savepoint of its own: the op's savepoint is it
        with session.begin_nested() if len(group) > 1 else nullcontext():
            for op in group:
                if op.op_id in replays:  # answered before under a revoked device of this user
                    continue
                if op.op_id in known_op_ids:  # an op_id answered before, under a new client_seq
                    outcomes.append((op, Outcome(ResultCode.REJECTED, reason="op_id_reused")))
                    continue
                outcomes.append((op, _apply_one(uow, settings, principal, tracker, op)))
    except DBAPIError as exc:
        log.warning("push transaction failed, answering retry", extra={"error": type(exc).__name__})
        return None
    return outcomes


def _apply_one(
    uow: UnitOfWork, settings: ServerSettings, principal: Principal, tracker: ChangeTracker, op: Op
) -> Outcome:
    session = uow.session
    tracker.begin_step()
    try:
        with session.begin_nested():
            outcome = _dispatch(uow, settings, principal, op)
            session.flush()
        tracker.keep_step()
        return outcome
    except Rejected as exc:
        tracker.drop_step()
        return Outcome(ResultCode.REJECTED, reason=exc.reason, field=exc.field)
    except UserError as exc:
        tracker.drop_step()
        field_name = exc.params.get("field")
        return Outcome(ResultCode.REJECTED, reason=exc.code, field=str(field_name) if field_name else None)
    except IntegrityError:
        tracker.drop_step()
        return Outcome(ResultCode.REJECTED, reason="constraint_violation")
    except StatementError as exc:
        if isinstance(exc, DBAPIError):
            raise  # a database failure: the whole transaction answers retry
        tracker.drop_step()  # a value the database driver could not bind
        log.warning("op value refused by the database layer", extra={"error": type(exc.orig).__name__})
        return Outcome(ResultCode.REJECTED, reason="invalid_value")
    finally:
        # A command that failed inside `uow.command(...)` leaves its pending record behind; clear it so
        # a later op of this transaction is not taken for that command.
        uow._commands.clear()


def _dispatch(uow: UnitOfWork, settings: ServerSettings, principal: Principal, op: Op) -> Outcome:
    if op.schema_version > settings.schema_version:
        raise Rejected("unsupported_schema")
    if op.entity == CONFLICTS_ENTITY:
        changed, conflict = server_conflicts.resolve(uow.session, principal, op, settings.clock())
        return Outcome(ResultCode.APPLIED if changed else ResultCode.MERGED, resolved=conflict if changed else None)
    model = wire_model(op.entity)
    if op.kind == OpKind.CREATE:
        return _create(uow, settings, principal, model, op)
    obj = _get(uow.session, model, op.row_id)
    if not isinstance(obj, SyncedMixin) or not may_see(uow.session, principal, obj):
        raise Rejected("no_access")
    if not may_write_scope(uow.session, principal, obj.partner_id):
        raise Rejected("permission_denied")
    if op.kind == OpKind.PATCH:
        return _patch(uow, principal, model, obj, op)
    if op.kind == OpKind.DELETE:
        return _delete(uow, obj, op)
    return _command(uow, obj, op)


def _client_values(model: type[Base], op: Op) -> dict[str, Any]:
    cols = columns(model)
    values: dict[str, Any] = {}
    for key, raw in op.fields.items():
        if key in IGNORED_FIELDS or key == "partner_id":
            continue
        if key == "id":
            if raw != op.row_id:
                raise Rejected("invalid_value", "id")
            continue
        if key not in cols:
            raise Rejected("unknown_field", key)
        values[key] = from_wire(cols[key], key, raw)
    return values


def _create(uow: UnitOfWork, settings: ServerSettings, principal: Principal, model: type[Base], op: Op) -> Outcome:
    session = uow.session
    entity = entity_name(model)
    existing = _get(session, model, op.row_id)
    if _was_deleted(session, entity, op.row_id) or (isinstance(existing, SyncedMixin) and existing.deleted_at):
        # (a row soft-deleted earlier in this transaction gets its deleted id when the transaction is stamped)
        raise Rejected("deleted_id")
    if isinstance(existing, SyncedMixin):
        raise Rejected("already_exists" if may_see(session, principal, existing) else "no_access")
    values = _client_values(model, op)
    cols = columns(model)
    guarded = {k: "command_field" for k in model.__command_fields__}  # type: ignore[attr-defined]
    if not principal.is_vendor:
        guarded.update({k: "server_field" for k in model.__server_fields__})  # type: ignore[attr-defined]
    for key, reason in guarded.items():
        if key not in values:
            continue
        # State-machine and role-owned fields start at their defaults; a forged value is refused.
        plain, default = scalar_default(cols[key])
        value = values.pop(key)
        if value is not None and not (plain and same(value, default)):
            raise Rejected(reason, key)
    partner_col = cols.get("partner_id")
    partner_is_ref = partner_col is not None and bool(partner_col.foreign_keys)
    if partner_is_ref:
        if principal.is_vendor:
            raw = op.fields.get("partner_id")
            if raw is not None:
                values["partner_id"] = from_wire(cols["partner_id"], "partner_id", raw)
        else:
            values["partner_id"] = principal.partner_id  # a partner acts for its own partner only
    scope = _resolve_scope(session, principal, model, op.row_id, values, set(values))
    if _is_partner(model) and principal.role == Role.CHANNEL_MANAGER:
        # A new partner is its own scope, which does not exist yet: a channel manager may create one
        # only as its owner (an absent owner means themselves; another owner is refused).
        owner = values.get("owner_id")
        if owner is None:
            values["owner_id"] = owner = principal.user_id
        if owner != principal.user_id:
            raise Rejected("permission_denied", "owner_id")
    elif not may_write_scope(session, principal, scope):
        raise Rejected("permission_denied")
    if scope is None and partner_col is not None and not partner_col.nullable:
        raise Rejected("required", "partner_id")
    values["partner_id"] = scope
    for key, col in cols.items():
        if key in values or key in SyncedMixin.SYNC_COLUMNS:
            continue
        if not col.nullable and col.default is None and col.server_default is None:
            raise Rejected("required", key)
    for key, value in values.items():
        if value is None and key != "partner_id" and not cols[key].nullable:
            raise Rejected("required", key)
    if entity == ATTACHMENTS and blob_missing(settings, values.get("sha256"), values.get("size_bytes")):
        raise Rejected("missing_blobs", "sha256")  # upload the blob, then push the row again
    obj = model(id=op.row_id, **values)
    assert isinstance(obj, SyncedMixin)
    uow.add(obj)
    found: _Prefetched | None = session.info.get(PREFETCH_KEY)
    if found is not None:  # until flushed, a new row is not in the identity map: `_get` finds it here
        found.added[(model, op.row_id)] = obj
    commands.run_validator(entity, uow, obj, True)
    return Outcome(ResultCode.APPLIED, obj)


def _patch(uow: UnitOfWork, principal: Principal, model: type[Base], obj: SyncedMixin, op: Op) -> Outcome:
    if model.__insert_only__:  # type: ignore[attr-defined]
        raise Rejected("insert_only")
    if obj.deleted_at is not None:
        return Outcome(ResultCode.CONFLICT, obj, reason="deleted")
    cols = columns(model)
    values = _client_values(model, op)
    for key in values:
        if key in model.__command_fields__:  # type: ignore[attr-defined]
            raise Rejected("command_field", key)
        if key in model.__server_fields__ and not principal.is_vendor:  # type: ignore[attr-defined]
            raise Rejected("server_field", key)
        if key not in op.base:
            raise Rejected("missing_base", key)
        if values[key] is None and not cols[key].nullable:
            raise Rejected("required", key)
    conflicts: dict[str, ConflictField] = {}
    changed: set[str] = set()
    for key, mine in values.items():
        base = from_wire(cols[key], key, op.base[key])
        server = getattr(obj, key)
        if same(server, mine):
            continue
        if same(server, base):
            setattr(obj, key, mine)
            changed.add(key)
        else:
            conflicts[key] = ConflictField(base=to_wire(base), mine=to_wire(mine), server=to_wire(server))
    if changed:
        current = {key: getattr(obj, key) for key in cols}
        scope = _resolve_scope(uow.session, principal, model, obj.id, current, changed)
        if scope != obj.partner_id:
            raise Rejected("scope_change")
        commands.run_validator(entity_name(model), uow, obj, False)
    if conflicts:
        return Outcome(ResultCode.CONFLICT, obj, reason="concurrent_edit", conflicts=conflicts)
    return Outcome(ResultCode.APPLIED if changed else ResultCode.MERGED, obj)


def _delete(uow: UnitOfWork, obj: SyncedMixin, op: Op) -> Outcome:
    if type(obj).__insert_only__:
        raise Rejected("insert_only")
    if obj.deleted_at is not None:
        return Outcome(ResultCode.MERGED, obj)
    if op.base_version and obj.version > op.base_version:
        # The row was edited since the delete's base: kept. Recorded (and sent to both sides) as a conflict
        # on `deleted_at`: mine = when it would have been deleted, the server's value = not deleted.
        wanted = ConflictField(base=None, mine=to_wire(uow.now), server=None)
        return Outcome(ResultCode.CONFLICT, obj, reason="changed_since", conflicts={"deleted_at": wanted})
    uow.soft_delete(obj)
    return Outcome(ResultCode.APPLIED, obj)


def _command(uow: UnitOfWork, obj: SyncedMixin, op: Op) -> Outcome:
    assert op.command is not None
    handler = commands.COMMANDS.get((op.entity, op.command))
    if handler is None:
        raise Rejected("unknown_command")
    if obj.deleted_at is not None:
        raise Rejected("deleted")
    handler(uow, obj, dict(op.fields))
    return Outcome(ResultCode.APPLIED, obj)


# --- batch loading -----------------------------------------------------------------------------


@dataclass
class _Prefetched:
    """What one SELECT per table found for the ids a push request names: the rows (held here, since the
    session's identity map keeps only weak references), the ids found absent, and the deleted ids."""

    rows: list[Any]
    absent: set[tuple[type[Base], str]]
    deleted: set[tuple[str, str]]
    checked_deleted: set[tuple[str, str]]
    added: dict[tuple[type[Base], str], Any] = dc_field(default_factory=dict)  # rows this request created


PREFETCH_KEY = "sync_push_prefetched"
IN_CHUNK = 500


def _prefetch(session: Session, ops: list[Op]) -> _Prefetched:
    by_model: dict[type[Base], set[str]] = {}
    created: dict[str, set[str]] = {}
    for op in ops:
        if op.entity == CONFLICTS_ENTITY:
            continue
        try:
            model = wire_model(op.entity)
        except Rejected:
            continue  # answered per op
        by_model.setdefault(model, set()).add(op.row_id)
        if op.kind == OpKind.CREATE:
            created.setdefault(entity_name(model), set()).add(op.row_id)
    found = _Prefetched([], set(), set(), set())
    for model, ids in by_model.items():
        id_col: Any = model.id  # type: ignore[attr-defined]
        ordered = sorted(ids)
        for i in range(0, len(ordered), IN_CHUNK):
            chunk = ordered[i : i + IN_CHUNK]
            rows: list[Any] = list(session.scalars(select(model).where(id_col.in_(chunk))))
            found.rows.extend(rows)
            have = {row.id for row in rows}
            found.absent.update((model, row_id) for row_id in chunk if row_id not in have)
    for entity, ids in created.items():
        ordered = sorted(ids)
        for i in range(0, len(ordered), IN_CHUNK):
            chunk = ordered[i : i + IN_CHUNK]
            found.checked_deleted.update((entity, row_id) for row_id in chunk)
            found.deleted.update(
                (entity, row_id)
                for row_id in session.scalars(
                    select(DeletedId.row_id).where(DeletedId.entity == entity, DeletedId.row_id.in_(chunk))
                )
            )
    session.info[PREFETCH_KEY] = found
    return found


def _get(session: Session, model: type[Base], row_id: str) -> Any:
    """`session.get`, without a SELECT for an id the request's batch load found absent (a row created
    since is in the identity map; one whose savepoint rolled back is gone from it again)."""
    found: _Prefetched | None = session.info.get(PREFETCH_KEY)
    if found is not None and (model, row_id) in found.absent:
        obj = session.identity_map.get(session.identity_key(model, row_id))
        if obj is None:
            # a row created earlier in this request and not flushed yet (deferred, see `_defer`); one whose
            # savepoint rolled back was expunged from the session
            obj = found.added.get((model, row_id))
            if obj is not None and obj not in session:
                obj = None
        return obj
    return session.get(model, row_id)


def _was_deleted(session: Session, entity: str, row_id: str) -> bool:
    found: _Prefetched | None = session.info.get(PREFETCH_KEY)
    if found is not None and (entity, row_id) in found.checked_deleted:
        return (entity, row_id) in found.deleted
    return session.get(DeletedId, (entity, row_id)) is not None


# --- scope -------------------------------------------------------------------------------------


def _is_partner(model: type[Base]) -> bool:
    pm = partner_model()
    return pm is not None and model is pm


def _resolve_scope(
    session: Session, principal: Principal, model: type[Base], row_id: str, values: dict[str, Any], keys: set[str]
) -> str | None:
    """The access scope of a row, computed from its references (never from the client's partner_id).

    The partners row is its own scope. Any other row takes the scope of the rows it references (foreign
    keys to synced tables, and a polymorphic `owner_entity`/`owner_id` pair); a reference the caller may
    not see is `unknown_reference`, indistinguishable from a missing row. Only the references in `keys`
    are checked (all for a create, the changed ones for a patch); the others give their current scope."""
    if _is_partner(model):
        return row_id
    scopes: set[str | None] = set()
    for key, target in _references(model):
        value = values.get(key)
        if value is None:
            continue
        scopes.add(_parent_scope(session, principal, target, value, key, check=key in keys))
    cols = columns(model)
    if "owner_entity" in cols and "owner_id" in cols and values.get("owner_entity") and values.get("owner_id"):
        checked = bool({"owner_entity", "owner_id"} & keys)
        try:
            target = model_for_entity(str(values["owner_entity"]))
        except KeyError as exc:
            raise Rejected("unknown_reference", "owner_entity") from exc
        if entity_name(target) in SERVER_LOCAL_ENTITIES:
            raise Rejected("unknown_reference", "owner_entity")
        scopes.add(_parent_scope(session, principal, target, str(values["owner_id"]), "owner_id", check=checked))
    found = {s for s in scopes if s is not None}
    if len(found) > 1:
        raise Rejected("scope_mismatch")
    return found.pop() if found else None


_REFERENCES: dict[tuple[type[Base], int, int], list[tuple[str, type[Base]]]] = {}


def _references(model: type[Base]) -> list[tuple[str, type[Base]]]:
    """(attribute key, synced target model) of each foreign key of `model` to a synced table's id. Cached:
    finding the target walks the sorted metadata, which profiling showed at ~0.7 ms per reference; the key
    changes when models or tables are added, so a model module loaded later is seen."""
    stamp = (model, len(Base.registry.mappers), len(Base.metadata.tables))
    refs = _REFERENCES.get(stamp)
    if refs is None:
        refs = []
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            for fk in column.foreign_keys:
                target = model_for_table(fk.column.table.name)
                if target is None or fk.column.name != "id":
                    continue
                refs.append((attr_key(model, column), target))  # type: ignore[arg-type]
        _REFERENCES[stamp] = refs
    return refs


def _parent_scope(
    session: Session, principal: Principal, target: type[Base], row_id: str, key: str, *, check: bool
) -> str | None:
    parent = _get(session, target, row_id)
    if not isinstance(parent, SyncedMixin) or (check and not may_see(session, principal, parent)):
        raise Rejected("unknown_reference", key)
    found: _Prefetched | None = session.info.get(PREFETCH_KEY)
    if found is not None:
        # Held for the request (the identity map keeps only weak references): the next op naming the same
        # partner, program or deal finds it there instead of loading it again. (A validator's lookup of it
        # then does not autoflush either: a row breaking a CHECK constraint that the validator also checks
        # answers the validator's code, e.g. `invalid_choice`, rather than `constraint_violation`.)
        found.rows.append(parent)
    return parent.partner_id


# --- end of transaction ------------------------------------------------------------------------


def _result(session: Session, principal: Principal, op: Op, outcome: Outcome) -> OpResult:
    obj = outcome.obj
    if obj is None and op.kind != OpKind.CREATE and outcome.reason != "no_access":
        try:
            found = session.get(wire_model(op.entity), op.row_id)
        except Rejected:
            found = None
        obj = found if isinstance(found, SyncedMixin) else None
    if obj is not None and not may_see(session, principal, obj):
        obj = None
    return OpResult(
        op_id=op.op_id,
        result=outcome.code,
        reason=outcome.reason,
        field=outcome.field,
        version=obj.version if obj is not None else None,
        row=row_to_wire(obj) if obj is not None else None,
        conflicts=outcome.conflicts,
    )
