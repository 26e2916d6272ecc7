"""FTS5 configuration of the search index (revision 0002): insert cost against search speed and results.

`python -m bench search` (needs the lead's 1M replica, read only: BENCH_SEARCH_SOURCE, default
/work/benchdata/plain-100000-1000000.db) compares FTS5 option sets for `search_fts`:

* insert: CPU per partner row of the search trigger of 0002 (partner insert with the trigger minus without),
  100,000 (quick: 20,000) partners from the source inserted in one transaction, as the CSV import does;
* search: a search-only copy of the source (`search_docs`, the partners' names and `search_fts` rebuilt
  with the option set, in BENCH_SEARCH_DIR) queried with `workbench.search.fts.search` for every keystroke
  of the UI benchmark's words (CPU per query, p95 / median), and whether the hits (rows and order) are
  identical to those of the current configuration.

Nothing is written to the source file.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import statistics
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.bench_ui import TYPED
from bench.common import emit

SOURCE = Path(os.environ.get("BENCH_SEARCH_SOURCE", "/work/benchdata/plain-100000-1000000.db"))
WORKDIR = Path(os.environ.get("BENCH_SEARCH_DIR", "/work/tmp/bench_search"))
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
# name -> FTS5 options after the tokenizer (the first is the one revision 0002 had before this comparison)
CONFIGS: dict[str, list[str]] = {
    "full 123": ["prefix = '1 2 3'"],
    "column 123": ["prefix = '1 2 3'", "detail = column"],
    "column 123 nosize": ["prefix = '1 2 3'", "detail = column", "columnsize = 0"],
    "full 123 nosize": ["prefix = '1 2 3'", "columnsize = 0"],
    "column 23": ["prefix = '2 3'", "detail = column"],
    "column 12": ["prefix = '1 2'", "detail = column"],
    "column 123 nosize am16": ["prefix = '1 2 3'", "detail = column", "columnsize = 0", "automerge = 16"],
    "full none": [],  # reference: no prefix indexes at all (type-ahead needs them)
}


def _migration() -> ModuleType:
    path = next(Path(__file__).parent.parent.glob("migrations/versions/*_0002_*.py"))
    spec = importlib.util.spec_from_file_location("mig0002", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_SETTINGS = ("automerge", "crisismerge", "pgsz", "hashsize", "usermerge")  # persistent options, not CREATE arguments


def _fts_sql(options: list[str]) -> str:
    created = [o for o in options if o.split(" = ")[0] not in _SETTINGS]
    return f"CREATE VIRTUAL TABLE search_fts USING fts5(kind, title, body, {', '.join([TOKENIZE, *created])})"


def _configure(conn: sqlite3.Connection, options: list[str], settings: dict[str, int] | None = None) -> None:
    chosen = {k: int(v) for k, v in (o.split(" = ") for o in options) if k in _SETTINGS} | (settings or {})
    for key, value in chosen.items():
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)", (key, value))


def _partner_rows(n: int) -> list[tuple[Any, ...]]:
    src = sqlite3.connect(f"file:{SOURCE}?mode=ro", uri=True)
    try:
        rows = src.execute(
            "SELECT legal_name, name_norm, city, web_domain, email, country FROM partners ORDER BY rowid LIMIT ?",
            (n,),
        ).fetchall()
    finally:
        src.close()
    return [(f"p{i:08d}", None, None, *r) for i, r in enumerate(rows)]


def insert_cost(
    options: list[str] | None, rows: list[tuple[Any, ...]], path: Path, settings: dict[str, int] | None = None
) -> float:
    """CPU seconds to insert `rows` into a partners table with the 0002 partner insert trigger (None: no index)."""
    mig = _migration()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE partners (id TEXT PRIMARY KEY, partner_id TEXT, deleted_at TEXT, legal_name TEXT NOT NULL,"
        " name_norm TEXT, city TEXT, web_domain TEXT, email TEXT, country TEXT)"
    )
    if options is not None:
        statements = mig._statements()
        for s in statements[:3]:
            conn.execute(_fts_sql(options) if s.startswith("CREATE VIRTUAL TABLE") else s)
        conn.execute(next(s for s in statements if s.startswith("CREATE TRIGGER search_partners_ai")))
        _configure(conn, options, settings)
    c0 = time.process_time()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO partners (id, partner_id, deleted_at, legal_name, name_norm, city, web_domain, email, country)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    took = time.process_time() - c0
    conn.close()
    return took


def build_search_copy(options: list[str], path: Path) -> float:
    """A search-only copy of the source with `search_fts` rebuilt using `options`; returns CPU seconds of
    the FTS insert."""
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("ATTACH DATABASE ? AS src", (f"file:{SOURCE}?mode=ro",))
    conn.execute("BEGIN")
    conn.execute(
        "CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, entity TEXT NOT NULL, row_id TEXT NOT NULL,"
        " partner_id TEXT)"
    )
    conn.execute("INSERT INTO search_docs SELECT * FROM src.search_docs ORDER BY docid")
    conn.execute("CREATE UNIQUE INDEX search_docs_row_id ON search_docs (row_id)")
    conn.execute("CREATE TABLE partners (id TEXT PRIMARY KEY, legal_name TEXT NOT NULL)")
    conn.execute("INSERT INTO partners SELECT id, legal_name FROM src.partners")
    conn.execute(_fts_sql(options))
    _configure(conn, options)
    c0 = time.process_time()
    conn.execute(
        "INSERT INTO search_fts (rowid, kind, title, body) SELECT rowid, kind, title, body FROM src.search_fts"
        " ORDER BY rowid"
    )
    took = time.process_time() - c0
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.close()
    return took


def search_run(path: Path, rounds: int = 3) -> tuple[list[float], dict[str, list[tuple[str, str]]]]:
    """CPU ms per `fts.search` call for every keystroke of TYPED (`rounds` times) and the hits per text."""
    from sqlalchemy import create_engine

    from workbench.search import fts

    engine = create_engine(f"sqlite:///{path}")
    cpu: list[float] = []
    hits: dict[str, list[tuple[str, str]]] = {}
    for _ in range(rounds):
        for word in TYPED:
            for i in range(1, len(word) + 1):
                typed = word[:i]
                c0 = time.process_time()
                found = fts.search(engine, typed)
                cpu.append((time.process_time() - c0) * 1000)
                hits[typed] = [(h.entity, h.row_id) for h in found]
    engine.dispose()
    return cpu, hits


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def run(quick: bool = False) -> None:
    if not SOURCE.exists():
        print(f"bench_search: {SOURCE} not found; skipped")
        return
    WORKDIR.mkdir(parents=True, exist_ok=True)
    names = [n for n in os.environ.get("BENCH_SEARCH_CONFIGS", "").split(",") if n] or list(CONFIGS)
    rows = _partner_rows(20_000 if quick else 100_000)
    plain = min(insert_cost(None, rows, WORKDIR / "insert.db") for _ in range(2))
    reference: dict[str, list[tuple[str, str]]] | None = None
    for name in names:
        options = CONFIGS[name]
        with_index = min(insert_cost(options, rows, WORKDIR / "insert.db") for _ in range(2))
        per_row_us = (with_index - plain) / len(rows) * 1e6
        result: dict[str, Any] = {
            "options": ", ".join(options),
            "partners": len(rows),
            "trigger_us_per_row": round(per_row_us, 1),
        }
        if not quick:
            copy = WORKDIR / f"search-{name.replace(' ', '_')}.db"
            result["fts_build_cpu_s"] = round(build_search_copy(options, copy), 1)
            result["fts_size_mb"] = round(copy.stat().st_size / 1e6)
            cpu, hits = search_run(copy)
            if reference is None:
                reference = hits
            differ = sorted(t for t in hits if hits[t] != reference.get(t))
            result.update(
                search_cpu_p95_ms=round(_p95(cpu), 2),
                search_cpu_median_ms=round(statistics.median(cpu), 2),
                search_cpu_max_ms=round(max(cpu), 2),
                hits_differ_from_first=differ,
            )
            copy.unlink()
        emit("search", f"fts5 {name}", per_row_us, "us/row", size="100k partners / 1M deals", **result)
