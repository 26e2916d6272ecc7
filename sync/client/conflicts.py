"""Conflicts the server sends on pull (protocol §5, `PullResponse.conflicts`), kept in the replica's
`sync_conflicts` beside the ones this device recorded from its own push answers.

A notice is stored once per server conflict (`SyncConflict.server_id`) and oriented for this user:
* lost (this user typed the value that was not applied: the losing device — which usually recorded it
  from its push answer already — or another device of that user): mine = the losing value, theirs = the
  value in the row;
* won (this user's value is the one kept, and the other user's was not applied): mine = the kept value,
  theirs = the other user's value.
A notice that says "resolved" closes the local entry (resolution `elsewhere`) unless this side resolved
it already; a resolved conflict this replica never held is not added."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.client import meta
from sync.protocol import ConflictNotice
from workbench.clock import utcnow
from workbench.db.outbox import SyncConflict
from workbench.ids import new_id

ELSEWHERE = "elsewhere"
WON = "won"
LOST = "lost"


def apply_notices(session: Session, notices: list[ConflictNotice]) -> tuple[int, int]:
    """Store new conflicts and close resolved ones. Returns (added, closed)."""
    if not notices:
        return 0, 0
    me_user = meta.get(session, meta.USER_ID)
    me_device = meta.get(session, meta.DEVICE_ID)
    ids = [n.id for n in notices]
    existing = {c.server_id: c for c in session.scalars(select(SyncConflict).where(SyncConflict.server_id.in_(ids)))}
    added = closed = 0
    now = utcnow()
    for n in notices:
        won = n.loser_device_id != me_device and (
            n.winner_device_id == me_device or (n.winner_user_id == me_user and n.loser_user_id != me_user)
        )
        other = n.loser_user_id if won else n.winner_user_id
        local = existing.get(n.id)
        if local is not None:
            if local.other_user is None and other != me_user:
                local.other_user = other
            if n.resolved and local.resolved_at is None:
                local.resolved_at = now
                local.resolution = ELSEWHERE
                closed += 1
            continue
        if n.resolved:
            continue
        conflict = SyncConflict(
            id=new_id(),
            op_id=n.op_id,
            entity=n.entity,
            row_id=n.row_id,
            field=n.field,
            base=n.base,
            mine=n.theirs if won else n.mine,
            theirs=n.mine if won else n.theirs,
            server_version=0,
            created_at=now,
            server_id=n.id,
            side=WON if won else LOST,
            other_user=other if other != me_user else None,
        )
        session.add(conflict)
        existing[n.id] = conflict
        added += 1
    session.flush()
    return added, closed
