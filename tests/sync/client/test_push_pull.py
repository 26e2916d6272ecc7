"""Push and pull over real HTTP against the real server app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.client import engine as sync_engine
from sync.client import meta
from sync.client.errors import NetworkError
from sync.client.status import open_conflicts, rejected_ops, sync_status
from sync.server import commands as server_commands
from tests.sync.client.conftest import World, both_databases
from tests.sync.client.helpers import Client, DropAnswers
from workbench.db.outbox import OpState, OutboxOp
from workbench.db.uow import UnitOfWork
from workbench.partners.commands import create_partner, set_partner_status, update_partner
from workbench.partners.models import Partner
from workbench.partners.types import PartnerInput

NewClient = Callable[..., Client]


def server_partner(server_db: Engine, partner_id: str) -> Partner | None:
    with Session(server_db) as session:
        return session.get(Partner, partner_id)


def row_dict(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def test_first_sync_pulls_the_scope_without_outbox_or_audit(new_client: NewClient, world: World) -> None:
    pa = new_client("pa").login("pa")
    report = pa.sync()
    assert report.hello == "ok"
    assert pa.get(Partner, world.partner_a) is not None
    assert pa.get(Partner, world.partner_b) is None  # another partner's row never arrives
    assert pa.count(OutboxOp) == 0 and pa.audit_count() == 0
    cursor = int(meta.read(pa.engine, meta.CURSOR) or 0)
    assert cursor > 0 and report.cursor == cursor
    again = pa.sync()
    assert (again.pulled, again.pushed) == (0, 0)


@both_databases
def test_push_create_patch_and_command_round_trip(
    new_client: NewClient, world: World, server_db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def set_status(uow: UnitOfWork, obj: Any, args: dict[str, Any]) -> None:
        with uow.command(obj, "set_status", **args):
            obj.status = args["status"]
            if args.get("approved_on"):
                obj.approved_on = date.fromisoformat(args["approved_on"])

    monkeypatch.setitem(server_commands.COMMANDS, ("partners", "set_status"), set_status)
    cm = new_client("admin").login("admin")  # (the server lets a channel manager create no partner yet)
    cm.sync()
    dto = create_partner(
        cm.engine, cm.actor, PartnerInput(legal_name="Gamma AG", partner_type="reseller", program_id=world.program_id)
    )
    update_partner(cm.engine, cm.actor, dto.id, {"city": "Bonn"})  # coalesces into the pending create
    assert len(cm.ops()) == 1
    audit_before = cm.audit_count()
    report = cm.sync()
    assert (report.applied, report.conflicts, report.rejected) == (1, 0, 0), [
        (op.result_code, op.result_detail, op.fields) for op in cm.ops()
    ]
    stored = server_partner(server_db, dto.id)
    assert stored is not None and stored.city == "Bonn" and stored.legal_name == "Gamma AG"
    local = cm.get(Partner, dto.id)
    assert local.version == stored.version == 1 and local.server_seq == stored.server_seq
    assert cm.ops() == [] and cm.audit_count() == audit_before  # settling is not an edit

    update_partner(cm.engine, cm.actor, dto.id, {"city": "Köln", "phone": "+49 221 1"})
    set_partner_status(cm.engine, cm.actor, dto.id, "onboarding")
    assert [op.kind for op in cm.ops()] == ["patch", "command"]
    report = cm.sync()
    assert report.applied == 2 and cm.ops() == []
    stored = server_partner(server_db, dto.id)
    assert stored is not None and (stored.city, stored.phone, stored.status) == ("Köln", "+49 221 1", "onboarding")
    assert row_dict(cm.get(Partner, dto.id)) == row_dict(stored)


@both_databases
def test_lost_answer_is_answered_duplicate_and_creates_once(
    new_client: NewClient, world: World, server_db: Engine, live: Any
) -> None:
    cm = new_client("admin").login("admin")
    cm.sync()
    dto = create_partner(
        cm.engine, cm.actor, PartnerInput(legal_name="Delta SA", partner_type="agency", program_id=world.program_id)
    )
    cm.transport = DropAnswers(cm.transport, "/sync/v1/push")
    with pytest.raises(NetworkError):
        cm.sync()
    assert server_partner(server_db, dto.id) is not None  # committed, answer lost
    [op] = cm.ops()
    assert op.state == OpState.IN_FLIGHT
    # A later edit must not merge into the op whose answer was lost: it becomes its own op.
    update_partner(cm.engine, cm.actor, dto.id, {"city": "Lyon"})
    assert len(cm.ops()) == 2
    report = cm.sync()
    assert report.duplicates == 1 and report.applied == 2  # the create (answered again) and the patch
    assert cm.ops() == []
    with Session(server_db) as session:
        assert len(session.scalars(select(Partner).where(Partner.legal_name == "Delta SA")).all()) == 1
    stored = server_partner(server_db, dto.id)
    assert stored is not None and stored.city == "Lyon"


def test_pull_pages_and_saves_the_cursor_with_each_page(
    new_client: NewClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    cm = new_client("admin").login("admin")
    cm.sync()
    ids = [
        create_partner(
            cm.engine,
            cm.actor,
            PartnerInput(legal_name=f"Paged {i}", partner_type="reseller", program_id=world.program_id),
        ).id
        for i in range(5)
    ]
    cm.sync()  # five local transactions: five server transactions, five server_seq values
    other = new_client("admin2").login("admin")
    monkeypatch.setattr(sync_engine, "PULL_LIMIT", 2)
    seen: list[tuple[str, int]] = []
    cursors: list[int] = []

    def progress(phase: str, done: int, _total: int | None) -> None:
        seen.append((phase, done))
        if phase == "pull":
            cursors.append(int(meta.read(other.engine, meta.CURSOR) or 0))

    report = other.sync(progress=progress)
    assert all(other.get(Partner, pid) is not None for pid in ids)
    assert len(cursors) >= 3 and cursors == sorted(cursors) and cursors[-1] == report.cursor
    assert other.count(OutboxOp) == 0 and other.audit_count() == 0


def test_pending_local_edit_is_not_overwritten_by_pull(new_client: NewClient, world: World) -> None:
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    cm.sync()
    pa.sync()
    update_partner(cm.engine, cm.actor, world.partner_a, {"description": "from the vendor"})
    cm.sync()
    update_partner(pa.engine, pa.actor, world.partner_a, {"phone": "+49 1"})

    inner = pa.transport

    class EditBeforePull:  # the user types while the sync runs, after the push and before the pull
        def request(self, method: str, path: str, **kwargs: Any) -> Any:
            if path == "/sync/v1/pull" and not pa.ops():
                update_partner(pa.engine, pa.actor, world.partner_a, {"description": "typed by the partner"})
            return inner.request(method, path, **kwargs)

    pa.transport = EditBeforePull()
    report = pa.sync()
    assert report.kept_local >= 1
    local = pa.get(Partner, world.partner_a)
    assert local.description == "typed by the partner" and local.phone == "+49 1"
    assert [op.state for op in pa.ops()] == [OpState.PENDING]


def test_cancel_between_batches(new_client: NewClient, world: World) -> None:
    from workbench.errors import Cancelled

    cm = new_client("cm").login("cm")
    flag = sync_engine.CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        cm.sync(cancel=flag)
    assert sync_status(cm.engine).last_sync is None


def test_rejected_op_is_kept_with_its_reason_and_never_retried(
    new_client: NewClient, world: World, server_db: Engine
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    owner_before = pa.get(Partner, world.partner_a).owner_id
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:  # an old client patching a role-owned field
        uow.get(Partner, world.partner_a).owner_id = "someone-else"
    report = pa.sync()
    assert report.rejected == 1
    [op] = pa.ops()
    assert (op.state, op.result_code) == (OpState.REJECTED, "server_field")
    [shown] = rejected_ops(pa.engine)
    assert (shown.reason, shown.field, shown.fields) == ("server_field", "owner_id", {"owner_id": "someone-else"})
    assert pa.get(Partner, world.partner_a).owner_id == owner_before  # the server row came back
    stored = server_partner(server_db, world.partner_a)
    assert stored is not None and stored.owner_id == owner_before
    again = pa.sync()
    assert again.pushed == 0 and sync_status(pa.engine).rejected_ops == 1
    assert open_conflicts(pa.engine) == []
