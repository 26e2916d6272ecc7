"""The deal totals of revision 0003 (`analytics_deal_month`, kept by triggers) against a from-scratch
aggregation in Python after every kind of write, and the KPIs read through them against the KPIs read
from the deals alone (and the hand-computed figures of test_kpis.py)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.orm import Session

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.test_kpis import test_one_partner as one_partner_checks
from tests.workbench.analytics.test_kpis import test_overall_dashboard as overall_checks
from tests.workbench.analytics.world import World, build, ts
from workbench.analytics import board, kpis, totals
from workbench.analytics import partner_sums_fast as fast
from workbench.analytics.kpis import _rest_of_month, dashboard, drill_down, kpi_table, working_day_offsets
from workbench.analytics.types import GroupBy, Kpi, Period, Scope
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade

OPEN = ("submitted", "info_requested", "approved")
PERIODS = [
    Period(date(2026, 1, 1), date(2026, 3, 31)),  # whole months
    Period(date(2026, 1, 15), date(2026, 3, 10)),  # partial edges
    Period(date(2026, 2, 1), date(2026, 2, 28)),  # one month
    Period(date(2026, 2, 10), date(2026, 2, 10)),  # one day
    Period(date(2026, 1, 20), date(2026, 2, 5)),  # no whole month
    Period(date(2025, 5, 17), date(2026, 12, 31)),  # across years
    # edges read as their whole month minus the shorter rest of it (deals in both rests: Jan 2-10, Mar 20)
    Period(date(2026, 1, 14), date(2026, 3, 18)),
    # one partial month (and the pipeline edge) as January minus Jan 19-31 (a registration submitted Jan 20)
    Period(date(2026, 1, 1), date(2026, 1, 18)),
]


@pytest.fixture
def mworld(mrows: Rows) -> World:
    return build(mrows)


def _day(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


def expected_totals(engine: Engine, by_day: bool = False) -> dict[tuple[str, ...], list[int]]:
    """The totals computed from scratch in Python from the live deals: per program, month, partner and
    currency, or (`by_day`) per program, day and currency."""
    deals = Base.metadata.tables["deal_registrations"]
    programs = Base.metadata.tables["programs"]
    out: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0] * len(totals.COLUMNS))

    def key(d: Any, when: Any) -> tuple[str, ...]:
        if by_day:
            return (d.program_id, when.strftime("%Y-%m-%d"), d.currency)
        return (d.program_id, when.strftime("%Y-%m"), d.partner_id, d.currency)

    with engine.connect() as conn:
        sla = {r.id: r.review_sla_days for r in conn.execute(select(programs.c.id, programs.c.review_sla_days))}
        for d in conn.execute(select(deals)).all():
            if d.deleted_at is not None:
                continue
            if d.closed_at is not None and d.status in ("won", "lost"):
                acc = out[key(d, d.closed_at)]
                won = d.status == "won"
                acc[0] += won
                acc[1] += (d.won_amount_minor if d.won_amount_minor is not None else d.amount_minor) if won else 0
                acc[2] += d.status == "lost"
                if d.submitted_at is not None:
                    acc[3] += (d.closed_at - _day(d.submitted_at)).days
                    acc[4] += 1
            if d.submitted_at is not None:
                acc = out[key(d, d.submitted_at)]
                acc[5] += 1
                acc[6] += d.status in OPEN
                acc[7] += d.amount_minor if d.status in OPEN else 0
                if d.decided_at is not None:
                    acc[8] += 1
                    days = sla[d.program_id] if sla[d.program_id] is not None else 3
                    allowed = working_day_offsets(days)[d.submitted_at.isoweekday() % 7]
                    acc[9] += (_day(d.decided_at) - _day(d.submitted_at)).days <= allowed
                acc[10] += d.status == "submitted"
    return {k: v for k, v in out.items() if any(v)}


def actual_totals(engine: Engine, by_day: bool = False) -> dict[tuple[str, ...], list[int]]:
    cols = ", ".join(totals.COLUMNS)
    keys = "program_id, day, currency" if by_day else "program_id, month, partner_id, currency"
    n = len(keys.split(","))
    table = totals.DAY_TABLE if by_day else totals.TABLE
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {keys}, {cols} FROM {table}"))
        return {tuple(r[:n]): [int(v) for v in r[n:]] for r in rows if any(r[n:])}


def assert_totals(engine: Engine) -> None:
    assert actual_totals(engine) == expected_totals(engine)
    assert actual_totals(engine, by_day=True) == expected_totals(engine, by_day=True)


def test_backfill_and_inserts(migrated: Engine, mworld: World) -> None:
    assert actual_totals(migrated)  # the world's deals are in
    assert_totals(migrated)


def test_backfill_of_existing_deals(tmp_path: Path) -> None:
    """Deals written before revision 0003 are added by the migration's backfill."""
    eng = replica_engine(tmp_path / "b.db", b"\x08" * 32)
    upgrade(eng, "0002")
    build(Rows(eng))
    with eng.connect() as conn:
        assert not totals.has_totals(conn)
    upgrade(eng)
    with eng.connect() as conn:
        assert totals.has_totals(conn)
    assert actual_totals(eng)
    assert_totals(eng)
    eng.dispose()


def _set(engine: Engine, deal_id: str, **values: Any) -> None:
    deals = Base.metadata.tables["deal_registrations"]
    with engine.begin() as conn:
        conn.execute(update(deals).where(deals.c.id == deal_id).values(**values))


def test_updates_and_deletes(migrated: Engine, mworld: World) -> None:
    d = mworld.deals
    _set(migrated, d["d4"], status="won", closed_at=date(2026, 3, 3), won_amount_minor=25_000)  # status change
    assert_totals(migrated)
    _set(migrated, d["d1"], amount_minor=1, won_amount_minor=None)  # amount change
    assert_totals(migrated)
    _set(migrated, d["d2"], partner_id=mworld.b)  # partner change
    assert_totals(migrated)
    _set(migrated, d["d3"], deleted_at=datetime(2026, 4, 1, tzinfo=UTC))  # soft delete
    assert_totals(migrated)
    _set(migrated, d["d3"], deleted_at=None)  # undelete
    assert_totals(migrated)
    _set(migrated, d["d5"], submitted_at=ts(2026, 2, 27), decided_at=ts(2026, 3, 4), currency="USD")
    assert_totals(migrated)
    deals = Base.metadata.tables["deal_registrations"]
    with migrated.begin() as conn:  # hard delete (e.g. an evict in the pull apply)
        conn.execute(delete(deals).where(deals.c.id == d["d9"]))
    assert_totals(migrated)


def test_orm_unit_of_work_writes(migrated: Engine, mworld: World) -> None:
    from workbench.deals.models import DealRegistration

    with Session(migrated) as session, session.begin():
        deal = session.get(DealRegistration, mworld.deals["d5"])
        assert deal is not None
        deal.status = "lost"
        deal.closed_at = date(2026, 3, 30)
        deal.decided_at = ts(2026, 3, 30)
    assert_totals(migrated)


def test_program_sla_change_recomputes(migrated: Engine, mworld: World) -> None:
    programs = Base.metadata.tables["programs"]
    for days in (1, 7, 0):
        with migrated.begin() as conn:
            conn.execute(update(programs).where(programs.c.id == mworld.program).values(review_sla_days=days))
        assert_totals(migrated)


def test_random_writes(migrated: Engine, mrows: Rows, mworld: World) -> None:
    rng = random.Random(11)
    partners = [mworld.a, mworld.b, mworld.c, mworld.d]
    statuses = ["draft", "submitted", "info_requested", "approved", "rejected", "won", "lost"]
    ids = list(mworld.deals.values())
    deals = Base.metadata.tables["deal_registrations"]

    def moment() -> datetime:
        return datetime(2025, 11, 1, 8, tzinfo=UTC) + timedelta(days=rng.randrange(200), hours=rng.randrange(14))

    for step in range(60):
        action = rng.choice(["insert", "update", "update", "delete", "soft"])
        if action == "insert" or not ids:
            sub = moment() if rng.random() < 0.9 else None
            status = rng.choice(statuses)
            closed = (sub or moment()).date() + timedelta(days=rng.randrange(90)) if status in ("won", "lost") else None
            ids.append(
                mrows.deal(
                    mworld.program,
                    rng.choice(partners),
                    rng.randrange(1, 10**6),
                    rng.choice(["EUR", "USD", "CHF"]),
                    status,
                    submitted=sub,
                    decided=sub + timedelta(days=rng.randrange(10)) if sub and rng.random() < 0.7 else None,
                    closed=closed,
                    won=rng.choice([None, rng.randrange(1, 10**6)]),
                )
            )
        elif action == "update":
            values: dict[str, Any] = rng.choice(
                [
                    {"status": rng.choice(statuses)},
                    {"amount_minor": rng.randrange(1, 10**6)},
                    {"partner_id": rng.choice(partners)},
                    {"closed_at": moment().date()},
                    {"submitted_at": moment()},
                    {"currency": rng.choice(["EUR", "USD"])},
                ]
            )
            _set(migrated, rng.choice(ids), **values)
        elif action == "soft":
            _set(migrated, rng.choice(ids), deleted_at=rng.choice([None, datetime(2026, 5, 1, tzinfo=UTC)]))
        else:
            victim = ids.pop(rng.randrange(len(ids)))
            with migrated.begin() as conn:
                conn.execute(delete(deals).where(deals.c.id == victim))
        if step % 5 == 4:
            assert_totals(migrated)
    assert_totals(migrated)
    for period in PERIODS:
        assert dashboard(migrated, period) == dashboard(migrated, period, use_totals=False), period
    assert_funnel_from_the_deals(migrated, mworld)


def assert_funnel_from_the_deals(engine: Engine, world: World) -> None:
    """The dashboard's deal funnel (day totals without a filter, month totals and edges with one) equals the
    counts read from the deals alone."""
    scopes = (Scope(), Scope(segment="SMB"), Scope(region="DACH"), Scope(tier_id=world.gold))
    with engine.connect() as conn:
        for period in PERIODS:
            for scope in scopes:
                expected = board._deal_counts(conn, world.program, period, scope)
                assert board.funnel(conn, world.program, period, scope) == expected, (period, scope)


def test_funnel_counts(migrated: Engine, mworld: World) -> None:
    assert_funnel_from_the_deals(migrated, mworld)
    with migrated.connect() as conn:
        q1 = board.funnel(conn, mworld.program, PERIODS[0], Scope())
    assert q1.submitted > 0 and q1.won > 0 and q1.decided <= q1.submitted


def test_hand_computed_figures_through_the_totals(migrated: Engine, mworld: World) -> None:
    overall_checks(migrated, mworld)
    one_partner_checks(migrated, mworld)


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_same_figures_as_the_record_queries(migrated: Engine, mworld: World, period: Period) -> None:
    assert dashboard(migrated, period) == dashboard(migrated, period, use_totals=False)
    for group_by in (GroupBy.PARTNER, GroupBy.SEGMENT, GroupBy.REGION, GroupBy.TIER):
        assert kpi_table(migrated, period, group_by) == kpi_table(migrated, period, group_by, use_totals=False)
    for scope in (Scope(segment="SMB"), Scope(region="DACH"), Scope(tier_id=mworld.gold), Scope(segment="None")):
        with_totals = dashboard(migrated, period, scope=scope)
        assert with_totals == dashboard(migrated, period, scope=scope, use_totals=False)


def test_scope_filters_partners(migrated: Engine, mworld: World) -> None:
    q1 = PERIODS[0]
    # SMB = A and D: d1 100000 + d2 USD 40000 * 0.5 (A) + d9 5000 (D)
    assert dashboard(migrated, q1, scope=Scope(segment="SMB"))[Kpi.REVENUE].value == 125_000
    a_only = dashboard(migrated, q1, scope=Scope(region="DACH"))
    assert a_only[Kpi.REVENUE].value == 120_000
    assert (a_only[Kpi.WIN_RATE].numerator, a_only[Kpi.WIN_RATE].denominator) == (2, 3)
    assert dashboard(migrated, q1, scope=Scope(tier_id=mworld.gold))[Kpi.REVENUE].value == 0  # B won nothing in Q1
    nobody = dashboard(migrated, q1, scope=Scope(segment="no such segment"))
    assert nobody[Kpi.REVENUE].value == 0 and nobody[Kpi.WIN_RATE].value is None
    # the drill-down of a scoped figure lists only the scoped partners' records
    refs = drill_down(migrated, a_only[Kpi.REVENUE].drill)
    assert {r.id for r in refs} == {mworld.deals["d1"], mworld.deals["d2"]}


def test_rest_of_month_of_an_edge() -> None:
    # an edge longer than the rest of its month is read as the month minus the rest
    assert _rest_of_month(Period(date(2026, 11, 1), date(2026, 11, 20))) == Period(
        date(2026, 11, 21), date(2026, 11, 30)
    )
    assert _rest_of_month(Period(date(2026, 1, 14), date(2026, 1, 31))) == Period(date(2026, 1, 1), date(2026, 1, 13))
    assert _rest_of_month(Period(date(2024, 2, 1), date(2024, 2, 28))) == Period(date(2024, 2, 29), date(2024, 2, 29))
    assert _rest_of_month(Period(date(2026, 12, 1), date(2026, 12, 30))) == Period(
        date(2026, 12, 31), date(2026, 12, 31)
    )
    # shorter edges, an edge inside a month, and a whole month are read directly
    assert _rest_of_month(Period(date(2026, 11, 1), date(2026, 11, 10))) is None
    assert _rest_of_month(Period(date(2026, 11, 21), date(2026, 11, 30))) is None
    assert _rest_of_month(Period(date(2026, 11, 2), date(2026, 11, 29))) is None
    assert _rest_of_month(Period(date(2026, 11, 1), date(2026, 11, 30))) is None


def test_split_of_a_period() -> None:
    sp = totals.split(Period(date(2026, 1, 15), date(2026, 3, 10)))
    assert (sp.first_month, sp.last_month) == ("2026-02", "2026-02")
    assert sp.edges == (Period(date(2026, 1, 15), date(2026, 1, 31)), Period(date(2026, 3, 1), date(2026, 3, 10)))
    assert (sp.pipeline_month, sp.pipeline_edge) == ("2026-02", Period(date(2026, 3, 1), date(2026, 3, 10)))
    sp = totals.split(Period(date(2025, 12, 1), date(2026, 2, 28)))
    assert (sp.first_month, sp.last_month, sp.edges, sp.pipeline_edge) == ("2025-12", "2026-02", (), None)
    sp = totals.split(Period(date(2026, 2, 3), date(2026, 2, 20)))
    assert (sp.first_month, sp.edges) == (None, (Period(date(2026, 2, 3), date(2026, 2, 20)),))


@pytest.mark.parametrize("as_of", [date(2026, 3, 31), date(2026, 2, 14)])
def test_health_of_every_partner_equals_one_by_one(migrated: Engine, mworld: World, as_of: date) -> None:
    """All partners at once (sums, totals) give the same health as each partner alone (figures, deals)."""
    from workbench.analytics.health import health_scores, partner_health

    scores = health_scores(migrated, as_of)
    assert len(scores) == 4
    for h in scores:
        assert h == partner_health(migrated, h.partner_id, as_of)


def test_open_index_covers_the_pipeline_read(migrated: Engine, mworld: World) -> None:
    """Revision 0004: the per-partner open pipeline and the partner list of the health of every partner read
    only indexes, and a downgrade to 0003 gives back the narrower open-deal index (and drops the other)."""
    from workbench.db.migrate import downgrade

    sql = (
        "SELECT partner_id, currency, sum(open_minor) FROM analytics_deal_month INDEXED BY analytics_deal_month_open"
        " WHERE program_id = :p AND month <= '2026-03' AND open_n <> 0 GROUP BY partner_id, currency"
    )
    year = Period(date(2025, 4, 1), date(2026, 3, 31))
    parts, _params = fast._statement(kpis._context(migrated, None, year, None).shape(), year, year.end)
    assert any("INDEXED BY analytics_deal_month_open" in str(p.stmt.compile(migrated)) for p in parts)
    with migrated.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), {"p": mworld.program}))
        cols = [r[2] for r in conn.execute(text("PRAGMA index_info('analytics_deal_month_open')"))]
        assert conn.execute(text(sql), {"p": mworld.program}).all()  # the world has open deals
    assert "COVERING INDEX analytics_deal_month_open" in plan
    assert cols == ["program_id", "partner_id", "currency", "month", "open_minor", "open_n"]
    assert "TEMP B-TREE" not in plan  # summed per partner and currency along the index
    partners = "SELECT id, tier_id FROM partners WHERE program_id = :p AND deleted_at IS NULL ORDER BY id"
    with migrated.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + partners), {"p": "x"}))
    assert "COVERING INDEX analytics_partners_tier" in plan and "TEMP B-TREE" not in plan
    allocations = (
        "SELECT a.partner_id, a.currency, a.amount_minor, a.id FROM mdf_allocations AS a"
        " WHERE a.budget_id = :b AND a.deleted_at IS NULL"
    )
    with migrated.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + allocations), {"b": "x"}))
    assert "COVERING INDEX analytics_mdf_allocations_budget" in plan
    downgrade(migrated, "0003")
    with migrated.connect() as conn:
        cols = [r[2] for r in conn.execute(text("PRAGMA index_info('analytics_deal_month_open')"))]
        assert not conn.execute(text("PRAGMA index_info('analytics_partners_tier')")).all()
        assert not conn.execute(text("PRAGMA index_info('analytics_mdf_allocations_budget')")).all()
    assert cols == ["program_id", "month", "currency", "open_minor"]


def test_dashboard_cohorts_and_months_equal_each_months_figures(migrated: Engine, mrows: Rows, mworld: World) -> None:
    """load_dashboard's figures (the activation pair from the cohorts' sums), activation cohorts (one pass
    per approval day) and revenue by month equal the period's and each month's figures read from the records
    alone."""
    rng = random.Random(5)
    for i in range(30):  # more partners approved on every kind of day, some with won deals after approval
        approved = date(2025, 12, 1) + timedelta(days=rng.randrange(150))
        pid = mrows.partner(mworld.program, f"K{i}", approved_on=approved, segment=rng.choice(["SMB", "Mid"]))
        for _ in range(rng.randrange(3)):
            closed = approved + timedelta(days=rng.randrange(-20, 120))
            sub = datetime.combine(closed - timedelta(days=5), datetime.min.time(), tzinfo=UTC)
            mrows.deal(mworld.program, pid, 1000, "EUR", "won", submitted=sub, closed=closed)
    early = mrows.partner(mworld.program, "Early", approved_on=date(2024, 1, 10), segment="SMB")
    mrows.deal(mworld.program, early, 700, "EUR", "won", submitted=ts(2024, 1, 20), closed=date(2024, 2, 1))
    seen = 0
    long = Period(date(2023, 11, 15), date(2026, 3, 31))  # more months than the chart shows (MAX_MONTHS)
    assert len(board.months_of(long)) == board.MAX_MONTHS and board.months_of(long)[0].start != long.start
    for period in [*PERIODS, long]:
        for scope in (Scope(), Scope(segment="SMB"), Scope(tier_id=mworld.gold)):
            data = board.load_dashboard(migrated, period, scope=scope)
            reference = dashboard(migrated, period, scope=scope, use_totals=False)
            assert data.figures == reference and list(data.figures) == list(reference), (period, scope)
            months = board.months_of(period)
            assert [c.month for c in data.cohorts] == [p.month for p in data.revenue_by_month]
            for m, cohort, point in zip(months, data.cohorts, data.revenue_by_month, strict=True):
                ref = dashboard(
                    migrated,
                    m,
                    scope=scope,
                    kpis=[Kpi.REVENUE, Kpi.ACTIVATION_60, Kpi.ACTIVATION_90],
                    use_totals=False,
                )
                a60, a90 = ref[Kpi.ACTIVATION_60], ref[Kpi.ACTIVATION_90]
                assert (cohort.approved, cohort.active_60, cohort.active_90) == (
                    a90.denominator,
                    a60.numerator,
                    a90.numerator,
                ), (period, scope, m)
                assert a60.denominator == a90.denominator
                assert point.revenue_minor == ref[Kpi.REVENUE].value
                seen += cohort.approved
    assert seen > 0
