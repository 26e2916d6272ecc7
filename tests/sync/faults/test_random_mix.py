"""The seeded random mix (hypothesis): each example is a fresh server and two laptops, a handful of
edits and syncs under random network faults, killed pull applies and failed server transactions; the six
invariants are checked after a final clean sync. `bench/bench_sync_faults.py` runs longer mixes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.faults.conftest import Cluster, Templates, make_cluster
from tests.sync.faults.harness import check_all
from tests.sync.faults.mix import MIX_MODELS, run_mix
from workbench.deals.models import DealRegistration
from workbench.partners.models import Contact

EXAMPLES = int(os.environ.get("FAULT_MIX_EXAMPLES", "200"))
STEPS = 5


UNIQUES: list[tuple[type[Any], Callable[[Any], Any]]] = [
    (Contact, lambda c: (c.partner_id, c.last_name)),
    (DealRegistration, lambda d: d.customer_name),
]


@contextmanager
def mix_rig(baked: Templates) -> Iterator[Cluster]:
    """One cluster (server + cm + pa) reset to the baked state before every example."""
    with make_cluster(baked) as cluster:
        cluster.node("cm", "cm")
        cluster.node("pa", "pa")
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
