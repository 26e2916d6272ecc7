"""Issue #2 figures: generating the large demo replica, and the partner and deal list queries on it,
encrypted (SQLCipher) and plain SQLite, so the cost of encryption is known.

Full: 100,000 partners and 1,000,000 deals (targets: list queries median <= 50 ms).
Quick: 10,000 partners and 100,000 deals."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, text

from bench.common import emit, median_ms
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.deals.queries import deals_by_ids, list_deal_ids
from workbench.demo import DemoSizes, seed_demo
from workbench.partners.queries import list_partners

KEY = b"\x42" * 32
NAME_FILTERS = ["müller", "muller", "sys", "nord", "gmbh", "ae", "digital", "kow", "hanse"]
DEAL_STATES = ["approved", "won", "submitted", "lost"]
TOP_PARTNERS = "SELECT partner_id FROM deal_registrations GROUP BY partner_id ORDER BY count(*) DESC LIMIT 20"


def _queries(engine: Engine, label: str, size: str) -> None:
    rng = random.Random(7)

    def partner_page() -> None:
        rows = list_partners(engine, name_filter=rng.choice(NAME_FILTERS), limit=200)
        assert rows

    med, p95 = median_ms(partner_page, repeat=41)
    emit(
        "replica",
        f"partner_list_first_page_{label}",
        med,
        "ms",
        target="<= 50 ms median",
        size=size,
        p95_ms=round(p95, 2),
        query="name filter, sorted by name, first 200",
    )

    with engine.connect() as conn:
        top = [r[0] for r in conn.execute(text(TOP_PARTNERS))]

    def deal_page() -> None:
        ids = list_deal_ids(engine, partner_id=rng.choice(top), status=rng.choice(DEAL_STATES), limit=200)
        deals_by_ids(engine, ids)

    med, p95 = median_ms(deal_page, repeat=41)
    emit(
        "replica",
        f"deal_list_first_page_{label}",
        med,
        "ms",
        target="<= 50 ms median",
        size=size,
        p95_ms=round(p95, 2),
        query="partner + state filter, newest first, first 200 with rows",
    )


def _one(path: Path, key: bytes | None, label: str, partners: int, deals: int) -> None:
    size = f"{partners} partners, {deals} deals"
    done_marker = path.with_name(path.name + ".complete")
    if not done_marker.exists():
        path.unlink(missing_ok=True)
        engine = replica_engine(path, key)
        upgrade(engine)
        t0 = time.perf_counter()
        seed_demo(engine, DemoSizes(partners=partners, deals=deals, training_events=5000, mdf_requests=400))
        emit("replica", f"generate_demo_{label}", time.perf_counter() - t0, "s", size=size)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        done_marker.touch()
    engine = replica_engine(path, key)
    emit("replica", f"file_size_{label}", path.stat().st_size / 1e6, "MB", size=size)
    _queries(engine, label, size)
    engine.dispose()


def run(quick: bool = False) -> None:
    """`WORKBENCH_BENCH_DIR` keeps the generated replicas there and reuses them on the next run (the
    generation figures are then not repeated)."""
    partners, deals = (10_000, 100_000) if quick else (100_000, 1_000_000)
    keep = os.environ.get("WORKBENCH_BENCH_DIR")
    tmp = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench-replica-"))
    tmp.mkdir(parents=True, exist_ok=True)
    tag = f"{partners}-{deals}"
    try:
        _one(tmp / f"encrypted-{tag}.db", KEY, "encrypted", partners, deals)
        _one(tmp / f"plain-{tag}.db", None, "plain", partners, deals)
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
