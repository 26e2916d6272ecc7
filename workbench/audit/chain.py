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
from sqlalchemy.orm import Session, SessionTransaction

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
    cache is dropped when the transaction or a savepoint open at the time of the lock rolls back: on
    PostgreSQL a rollback to a savepoint also releases the row locks taken after it, so the head is locked
    (and read) again."""
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is transaction and cached[1] in session:
        head: AuditChainHead = cached[1]
        return head
    query = select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()
    found = session.execute(query.execution_options(populate_existing=True)).scalar_one_or_none()
    if found is None:
        found = _create_head(session, query)
    session.info[_HEAD_KEY] = (transaction, found, _open_transactions(session))
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
    event.hash = entry_hash(
        prev_hash=event.prev_hash,
        seq=event.seq,
        event_id=event.id,
        occurred_at=event.occurred_at,
        actor_id=event.actor_id,
        actor_role=event.actor_role,
        device_id=event.device_id,
        entity=event.entity,
        row_id=event.row_id,
        action=event.action,
        changes=event.changes,
        partner_id=event.partner_id,
    )
    head.seq = event.seq
    head.hash = event.hash
    session.add(event)
    return event


# --- deferred appends ----------------------------------------------------------------------------


@dataclass
class _Pending:
    """The entries of one deferred block, in append order, each with the session transactions (savepoints
    included) that were open when it was appended: a rollback of any of them drops it."""

    session: Session
    connection: Connection
    entries: list[tuple[AuditEvent, tuple[SessionTransaction, ...]]] = field(default_factory=list)

    def covers(self, session: Session) -> bool:
        """`session` writes in this block's database transaction: the block's own session, or another
        Session bound to its connection (a workbench command run inside a push)."""
        return session is self.session or session.bind is self.connection

    def hold(self, session: Session, entry: AuditEvent) -> None:
        open_now = _open_transactions(session)
        if session is not self.session:
            open_now += _open_transactions(self.session)
        self.entries.append((entry, open_now))

    def rolled_back(self, transaction: SessionTransaction) -> None:
        self.entries = [e for e in self.entries if not any(t is transaction for t in e[1])]


def _open_transactions(session: Session) -> tuple[SessionTransaction, ...]:
    found: list[SessionTransaction] = []
    tx = session.get_nested_transaction() or session.get_transaction()
    while tx is not None:
        found.append(tx)
        tx = tx.parent
    return tuple(found)


_PENDING: ContextVar[_Pending | None] = ContextVar("audit_chain_pending", default=None)


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and any(t is previous_transaction for t in cached[2]):
        del session.info[_HEAD_KEY]  # the head's lock (and any change to it) went with the rollback
    pending = _PENDING.get()
    if pending is not None and pending.entries:
        pending.rolled_back(previous_transaction)


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Inside the block, entries appended by `session` (or by another Session on its connection, in this
    thread) are held instead of chained, so the chain head is not locked. When the block ends without an
    error, the entries of the savepoints that committed are chained in append order: the head is locked
    (from then to the commit of the transaction, as an ordinary append would), each entry gets its seq,
    previous hash and hash, and all are inserted with one executemany. On an error nothing is chained
    (the caller rolls the transaction back). Call it as late in the transaction as possible: later appends
    of the transaction continue the chain directly (the head stays locked)."""
    pending = _Pending(session, session.connection())
    token = _PENDING.set(pending)
    try:
        yield
    finally:
        _PENDING.reset(token)
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
            recomputed = entry_hash(
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
