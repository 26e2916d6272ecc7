"""Health score: weights, normalisation on the world fixture, next-best actions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.world import World, build
from workbench.analytics.health import (
    HealthComponents,
    HealthConfig,
    HealthWeights,
    blend,
    health_scores,
    needs_attention,
    next_best_actions,
    partner_health,
)
from workbench.errors import UserError

AS_OF = date(2026, 3, 31)


@pytest.fixture
def world(rows: Rows) -> World:
    return build(rows)


def test_blend_weighted_average() -> None:
    c = HealthComponents(activity=100, pipeline=50, certification=0, marketing=30)
    assert blend(c, HealthWeights()) == 45  # (100 + 50 + 0 + 30) / 4
    w = HealthWeights(Decimal(3), Decimal(1), Decimal(0), Decimal(0))
    assert blend(c, w) == 88  # (300 + 50) / 4 = 87.5 -> 88 (half to even)
    assert blend(c, HealthWeights(Decimal(0), Decimal(0), Decimal(2), Decimal(0))) == 0


@pytest.mark.parametrize(
    ("weights", "code", "field"),
    [
        (HealthWeights(activity=Decimal(-1)), "health_weight_negative", "activity"),
        (HealthWeights(Decimal(0), Decimal(0), Decimal(0), Decimal(0)), "health_weights_zero", "weights"),
        (HealthWeights(marketing=0.5), "health_weight_invalid", "marketing"),  # type: ignore[arg-type]
        (HealthWeights(pipeline=Decimal("NaN")), "health_weight_negative", "pipeline"),
    ],
)
def test_weights_validated(weights: HealthWeights, code: str, field: str) -> None:
    c = HealthComponents(1, 2, 3, 4)
    with pytest.raises(UserError) as err:
        blend(c, weights)
    assert err.value.code == code and err.value.params["field"] == field


def test_partner_health_components(engine: Engine, world: World) -> None:
    h = partner_health(engine, world.a, AS_OF)
    # activity: 6 events / 12 -> 50; pipeline: 30000 / (0.25 * Gold 500000) -> 24;
    # certification: 1 certified / Gold requires 3 -> 33; marketing: 30000 claimed / 100000 allocated -> 30
    assert h.components == HealthComponents(activity=50, pipeline=24, certification=33, marketing=30)
    assert h.score == 34  # (50 + 24 + 33 + 30) / 4 = 34.25
    assert h.next_tier is not None and h.next_tier.tier == "Gold"
    assert h.inputs["events_90d"] == 6 and h.inputs["open_deals"] == 1
    weighted = partner_health(
        engine,
        world.a,
        AS_OF,
        weights=HealthWeights(activity=Decimal(1), pipeline=Decimal(0), certification=Decimal(0), marketing=Decimal(0)),
    )
    assert weighted.score == 50


def test_partner_without_anything(engine: Engine, world: World) -> None:
    h = partner_health(engine, world.c, AS_OF)
    assert h.components == HealthComponents(0, 0, 0, 0) and h.score == 0
    # C has no tier: the next tier is the lowest one (Silver), pipeline reference = 0.25 * 100000
    assert h.next_tier is not None and h.next_tier.tier == "Silver"
    assert h.inputs["pipeline_reference_minor"] == 25_000


def test_top_tier_uses_own_requirements_and_config_reference(engine: Engine, world: World) -> None:
    h = partner_health(engine, world.b, AS_OF, config=HealthConfig(activity_target=1))
    assert h.next_tier is not None and h.next_tier.tier == "Gold"  # B is Gold already
    assert h.components.activity == 100  # 1 event (d5) / target 1
    assert h.components.pipeline == 20  # 25000 / 125000


def test_next_best_actions(engine: Engine, world: World) -> None:
    h = partner_health(engine, world.a, AS_OF)
    actions = next_best_actions(h)
    codes = [s.code for s in actions]
    assert codes[0] == "certifications_missing_for_tier"
    assert actions[0].params == {"missing": 2, "tier": "Gold"}
    revenue = next(s for s in actions if s.code == "revenue_missing_for_tier")
    # 12-month revenue of A: 120000 (d1 + d2) -> 380000 missing for Gold (500000)
    assert revenue.params == {"missing_minor": 380_000, "currency": "EUR", "tier": "Gold"}
    assert next(s for s in actions if s.code == "active_deals_missing_for_tier").params["missing"] == 4
    assert "build_pipeline" in codes and "use_mdf_funds" in codes
    assert next(s for s in actions if s.code == "use_mdf_funds").params["unclaimed_minor"] == 70_000
    assert [s.priority for s in actions] == sorted(s.priority for s in actions)


def test_scores_and_attention_list(engine: Engine, world: World) -> None:
    scores = health_scores(engine, AS_OF)
    assert [h.partner_id for h in scores][0] == world.c  # weakest first
    assert len(scores) == 4
    top = needs_attention(engine, AS_OF, limit=2)
    assert len(top) == 2 and top[0][0].partner_id == world.c
    assert any(s.code == "request_mdf_allocation" for s in top[0][1])
