"""The issue's done-when scenario, conflict and rejection resolution, client_seq recovery, re-snapshot
and evictions, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, insert, update
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.errors import NetworkError, UpgradeRequired
from sync.client.status import (
    discard_rejected,
    open_conflicts,
    rejected_ops,
    resolve_conflict,
    retry_rejected,
    sync_status,
)
from sync.server import commands as server_commands
from sync.server.changelog import server_uow
from sync.server.models import SeqCounter
from tests.sync.client.conftest import World, both_databases
from tests.sync.client.helpers import Client, FakeResponse, LiveServer, Rewrite
from workbench.db.outbox import OpState, ReplicaMeta
from workbench.db.uow import UnitOfWork
from workbench.partners.commands import update_partner
from workbench.partners.models import Contact, Partner
from workbench.programs.models import Program
from workbench.security.roles import SYSTEM

NewClient = Callable[..., Client]


def row_dict(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def server_row(server_db: Engine, model: type[Any], row_id: str) -> Any:
    with Session(server_db) as session:
        return session.get(model, row_id)


@both_databases
def test_two_users_edit_the_same_partner_offline_and_converge(
    new_client: NewClient, world: World, server_db: Engine, app: Any, live: LiveServer
) -> None:
    """Done-when of issue 3: the server is stopped, a channel manager and a partner user edit the same
    partner (the same field and different ones), the server comes back, both sync: the same data on both
    sides, the overlapping field is a conflict with mine/theirs, nothing typed is lost."""
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    cm.sync()
    pa.sync()

    live.stop()  # the server is down
    update_partner(cm.engine, cm.actor, world.partner_a, {"city": "Berlin", "description": "met at the fair"})
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Hamburg", "phone": "+49 40 123"})
    for client in (cm, pa):
        with pytest.raises(NetworkError):
            client.sync()
        assert sync_status(client.engine).pending_ops == 1
        assert sync_status(client.engine).last_error == "sync_network"

    back = LiveServer(app, live.port).start()  # the server comes back on the same address
    try:
        first = cm.sync()
        second = pa.sync()
        third = cm.sync()
    finally:
        back.stop()
    assert (first.applied, first.conflicts) == (1, 0)
    assert (second.applied, second.conflicts) == (0, 1)
    assert third.pulled >= 1

    stored = server_row(server_db, Partner, world.partner_a)
    assert (stored.city, stored.description, stored.phone) == ("Berlin", "met at the fair", "+49 40 123")
    assert row_dict(cm.get(Partner, world.partner_a)) == row_dict(stored)
    assert row_dict(pa.get(Partner, world.partner_a)) == row_dict(stored)
    assert cm.ops() == [] and pa.ops() == []

    [conflict] = open_conflicts(pa.engine)
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == ("city", "Munich", "Hamburg", "Berlin")
    assert not conflict.row_deleted
    # The winner's list shows it too (its value in the record, the partner user's not applied).
    [won] = open_conflicts(cm.engine)
    assert (won.field, won.base, won.mine, won.theirs, won.side) == ("city", "Munich", "Berlin", "Hamburg", "won")
    assert sync_status(pa.engine).open_conflicts == 1 and sync_status(cm.engine).open_conflicts == 1


def test_resolving_a_conflict_with_mine_becomes_a_new_patch(
    new_client: NewClient, world: World, server_db: Engine
) -> None:
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    cm.sync()
    pa.sync()
    update_partner(cm.engine, cm.actor, world.partner_a, {"city": "Berlin", "email": "vendor@alpha.test"})
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Hamburg", "email": "partner@alpha.test"})
    cm.sync()
    pa.sync()
    conflicts = {c.field: c for c in open_conflicts(pa.engine)}
    assert set(conflicts) == {"city", "email"}
    audit_before = pa.audit_count()
    resolve_conflict(pa.engine, pa.actor, conflicts["city"].id, "mine")
    resolve_conflict(pa.engine, pa.actor, conflicts["email"].id, "theirs")
    op, *resolutions = pa.ops()
    assert (op.kind, op.fields, op.base) == ("patch", {"city": "Hamburg"}, {"city": "Berlin"})
    assert [(r.entity, r.command, r.fields) for r in resolutions] == [
        ("sync_conflicts", "resolve", {"resolution": "mine"}),
        ("sync_conflicts", "resolve", {"resolution": "theirs"}),
    ]
    assert pa.audit_count() == audit_before + 1
    assert open_conflicts(pa.engine) == []
    with pytest.raises(Exception, match="already_resolved"):
        resolve_conflict(pa.engine, pa.actor, conflicts["city"].id, "theirs")
    assert pa.sync().applied == 3
    cm.sync()
    stored = server_row(server_db, Partner, world.partner_a)
    assert (stored.city, stored.email) == ("Hamburg", "vendor@alpha.test")
    assert row_dict(cm.get(Partner, world.partner_a)) == row_dict(stored) == row_dict(pa.get(Partner, world.partner_a))


def test_resolving_with_an_edited_value(new_client: NewClient, world: World, server_db: Engine) -> None:
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    cm.sync()
    pa.sync()
    update_partner(cm.engine, cm.actor, world.partner_a, {"city": "Berlin"})
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Hamburg"})
    cm.sync()
    pa.sync()
    [conflict] = open_conflicts(pa.engine)
    resolve_conflict(pa.engine, pa.actor, conflict.id, "edited", "Berlin-Hamburg")
    pa.sync()
    assert server_row(server_db, Partner, world.partner_a).city == "Berlin-Hamburg"


def test_retry_and_discard_rejected_ops(
    new_client: NewClient, world: World, server_db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    cm = new_client("cm").login("cm")
    cm.sync()
    with UnitOfWork(cm.engine, cm.actor, replica=True) as uow:  # a command the server does not know yet
        partner = uow.get(Partner, world.partner_a)
        with uow.command(partner, "suspend_soon", reason="audit"):
            partner.status = "suspended"
        partner.description = "checked"  # and a patch that succeeds
    report = cm.sync()
    assert (report.rejected, report.applied) == (1, 1)
    [rejected] = rejected_ops(cm.engine)
    assert (rejected.kind, rejected.command, rejected.reason) == ("command", "suspend_soon", "unknown_command")
    assert cm.get(Partner, world.partner_a).status == "prospect"  # the server row came back
    assert cm.sync().pushed == 0  # never retried on its own

    def suspend_soon(uow: UnitOfWork, obj: Any, args: dict[str, Any]) -> None:
        with uow.command(obj, "suspend_soon", **args):
            obj.status = "suspended"

    monkeypatch.setitem(server_commands.COMMANDS, ("partners", "suspend_soon"), suspend_soon)
    retry_rejected(cm.engine, rejected.op_id)
    [op] = cm.ops()
    assert op.state == OpState.PENDING and op.op_id != rejected.op_id
    assert cm.sync().applied == 1 and cm.ops() == []
    stored = server_row(server_db, Partner, world.partner_a)
    assert (stored.status, stored.description) == ("suspended", "checked")
    assert cm.get(Partner, world.partner_a).status == "suspended"

    # A rejected create of a row that only exists locally: discarding it removes the row.
    pa = new_client("pa").login("pa")
    pa.sync()
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:
        uow.add(Contact(partner_id=world.partner_a, last_name="x" * 150, role="sales"))  # too long for the server
    pa.sync()
    [bad] = rejected_ops(pa.engine)
    assert (bad.kind, bad.reason, bad.field) == ("create", "too_long", "last_name")
    discard_rejected(pa.engine, bad.op_id)
    assert pa.ops() == [] and pa.get(Contact, bad.row_id) is None
    with pytest.raises(Exception, match="not_found"):
        discard_rejected(pa.engine, bad.op_id)


def test_client_seq_gap_and_reuse_are_renumbered(new_client: NewClient, world: World, server_db: Engine) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    with Session(pa.engine) as session, session.begin():  # the outbox numbers start far ahead of the server
        session.execute(update(ReplicaMeta).where(ReplicaMeta.key == "next_client_seq").values(value="40"))
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Gap City"})
    assert [op.client_seq for op in pa.ops()] == [40]
    report = pa.sync()
    assert report.applied == 1 and report.renumbered == 1
    assert server_row(server_db, Partner, world.partner_a).city == "Gap City"

    # A replica restored from an old backup numbers its ops from 1 again: the server has answered those
    # numbers before (other op_ids), so the ops are renumbered and applied, not rejected.
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Restored"})
    with Session(pa.engine) as session, session.begin():
        session.execute(update(ReplicaMeta).where(ReplicaMeta.key == "next_client_seq").values(value="2"))
        op = pa.ops()[0]
        session.execute(
            update(type(op)).where(type(op).op_id == op.op_id).values(client_seq=1)  # type: ignore[arg-type]
        )
    report = pa.sync()
    assert report.applied == 1 and report.rejected == 0 and report.renumbered >= 1
    assert server_row(server_db, Partner, world.partner_a).city == "Restored"


def _ghost_and_edit(pa: Client, world: World, server_db: Engine) -> str:
    ghost = "0" * 8 + "-0000-7000-8000-" + "0" * 12
    with Session(pa.engine) as session, session.begin():  # a row the server purged long ago
        session.execute(insert(Program).values(id=ghost, code="OLD", name="Old", currency="EUR", version=3))
    update_partner(pa.engine, pa.actor, world.partner_a, {"phone": "+49 30 5"})
    with Session(server_db) as session, session.begin():  # the change log moved past the replica's cursor
        session.execute(update(SeqCounter).values(horizon=SeqCounter.value + 1))
    return ghost


def test_resnapshot_keeps_the_outbox_and_drops_rows_the_server_no_longer_has(
    new_client: NewClient, world: World, server_db: Engine
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    ghost = _ghost_and_edit(pa, world, server_db)
    phases: list[str] = []
    report = pa.sync(progress=lambda phase, _d, _t: phases.append(phase))
    assert report.hello == "resnapshot" and report.resnapshot and report.swept == 1
    assert "snapshot" in phases
    assert report.applied == 1  # the outbox was kept and pushed
    assert pa.get(Program, ghost) is None and pa.get(Partner, world.partner_a).phone == "+49 30 5"
    assert meta.read(pa.engine, meta.RESNAPSHOT) is None
    assert pa.sync().resnapshot is False


def test_pull_answering_resnapshot_required_runs_a_snapshot(
    new_client: NewClient, world: World, server_db: Engine
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    ghost = _ghost_and_edit(pa, world, server_db)

    def hello_says_ok(method: str, path: str, response: Any) -> Any:  # the horizon moves after hello
        if path == "/sync/v1/hello":
            return FakeResponse(200, {**response.json(), "status": "ok", "reason": None})
        return response

    pa.transport = Rewrite(pa.transport, hello_says_ok)
    report = pa.sync()
    assert report.hello == "ok" and report.resnapshot and report.swept == 1
    assert pa.get(Program, ghost) is None and pa.ops() == []


def test_resnapshot_without_a_snapshot_endpoint_reads_the_whole_log(
    new_client: NewClient, world: World, server_db: Engine
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    ghost = _ghost_and_edit(pa, world, server_db)

    def no_snapshot(method: str, path: str, response: Any) -> Any:  # an older server
        if path == "/sync/v1/snapshot":
            return FakeResponse(404, {"error": "not_found"})
        return response

    pa.transport = Rewrite(pa.transport, no_snapshot)
    report = pa.sync()
    assert report.resnapshot and report.swept == 1 and pa.get(Program, ghost) is None
    assert pa.get(Partner, world.partner_a) is not None and meta.read(pa.engine, meta.RESNAPSHOT) is None


@both_databases
def test_a_lost_partner_is_evicted_and_its_unsent_edit_kept_as_rejected(
    new_client: NewClient, world: World, server_db: Engine
) -> None:
    cm = new_client("cm").login("cm")
    cm.sync()
    with UnitOfWork(cm.engine, cm.actor, replica=True) as uow:
        uow.add(Contact(partner_id=world.partner_a, last_name="Müller", role="sales"))
    cm.sync()
    assert cm.count(Contact) == 1
    update_partner(cm.engine, cm.actor, world.partner_a, {"description": "typed before the reassignment"})
    with server_uow(server_db, SYSTEM) as uow:  # the partner goes to another channel manager
        uow.get(Partner, world.partner_a).owner_id = world.users["cm_b"]
    report = cm.sync()
    assert report.evicted >= 2 and report.rejected == 1
    assert cm.get(Partner, world.partner_a) is None and cm.count(Contact) == 0
    [rejected] = rejected_ops(cm.engine)
    assert (rejected.reason, rejected.fields) == ("no_access", {"description": "typed before the reassignment"})


def test_evicts_apply_even_to_rows_with_unsent_edits(new_client: NewClient, world: World) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    evict = {"value": True}

    def hook(method: str, path: str, response: Any) -> Any:
        if path != "/sync/v1/pull" or not evict["value"]:
            return response
        evict["value"] = False
        update_partner(pa.engine, pa.actor, world.partner_a, {"phone": "+49 2"})  # typed during the sync
        body = response.json()
        change = {"entity": "partners", "row_id": world.partner_a, "server_seq": body["next_cursor"] + 1}
        body["changes"].append({**change, "version": 9, "row": None, "evict": True})
        body["next_cursor"] += 1
        return FakeResponse(200, body)

    pa.transport = Rewrite(pa.transport, hook)
    report = pa.sync()
    assert report.evicted == 1 and pa.get(Partner, world.partner_a) is None
    [op] = pa.ops()
    assert op.fields == {"phone": "+49 2"}  # what was typed is still there, to be answered


def test_upgrade_required_is_a_clear_error(new_client: NewClient, world: World) -> None:
    pa = new_client("pa").login("pa")

    def hook(method: str, path: str, response: Any) -> Any:
        if path == "/sync/v1/hello":
            return FakeResponse(200, {**response.json(), "status": "upgrade_required", "reason": "schema"})
        return response

    pa.transport = Rewrite(pa.transport, hook)
    with pytest.raises(UpgradeRequired) as info:
        pa.sync()
    assert info.value.code == "sync_upgrade_required" and info.value.params == {"reason": "schema"}
    assert not info.value.retryable
