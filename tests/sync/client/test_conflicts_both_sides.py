"""Issue 3 done-when, both conflict lists: a partner admin and a channel manager edit the same field of
one partner offline; after both sync (twice) the field is an open conflict on BOTH replicas, oriented for
each user, and resolving it on one side closes it on the other after the next sync. Over real HTTP, on
SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.client.errors import NetworkError
from sync.client.status import open_conflicts, resolve_conflict, sync_status
from sync.server.auth import create_user
from sync.server.models import ServerConflict
from tests.sync.client.conftest import World, both_databases
from tests.sync.client.helpers import EMAILS, PASSWORD, Client, LiveServer
from workbench.db.uow import UnitOfWork
from workbench.partners.commands import update_partner
from workbench.partners.models import Contact, Partner
from workbench.security.roles import Role

NewClient = Callable[..., Client]


def row_dict(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def server_row(server_db: Engine, row_id: str) -> Partner:
    with Session(server_db) as session:
        found = session.get(Partner, row_id)
        assert found is not None
        return found


def server_conflicts(server_db: Engine) -> list[ServerConflict]:
    with Session(server_db) as session:
        return list(session.scalars(select(ServerConflict).order_by(ServerConflict.field)))


@pytest.fixture
def padmin(server_db: Engine, settings: Any, world: World, monkeypatch: pytest.MonkeyPatch) -> str:
    """A partner admin of partner A (besides the world's partner user)."""
    monkeypatch.setitem(EMAILS, "padmin", "padmin@x.test")
    return create_user(
        server_db,
        settings,
        email="padmin@x.test",
        password=PASSWORD,
        role=Role.PARTNER_ADMIN,
        partner_id=world.partner_a,
    )


@both_databases
def test_the_overlapping_field_is_a_conflict_in_both_lists_and_one_resolution_closes_both(
    new_client: NewClient, world: World, server_db: Engine, app: Any, live: LiveServer, padmin: str
) -> None:
    cm = new_client("cm").login("cm")
    pad = new_client("padmin").login("padmin")
    cm.sync()
    pad.sync()

    live.stop()  # the server is down; both work offline on the same partner
    update_partner(cm.engine, cm.actor, world.partner_a, {"city": "Berlin", "description": "met at the fair"})
    update_partner(pad.engine, pad.actor, world.partner_a, {"city": "Hamburg", "phone": "+49 40 123"})
    for client in (cm, pad):
        with pytest.raises(NetworkError):
            client.sync()

    back = LiveServer(app, live.port).start()  # the server comes back on the same address
    try:
        first = [cm.sync(), pad.sync()]
        second = [cm.sync(), pad.sync()]
        assert (first[0].applied, first[1].conflicts) == (1, 1)  # the channel manager's edit got there first
        assert second[0].conflicts_received == 1

        # Both hold the same data, nothing typed is lost: Hamburg waits in both conflict lists.
        stored = server_row(server_db, world.partner_a)
        assert (stored.city, stored.description, stored.phone) == ("Berlin", "met at the fair", "+49 40 123")
        assert row_dict(cm.get(Partner, world.partner_a)) == row_dict(stored)
        assert row_dict(pad.get(Partner, world.partner_a)) == row_dict(stored)
        [lost] = open_conflicts(pad.engine)
        [won] = open_conflicts(cm.engine)
        assert (lost.field, lost.base, lost.mine, lost.theirs, lost.side) == (
            "city",
            "Munich",
            "Hamburg",
            "Berlin",
            "lost",
        )
        assert (won.field, won.base, won.mine, won.theirs, won.side) == ("city", "Munich", "Berlin", "Hamburg", "won")
        assert lost.other_user == world.users["cm"] and won.other_user == padmin
        [record] = server_conflicts(server_db)
        assert (record.mine, record.theirs, record.loser_user_id, record.winner_user_id) == (
            "Hamburg",
            "Berlin",
            padmin,
            world.users["cm"],
        )
        assert record.partner_id == world.partner_a and record.resolved_at is None

        # The channel manager takes the partner admin's value: a normal edit plus the resolution.
        resolve_conflict(cm.engine, cm.actor, won.id, "theirs")
        assert cm.get(Partner, world.partner_a).city == "Hamburg"
        assert cm.sync().applied == 2  # the patch and the resolve command
        report = pad.sync()
        assert report.pulled >= 1
        assert open_conflicts(pad.engine) == [] and open_conflicts(cm.engine) == []
        assert sync_status(pad.engine).open_conflicts == 0
        [record] = server_conflicts(server_db)
        assert (record.resolution, record.resolved_by) == ("theirs", world.users["cm"])
        stored = server_row(server_db, world.partner_a)
        assert stored.city == "Hamburg"
        assert (
            row_dict(pad.get(Partner, world.partner_a))
            == row_dict(stored)
            == row_dict(cm.get(Partner, world.partner_a))
        )
        assert cm.ops() == [] and pad.ops() == []
    finally:
        back.stop()


def test_a_resolution_on_the_losing_side_closes_the_winners_copy(new_client: NewClient, world: World) -> None:
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    cm.sync()
    pa.sync()
    update_partner(cm.engine, cm.actor, world.partner_a, {"email": "vendor@alpha.test"})
    update_partner(pa.engine, pa.actor, world.partner_a, {"email": "partner@alpha.test"})
    cm.sync()
    pa.sync()
    cm.sync()
    [won] = open_conflicts(cm.engine)
    [lost] = open_conflicts(pa.engine)
    assert (won.mine, won.theirs, lost.mine, lost.theirs) == (
        "vendor@alpha.test",
        "partner@alpha.test",
        "partner@alpha.test",
        "vendor@alpha.test",
    )
    resolve_conflict(pa.engine, pa.actor, lost.id, "theirs")  # keep the vendor's: only the resolution travels
    assert [(op.entity, op.command, op.fields) for op in pa.ops()] == [
        ("sync_conflicts", "resolve", {"resolution": "theirs"})
    ]
    assert sync_status(pa.engine).pending_ops == 0  # bookkeeping, not a change the user typed
    assert pa.sync().applied == 1
    cm.sync()
    assert open_conflicts(cm.engine) == []
    # The winner resolving its (now closed) copy is refused locally: nothing is sent twice.
    with pytest.raises(Exception, match="already_resolved"):
        resolve_conflict(cm.engine, cm.actor, won.id, "mine")


def test_another_device_of_the_losing_user_gets_the_conflict_too(new_client: NewClient, world: World) -> None:
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    pa2 = new_client("pa2").login("pa")  # the same user's second laptop
    for c in (cm, pa, pa2):
        c.sync()
    update_partner(cm.engine, cm.actor, world.partner_a, {"city": "Berlin"})
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Hamburg"})
    cm.sync()
    pa.sync()
    pa.sync()
    assert len(open_conflicts(pa.engine)) == 1  # delivered to the losing device again: not stored twice
    pa2.sync()
    [other] = open_conflicts(pa2.engine)
    assert (other.side, other.mine, other.theirs) == ("lost", "Hamburg", "Berlin")
    resolve_conflict(pa2.engine, pa2.actor, other.id, "mine")  # from the second laptop
    pa2.sync()
    pa.sync()
    cm.sync()
    assert open_conflicts(pa.engine) == [] and open_conflicts(cm.engine) == []
    assert cm.get(Partner, world.partner_a).city == "Hamburg"


def test_a_delete_that_met_an_edit_is_a_conflict_on_both_sides(new_client: NewClient, world: World) -> None:
    """The partner user deletes a contact the channel manager edited meanwhile: the row is kept (the edit
    wins), both lists show `deleted_at`, and the editor agreeing to the delete ("theirs") deletes it
    everywhere and closes the deleter's copy."""
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    pa.sync()  # the partner arrives
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:
        contact = uow.add(Contact(partner_id=world.partner_a, last_name="Gone-Or-Not", role="sales"))
        uow.flush()
        row_id = contact.id
    pa.sync()
    cm.sync()
    with UnitOfWork(cm.engine, cm.actor, replica=True) as uow:
        uow.get(Contact, row_id).phone = "+49 1"
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:
        uow.soft_delete(uow.get(Contact, row_id))
    cm.sync()
    assert pa.sync().conflicts == 1
    assert cm.sync().conflicts_received == 1
    [lost] = open_conflicts(pa.engine)
    [won] = open_conflicts(cm.engine)
    assert (lost.field, lost.side, lost.theirs, won.field, won.side, won.mine) == (
        "deleted_at",
        "lost",
        None,
        "deleted_at",
        "won",
        None,
    )
    assert lost.mine is not None and won.theirs == lost.mine  # when the partner user deleted it
    assert pa.get(Contact, row_id).deleted_at is None  # kept, with the manager's edit
    assert pa.get(Contact, row_id).phone == "+49 1"

    resolve_conflict(cm.engine, cm.actor, won.id, "theirs")  # the editor agrees: delete it
    assert cm.sync().applied == 2  # the delete and the resolution
    pa.sync()
    assert open_conflicts(pa.engine) == [] and open_conflicts(cm.engine) == []
    assert pa.get(Contact, row_id).deleted_at is not None and cm.get(Contact, row_id).deleted_at is not None


def test_the_winner_keeping_its_edit_against_a_delete_changes_nothing(new_client: NewClient, world: World) -> None:
    cm = new_client("cm").login("cm")
    pa = new_client("pa").login("pa")
    pa.sync()  # the partner arrives
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:
        contact = uow.add(Contact(partner_id=world.partner_a, last_name="Kept", role="sales"))
        uow.flush()
        row_id = contact.id
    pa.sync()
    cm.sync()
    with UnitOfWork(cm.engine, cm.actor, replica=True) as uow:
        uow.get(Contact, row_id).phone = "+49 2"
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:
        uow.soft_delete(uow.get(Contact, row_id))
    cm.sync()
    pa.sync()
    cm.sync()
    [won] = open_conflicts(cm.engine)
    resolve_conflict(cm.engine, cm.actor, won.id, "mine")
    assert [(op.entity, op.kind) for op in cm.ops()] == [("sync_conflicts", "command")]  # only the resolution
    cm.sync()
    pa.sync()
    assert open_conflicts(pa.engine) == [] and pa.get(Contact, row_id).deleted_at is None
