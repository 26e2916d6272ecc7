"""Serving the change log (ARCHITECTURE §4, read path).

The log is the synced tables themselves: every row carries the `server_seq` of its last change, and a
soft-deleted row is its own tombstone. A page holds the visible rows with `cursor < server_seq <= cut`,
where `cut` is the `server_seq` of the `limit`-th visible change; all rows of `cut` are included, so a
page never splits one server transaction (it may exceed `limit` for a very large transaction). Both
queries run in one read transaction (REPEATABLE READ on PostgreSQL, a WAL snapshot on SQLite).

Because `server_seq` is allocated at the end of each write transaction with the counter row locked to
commit, a transaction that commits later always has a higher `server_seq`: a pull never skips a change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, select

from sync.protocol import ConflictNotice, PullResponse, RowChange
from sync.server import conflicts as server_conflicts
from sync.server.auth import Principal
from sync.server.models import SeqCounter
from sync.server.rows import columns, mapping_to_wire, wire_models
from sync.server.scopechanges import changes_for_events, current_scopes, events_between, record_scope_changes
from sync.server.scopes import visible
from workbench.db.base import Base, entity_name


class ResnapshotRequired(Exception):
    """The cursor is older than the change-log horizon: the log no longer holds every change after it."""

    def __init__(self, horizon: int) -> None:
        super().__init__(f"cursor older than horizon {horizon}")
        self.horizon = horizon


def horizon(conn: Connection) -> int:
    value = conn.execute(select(SeqCounter.horizon).where(SeqCounter.id == 1)).scalar_one_or_none()
    return int(value or 0)


def _read_connection(engine: Engine) -> Connection:
    conn = engine.connect()
    if engine.dialect.name == "sqlite":
        return conn.execution_options(sqlite_begin="DEFERRED")
    return conn.execution_options(isolation_level="REPEATABLE READ")


def pull(engine: Engine, principal: Principal, cursor: int, limit: int) -> PullResponse:
    """One page of changes after `cursor` (see the module doc), with the scope changes of the device
    (evicts and gained partners, scopechanges.py) at their own seqs. ResnapshotRequired when
    0 < cursor < horizon."""
    models = wire_models()
    record_scope_changes(engine, principal, cursor, reset=cursor == 0)
    with _read_connection(engine) as conn, conn.begin():
        oldest = horizon(conn)
        if 0 < cursor < oldest:
            raise ResnapshotRequired(oldest)
        events = events_between(conn, principal.device_id, cursor, None)
        seqs: list[int] = [e.seq for e in events]
        truncated = False
        for model in models:
            seq_col: Any = model.server_seq  # type: ignore[attr-defined]
            found = list(
                conn.execute(
                    select(seq_col)
                    .where(seq_col > cursor, visible(model, principal))
                    .order_by(seq_col)
                    .limit(limit + 1)
                ).scalars()
            )
            truncated = truncated or len(found) > limit
            seqs.extend(int(s) for s in found)
        conflict_seqs = server_conflicts.seqs(conn, principal, cursor, limit)
        truncated = truncated or len(conflict_seqs) > limit
        seqs.extend(conflict_seqs)
        if not seqs:
            return PullResponse(changes=[], next_cursor=cursor, has_more=False)
        seqs.sort()
        cut = seqs[min(limit, len(seqs)) - 1]
        has_more = seqs[-1] > cut or truncated
        changes: list[RowChange] = []
        for model in models:
            changes.extend(_changes(conn, model, principal, cursor, cut))
        due = [e for e in events if e.seq <= cut]
        if due:
            changes.extend(changes_for_events(conn, principal, due, current_scopes(conn, principal)))
        notices = [ConflictNotice.model_validate(n) for n in server_conflicts.notices(conn, principal, cursor, cut)]
    order = {entity_name(m): i for i, m in enumerate(models)}
    # Within one seq: changes parents first, then evicts children first (a replica with foreign keys
    # can apply them in order).
    changes.sort(key=lambda c: (c.server_seq, c.evict, -order[c.entity] if c.evict else order[c.entity]))
    return PullResponse(changes=changes, next_cursor=cut, has_more=has_more, conflicts=notices)


def _changes(conn: Connection, model: type[Base], principal: Principal, cursor: int, cut: int) -> list[RowChange]:
    cols = columns(model)
    seq_col: Any = model.server_seq  # type: ignore[attr-defined]
    query = (
        select(*[col.label(key) for key, col in cols.items()])
        .where(seq_col > cursor, seq_col <= cut, visible(model, principal))
        .order_by(seq_col)
    )
    entity = entity_name(model)
    out: list[RowChange] = []
    for row in conn.execute(query).mappings():
        values = dict(row)
        deleted = values["deleted_at"] is not None
        out.append(
            RowChange(
                entity=entity,
                row_id=values["id"],
                server_seq=values["server_seq"],
                version=values["version"],
                row=None if deleted else mapping_to_wire(values),
                deleted=deleted,
            )
        )
    return out
