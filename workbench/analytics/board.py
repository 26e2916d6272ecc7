"""Everything the dashboard screen shows, as DTOs (no text: codes, figures and ids; the UI words them).

* `filter_options`   segments, regions, tiers and owners of the program (the filter choices).
* `load_dashboard`   the KPI figures of a period and scope, the previous period of the same length for the
                     trend of the deal KPIs, revenue by month, the deal funnel, MDF spend vs. attributed
                     revenue per region and the activation cohorts by approval month. Reads the deal totals
                     (revision 0003) where the replica has them.
* `load_health`      health-score distribution and the partners that need attention (weakest scores) with
                     their next-best actions, within the scope. Separate: it scores every partner (a
                     compact `HealthTable`, reusable for another scope of the same day).
* `describe_records` one line per record behind a figure (drill-down), with its partner."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, func, literal, select

from workbench.analytics import kpis, totals
from workbench.analytics.forecast import add_months, month_start
from workbench.analytics.health import (
    HealthComponents,
    HealthTable,
    health_table,
    next_best_actions,
    partner_health,
)
from workbench.analytics.types import (
    ALL_PARTNERS,
    GroupBy,
    Kpi,
    KpiFigure,
    Period,
    RecordKind,
    RecordRef,
    Scope,
    Suggestion,
)

MAX_MONTHS = 24
HEALTH_BUCKETS = (0, 20, 40, 60, 80)  # lower bounds of the score bands (the last one includes 100)
# Trend: the KPIs compared with the previous period (cheap through the totals).
TREND_KPIS = (Kpi.REVENUE, Kpi.PIPELINE, Kpi.WIN_RATE, Kpi.AVG_DEAL_SIZE, Kpi.SALES_CYCLE_DAYS, Kpi.SLA_COMPLIANCE)


@dataclass(frozen=True, slots=True)
class FilterOptions:
    segments: tuple[str, ...]
    regions: tuple[str, ...]
    tiers: tuple[tuple[str, str], ...]  # (tier id, name), by rank
    owners: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MonthPoint:
    month: date  # first day
    revenue_minor: int


@dataclass(frozen=True, slots=True)
class Funnel:
    """Registrations submitted in the period, those of them reviewed (decided), deals won and lost (closed in
    the period)."""

    submitted: int
    decided: int
    won: int
    lost: int


@dataclass(frozen=True, slots=True)
class MdfBar:
    region: str
    reimbursed_minor: int
    attributed_minor: int
    roi: Decimal | None


@dataclass(frozen=True, slots=True)
class Cohort:
    month: date  # approval month
    approved: int
    active_60: int
    active_90: int


@dataclass(frozen=True, slots=True)
class DashboardData:
    period: Period
    previous: Period
    scope: Scope
    currency: str
    figures: dict[Kpi, KpiFigure]
    previous_figures: dict[Kpi, KpiFigure]
    revenue_by_month: tuple[MonthPoint, ...]
    funnel: Funnel
    mdf: tuple[MdfBar, ...]
    cohorts: tuple[Cohort, ...]


@dataclass(frozen=True, slots=True)
class AttentionRow:
    partner_id: str
    name: str
    score: int
    components: HealthComponents
    currency: str
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True, slots=True)
class HealthData:
    as_of: date
    buckets: tuple[int, ...]  # partners per band of HEALTH_BUCKETS
    partners: int
    attention: tuple[AttentionRow, ...]
    table: HealthTable | None = None  # every partner's score (reused for another scope of the same day)


@dataclass(frozen=True, slots=True)
class RecordLine:
    kind: RecordKind
    id: str
    partner_id: str | None
    partner: str
    title: str
    status: str
    day: date | None
    amount_minor: int | None = None
    currency: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# --- filters -----------------------------------------------------------------------------------------


def filter_options(engine: Engine) -> FilterOptions:
    kpis._load_models()
    p = kpis._t("partners")
    attr = kpis._t("partner_attributes")
    tiers = kpis._t("tier_levels")
    with engine.connect() as conn:
        by_kind: dict[str, list[str]] = defaultdict(list)
        for kind, value in conn.execute(
            select(attr.c.kind, attr.c.value)
            .where(attr.c.kind.in_(("segment", "region")), attr.c.deleted_at.is_(None))
            .group_by(attr.c.kind, attr.c.value)
            .order_by(attr.c.kind, attr.c.value)
        ):
            by_kind[str(kind)].append(str(value))
        tier_rows = conn.execute(
            select(tiers.c.id, tiers.c.name).where(tiers.c.deleted_at.is_(None)).order_by(tiers.c.rank, tiers.c.name)
        ).all()
        owners = conn.execute(
            select(p.c.owner_id)
            .where(p.c.owner_id.is_not(None), p.c.deleted_at.is_(None))
            .group_by(p.c.owner_id)
            .order_by(p.c.owner_id)
        ).all()
    return FilterOptions(
        tuple(by_kind["segment"]),
        tuple(by_kind["region"]),
        tuple((str(i), str(n)) for i, n in tier_rows),
        tuple(str(o[0]) for o in owners),
    )


# --- dashboard ---------------------------------------------------------------------------------------


def previous_period(period: Period) -> Period:
    end = period.start - timedelta(days=1)
    return Period(end - timedelta(days=period.days - 1), end)


def months_of(period: Period) -> list[Period]:
    """The calendar months of the period (the last MAX_MONTHS), clipped to it."""
    out = []
    m = month_start(period.start)
    while m <= period.end:
        nxt = add_months(m, 1)
        out.append(Period(max(m, period.start), min(nxt - timedelta(days=1), period.end)))
        m = nxt
    return out[-MAX_MONTHS:]


def _deal_counts(conn: Connection, program_id: str, period: Period, scope: Scope) -> Funnel:
    """Counts straight from the deals (a range of the submitted and closed indexes)."""
    d = kpis._t("deal_registrations")
    lo = datetime.combine(period.start, time(0), tzinfo=UTC)
    hi = datetime.combine(period.end + timedelta(days=1), time(0), tzinfo=UTC)
    cond = [d.c.program_id == program_id, d.c.deleted_at.is_(None)]
    if not scope.empty:
        cond.append(totals.scope_condition(d.c.partner_id))
    params = {"program_id": program_id, **scope.params()}
    sub = conn.execute(
        select(func.count(), func.count(d.c.decided_at)).where(*cond, d.c.submitted_at >= lo, d.c.submitted_at < hi),
        params,
    ).one()
    closed: dict[str, int] = dict(
        conn.execute(
            select(d.c.status, func.count())
            .where(*cond, d.c.status.in_(("won", "lost")), d.c.closed_at >= period.start, d.c.closed_at <= period.end)
            .group_by(d.c.status),
            params,
        ).all()
    )
    return Funnel(int(sub[0]), int(sub[1]), int(closed.get("won", 0)), int(closed.get("lost", 0)))


def funnel(conn: Connection, program_id: str, period: Period, scope: Scope) -> Funnel:
    if not totals.has_totals(conn):
        return _deal_counts(conn, program_id, period, scope)
    n = [0, 0, 0, 0]
    if scope.empty:  # every day of the period from the day totals (no partial months to read from the deals)
        days = {"program_id": program_id, "d_lo": period.start.isoformat(), "d_hi": period.end.isoformat()}
        for row in conn.execute(totals.day_statement(False), days):
            vals = dict(zip(totals.COLUMNS, (int(v or 0) for v in row[2:]), strict=True))
            n[0] += vals["submitted_n"]
            n[1] += vals["sla_decided_n"]
            n[2] += vals["won_n"]
            n[3] += vals["lost_n"]
        return Funnel(*n)
    sp = totals.split(period)
    if not scope.empty:
        totals.prepare_scope(conn, program_id, scope.params())
    if sp.first_month is not None:
        stmt = totals.statement(GroupBy.OVERALL, not scope.empty, False, False)
        params = {"program_id": program_id, **scope.params(), "m_lo": sp.first_month, "m_hi": sp.last_month}
        for row in conn.execute(stmt, params):
            vals = dict(zip(totals.COLUMNS, (int(v or 0) for v in row[2:]), strict=True))
            n[0] += vals["submitted_n"]
            n[1] += vals["sla_decided_n"]
            n[2] += vals["won_n"]
            n[3] += vals["lost_n"]
    for edge in sp.edges:
        e = _deal_counts(conn, program_id, edge, scope)
        n[0] += e.submitted
        n[1] += e.decided
        n[2] += e.won
        n[3] += e.lost
    return Funnel(*n)


def _int(value: int | Decimal | None) -> int:
    return int(value) if value is not None else 0


def load_dashboard(
    engine: Engine, period: Period, *, scope: Scope = ALL_PARTNERS, program_id: str | None = None
) -> DashboardData:
    months = months_of(period)
    # the activation cohorts of every month shown in one pass (the partners approved in those months, per
    # approval day), summed per month: the ACTIVATION_60 / ACTIVATION_90 sums of each month's dashboard and,
    # when the months cover the whole period, the period's own cohort figures (with time to first deal)
    whole = months[0].start == period.start
    figures = kpis.dashboard(
        engine,
        period,
        program_id=program_id,
        scope=scope,
        kpis=[k for k in Kpi if not (whole and k in kpis.COHORT_KPIS)],
    )
    program = figures[Kpi.REVENUE].drill.program_id
    currency = figures[Kpi.REVENUE].currency or ""
    previous = previous_period(period)
    previous_figures = kpis.dashboard(engine, previous, program_id=program, scope=scope, kpis=TREND_KPIS)
    by_day = kpis.activation_by_day(engine, Period(months[0].start, months[-1].end), program_id=program, scope=scope)
    per_month: dict[date, list[int]] = {month_start(m.start): [0, 0, 0, 0, 0] for m in months}
    for day, counts in by_day.items():
        acc = per_month[month_start(day)]
        for i, n in enumerate(counts):
            acc[i] += n
    cohorts = [Cohort(m, c[0], c[1], c[2]) for m, c in per_month.items()]
    if whole:
        n, in60, in90, days, first = (sum(c[i] for c in per_month.values()) for i in range(5))
        sums = (n, in60, in90, days, first)
        figures.update(kpis.cohort_figures(engine, period, sums, program_id=program, scope=scope))
        figures = {k: figures[k] for k in Kpi}  # the dashboard's order
    by_month = []
    for m in months:
        f = kpis.dashboard(engine, m, program_id=program, scope=scope, kpis=[Kpi.REVENUE])
        by_month.append(MonthPoint(month_start(m.start), _int(f[Kpi.REVENUE].value)))
    mdf = []
    for row in kpis.kpi_table(engine, period, GroupBy.REGION, program_id=program, scope=scope, kpis=[Kpi.MDF_ROI]):
        roi = row.figures[Kpi.MDF_ROI]
        if _int(roi.denominator) or _int(roi.numerator):
            value = roi.value if isinstance(roi.value, Decimal) or roi.value is None else Decimal(roi.value)
            mdf.append(MdfBar(row.key, _int(roi.denominator), _int(roi.numerator), value))
    with engine.connect() as conn:
        fun = funnel(conn, program, period, scope)
    return DashboardData(
        period=period,
        previous=previous,
        scope=scope,
        currency=currency,
        figures=figures,
        previous_figures=previous_figures,
        revenue_by_month=tuple(by_month),
        funnel=fun,
        mdf=tuple(mdf),
        cohorts=tuple(cohorts),
    )


# --- health ------------------------------------------------------------------------------------------


def _scoped_ids(engine: Engine, program_id: str, scope: Scope) -> set[str]:
    p = kpis._t("partners")
    stmt = select(p.c.id).where(p.c.program_id == program_id, p.c.deleted_at.is_(None), totals.scope_condition(p.c.id))
    with engine.connect() as conn:
        return {str(i) for (i,) in conn.execute(stmt, {"program_id": program_id, **scope.params()})}


def _names(engine: Engine, ids: Sequence[str]) -> dict[str, str]:
    p = kpis._t("partners")
    with engine.connect() as conn:
        return {str(i): str(n) for i, n in conn.execute(select(p.c.id, p.c.legal_name).where(p.c.id.in_(ids)))}


def load_health(
    engine: Engine,
    as_of: date,
    *,
    scope: Scope = ALL_PARTNERS,
    program_id: str | None = None,
    limit: int = 5,
    table: HealthTable | None = None,
) -> HealthData:
    """Health bands and the weakest `limit` partners within the scope. `table`: the program's
    `health_table` at `as_of` computed before (it does not depend on the scope; a filter change then costs
    one query). The scores come from the compact table; only the partners shown get their full
    `PartnerHealth` (inputs, next tier: `partner_health`, the per-partner figures)."""
    kpis._load_models()
    if table is None:
        table = health_table(engine, as_of, program_id=program_id)
    within = None if scope.empty else _scoped_ids(engine, table.program_id, scope)
    buckets = [0] * len(HEALTH_BUCKETS)
    for score, n in table.counts(within).items():
        band = max(i for i, lo in enumerate(HEALTH_BUCKETS) if score >= lo)
        buckets[band] += n
    weakest = table.weakest(limit, within)
    names = _names(engine, [pid for pid, _score in weakest])
    attention = []
    for pid, _score in weakest:
        h = partner_health(engine, pid, as_of, weights=table.weights, config=table.config)
        actions = tuple(next_best_actions(h, table.config))
        attention.append(AttentionRow(pid, names[pid], h.score, h.components, h.currency, actions))
    partners = table.partners if within is None else sum(buckets)
    return HealthData(as_of, tuple(buckets), partners, tuple(attention), table)


# --- drill-down --------------------------------------------------------------------------------------


def describe_records(engine: Engine, refs: Sequence[RecordRef]) -> list[RecordLine]:
    """One line per record, in the order given (unknown ids are left out)."""
    kpis._load_models()
    p = kpis._t("partners")
    by_kind: dict[RecordKind, list[str]] = defaultdict(list)
    for r in refs:
        by_kind[r.kind].append(r.id)
    lines: dict[tuple[RecordKind, str], RecordLine] = {}
    with engine.connect() as conn:
        for kind, ids in by_kind.items():
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
                for line in _lines(conn, kind, chunk, p):
                    lines[(line.kind, line.id)] = line
    return [lines[(r.kind, r.id)] for r in refs if (r.kind, r.id) in lines]


def _lines(conn: Connection, kind: RecordKind, ids: list[str], p: Any) -> list[RecordLine]:
    if kind is RecordKind.DEAL:
        d = kpis._t("deal_registrations")
        rows = conn.execute(
            select(
                d.c.id,
                d.c.partner_id,
                p.c.legal_name,
                d.c.title,
                d.c.status,
                func.coalesce(d.c.closed_at, func.date(d.c.submitted_at)),
                func.coalesce(d.c.won_amount_minor, d.c.amount_minor),
                d.c.currency,
                d.c.customer_name,
            )
            .join(p, p.c.id == d.c.partner_id)
            .where(d.c.id.in_(ids))
        )
        return [
            RecordLine(kind, r[0], r[1], r[2], r[3], r[4], _date(r[5]), int(r[6]), r[7], {"customer": r[8]})
            for r in rows
        ]
    if kind is RecordKind.PARTNER:
        rows = conn.execute(select(p.c.id, p.c.legal_name, p.c.status, p.c.approved_on).where(p.c.id.in_(ids)))
        return [RecordLine(kind, r[0], r[0], r[1], r[1], r[2], _date(r[3])) for r in rows]
    if kind is RecordKind.CONTACT:
        c = kpis._t("contacts")
        rows = conn.execute(
            select(c.c.id, c.c.partner_id, p.c.legal_name, c.c.first_name, c.c.last_name, c.c.role)
            .join(p, p.c.id == c.c.partner_id)
            .where(c.c.id.in_(ids))
        )
        return [RecordLine(kind, r[0], r[1], r[2], " ".join(x for x in (r[3], r[4]) if x), r[5], None) for r in rows]
    table, title, day, amount, status = {
        RecordKind.TRAINING_EVENT: ("training_events", None, "occurred_at", None, "kind"),
        RecordKind.MDF_ALLOCATION: ("mdf_allocations", None, None, "amount_minor", None),
        RecordKind.MDF_REQUEST: ("mdf_requests", "title", "end_date", "amount_minor", "status"),
        RecordKind.MDF_CLAIM: ("mdf_claims", "summary", "submitted_at", "claimed_minor", "status"),
    }[kind]
    t = kpis._t(table)
    nothing = literal(None)
    money = amount is not None and "currency" in t.c
    cols: list[Any] = [
        t.c.id,
        t.c.partner_id,
        p.c.legal_name,
        t.c[title] if title else nothing,
        t.c[status] if status else nothing,
        func.date(t.c[day]) if day else nothing,
        t.c[amount] if money and amount else nothing,
        t.c.currency if money else nothing,
    ]
    rows = conn.execute(select(*cols).join(p, p.c.id == t.c.partner_id).where(t.c.id.in_(ids)))
    return [
        RecordLine(
            kind,
            r[0],
            r[1],
            r[2],
            str(r[3] or ""),
            str(r[4] or ""),
            _date(r[5]),
            int(r[6]) if r[6] is not None else None,
            str(r[7]) if r[7] is not None else None,
        )
        for r in rows
    ]


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def scope_of(segment: str | None, region: str | None, tier_id: str | None, owner_id: str | None) -> Scope:
    """A scope from filter values ("" or None = any)."""
    return Scope(segment or None, region or None, tier_id or None, owner_id or None)
