"""A full rebuild of the analytics totals tables (revision 0003) from deal_registrations, in the caller's
transaction: what the triggers of 0003 would have written had every live deal been inserted one by one.

The migration's SQL is frozen in the migration (it must not change when the code changes), so the expressions
are mirrored here, statement for statement, from its backfill ("Deals that exist already"); the tests compare
a rebuilt database with a trigger-maintained one, table for table. Used by the sync client's bulk load of an
empty replica (workbench.db.derived), which drops the triggers while it inserts and rebuilds once at the end.

Rows whose sums fell back to zero (left by the update and delete triggers) are not recreated: after a rebuild
the tables hold only buckets with at least one counted deal, which the readers treat the same way."""

from __future__ import annotations

from sqlalchemy import Connection

from workbench.db.derived import Derived, register

TABLE = "analytics_deal_month"
DAY_TABLE = "analytics_deal_day"
# table, key columns, bucket column, characters of the date that make the bucket, with partner (as 0003)
_GRAINS = (
    (TABLE, "program_id, month, partner_id, currency", "month", 7, True),
    (DAY_TABLE, "program_id, day, currency", "day", 10, False),
)
_CLOSED_COLS = ("won_n", "won_minor", "lost_n", "cycle_days", "cycle_n")
_SUBMITTED_COLS = ("submitted_n", "open_n", "open_minor", "sla_decided_n", "sla_ok_n", "pending_n")
_OPEN = "('submitted', 'info_requested', 'approved')"

# The triggers of revision 0003.
TRIGGERS = frozenset(
    {f"{TABLE}_deals_ai", f"{TABLE}_deals_ad", f"{TABLE}_deals_au", f"{TABLE}_programs_sla"},
)


def _day(expr: str) -> str:
    return f"CAST(julianday({expr}) + 0.5 AS INTEGER)"


def _allowed(r: str) -> str:
    n = f"coalesce((SELECT p.review_sla_days FROM programs AS p WHERE p.id = {r}.program_id), 3)"
    w = f"(({_day(f'{r}.submitted_at')} + 1) % 7)"
    rest = f"((({n}) - 1) % 5 + 1)"
    return (
        f"(CASE WHEN ({n}) <= 0 THEN 0 ELSE 7 * ((({n}) - 1) / 5) + CASE WHEN {w} = 0 THEN {rest}"
        f" WHEN {w} = 6 THEN {rest} + 1 WHEN {rest} <= 5 - {w} THEN {rest} ELSE {rest} + 2 END END)"
    )


def _sla_ok(r: str) -> str:
    return f"({r}.decided_at IS NOT NULL AND {_day(f'{r}.decided_at')} - {_day(f'{r}.submitted_at')} <= {_allowed(r)})"


def _bucket(r: str, column: str, length: int, partner: bool) -> str:
    return (
        f"{r}.program_id, substr({r}.{column}, 1, {length}), "
        + (f"{r}.partner_id, " if partner else "")
        + f"{r}.currency"
    )


def _closed_values(r: str) -> list[str]:
    return [
        f"({r}.status = 'won')",
        f"CASE WHEN {r}.status = 'won' THEN coalesce({r}.won_amount_minor, {r}.amount_minor) ELSE 0 END",
        f"({r}.status = 'lost')",
        f"CASE WHEN {r}.submitted_at IS NOT NULL THEN {_day(f'{r}.closed_at')} - {_day(f'{r}.submitted_at')}"
        " ELSE 0 END",
        f"({r}.submitted_at IS NOT NULL)",
    ]


def _submitted_values(r: str) -> list[str]:
    return [
        "1",
        f"({r}.status IN {_OPEN})",
        f"CASE WHEN {r}.status IN {_OPEN} THEN {r}.amount_minor ELSE 0 END",
        f"({r}.decided_at IS NOT NULL)",
        _sla_ok(r),
        f"({r}.status = 'submitted')",
    ]


def _counts(kind: str, r: str) -> str:
    if kind == "closed":
        return f"{r}.deleted_at IS NULL AND {r}.closed_at IS NOT NULL AND {r}.status IN ('won', 'lost')"
    return f"{r}.deleted_at IS NULL AND {r}.submitted_at IS NOT NULL"


def _fill(grain: tuple[str, str, str, int, bool], kind: str) -> str:
    """The backfill statement of 0003 for one grain and contribution (sums per bucket over every deal).
    The tables are empty when it runs and each statement writes distinct buckets of its kind; the upsert
    adds a kind's sums to a bucket the other kind created."""
    table, key, _col, length, partner = grain
    cols = _CLOSED_COLS if kind == "closed" else _SUBMITTED_COLS
    values = _closed_values("d") if kind == "closed" else _submitted_values("d")
    vals = ", ".join(f"sum(1 * {v})" for v in values)
    bucket = _bucket("d", "closed_at" if kind == "closed" else "submitted_at", length, partner)
    sets = ", ".join(f"{c} = {c} + excluded.{c}" for c in cols)
    return (
        f"INSERT INTO {table} ({key}, {', '.join(cols)}) SELECT {bucket}, {vals} FROM deal_registrations AS d"
        f" WHERE {_counts(kind, 'd')} GROUP BY {bucket} ON CONFLICT ({key}) DO UPDATE SET {sets}"
    )


def statements() -> list[str]:
    out = [f"DELETE FROM {TABLE}", f"DELETE FROM {DAY_TABLE}"]
    for grain in _GRAINS:
        out += [_fill(grain, "closed"), _fill(grain, "submitted")]
    return out


def has_totals(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{TABLE}'").first()
    return found is not None


def rebuild_totals(conn: Connection) -> None:
    """Recompute analytics_deal_month and analytics_deal_day from the live deals (no-op without them)."""
    if not has_totals(conn):
        return
    for statement in statements():
        conn.exec_driver_sql(statement)


register(Derived("analytics_totals", (TABLE, DAY_TABLE), TRIGGERS, rebuild_totals))
