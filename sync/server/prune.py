"""Change-log housekeeping: drop what is older than the retained window (180 days by default).

* Tombstones (soft-deleted synced rows) deleted before `now - window` are removed for good, children
  before parents; a tombstone still referenced by a live row stays (its table is retried next run). The
  ids stay in `deleted_ids` forever, so they are never resurrected.
* Scope events older than the window are removed.
* `seq_counter.horizon` moves to the highest `server_seq` removed: a client whose cursor is below it
  may have missed a delete or an evict, so hello answers it `resnapshot` and pull answers 409
  `resnapshot_required`. Its outbox is kept and pushed after the snapshot.

`applied_ops` is kept (an op re-sent after years still answers `duplicate`). Run it from a scheduler
(e.g. daily); it is safe to run concurrently with traffic."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.server.models import ScopeEvent, SeqCounter
from sync.server.rows import wire_models
from workbench.clock import utcnow
from workbench.db.base import entity_name

log = logging.getLogger("sync.server.prune")
LOG_WINDOW = timedelta(days=180)


@dataclass(frozen=True)
class PruneResult:
    rows: int
    scope_events: int
    horizon: int
    skipped: tuple[str, ...]  # tables whose old tombstones are still referenced


def prune(engine: Engine, *, now: datetime | None = None, window: timedelta = LOG_WINDOW) -> PruneResult:
    cutoff = (now or utcnow()) - window
    removed = 0
    top = 0
    skipped: list[str] = []
    for model in reversed(wire_models()):
        deleted: Any = model.deleted_at  # type: ignore[attr-defined]
        seq: Any = model.server_seq  # type: ignore[attr-defined]
        old = deleted.is_not(None) & (deleted < cutoff)
        try:
            with Session(engine) as session, session.begin():
                highest = session.execute(select(func.max(seq)).where(old)).scalar()
                if highest is None:
                    continue
                count = session.execute(delete(model).where(old)).rowcount  # type: ignore[attr-defined]
                _raise_horizon(session, int(highest))
        except IntegrityError:
            skipped.append(entity_name(model))
            log.warning("old tombstones still referenced; kept", extra={"entity": entity_name(model)})
            continue
        removed += int(count or 0)
        top = max(top, int(highest))
    with Session(engine) as session, session.begin():
        old_events = ScopeEvent.created_at < cutoff
        highest = session.execute(select(func.max(ScopeEvent.server_seq)).where(old_events)).scalar()
        events = 0
        if highest is not None:
            events = int(session.execute(delete(ScopeEvent).where(old_events)).rowcount or 0)  # type: ignore[attr-defined]
            _raise_horizon(session, int(highest))
            top = max(top, int(highest))
        current = session.execute(select(SeqCounter.horizon).where(SeqCounter.id == 1)).scalar_one_or_none()
    return PruneResult(removed, events, int(current or 0), tuple(skipped))


def _raise_horizon(session: Session, seq: int) -> None:
    # The horizon is the oldest cursor that still sees everything: the highest pruned seq.
    session.execute(update(SeqCounter).where(SeqCounter.id == 1, SeqCounter.horizon < seq).values(horizon=seq))
