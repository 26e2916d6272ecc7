"""Issue #6 figures: the duplicate / conflict check of a new registration against the deals of an encrypted
replica, and the CSV import of partner rows with validation.

Full: 1,000,000 deals (target: duplicate check median <= 50 ms) and 100,000 partner rows (target:
>= 10,000 rows/s validated). Quick: 100,000 deals and 20,000 partner rows. `WORKBENCH_DEALS_DB`: only the
duplicate check, on a copy of an existing replica (see `_existing`). The CSV import has its own figures
in bench/bench_csv.py (bulk write path)."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, select

from bench.common import emit, median_ms
from workbench.csvio.importer import ImportOptions, preview, run_import
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.deals.duplicates import DuplicateCandidate, find_duplicates
from workbench.deals.models import DealProduct
from workbench.demo import DemoSizes, seed_demo
from workbench.programs.models import Program
from workbench.security.roles import Actor, Role

KEY = b"\x42" * 32
VENDOR = Actor("bench-cm", Role.CHANNEL_MANAGER, "bench")


def _candidates(engine: Engine, n: int, seed: int = 11) -> list[tuple[DuplicateCandidate, str]]:
    """Registrations as a user would type them: a known customer in other spelling, its domain, products."""
    rng = random.Random(seed)
    with engine.connect() as conn:
        max_rowid = conn.exec_driver_sql("SELECT max(rowid) FROM deal_registrations").scalar() or 1
        out: list[tuple[DuplicateCandidate, str]] = []
        while len(out) < n:
            rowid = rng.randint(1, max_rowid)
            row = conn.exec_driver_sql(
                "SELECT id, customer_name, customer_domain, partner_id FROM deal_registrations WHERE rowid = ?",
                (rowid,),
            ).first()
            if row is None:
                continue
            products = tuple(conn.scalars(select(DealProduct.product_id).where(DealProduct.deal_id == row.id)).all())
            name = row.customer_name.upper().replace(" GMBH", " AG")
            cand = DuplicateCandidate(name, products, customer_domain=row.customer_domain)
            out.append((cand, row.partner_id))
        return out


def _dupcheck(engine: Engine, size: str) -> None:
    """Vendor and partner checks on two disjoint sets of 63 customers (2 warm-up + 61 timed, each customer
    checked once: its index pages are mostly not cached yet, as for a new registration), then the vendor
    set again ("as you type": the same customer checked repeatedly, pages cached)."""
    vendor_cands, partner_cands = _candidates(engine, 63, seed=11), _candidates(engine, 63, seed=12)
    it = iter(vendor_cands)
    counts: list[int] = []

    def vendor_check() -> None:
        cand, _pid = next(it)
        counts.append(len(find_duplicates(engine, VENDOR, cand)))

    med, p95 = median_ms(vendor_check, repeat=61)
    emit(
        "deals",
        "duplicate_check_vendor",
        med,
        "ms",
        target="<= 50 ms median",
        size=size,
        p95_ms=round(p95, 2),
        matches_median=sorted(counts)[len(counts) // 2],
    )
    it2 = iter(partner_cands)

    def partner_check() -> None:
        cand, pid = next(it2)
        find_duplicates(engine, Actor("bench-p", Role.PARTNER_USER, "bench", partner_id=pid), cand)

    med, p95 = median_ms(partner_check, repeat=61)
    emit("deals", "duplicate_check_partner", med, "ms", target="<= 50 ms median", size=size, p95_ms=round(p95, 2))
    it3 = iter(vendor_cands)

    def repeat_check() -> None:
        cand, _pid = next(it3)
        find_duplicates(engine, VENDOR, cand)

    med, p95 = median_ms(repeat_check, repeat=61)
    emit("deals", "duplicate_check_vendor_repeat", med, "ms", target="<= 50 ms median", size=size,
         p95_ms=round(p95, 2), note="same customers again: pages cached (as you type)")  # fmt: skip


def _csv(rows: int, broken_every: int) -> bytes:
    lines = ["Name;Type;BillingCity;BillingCountry;Website;Email;Phone;CurrencyIsoCode"]
    for i in range(1, rows + 1):
        if i % broken_every == 0:
            lines.append(f"Firma {i} GmbH;Reseller;Köln;Atlantis;firma{i}.de;kaputt@;;EUR")
        else:
            lines.append(f"Müller Nr. {i} GmbH;Reseller;Köln;Germany;mueller{i}.de;info@mueller{i}.de;+49 221 {i};EUR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _import(engine: Engine, rows: int) -> None:
    size = f"{rows} partner rows (1 in 1000 broken)"
    data = _csv(rows, 1000)
    with engine.connect() as conn:
        program_id = conn.scalar(select(Program.id))
    opts = ImportOptions(program_id=program_id)
    t0 = time.perf_counter()
    pv = preview(data, "partners", "salesforce", engine=engine, actor=VENDOR, options=opts)
    t_preview = time.perf_counter() - t0
    emit(
        "deals",
        "csv_preview_rows_per_s",
        rows / t_preview,
        "rows/s",
        target=">= 10,000 rows/s",
        size=size,
        seconds=round(t_preview, 2),
        errors=pv.error_count,
    )
    t0 = time.perf_counter()
    result = run_import(engine, VENDOR, pv, only_valid=True)
    t_write = time.perf_counter() - t0
    emit(
        "deals",
        "csv_import_write_rows_per_s",
        result.created / t_write,
        "rows/s",
        size=size,
        seconds=round(t_write, 2),
        note="one transaction; every row audited (hash chain) and queued in the outbox",
    )
    emit(
        "deals",
        "csv_import_end_to_end_rows_per_s",
        rows / (t_preview + t_write),
        "rows/s",
        target=">= 10,000 rows/s",
        size=size,
    )


def _existing(path: Path) -> None:
    """The duplicate check on a replica generated elsewhere (e.g. the shared 1M replica of
    `bench_replica`); `WORKBENCH_DEALS_DB` names a COPY of it (opened read-write by SQLite), with
    `WORKBENCH_DEALS_DB_KEY` (hex) for an encrypted one."""
    key_hex = os.environ.get("WORKBENCH_DEALS_DB_KEY")
    engine = replica_engine(path, bytes.fromhex(key_hex) if key_hex else None)
    with engine.connect() as conn:
        deals = conn.exec_driver_sql("SELECT count(*) FROM deal_registrations").scalar()
    _dupcheck(engine, f"{deals} deals ({'encrypted' if key_hex else 'plain'}, {path.name})")
    engine.dispose()


def run(quick: bool = False) -> None:
    given = os.environ.get("WORKBENCH_DEALS_DB")
    if given:
        _existing(Path(given))
        return
    deals, rows = (100_000, 20_000) if quick else (1_000_000, 100_000)
    partners = deals // 10
    tmp = Path(tempfile.mkdtemp(prefix="bench-deals-"))
    try:
        engine = replica_engine(tmp / "r.db", KEY)
        upgrade(engine)
        seed_demo(engine, DemoSizes(partners=partners, deals=deals, training_events=1000, mdf_requests=100))
        engine.dispose()
        engine = replica_engine(tmp / "r.db", KEY)
        _dupcheck(engine, f"{deals} deals")
        _import(engine, rows)
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
