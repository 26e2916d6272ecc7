"""Serving the change log (ARCHITECTURE §4, read path).

The log is the synced tables themselves: every row carries the `server_seq` of its last change, and a
soft-deleted row is its own tombstone. A page holds the visible rows with `cursor < server_seq <= cut`,
where `cut` is the `server_seq` of the `limit`-th visible change; all rows of `cut` are included, so a
page never splits one server transaction (it may exceed `limit` for a very large transaction). Both
queries run in one read transaction (REPEATABLE READ on PostgreSQL, a WAL snapshot on SQLite).

Because `server_seq` is allocated at the end of each write transaction with the counter row locked to
commit, a transaction that commits later always has a higher `server_seq`: a pull never skips a change."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Column, Connection, Date, DateTime, Engine, TypeDecorator, select, union_all

from sync.protocol import PullResponse
from sync.server import conflicts as server_conflicts
from sync.server.auth import Principal
from sync.server.models import SeqCounter
from sync.server.rows import columns, wire_models
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
    """One page of changes after `cursor` as the protocol model (see `pull_json`)."""
    return PullResponse.model_validate_json(pull_json(engine, principal, cursor, limit))


def pull_json(engine: Engine, principal: Principal, cursor: int, limit: int) -> bytes:
    """One page of changes after `cursor` (see the module doc), with the scope changes of the device
    (evicts and gained partners, scopechanges.py) at their own seqs, as the JSON body of a
    `PullResponse`. ResnapshotRequired when 0 < cursor < horizon.

    Rows go from the result tuples straight to plain dicts and one `pydantic_core.to_json` (no per-row
    pydantic model, no second validation of the answer): the page is the hot path of every sync."""
    models = wire_models()
    record_scope_changes(engine, principal, cursor, reset=cursor == 0)
    with _read_connection(engine) as conn, conn.begin():
        oldest = horizon(conn)
        if 0 < cursor < oldest:
            raise ResnapshotRequired(oldest)
        events = events_between(conn, principal.device_id, cursor, None)
        # The first limit + 1 visible seqs after the cursor over all tables, merged by the database.
        arms = [
            select(m.server_seq.label("seq")).where(  # type: ignore[attr-defined]
                m.server_seq > cursor,  # type: ignore[attr-defined]
                visible(m, principal),
            )
            for m in models
        ]
        merged = union_all(*arms).subquery()
        found = list(conn.execute(select(merged.c.seq).order_by(merged.c.seq).limit(limit + 1)).scalars())
        truncated = len(found) > limit
        conflict_seqs = server_conflicts.seqs(conn, principal, cursor, limit)
        truncated = truncated or len(conflict_seqs) > limit
        seqs = sorted([e.seq for e in events] + [int(s) for s in found] + conflict_seqs)
        if not seqs:
            return _page_json([], cursor, False)
        cut = seqs[min(limit, len(seqs)) - 1]
        has_more = seqs[-1] > cut or truncated
        changes: list[dict[str, Any]] = []
        for model in models:
            changes.extend(_changes(conn, model, principal, cursor, cut))
        due = [e for e in events if e.seq <= cut]
        if due:
            changes.extend(
                c.model_dump(mode="json")
                for c in changes_for_events(conn, principal, due, current_scopes(conn, principal))
            )
        notices = server_conflicts.notices(conn, principal, cursor, cut)
    order = {entity_name(m): i for i, m in enumerate(models)}
    # Within one seq: changes parents first, then evicts children first (a replica with foreign keys
    # can apply them in order).
    changes.sort(key=lambda c: (c["server_seq"], c["evict"], -order[c["entity"]] if c["evict"] else order[c["entity"]]))
    return _page_json(changes, cut, has_more, notices)


def _page_json(
    changes: list[dict[str, Any]], next_cursor: int, has_more: bool, conflicts: list[dict[str, Any]] | None = None
) -> bytes:
    body = {"changes": changes, "next_cursor": next_cursor, "has_more": has_more, "conflicts": conflicts or []}
    return to_json(body)


def _is_temporal(column: Column[Any]) -> bool:
    type_: Any = column.type
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    return isinstance(type_, DateTime | Date)


@cache
def _reader(model: type[Base]) -> tuple[list[str], list[int], Any]:
    """Wire keys, the positions of date/datetime columns (sent as ISO strings), and the query of all
    columns of `model` (filters are added per call)."""
    cols = columns(model)
    keys = list(cols)
    temporal = [i for i, col in enumerate(cols.values()) if _is_temporal(col)]
    return keys, temporal, select(*[col.label(key) for key, col in cols.items()])


def _changes(conn: Connection, model: type[Base], principal: Principal, cursor: int, cut: int) -> list[dict[str, Any]]:
    keys, temporal, base_query = _reader(model)
    seq_col: Any = model.server_seq  # type: ignore[attr-defined]
    query = base_query.where(seq_col > cursor, seq_col <= cut, visible(model, principal)).order_by(seq_col)
    entity = entity_name(model)
    i_id, i_seq, i_version, i_deleted = (keys.index(k) for k in ("id", "server_seq", "version", "deleted_at"))
    out: list[dict[str, Any]] = []
    for found in conn.execute(query).fetchall():
        values = list(found)
        deleted = values[i_deleted] is not None
        row: dict[str, Any] | None = None
        if not deleted:
            for i in temporal:
                value = values[i]
                if value is not None:
                    values[i] = value.isoformat()
            row = dict(zip(keys, values, strict=True))
        out.append(
            {
                "entity": entity,
                "row_id": values[i_id],
                "server_seq": values[i_seq],
                "version": values[i_version],
                "row": row,
                "deleted": deleted,
                "evict": False,
            }
        )
    return out
