"""The seeded random mix (hypothesis): each example is a fresh server and two laptops, a handful of
edits and syncs under random network faults, killed pull applies and failed server transactions; the six
invariants are checked after a final clean sync. `bench/bench_sync_faults.py` runs longer mixes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.client.conftest import Clock, _fast_settings, build_world
from tests.sync.faults.conftest import Cluster, Templates, make_cluster
from tests.sync.faults.harness import InProcess, check_all
from tests.sync.faults.mix import MIX_MODELS, run_mix
from workbench.db.base import Base
from workbench.db.engine import server_engine as make_server_engine
from workbench.deals.models import DealRegistration
from workbench.partners.models import Contact

# 200 seeds in CI (CI=true); fewer on a developer run; FAULT_MIX_EXAMPLES overrides both.
EXAMPLES = int(os.environ.get("FAULT_MIX_EXAMPLES", "200" if os.environ.get("CI") == "true" else "80"))
STEPS = 5
PG_SEEDS = (11, 22, 33, 44)


UNIQUES: list[tuple[type[Any], Callable[[Any], Any]]] = [
    (Contact, lambda c: (c.partner_id, c.last_name)),
    (DealRegistration, lambda d: d.customer_name),
]


@contextmanager
def mix_rig(baked: Templates) -> Iterator[Cluster]:
    """One cluster (the server and every baked node; the channel manager first) reset to the baked
    state before every example."""
    with make_cluster(baked) as cluster:
        for name, (who, _secrets) in sorted(baked.baked.items(), key=lambda item: item[1][0] != "cm"):
            cluster.node(name, who)
        yield cluster


def mix_once(cluster: Cluster, seed: int, steps: int = STEPS) -> dict[str, int]:
    cluster.reset()
    w = cluster.world
    result = run_mix(cluster.nodes, w.partner_a, w.program_id, seed, steps)
    check_all(cluster.server_db, cluster.nodes, result.edits, UNIQUES, MIX_MODELS)
    return result.faults


@pytest.fixture(scope="module")
def rig(baked: Templates) -> Iterator[Cluster]:
    with mix_rig(baked) as cluster:
        yield cluster


MIX_SETTINGS = settings(
    max_examples=EXAMPLES // 4,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
QUARTER = 2**29  # four tests of a quarter of the examples each (disjoint seeds), so pytest -n spreads them


@MIX_SETTINGS
@given(seed=st.integers(min_value=0, max_value=QUARTER - 1))
def test_random_fault_mix_seeds_q1(rig: Cluster, seed: int) -> None:
    mix_once(rig, seed)


@MIX_SETTINGS
@given(seed=st.integers(min_value=QUARTER, max_value=2 * QUARTER - 1))
def test_random_fault_mix_seeds_q2(rig: Cluster, seed: int) -> None:
    mix_once(rig, seed)


@MIX_SETTINGS
@given(seed=st.integers(min_value=2 * QUARTER, max_value=3 * QUARTER - 1))
def test_random_fault_mix_seeds_q3(rig: Cluster, seed: int) -> None:
    mix_once(rig, seed)


@MIX_SETTINGS
@given(seed=st.integers(min_value=3 * QUARTER, max_value=4 * QUARTER - 1))
def test_random_fault_mix_seeds_q4(rig: Cluster, seed: int) -> None:
    mix_once(rig, seed)


@pytest.mark.pg
def test_random_fault_mix_on_postgresql(pg_schema: str, templates: Templates, tmp_path: Path) -> None:
    """The same mix with the server database on PostgreSQL: a few seeds one after another on one
    server (the state accumulates; the invariants hold after each seed)."""
    from sync.server.app import create_app

    server_db = make_server_engine(pg_schema, pool_size=4)
    Base.metadata.create_all(server_db)
    clock = Clock()
    settings_ = _fast_settings(clock, tmp_path / "server-blobs")
    world = build_world(server_db, settings_)
    app = create_app(server_db, settings_)
    cluster = Cluster(tmp_path, replace(templates, world=world), server_db, app, clock, InProcess(app))
    try:
        nodes = [cluster.node("cm", "cm"), cluster.node("pa", "pa")]
        for node in nodes:
            node.sync_ok()
        for seed in PG_SEEDS:
            result = run_mix(nodes, world.partner_a, world.program_id, seed, 10)
            check_all(server_db, nodes, result.edits, UNIQUES, MIX_MODELS)
    finally:
        cluster.close()
