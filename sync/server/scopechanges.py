"""Scope changes: evict what a device may no longer see, send what it may newly see.

A device's replica holds the rows of the partner scopes it pulled. When a partner's owner changes (a
channel manager loses or gains it) or a user's partner changes, pulls filtered by today's access rules
would simply stop sending the lost partner's rows (they stay on the laptop) and would never send the
gained partner's older rows. So the server keeps, per device, the scopes it last handed out
(`device_scopes`) and compares them with today's on every pull (`record_scope_changes`):

* the difference is written as `scope_events` (gain | loss per partner) at a fresh `server_seq` taken
  from the change-log counter, in one transaction with the new `device_scopes`;
* a pull whose window `(cursor, cut]` covers an event sends, at the event's seq, every row of a lost
  partner as an `evict` change (children before parents) and every row of a gained partner as a normal
  change (whatever its own server_seq), unless the scope changed back since;
* because the events are tied to seqs, a client that loses a page (crash before saving its cursor) gets
  them again with the same cursor.

Admins see everything and have no scopes to track. Vendor-wide rows (partner_id NULL) never move. The
first pull of a device from cursor 0 (and every snapshot) only records the current scopes: it receives
everything visible anyway."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.orm import Session

from sync.protocol import RowChange
from sync.server.auth import Principal
from sync.server.changelog import next_seq
from sync.server.models import Device, DeviceScope, ScopeEvent
from sync.server.rows import columns, mapping_to_wire, wire_models
from sync.server.scopes import partner_model
from workbench.clock import utcnow
from workbench.db.base import Base, entity_name
from workbench.security.roles import Role

INITIALIZED = "*"  # a device_scopes marker row: this device's scopes have been recorded once


@dataclass(frozen=True)
class Event:
    seq: int
    partner_id: str
    kind: str  # gain | loss


def current_scopes(conn: Connection | Session, principal: Principal) -> set[str] | None:
    """The partner scopes `principal` may see now (None: every scope, an admin)."""
    if principal.role == Role.ADMIN:
        return None
    if principal.role == Role.CHANNEL_MANAGER:
        pm = partner_model()
        if pm is None or not hasattr(pm, "owner_id"):
            return set()
        pid: Any = pm.id  # type: ignore[attr-defined]
        owner: Any = pm.owner_id  # type: ignore[attr-defined]
        return {str(p) for p in conn.execute(select(pid).where(owner == principal.user_id)).scalars()}
    return {principal.partner_id} if principal.partner_id else set()


def _recorded(conn: Connection | Session, device_id: str) -> set[str]:
    return {
        str(p) for p in conn.execute(select(DeviceScope.partner_id).where(DeviceScope.device_id == device_id)).scalars()
    }


def record_scope_changes(engine: Engine, principal: Principal, cursor: int, *, reset: bool = False) -> None:
    """Compare the device's recorded scopes with today's; write scope events for the difference.
    `reset` (a snapshot, or a pull from cursor 0) records today's scopes without events."""
    if principal.role == Role.ADMIN:
        return
    with engine.connect() as conn:
        now_scopes = current_scopes(conn, principal)
        recorded = _recorded(conn, principal.device_id)
    assert now_scopes is not None
    if recorded == now_scopes | {INITIALIZED}:
        return
    with Session(engine) as session, session.begin():
        device = session.execute(
            select(Device).where(Device.id == principal.device_id).with_for_update()
        ).scalar_one_or_none()
        if device is None:
            return
        now_scopes = current_scopes(session, principal)
        assert now_scopes is not None
        recorded = _recorded(session, principal.device_id)
        if recorded == now_scopes | {INITIALIZED}:
            return
        initialized = INITIALIZED in recorded
        recorded.discard(INITIALIZED)
        if initialized and not reset and cursor > 0:
            gains, losses = now_scopes - recorded, recorded - now_scopes
            if gains or losses:
                seq = next_seq(session)
                at = utcnow()
                rows = [{"partner_id": p, "kind": "gain"} for p in sorted(gains)]
                rows += [{"partner_id": p, "kind": "loss"} for p in sorted(losses)]
                session.execute(
                    insert(ScopeEvent),
                    [{"device_id": device.id, "server_seq": seq, "created_at": at, **r} for r in rows],
                )
        session.execute(delete(DeviceScope).where(DeviceScope.device_id == device.id))
        session.execute(
            insert(DeviceScope),
            [{"device_id": device.id, "partner_id": p} for p in sorted(now_scopes | {INITIALIZED})],
        )


def events_between(conn: Connection, device_id: str, cursor: int, cut: int | None) -> list[Event]:
    query = select(ScopeEvent.server_seq, ScopeEvent.partner_id, ScopeEvent.kind).where(
        ScopeEvent.device_id == device_id, ScopeEvent.server_seq > cursor
    )
    if cut is not None:
        query = query.where(ScopeEvent.server_seq <= cut)
    return [Event(int(s), str(p), str(k)) for s, p, k in conn.execute(query.order_by(ScopeEvent.server_seq))]


def changes_for_events(
    conn: Connection, principal: Principal, events: Iterable[Event], now_scopes: set[str] | None
) -> list[RowChange]:
    """The rows an event sends: evicts for a lost partner, the partner's rows for a gained one. An event
    already undone (the scope came back, or went again) sends nothing."""
    out: list[RowChange] = []
    models = wire_models()
    for ev in events:
        visible_now = now_scopes is None or ev.partner_id in now_scopes
        if ev.kind == "loss" and not visible_now:
            for model in reversed(models):
                out.extend(_evicts(conn, model, ev))
        elif ev.kind == "gain" and visible_now:
            for model in models:
                out.extend(_rows(conn, model, ev))
    return out


def _evicts(conn: Connection, model: type[Base], ev: Event) -> list[RowChange]:
    id_col: Any = model.id  # type: ignore[attr-defined]
    version: Any = model.version  # type: ignore[attr-defined]
    scope: Any = model.partner_id  # type: ignore[attr-defined]
    entity = entity_name(model)
    return [
        RowChange(entity=entity, row_id=row_id, server_seq=ev.seq, version=ver, row=None, evict=True)
        for row_id, ver in conn.execute(select(id_col, version).where(scope == ev.partner_id).order_by(id_col))
    ]


def _rows(conn: Connection, model: type[Base], ev: Event) -> list[RowChange]:
    cols = columns(model)
    scope: Any = model.partner_id  # type: ignore[attr-defined]
    id_col: Any = model.id  # type: ignore[attr-defined]
    query = select(*[col.label(key) for key, col in cols.items()]).where(scope == ev.partner_id).order_by(id_col)
    entity = entity_name(model)
    out: list[RowChange] = []
    for row in conn.execute(query).mappings():
        values = dict(row)
        deleted = values["deleted_at"] is not None
        out.append(
            RowChange(
                entity=entity,
                row_id=values["id"],
                server_seq=ev.seq,
                version=values["version"],
                row=None if deleted else mapping_to_wire(values),
                deleted=deleted,
            )
        )
    return out
