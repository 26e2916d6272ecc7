"""Conflict-inbox helpers the sync client does not provide (it owns reading and answering conflicts and
rejected ops: `sync.client.status`):

* `row_titles`: the display title of rows, from the search index, so the inbox can name the record;
* `record_conflict`, `mark_rejected`, `ops_for_row`: write a conflict / a rejection the way the sync client
  does, for demo screenshots and UI tests that need an inbox without a server.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from workbench.clock import utcnow
from workbench.db.outbox import OpState, OutboxOp, SyncConflict
from workbench.errors import NotFound
from workbench.ids import new_id


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


def row_titles(engine: Engine, row_ids: list[str]) -> dict[str, str]:
    """row id -> title in the search index (rows that are not indexed are absent)."""
    with Session(engine) as s:
        return _titles(s, row_ids)


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


def mark_rejected(engine: Engine, op_id: str, reason: str, field: str | None = None) -> None:
    """Mark an outbox op as rejected by the server, as the sync client does (its detail is JSON with the
    field the rejection is about)."""
    with Session(engine) as s, s.begin():
        op = s.get(OutboxOp, op_id)
        if op is None:
            raise NotFound("outbox_ops", op_id)
        op.state = OpState.REJECTED
        op.result_code = reason
        op.result_detail = json.dumps({"field": field, "version": None})


def ops_for_row(engine: Engine, row_id: str) -> list[str]:
    """Outbox op ids of one row in client order (any state)."""
    with Session(engine) as s:
        return list(s.scalars(select(OutboxOp.op_id).where(OutboxOp.row_id == row_id).order_by(OutboxOp.client_seq)))
