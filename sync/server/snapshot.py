"""Snapshot: every live row the caller may see, paged in a stable order, with the change-log position.

A client re-snapshots when it is new to a scope or older than the change-log window (hello answers
`resnapshot`, pull answers 409 `resnapshot_required`). Pages run over the synced tables in dependency
order (parents first) and by id within a table; `after` (`"<entity>:<id>"`, opaque to clients) continues
after the last row of the previous page. Every page reports `cursor`, the change-log position it was read
at; the client keeps the FIRST page's cursor and pulls from it afterwards, which re-sends whatever changed
while it paged (pages are not one consistent read). The first page of a full snapshot also records the
device's scopes (scopechanges.py), since the snapshot hands out everything visible now."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from sync.protocol import RowChange, SnapshotResponse
from sync.server.auth import Principal
from sync.server.models import SeqCounter
from sync.server.pull import _read_connection
from sync.server.rows import Rejected, columns, mapping_to_wire, wire_model, wire_models
from sync.server.scopechanges import record_scope_changes
from sync.server.scopes import visible
from workbench.db.base import entity_name


class BadAfter(Exception):
    pass


def snapshot(
    engine: Engine, principal: Principal, entity: str | None, after: str | None, limit: int
) -> SnapshotResponse:
    models = wire_models()
    if entity is not None:
        try:
            only = wire_model(entity)
        except Rejected as exc:
            raise BadAfter("unknown_entity") from exc
        models = [only]
    names = [entity_name(m) for m in models]
    start, after_id = 0, None
    if after:
        name, sep, row_id = after.partition(":")
        if not sep or name not in names or not row_id:
            raise BadAfter("invalid_after")
        start, after_id = names.index(name), row_id
    elif entity is None:
        record_scope_changes(engine, principal, 0, reset=True)
    rows: list[RowChange] = []
    has_more = False
    with _read_connection(engine) as conn, conn.begin():
        cursor = int(conn.execute(select(SeqCounter.value).where(SeqCounter.id == 1)).scalar_one_or_none() or 0)
        for index in range(start, len(models)):
            model = models[index]
            cols = columns(model)
            id_col: Any = model.id  # type: ignore[attr-defined]
            deleted: Any = model.deleted_at  # type: ignore[attr-defined]
            query = select(*[col.label(key) for key, col in cols.items()]).where(
                deleted.is_(None), visible(model, principal)
            )
            if index == start and after_id is not None:
                query = query.where(id_col > after_id)
            room = limit - len(rows)
            found = list(conn.execute(query.order_by(id_col).limit(room + 1)).mappings())
            for values in found[:room]:
                row = dict(values)
                rows.append(
                    RowChange(
                        entity=names[index],
                        row_id=row["id"],
                        server_seq=row["server_seq"] or 0,
                        version=row["version"],
                        row=mapping_to_wire(row),
                    )
                )
            if len(found) > room:
                has_more = True
                break
    next_after = f"{rows[-1].entity}:{rows[-1].row_id}" if has_more and rows else None
    return SnapshotResponse(rows=rows, cursor=cursor, next_after=next_after, has_more=has_more)
