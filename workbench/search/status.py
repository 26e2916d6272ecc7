"""What the status bar shows: pending outbox ops, rejected ops, open conflicts, the last sync; and who the
desktop acts as. Counts come straight from the replica's outbox tables (`workbench.db.outbox`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from workbench.db.outbox import OpState, OutboxOp, ReplicaMeta, SyncConflict
from workbench.security.roles import Actor, Role

# replica_meta keys written by the sync client (sync/client/meta.py): the last finished sync and who signed in
LAST_SYNC_KEY = "last_sync"  # ISO 8601 UTC
USER_KEYS = ("user_id", "role", "partner_id", "display_name", "device_id")

LOCAL_ACTOR = Actor(user_id="cm-anna.becker", role=Role.CHANNEL_MANAGER, device_id="local", name="Anna Becker")


@dataclass(frozen=True, slots=True)
class SyncStatusDTO:
    pending_ops: int  # pending or in flight
    rejected_ops: int
    open_conflicts: int
    last_sync: datetime | None  # UTC


def sync_status(engine: Engine) -> SyncStatusDTO:
    with Session(engine) as s:
        by_state = dict(s.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all())
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
        meta = s.get(ReplicaMeta, LAST_SYNC_KEY)
    last: datetime | None = None
    if meta is not None:
        try:
            parsed = datetime.fromisoformat(meta.value)
        except ValueError:
            parsed = None
        if parsed is not None:
            last = parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return SyncStatusDTO(
        pending_ops=int(by_state.get(OpState.PENDING, 0)) + int(by_state.get(OpState.IN_FLIGHT, 0)),
        rejected_ops=int(by_state.get(OpState.REJECTED, 0)),
        open_conflicts=int(conflicts or 0),
        last_sync=last,
    )


def desktop_actor(engine: Engine) -> Actor:
    """The signed-in user recorded in the replica (by the sync client's login), else the local demo channel
    manager (a replica that never signed in belongs to its laptop's user)."""
    with Session(engine) as s:
        meta = dict(s.execute(select(ReplicaMeta.key, ReplicaMeta.value).where(ReplicaMeta.key.in_(USER_KEYS))).all())
    if "user_id" not in meta:
        return LOCAL_ACTOR
    try:
        role = Role(meta.get("role", Role.PARTNER_USER))
    except ValueError:
        role = Role.PARTNER_USER
    return Actor(
        user_id=meta["user_id"],
        role=role,
        device_id=meta.get("device_id", "local"),
        partner_id=meta.get("partner_id") or None,
        name=meta.get("display_name", ""),
    )
