"""Partner health score and next-best actions.

Score = Σ weightᵢ × componentᵢ ÷ Σ weightᵢ, rounded to an integer 0–100. Weights are configurable
(`HealthWeights`: non-negative, sum > 0). Components, each 0–100 at the day `as_of` (normalisation):

* activity       min(100, 100 × events in the 90 days ending `as_of` ÷ `HealthConfig.activity_target`)
                 (events as in the activity index: deals submitted, training events, MDF requests and
                 claims submitted).
* pipeline       min(100, 100 × open pipeline ÷ reference); reference = `pipeline_quarter_share` × the
                 12-month revenue requirement of the partner's next tier (its own tier at the top), or
                 `HealthConfig.pipeline_reference_minor` when that tier has no revenue requirement.
* certification  min(100, 100 × certified people ÷ certified people the next tier requires); when the tier
                 requires none: 100 × certification rate (certified ÷ people; 0 without people).
* marketing      min(100, 100 × MDF utilisation (claimed ÷ allocated) over the 365 days ending `as_of`);
                 0 without an allocation.

Money is in the program currency (kpis.py converts with the program's stored rates)."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import Engine, func, select

from workbench.analytics import kpis
from workbench.analytics import partner_sums_fast as fast
from workbench.analytics.types import GroupBy, Kpi, Period, Suggestion
from workbench.errors import UserError

COMPONENTS = ("activity", "pipeline", "certification", "marketing")


@dataclass(frozen=True, slots=True)
class HealthWeights:
    activity: Decimal = Decimal(1)
    pipeline: Decimal = Decimal(1)
    certification: Decimal = Decimal(1)
    marketing: Decimal = Decimal(1)

    def validated(self) -> HealthWeights:
        total = Decimal(0)
        for name in COMPONENTS:
            value = getattr(self, name)
            if isinstance(value, float | bool) or not isinstance(value, int | Decimal):
                raise UserError("health_weight_invalid", field=name, value=str(value))
            if not Decimal(value).is_finite() or value < 0:
                raise UserError("health_weight_negative", field=name, value=str(value))
            total += Decimal(value)
        if total <= 0:
            raise UserError("health_weights_zero", field="weights")
        return self

    def total(self) -> Decimal:
        return sum((Decimal(getattr(self, n)) for n in COMPONENTS), Decimal(0))


@dataclass(frozen=True, slots=True)
class HealthConfig:
    activity_target: int = 12  # events in 90 days that count as fully active
    pipeline_quarter_share: Decimal = Decimal("0.25")
    pipeline_reference_minor: int = 5_000_000  # program-currency minor units, when the tier sets no revenue
    weak_component: int = 50  # below this a component produces a suggestion


@dataclass(frozen=True, slots=True)
class HealthComponents:
    activity: int
    pipeline: int
    certification: int
    marketing: int


@dataclass(frozen=True, slots=True)
class TierGap:
    tier_id: str
    tier: str
    required_certified_people: int
    required_revenue_12m_minor: int
    required_active_deals: int


@dataclass(frozen=True, slots=True)
class PartnerHealth:
    partner_id: str
    score: int
    components: HealthComponents
    currency: str
    inputs: dict[str, int] = field(default_factory=dict)  # raw inputs of the components (events_90d, ...)
    next_tier: TierGap | None = None


def _pct(num: Decimal | int, den: Decimal | int) -> int:
    if not den:
        return 0
    value = min(Decimal(100), Decimal(100) * Decimal(num) / Decimal(den))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def blend(components: HealthComponents, weights: HealthWeights) -> int:
    """The weighted score of four components (weights validated)."""
    weights = weights.validated()
    return _blend_valid(components, weights, weights.total())


def _blend_valid(components: HealthComponents, weights: HealthWeights, total: Decimal) -> int:
    value = sum((Decimal(getattr(weights, n)) * getattr(components, n) for n in COMPONENTS), Decimal(0)) / total
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _tiers(engine: Engine, program_id: str) -> list[tuple[str, str, int, int, int, int]]:
    kpis._load_models()
    t = kpis._t("tier_levels")
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                t.c.id,
                t.c.name,
                t.c.rank,
                t.c.required_certified_people,
                t.c.required_revenue_12m_minor,
                t.c.required_active_deals,
            )
            .where(t.c.program_id == program_id, t.c.deleted_at.is_(None))
            .order_by(t.c.rank)
        ).all()
    return [(str(r[0]), str(r[1]), int(r[2]), int(r[3]), int(r[4]), int(r[5])) for r in rows]


def _next_tier(tiers: list[tuple[str, str, int, int, int, int]], tier_id: str | None) -> TierGap | None:
    if not tiers:
        return None
    rank = next((t[2] for t in tiers if t[0] == tier_id), None)
    higher = [t for t in tiers if rank is None or t[2] > rank]
    chosen = higher[0] if higher else next(t for t in tiers if t[0] == tier_id)
    return TierGap(chosen[0], chosen[1], chosen[3], chosen[4], chosen[5])


def _partners(engine: Engine, program_id: str, partner_id: str | None) -> list[tuple[str, str | None]]:
    p = kpis._t("partners")
    stmt = select(p.c.id, p.c.tier_id).where(p.c.program_id == program_id, p.c.deleted_at.is_(None))
    if partner_id is not None:
        stmt = stmt.where(p.c.id == partner_id)
    with engine.connect() as conn:
        return [(str(r[0]), r[1]) for r in conn.execute(stmt.order_by(p.c.id))]


def _figures(engine: Engine, program_id: str, as_of: date, partner_id: str | None) -> dict[Kpi, dict[str, Any]]:
    """Per KPI and partner an object with `numerator` and `denominator` (and `value` for one partner)."""
    day = Period(as_of, as_of)
    year = Period(as_of - timedelta(days=364), as_of)
    key = partner_id
    out: dict[Kpi, dict[str, Any]] = {}
    for kpi, period in (
        (Kpi.ACTIVITY_INDEX, day),
        (Kpi.PIPELINE, day),
        (Kpi.CERTIFICATION_RATE, day),
        (Kpi.MDF_UTILISATION, year),
        (Kpi.REVENUE, year),
    ):
        if key is None:  # every partner: sums only (building 5 figures per partner costs seconds at 100k)
            out[kpi] = kpis.partner_sums(engine, kpi, period, program_id=program_id)[1]
        else:
            out[kpi] = kpis.kpi_figures(engine, kpi, period, group_by=GroupBy.PARTNER, key=key, program_id=program_id)
    return out


def _open_deals(engine: Engine, program_id: str, partner_id: str | None) -> dict[str, int]:
    d = kpis._t("deal_registrations")
    stmt = (
        select(d.c.partner_id, func.count())
        .where(d.c.program_id == program_id, d.c.deleted_at.is_(None), d.c.status.in_(kpis.OPEN_DEAL_STATUSES))
        .group_by(d.c.partner_id)
    )
    if partner_id is not None:
        stmt = stmt.where(d.c.partner_id == partner_id)
    with engine.connect() as conn:
        return {str(pid): int(n) for pid, n in conn.execute(stmt)}


def _int(value: Any) -> int:
    return int(value or 0)


def _pct_int(num: int, den: int) -> int:
    """`_pct` in integers (den > 0): min(100, 100 × num ÷ den) rounded half to even."""
    q, r = divmod(100 * num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    return min(100, q)


def _scores_fast(
    engine: Engine, as_of: date, program_id: str | None, weights: HealthWeights, config: HealthConfig
) -> list[PartnerHealth] | None:
    """Every partner from `partner_sums_fast.health_inputs` (None without deal totals): the same results as
    the per-KPI sums, with integer arithmetic per partner and the Decimal work once per tier and per
    distinct set of components."""
    weights = weights.validated()
    found = fast.health_inputs(engine, program_id, as_of)
    if found is None:
        return None
    currency, per_partner = found
    ctx_program = kpis._context(engine, program_id, Period(as_of, as_of), None).program_id
    tiers = _tiers(engine, ctx_program)
    open_deals = _open_deals(engine, ctx_program, None)
    # per tier: next tier, pipeline reference (exact fraction and rounded), certification requirement
    per_tier: dict[str | None, tuple[TierGap | None, int, int, int, int]] = {}
    blended: dict[tuple[int, int, int, int], int] = {}
    zero = [0] * fast.FIELDS
    target = config.activity_target
    out = []
    for pid, tier_id in _partners(engine, ctx_program, None):
        info = per_tier.get(tier_id)
        if info is None:
            info = per_tier[tier_id] = _tier_info(tiers, tier_id, config)
        nxt, ref_num, ref_den, rounded, required = info
        events, pipeline, certified, people, claimed, allocated, revenue = per_partner.get(pid, zero)
        # pipeline ÷ (ref_num / ref_den)
        pipe = _pct_int(pipeline * ref_den, ref_num) if ref_num > 0 else _pct(pipeline, Decimal(ref_num) / ref_den)
        if required > 0:
            cert = _pct_int(certified, required)
        else:
            cert = _pct_int(certified, people) if people > 0 else _pct(certified, people)
        act = _pct_int(events, target) if target > 0 else _pct(events, target)
        mkt = _pct_int(claimed, allocated) if allocated > 0 else _pct(claimed, allocated)
        key = (act, pipe, cert, mkt)
        comps = HealthComponents(act, pipe, cert, mkt)
        score = blended.get(key)
        if score is None:
            score = blended[key] = blend(comps, weights)
        inputs = {
            "events_90d": events,
            "pipeline_minor": pipeline,
            "pipeline_reference_minor": rounded,
            "certified_people": certified,
            "people": people,
            "mdf_claimed_minor": claimed,
            "mdf_allocated_minor": allocated,
            "revenue_12m_minor": revenue,
            "open_deals": open_deals.get(pid, 0),
        }
        out.append(PartnerHealth(pid, score, comps, currency, inputs, nxt))
    out.sort(key=lambda h: (h.score, h.partner_id))
    return out


@dataclass(frozen=True, slots=True)
class HealthTable:
    """The score of every partner of a program at `as_of`, compact (what the dashboard needs: the bands and
    the weakest partners; no object per partner). `levels`: (score, partner ids in id order) by ascending
    score, so the partners weakest first are the levels concatenated (`health_scores` order). A partner's
    full `PartnerHealth` (inputs, next tier) comes from `partner_health` when it is shown."""

    as_of: date
    program_id: str
    levels: tuple[tuple[int, tuple[str, ...]], ...]
    weights: HealthWeights
    config: HealthConfig

    @property
    def partners(self) -> int:
        return sum(len(ids) for _score, ids in self.levels)

    def counts(self, within: Set[str] | None = None) -> dict[int, int]:
        """Partners per score (those in `within` when given)."""
        if within is None:
            return {score: len(ids) for score, ids in self.levels}
        return {score: sum(1 for i in ids if i in within) for score, ids in self.levels}

    def weakest(self, limit: int, within: Set[str] | None = None) -> list[tuple[str, int]]:
        """The first `limit` (partner id, score) weakest first (those in `within` when given)."""
        out: list[tuple[str, int]] = []
        for score, ids in self.levels:
            for pid in ids:
                if len(out) >= limit:
                    return out
                if within is None or pid in within:
                    out.append((pid, score))
        return out


def _tier_info(
    tiers: list[tuple[str, str, int, int, int, int]], tier_id: str | None, config: HealthConfig
) -> tuple[TierGap | None, int, int, int, int]:
    """Per tier: the next tier, the pipeline reference as an exact fraction (numerator, denominator) and
    rounded, and the certified people the next tier requires."""
    nxt = _next_tier(tiers, tier_id)
    reference: Decimal | int = config.pipeline_reference_minor
    if nxt is not None and nxt.required_revenue_12m_minor > 0:
        reference = config.pipeline_quarter_share * nxt.required_revenue_12m_minor
    ref_num, ref_den = Decimal(reference).as_integer_ratio()
    rounded = int(Decimal(reference).to_integral_value(rounding=ROUND_HALF_EVEN))
    required = nxt.required_certified_people if nxt is not None else 0
    return nxt, ref_num, ref_den, rounded, required


def _table_fast(
    engine: Engine, as_of: date, program_id: str | None, weights: HealthWeights, config: HealthConfig
) -> HealthTable | None:
    """`HealthTable` from `partner_sums_fast.health_columns` without the revenue (not part of the score) and
    without objects per partner: one pass over (id, tier) tuples, each component in integers with the
    common cases (nothing, at or above the reference) answered first, the weighted blend once per distinct
    set of components. The same scores as `_scores_fast` and the per-KPI path (tested)."""
    weights = weights.validated()
    found = fast.health_columns(engine, program_id, as_of, revenue=False)
    if found is None:
        return None
    cols = found[1]
    program = kpis._context(engine, program_id, Period(as_of, as_of), None).program_id
    tiers = _tiers(engine, program)
    p = kpis._t("partners")
    stmt = select(p.c.id, p.c.tier_id).where(p.c.program_id == program, p.c.deleted_at.is_(None)).order_by(p.c.id)
    with engine.connect() as conn:  # (id, tier_id) tuples straight from the driver (no result processing)
        partners: list[tuple[str, str | None]] = list(conn.execute(stmt).cursor.fetchall())
    per_tier = {t: _tier_info(tiers, t, config) for t in {t for _p, t in partners}}
    blended: dict[tuple[int, int, int, int], int] = {}
    levels: dict[int, list[str]] = {}
    target = config.activity_target
    total = weights.total()
    pct, pct_int = _pct, _pct_int
    events_of, pipeline_of, certified_of, people_of, claimed_of, allocated_of = (
        cols[i].get for i in (fast.EVENTS, fast.PIPELINE, fast.CERTIFIED, fast.PEOPLE, fast.CLAIMED, fast.ALLOCATED)
    )
    for pid, tier_id in partners:
        _nxt, ref_num, ref_den, _rounded, required = per_tier[tier_id]
        events = events_of(pid, 0)
        pipeline = pipeline_of(pid, 0)
        certified = certified_of(pid, 0)
        people = people_of(pid, 0)
        claimed = claimed_of(pid, 0)
        allocated = allocated_of(pid, 0)
        # each component as _pct(num, den): 0 for nothing, 100 at or above the reference (den > 0)
        if target > 0:
            act = 0 if events == 0 else 100 if events >= target else pct_int(events, target)
        else:
            act = pct(events, target)
        if ref_num > 0:
            scaled = pipeline * ref_den
            pipe = 0 if pipeline == 0 else 100 if scaled >= ref_num else pct_int(scaled, ref_num)
        else:
            pipe = pct(pipeline, Decimal(ref_num) / ref_den)
        den = required if required > 0 else people
        if den > 0:
            cert = 0 if certified == 0 else 100 if certified >= den else pct_int(certified, den)
        else:
            cert = pct(certified, den)
        if allocated > 0:
            mkt = 0 if claimed == 0 else 100 if claimed >= allocated else pct_int(claimed, allocated)
        else:
            mkt = pct(claimed, allocated)
        key = (act, pipe, cert, mkt)
        score = blended.get(key)
        if score is None:
            score = blended[key] = _blend_valid(HealthComponents(act, pipe, cert, mkt), weights, total)
        level = levels.get(score)
        if level is None:
            levels[score] = [pid]
        else:
            level.append(pid)
    ordered = tuple((score, tuple(levels[score])) for score in sorted(levels))
    return HealthTable(as_of, program, ordered, weights, config)


def health_table(
    engine: Engine,
    as_of: date,
    *,
    program_id: str | None = None,
    weights: HealthWeights | None = None,
    config: HealthConfig | None = None,
) -> HealthTable:
    """The score of every partner of the program (the dashboard's bands and attention list)."""
    w, c = weights or HealthWeights(), config or HealthConfig()
    found = _table_fast(engine, as_of, program_id, w, c)
    if found is not None:
        return found
    # no deal totals (PostgreSQL, a schema from create_all): from the per-KPI figures
    rows = _scores(engine, as_of, program_id, None, w, c)
    levels: dict[int, list[str]] = {}
    for h in rows:  # weakest first, then by id
        levels.setdefault(h.score, []).append(h.partner_id)
    program = kpis._context(engine, program_id, Period(as_of, as_of), None).program_id
    ordered = tuple((score, tuple(ids)) for score, ids in sorted(levels.items()))
    return HealthTable(as_of, program, ordered, w.validated(), c)


def _scores(
    engine: Engine,
    as_of: date,
    program_id: str | None,
    partner_id: str | None,
    weights: HealthWeights,
    config: HealthConfig,
    *,
    use_fast: bool = True,
) -> list[PartnerHealth]:
    if partner_id is None and use_fast:
        found = _scores_fast(engine, as_of, program_id, weights, config)
        if found is not None:
            return found
    weights = weights.validated()
    ctx = kpis._context(engine, program_id, Period(as_of, as_of), partner_id)
    figures = _figures(engine, ctx.program_id, as_of, partner_id)
    tiers = _tiers(engine, ctx.program_id)
    open_deals = _open_deals(engine, ctx.program_id, partner_id)
    out = []
    gaps: dict[str | None, TierGap | None] = {}  # the next tier of each tier (asked once per tier)
    for pid, tier_id in _partners(engine, ctx.program_id, partner_id):

        def part(kpi: Kpi, attr: str, pid: str = pid) -> int:
            fig = figures[kpi].get(pid)
            return _int(getattr(fig, attr)) if fig is not None else 0

        events = part(Kpi.ACTIVITY_INDEX, "numerator")
        pipeline = part(Kpi.PIPELINE, "numerator")  # = value (no denominator)
        certified = part(Kpi.CERTIFICATION_RATE, "numerator")
        people = part(Kpi.CERTIFICATION_RATE, "denominator")
        claimed = part(Kpi.MDF_UTILISATION, "numerator")
        allocated = part(Kpi.MDF_UTILISATION, "denominator")
        revenue = part(Kpi.REVENUE, "numerator")  # = value (no denominator)
        if tier_id not in gaps:
            gaps[tier_id] = _next_tier(tiers, tier_id)
        nxt = gaps[tier_id]
        reference: Decimal | int = config.pipeline_reference_minor
        if nxt is not None and nxt.required_revenue_12m_minor > 0:
            reference = config.pipeline_quarter_share * nxt.required_revenue_12m_minor
        if nxt is not None and nxt.required_certified_people > 0:
            cert = _pct(certified, nxt.required_certified_people)
        else:
            cert = _pct(certified, people)
        comps = HealthComponents(
            activity=_pct(events, config.activity_target),
            pipeline=_pct(pipeline, reference),
            certification=cert,
            marketing=_pct(claimed, allocated),
        )
        inputs = {
            "events_90d": events,
            "pipeline_minor": pipeline,
            "pipeline_reference_minor": int(Decimal(reference).to_integral_value(rounding=ROUND_HALF_EVEN)),
            "certified_people": certified,
            "people": people,
            "mdf_claimed_minor": claimed,
            "mdf_allocated_minor": allocated,
            "revenue_12m_minor": revenue,
            "open_deals": open_deals.get(pid, 0),
        }
        out.append(PartnerHealth(pid, blend(comps, weights), comps, ctx.currency, inputs, nxt))
    out.sort(key=lambda h: (h.score, h.partner_id))
    return out


def health_scores(
    engine: Engine,
    as_of: date,
    *,
    program_id: str | None = None,
    weights: HealthWeights | None = None,
    config: HealthConfig | None = None,
) -> list[PartnerHealth]:
    """Health of every partner of the program, weakest first."""
    return _scores(engine, as_of, program_id, None, weights or HealthWeights(), config or HealthConfig())


def partner_health(
    engine: Engine,
    partner_id: str,
    as_of: date,
    *,
    weights: HealthWeights | None = None,
    config: HealthConfig | None = None,
) -> PartnerHealth:
    rows = _scores(engine, as_of, None, partner_id, weights or HealthWeights(), config or HealthConfig())
    return rows[0]


def next_best_actions(health: PartnerHealth, config: HealthConfig | None = None) -> list[Suggestion]:
    """Suggestions (codes + parameters), most important first: what the next tier still needs, then the
    weak health components."""
    config = config or HealthConfig()
    inputs = health.inputs
    out: list[Suggestion] = []
    tier = health.next_tier
    if tier is not None:
        missing = tier.required_certified_people - inputs["certified_people"]
        if missing > 0:
            out.append(Suggestion("certifications_missing_for_tier", {"missing": missing, "tier": tier.tier}, 1))
        gap = tier.required_revenue_12m_minor - inputs["revenue_12m_minor"]
        if gap > 0:
            out.append(
                Suggestion(
                    "revenue_missing_for_tier",
                    {"missing_minor": gap, "currency": health.currency, "tier": tier.tier},
                    2,
                )
            )
        deals = tier.required_active_deals - inputs["open_deals"]
        if deals > 0:
            out.append(Suggestion("active_deals_missing_for_tier", {"missing": deals, "tier": tier.tier}, 3))
    c = health.components
    weak = config.weak_component
    if c.activity < weak:
        out.append(
            Suggestion("increase_activity", {"events_90d": inputs["events_90d"], "target": config.activity_target}, 4)
        )
    if c.pipeline < weak:
        out.append(
            Suggestion(
                "build_pipeline",
                {
                    "pipeline_minor": inputs["pipeline_minor"],
                    "reference_minor": inputs["pipeline_reference_minor"],
                    "currency": health.currency,
                },
                5,
            )
        )
    if c.marketing < weak:
        unclaimed = inputs["mdf_allocated_minor"] - inputs["mdf_claimed_minor"]
        if inputs["mdf_allocated_minor"] > 0 and unclaimed > 0:
            out.append(Suggestion("use_mdf_funds", {"unclaimed_minor": unclaimed, "currency": health.currency}, 6))
        elif inputs["mdf_allocated_minor"] == 0:
            out.append(Suggestion("request_mdf_allocation", {}, 7))
    if c.certification < weak and not any(s.code == "certifications_missing_for_tier" for s in out):
        out.append(
            Suggestion("certify_people", {"certified": inputs["certified_people"], "people": inputs["people"]}, 8)
        )
    return sorted(out, key=lambda s: s.priority)


def needs_attention(
    engine: Engine,
    as_of: date,
    *,
    limit: int = 5,
    program_id: str | None = None,
    weights: HealthWeights | None = None,
    config: HealthConfig | None = None,
) -> list[tuple[PartnerHealth, list[Suggestion]]]:
    """The `limit` weakest partners with the reasons (suggestions) behind each."""
    config = config or HealthConfig()
    table = health_table(engine, as_of, program_id=program_id, weights=weights, config=config)
    out = []
    for pid, _score in table.weakest(limit):
        h = partner_health(engine, pid, as_of, weights=table.weights, config=config)
        out.append((h, next_best_actions(h, config)))
    return out
