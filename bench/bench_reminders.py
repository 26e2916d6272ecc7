"""Reminder scheduler tick (the notifications list) of a channel manager with a large review backlog.

The tick used to list every overdue review one by one (1.9 s for 13,936 overdue reviews on the
1,000,000-deal replica). It now lists the MAX_LISTED_REVIEWS most overdue and counts the rest
(`workbench.reminders.queries.due_list`). Figures: the tick (`ReminderScheduler.tick`, target well under
200 ms) and, for comparison, `all_reminders`, which still builds the uncapped list the old tick built.

Data: with BENCH_REPLICA set to a finished large replica (e.g. /work/benchdata/plain-100000-1000000.db with
its `.complete` marker; BENCH_REPLICA_KEY as hex for an encrypted one) a COPY of it is used (never the
file itself); otherwise a generated encrypted replica (full: 5,000 partners, 100,000 deals; quick: 1,000
partners, 20,000 deals) where about 14 % of the deals are submitted and past their review day, as on the
large replica."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, bindparam, select, update

from bench.common import emit, median_ms
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.db.registry import load_all
from workbench.deals.models import DealRegistration
from workbench.deals.types import DealStatus
from workbench.demo import DemoSizes, seed_demo
from workbench.reminders.queries import all_reminders, due_list
from workbench.reminders.scheduler import ReminderScheduler
from workbench.security.roles import Actor, Role

KEY = b"\x52" * 32
VENDOR = Actor("bench-cm", Role.CHANNEL_MANAGER, "bench")
TARGET = "well under 200 ms median"


def _copied_replica(tmp: Path) -> tuple[Engine, str] | None:
    source = os.environ.get("BENCH_REPLICA")
    if not source:
        return None
    path = Path(source)
    if not path.with_name(path.name + ".complete").exists():
        raise SystemExit(f"{path} is not finished (no .complete marker)")
    copy = tmp / path.name
    # the database and its WAL (committed pages may still be there), as cheap copies where the disk can
    for suffix in ("", "-wal"):
        if Path(str(path) + suffix).exists():
            subprocess.run(["cp", "--reflink=auto", str(path) + suffix, str(copy) + suffix], check=True)
    key_hex = os.environ.get("BENCH_REPLICA_KEY")
    engine = replica_engine(copy, bytes.fromhex(key_hex) if key_hex else None)
    # indexes the models gained after the replica was made (e.g. ix_deal_registrations_status_protection)
    t0 = time.perf_counter()
    made = []
    with engine.begin() as conn:
        for table in load_all().metadata.sorted_tables:
            for index in table.indexes:
                if (
                    conn.exec_driver_sql(
                        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (index.name,)
                    ).first()
                    is None
                ):
                    index.create(conn)
                    made.append(index.name)
    if made:
        emit("reminders", "copy_indexes_created", time.perf_counter() - t0, "s", indexes=made)
    return engine, f"copy of {path.name}"


def _generated(tmp: Path, quick: bool) -> tuple[Engine, str]:
    partners, deals = (1_000, 20_000) if quick else (5_000, 100_000)
    engine = replica_engine(tmp / "r.db", KEY)
    upgrade(engine)
    seed_demo(engine, DemoSizes(partners=partners, deals=deals, training_events=partners, mdf_requests=100))
    # a review backlog: one deal in seven submitted 10 to 400 days ago and not yet answered
    old = datetime.now(UTC) - timedelta(days=10)
    D = DealRegistration
    with engine.begin() as conn:
        ids = conn.scalars(select(D.id).where(D.deleted_at.is_(None)).order_by(D.id)).all()
        backlog = [{"b_id": d, "at": old - timedelta(days=i % 390, minutes=i)} for i, d in enumerate(ids) if i % 7 == 0]
        stmt = (
            update(D)
            .where(D.id == bindparam("b_id"))
            .values(status=DealStatus.SUBMITTED.value, submitted_at=bindparam("at"))
        )
        conn.execute(stmt, backlog)
    return engine, f"{partners} partners, {deals} deals, encrypted replica"


def run(quick: bool = False) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-reminders-"))
    try:
        found = _copied_replica(tmp)
        engine, size = found if found is not None else _generated(tmp, quick)
        now = datetime.now(UTC)
        listed = due_list(engine, VENDOR, now.date())
        scheduler = ReminderScheduler(engine, VENDOR)
        cpu0 = time.process_time()
        med, p95 = median_ms(lambda: scheduler.tick(now), repeat=11 if quick else 21)
        emit("reminders", "reminder_tick", med, "ms", target=TARGET, size=size, p95_ms=round(p95, 2),
             reviews_overdue=listed.reviews_overdue, listed=len(listed.reminders),
             cpu_ms_per_tick=round((time.process_time() - cpu0) * 1000 / ((11 if quick else 21) + 2), 2))  # fmt: skip
        med, p95 = median_ms(lambda: all_reminders(engine, VENDOR, now.date()), repeat=3, warmup=1)
        emit("reminders", "uncapped_list_for_comparison", med, "ms", size=size, p95_ms=round(p95, 2),
             note="all_reminders: every overdue review built one by one, as the tick did before")  # fmt: skip
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
