"""Reads of the deal totals table `analytics_deal_month` (revision 0003: per program, month, partner and
currency, kept current by SQLite triggers on deal_registrations).

A period is split into the whole months it covers (read from the totals: a few rows per partner and month)
and at most two partial months at its edges (read from the deals through the KPI record queries, a short
index range). kpis.py adds both; the figures are exactly those of the record queries alone.

The table exists only on SQLite replicas upgraded to revision 0003 (`has_totals`); elsewhere (PostgreSQL, a
replica built with `create_all`) the KPIs read the deals as before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    and_,
    bindparam,
    column,
    exists,
    func,
    literal,
    or_,
    select,
    table,
)
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from workbench.analytics.types import OVERALL_KEY, GroupBy, Period
from workbench.db.base import Base

TABLE = "analytics_deal_month"
DAY_TABLE = "analytics_deal_day"  # the same sums per program, day and currency (no partner): unfiltered overall
CLOSED_COLUMNS = ("won_n", "won_minor", "lost_n", "cycle_days", "cycle_n")
SUBMITTED_COLUMNS = ("submitted_n", "open_n", "open_minor", "sla_decided_n", "sla_ok_n", "pending_n")
COLUMNS = CLOSED_COLUMNS + SUBMITTED_COLUMNS

totals_table = table(
    TABLE,
    column("program_id"),
    column("month"),
    column("partner_id"),
    column("currency"),
    *(column(c) for c in COLUMNS),
)


day_table = table(DAY_TABLE, column("program_id"), column("day"), column("currency"), *(column(c) for c in COLUMNS))


@cache
def day_statement(pipeline: bool) -> Select[Any]:
    """Overall sums per currency from the day table: days :d_lo .. :d_hi, or (pipeline) open deals of every
    day up to :d_hi."""
    t = day_table
    cond = [t.c.program_id == bindparam("program_id"), t.c.day <= bindparam("d_hi")]
    if pipeline:
        cols = [func.sum(t.c.open_minor), func.sum(t.c.open_n)]
        cond.append(t.c.open_n != 0)
    else:
        cols = [func.sum(t.c[c]) for c in COLUMNS]
        cond.append(t.c.day >= bindparam("d_lo"))
    return select(literal(OVERALL_KEY).label("g"), t.c.currency, *cols).where(*cond).group_by(t.c.currency)


@cache
def pending_statement() -> Select[Any]:
    """Registrations still awaiting review per submission day (:d_lo .. :d_hi), all currencies."""
    t = day_table
    return (
        select(t.c.day, func.sum(t.c.pending_n))
        .where(
            t.c.program_id == bindparam("program_id"),
            t.c.day >= bindparam("d_lo"),
            t.c.day <= bindparam("d_hi"),
            t.c.pending_n != 0,
        )
        .group_by(t.c.day)
    )


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_end(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Split:
    """Whole months [first_month, last_month] ('YYYY-MM', None when the period holds no whole month) and
    the partial ranges at the edges."""

    first_month: str | None
    last_month: str | None
    edges: tuple[Period, ...]
    # pipeline is a snapshot at the period end: whole months up to `pipeline_month`, then `pipeline_edge`
    pipeline_month: str
    pipeline_edge: Period | None


def split(period: Period) -> Split:
    first = period.start if period.start.day == 1 else _month_end(period.start) + timedelta(days=1)
    last = period.end if period.end == _month_end(period.end) else period.end.replace(day=1) - timedelta(days=1)
    end_month_start = period.end.replace(day=1)
    if period.end == _month_end(period.end):
        pipeline_month, pipeline_edge = month_key(period.end), None
    else:
        pipeline_month = month_key(end_month_start - timedelta(days=1))
        pipeline_edge = Period(end_month_start, period.end)
    if first > last:
        return Split(None, None, (period,), pipeline_month, pipeline_edge)
    edges = []
    if period.start < first:
        edges.append(Period(period.start, first - timedelta(days=1)))
    if last < period.end:
        edges.append(Period(last + timedelta(days=1), period.end))
    return Split(month_key(first), month_key(last), tuple(edges), pipeline_month, pipeline_edge)


def has_totals(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).first()
    return found is not None


SCOPE_TABLE = "analytics_scope"  # a TEMP table: per connection, never in the replica file
scope_table = table(SCOPE_TABLE, column("id"))


def prepare_scope(conn: Connection, program_id: str, params: dict[str, Any]) -> None:
    """Fill the connection's TEMP table with the ids of the partners in the scope (SQLite): the statements
    of one dashboard then test membership with an index lookup instead of re-evaluating the filter."""
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {SCOPE_TABLE} (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.exec_driver_sql(f"DELETE FROM temp.{SCOPE_TABLE}")
    conn.execute(scope_table.insert().from_select(["id"], scope_select()), {**params, "program_id": program_id})


def scope_condition(partner_col: Any, materialized: bool = False) -> ColumnElement[bool]:
    """`partner_col` belongs to a live partner of the program matching the scope bind parameters
    (scope_segment, scope_region, scope_tier, scope_owner; NULL = any). `materialized`: read the TEMP
    table filled by `prepare_scope` on the same connection."""
    source = select(scope_table.c.id) if materialized else scope_select()
    condition: ColumnElement[bool] = partner_col.in_(source)
    return condition


def scope_select() -> Select[Any]:
    p = Base.metadata.tables["partners"]
    attr = Base.metadata.tables["partner_attributes"]

    def has(kind: str, param: str) -> ColumnElement[bool]:
        value: BindParameter[Any] = bindparam(param)
        return or_(
            value.is_(None),
            exists().where(
                attr.c.partner_id == p.c.id,
                attr.c.kind == kind,
                attr.c.value == value,
                attr.c.deleted_at.is_(None),
            ),
        )

    return select(p.c.id).where(
        p.c.program_id == bindparam("program_id"),
        p.c.deleted_at.is_(None),
        or_(bindparam("scope_tier").is_(None), p.c.tier_id == bindparam("scope_tier")),
        or_(bindparam("scope_owner").is_(None), p.c.owner_id == bindparam("scope_owner")),
        has("segment", "scope_segment"),
        has("region", "scope_region"),
    )


def group_key(group_by: GroupBy) -> tuple[ColumnElement[Any], Any]:
    """The group key expression over the totals table and the FROM clause carrying it."""
    t = totals_table
    if group_by is GroupBy.OVERALL:
        return literal(OVERALL_KEY), t
    if group_by is GroupBy.PARTNER:
        return t.c.partner_id, t
    if group_by is GroupBy.TIER:
        p = Base.metadata.tables["partners"]
        return p.c.tier_id, t.join(p, p.c.id == t.c.partner_id)
    attr = Base.metadata.tables["partner_attributes"]
    kind = "segment" if group_by is GroupBy.SEGMENT else "region"
    joined = t.join(attr, and_(attr.c.partner_id == t.c.partner_id, attr.c.kind == kind, attr.c.deleted_at.is_(None)))
    return attr.c.value, joined


@cache
def statement(group_by: GroupBy, scoped: bool, keyed: bool, pipeline: bool) -> Select[Any]:
    """Sums of every column per group key and currency: over the whole months [:m_lo, :m_hi], or (pipeline)
    open deals of every month up to :m_hi."""
    t = totals_table
    gkey, from_ = group_key(group_by)
    cols: list[Any] = [gkey.label("g"), t.c.currency]
    if pipeline:
        cols += [func.sum(t.c.open_minor), func.sum(t.c.open_n)]
        # open_n <> 0 lets SQLite read the partial index of the rows holding open deals
        cond = [t.c.program_id == bindparam("program_id"), t.c.month <= bindparam("m_hi"), t.c.open_n != 0]
    else:
        cols += [func.sum(t.c[c]) for c in COLUMNS]
        cond = [
            t.c.program_id == bindparam("program_id"),
            t.c.month >= bindparam("m_lo"),
            t.c.month <= bindparam("m_hi"),
        ]
    if scoped:
        cond.append(scope_condition(t.c.partner_id, materialized=True))  # prepare_scope first
    if keyed and group_by is not GroupBy.OVERALL:
        cond.append(gkey == bindparam("group_key"))
    groups: list[Any] = [t.c.currency] if group_by is GroupBy.OVERALL else [gkey, t.c.currency]
    return select(*cols).select_from(from_).where(*cond).group_by(*groups)
