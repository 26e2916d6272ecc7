"""Issue #7 / #3: what the deal totals triggers of revision 0003 cost bulk deal writes.

Writes deals with the pull apply's statement shape (INSERT ... ON CONFLICT (id) DO UPDATE SET every column
= excluded.column WHERE version <= excluded.version, one executemany in one BEGIN IMMEDIATE transaction on
`sync.client.rows.apply_connection`) three ways: new deals (copies of existing ones with new ids), the same
rows again unchanged (a page applied twice), and every row with a status change (won/lost, closed). Each
with the totals triggers and with them dropped (inside the transaction); every transaction is rolled back,
so the replica is left as it was.

`BENCH_TOTALS_DB=path` measures an existing replica at head IN PLACE (writes rolled back; for example an
upgraded copy of /work/benchdata/plain-100000-1000000.db; a file named plain-* is unencrypted, others use
the key 0x42 * 32). Without it a demo replica is generated (quick: 10,000 partners / 100,000 deals)."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import emit
from sync.client.rows import apply_connection
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.demo import DemoSizes, seed_demo

KEY = b"\x42" * 32
TRIGGERS = ("analytics_deal_month_deals_ai", "analytics_deal_month_deals_ad", "analytics_deal_month_deals_au")


class _Rollback(Exception):
    pass


def _batches(engine: Any, n: int, seed: int) -> tuple[str, dict[str, list[tuple[Any, ...]]]]:
    with engine.connect() as conn:
        cols = list(conn.exec_driver_sql("SELECT * FROM deal_registrations LIMIT 1").keys())
        top = conn.exec_driver_sql("SELECT max(rowid) FROM deal_registrations").scalar_one()
        start = random.Random(seed).randrange(max(1, top - n))
        rows = [
            list(r)
            for r in conn.exec_driver_sql(
                "SELECT * FROM deal_registrations WHERE rowid > ? ORDER BY rowid LIMIT ?", (start, n)
            )
        ]
    i_id, i_st, i_cl, i_ec, i_v = (cols.index(k) for k in ("id", "status", "closed_at", "expected_close", "version"))
    sql = (
        f"INSERT INTO deal_registrations ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        f" ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'id')}"
        " WHERE deal_registrations.version <= excluded.version"
    )
    changed = []
    for r in rows:
        c = list(r)
        c[i_st] = "lost" if r[i_st] == "won" else "won"
        c[i_cl], c[i_v] = r[i_ec], r[i_v] + 1
        changed.append(tuple(c))
    return sql, {
        "insert_new": [tuple(str(uuid.uuid4()) if i == i_id else v for i, v in enumerate(r)) for r in rows],
        "reapply_unchanged": [tuple(r) for r in rows],
        "status_change": changed,
    }


def _measure(engine: Any, sql: str, batches: dict[str, list[tuple[Any, ...]]], with_totals: bool, size: str) -> None:
    try:
        with apply_connection(engine) as conn:
            if not with_totals:
                for name in TRIGGERS:
                    conn.exec_driver_sql(f"DROP TRIGGER {name}")
            for label, batch in batches.items():
                t0, c0 = time.perf_counter(), time.process_time()
                conn.exec_driver_sql(sql, batch)
                wall, cpu = time.perf_counter() - t0, time.process_time() - c0
                emit(
                    "totals_writes",
                    f"{label}_{'with' if with_totals else 'without'}_totals",
                    len(batch) / wall,
                    "rows/s",
                    size=size,
                    cpu_rows_per_s=round(len(batch) / cpu),
                )
            raise _Rollback
    except _Rollback:
        pass


def run(quick: bool = False) -> None:
    existing = os.environ.get("BENCH_TOTALS_DB")
    tmp = Path(tempfile.mkdtemp(prefix="bench-totals-"))
    try:
        if existing:
            path = Path(existing)
            engine = replica_engine(path, None if path.name.startswith("plain") else KEY)
        else:
            partners, deals = (10_000, 100_000) if quick else (100_000, 1_000_000)
            engine = replica_engine(tmp / "r.db", KEY)
            upgrade(engine)
            seed_demo(
                engine, DemoSizes(partners=partners, deals=deals, training_events=deals // 4, mdf_requests=deals // 25)
            )
        with engine.connect() as conn:
            size = f"{conn.exec_driver_sql('SELECT count(*) FROM deal_registrations').scalar_one()} deals"
        n = 5_000 if quick else 20_000
        for rnd in range(3):  # alternating, so load changes hit both
            sql, batches = _batches(engine, n, rnd)
            for with_totals in (True, False) if rnd % 2 == 0 else (False, True):
                _measure(engine, sql, batches, with_totals, f"{size}, {n} rows per batch")
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
