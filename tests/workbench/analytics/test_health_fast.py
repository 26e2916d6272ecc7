"""The set-based health of every partner (partner_sums_fast on the deal totals) against the per-KPI sums
it replaces: identical PartnerHealth lists on the world fixture and on a randomised replica (several
currencies, partial months at every edge, MDF in foreign currencies, tiers with and without requirements)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.world import World, build
from workbench.analytics import board, health
from workbench.analytics import partner_sums_fast as fast
from workbench.analytics.health import HealthConfig, HealthWeights
from workbench.analytics.types import Scope
from workbench.errors import UserError

AS_OF_DAYS = [
    date(2026, 3, 31),  # month end: no pipeline tail
    date(2026, 2, 14),  # mid-month
    date(2026, 1, 1),  # first of a month
    date(2026, 2, 28),
    date(2026, 3, 2),
    date(2026, 12, 31),
    date(2025, 12, 15),
]


def _both(
    engine: Engine, as_of: date, weights: HealthWeights | None = None, config: HealthConfig | None = None
) -> tuple[list[health.PartnerHealth], list[health.PartnerHealth]]:
    w, c = weights or HealthWeights(), config or HealthConfig()
    assert fast.health_inputs(engine, None, as_of) is not None  # the fast path really runs
    new = health._scores(engine, as_of, None, None, w, c)
    old = health._scores(engine, as_of, None, None, w, c, use_fast=False)
    return new, old


@pytest.mark.parametrize("as_of", AS_OF_DAYS)
def test_world_identical(migrated: Engine, mrows: Rows, as_of: date) -> None:
    world: World = build(mrows)
    new, old = _both(migrated, as_of)
    assert len(new) == 4 and new == old
    assert {h.partner_id for h in new} == {world.a, world.b, world.c, world.d}


def test_world_weights_and_config(migrated: Engine, mrows: Rows) -> None:
    build(mrows)
    weights = HealthWeights(Decimal(3), Decimal("0.5"), Decimal(0), Decimal(2))
    config = HealthConfig(activity_target=7, pipeline_quarter_share=Decimal("0.3333"), pipeline_reference_minor=77_777)
    for as_of in (date(2026, 3, 31), date(2026, 2, 14)):
        new, old = _both(migrated, as_of, weights, config)
        assert new == old
    # the fast path gives the hand-computed figures of test_health.py for partner A
    a = next(h for h in health.health_scores(migrated, date(2026, 3, 31)) if h.partner_id.endswith("-A"))
    assert a.components == health.HealthComponents(activity=50, pipeline=24, certification=33, marketing=30)
    assert a.score == 34 and a.inputs["events_90d"] == 6 and a.inputs["open_deals"] == 1


def _random_world(rows: Rows, seed: int) -> None:
    rng = random.Random(seed)
    world = build(rows)
    prog = world.program
    partners = [world.a, world.b, world.c, world.d]
    bronze = rows.tier(prog, "Bronze", 1)  # no requirements: fixed pipeline reference, certification rate
    for i in range(8):
        partners.append(rows.partner(prog, f"R{i}", tier=rng.choice([None, bronze, world.silver, world.gold])))
    statuses = ["draft", "submitted", "info_requested", "approved", "rejected", "won", "lost"]
    currencies = ["EUR", "USD", "CHF"]
    path = rows.add("learning_paths", code=f"RP{seed}", title="Path", role_track="sales", validity_months=24)
    course = rows.add("courses", code=f"RC{seed}", title="Course", role_track="sales", duration_minutes=10)

    def moment() -> datetime:
        return datetime(2025, 9, 1, 8, tzinfo=UTC) + timedelta(days=rng.randrange(480), hours=rng.randrange(14))

    with rows.batch():
        for _ in range(400):
            status = rng.choice(statuses)
            sub = None if status == "draft" else moment()
            closed = (sub or moment()).date() + timedelta(days=rng.randrange(90)) if status in ("won", "lost") else None
            rows.deal(
                prog,
                rng.choice(partners),
                rng.randrange(1, 10**7),
                rng.choice(currencies),
                status,
                submitted=sub,
                decided=sub + timedelta(days=rng.randrange(10)) if sub and rng.random() < 0.7 else None,
                closed=closed,
                won=rng.choice([None, rng.randrange(1, 10**7)]),
                deleted_at=datetime(2026, 5, 1, tzinfo=UTC) if rng.random() < 0.05 else None,
            )
        for pid in partners:
            for _ in range(rng.randrange(4)):
                contact = rows.contact(pid)
                if rng.random() < 0.6:
                    earned = date(2025, 6, 1) + timedelta(days=rng.randrange(500))
                    rows.add(
                        "certifications",
                        contact_id=contact,
                        partner_id=pid,
                        path_id=path,
                        status=rng.choice(["active", "renewed", "in_progress"]),
                        earned_on=earned,
                        expires_on=rng.choice([None, earned + timedelta(days=rng.randrange(30, 400))]),
                    )
                for _ in range(rng.randrange(3)):
                    rows.add(
                        "training_events",
                        contact_id=contact,
                        partner_id=pid,
                        course_id=course,
                        kind="started",
                        occurred_at=moment(),
                    )
            budget = rows.add(
                "mdf_budgets",
                program_id=prog,
                name="B",
                period_start=date(2025, 7, 1),
                period_end=date(2026, 6, 30),
                amount_minor=10**8,
                currency="EUR",
            )
            if rng.random() < 0.7:
                cur = rng.choice(currencies)
                alloc = rows.add(
                    "mdf_allocations", budget_id=budget, partner_id=pid, amount_minor=rng.randrange(10**6), currency=cur
                )
                req = rows.add(
                    "mdf_requests",
                    allocation_id=alloc,
                    partner_id=pid,
                    activity_type="event",
                    title="T",
                    start_date=date(2025, 10, 1),
                    end_date=date(2025, 11, 1),
                    requested_minor=1000,
                    approved_minor=1000,
                    currency=cur,
                    status="approved",
                    submitted_at=moment(),
                )
                rows.add(
                    "mdf_claims",
                    request_id=req,
                    partner_id=pid,
                    claimed_minor=rng.randrange(10**6),
                    actual_cost_minor=1,
                    currency=rng.choice(currencies),
                    status=rng.choice(["draft", "submitted", "paid"]),
                    submitted_at=moment(),
                )


@pytest.mark.parametrize("seed", [1, 2])
def test_random_identical(migrated: Engine, mrows: Rows, seed: int) -> None:
    _random_world(mrows, seed)
    rng = random.Random(seed)
    days = [*AS_OF_DAYS, *(date(2025, 9, 1) + timedelta(days=rng.randrange(500)) for _ in range(6))]
    for as_of in days:
        new, old = _both(migrated, as_of)
        assert len(new) == 12
        assert new == old, as_of
    new, old = _both(migrated, date(2026, 3, 17), HealthWeights(Decimal(1), Decimal(5), Decimal(2), Decimal(0)))
    assert new == old


def test_missing_rate_is_the_same_error(migrated: Engine, mrows: Rows) -> None:
    world = build(mrows)
    mrows.deal(
        world.program,
        world.a,
        5_000,
        "GBP",
        "won",
        submitted=datetime(2026, 3, 1, tzinfo=UTC),
        closed=date(2026, 3, 10),
    )
    with pytest.raises(UserError) as err:
        health.health_scores(migrated, date(2026, 3, 31))
    assert err.value.code == "fx_rate_missing" and err.value.params["currency"] == "GBP"
    with pytest.raises(UserError) as old_err:
        health._scores(migrated, date(2026, 3, 31), None, None, HealthWeights(), HealthConfig(), use_fast=False)
    assert old_err.value.code == err.value.code and old_err.value.params == err.value.params


def test_rates_as_integers_match_the_decimal_conversion(migrated: Engine, mrows: Rows) -> None:
    from workbench.analytics import kpis
    from workbench.analytics.types import Period

    build(mrows)
    ctx = kpis._context(migrated, None, Period(date(2026, 1, 1), date(2026, 1, 1)), None)
    shift, scales = fast._scales(ctx)
    for cur in ("EUR", "USD", "CHF"):
        for amount in (0, 1, 3, 999_999_999, -7):
            exact = kpis._to_program_minor(ctx, amount, cur)
            assert Decimal(amount * scales[cur]).scaleb(-shift) == exact


# --- the dashboard's compact table (health_table) and load_health against the reference ------------------


def _reference_levels(scores: list[health.PartnerHealth]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    levels: dict[int, list[str]] = {}
    for h in scores:
        levels.setdefault(h.score, []).append(h.partner_id)
    return tuple((s, tuple(ids)) for s, ids in sorted(levels.items()))


def _table_matches(engine: Engine, as_of: date, w: HealthWeights, c: HealthConfig) -> None:
    old = health._scores(engine, as_of, None, None, w, c, use_fast=False)
    table = health.health_table(engine, as_of, weights=w, config=c)
    assert table.levels == _reference_levels(old), as_of
    assert table.partners == len(old)
    assert table.weakest(5) == [(h.partner_id, h.score) for h in old[:5]]
    assert [pid for s, ids in table.levels for pid in ids] == [h.partner_id for h in old]


@pytest.mark.parametrize("seed", [3, 4])
def test_table_matches_the_reference_on_random_replicas(migrated: Engine, mrows: Rows, seed: int) -> None:
    _random_world(mrows, seed)
    rng = random.Random(seed)
    days = [*AS_OF_DAYS, *(date(2025, 9, 1) + timedelta(days=rng.randrange(500)) for _ in range(4))]
    for as_of in days:
        _table_matches(migrated, as_of, HealthWeights(), HealthConfig())
    weights = HealthWeights(Decimal(3), Decimal("0.5"), Decimal(0), Decimal(2))
    config = HealthConfig(activity_target=2, pipeline_quarter_share=Decimal("0.3333"), pipeline_reference_minor=77_777)
    for as_of in days[:4]:
        _table_matches(migrated, as_of, weights, config)


def test_table_without_totals_is_the_reference(engine: Engine, rows: Rows) -> None:
    """A schema from create_all (no deal totals): the table comes from the per-KPI figures."""
    build(rows)
    as_of = date(2026, 3, 31)
    assert fast.health_inputs(engine, None, as_of) is None
    old = health._scores(engine, as_of, None, None, HealthWeights(), HealthConfig(), use_fast=False)
    assert health.health_table(engine, as_of).levels == _reference_levels(old)


def test_table_checks_the_weights(migrated: Engine, mrows: Rows) -> None:
    build(mrows)
    with pytest.raises(UserError) as err:
        health.health_table(migrated, date(2026, 3, 31), weights=HealthWeights(Decimal(0), 0, 0, 0))
    assert err.value.code == "health_weights_zero"


def test_load_health_matches_the_reference(migrated: Engine, mrows: Rows) -> None:
    """Bands, partner count and attention rows (with the full PartnerHealth behind each) equal what the
    list of every partner's PartnerHealth gives, for the whole program and for a scope."""
    _random_world(mrows, 5)
    as_of = date(2026, 3, 17)
    every = health.health_scores(migrated, as_of)
    with migrated.connect() as conn:
        tier_of = dict(conn.execute(text("SELECT id, tier_id FROM partners WHERE deleted_at IS NULL")).all())
    tier = max((t for t in tier_of.values() if t), key=lambda t: sum(1 for v in tier_of.values() if v == t))
    for scope in (Scope(), Scope(tier_id=tier)):
        data = board.load_health(migrated, as_of, scope=scope, limit=4)
        scoped = [h for h in every if scope.empty or tier_of[h.partner_id] == tier]
        assert scoped and data.partners == len(scoped) and data.table is not None
        bands = [0] * len(board.HEALTH_BUCKETS)
        for h in scoped:
            bands[max(i for i, lo in enumerate(board.HEALTH_BUCKETS) if h.score >= lo)] += 1
        assert data.buckets == tuple(bands)
        assert [(r.partner_id, r.score, r.components, r.currency) for r in data.attention] == [
            (h.partner_id, h.score, h.components, h.currency) for h in scoped[:4]
        ]
        assert [r.suggestions for r in data.attention] == [tuple(health.next_best_actions(h)) for h in scoped[:4]]
        # the table handed back gives the same data without scoring again
        assert board.load_health(migrated, as_of, scope=scope, limit=4, table=data.table) == data
    assert health.needs_attention(migrated, as_of, limit=3) == [(h, health.next_best_actions(h)) for h in every[:3]]


def test_month_runs_join_only_adjacent_ranges() -> None:
    assert fast._next_month("2025-12") == "2026-01" and fast._next_month("2026-01") == "2026-02"
    # the window's whole months with the end edge's month (read whole) after them: one range
    assert fast._runs(["2026-09", "2026-10", "2026-11", "2026-11"]) == [("2026-09", "2026-11")]
    # an edge month before the whole months, across a year end
    assert fast._runs(["2026-01", "2026-02", "2025-12", "2025-12"]) == [("2025-12", "2026-02")]
    # a gap, and a month given twice, stay separate reads
    assert fast._runs(["2026-01", "2026-01", "2026-03", "2026-03"]) == [("2026-01", "2026-01"), ("2026-03", "2026-03")]
    assert fast._runs(["2026-01", "2026-02", "2026-02", "2026-02"]) == [("2026-01", "2026-02"), ("2026-02", "2026-02")]
    assert fast._runs([]) == []
