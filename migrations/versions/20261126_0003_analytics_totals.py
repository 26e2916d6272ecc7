"""Analytics: per-partner, per-month, per-currency deal totals kept current by triggers.

`analytics_deal_month` holds, for each program, month ('YYYY-MM'), partner and deal currency, the sums the
overall and segment KPIs need (workbench/analytics/totals.py reads it). A deal contributes to two months:

* the month of `closed_at` (won / lost deals): won_n, won_minor (won_amount_minor, else amount_minor),
  lost_n, cycle_days (closed day − submission day) and cycle_n (closed deals with a submission time);
* the month of `submitted_at` (every submitted deal): submitted_n, open_n / open_minor (status submitted,
  info_requested or approved), sla_decided_n (decided_at set) and sla_ok_n (decided within the program's
  `review_sla_days` working days, Mon–Fri, of submission) and pending_n (still submitted: whether such a
  registration is overdue depends on the day it is judged, so it is counted per submission day).

`analytics_deal_day` holds the same sums per program, day ('YYYY-MM-DD') and currency, without the partner:
the overall figures of any period without a filter read a few hundred of its rows (no partial-month edges).

Only live deals (deleted_at IS NULL) count. Triggers on deal_registrations add the new row's contribution and
subtract the old one, so every write path (unit of work, sync pull apply with Core, bulk inserts) keeps the
table current in the same transaction, like the search index of revision 0002. A change of a program's
`review_sla_days` recomputes that program's sla_ok_n. Rows whose sums fall back to zero stay (harmless).

SQLite only (the laptop replica); a no-op on PostgreSQL. The SQL is frozen here on purpose.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLE = "analytics_deal_month"
DAY_TABLE = "analytics_deal_day"
# table, key columns, bucket column, characters of the date that make the bucket, with partner
_GRAINS = (
    (TABLE, "program_id, month, partner_id, currency", "month", 7, True),
    (DAY_TABLE, "program_id, day, currency", "day", 10, False),
)
_CLOSED_COLS = ("won_n", "won_minor", "lost_n", "cycle_days", "cycle_n")
_SUBMITTED_COLS = ("submitted_n", "open_n", "open_minor", "sla_decided_n", "sla_ok_n", "pending_n")
_OPEN = "('submitted', 'info_requested', 'approved')"
# Columns whose change moves a deal between buckets or changes its sums.
_WATCHED = (
    "status, amount_minor, won_amount_minor, currency, closed_at, submitted_at, decided_at, partner_id,"
    " program_id, deleted_at"
)


def _day(expr: str) -> str:
    """Julian day number of the calendar day (as workbench.analytics.kpis._daynum)."""
    return f"CAST(julianday({expr}) + 0.5 AS INTEGER)"


def _allowed(r: str) -> str:
    """Calendar days from the submission day to the end of the N-th working day after it (N = the program's
    review_sla_days, default 3), as kpis.working_day_offsets: 7 per 5 working days plus the rest."""
    n = f"coalesce((SELECT p.review_sla_days FROM programs AS p WHERE p.id = {r}.program_id), 3)"
    w = f"(({_day(f'{r}.submitted_at')} + 1) % 7)"  # 0 = Sunday ... 6 = Saturday
    rest = f"((({n}) - 1) % 5 + 1)"
    return (
        f"(CASE WHEN ({n}) <= 0 THEN 0 ELSE 7 * ((({n}) - 1) / 5) + CASE WHEN {w} = 0 THEN {rest}"
        f" WHEN {w} = 6 THEN {rest} + 1 WHEN {rest} <= 5 - {w} THEN {rest} ELSE {rest} + 2 END END)"
    )


def _sla_ok(r: str) -> str:
    return f"({r}.decided_at IS NOT NULL AND {_day(f'{r}.decided_at')} - {_day(f'{r}.submitted_at')} <= {_allowed(r)})"


def _upsert(key: str, cols: tuple[str, ...]) -> str:
    sets = ", ".join(f"{c} = {c} + excluded.{c}" for c in cols)
    return f"ON CONFLICT ({key}) DO UPDATE SET {sets}"


def _bucket(r: str, column: str, length: int, partner: bool) -> str:
    """The key values of row alias `r` bucketed by `column`."""
    return (
        f"{r}.program_id, substr({r}.{column}, 1, {length}), "
        + (f"{r}.partner_id, " if partner else "")
        + f"{r}.currency"
    )


def _closed(grain: tuple[str, str, str, int, bool], r: str, sign: str, source: str = "", group: bool = False) -> str:
    """The closed-month contribution of row alias `r` times `sign` (a trigger row or, with `source` and
    `group`, a whole table)."""
    agg = "sum" if group else ""
    vals = (
        f"{agg}({sign} * ({r}.status = 'won')),"
        f" {agg}({sign} * CASE WHEN {r}.status = 'won' THEN coalesce({r}.won_amount_minor, {r}.amount_minor)"
        " ELSE 0 END),"
        f" {agg}({sign} * ({r}.status = 'lost')),"
        f" {agg}({sign} * CASE WHEN {r}.submitted_at IS NOT NULL"
        f" THEN {_day(f'{r}.closed_at')} - {_day(f'{r}.submitted_at')} ELSE 0 END),"
        f" {agg}({sign} * ({r}.submitted_at IS NOT NULL))"
    )
    table, key, _col, length, partner = grain
    bucket = _bucket(r, "closed_at", length, partner)
    tail = f" GROUP BY {bucket}" if group else ""
    return (
        f"INSERT INTO {table} ({key}, {', '.join(_CLOSED_COLS)})"
        f" SELECT {bucket}, {vals}{source}"
        f" WHERE {r}.deleted_at IS NULL AND {r}.closed_at IS NOT NULL AND {r}.status IN ('won', 'lost'){tail}"
        f" {_upsert(key, _CLOSED_COLS)};"
    )


def _submitted(grain: tuple[str, str, str, int, bool], r: str, sign: str, source: str = "", group: bool = False) -> str:
    agg = "sum" if group else ""
    vals = (
        f"{agg}({sign} * 1),"
        f" {agg}({sign} * ({r}.status IN {_OPEN})),"
        f" {agg}({sign} * CASE WHEN {r}.status IN {_OPEN} THEN {r}.amount_minor ELSE 0 END),"
        f" {agg}({sign} * ({r}.decided_at IS NOT NULL)),"
        f" {agg}({sign} * {_sla_ok(r)}),"
        f" {agg}({sign} * ({r}.status = 'submitted'))"
    )
    table, key, _col, length, partner = grain
    bucket = _bucket(r, "submitted_at", length, partner)
    tail = f" GROUP BY {bucket}" if group else ""
    return (
        f"INSERT INTO {table} ({key}, {', '.join(_SUBMITTED_COLS)})"
        f" SELECT {bucket}, {vals}{source}"
        f" WHERE {r}.deleted_at IS NULL AND {r}.submitted_at IS NOT NULL{tail}"
        f" {_upsert(key, _SUBMITTED_COLS)};"
    )


def _statements() -> list[str]:
    cols = ", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in (*_CLOSED_COLS, *_SUBMITTED_COLS))
    add = " ".join(_closed(g, "new", "1") + " " + _submitted(g, "new", "1") for g in _GRAINS)
    sub = " ".join(_closed(g, "old", "-1") + " " + _submitted(g, "old", "-1") for g in _GRAINS)
    sla_reset = ""
    for table, key, _col, length, partner in _GRAINS:
        bucket = _bucket("d", "submitted_at", length, partner)
        sla_reset += (
            f" UPDATE {table} SET sla_ok_n = 0 WHERE program_id = new.id;"
            f" INSERT INTO {table} ({key}, sla_ok_n) SELECT {bucket}, sum({_sla_ok('d')})"
            " FROM deal_registrations AS d WHERE d.program_id = new.id"
            f" AND d.deleted_at IS NULL AND d.submitted_at IS NOT NULL GROUP BY {bucket}"
            f" {_upsert(key, ('sla_ok_n',))};"
        )
    out = [
        f"CREATE TABLE {TABLE} (program_id TEXT NOT NULL, month TEXT NOT NULL, partner_id TEXT NOT NULL,"
        f" currency TEXT NOT NULL, {cols}, PRIMARY KEY ({_GRAINS[0][1]})) WITHOUT ROWID",
        f"CREATE INDEX {TABLE}_partner ON {TABLE} (partner_id, month)",
        # pipeline: only the rows that hold open deals (a snapshot over every month)
        f"CREATE INDEX {TABLE}_open ON {TABLE} (program_id, month, currency, open_minor) WHERE open_n <> 0",
        f"CREATE TABLE {DAY_TABLE} (program_id TEXT NOT NULL, day TEXT NOT NULL, currency TEXT NOT NULL, {cols},"
        f" PRIMARY KEY ({_GRAINS[1][1]})) WITHOUT ROWID",
        f"CREATE TRIGGER {TABLE}_deals_ai AFTER INSERT ON deal_registrations BEGIN {add} END",
        f"CREATE TRIGGER {TABLE}_deals_ad AFTER DELETE ON deal_registrations BEGIN {sub} END",
        f"CREATE TRIGGER {TABLE}_deals_au AFTER UPDATE OF {_WATCHED} ON deal_registrations BEGIN {sub} {add} END",
        f"CREATE TRIGGER {TABLE}_programs_sla AFTER UPDATE OF review_sla_days ON programs"
        f" WHEN new.review_sla_days IS NOT old.review_sla_days BEGIN{sla_reset} END",
    ]
    # Deals that exist already (an upgraded replica).
    for g in _GRAINS:
        out.append(_closed(g, "d", "1", " FROM deal_registrations AS d", group=True).rstrip(";"))
        out.append(_submitted(g, "d", "1", " FROM deal_registrations AS d", group=True).rstrip(";"))
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for suffix in ("deals_ai", "deals_ad", "deals_au", "programs_sla"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute(f"DROP TABLE IF EXISTS {DAY_TABLE}")
