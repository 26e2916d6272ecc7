"""Every KPI against the hand-computed fixture in world.py (period: Q1 2026, program currency EUR,
USD at 0.5 and CHF at 1.25)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.world import World, build, ts
from workbench.analytics.kpis import (
    dashboard,
    drill_down,
    kpi_figures,
    kpi_table,
    partner_kpis,
    working_day_offsets,
)
from workbench.analytics.types import GroupBy, Kpi, Part, Period, RecordKind, RecordRef
from workbench.errors import UserError

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def world(rows: Rows) -> World:
    return build(rows)


def test_overall_dashboard(engine: Engine, world: World) -> None:
    f = dashboard(engine, Q1)
    # revenue: d1 100000 EUR + d2 40000 USD * 0.5 + d9 5000 EUR (d8 deleted, d6 before the period)
    assert (f[Kpi.REVENUE].value, f[Kpi.REVENUE].currency, f[Kpi.REVENUE].denominator) == (125_000, "EUR", None)
    # pipeline: d4 30000 EUR + d5 20000 CHF * 1.25 (d7 is a draft)
    assert f[Kpi.PIPELINE].value == 55_000
    # win rate: won d1, d2, d9 / closed d1, d2, d3, d9
    assert (f[Kpi.WIN_RATE].numerator, f[Kpi.WIN_RATE].denominator, f[Kpi.WIN_RATE].value) == (3, 4, Decimal("0.75"))
    # average deal size: 125000 / 3
    assert (f[Kpi.AVG_DEAL_SIZE].value, f[Kpi.AVG_DEAL_SIZE].denominator) == (41_667, 3)
    # sales cycle: 31 + 40 + 59 + 76 days over 4 closed deals
    assert (f[Kpi.SALES_CYCLE_DAYS].numerator, f[Kpi.SALES_CYCLE_DAYS].value) == (206, Decimal("51.5"))
    # time to first deal, partners approved in Q1: A 10 Jan - 5 Jan = 5, D 3 Jan - 2 Jan = 1 (C: no deal yet)
    assert (f[Kpi.TIME_TO_FIRST_DEAL_DAYS].numerator, f[Kpi.TIME_TO_FIRST_DEAL_DAYS].denominator) == (6, 2)
    assert f[Kpi.TIME_TO_FIRST_DEAL_DAYS].value == Decimal("3.0")
    # certification: a1 valid; a2 expired 1 Feb; b1 none -> 1 / 3
    assert (f[Kpi.CERTIFICATION_RATE].numerator, f[Kpi.CERTIFICATION_RATE].denominator) == (1, 3)
    assert f[Kpi.CERTIFICATION_RATE].value == Decimal("0.3333")
    # MDF: claimed 30000 (draft claim ignored) / allocated 100000
    assert f[Kpi.MDF_UTILISATION].value == Decimal("0.3")
    # ROI: won deals of A closed 1 Jan .. 1 May (d1, d2) = 120000 / paid 20000
    assert (f[Kpi.MDF_ROI].numerator, f[Kpi.MDF_ROI].denominator, f[Kpi.MDF_ROI].value) == (120_000, 20_000, 6)
    # activity: 6 deals submitted + 1 claim + 1 training event in the 90 days, 4 partners
    assert (f[Kpi.ACTIVITY_INDEX].numerator, f[Kpi.ACTIVITY_INDEX].denominator) == (8, 4)
    assert f[Kpi.ACTIVITY_INDEX].value == Decimal("2.00")
    # activation: approved in Q1 = A, C, D; A won after 36 days, D after 77 days, C never
    assert (f[Kpi.ACTIVATION_60].numerator, f[Kpi.ACTIVATION_60].denominator) == (1, 3)
    assert (f[Kpi.ACTIVATION_90].numerator, f[Kpi.ACTIVATION_90].denominator) == (2, 3)
    # SLA: d1, d3, d4, d9 in time; d2 late; d5 still submitted and overdue at 31 Mar
    assert (f[Kpi.SLA_COMPLIANCE].numerator, f[Kpi.SLA_COMPLIANCE].denominator) == (4, 6)
    for kpi, fig in f.items():
        assert fig.formula == f"analytics.formula.{kpi.value}"
        assert fig.key == ""


def test_one_partner(engine: Engine, world: World) -> None:
    f = partner_kpis(engine, world.a, Q1)
    assert f[Kpi.REVENUE].value == 120_000
    assert f[Kpi.PIPELINE].value == 30_000
    assert (f[Kpi.WIN_RATE].numerator, f[Kpi.WIN_RATE].denominator) == (2, 3)
    assert f[Kpi.AVG_DEAL_SIZE].value == 60_000
    assert f[Kpi.SALES_CYCLE_DAYS].value == Decimal("43.3")  # 130 / 3
    assert f[Kpi.TIME_TO_FIRST_DEAL_DAYS].value == Decimal("5.0")
    assert f[Kpi.CERTIFICATION_RATE].value == Decimal("0.5")
    assert f[Kpi.ACTIVITY_INDEX].value == Decimal("6.00")  # d1-d4, claim, training event
    assert (f[Kpi.SLA_COMPLIANCE].numerator, f[Kpi.SLA_COMPLIANCE].denominator) == (3, 4)
    assert f[Kpi.ACTIVATION_60].value == Decimal(1)


def test_partner_without_deals_gives_na_not_zero(engine: Engine, world: World) -> None:
    f = partner_kpis(engine, world.c, Q1)
    assert f[Kpi.REVENUE].value == 0 and f[Kpi.PIPELINE].value == 0
    for kpi in (
        Kpi.WIN_RATE,
        Kpi.AVG_DEAL_SIZE,
        Kpi.SALES_CYCLE_DAYS,
        Kpi.TIME_TO_FIRST_DEAL_DAYS,
        Kpi.CERTIFICATION_RATE,
        Kpi.MDF_UTILISATION,
        Kpi.MDF_ROI,
        Kpi.SLA_COMPLIANCE,
    ):
        assert f[kpi].value is None, kpi
        assert f[kpi].denominator == 0
    assert f[Kpi.ACTIVITY_INDEX].value == 0  # 0 events / 1 partner
    assert (f[Kpi.ACTIVATION_60].denominator, f[Kpi.ACTIVATION_60].value) == (1, 0)


def test_empty_period(engine: Engine, world: World) -> None:
    f = dashboard(engine, Period(date(2020, 1, 1), date(2020, 3, 31)))
    assert f[Kpi.REVENUE].value == 0
    assert f[Kpi.WIN_RATE].value is None
    assert f[Kpi.MDF_UTILISATION].value is None  # no budget overlaps 2020
    assert f[Kpi.ACTIVITY_INDEX].value == 0
    assert drill_down(engine, f[Kpi.REVENUE].drill) == []


def test_empty_database(engine: Engine, rows: Rows) -> None:
    rows.program()
    f = dashboard(engine, Q1)
    assert f[Kpi.REVENUE].value == 0 and f[Kpi.ACTIVITY_INDEX].value is None


def test_missing_fx_rate_is_an_error(engine: Engine, world: World, rows: Rows) -> None:
    rows.deal(
        world.program, world.b, 1_000, "GBP", "won", submitted=ts(2026, 2, 1), closed=date(2026, 2, 20), won=1_000
    )
    with pytest.raises(UserError) as err:
        dashboard(engine, Q1, kpis=[Kpi.REVENUE])
    assert err.value.code == "fx_rate_missing" and err.value.params["currency"] == "GBP"
    # A KPI that does not touch the GBP amount is still computed
    assert dashboard(engine, Q1, kpis=[Kpi.WIN_RATE])[Kpi.WIN_RATE].denominator == 5


def test_invalid_fx_rate(engine: Engine, rows: Rows) -> None:
    rows.program(fx={"USD": "abc"})
    with pytest.raises(UserError) as err:
        dashboard(engine, Q1)
    assert err.value.code == "fx_rate_invalid"


def test_program_required_when_several(engine: Engine, world: World, rows: Rows) -> None:
    rows.program("CHF")
    with pytest.raises(UserError) as err:
        dashboard(engine, Q1)
    assert err.value.code == "program_required"
    assert dashboard(engine, Q1, program_id=world.program)[Kpi.REVENUE].value == 125_000


def test_unknown_partner(engine: Engine, world: World) -> None:
    with pytest.raises(UserError) as err:
        partner_kpis(engine, "nope", Q1)
    assert err.value.code == "unknown_reference"


def test_bad_period() -> None:
    with pytest.raises(UserError) as err:
        Period(date(2026, 2, 1), date(2026, 1, 1))
    assert err.value.code == "end_before_start"


def test_tables_by_segment_region_tier_partner(engine: Engine, world: World) -> None:
    seg = {r.key: r for r in kpi_table(engine, Q1, GroupBy.SEGMENT)}
    assert set(seg) == {"SMB", "Enterprise"}
    assert seg["SMB"].figures[Kpi.REVENUE].value == 125_000  # A + D
    assert seg["Enterprise"].figures[Kpi.REVENUE].value == 0
    assert seg["Enterprise"].figures[Kpi.PIPELINE].value == 25_000
    reg = {r.key: r for r in kpi_table(engine, Q1, GroupBy.REGION, kpis=[Kpi.REVENUE])}
    assert reg["DACH"].figures[Kpi.REVENUE].value == 120_000
    tiers = {r.key: r for r in kpi_table(engine, Q1, GroupBy.TIER, kpis=[Kpi.REVENUE, Kpi.WIN_RATE])}
    assert tiers[world.silver].figures[Kpi.REVENUE].value == 120_000
    assert tiers[""].figures[Kpi.REVENUE].value == 5_000  # partners without a tier (C, D)
    per_partner = {r.key: r for r in kpi_table(engine, Q1, GroupBy.PARTNER)}
    assert set(per_partner) == {world.a, world.b, world.c, world.d}
    assert per_partner[world.c].figures[Kpi.WIN_RATE].value is None
    one = kpi_figures(engine, Kpi.REVENUE, Q1, group_by=GroupBy.SEGMENT, key="SMB")
    assert list(one) == ["SMB"] and one["SMB"].value == 125_000


def test_drill_down(engine: Engine, world: World) -> None:
    f = dashboard(engine, Q1)
    deal = RecordKind.DEAL
    dl = world.deals
    assert drill_down(engine, f[Kpi.REVENUE].drill) == sorted(RecordRef(deal, dl[k]) for k in ("d1", "d2", "d9"))
    closed = drill_down(engine, f[Kpi.WIN_RATE].drill_part(Part.DENOMINATOR))
    assert {r.id for r in closed} == {dl["d1"], dl["d2"], dl["d3"], dl["d9"]}
    assert {r.id for r in drill_down(engine, f[Kpi.SLA_COMPLIANCE].drill)} == {dl[k] for k in ("d1", "d3", "d4", "d9")}
    roi_den = drill_down(engine, f[Kpi.MDF_ROI].drill_part(Part.DENOMINATOR))
    assert roi_den == [RecordRef(RecordKind.MDF_REQUEST, world.request)]
    util_num = drill_down(engine, f[Kpi.MDF_UTILISATION].drill)
    assert util_num == [RecordRef(RecordKind.MDF_CLAIM, world.claim_paid)]
    act = drill_down(engine, f[Kpi.ACTIVATION_90].drill)
    assert act == sorted(RecordRef(RecordKind.PARTNER, p) for p in (world.a, world.d))
    partner_drill = partner_kpis(engine, world.b, Q1)[Kpi.PIPELINE].drill
    assert drill_down(engine, partner_drill) == [RecordRef(deal, dl["d5"])]
    seg = kpi_figures(engine, Kpi.REVENUE, Q1, group_by=GroupBy.SEGMENT, key="SMB")["SMB"]
    assert len(drill_down(engine, seg.drill)) == 3
    assert len(drill_down(engine, f[Kpi.ACTIVITY_INDEX].drill, limit=2)) == 2


def test_working_day_offsets() -> None:
    # index 0 = Sunday: Sun -> Wed (3), Mon -> Thu (3), Wed -> Mon (5), Fri -> Wed (5), Sat -> Wed (4)
    assert working_day_offsets(3) == [3, 3, 3, 5, 5, 5, 4]
    assert working_day_offsets(0) == [0] * 7
    assert working_day_offsets(5) == [5, 7, 7, 7, 7, 7, 6]


def test_sla_overdue_judged_today_when_period_is_open(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.clock

    # On Wed 4 Mar, d5 (submitted Mon 2 Mar, deadline Thu 5 Mar) is not overdue yet
    monkeypatch.setattr(workbench.clock, "today", lambda: date(2026, 3, 4))
    f = dashboard(engine, Q1, kpis=[Kpi.SLA_COMPLIANCE])[Kpi.SLA_COMPLIANCE]
    assert (f.numerator, f.denominator) == (4, 5)
    monkeypatch.setattr(workbench.clock, "today", lambda: date(2026, 3, 6))
    f = dashboard(engine, Q1, kpis=[Kpi.SLA_COMPLIANCE])[Kpi.SLA_COMPLIANCE]
    assert (f.numerator, f.denominator) == (4, 6)
