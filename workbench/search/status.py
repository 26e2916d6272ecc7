"""Who the desktop acts as: the user the sync client signed this replica in as (its replica_meta keys),
else the local demo channel manager. (The status bar's counts come from `sync.client.status.sync_status`.)"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench.db.outbox import ReplicaMeta
from workbench.security.roles import Actor, Role

# replica_meta keys written by the sync client (sync/client/meta.py): who signed in
USER_KEYS = ("user_id", "role", "partner_id", "display_name", "device_id")

LOCAL_ACTOR = Actor(user_id="cm-anna.becker", role=Role.CHANNEL_MANAGER, device_id="local", name="Anna Becker")


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
