"""`run_sync()`: one sync run of a replica against the central server (ARCHITECTURE §4).

1. hello: protocol/schema negotiation. `upgrade_required` raises `UpgradeRequired`; `resnapshot` (the
   replica is older than the server's change-log window) starts a re-snapshot of the scope, keeping the
   outbox. The server has no snapshot endpoint: its change log *is* the synced tables, so a full pull from
   cursor 0 returns every visible row; rows of the replica that the full pull did not return (and that have
   no unsent local ops) are removed at its end.
2. push: the unsettled ops (pending and in_flight) in client_seq order, in batches of at most 500 ops and
   1 MB, one request per batch. Ops are marked in_flight (so no later edit coalesces into them) in the
   transaction that reads them. Every answer is settled in one transaction:
   applied / merged / duplicate -> op removed, server row written into the local row (without capture;
   fields that still have unsent local ops keep their local values);
   conflict -> one `SyncConflict` per field (base, mine, theirs), the row takes the server's values, op removed;
   rejected -> op kept with state rejected and its reason (never sent again unless the user retries it),
   the row takes the server's values when the server sent them;
   retry -> op back to pending, sent again by a later run.
   An op whose answer never arrived (network error, 5xx) stays in_flight: the server may have committed
   it, and the same op_id sent again answers `duplicate`, so it must not absorb later edits meanwhile.
   `409 client_seq_gap` and `rejected: client_seq_reused` (the server never applied these ops under this
   device, e.g. after a new device registration or a restored server) renumber the unsettled ops from the
   server's expected number and send them again.
3. pull: pages until has_more is false; each page and the new cursor in one SQLite transaction. A row
   with unsettled local ops is not overwritten (its ops are still to be answered); tombstones soft-delete;
   evictions remove rows locally. A replica's first pull of many rows (cursor 0, a full first page) is
   loaded in bulk instead: all its pages in ONE transaction, with the empty tables' indexes and derived-table
   triggers dropped and rebuilt once at the end (`_BulkPull`, workbench.db.derived).

Progress: `progress(phase, done, total)` with phase hello/push/pull/snapshot (total None when unknown).
Cancel: any object with `is_cancelled` (ui.tasks.CancelToken fits); `Cancelled` is raised between batches
and pages, never inside a transaction."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, Engine, delete, func, or_, select
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.auth import AuthSession
from sync.client.blobs import upload_pending_blobs
from sync.client.conflicts import LOST, apply_notices
from sync.client.errors import AuthRequired, ServerError, SyncError, UpgradeRequired
from sync.client.rows import (
    apply_connection,
    apply_session,
    local_values,
    model_or_none,
    remove,
    table_of,
    tombstone,
    travelling_models,
    upsert,
    upsert_wire,
    write_row,
)
from sync.client.transport import Response, Transport, answer_json, error_code
from sync.protocol import (
    MAX_BODY_BYTES,
    MAX_OPS_PER_PUSH,
    PROTOCOL_VERSION,
    HelloResponse,
    HelloStatus,
    OpResult,
    PullResponse,
    PushResponse,
    ResultCode,
    RowChange,
    SnapshotResponse,
)
from workbench.clock import utcnow
from workbench.db.base import entity_name
from workbench.db.derived import BulkLoad, begin_bulk, finish_bulk
from workbench.db.outbox import SCHEMA_VERSION, OpKind, OpState, OutboxOp, SyncConflict
from workbench.errors import Cancelled
from workbench.ids import new_id
from workbench.security.secrets import SecretStore

log = logging.getLogger("sync.client")

UNSETTLED = (OpState.PENDING.value, OpState.IN_FLIGHT.value)
PUSH_MAX_OPS = MAX_OPS_PER_PUSH
PUSH_MAX_BYTES = MAX_BODY_BYTES - 8192  # room for the envelope and headers
PULL_LIMIT = 5000  # the protocol maximum (MAX_PULL_LIMIT): fewer requests and apply transactions
SNAPSHOT_LIMIT = 1000
# A replica's first pull (cursor 0) whose first page is at least this full, with more to come, writes into
# its empty tables in bulk (`_BulkPull`).
BULK_MIN_ROWS = 5000
# Page cache of the bulk load's connection: its tables are read back once per recreated index and by the
# derived-table rebuilds, so a cache that holds them saves decrypting the same pages again and again
# (100,000 rows: ~0.3 CPU-seconds less). Allocated as used, released after the load.
BULK_CACHE_KIB = 128 * 1024
MAX_STALLS = 6  # push rounds that settle nothing (renumbering, 413) before giving up for this run
SKEW_WARNING_SECONDS = 300.0
CLIENT_SEQ_REUSED = "client_seq_reused"
OP_TOO_LARGE = "op_too_large"


class Phase(StrEnum):
    HELLO = "hello"
    PUSH = "push"
    PULL = "pull"
    SNAPSHOT = "snapshot"


class CancelCheck(Protocol):
    @property
    def is_cancelled(self) -> bool: ...


class CancelFlag:
    """A minimal cancel token (ui.tasks.CancelToken is another)."""

    def __init__(self) -> None:
        self.is_cancelled = False

    def cancel(self) -> None:
        self.is_cancelled = True


Progress = Callable[[str, int, "int | None"], None]


@dataclass(slots=True)
class SyncReport:
    """What one run did. Counters count ops (push) and row changes (pull)."""

    started_at: datetime
    finished_at: datetime | None = None
    hello: str = ""
    clock_skew_seconds: float = 0.0
    pushed: int = 0  # ops sent (a re-sent op counts again)
    applied: int = 0
    merged: int = 0
    duplicates: int = 0  # answers that were already given before (counted under their original result too)
    conflicts: int = 0
    rejected: int = 0
    retry: int = 0  # ops the server did not process now; a later run sends them again
    renumbered: int = 0
    pulled: int = 0
    kept_local: int = 0  # pulled changes not applied because the row has unsent local ops
    deleted: int = 0
    evicted: int = 0
    resnapshot: bool = False
    swept: int = 0  # rows removed by a re-snapshot
    bulk_tables: int = 0  # empty tables this run's first pull loaded in bulk (0: page by page)
    cursor: int = 0
    pending_after: int = 0  # unsettled ops left after the run
    incomplete: bool = False  # something is left that a retry may settle (retry answers, stalls)
    conflict_ids: list[str] = field(default_factory=list)
    conflicts_received: int = 0  # conflicts of this user the server sent (won elsewhere, or lost on another device)
    blobs_uploaded: int = 0
    requeued: int = 0  # rejected ops queued again (their missing blob is up now)

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["started_at"] = self.started_at.isoformat()
        out["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
        return out


def _check(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel.is_cancelled:
        raise Cancelled()


def _parse(model: type[BaseModel], response: Any) -> Any:
    raw = getattr(response, "content", None)
    if isinstance(raw, bytes) and 200 <= response.status_code < 300:
        # Validated straight from the bytes (pydantic's own parser: no dict tree built in Python first).
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            raise ServerError("sync_bad_answer", status=response.status_code) from exc
    body = answer_json(response)
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise ServerError("sync_bad_answer", status=response.status_code) from exc


def run_sync(
    engine: Engine,
    transport: Transport,
    store: SecretStore,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    clock: Callable[[], float] = time.time,
    blob_dir: Path | None = None,
) -> SyncReport:
    """Hello, push, pull. Raises `SyncError` (see `retryable`), `Cancelled`; the outcome is also kept in
    replica_meta (last_sync / last_error) for `sync_status`. With `blob_dir` (the workspace's blobs/),
    the blobs of unsent attachment rows are uploaded before the push (sync.client.blobs)."""
    report = SyncReport(started_at=utcnow())
    auth = AuthSession(engine, transport, store, clock=clock)
    notify: Progress = progress if progress is not None else (lambda _p, _d, _t: None)
    try:
        _check(cancel)
        hello = _hello(engine, auth, report)
        notify(Phase.HELLO, 1, 1)
        if blob_dir is not None:
            report.blobs_uploaded, requeued = upload_pending_blobs(engine, auth, blob_dir, cancel=cancel)
            report.requeued += requeued
        _push(engine, auth, report, notify, cancel)
        _pull(engine, auth, report, notify, cancel)
    except SyncError as exc:
        exc.report = report
        meta.write(engine, **{meta.LAST_ERROR: exc.code})
        raise
    report.finished_at = utcnow()
    with Session(engine) as session:
        report.pending_after = (
            session.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state.in_(UNSETTLED))) or 0
        )
    report.incomplete = report.incomplete or report.retry > 0
    meta.write(engine, **{meta.LAST_SYNC: report.finished_at.isoformat(), meta.LAST_ERROR: ""})
    log.info("sync finished", extra={"report": report.as_json(), "server_time": str(hello.server_time)})
    return report


# --- hello -------------------------------------------------------------------------------------


def _hello(engine: Engine, auth: AuthSession, report: SyncReport) -> HelloResponse:
    cursor = int(meta.read(engine, meta.CURSOR) or 0)
    body = {
        "protocol_version": PROTOCOL_VERSION,
        "schema_version": SCHEMA_VERSION,
        "cursor": cursor if cursor > 0 else None,
        "app_version": "workbench",
    }
    hello: HelloResponse = _parse(HelloResponse, auth.request("POST", "/sync/v1/hello", json=body))
    report.hello = str(hello.status)
    report.clock_skew_seconds = (hello.server_time - utcnow()).total_seconds()
    if abs(report.clock_skew_seconds) > SKEW_WARNING_SECONDS:
        log.warning("clock skew against the server", extra={"skew_seconds": report.clock_skew_seconds})
    if hello.status == HelloStatus.UPGRADE_REQUIRED:
        raise UpgradeRequired(hello.reason or "protocol")
    with apply_session(engine) as session:
        meta.put(session, meta.USER_ID, hello.user_id)
        meta.put(session, meta.ROLE, hello.role)
        meta.put(session, meta.PARTNER_ID, hello.partner_id or "")
        meta.put(session, meta.DEVICE_ID, hello.device_id)
        _bump_next_seq(session, hello.next_client_seq)
        if hello.status == HelloStatus.RESNAPSHOT:
            meta.put(session, meta.RESNAPSHOT, "1")
    return hello


def _bump_next_seq(session: Session, at_least: int) -> None:
    """New local ops must get client_seq numbers the server has not seen from this device."""
    current = int(meta.get(session, meta.NEXT_CLIENT_SEQ) or 1)
    highest = session.scalar(select(func.max(OutboxOp.client_seq))) or 0
    meta.put(session, meta.NEXT_CLIENT_SEQ, str(max(current, at_least, highest + 1)))


def _renumber(session: Session, expected: int, forced: set[str]) -> int:
    """Give the unsettled ops from client_seq `expected` on (and the `forced` ones, which the server
    never applied under their number) consecutive numbers from `expected`, keeping their order."""
    ops = list(
        session.scalars(
            select(OutboxOp)
            .where(
                OutboxOp.state.in_(UNSETTLED),
                or_(OutboxOp.client_seq >= expected, OutboxOp.op_id.in_(forced))
                if forced
                else (OutboxOp.client_seq >= expected),
            )
            .order_by(OutboxOp.client_seq)
        )
    )
    if not ops:
        return 0
    for i, op in enumerate(ops):
        op.client_seq = -(10**15) - i
    session.flush()
    wanted = range(expected, expected + len(ops))
    blockers = session.scalars(
        select(OutboxOp).where(OutboxOp.client_seq >= wanted.start, OutboxOp.client_seq < wanted.stop)
    ).all()
    for other in blockers:  # rejected ops keep a number they will never be sent under again
        other.client_seq = -other.client_seq
    session.flush()
    for seq, op in zip(wanted, ops, strict=True):
        op.client_seq = seq
    session.flush()
    _bump_next_seq(session, wanted.stop)
    return len(ops)


# --- push --------------------------------------------------------------------------------------


def _op_wire(op: OutboxOp) -> dict[str, Any]:
    return {
        "op_id": op.op_id,
        "client_seq": op.client_seq,
        "tx_id": op.tx_id,
        "entity": op.entity,
        "row_id": op.row_id,
        "kind": op.kind,
        "command": op.command if op.kind == OpKind.COMMAND else None,
        "base_version": max(op.base_version, 0),
        "fields": op.fields or {},
        "base": op.base or {},
        "schema_version": op.schema_version,
    }


def _encode(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), default=str, ensure_ascii=False).encode("utf-8")


def _take_batch(engine: Engine, max_ops: int, max_bytes: int) -> tuple[bytes, list[str]] | None:
    """Read the next batch, mark it in_flight and encode the request body, in one transaction."""
    with apply_session(engine) as session:
        device_id = meta.get(session, meta.DEVICE_ID)
        if not device_id:
            raise AuthRequired("not_signed_in")
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.state.in_(UNSETTLED)).order_by(OutboxOp.client_seq).limit(max_ops)
        ).all()
        if not ops:
            return None
        head = _encode({"device_id": device_id})[:-1] + b',"ops":['
        size = len(head) + 2
        taken: list[tuple[OutboxOp, bytes]] = []
        cut_short = False
        for op in ops:
            encoded = _encode(_op_wire(op))
            if len(encoded) + len(head) + 2 > PUSH_MAX_BYTES:
                op.state = OpState.REJECTED
                op.result_code = OP_TOO_LARGE
                op.result_detail = json.dumps({"bytes": len(encoded)})
                if taken:
                    break  # the ops after it wait for the next batch (the server will ask for renumbering)
                continue
            if taken and size + len(encoded) + 1 > max_bytes:
                cut_short = True
                break
            taken.append((op, encoded))
            size += len(encoded) + 1
        else:
            cut_short = len(ops) == max_ops
        if cut_short and taken:
            # Keep one local transaction in one request where it fits: trim a trailing, incomplete tx.
            last_tx = taken[-1][0].tx_id
            trimmed = [item for item in taken if item[0].tx_id != last_tx]
            if trimmed and trimmed[-1][0] is taken[len(trimmed) - 1][0]:
                taken = trimmed
        if not taken:
            return b"", []
        for op, _encoded in taken:
            op.state = OpState.IN_FLIGHT
        parts = [encoded for _op, encoded in taken]
        ids = [op.op_id for op, _encoded in taken]
        return head + b",".join(parts) + b"]}", ids


def _push(engine: Engine, auth: AuthSession, report: SyncReport, notify: Progress, cancel: CancelCheck | None) -> None:
    with Session(engine) as session:
        total = session.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state.in_(UNSETTLED))) or 0
    max_ops, max_bytes = PUSH_MAX_OPS, PUSH_MAX_BYTES
    done = stalls = 0
    notify(Phase.PUSH, 0, total)
    while stalls < MAX_STALLS:
        _check(cancel)
        batch = _take_batch(engine, max_ops, max_bytes)
        if batch is None:
            return
        body, ids = batch
        if not ids:
            continue
        report.pushed += len(ids)
        response = auth.request("POST", "/sync/v1/push", data=body, headers={"Content-Type": "application/json"})
        status = response.status_code
        if status == 409 and error_code(response) == "client_seq_gap":
            expected = _expected(response)
            with apply_session(engine) as session:
                report.renumbered += _renumber(session, expected, set())
            stalls += 1
            continue
        if status == 403 and error_code(response) == "device_mismatch":
            raise AuthRequired("device_mismatch")
        if status == 413:
            max_ops, max_bytes = max(1, len(ids) // 2), max(4096, max_bytes // 2)
            stalls += 1
            continue
        answer: PushResponse = _parse(PushResponse, response)
        settled = _settle(engine, answer, report)
        done += settled
        notify(Phase.PUSH, done, max(total, done))
        if report.retry:
            report.incomplete = True
            return  # the server is busy or failing: a later run sends the rest
        if settled == 0:
            stalls += 1
    report.incomplete = True


def _expected(response: Any) -> int:
    try:
        body = response.json()
        return int(body["expected"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ServerError("sync_bad_answer", status=response.status_code) from exc


def _effective_code(result: OpResult) -> str:
    """The result code that counts: a duplicate answers with the first answer's code."""
    if result.result == ResultCode.DUPLICATE:
        return result.original or ResultCode.APPLIED
    return result.result


def _settle(engine: Engine, answer: PushResponse, report: SyncReport) -> int:
    """Settle one push answer in one transaction. Returns how many ops reached a final state.

    The ops are read as plain rows (state, entity, row id); only those whose answer changes them rather than
    ending them (conflict, rejection, retry) are loaded as objects, and the applied and merged ones (nearly all)
    are deleted with one DELETE: loading and deleting every op through the ORM was a third of the laptop's
    time for a 5,000-op push."""
    settled = 0
    with apply_session(engine) as session:
        ids = [r.op_id for r in answer.results]
        heads = {
            op_id: (state, entity, row_id)
            for op_id, state, entity, row_id in session.execute(
                select(OutboxOp.op_id, OutboxOp.state, OutboxOp.entity, OutboxOp.row_id).where(OutboxOp.op_id.in_(ids))
            )
        }
        ending = (ResultCode.APPLIED, ResultCode.MERGED)
        changed = [
            r.op_id
            for r in answer.results
            if r.op_id in heads and heads[r.op_id][0] == OpState.IN_FLIGHT and _effective_code(r) not in ending
        ]
        objects = (
            {op.op_id: op for op in session.scalars(select(OutboxOp).where(OutboxOp.op_id.in_(changed)))}
            if changed
            else {}
        )
        done: list[str] = []
        server_rows: dict[tuple[str, str], dict[str, Any]] = {}
        reused: set[str] = set()
        for result in answer.results:
            head = heads.get(result.op_id)
            if head is None or head[0] != OpState.IN_FLIGHT:
                continue  # discarded meanwhile, or an answer for an op this batch did not carry
            _state, entity, row_id = head
            if result.result == ResultCode.DUPLICATE:
                report.duplicates += 1
            code = _effective_code(result)
            if code in ending:
                if code == ResultCode.APPLIED:
                    report.applied += 1
                else:
                    report.merged += 1
                done.append(result.op_id)
                settled += 1
            else:
                op = objects[result.op_id]
                if code == ResultCode.CONFLICT:
                    report.conflicts += 1
                    report.conflict_ids.extend(_record_conflicts(session, op, result))
                    session.delete(op)
                    settled += 1
                elif code == ResultCode.REJECTED and result.reason == CLIENT_SEQ_REUSED:
                    op.state = OpState.PENDING
                    reused.add(op.op_id)
                elif code == ResultCode.REJECTED:
                    report.rejected += 1
                    op.state = OpState.REJECTED
                    op.result_code = result.reason or "rejected"
                    op.result_detail = json.dumps({"field": result.field, "version": result.version})
                    settled += 1
                else:  # retry, or a result code this client does not know
                    report.retry += 1
                    op.state = OpState.PENDING
            if result.row is not None:
                server_rows[(entity, row_id)] = result.row
        for start in range(0, len(done), 500):
            session.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(done[start : start + 500])))
        session.flush()
        if server_rows:
            _write_server_rows(session, server_rows)
        if reused:
            report.renumbered += _renumber(session, answer.next_client_seq, reused)
        _bump_next_seq(session, answer.next_client_seq)
    return settled


def _record_conflicts(session: Session, op: OutboxOp, result: OpResult) -> list[str]:
    """One SyncConflict per field that was not applied: base, mine, theirs (the server's value)."""
    theirs_row = result.row or {}
    items: dict[str, tuple[Any, Any, Any]] = {}
    server_ids: dict[str, str] = {}
    if result.conflicts:
        items = {k: (c.base, c.mine, c.server) for k, c in result.conflicts.items()}
        server_ids = {k: c.id for k, c in result.conflicts.items() if c.id}
        known = set(
            session.scalars(select(SyncConflict.server_id).where(SyncConflict.server_id.in_(server_ids.values())))
        )
        items = {k: v for k, v in items.items() if server_ids.get(k) not in known}  # a pull brought it first
    elif op.kind == OpKind.DELETE:
        items = {"deleted_at": (None, utcnow().isoformat(), theirs_row.get("deleted_at"))}
    else:  # e.g. a patch of a row deleted on the server meanwhile: nothing of it was applied
        items = {k: ((op.base or {}).get(k), v, theirs_row.get(k)) for k, v in (op.fields or {}).items()}
    out: list[str] = []
    for name, (base, mine, theirs) in items.items():
        conflict = SyncConflict(
            id=new_id(),
            op_id=op.op_id,
            entity=op.entity,
            row_id=op.row_id,
            field=name,
            base=base,
            mine=mine,
            theirs=theirs,
            server_version=result.version or 0,
            created_at=utcnow(),
            server_id=server_ids.get(name),
            side=LOST,
        )
        session.add(conflict)
        out.append(conflict.id)
    return out


def _unsettled_fields(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], set[str] | None]:
    """For rows with unsent local ops: the fields those ops change (None when a local create is still
    unsent). Rows without unsent ops are absent."""
    out: dict[tuple[str, str], set[str] | None] = {}
    row_ids = sorted({row_id for _entity, row_id in keys})
    for start in range(0, len(row_ids), 500):
        for entity, row_id, kind, fields in session.execute(
            select(OutboxOp.entity, OutboxOp.row_id, OutboxOp.kind, OutboxOp.fields).where(
                OutboxOp.row_id.in_(row_ids[start : start + 500]), OutboxOp.state.in_(UNSETTLED)
            )
        ):
            key = (entity, row_id)
            if key not in keys:
                continue
            if kind == OpKind.CREATE:
                out[key] = None
                continue
            kept = out.setdefault(key, set())
            if kept is None:
                continue
            if kind == OpKind.DELETE:
                kept.add("deleted_at")
            kept.update((fields or {}).keys())
    return out


def _write_server_rows(session: Session, rows: dict[tuple[str, str], dict[str, Any]]) -> None:
    """Write the rows of push answers; fields with unsent local ops keep their local values."""
    conn = session.connection()
    busy = _unsettled_fields(session, set(rows))
    plain: dict[str, list[dict[str, Any]]] = {}
    for key, row in rows.items():
        model = model_or_none(key[0])
        if model is None:
            continue
        if key not in busy:
            plain.setdefault(key[0], []).append(local_values(model, row))
            continue
        keep = busy[key]
        if keep is not None:  # (None: a local create of the row is still unsent; it brings the row later)
            write_row(conn, model, row, keep)
    for entity, values in plain.items():
        model = model_or_none(entity)
        assert model is not None
        upsert(conn, model, values, newer_only=False)


# --- pull --------------------------------------------------------------------------------------


def _pull(engine: Engine, auth: AuthSession, report: SyncReport, notify: Progress, cancel: CancelCheck | None) -> None:
    if meta.read(engine, meta.RESNAPSHOT) == "1":
        cursor = _resnapshot(engine, auth, report, notify, cancel)
    else:
        cursor = int(meta.read(engine, meta.CURSOR) or 0)
    done = 0
    first = cursor == 0  # this replica has never pulled
    bulk: _BulkPull | None = None
    # The next page is fetched (and parsed) on a helper thread while this one is applied: the server's
    # work and the transfer overlap the SQLite writes. At most one request is in flight, and leaving
    # the loop (done, cancelled, failed) waits for it; a fetched page that is never applied is dropped
    # like a lost answer (pull is a read; the cursor moves only with an applied page).
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:
            ahead: Future[tuple[Response, PullResponse | None]] | None = None
            while True:
                _check(cancel)
                response, page = ahead.result() if ahead is not None else _fetch_page(auth, cursor)
                ahead = None
                if page is None:  # 409 resnapshot_required
                    if report.resnapshot:
                        raise ServerError("sync_bad_answer", status=409, reason="resnapshot_loop")
                    if bulk is not None:
                        finishing, bulk = bulk, None
                        finishing.commit()
                    meta.write(engine, **{meta.RESNAPSHOT: "1"})
                    cursor = _resnapshot(engine, auth, report, notify, cancel)
                    first = False
                    continue
                if page.has_more and page.next_cursor <= cursor:
                    raise ServerError("sync_bad_answer", status=200, reason="cursor_not_advancing")
                if not page.has_more and not page.changes and not page.conflicts and page.next_cursor == cursor:
                    break  # nothing new (the usual idle sync): no write transaction
                if page.has_more:
                    ahead = pool.submit(_fetch_page, auth, page.next_cursor)
                if first and done == 0 and page.has_more and len(page.changes) >= BULK_MIN_ROWS:
                    bulk = _BulkPull.start(engine)
                    report.bulk_tables = len(bulk.tables) if bulk is not None else 0
                if bulk is not None:
                    bulk.apply(page, report)
                else:
                    with apply_session(engine) as session:
                        _apply_page(session, page, report)
                cursor = page.next_cursor
                done += len(page.changes)
                notify(Phase.PULL, done, None)
                if not page.has_more:
                    break
        if bulk is not None:
            finishing, bulk = bulk, None
            finishing.commit()
    except BaseException as exc:
        if bulk is not None:
            bulk.close(exc)
        raise
    report.cursor = cursor


def _apply_page(session: Session, page: PullResponse, report: SyncReport) -> None:
    """One pull page and the cursor after it, in the caller's transaction."""
    _apply_changes(session, page.changes, report)
    report.conflicts_received += apply_notices(session, page.conflicts)[0]
    meta.put(session, meta.CURSOR, str(page.next_cursor))


class _BulkPull:
    """A pull of many rows into empty tables (a new replica's first pull) in ONE write transaction: the
    tables' secondary indexes and derived-table triggers are dropped first, every page is applied with its
    cursor, and at the end the derived tables (search index, analytics totals) are rebuilt in one statement
    each and the triggers and indexes created again (workbench.db.derived), then everything commits at once.

    Leaving early between pages (cancelled, a failed or bad request) finishes and commits what was applied,
    as the per-page path would have kept it. Any other failure (while applying or finishing, or the process
    dying) rolls the whole transaction back: the replica stays as it was before the pull, schema included."""

    def __init__(self, engine: Engine, stack: ExitStack, conn: Connection, load: BulkLoad) -> None:
        self._engine = engine
        self._stack = stack
        self._conn = conn
        self._load = load
        self._failed = False

    @classmethod
    def start(cls, engine: Engine) -> _BulkPull | None:
        stack = ExitStack()
        try:
            conn = stack.enter_context(apply_connection(engine, cache_kib=BULK_CACHE_KIB))
            load = begin_bulk(conn, [table_of(m).name for m in travelling_models()])
        except BaseException:
            stack.__exit__(*sys.exc_info())
            raise
        if load is None:
            stack.close()  # nothing to gain: commit the empty transaction, pull page by page
            return None
        log.info("bulk pull into empty tables", extra={"tables": list(load.tables)})
        return cls(engine, stack, conn, load)

    @property
    def tables(self) -> tuple[str, ...]:
        return self._load.tables

    def apply(self, page: PullResponse, report: SyncReport) -> None:
        self._failed = True  # until the page is in
        with Session(bind=self._conn, autoflush=True, expire_on_commit=False) as session:
            _apply_page(session, page, report)
            session.flush()
        self._failed = False

    def commit(self) -> None:
        try:
            finish_bulk(self._conn, self._load)
        except BaseException as exc:
            self._stack.__exit__(type(exc), exc, exc.__traceback__)
            raise
        self._stack.close()
        # The load went through the WAL in one transaction: give the file's space back (checkpointed
        # already by the commit; without readers in the way this only truncates it, else it is left as is).
        with self._engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]

    def close(self, exc: BaseException) -> None:
        """Leaving the pull with `exc`: keep the applied pages when it came between pages (Cancelled, a
        SyncError of a request), roll everything back otherwise."""
        if isinstance(exc, Cancelled | SyncError) and not self._failed:
            self.commit()
        else:
            self._stack.__exit__(type(exc), exc, exc.__traceback__)


def _fetch_page(auth: AuthSession, cursor: int) -> tuple[Response, PullResponse | None]:
    """One pull page after `cursor`, parsed (None for a 409 resnapshot_required answer)."""
    response = auth.request("GET", "/sync/v1/pull", params={"cursor": cursor, "limit": PULL_LIMIT})
    if response.status_code == 409 and error_code(response) == "resnapshot_required":
        return response, None
    page: PullResponse = _parse(PullResponse, response)
    return response, page


def _resnapshot(
    engine: Engine, auth: AuthSession, report: SyncReport, notify: Progress, cancel: CancelCheck | None
) -> int:
    """Replace the replica's synced rows with the server's snapshot of the scope, keeping the outbox
    (protocol §6). Pages are applied one transaction each; the sweep of rows the snapshot did not hold,
    the new cursor (the first page's) and the end of the re-snapshot are saved together. Interrupted, it
    starts again on the next run. A server without the snapshot endpoint is re-read by a full pull from
    cursor 0 instead (its change log is the synced tables themselves)."""
    report.resnapshot = True
    seen: dict[str, set[str]] = {}
    first_cursor: int | None = None
    after: str | None = None
    done = 0
    while True:
        _check(cancel)
        params: dict[str, Any] = {"limit": SNAPSHOT_LIMIT}
        if after is not None:
            params["after"] = after
        response = auth.request("GET", "/sync/v1/snapshot", params=params)
        if response.status_code == 404 and first_cursor is None:
            return _resnapshot_by_pull(engine, auth, report, notify, cancel)
        page: SnapshotResponse = _parse(SnapshotResponse, response)
        if first_cursor is None:
            first_cursor = page.cursor
        with apply_session(engine) as session:
            _apply_changes(session, page.rows, report, snapshot=True)
        for change in page.rows:
            seen.setdefault(change.entity, set()).add(change.row_id)
        done += len(page.rows)
        notify(Phase.SNAPSHOT, done, None)
        if not page.has_more:
            break
        if not page.next_after:
            raise ServerError("sync_bad_answer", status=200, reason="snapshot_without_next")
        after = page.next_after
    with apply_session(engine) as session:
        report.swept += _sweep(session, seen)
        meta.put(session, meta.CURSOR, str(first_cursor))
        meta.remove(session, meta.RESNAPSHOT)
    return first_cursor


def _resnapshot_by_pull(
    engine: Engine, auth: AuthSession, report: SyncReport, notify: Progress, cancel: CancelCheck | None
) -> int:
    seen: dict[str, set[str]] = {}
    cursor = done = 0
    while True:
        _check(cancel)
        page: PullResponse = _parse(
            PullResponse, auth.request("GET", "/sync/v1/pull", params={"cursor": cursor, "limit": PULL_LIMIT})
        )
        if page.has_more and page.next_cursor <= cursor:
            raise ServerError("sync_bad_answer", status=200, reason="cursor_not_advancing")
        with apply_session(engine) as session:
            _apply_changes(session, page.changes, report)
        for change in page.changes:
            if not change.evict:
                seen.setdefault(change.entity, set()).add(change.row_id)
        cursor = page.next_cursor
        done += len(page.changes)
        notify(Phase.SNAPSHOT, done, None)
        if not page.has_more:
            break
    with apply_session(engine) as session:
        report.swept += _sweep(session, seen)
        meta.put(session, meta.CURSOR, str(cursor))
        meta.remove(session, meta.RESNAPSHOT)
    return cursor


def _unsettled_rows(session: Session) -> set[tuple[str, str]]:
    return {
        (e, r)
        for e, r in session.execute(
            select(OutboxOp.entity, OutboxOp.row_id).where(OutboxOp.state.in_(UNSETTLED)).distinct()
        )
    }


def _apply_changes(session: Session, changes: list[RowChange], report: SyncReport, *, snapshot: bool = False) -> None:
    """Apply pulled (or snapshot) changes. Evictions always apply (the caller may no longer see the row;
    unsent ops of it keep their values and will be answered no_access); other changes skip rows with
    unsent local ops."""
    if not changes:
        return
    conn = session.connection()
    busy = _unsettled_rows(session)
    now = utcnow()
    upserts: dict[str, list[dict[str, Any]]] = {}
    deletes: dict[str, list[dict[str, Any]]] = {}
    evicts: dict[str, list[str]] = {}
    for change in changes:
        if model_or_none(change.entity) is None:
            log.warning("pulled an entity this client does not know", extra={"entity": change.entity})
            continue
        if change.evict:
            evicts.setdefault(change.entity, []).append(change.row_id)
        elif (change.entity, change.row_id) in busy:
            report.kept_local += 1
        elif change.deleted or change.row is None:
            item = {"id": change.row_id, "version": change.version, "server_seq": change.server_seq}
            deletes.setdefault(change.entity, []).append(item)
        else:
            upserts.setdefault(change.entity, []).append(change.row)
    for entity, rows in upserts.items():
        model = model_or_none(entity)
        assert model is not None
        upsert_wire(conn, model, rows, newer_only=not snapshot)
        report.pulled += len(rows)
    for entity, items in deletes.items():
        model = model_or_none(entity)
        assert model is not None
        tombstone(conn, model, items, now)
        report.deleted += len(items)
    for entity, ids in evicts.items():
        model = model_or_none(entity)
        assert model is not None
        remove(conn, model, ids)
        report.evicted += len(ids)


def _sweep(session: Session, seen: dict[str, set[str]]) -> int:
    """After a re-snapshot: drop server-known rows (version > 0) the snapshot no longer contains."""
    conn = session.connection()
    busy = _unsettled_rows(session)
    swept = 0
    for model in travelling_models():
        entity = entity_name(model)
        table = table_of(model)
        kept = seen.get(entity, set())
        gone = [
            row_id
            for row_id in conn.execute(select(table.c.id).where(table.c.version > 0)).scalars()
            if row_id not in kept and (entity, row_id) not in busy
        ]
        if gone:
            remove(conn, model, gone)
            swept += len(gone)
    return swept
