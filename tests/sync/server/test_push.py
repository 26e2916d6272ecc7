from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sync.server import commands
from sync.server.models import AppliedOp, DeletedId, ServerConflict
from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from workbench.audit.models import AuditEvent
from workbench.db.uow import UnitOfWork
from workbench.ids import new_id
from workbench.partners.models import Contact, Partner
from workbench.programs.models import Product


def _product(world: World, sku: str = "SKU-9", **extra: Any) -> dict[str, Any]:
    return {"program_id": world.program_id, "sku": sku, "name": "Gadget", "family": "", **extra}


def _contact(partner_id: str, **extra: Any) -> dict[str, Any]:
    return {"partner_id": partner_id, "last_name": "Muster", "first_name": "Erika", "role": "sales", **extra}


def _results(r: Any) -> list[dict[str, Any]]:
    assert r.status_code == 200, r.text
    return list(r.json()["results"])


def _count(engine: Engine, model: Any, *where: Any) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def test_create_applies_with_version_1_and_is_audited(client: TestClient, world: World, server_engine: Engine) -> None:
    admin = sign_in(client, "admin")
    row_id = new_id()
    audits = _count(server_engine, AuditEvent)
    [res] = _results(push(admin, op(admin, "products", row_id, "create", _product(world, version=99))))
    assert res["result"] == "applied"
    assert res["version"] == 1
    assert res["row"]["sku"] == "SKU-9"
    assert res["row"]["server_seq"] > 0
    assert res["row"]["partner_id"] is None
    assert _count(server_engine, AuditEvent) == audits + 1
    with Session(server_engine) as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.row_id == row_id)).scalar_one()
        assert (ev.action, ev.actor_id, ev.device_id) == ("create", admin.user_id, admin.device_id)


def test_resent_op_answers_duplicate_with_the_stored_result(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    admin = sign_in(client, "admin")
    create = op(admin, "products", new_id(), "create", _product(world))
    first = _results(push(admin, create))[0]
    again = push(admin, create)
    [dup] = _results(again)
    assert dup["result"] == "duplicate"
    assert dup["original"] == "applied"
    assert dup["version"] == first["version"]
    assert again.json()["next_client_seq"] == 2
    assert _count(server_engine, Product, Product.sku == "SKU-9") == 1


def test_gap_in_client_seq_answers_409_with_the_expected_number(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    admin = sign_in(client, "admin")
    admin.next_seq = 3
    r = push(admin, op(admin, "products", new_id(), "create", _product(world)))
    assert r.status_code == 409
    assert r.json() == {"error": "client_seq_gap", "expected": 1}
    admin.next_seq = 1
    a, b = op(admin, "products", new_id(), "create", _product(world, "A")), None
    admin.next_seq = 3
    b = op(admin, "products", new_id(), "create", _product(world, "B"))
    r = push(admin, a, b)
    assert r.status_code == 409
    assert r.json()["expected"] == 1
    assert _count(server_engine, Product, Product.sku.in_(["A", "B"])) == 0


def test_push_for_another_device_is_refused(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    other = sign_in(client, "admin", "other")
    r = admin.post("/sync/v1/push", {"device_id": other.device_id, "ops": [op(admin, "products", new_id(), "create")]})
    assert r.status_code == 403


def _create_contact(dev: Device, partner_id: str, **extra: Any) -> tuple[str, dict[str, Any]]:
    row_id = new_id()
    [res] = _results(push(dev, op(dev, "contacts", row_id, "create", _contact(partner_id, **extra))))
    assert res["result"] == "applied", res
    return row_id, res["row"]


def test_patch_merge_conflict_and_partial_conflict(client: TestClient, world: World, server_engine: Engine) -> None:
    pa = sign_in(client, "pa")
    pa2 = sign_in(client, "pa", "second laptop")
    row_id, row = _create_contact(pa, world.partner_a, phone="1")
    # Device 1 changes the phone and the job title from the same base.
    [applied] = _results(push(pa, op(pa, "contacts", row_id, "patch", {"phone": "2"}, {"phone": "1"}, base_version=1)))
    assert applied["result"] == "applied"
    assert applied["version"] == 2
    assert applied["row"]["phone"] == "2"
    # Device 2 made the same change: nothing to do.
    [merged] = _results(push(pa2, op(pa2, "contacts", row_id, "patch", {"phone": "2"}, {"phone": "1"})))
    assert merged["result"] == "merged"
    assert merged["version"] == 2
    # Device 2 changed the phone differently and the job title: the job title applies, the phone conflicts.
    [conflict] = _results(
        push(
            pa2,
            op(pa2, "contacts", row_id, "patch", {"phone": "3", "job_title": "CTO"}, {"phone": "1", "job_title": None}),
        )
    )
    assert conflict["result"] == "conflict"
    conflict_id = conflict["conflicts"]["phone"].pop("id")
    assert conflict["conflicts"] == {"phone": {"base": "1", "mine": "3", "server": "2"}}
    assert conflict["row"]["phone"] == "2"
    assert conflict["row"]["job_title"] == "CTO"
    assert conflict["version"] == 3
    with Session(server_engine) as s:
        c = s.get(Contact, row_id)
        assert c is not None
        assert (c.phone, c.job_title, c.version) == ("2", "CTO", 3)
        # the server's record of it: the losing device, and the device whose value was kept
        record = s.get(ServerConflict, conflict_id)
        assert record is not None
        assert (record.entity, record.row_id, record.field, record.base, record.mine, record.theirs) == (
            "contacts",
            row_id,
            "phone",
            "1",
            "3",
            "2",
        )
        assert (record.loser_device_id, record.winner_device_id, record.partner_id) == (
            pa2.device_id,
            pa.device_id,
            world.partner_a,
        )
        assert record.server_seq == conflict["row"]["server_seq"] and record.resolved_at is None


def test_conflicts_travel_to_the_users_involved_only_and_resolve_once(client: TestClient, world: World) -> None:
    cm, pa, pb = sign_in(client, "cm"), sign_in(client, "pa"), sign_in(client, "pb")
    cm_b = sign_in(client, "cm_b")
    row_id, _row = _create_contact(pa, world.partner_a, phone="1")
    assert _results(push(cm, op(cm, "contacts", row_id, "patch", {"phone": "2"}, {"phone": "1"})))[0]["result"] == (
        "applied"
    )
    [lost] = _results(push(pa, op(pa, "contacts", row_id, "patch", {"phone": "3"}, {"phone": "1"})))
    conflict_id = lost["conflicts"]["phone"]["id"]

    def notices(dev: Device) -> list[dict[str, Any]]:
        r = dev.get("/sync/v1/pull", cursor=0, limit=1000)
        assert r.status_code == 200, r.text
        return list(r.json()["conflicts"])

    [seen_cm] = notices(cm)
    assert (seen_cm["id"], seen_cm["mine"], seen_cm["theirs"], seen_cm["resolved"]) == (conflict_id, "3", "2", False)
    assert (seen_cm["loser_user_id"], seen_cm["winner_user_id"]) == (world.users["pa"], world.users["cm"])
    assert [n["id"] for n in notices(pa)] == [conflict_id]
    assert notices(pb) == [] and notices(cm_b) == []  # other partner, other manager: nothing
    # only the users involved may resolve it; others learn nothing (no_access, like a missing row)
    resolve = {"resolution": "theirs"}
    for outsider in (pb, cm_b):
        [res] = _results(
            push(outsider, op(outsider, "sync_conflicts", conflict_id, "command", resolve, command="resolve"))
        )
        assert (res["result"], res["reason"], res["row"]) == ("rejected", "no_access", None)
    [res] = _results(push(pa, op(pa, "sync_conflicts", conflict_id, "command", {"resolution": "x"}, command="resolve")))
    assert (res["result"], res["reason"]) == ("rejected", "invalid_value")
    [res] = _results(push(pa, op(pa, "sync_conflicts", conflict_id, "command", resolve, command="resolve")))
    assert res["result"] == "applied"
    [res] = _results(push(cm, op(cm, "sync_conflicts", conflict_id, "command", resolve, command="resolve")))
    assert res["result"] == "merged"  # resolved on the other side first
    [again] = notices(cm)
    assert (again["resolved"], again["resolution"], again["resolved_by"]) == (True, "theirs", world.users["pa"])
    assert again["server_seq"] > seen_cm["server_seq"]  # re-stamped: a pull after the first one brings it
    r = cm.get("/sync/v1/pull", cursor=seen_cm["server_seq"], limit=1000)
    assert [n["id"] for n in r.json()["conflicts"]] == [conflict_id]


def test_patch_rules_server_command_unknown_and_bad_fields(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    admin = sign_in(client, "admin")
    row_id, _ = _create_contact(pa, world.partner_a)
    cases: list[tuple[Device, str, str, dict[str, Any], dict[str, Any], str, str]] = [
        (pa, "partners", world.partner_a, {"owner_id": "me"}, {"owner_id": None}, "server_field", "owner_id"),
        (pa, "partners", world.partner_a, {"status": "active"}, {"status": "prospect"}, "command_field", "status"),
        (admin, "partners", world.partner_a, {"status": "active"}, {"status": "prospect"}, "command_field", "status"),
        (pa, "contacts", row_id, {"nope": 1}, {"nope": None}, "unknown_field", "nope"),
        (pa, "contacts", row_id, {"phone": 5}, {"phone": None}, "invalid_value", "phone"),
        (pa, "contacts", row_id, {"phone": "9" * 41}, {"phone": None}, "too_long", "phone"),
        (pa, "contacts", row_id, {"last_name": None}, {"last_name": "Muster"}, "required", "last_name"),
        (pa, "contacts", row_id, {"phone": "1"}, {}, "missing_base", "phone"),
    ]
    for dev, entity, rid, fields, base, reason, field in cases:
        [res] = _results(push(dev, op(dev, entity, rid, "patch", fields, base)))
        assert (res["result"], res["reason"], res["field"]) == ("rejected", reason, field), (entity, fields, res)
        assert res["row"] is not None  # the server row comes back so the client can reset
    # A vendor may set a role-owned field.
    [ok] = _results(push(admin, op(admin, "partners", world.partner_a, "patch", {"owner_id": "x"}, {"owner_id": None})))
    assert ok["result"] == "conflict"  # the owner was already assigned: server value kept
    [ok] = _results(
        push(admin, op(admin, "partners", world.partner_a, "patch", {"owner_id": "x"}, {"owner_id": world.users["cm"]}))
    )
    assert ok["result"] == "applied"


def test_forged_partner_id_and_bookkeeping_are_ignored(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    cm = sign_in(client, "cm")
    _, row = _create_contact(pa, world.partner_b)  # forged: a partner acts for its own partner only
    assert row["partner_id"] == world.partner_a
    [res] = _results(push(cm, op(cm, "products", new_id(), "create", _product(world, partner_id=world.partner_a))))
    assert res["result"] == "applied"
    assert res["row"]["partner_id"] is None  # products take the (vendor-wide) scope of their program
    [res] = _results(
        push(
            cm,
            op(
                cm, "contacts", new_id(), "create", _contact(world.partner_a, server_seq=10**9, created_at="1999-01-01")
            ),
        )
    )
    assert res["result"] == "applied"
    assert res["row"]["server_seq"] < 10**9
    assert not res["row"]["created_at"].startswith("1999")


def test_forged_status_in_a_create_is_rejected(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    fields = {
        "legal_name": "Gamma",
        "name_norm": "gamma",
        "partner_type": "reseller",
        "program_id": world.program_id,
        "currency": "EUR",
    }
    [res] = _results(push(admin, op(admin, "partners", new_id(), "create", {**fields, "status": "active"})))
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "command_field", "status")
    [res] = _results(push(admin, op(admin, "partners", new_id(), "create", {**fields, "status": "prospect"})))
    assert res["result"] == "applied"
    assert res["row"]["partner_id"] == res["row"]["id"]


def test_partner_user_cannot_touch_another_partners_rows(client: TestClient, world: World) -> None:
    pb = sign_in(client, "pb")
    pa = sign_in(client, "pa")
    b_contact, _ = _create_contact(pb, world.partner_b)
    ghost = new_id()
    for target_entity, target_id in (("contacts", b_contact), ("partners", world.partner_b), ("contacts", ghost)):
        [patch] = _results(push(pa, op(pa, target_entity, target_id, "patch", {"phone": "1"}, {"phone": None})))
        [delete] = _results(push(pa, op(pa, target_entity, target_id, "delete")))
        for res in (patch, delete):
            # Indistinguishable from a row that does not exist.
            assert (res["result"], res["reason"], res["row"]) == ("rejected", "no_access", None)
    # Vendor-wide rows are visible but read-only to partners.
    [res] = _results(push(pa, op(pa, "products", world.product_id, "patch", {"name": "x"}, {"name": "Widget"})))
    assert (res["result"], res["reason"]) == ("rejected", "permission_denied")
    [res] = _results(push(pa, op(pa, "products", new_id(), "create", _product(world))))
    assert (res["result"], res["reason"]) == ("rejected", "permission_denied")
    # A channel manager reaches only the partners they own.
    cm = sign_in(client, "cm")
    [res] = _results(push(cm, op(cm, "contacts", b_contact, "patch", {"phone": "1"}, {"phone": None})))
    assert res["reason"] == "no_access"
    [res] = _results(push(cm, op(cm, "contacts", new_id(), "create", _contact(world.partner_b))))
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "unknown_reference", "partner_id")


def test_delete_is_soft_permanent_and_sent_as_tombstone(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    pa = sign_in(client, "pa")
    row_id, _ = _create_contact(pa, world.partner_a)
    [res] = _results(push(pa, op(pa, "contacts", row_id, "delete", base_version=1)))
    assert res["result"] == "applied"
    assert res["row"]["deleted_at"] is not None
    with Session(server_engine) as s:
        assert s.get(DeletedId, ("contacts", row_id)) is not None
    [again] = _results(push(pa, op(pa, "contacts", row_id, "delete")))
    assert again["result"] == "merged"
    [res] = _results(push(pa, op(pa, "contacts", row_id, "create", _contact(world.partner_a))))
    assert (res["result"], res["reason"]) == ("rejected", "deleted_id")
    [res] = _results(push(pa, op(pa, "contacts", row_id, "patch", {"phone": "1"}, {"phone": None})))
    assert (res["result"], res["reason"]) == ("conflict", "deleted")
    tomb = [c for c in pull_all(pa) if c["row_id"] == row_id]
    assert len(tomb) == 1
    assert tomb[0]["deleted"] is True
    assert tomb[0]["row"] is None


def test_delete_after_a_concurrent_edit_is_a_conflict(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    row_id, _ = _create_contact(pa, world.partner_a)
    _results(push(pa, op(pa, "contacts", row_id, "patch", {"phone": "2"}, {"phone": None})))
    [res] = _results(push(pa, op(pa, "contacts", row_id, "delete", base_version=1)))
    assert (res["result"], res["reason"]) == ("conflict", "changed_since")
    assert res["row"]["deleted_at"] is None


def test_one_transaction_per_tx_id_and_a_rejected_op_undoes_only_itself(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    admin = sign_in(client, "admin")
    tx = new_id()
    ops = [
        op(admin, "products", new_id(), "create", _product(world, "T1"), tx_id=tx),
        op(admin, "products", new_id(), "create", _product(world, "T2", bogus=1), tx_id=tx),
        op(admin, "products", new_id(), "create", _product(world, "T3"), tx_id=tx),
        op(admin, "products", new_id(), "create", _product(world, "T4")),
    ]
    results = _results(push(admin, *ops))
    assert [r["result"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert results[1]["reason"] == "unknown_field"
    assert results[0]["row"]["server_seq"] == results[2]["row"]["server_seq"]
    assert results[3]["row"]["server_seq"] == results[0]["row"]["server_seq"] + 1
    assert _count(server_engine, Product, Product.sku.in_(["T1", "T2", "T3", "T4"])) == 3
    # The rejection is final and stored: resending answers duplicate with the original rejection.
    [dup] = _results(push(admin, ops[1]))
    assert (dup["result"], dup["original"], dup["reason"]) == ("duplicate", "rejected", "unknown_field")
    assert _count(server_engine, AppliedOp) == 4


def test_unique_violation_is_a_rejection_not_a_500(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    [res] = _results(push(admin, op(admin, "products", new_id(), "create", _product(world, "SKU-1"))))
    assert (res["result"], res["reason"]) == ("rejected", "constraint_violation")


def test_unknown_entity_and_unknown_command_are_rejected(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    [res] = _results(push(admin, op(admin, "audit_events", new_id(), "create", {})))
    assert res["reason"] == "unknown_entity"
    [res] = _results(push(admin, op(admin, "nothing", new_id(), "create", {})))
    assert res["reason"] == "unknown_entity"
    [res] = _results(push(admin, op(admin, "partners", world.partner_a, "command", {}, command="launch")))
    assert res["reason"] == "unknown_command"


def test_registered_command_runs_through_the_unit_of_work(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch, server_engine: Engine
) -> None:
    def activate(uow: UnitOfWork, partner: Partner, args: dict[str, Any]) -> None:
        uow.actor.require_vendor("activate")
        with uow.command(partner, "activate", **args):
            partner.status = "active"

    monkeypatch.setitem(commands.COMMANDS, ("partners", "activate"), activate)
    pa = sign_in(client, "pa")
    [res] = _results(push(pa, op(pa, "partners", world.partner_a, "command", {"note": "x"}, command="activate")))
    assert (res["result"], res["reason"]) == ("rejected", "permission_denied")
    assert res["row"]["status"] == "prospect"
    cm = sign_in(client, "cm")
    [res] = _results(push(cm, op(cm, "partners", world.partner_a, "command", {"note": "x"}, command="activate")))
    assert res["result"] == "applied"
    assert res["row"]["status"] == "active"
    assert res["version"] == 2
    with Session(server_engine) as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "activate")).scalar_one()
        assert ev.changes["args"] == {"note": "x"}


def test_client_seq_below_expected_with_an_unknown_op_id_is_rejected(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    _results(push(admin, op(admin, "products", new_id(), "create", _product(world))))
    admin.next_seq = 1
    [res] = _results(push(admin, op(admin, "products", new_id(), "create", _product(world, "Z"))))
    assert (res["result"], res["reason"]) == ("rejected", "client_seq_reused")


def _partner(world: World, **extra: Any) -> dict[str, Any]:
    return {
        "legal_name": "Gamma GmbH",
        "name_norm": "gamma gmbh",
        "partner_type": "reseller",
        "program_id": world.program_id,
        "currency": "EUR",
        **extra,
    }


def test_a_channel_manager_creates_a_partner_it_owns_and_rows_under_it(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    cm = sign_in(client, "cm")
    partner_id, contact_id, later_id = new_id(), new_id(), new_id()
    tx = new_id()
    # the partner and a contact of it in one local transaction (the partner does not exist before it)
    results = _results(
        push(
            cm,
            op(cm, "partners", partner_id, "create", _partner(world), tx_id=tx),
            op(cm, "contacts", contact_id, "create", _contact(partner_id), tx_id=tx),
        )
    )
    assert [r["result"] for r in results] == ["applied", "applied"], results
    assert results[0]["row"]["owner_id"] == world.users["cm"]  # no owner given: the creator
    assert results[0]["row"]["partner_id"] == partner_id and results[1]["row"]["partner_id"] == partner_id
    [res] = _results(push(cm, op(cm, "contacts", later_id, "create", _contact(partner_id))))
    assert res["result"] == "applied"
    [res] = _results(
        push(cm, op(cm, "partners", new_id(), "create", _partner(world, owner_id=world.users["cm"], legal_name="D")))
    )
    assert res["result"] == "applied"  # the owner named explicitly: themselves
    seen = {(c["entity"], c["row_id"]) for c in pull_all(cm)}
    assert {("partners", partner_id), ("contacts", contact_id), ("contacts", later_id)} <= seen
    cm_b = sign_in(client, "cm_b")
    assert not {("partners", partner_id), ("contacts", contact_id)} & {
        (c["entity"], c["row_id"]) for c in pull_all(cm_b)
    }


def test_a_channel_manager_cannot_create_a_partner_for_another_owner_or_rows_elsewhere(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    cm = sign_in(client, "cm")
    forged_owner = new_id()
    [res] = _results(
        push(cm, op(cm, "partners", forged_owner, "create", _partner(world, owner_id=world.users["cm_b"])))
    )
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "permission_denied", "owner_id")
    assert _count(server_engine, Partner, Partner.id == forged_owner) == 0
    # a contact under another manager's partner: that partner looks missing
    [res] = _results(push(cm, op(cm, "contacts", new_id(), "create", _contact(world.partner_b))))
    assert (res["result"], res["reason"]) == ("rejected", "unknown_reference")
    # a forged partner_id on the partner row itself is ignored: the new partner is its own scope
    mine = new_id()
    [res] = _results(push(cm, op(cm, "partners", mine, "create", _partner(world, partner_id=world.partner_b))))
    assert res["result"] == "applied" and res["row"]["partner_id"] == mine
    # partner users still cannot create partners at all
    pa = sign_in(client, "pa")
    [res] = _results(push(pa, op(pa, "partners", new_id(), "create", _partner(world, legal_name="Nope"))))
    assert (res["result"], res["reason"]) == ("rejected", "permission_denied")


def test_the_same_op_resent_under_a_new_device_after_revocation_is_a_duplicate(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    old = sign_in(client, "pa")
    row_id = new_id()
    create = op(old, "contacts", row_id, "create", _contact(world.partner_a, last_name="Once"))
    [first] = _results(push(old, create))
    assert first["result"] == "applied"
    assert old.post(f"/sync/v1/devices/{old.device_id}/revoke", {}).status_code == 200
    new = sign_in(client, "pa", "laptop again")  # the same user signs in again: a new device, client_seq 1
    assert new.device_id != old.device_id
    resent = {**create, "client_seq": 1, "tx_id": new_id()}  # renumbered by the client, same op_id and content
    [res] = _results(push(new, resent))
    assert (res["result"], res["original"], res["row"]["id"]) == ("duplicate", "applied", row_id)
    assert _count(server_engine, Contact, Contact.last_name == "Once") == 1
    [res] = _results(push(new, resent))  # and again (below next_client_seq now): still the stored answer
    assert (res["result"], res["original"]) == ("duplicate", "applied")
    # a genuinely different op under the used op_id is still refused
    changed = {**create, "client_seq": 2, "fields": _contact(world.partner_a, last_name="Twice")}
    [res] = _results(push(new, changed))
    assert (res["result"], res["reason"]) == ("rejected", "op_id_reused")
    assert _count(server_engine, Contact, Contact.last_name == "Twice") == 0


def test_another_user_cannot_replay_someone_elses_op_id(client: TestClient, world: World) -> None:
    cm = sign_in(client, "cm")
    create = op(cm, "contacts", new_id(), "create", _contact(world.partner_a))
    assert _results(push(cm, create))[0]["result"] == "applied"
    pa = sign_in(client, "pa")
    [res] = _results(push(pa, {**create, "client_seq": 1}))  # identical op, another user
    assert (res["result"], res["reason"], res["row"]) == ("rejected", "op_id_reused", None)


def test_fast_chunks_fall_back_op_by_op_when_an_op_is_rejected(
    client: TestClient, world: World, server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain creates / patches run in chunk savepoints without one per op; a chunk with a rejected op (here
    a unique violation found only by the database) is rolled back and applied again op by op. The answers,
    server_seqs, versions and audit entries are those of op-by-op application."""
    from sqlalchemy import event

    from sync.server import push as server_push
    from workbench.audit import chain

    monkeypatch.setattr(server_push, "FAST_CHUNK", 3)
    admin = sign_in(client, "admin")
    ids = [new_id() for _ in range(8)]
    tx_a, tx_b = new_id(), new_id()
    ops = [
        op(admin, "products", ids[1], "create", _product(world, "F1"), tx_id=tx_a),  # chunk 1
        op(admin, "products", ids[2], "create", _product(world, "F2"), tx_id=tx_a),
        op(admin, "products", ids[3], "create", _product(world, "F3")),
        op(admin, "products", ids[4], "create", _product(world, "F4"), tx_id=tx_b),  # chunk 2: redone
        op(admin, "products", ids[5], "create", _product(world, "SKU-1"), tx_id=tx_b),  # taken: rejected
        op(admin, "products", ids[6], "create", _product(world, "F6"), tx_id=tx_b),
        op(admin, "products", ids[7], "create", _product(world, "F7")),  # chunk 3
        op(admin, "products", ids[1], "patch", {"name": "Renamed"}, {"name": "Gadget"}),
    ]
    with Session(server_engine) as s:
        audits_before = s.scalar(select(func.max(AuditEvent.seq))) or 0
    savepoints: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("SAVEPOINT"):
            savepoints.append(statement)

    event.listen(server_engine, "before_cursor_execute", count)
    try:
        results = _results(push(admin, *ops))
    finally:
        event.remove(server_engine, "before_cursor_execute", count)
    assert [r["result"] for r in results] == ["applied"] * 4 + ["rejected"] + ["applied"] * 3
    assert results[4]["reason"] == "constraint_violation"
    seq = results[1]["row"]["server_seq"]  # (each answer carries its row as it is at the end of the push)
    assert [r["row"]["server_seq"] for r in results if r["result"] == "applied"] == [
        seq + 4, seq, seq + 1, seq + 2, seq + 2, seq + 3, seq + 4
    ]  # fmt: skip
    assert (results[7]["version"], results[7]["row"]["name"]) == (2, "Renamed")
    assert _count(server_engine, Product, Product.id.in_(ids)) == 6
    # chunk 1 and 3: one savepoint each; chunk 2: one, rolled back, then its group and its three ops
    assert len(savepoints) == 1 + (1 + 1 + 3) + 1
    with Session(server_engine) as s:
        assert chain.verify(s).ok
        entries = s.execute(
            select(AuditEvent.row_id, AuditEvent.action).where(AuditEvent.seq > audits_before).order_by(AuditEvent.seq)
        ).all()
    assert [(row.row_id, row.action) for row in entries] == [
        (ids[1], "create"), (ids[2], "create"), (ids[3], "create"), (ids[4], "create"), (ids[6], "create"),
        (ids[7], "create"), (ids[1], "update"),
    ]  # fmt: skip


def test_a_committed_push_needs_no_connection_after_its_commit(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer's next_client_seq comes from the committed transaction: under overload a further pool
    checkout after the commit could time out and turn an applied push into an error answer."""
    from sync.server import push as server_push

    admin = sign_in(client, "admin")
    opened: list[object] = []
    real = server_push.Session

    def counting(*args: Any, **kwargs: Any) -> Any:
        opened.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(server_push, "Session", counting)
    r = push(admin, op(admin, "products", new_id(), "create", _product(world, "N1")))
    assert _results(r)[0]["result"] == "applied"
    assert r.json()["next_client_seq"] == 2
    assert len(opened) == 1  # the lookup of the device and of answered op_ids, before the transaction
    r = push(admin, op(admin, "products", new_id(), "create", _product(world, "N2", bogus=1)))
    assert (_results(r)[0]["result"], r.json()["next_client_seq"]) == ("rejected", 3)
    assert len(opened) == 2


def test_a_run_of_creates_of_one_table_in_one_transaction_is_flushed_together(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    """Consecutive creates of one table in one client transaction wait for one flush (one INSERT for all);
    answers, seqs, versions and the audit order are those of op-by-op application. A create repeating an
    id created earlier in the run finds the unflushed row (`already_exists`, the op-by-op answer), and
    the chunk is redone op by op."""
    from sqlalchemy import event

    from workbench.audit import chain

    admin = sign_in(client, "admin")
    ids = [new_id() for _ in range(5)]
    tx = new_id()
    run = [op(admin, "products", ids[i], "create", _product(world, f"R{i}"), tx_id=tx) for i in range(4)]
    with Session(server_engine) as s:
        audits_before = s.scalar(select(func.max(AuditEvent.seq))) or 0
    inserts: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO products"):
            inserts.append(statement)

    event.listen(server_engine, "before_cursor_execute", count)
    try:
        results = _results(push(admin, *run))
    finally:
        event.remove(server_engine, "before_cursor_execute", count)
    assert [r["result"] for r in results] == ["applied"] * 4
    assert len(inserts) == 1
    assert len({r["row"]["server_seq"] for r in results}) == 1
    assert [r["version"] for r in results] == [1] * 4
    with Session(server_engine) as s:
        assert chain.verify(s).ok
        entries = s.execute(
            select(AuditEvent.row_id).where(AuditEvent.seq > audits_before).order_by(AuditEvent.seq)
        ).scalars()
        assert list(entries) == ids[:4]

    tx = new_id()
    again = [
        op(admin, "products", ids[4], "create", _product(world, "R4"), tx_id=tx),
        op(admin, "products", ids[4], "create", _product(world, "R5"), tx_id=tx),  # the same id again
    ]
    results = _results(push(admin, *again))
    assert [(r["result"], r["reason"]) for r in results] == [("applied", None), ("rejected", "already_exists")]
    assert _count(server_engine, Product, Product.id == ids[4]) == 1
