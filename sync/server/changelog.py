"""The server's change log: commit-ordered `server_seq` stamping of every row a write transaction changed.

Every server-side write must end through here, or its rows never reach a pull:
* push does it itself (`ChangeTracker` + `stamp`);
* other server code (admin commands, demo data, housekeeping) writes inside `server_uow(engine, actor)`;
* rows written by a plain `UnitOfWork` on the server database (for example a feature command called with
  `replica=False` from a script) are adopted afterwards by `stamp_unstamped(engine)`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Table, bindparam, event, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from sync.server.models import DeletedId, SeqCounter
from sync.server.rows import SERVER_LOCAL_ENTITIES, wire_models
from workbench.clock import utcnow
from workbench.db.base import SyncedMixin, entity_name
from workbench.db.uow import UnitOfWork
from workbench.security.roles import Actor


@dataclass
class ChangeTracker:
    """Collects the synced rows changed in a session (via before_flush). With savepoints, the rows of
    the current step are kept (`keep_step`) only when the step's savepoint committed."""

    INFO_KEY = "sync_change_tracker"

    session: Session
    changed: dict[int, SyncedMixin] = field(default_factory=dict)
    current: dict[int, SyncedMixin] = field(default_factory=dict)

    def __post_init__(self) -> None:
        event.listen(self.session, "before_flush", self._before_flush)
        self.session.info[self.INFO_KEY] = self

    def adopt(self, obj: SyncedMixin) -> None:
        """Count a row of this session as changed in the current step (a row another Session changed
        on this transaction's connection, e.g. a workbench command run by a command handler)."""
        if _tracked(obj):
            self.current[id(obj)] = obj

    def _before_flush(self, session: Session, _ctx: Any, _instances: Any) -> None:
        for obj in session.new:
            if _tracked(obj):
                self.current[id(obj)] = obj
        for obj in session.dirty:
            if _tracked(obj) and session.is_modified(obj):
                self.current[id(obj)] = obj

    def begin_step(self) -> None:
        self.current = {}

    def keep_step(self) -> None:
        self.changed.update(self.current)
        self.current = {}

    def drop_step(self) -> None:
        self.current = {}

    def close(self) -> None:
        event.remove(self.session, "before_flush", self._before_flush)
        self.session.info.pop(self.INFO_KEY, None)


def _tracked(obj: object) -> bool:
    return isinstance(obj, SyncedMixin) and entity_name(type(obj)) not in SERVER_LOCAL_ENTITIES


def next_seq(session: Session) -> int:
    """Allocate the next server_seq. The counter row stays locked until the transaction ends, so
    transactions get their numbers in commit order. Call it as the last write of a transaction."""
    return next_seqs(session, 1)


def next_seqs(session: Session, count: int) -> int:
    """Allocate `count` consecutive server_seqs (the first is returned), locking the counter as `next_seq`."""
    if count < 1:
        raise ValueError("count must be at least 1")
    bump = (
        update(SeqCounter).where(SeqCounter.id == 1).values(value=SeqCounter.value + count).returning(SeqCounter.value)
    )
    last = session.execute(bump).scalar_one_or_none()
    if last is None:
        # A fresh database: create the row (two first writers at once: the second waits for the first's
        # commit and inserts nothing, where a plain INSERT failed on the primary key), then count on it.
        dialect = {"postgresql": postgresql, "sqlite": sqlite}[session.get_bind().dialect.name]
        session.execute(dialect.insert(SeqCounter).values(id=1, value=0, horizon=0).on_conflict_do_nothing())
        last = session.execute(bump).scalar_one()
    return int(last) - count + 1


def stamp(session: Session, rows: list[SyncedMixin]) -> int:
    """Give every row the transaction's server_seq and version + 1; record deleted ids for good."""
    session.flush()
    seq = next_seq(session)
    for obj in rows:
        obj.server_seq = seq
        obj.version = (obj.version or 0) + 1
        if obj.deleted_at is not None:
            _record_deleted(session, entity_name(type(obj)), obj.id, obj.deleted_at, seq)
    session.flush()
    return seq


def stamp_each(session: Session, groups: list[list[SyncedMixin]]) -> list[int]:
    """`stamp` for several transactions of one database transaction (a push's client transactions): each
    group of rows gets its own server_seq, in order (a row in several groups ends with the last one's seq
    and one version step per group), with one counter update for all. A group may be empty (it still gets
    its seq). Returns the seqs.

    The new server_seq and version go out as one executemany UPDATE per table (Core, by primary key) and are
    then set as the objects' committed values: an ORM flush of thousands of stamped rows cost ~12 % of a
    5,000-op push (a unit-of-work sort and a change capture per object) for two bookkeeping columns that are
    never audited (uow.BOOKKEEPING)."""
    if not groups:
        return []
    session.flush()
    first = next_seqs(session, len(groups))
    final: dict[int, tuple[SyncedMixin, int, int]] = {}  # id(obj) -> (obj, its last seq, its new version)
    recorded: set[tuple[str, str]] = set()
    for k, rows in enumerate(groups):
        for obj in rows:
            before = final.get(id(obj))
            version = (before[2] if before is not None else (obj.version or 0)) + 1
            final[id(obj)] = (obj, first + k, version)
            if obj.deleted_at is not None:
                key = (entity_name(type(obj)), obj.id)
                if key not in recorded:
                    recorded.add(key)
                    _record_deleted(session, key[0], key[1], obj.deleted_at, first + k)
    now = utcnow()  # updated_at's onupdate, as the ORM flush of the stamp set it
    by_table: dict[Table, list[dict[str, Any]]] = {}
    for obj, seq, version in final.values():
        table: Table = type(obj).__table__  # type: ignore[attr-defined]
        by_table.setdefault(table, []).append({"b_id": obj.id, "b_seq": seq, "b_version": version, "b_now": now})
    for table, params in by_table.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(server_seq=bindparam("b_seq"), version=bindparam("b_version"), updated_at=bindparam("b_now"))
        )
        session.execute(statement, params)
    for obj, seq, version in final.values():
        set_committed_value(obj, "server_seq", seq)
        set_committed_value(obj, "version", version)
        set_committed_value(obj, "updated_at", now)
    session.flush()  # the deleted-id records
    return [first + k for k in range(len(groups))]


def _record_deleted(session: Session, entity: str, row_id: str, deleted_at: datetime, seq: int) -> None:
    if session.get(DeletedId, (entity, row_id)) is None:
        session.add(DeletedId(entity=entity, row_id=row_id, deleted_at=deleted_at, server_seq=seq))


@contextmanager
def server_uow(engine: Engine, actor: Actor) -> Iterator[UnitOfWork]:
    """A server-side unit of work whose changed rows are stamped at the end, before the commit."""
    with UnitOfWork(engine, actor, replica=False) as uow:
        tracker = ChangeTracker(uow.session)
        try:
            yield uow
            uow.session.flush()
            tracker.keep_step()
            if tracker.changed:
                stamp(uow.session, list(tracker.changed.values()))
        finally:
            tracker.close()


def stamp_unstamped(engine: Engine) -> int | None:
    """Stamp, in one transaction, every synced row that has no server_seq yet (rows written on the server
    database without `server_uow`). Returns the seq used, or None when there was nothing to stamp."""
    with Session(engine) as session, session.begin():
        rows: list[SyncedMixin] = []
        for model in wire_models():
            seq_col: Any = model.server_seq  # type: ignore[attr-defined]
            rows.extend(session.execute(select(model).where(seq_col.is_(None))).scalars())  # type: ignore[arg-type]
        if not rows:
            return None
        seq = next_seq(session)
        for obj in rows:
            obj.server_seq = seq
            obj.version = (obj.version or 0) + 1
            if obj.deleted_at is not None:
                _record_deleted(session, entity_name(type(obj)), obj.id, obj.deleted_at, seq)
        return seq
