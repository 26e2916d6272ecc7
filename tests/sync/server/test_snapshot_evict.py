"""Snapshot paging, scope changes (evict / gained partners), pruning and the log horizon."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from sync.server.models import SeqCounter
from sync.server.prune import prune
from tests.sync.server.conftest import Clock, World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from workbench.clock import utcnow
from workbench.ids import new_id


def _ok(r: Any) -> list[dict[str, Any]]:
    assert r.status_code == 200, r.text
    results = list(r.json()["results"])
    assert all(x["result"] == "applied" for x in results), results
    return results


def _contact(dev: Device, partner_id: str) -> tuple[str, dict[str, Any]]:
    row_id = new_id()
    fields = {"partner_id": partner_id, "last_name": "Muster", "first_name": "Erika", "role": "sales"}
    return row_id, op(dev, "contacts", row_id, "create", fields)


def _snapshot(dev: Device, limit: int = 2, **params: Any) -> tuple[list[dict[str, Any]], int, int]:
    rows: list[dict[str, Any]] = []
    after = None
    pages = 0
    first_cursor = None
    while True:
        query = {"limit": limit, **params, **({"after": after} if after else {})}
        r = dev.get("/sync/v1/snapshot", **query)
        assert r.status_code == 200, r.text
        body = r.json()
        pages += 1
        first_cursor = body["cursor"] if first_cursor is None else first_cursor
        rows.extend(body["rows"])
        if not body["has_more"]:
            assert body["next_after"] is None
            return rows, first_cursor, pages
        after = body["next_after"]


def test_snapshot_pages_over_every_visible_live_row(client: TestClient, world: World) -> None:
    admin, pa = sign_in(client, "admin"), sign_in(client, "pa")
    a_contact, create_a = _contact(admin, world.partner_a)
    b_contact, create_b = _contact(admin, world.partner_b)
    gone, create_gone = _contact(admin, world.partner_a)
    _ok(push(admin, create_a, create_b, create_gone))
    _ok(push(admin, op(admin, "contacts", gone, "delete")))

    rows, cursor, pages = _snapshot(admin)
    ids = [r["row_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert {a_contact, b_contact, world.partner_a, world.partner_b, world.program_id} <= set(ids)
    assert gone not in ids and pages > 2
    assert all(r["row"] is not None and not r["deleted"] and not r["evict"] for r in rows)
    assert cursor == pull_all(admin)[-1]["server_seq"]

    rows, _, _ = _snapshot(pa, limit=1000)
    ids = {r["row_id"] for r in rows}
    assert a_contact in ids and world.program_id in ids
    assert b_contact not in ids and world.partner_b not in ids

    only, _, _ = _snapshot(pa, limit=1000, entity="contacts")
    assert {r["row_id"] for r in only} == {a_contact}


def test_snapshot_refuses_a_bad_after_or_entity(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    for params in ({"after": "nope"}, {"after": "no_such_table:x"}, {"entity": "audit_events"}, {"entity": "x"}):
        r = pa.get("/sync/v1/snapshot", **params)
        assert r.status_code == 400, (params, r.text)
        assert r.json()["error"] in ("invalid_after", "unknown_entity")


def test_owner_change_evicts_for_the_old_manager_and_sends_everything_to_the_new(
    client: TestClient, world: World
) -> None:
    admin, cm, cm_b = sign_in(client, "admin"), sign_in(client, "cm"), sign_in(client, "cm_b")
    contact, create = _contact(admin, world.partner_a)
    _ok(push(admin, create))
    before_cm = pull_all(cm)
    before_b = pull_all(cm_b)
    assert contact in {c["row_id"] for c in before_cm}
    assert contact not in {c["row_id"] for c in before_b}
    cursor_cm, cursor_b = before_cm[-1]["server_seq"], before_b[-1]["server_seq"]

    _ok(
        push(
            admin,
            op(admin, "partners", world.partner_a, "patch", {"owner_id": cm_b.user_id}, {"owner_id": cm.user_id}),
        )
    )

    lost = pull_all(cm, cursor_cm)
    evicted = {c["row_id"] for c in lost if c["evict"]}
    assert {world.partner_a, contact} <= evicted
    assert all(c["row"] is None for c in lost if c["evict"])
    assert not any(c["row_id"] == world.partner_a and not c["evict"] for c in lost)
    # children are evicted before their parents
    order = [c["row_id"] for c in lost if c["evict"]]
    assert order.index(contact) < order.index(world.partner_a)
    # the same cursor again (a lost page) gives the same evicts
    assert {c["row_id"] for c in pull_all(cm, cursor_cm) if c["evict"]} == evicted
    next_cursor = cm.get("/sync/v1/pull", cursor=cursor_cm).json()["next_cursor"]
    assert pull_all(cm, next_cursor) == []

    gained = pull_all(cm_b, cursor_b)
    got = {c["row_id"]: c for c in gained if not c["evict"]}
    assert contact in got and got[contact]["row"]["last_name"] == "Muster"
    assert world.partner_a in got

    # the old manager's ops on the partner's rows are refused as if the rows did not exist
    r = push(cm, op(cm, "contacts", contact, "patch", {"first_name": "X"}, {"first_name": "Erika"}))
    [res] = r.json()["results"]
    assert (res["result"], res["reason"], res["row"]) == ("rejected", "no_access", None)


def test_a_fresh_device_gets_no_scope_events(client: TestClient, world: World) -> None:
    cm = sign_in(client, "cm")
    first = pull_all(cm)
    assert not any(c["evict"] for c in first)
    ids = [c["row_id"] for c in first]
    assert len(ids) == len(set(ids))


def test_prune_removes_old_tombstones_and_moves_the_horizon(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    admin = sign_in(client, "admin")
    contact, create = _contact(admin, world.partner_a)
    _ok(push(admin, create))
    [deleted] = _ok(push(admin, op(admin, "contacts", contact, "delete")))
    seq = deleted["row"]["server_seq"]
    # deleted_at is the unit of work's (real) time
    assert prune(server_engine, now=utcnow() + timedelta(days=1)).rows == 0  # inside the window
    result = prune(server_engine, now=utcnow() + timedelta(days=181))
    assert result.rows >= 1 and result.horizon >= seq
    hello = admin.post("/sync/v1/hello", {"protocol_version": 1, "schema_version": 1, "cursor": seq - 1}).json()
    assert (hello["status"], hello["reason"]) == ("resnapshot", "log_window")
    r = admin.get("/sync/v1/pull", cursor=seq - 1)
    assert r.status_code == 409 and r.json()["error"] == "resnapshot_required"
    assert admin.get("/sync/v1/pull", cursor=result.horizon).status_code == 200
    assert admin.get("/sync/v1/pull", cursor=0).status_code == 200
    # the id stays dead: a create with it is refused
    r = push(admin, op(admin, "contacts", contact, "create", {"partner_id": world.partner_a, "last_name": "M"}))
    assert r.json()["results"][0]["reason"] == "deleted_id"


def test_horizon_never_moves_back(server_engine: Engine, world: World, clock: Clock) -> None:
    with Session(server_engine) as s, s.begin():
        s.execute(update(SeqCounter).where(SeqCounter.id == 1).values(horizon=10_000))
    assert prune(server_engine, now=clock.now + timedelta(days=400)).horizon == 10_000


def test_a_users_partner_change_evicts_the_old_partner_and_sends_the_new(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    from sync.server.models import User

    admin, pa = sign_in(client, "admin"), sign_in(client, "pa")
    contact_b, create = _contact(admin, world.partner_b)
    _ok(push(admin, create))
    before = pull_all(pa)
    assert world.partner_a in {c["row_id"] for c in before}
    assert contact_b not in {c["row_id"] for c in before}
    cursor = before[-1]["server_seq"]
    with Session(server_engine) as s, s.begin():
        s.execute(update(User).where(User.id == pa.user_id).values(partner_id=world.partner_b))
    changes = pull_all(pa, cursor)
    assert world.partner_a in {c["row_id"] for c in changes if c["evict"]}
    assert {contact_b, world.partner_b} <= {c["row_id"] for c in changes if not c["evict"]}
