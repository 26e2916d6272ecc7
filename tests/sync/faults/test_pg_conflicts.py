"""The done-when conflict on PostgreSQL under network faults: a channel manager and a partner user edit
the same field offline, then sync through lost answers, duplicated requests and refused connections.
Afterwards the field is one open conflict on BOTH replicas (oriented for each user, never stored twice),
resolving it on the losing side closes it on the winning side too, and the six invariants hold."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.client.errors import SyncError
from sync.client.status import open_conflicts, resolve_conflict
from sync.server.models import ServerConflict
from tests.sync.client.conftest import World, _fast_settings, build_world
from tests.sync.faults.conftest import Templates
from tests.sync.faults.harness import Edit, FaultRates, InProcess, Node, check_all, make_node
from workbench.db.base import Base
from workbench.db.engine import server_engine as make_server_engine
from workbench.partners.commands import update_partner
from workbench.partners.models import Contact, Partner

pytestmark = pytest.mark.pg
MODELS: list[type[Any]] = [Partner, Contact]
FAULTS = FaultRates(drop_before=0.1, drop_after=0.3, duplicate=0.3)


@pytest.fixture
def pg_cluster(pg_schema: str) -> Iterator[tuple[Engine, World, InProcess]]:
    from sync.server.app import create_app

    engine = make_server_engine(pg_schema)
    Base.metadata.create_all(engine)
    settings = _fast_settings()
    world = build_world(engine, settings)
    transport = InProcess(create_app(engine, settings))
    yield engine, world, transport
    transport.close()
    engine.dispose()


def _faulty_rounds(nodes: list[Node], rounds: int = 3) -> None:
    for node in nodes:
        assert node.faulty is not None
        node.faulty.rates = FAULTS
    for _ in range(rounds):
        for node in nodes:
            with contextlib.suppress(SyncError):  # a fault: the next run goes on
                node.sync()
    assert any(node.faulty is not None and node.faulty.log for node in nodes)  # faults were injected


def _server_conflicts(engine: Engine) -> list[ServerConflict]:
    with Session(engine) as session:
        return list(session.scalars(select(ServerConflict)))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_conflict_reaches_both_lists_under_faults_on_postgresql(
    pg_cluster: tuple[Engine, World, InProcess], templates: Templates, tmp_path: Path, seed: int
) -> None:
    engine, world, transport = pg_cluster
    cm = make_node(tmp_path, templates.replica, transport, "cm", "cm", seed)
    pa = make_node(tmp_path, templates.replica, transport, "pa", "pa", seed + 1000)
    cm.sync_ok()
    pa.sync_ok()
    update_partner(cm.engine, cm.actor, world.partner_a, {"city": "Berlin"})
    update_partner(pa.engine, pa.actor, world.partner_a, {"city": "Hamburg", "phone": "+49 40 1"})
    _faulty_rounds([cm, pa])
    for node in (cm, pa, cm, pa):  # the network is back
        node.sync_ok()

    [record] = _server_conflicts(engine)  # one conflict, however often the push was delivered
    by_user = {world.users["cm"]: (cm, "Berlin"), world.users["pa"]: (pa, "Hamburg")}
    loser, lost_value = by_user[record.loser_user_id]
    winner, won_value = by_user[str(record.winner_user_id)]
    assert loser is not winner and (record.mine, record.theirs) == (lost_value, won_value)
    [lost] = open_conflicts(loser.engine)
    [won] = open_conflicts(winner.engine)
    assert (lost.field, lost.side, lost.mine, lost.theirs) == ("city", "lost", lost_value, won_value)
    assert (won.field, won.side, won.mine, won.theirs) == ("city", "won", won_value, lost_value)
    edits = [
        Edit("cm", "partners", world.partner_a, "city", "Berlin"),
        Edit("pa", "partners", world.partner_a, "city", "Hamburg"),
        Edit("pa", "partners", world.partner_a, "phone", "+49 40 1"),
    ]
    check_all(engine, [cm, pa], edits, models=MODELS)

    resolve_conflict(loser.engine, loser.actor, lost.id, "mine")  # the losing side keeps its value
    _faulty_rounds([loser, winner])
    for node in (loser, winner):
        node.sync_ok()
    assert open_conflicts(loser.engine) == [] and open_conflicts(winner.engine) == []
    [record] = _server_conflicts(engine)
    assert (record.resolution, record.resolved_by) == ("mine", record.loser_user_id)
    with Session(engine) as session:
        assert session.get(Partner, world.partner_a).city == lost_value  # type: ignore[union-attr]
    check_all(engine, [cm, pa], edits, models=MODELS)
