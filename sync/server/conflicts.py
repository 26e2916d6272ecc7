"""Field conflicts on the server: recorded by push, delivered by pull to both sides, resolved by either.

* `record`: a push whose patch could not apply a field (the server held another value since the op's
  base) stores one `ServerConflict` per field at the transaction's `server_seq`: base, mine (the losing
  value), theirs (the kept value), the losing user/device, and the user/device who last wrote the kept
  value (from the server's audit trail; unknown when no audited write names the field). A delete that
  met a concurrent edit is the field `deleted_at` (mine = the time it would have been deleted, theirs =
  null: not deleted; the winner is the last writer of the row).
* `seqs` / `notices`: pull sends, within its page's seq window, the conflicts in which the caller's user
  lost or won and whose scope (the row's partner) the caller may see now. So a partner user never learns
  of another partner's rows through a conflict, and nobody sees conflicts of other users.
* `resolve`: a `resolve` command op (entity `sync_conflicts`, row_id = the conflict id, fields
  `{"resolution": "mine" | "theirs" | "edited"}`) from either user marks it resolved and gives it the
  transaction's seq again, so the other side's next pull brings the resolution. Resolving twice is
  `merged`; a conflict the caller is not part of (or may no longer see) is `rejected: no_access`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from sync.protocol import RESOLUTIONS, RESOLVE_COMMAND, ConflictField, Op, OpKind
from sync.server.auth import Principal
from sync.server.models import ServerConflict
from sync.server.rows import Rejected
from sync.server.scopes import may_see_scope, scope_visible
from workbench.audit.models import AuditEvent
from workbench.ids import new_id

AUDIT_LOOKBACK = 200
DELETED_AT = "deleted_at"  # audit entries of one row searched for the last writer of a field


def winner_of(session: Session, entity: str, row_id: str, field: str) -> tuple[str | None, str | None]:
    """(user id, device id) of the last audited write of `field` of the row, or (None, None). For
    `deleted_at` (a delete that met a concurrent edit) the last write of any field: the edit that kept
    the row."""
    events = session.execute(
        select(AuditEvent.actor_id, AuditEvent.device_id, AuditEvent.changes)
        .where(AuditEvent.entity == entity, AuditEvent.row_id == row_id)
        .order_by(AuditEvent.seq.desc())
        .limit(AUDIT_LOOKBACK)
    )
    for actor_id, device_id, changes in events:
        if isinstance(changes, dict) and (field in changes or field == DELETED_AT):
            return str(actor_id), str(device_id)
    return None, None


def record(
    session: Session,
    principal: Principal,
    op: Op,
    scope: str | None,
    conflicts: dict[str, ConflictField],
    seq: int,
    now: datetime,
) -> dict[str, ConflictField]:
    """Store the field conflicts of one op; returns them with their ids."""
    out: dict[str, ConflictField] = {}
    for field, c in conflicts.items():
        winner_user, winner_device = winner_of(session, op.entity, op.row_id, field)
        row = ServerConflict(
            id=new_id(),
            entity=op.entity,
            row_id=op.row_id,
            field=field,
            base=c.base,
            mine=c.mine,
            theirs=c.server,
            partner_id=scope,
            op_id=op.op_id,
            loser_user_id=principal.user_id,
            loser_device_id=principal.device_id,
            winner_user_id=winner_user,
            winner_device_id=winner_device,
            server_seq=seq,
            created_at=now,
        )
        session.add(row)
        out[field] = c.model_copy(update={"id": row.id})
    session.flush()
    return out


def resolve(session: Session, principal: Principal, op: Op, now: datetime) -> tuple[bool, ServerConflict]:
    """Apply a resolve command. Returns (changed, conflict); the caller stamps a changed one."""
    if op.kind != OpKind.COMMAND or op.command != RESOLVE_COMMAND:
        raise Rejected("unknown_command")
    resolution = op.fields.get("resolution")
    if resolution not in RESOLUTIONS:
        raise Rejected("invalid_value", "resolution")
    conflict = session.execute(
        select(ServerConflict).where(ServerConflict.id == op.row_id).with_for_update()
    ).scalar_one_or_none()
    if (
        conflict is None
        or principal.user_id not in (conflict.loser_user_id, conflict.winner_user_id)
        or not may_see_scope(session, principal, conflict.partner_id)
    ):
        raise Rejected("no_access")
    if conflict.resolved_at is not None:
        return False, conflict
    conflict.resolved_at = now
    conflict.resolution = str(resolution)
    conflict.resolved_by = principal.user_id
    return True, conflict


def _mine(principal: Principal) -> Any:
    return or_(ServerConflict.loser_user_id == principal.user_id, ServerConflict.winner_user_id == principal.user_id)


def seqs(conn: Connection, principal: Principal, cursor: int, limit: int) -> list[int]:
    """The first `limit + 1` seqs after `cursor` that carry a conflict for the caller."""
    query = (
        select(ServerConflict.server_seq)
        .where(
            ServerConflict.server_seq > cursor,
            _mine(principal),
            scope_visible(ServerConflict.partner_id, principal),
        )
        .order_by(ServerConflict.server_seq)
        .limit(limit + 1)
    )
    return [int(s) for s in conn.execute(query).scalars()]


def notices(conn: Connection, principal: Principal, cursor: int, cut: int) -> list[dict[str, Any]]:
    """The caller's conflicts with `cursor < server_seq <= cut`, as `ConflictNotice` dicts."""
    table: Any = ServerConflict.__table__
    query = (
        select(table)
        .where(
            ServerConflict.server_seq > cursor,
            ServerConflict.server_seq <= cut,
            _mine(principal),
            scope_visible(ServerConflict.partner_id, principal),
        )
        .order_by(ServerConflict.server_seq, ServerConflict.id)
    )
    out: list[dict[str, Any]] = []
    for c in conn.execute(query).mappings():
        out.append(
            {
                "id": c["id"],
                "entity": c["entity"],
                "row_id": c["row_id"],
                "field": c["field"],
                "base": c["base"],
                "mine": c["mine"],
                "theirs": c["theirs"],
                "op_id": c["op_id"],
                "server_seq": c["server_seq"],
                "loser_user_id": c["loser_user_id"],
                "loser_device_id": c["loser_device_id"],
                "winner_user_id": c["winner_user_id"],
                "winner_device_id": c["winner_device_id"],
                "created_at": c["created_at"],
                "resolved": c["resolved_at"] is not None,
                "resolution": c["resolution"],
                "resolved_by": c["resolved_by"],
            }
        )
    return out
