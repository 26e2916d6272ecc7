"""Appending to and verifying the hash chain.

Normally an entry is chained when it is appended (at the flush of the audited change): the chain head is
locked from the first audited write of a transaction to its commit. A long write transaction on a server
that many writers share (a push request) instead appends `deferred(session)`: its entries are held in
memory (those of a savepoint that rolls back are dropped with it) and chained, under the head lock, in one
short step at the end of the transaction, just before its last writes and commit (see
docs/architecture.md, "Audit hash chain")."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, event, insert, inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import SavepointClause

from workbench.audit.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64


# What `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)` makes
# (the hashed format), with the encoder made once rather than per call (`json.dumps` builds a new
# JSONEncoder whenever an argument differs from the defaults).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def canonical(value: Any) -> str:
    return _CANONICAL.encode(value)


def entry_hash(
    *,
    prev_hash: str,
    seq: int,
    event_id: str,
    occurred_at: datetime,
    actor_id: str,
    actor_role: str,
    device_id: str,
    entity: str,
    row_id: str,
    action: str,
    changes: dict[str, Any],
    partner_id: str | None,
) -> str:
    body = canonical(
        [
            prev_hash,
            seq,
            event_id,
            occurred_at.isoformat(),
            actor_id,
            actor_role,
            device_id,
            entity,
            row_id,
            action,
            changes,
            partner_id,
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _head(session: Session) -> AuditChainHead:
    """The chain head, locked for the rest of the transaction. Cached per transaction: a head row created
    in this transaction may still be pending (not yet flushed), so a second query would not see it. The
    cache is dropped at any rollback in the session (see `_forget_head`)."""
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is transaction and cached[1] in session:
        head: AuditChainHead = cached[1]
        return head
    query = select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()
    found = session.execute(query.execution_options(populate_existing=True)).scalar_one_or_none()
    if found is None:
        found = _create_head(session, query)
    session.info[_HEAD_KEY] = (transaction, found)
    return found


_HEAD_KEY = "audit_chain_head"


def _create_head(session: Session, query: Any) -> AuditChainHead:
    """The head row of a chain without entries yet, created and locked. Two first writers of a fresh database
    may get here at once (neither finds a row to lock): `INSERT ... ON CONFLICT DO NOTHING` makes the second
    wait for the first one's commit and then insert nothing, where a plain INSERT failed on the primary key
    (a push answered its first op `constraint_violation`); both then lock the one row."""
    values = {"id": 1, "seq": 0, "hash": GENESIS}
    dialect = {"postgresql": postgresql, "sqlite": sqlite}.get(session.get_bind().dialect.name)
    if dialect is None:  # (no other database is supported; a pending row, flushed with the transaction)
        head = AuditChainHead(**values)
        session.add(head)
        return head
    session.execute(dialect.insert(AuditChainHead).values(values).on_conflict_do_nothing())
    found: AuditChainHead = session.execute(query.execution_options(populate_existing=True)).scalar_one()
    return found


def append(session: Session, event: AuditEvent) -> AuditEvent:
    """Give `event` the next sequence number and its hash, and move the chain head (inside
    `deferred(session)`: hold it, to be chained when the deferred block ends)."""
    pending = _PENDING.get()
    if pending is not None and pending.covers(session):
        pending.hold(session, event)
        return event
    head = _head(session)
    event.seq = head.seq + 1
    event.prev_hash = head.hash
    event.hash = _hash_of(event)
    head.seq = event.seq
    head.hash = event.hash
    session.add(event)
    return event


# --- deferred appends ----------------------------------------------------------------------------


@dataclass
class _Pending:
    """The entries of one deferred block, in append order, each with the savepoints of the block's connection
    that were open when it was appended. The connection's own savepoint events keep that list (so savepoints
    of another Session on the connection count too), and a rollback to any of those savepoints, or of the
    whole transaction, drops the entry: the entries held are exactly those whose changes are still there."""

    session: Session
    connection: Connection
    entries: list[tuple[AuditEvent, tuple[str, ...]]] = field(default_factory=list)
    savepoints: list[str] = field(default_factory=list)  # open on the connection, outermost first

    def covers(self, session: Session) -> bool:
        """`session` writes in this block's database transaction: the block's own session, or another
        Session bound to its connection (a workbench command run inside a push)."""
        return session is self.session or session.bind is self.connection

    def hold(self, session: Session, entry: AuditEvent) -> None:
        session.connection()  # a savepoint the session has begun is emitted lazily: now, so it is counted
        self.entries.append((entry, tuple(self.savepoints)))

    # connection events (the `savepoint` event comes before the savepoint has its name: the SAVEPOINT
    # statement itself names it)
    def on_execute(self, _conn: Connection, clause: Any, *_args: Any) -> None:
        if isinstance(clause, SavepointClause):
            self.savepoints.append(str(clause.ident))

    def on_release(self, _conn: Connection, name: str, _context: Any) -> None:
        self._close(name)

    def on_rollback_to(self, _conn: Connection, name: str, _context: Any) -> None:
        self._close(name)
        self.entries = [e for e in self.entries if name not in e[1]]

    def on_rollback(self, _conn: Connection) -> None:
        self.savepoints, self.entries = [], []

    def _close(self, name: str) -> None:
        if name in self.savepoints:
            del self.savepoints[self.savepoints.index(name) :]

    def listen(self, add: bool) -> None:
        for name, fn in (
            ("before_execute", self.on_execute),
            ("release_savepoint", self.on_release),
            ("rollback_savepoint", self.on_rollback_to),
            ("rollback", self.on_rollback),
        ):
            (event.listen if add else event.remove)(self.connection, name, fn)


_PENDING: ContextVar[_Pending | None] = ContextVar("audit_chain_pending", default=None)


@event.listens_for(Session, "after_rollback")
def _forget_head(session: Session) -> None:
    """A rollback (of the transaction or of any savepoint) in the session forgets the cached head: the head is
    locked and read again at the next append (on PostgreSQL a rollback to a savepoint also releases the row
    locks taken after it; a savepoint opened after the lock costs only a second, immediate lock)."""
    session.info.pop(_HEAD_KEY, None)


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Inside the block, entries appended by `session` (or by another Session on its connection, in this
    thread) are held instead of chained, so the chain head is not locked. When the block ends without an
    error, the entries whose savepoints were not rolled back are chained in append order: the head is locked
    (from then to the commit of the transaction, as an ordinary append would), each entry gets its seq,
    previous hash and hash, and all are inserted with one executemany. On an error nothing is chained
    (the caller rolls the transaction back). Call it as late in the transaction as possible: later appends
    of the transaction continue the chain directly (the head stays locked). Savepoints must be opened
    inside the block (one open when it starts is not tracked)."""
    pending = _Pending(session, session.connection())
    pending.listen(True)
    token = _PENDING.set(pending)
    try:
        yield
    finally:
        _PENDING.reset(token)
        pending.listen(False)
    _write_held(session, [entry for entry, _open in pending.entries])


_AUDIT_KEYS: list[tuple[str, str]] = []  # (attribute key, column name) of AuditEvent


def _write_held(session: Session, entries: list[AuditEvent]) -> None:
    if not entries:
        return
    if not _AUDIT_KEYS:
        _AUDIT_KEYS.extend((attr.key, attr.columns[0].name) for attr in inspect(AuditEvent).column_attrs)
    head = _head(session)
    seq, prev = head.seq, head.hash
    rows: list[dict[str, Any]] = []
    for ev in entries:
        seq += 1
        ev.seq, ev.prev_hash = seq, prev
        ev.hash = prev = _hash_of(ev)
        rows.append({name: getattr(ev, key) for key, name in _AUDIT_KEYS})
    table: Table = AuditEvent.__table__  # type: ignore[assignment]
    session.execute(insert(table), rows)
    head.seq, head.hash = seq, prev


def _hash_of(ev: AuditEvent) -> str:
    """The entry's hash from its own fields (its seq and prev_hash set): appending and verifying alike."""
    return entry_hash(
        prev_hash=ev.prev_hash,
        seq=ev.seq,
        event_id=ev.id,
        occurred_at=ev.occurred_at,
        actor_id=ev.actor_id,
        actor_role=ev.actor_role,
        device_id=ev.device_id,
        entity=ev.entity,
        row_id=ev.row_id,
        action=ev.action,
        changes=ev.changes,
        partner_id=ev.partner_id,
    )


# --- verification ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # changed | missing | head_mismatch
    detail: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: tuple[ChainProblem, ...]


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the whole chain: recompute every hash and check every link and the head."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    last_seq = 0
    while True:
        rows = (
            session.execute(select(AuditEvent).where(AuditEvent.seq > last_seq).order_by(AuditEvent.seq).limit(batch))
            .scalars()
            .all()
        )
        if not rows:
            break
        for ev in rows:
            count += 1
            if ev.seq != expected_seq:
                problems.append(ChainProblem(expected_seq, "missing", f"entries {expected_seq}..{ev.seq - 1} absent"))
            if ev.prev_hash != prev_hash:
                problems.append(ChainProblem(ev.seq, "missing", "link to the previous entry is broken"))
            recomputed = _hash_of(ev)
            if recomputed != ev.hash:
                problems.append(ChainProblem(ev.seq, "changed", "content does not match its hash"))
            prev_hash = ev.hash
            expected_seq = ev.seq + 1
            last_seq = ev.seq
        session.expunge_all()
    head = session.get(AuditChainHead, 1)
    if head is not None and (head.seq != last_seq or head.hash != prev_hash):
        problems.append(ChainProblem(head.seq, "head_mismatch", f"head at {head.seq}, log ends at {last_seq}"))
    return ChainReport(ok=not problems, entries=count, problems=tuple(problems))
