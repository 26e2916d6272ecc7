"""Derived tables (kept current by SQL triggers) and the bulk load that builds them once instead of per row.

Some SQLite tables of the replica are derived from others by triggers: the search index (revision 0002,
`workbench.search.fts`) and the analytics totals (revision 0003, `workbench.analytics.rebuild`). Each such
set of tables is registered here with the names of the triggers that maintain it and a `rebuild` that
recomputes its contents from the source tables inside the caller's transaction, to exactly what the triggers
produce for the same source rows.

`begin_bulk` / `finish_bulk` let a caller write many rows into EMPTY tables cheaply (the sync client's first
pull): in one transaction, the tables' secondary non-unique indexes and their triggers are dropped (their SQL
read from sqlite_master first), the rows are written, then every affected derived set is rebuilt in one
INSERT ... SELECT per table and the triggers and indexes are created again from the very same SQL. A table is
left out of the bulk load (written the normal way, indexes and triggers in place) when it is not empty or
when one of its triggers belongs to no registered derived set: a trigger this module cannot rebuild must keep
firing. Unique indexes (and the primary key) stay, so constraint checks and ON CONFLICT work as usual. Since
SQLite's DDL is transactional, a failure before the commit rolls everything back: no half-built schema.

A module that adds derived tables registers them with `register` and is listed in `_PROVIDERS` (imported
lazily, so `workbench.db` does not import its users at import time)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection

log = logging.getLogger("workbench.db.derived")

# Modules that register derived tables on import.
_PROVIDERS: tuple[str, ...] = ("workbench.search.fts", "workbench.analytics.rebuild")


@dataclass(frozen=True, slots=True)
class Derived:
    """A set of derived tables: the triggers that maintain them and a full rebuild from the sources (which
    must leave the tables exactly as the triggers leave them after inserting the same source rows)."""

    name: str
    tables: tuple[str, ...]
    triggers: frozenset[str]
    rebuild: Callable[[Connection], object]


_registry: dict[str, Derived] = {}


def register(derived: Derived) -> Derived:
    """Register (or replace, by name) a set of derived tables. A trigger may belong to one set only."""
    for other in _registry.values():
        shared = other.triggers & derived.triggers
        if other.name != derived.name and shared:
            raise ValueError(f"triggers {sorted(shared)} already belong to derived tables {other.name!r}")
    _registry[derived.name] = derived
    return derived


def registered() -> list[Derived]:
    for module in _PROVIDERS:
        importlib.import_module(module)
    return list(_registry.values())


def owner_of(trigger: str) -> Derived | None:
    return next((d for d in registered() if trigger in d.triggers), None)


@dataclass(slots=True)
class BulkLoad:
    """What `begin_bulk` dropped (name, SQL) and must restore, and the derived sets to rebuild."""

    tables: tuple[str, ...]
    indexes: list[tuple[str, str]] = field(default_factory=list)
    triggers: list[tuple[str, str]] = field(default_factory=list)
    derived: list[Derived] = field(default_factory=list)
    left_out: dict[str, list[str]] = field(default_factory=dict)  # table -> its unknown triggers
    # the planner statistics (sqlite_stat1 rows, migration 0005) of the dropped indexes: DROP INDEX deletes them
    stats: list[tuple[str, str, str]] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _is_empty(conn: Connection, table: str) -> bool:
    return conn.exec_driver_sql(f"SELECT 1 FROM {_quote(table)} LIMIT 1").first() is None


def begin_bulk(conn: Connection, tables: Iterable[str]) -> BulkLoad | None:
    """In the caller's (SQLite) transaction: for each of `tables` that is empty and whose triggers all
    belong to registered derived tables, drop its secondary non-unique indexes and its triggers. Returns
    what was dropped (pass it to `finish_bulk` in the same transaction), None when no table qualifies or
    the database is not SQLite. A name that is no table raises ValueError before anything is dropped."""
    if conn.dialect.name != "sqlite":
        return None
    owners = {t: d for d in registered() for t in d.triggers}
    chosen: list[str] = []
    load = BulkLoad(tables=())
    objects: dict[str, list[tuple[str, str, str | None]]] = {}
    existing: set[str] = set()
    for kind, name, table, sql in conn.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') ORDER BY rowid"
    ):
        if kind == "table":
            existing.add(name)
        else:
            objects.setdefault(table, []).append((kind, name, sql))
    wanted = list(dict.fromkeys(tables))
    missing = [t for t in wanted if t not in existing]
    if missing:
        raise ValueError(f"bulk load of tables that do not exist: {missing}")
    for table in wanted:
        found = objects.get(table, [])
        unknown = [name for kind, name, _sql in found if kind == "trigger" and name not in owners]
        if unknown:
            load.left_out[table] = unknown
            continue
        if not _is_empty(conn, table):
            continue
        chosen.append(table)
        for kind, name, sql in found:
            if kind == "trigger" and sql:
                load.triggers.append((name, sql))
                if owners[name] not in load.derived:
                    load.derived.append(owners[name])
            elif kind == "index" and sql and not _is_unique(sql):
                load.indexes.append((name, sql))
    if load.left_out:
        log.info("bulk load leaves out tables with unregistered triggers", extra={"tables": load.left_out})
    if not chosen:
        return None
    load.tables = tuple(chosen)
    if load.indexes and _has_stats(conn):
        names = [name for name, _sql in load.indexes]
        marks = ", ".join("?" for _ in names)
        found_stats = conn.exec_driver_sql(
            f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN ({marks})", tuple(names)
        )
        load.stats = [(str(t), str(i), str(st)) for t, i, st in found_stats]
    for name, _sql in load.triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {_quote(name)}")
    for name, _sql in load.indexes:
        conn.exec_driver_sql(f"DROP INDEX {_quote(name)}")
    return load


def _is_unique(sql: str) -> bool:
    return sql.lstrip()[:20].upper().replace("  ", " ").startswith("CREATE UNIQUE")


def finish_bulk(conn: Connection, load: BulkLoad) -> None:
    """Rebuild the affected derived tables (before the indexes come back: a plain scan of each source table,
    in insertion order), then create the triggers and indexes again from their original SQL."""
    for derived in load.derived:
        derived.rebuild(conn)
    for _name, sql in load.triggers:
        conn.exec_driver_sql(sql)
    for _name, sql in load.indexes:
        conn.exec_driver_sql(sql)
    if load.stats:
        conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", load.stats)  # type: ignore[arg-type]
        conn.exec_driver_sql("ANALYZE sqlite_master")  # reload the statistics into the planner


def _has_stats(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is not None
