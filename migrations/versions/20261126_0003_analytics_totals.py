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
table current in the same transaction, like the search index of revision 0002. The update trigger fires only
when a counted column really changed (the pull apply rewrites every column of rows it already has) and adds
new − old in one upsert when both fall in the same bucket; insert and delete skip drafts. A change of a program's
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


def _closed_values(r: str) -> list[str]:
    """The closed-month contribution of row alias `r`, one expression per column of _CLOSED_COLS."""
    return [
        f"({r}.status = 'won')",
        f"CASE WHEN {r}.status = 'won' THEN coalesce({r}.won_amount_minor, {r}.amount_minor) ELSE 0 END",
        f"({r}.status = 'lost')",
        f"CASE WHEN {r}.submitted_at IS NOT NULL THEN {_day(f'{r}.closed_at')} - {_day(f'{r}.submitted_at')}"
        " ELSE 0 END",
        f"({r}.submitted_at IS NOT NULL)",
    ]


def _submitted_values(r: str) -> list[str]:
    """The submitted-month contribution of row alias `r`, one expression per column of _SUBMITTED_COLS."""
    return [
        "1",
        f"({r}.status IN {_OPEN})",
        f"CASE WHEN {r}.status IN {_OPEN} THEN {r}.amount_minor ELSE 0 END",
        f"({r}.decided_at IS NOT NULL)",
        _sla_ok(r),
        f"({r}.status = 'submitted')",
    ]


def _counts(kind: str, r: str) -> str:
    """Row alias `r` contributes to its `kind` ('closed' or 'submitted') bucket."""
    if kind == "closed":
        return f"{r}.deleted_at IS NULL AND {r}.closed_at IS NOT NULL AND {r}.status IN ('won', 'lost')"
    return f"{r}.deleted_at IS NULL AND {r}.submitted_at IS NOT NULL"


def _contribution(
    grain: tuple[str, str, str, int, bool],
    kind: str,
    r: str,
    sign: str,
    source: str = "",
    group: bool = False,
    extra: str = "",
) -> str:
    """Upsert of the `kind` contribution of row alias `r` times `sign` (a trigger row or, with `source` and
    `group`, a whole table); `extra` narrows the WHERE clause."""
    table, key, _col, length, partner = grain
    cols = _CLOSED_COLS if kind == "closed" else _SUBMITTED_COLS
    values = _closed_values(r) if kind == "closed" else _submitted_values(r)
    agg = "sum" if group else ""
    vals = ", ".join(f"{agg}({sign} * {v})" for v in values)
    bucket = _bucket(r, "closed_at" if kind == "closed" else "submitted_at", length, partner)
    tail = f" GROUP BY {bucket}" if group else ""
    return (
        f"INSERT INTO {table} ({key}, {', '.join(cols)}) SELECT {bucket}, {vals}{source}"
        f" WHERE {_counts(kind, r)}{extra}{tail} {_upsert(key, cols)};"
    )


def _closed(grain: tuple[str, str, str, int, bool], r: str, sign: str, source: str = "", group: bool = False) -> str:
    return _contribution(grain, "closed", r, sign, source, group)


def _submitted(grain: tuple[str, str, str, int, bool], r: str, sign: str, source: str = "", group: bool = False) -> str:
    return _contribution(grain, "submitted", r, sign, source, group)


def _delta(grain: tuple[str, str, str, int, bool], kind: str) -> str:
    """The update trigger's statements for one grain and one contribution (`kind` 'closed' or 'submitted'):
    when the old and the new row count in the same bucket (the common case: a status change, a decision, an
    amount edit) ONE upsert adds the difference new − old; otherwise the old contribution is subtracted
    from its bucket and the new one added to its own (a statement whose WHERE fails writes nothing)."""
    table, key, _col, length, partner = grain
    column = "closed_at" if kind == "closed" else "submitted_at"
    cols = _CLOSED_COLS if kind == "closed" else _SUBMITTED_COLS
    values = _closed_values if kind == "closed" else _submitted_values
    same = " AND ".join(
        [f"old.{c} IS new.{c}" for c in ("program_id", "currency", *(("partner_id",) if partner else ()))]
        + [f"substr(old.{column}, 1, {length}) IS substr(new.{column}, 1, {length})"]
    )
    both = f"({_counts(kind, 'old')} AND {same})"
    folded = ", ".join(
        f"{n} - CASE WHEN {both} THEN {o} ELSE 0 END" for n, o in zip(values("new"), values("old"), strict=True)
    )
    bucket = _bucket("new", column, length, partner)
    fold = (
        f"INSERT INTO {table} ({key}, {', '.join(cols)}) SELECT {bucket}, {folded}"
        f" WHERE {_counts(kind, 'new')} {_upsert(key, cols)};"
    )
    alone = _contribution(grain, kind, "old", "-1", extra=f" AND NOT ({_counts(kind, 'new')} AND {same})")
    return f"{fold} {alone}"


def trigger_statements() -> list[str]:
    """The triggers on deal_registrations (kept cheap: they run inside every bulk insert of the sync pull
    apply and the CSV import).

    * insert / delete: fire only for a live deal with a submission or close date (drafts cost nothing); one
      upsert per table and contribution, so at most four (two for a deal not yet closed);
    * update: fires only when a counted column really changed (the pull apply rewrites every column of a
      row it already has; re-applying an unchanged row costs no totals work), and folds old and new into one
      upsert per table and contribution when they fall in the same bucket."""
    add = " ".join(_closed(g, "new", "1") + " " + _submitted(g, "new", "1") for g in _GRAINS)
    sub = " ".join(_closed(g, "old", "-1") + " " + _submitted(g, "old", "-1") for g in _GRAINS)
    upd = " ".join(_delta(g, kind) for g in _GRAINS for kind in ("closed", "submitted"))
    counted = ", ".join(c.strip() for c in _WATCHED.split(","))
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in counted.split(", "))
    live = "{r}.deleted_at IS NULL AND ({r}.submitted_at IS NOT NULL OR {r}.closed_at IS NOT NULL)"
    return [
        f"CREATE TRIGGER {TABLE}_deals_ai AFTER INSERT ON deal_registrations WHEN {live.format(r='new')}"
        f" BEGIN {add} END",
        f"CREATE TRIGGER {TABLE}_deals_ad AFTER DELETE ON deal_registrations WHEN {live.format(r='old')}"
        f" BEGIN {sub} END",
        f"CREATE TRIGGER {TABLE}_deals_au AFTER UPDATE OF {_WATCHED} ON deal_registrations WHEN {changed}"
        f" BEGIN {upd} END",
    ]


def _statements() -> list[str]:
    cols = ", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in (*_CLOSED_COLS, *_SUBMITTED_COLS))
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
        *trigger_statements(),
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
