"""Issue #6 figure: CSV import of partner rows with validation, written through the bulk path
(`UnitOfWork.bulk_insert`: Core executemany, every row audited on the hash chain and queued in the
outbox, one transaction) into an encrypted replica migrated by Alembic (so the search-index triggers run
for every row, as in the app).

Full: 100,000 partner rows, 1 in 1,000 broken (target >= 10,000 rows/s end to end: preview with full
validation + write), then 20,000 deal rows with products. Quick: 20,000 partner rows, 5,000 deal rows."""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select

from bench.common import emit
from workbench.audit import chain
from workbench.clock import utcnow
from workbench.csvio.importer import ImportOptions, ImportPreview, ImportResult, preview, run_import
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.ids import new_id
from workbench.security.roles import Actor, Role

KEY = b"\x43" * 32
VENDOR = Actor("bench-cm", Role.CHANNEL_MANAGER, "bench")


def _partners_csv(rows: int, broken_every: int) -> bytes:
    lines = ["Name;Type;BillingCity;BillingCountry;Website;Email;Phone;CurrencyIsoCode"]
    for i in range(1, rows + 1):
        if i % broken_every == 0:
            lines.append(f"Firma {i} GmbH;Reseller;Köln;Atlantis;firma{i}.de;kaputt@;;EUR")
        else:
            lines.append(f"Müller Nr. {i} GmbH;Reseller;Köln;Germany;mueller{i}.de;info@mueller{i}.de;+49 221 {i};EUR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _deals_csv(rows: int) -> bytes:
    close = (date.today() + timedelta(days=60)).isoformat()
    lines = ["Account Name;Opportunity Name;Amount;Close Date;Product Code;Currency"]
    for i in range(rows):
        products = "SRV-1;LIC-1" if i % 3 == 0 else "SRV-1"
        lines.append(f'Kunde {i} GmbH;Deal {i};{1000 + i},50;{close};"{products}";EUR')
    return ("\n".join(lines) + "\n").encode("utf-8")


def _world(engine: Engine) -> str:
    now = utcnow()
    t = Base.metadata.tables
    program = new_id()
    with engine.begin() as conn:
        conn.execute(
            insert(t["programs"]).values(
                id=program, version=0, code="STD", name="Standard", currency="EUR", created_at=now, updated_at=now
            )
        )
        for sku in ("SRV-1", "LIC-1"):
            conn.execute(
                insert(t["products"]).values(
                    id=new_id(), version=0, program_id=program, sku=sku, name=sku, created_at=now, updated_at=now
                )
            )
    return program


@dataclass
class _Timed:
    preview: ImportPreview
    result: ImportResult
    preview_s: float  # wall clock
    write_s: float
    preview_cpu_s: float  # CPU time of this process (the machine is shared: wall time includes waiting)
    write_cpu_s: float


def _timed_import(
    engine: Engine, data: bytes, kind: str, mapping: str | dict[str, str], options: ImportOptions
) -> _Timed:
    t0, c0 = time.perf_counter(), time.process_time()
    pv = preview(data, kind, mapping, engine=engine, actor=VENDOR, options=options)
    t1, c1 = time.perf_counter(), time.process_time()
    result = run_import(engine, VENDOR, pv, only_valid=True)
    t2, c2 = time.perf_counter(), time.process_time()
    return _Timed(pv, result, t1 - t0, t2 - t1, c1 - c0, c2 - c1)


def _emit(prefix: str, rows: int, t: _Timed, size: str, target: str | None) -> None:
    emit("csv", f"{prefix}_preview_rows_per_s", rows / t.preview_s, "rows/s", size=size,
         seconds=round(t.preview_s, 2), cpu_rows_per_s=round(rows / t.preview_cpu_s),
         errors=t.preview.error_count)  # fmt: skip
    emit("csv", f"{prefix}_write_rows_per_s", t.result.created / t.write_s, "rows/s", target=target, size=size,
         seconds=round(t.write_s, 2), cpu_rows_per_s=round(t.result.created / t.write_cpu_s),
         note="bulk path: one transaction, every row audited (hash chain) and in the outbox")  # fmt: skip
    total, cpu = t.preview_s + t.write_s, t.preview_cpu_s + t.write_cpu_s
    emit("csv", f"{prefix}_import_rows_per_s", rows / total, "rows/s", target=target, size=size,
         seconds=round(total, 2), cpu_rows_per_s=round(rows / cpu))  # fmt: skip


def run(quick: bool = False) -> None:
    partner_rows, deal_rows = (20_000, 5_000) if quick else (100_000, 20_000)
    tmp = Path(tempfile.mkdtemp(prefix="bench-csv-"))
    try:
        engine = replica_engine(tmp / "r.db", KEY)
        upgrade(engine)
        program_id = _world(engine)
        size = f"{partner_rows} partner rows (1 in 1000 broken), encrypted replica"
        timed = _timed_import(
            engine, _partners_csv(partner_rows, 1000), "partners", "salesforce", ImportOptions(program_id=program_id)
        )
        _emit("partners", partner_rows, timed, size, ">= 10,000 rows/s")

        with engine.connect() as conn:
            partner_id = conn.scalar(select(Base.metadata.tables["partners"].c.id).limit(1))
        mapping = {
            "customer_name": "Account Name",
            "title": "Opportunity Name",
            "amount": "Amount",
            "expected_close": "Close Date",
            "products": "Product Code",
            "currency": "Currency",
        }
        size = f"{deal_rows} deal rows (4 products per 3 deals), encrypted replica"
        timed = _timed_import(
            engine, _deals_csv(deal_rows), "deals", mapping, ImportOptions(program_id=program_id, partner_id=partner_id)
        )
        _emit("deals", deal_rows, timed, size, None)

        from sqlalchemy.orm import Session

        t0 = time.perf_counter()
        with Session(engine) as s:
            report = chain.verify(s)
        emit("csv", "audit_chain_verified", report.entries, "entries", ok=report.ok,
             seconds=round(time.perf_counter() - t0, 2))  # fmt: skip
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
