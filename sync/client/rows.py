"""Writing server rows into the replica without change capture.

Rows that come from the server (pull pages, push answers) are written with Core statements on a plain
connection, so they create neither outbox ops nor audit entries. Foreign keys are switched off for these
transactions: the replica mirrors rows the server committed consistently, but a pull page may hold a child
whose parent arrives on a later page (a row travels with the sequence number of its *last* change)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Numeric,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    inspect,
    or_,
)
from sqlalchemy import update as sa_update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from workbench.db.base import Base, SyncedMixin, UTCDateTime, entity_name, model_for_entity, synced_models

# Synced tables that never travel: each database keeps its own audit hash chain.
LOCAL_ONLY_ENTITIES = frozenset({"audit_events"})

Converter = Callable[[Any], Any]


def _to_datetime(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _to_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _to_decimal(value: Any) -> Any:
    return Decimal(str(value)) if isinstance(value, str | int | float) and not isinstance(value, bool) else value


def _converter(column: Column[Any]) -> Converter | None:
    col_type = column.type
    if isinstance(col_type, DateTime) or isinstance(getattr(col_type, "impl", None), DateTime):
        return _to_datetime
    if isinstance(col_type, Date):
        return _to_date
    if isinstance(col_type, Numeric) and getattr(col_type, "asdecimal", False):
        return _to_decimal
    return None


@cache
def column_map(model: type[Base]) -> dict[str, tuple[str, Converter | None]]:
    """Attribute key (the wire name) -> (column name, converter from the wire value)."""
    out: dict[str, tuple[str, Converter | None]] = {}
    for attr in inspect(model).column_attrs:
        col = attr.columns[0]
        if isinstance(col, Column):
            out[attr.key] = (col.name, _converter(col))
    return out


def from_wire(model: type[Base], key: str, value: Any) -> Any:
    """One JSON value of `model.key` as the Python value the column holds."""
    _name, conv = column_map(model)[key]
    return conv(value) if conv is not None and value is not None else value


def local_values(model: type[Base], row: dict[str, Any], skip: Iterable[str] = ()) -> dict[str, Any]:
    """A wire row as column-name -> Python value (unknown keys from a newer server are ignored)."""
    cmap = column_map(model)
    skipped = set(skip)
    out: dict[str, Any] = {}
    for key, value in row.items():
        found = cmap.get(key)
        if found is None or key in skipped:
            continue
        name, conv = found
        out[name] = conv(value) if conv is not None and value is not None else value
    return out


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def travelling_models() -> list[type[Base]]:
    return [m for m in synced_models() if entity_name(m) not in LOCAL_ONLY_ENTITIES]


_models: dict[str, type[Base]] = {}


def model_or_none(entity: str) -> type[Base] | None:
    """The synced model of a wire entity name (None for unknown and local-only entities)."""
    found = _models.get(entity)
    if found is not None:
        return found
    if entity in LOCAL_ONLY_ENTITIES:
        return None
    try:
        model = model_for_entity(entity)
    except KeyError:
        return None
    if not issubclass(model, SyncedMixin):
        return None
    _models[entity] = model
    return model


@contextmanager
def apply_connection(engine: Engine, *, cache_kib: int | None = None) -> Iterator[Connection]:
    """One write transaction (BEGIN IMMEDIATE) with foreign keys off, committed on a clean exit. With
    `cache_kib`, the connection's page cache is that large for the transaction (a bulk load that reads its
    tables back several times), and back to its previous size after it."""
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        cache_before = raw.execute("PRAGMA cache_size").fetchone()[0] if cache_kib is not None else None
        if cache_kib is not None:
            raw.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
        try:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
            if cache_before is not None:
                raw.execute(f"PRAGMA cache_size = {int(cache_before)}")


@contextmanager
def apply_session(engine: Engine) -> Iterator[Session]:
    """An ORM session on `apply_connection` (no unit of work, so no change capture)."""
    with apply_connection(engine) as conn, Session(bind=conn, autoflush=True, expire_on_commit=False) as session:
        yield session
        session.flush()


def upsert(conn: Connection, model: type[Base], rows: list[dict[str, Any]], *, newer_only: bool = True) -> None:
    """Insert or fully overwrite rows (column-name dicts); rows with the same keys go in one executemany.
    With `newer_only`, a local row with a higher version than the incoming one is left alone (applying a
    page twice, or an older copy after a newer one, changes nothing), and so is a local row identical to
    the incoming one (no rewrite of its indexes, no trigger). The statement is compiled once per
    column set and the rows are bound with the columns' own bind processors (no per-row statement work)."""
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for values in rows:
        by_keys.setdefault(tuple(sorted(values)), []).append(values)
    dialect = conn.dialect
    for keys, batch in by_keys.items():
        sql, order, processors = _compiled_upsert(model, keys, newer_only, dialect)
        pairs = list(zip(order, processors, strict=True))
        params = [
            tuple(proc(values[name]) if proc is not None else values[name] for name, proc in pairs) for values in batch
        ]
        conn.exec_driver_sql(sql, params)


_compiled: dict[tuple[type[Base], tuple[str, ...], bool], tuple[str, list[str], list[Any]]] = {}


def _compiled_upsert(
    model: type[Base], keys: tuple[str, ...], newer_only: bool, dialect: Any
) -> tuple[str, list[str], list[Any]]:
    key = (model, keys, newer_only)
    found = _compiled.get(key)
    if found is not None:
        return found
    table = table_of(model)
    stmt = sqlite_insert(table)
    where: Any = None
    if newer_only and "version" in keys:
        # Not older, and not identical: a row that comes back unchanged (this device's own pushed rows, a
        # page applied twice) is left alone instead of being rewritten with its indexes. Compared in binary
        # collation, so only a value that is the same byte for byte counts as unchanged.
        changed = or_(*(table.c[k].is_distinct_from(_binary(stmt.excluded[k])) for k in keys if k != "id"))
        where = and_(table.c.version <= stmt.excluded.version, changed)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={k: stmt.excluded[k] for k in keys if k != "id"},
        where=where,
    )
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
    order = list(compiled.positiontup or [])
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in order]
    found = (str(compiled), order, processors)
    _compiled[key] = found
    return found


def _binary(value: Any) -> Any:
    """A text column compared byte for byte, whatever collation it declares (other types have none)."""
    return value.collate("BINARY") if isinstance(value.type, String) else value


def upsert_wire(conn: Connection, model: type[Base], rows: list[dict[str, Any]], *, newer_only: bool = True) -> None:
    """`upsert` for rows as they come off the wire (attribute key -> JSON value), the pull apply's hot
    path: the statement, the column order and one converter per column that needs one (dates, JSON) are
    prepared once per table and key set; a row's values are read in statement order by one itemgetter,
    and only the converted columns are touched. Keys this client does not know are ignored."""
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(tuple(row), []).append(row)
    dialect = conn.dialect
    for wire_keys, batch in by_keys.items():
        sql, getter, fixes = _wire_plan(model, wire_keys, newer_only, dialect)
        params: list[Any] = []
        append = params.append
        if fixes:
            for row in batch:
                values = list(getter(row))
                for i, fix in fixes:
                    value = values[i]
                    if value is not None:
                        values[i] = fix(value)
                append(tuple(values))
        else:
            for row in batch:
                append(getter(row))
        conn.exec_driver_sql(sql, params)


_wire_plans: dict[tuple[type[Base], tuple[str, ...], bool], tuple[str, Any, list[tuple[int, Converter]]]] = {}


def _wire_plan(
    model: type[Base], wire_keys: tuple[str, ...], newer_only: bool, dialect: Any
) -> tuple[str, Any, list[tuple[int, Converter]]]:
    key = (model, wire_keys, newer_only)
    found = _wire_plans.get(key)
    if found is not None:
        return found
    cmap = column_map(model)
    by_column = {cmap[k][0]: k for k in wire_keys if k in cmap}
    sql, order, processors = _compiled_upsert(model, tuple(sorted(by_column)), newer_only, dialect)
    keys = [by_column[name] for name in order]
    table = table_of(model)
    fixes: list[tuple[int, Converter]] = []
    for i, (name, proc) in enumerate(zip(order, processors, strict=True)):
        conv = cmap[keys[i]][1]
        fast = _fast_sqlite_datetime if dialect.name == "sqlite" and _is_utc_datetime(table.c[name]) else None
        if fast is not None:
            fixes.append((i, _with_fallback(fast, conv, proc)))
        elif conv is not None or proc is not None:
            fixes.append((i, _compose(conv, proc)))
    getter: Any = itemgetter(*keys) if len(keys) > 1 else (lambda row, k=keys[0]: (row[k],))
    found = (sql, getter, fixes)
    _wire_plans[key] = found
    return found


def _is_utc_datetime(column: Column[Any]) -> bool:
    return isinstance(column.type, UTCDateTime)


def _fast_sqlite_datetime(value: Any) -> str | None:
    """An ISO datetime in UTC as the wire carries it ("2026-11-01T08:00:00+00:00", optionally with
    microseconds) as the text SQLAlchemy stores for a UTC datetime on SQLite ("2026-11-01 08:00:00.000000");
    None for any other shape (the caller converts those the general way)."""
    if type(value) is not str or value[10:11] != "T" or not value.endswith("+00:00"):
        return None
    if len(value) == 25:
        return value[:10] + " " + value[11:19] + ".000000"
    if len(value) == 32 and value[19] == ".":
        return value[:10] + " " + value[11:26]
    return None


def _compose(conv: Converter | None, proc: Any) -> Converter:
    if conv is None:
        return proc  # type: ignore[no-any-return]
    if proc is None:
        return conv
    return lambda value: proc(conv(value))


def _with_fallback(fast: Callable[[Any], Any], conv: Converter | None, proc: Any) -> Converter:
    slow = _compose(conv, proc)

    def convert(value: Any) -> Any:
        done = fast(value)
        return done if done is not None else slow(value)

    return convert


def write_row(conn: Connection, model: type[Base], row: dict[str, Any], keep: set[str]) -> None:
    """Write one server row, leaving the columns of `keep` (attribute keys of fields that still have
    unsent local edits) as they are when the row exists."""
    values = local_values(model, row)
    if not keep:
        upsert(conn, model, [values])
        return
    cmap = column_map(model)
    kept_columns = {cmap[k][0] for k in keep if k in cmap}
    table = table_of(model)
    stmt = sqlite_insert(table).values(values)
    update_set = {k: stmt.excluded[k] for k in values if k != "id" and k not in kept_columns}
    if update_set:
        conn.execute(stmt.on_conflict_do_update(index_elements=[table.c.id], set_=update_set))
    else:
        conn.execute(stmt.on_conflict_do_nothing(index_elements=[table.c.id]))


def tombstone(conn: Connection, model: type[Base], items: list[dict[str, Any]], now: datetime) -> None:
    """Soft-delete rows the server deleted: items of {"id", "version", "server_seq"}."""
    if not items:
        return
    table = table_of(model)
    stmt = (
        sa_update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            deleted_at=func.coalesce(table.c.deleted_at, bindparam("b_now", type_=table.c.deleted_at.type)),
            version=bindparam("b_version"),
            server_seq=bindparam("b_seq"),
        )
    )
    conn.execute(
        stmt,
        [{"b_id": i["id"], "b_version": i["version"], "b_seq": i["server_seq"], "b_now": now} for i in items],
    )


def remove(conn: Connection, model: type[Base], ids: list[str]) -> None:
    """Drop rows locally (evictions, re-snapshot sweep, discarded local creates). No capture, no audit."""
    table = table_of(model)
    for start in range(0, len(ids), 500):
        conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
