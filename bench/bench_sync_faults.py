"""The sync fault suite's long mode (ARCHITECTURE §7): the seeded random mix of tests/sync/faults with
more seeds and more steps per seed, the six invariants checked after every seed. Prints the seeds run,
the faults injected and the time per seed; a broken invariant stops the run with its seed (replay it
with `FAULT_SEED=<seed> python -m bench sync_faults`).

Three laptops: the channel manager and two devices of one partner user.
Full: 1,000 seeds x 40 steps. Quick: 60 seeds x 12 steps."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import emit


def run(quick: bool) -> None:
    from tests.sync.faults.conftest import build_templates
    from tests.sync.faults.test_random_mix import mix_once, mix_rig

    seeds = 60 if quick else 1000
    steps = 12 if quick else 40
    only = os.environ.get("FAULT_SEED")
    chosen = [int(only)] if only else list(range(10_000, 10_000 + seeds))
    root = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    faults: dict[str, int] = {}
    try:
        # A channel manager and two devices of the same partner user.
        baked = build_templates(root).bake(("cm", "cm"), ("pa", "pa"), ("pa2", "pa"))
        started = time.perf_counter()
        with mix_rig(baked) as rig:
            for seed in chosen:
                try:
                    for name, count in mix_once(rig, seed, steps).items():
                        faults[name] = faults.get(name, 0) + count
                except AssertionError as exc:
                    emit("sync_faults", "invariant_broken", 1, "seed", target=0, size=steps, seed=seed, error=str(exc))
                    raise
        elapsed = time.perf_counter() - started
    finally:
        shutil.rmtree(root, ignore_errors=True)
    emit("sync_faults", "seeds_passed", len(chosen), "seeds", target=len(chosen), size=steps)
    emit("sync_faults", "time_per_seed", elapsed * 1000 / len(chosen), "ms", size=steps)
    for name, count in sorted(faults.items()):
        emit("sync_faults", f"faults_{name}", count, "faults", size=len(chosen))


if __name__ == "__main__":
    run(quick=True)
