"""Tier compliance: what a partner has and what it still needs for the next tier (DOMAIN.md "Partners").

`compute_compliance` is the pure rule; `partner_compliance` gathers the partner's figures from the replica:
* certified people: distinct contacts with a current (active or expiring, not expired) certification;
* revenue in the last 12 months: won amounts of deals closed in the last 365 days, converted into the
  program currency with the program's `fx_rates` (a currency without a rate is left out and listed);
* active deals: approved registrations still under protection (or without an end) that are neither won nor lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from workbench.clock import today as clock_today
from workbench.deals.models import DealRegistration
from workbench.errors import NotFound
from workbench.partners.models import Partner
from workbench.programs.models import Program, TierLevel
from workbench.training.models import Certification


@dataclass(frozen=True, slots=True)
class TierRequirement:
    tier_id: str
    name: str
    rank: int
    certified_people: int
    revenue_12m_minor: int
    active_deals: int


@dataclass(frozen=True, slots=True)
class PartnerFigures:
    certified_people: int
    revenue_12m_minor: int
    active_deals: int
    currency: str  # of revenue_12m_minor (the program currency)
    unconverted_currencies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gap:
    requirement: str  # certified_people | revenue_12m | active_deals
    have: int
    need: int

    @property
    def missing(self) -> int:
        return max(0, self.need - self.have)

    @property
    def met(self) -> bool:
        return self.have >= self.need


@dataclass(frozen=True, slots=True)
class ComplianceDTO:
    current_tier: TierRequirement | None
    next_tier: TierRequirement | None  # None: already at the top tier
    figures: PartnerFigures
    current_gaps: tuple[Gap, ...]  # requirements of the current tier (a partner can fall below its tier)
    next_gaps: tuple[Gap, ...]  # requirements of the next tier

    @property
    def meets_current(self) -> bool:
        return all(g.met for g in self.current_gaps)

    @property
    def ready_for_next(self) -> bool:
        return self.next_tier is not None and all(g.met for g in self.next_gaps)


def _gaps(req: TierRequirement | None, figures: PartnerFigures) -> tuple[Gap, ...]:
    if req is None:
        return ()
    return (
        Gap("certified_people", figures.certified_people, req.certified_people),
        Gap("revenue_12m", figures.revenue_12m_minor, req.revenue_12m_minor),
        Gap("active_deals", figures.active_deals, req.active_deals),
    )


def compute_compliance(
    tiers: Sequence[TierRequirement], current_tier_id: str | None, figures: PartnerFigures
) -> ComplianceDTO:
    """Compare the partner's figures with its tier and the next one up (by rank). Without a tier the next
    tier is the lowest one."""
    ordered = sorted(tiers, key=lambda t: t.rank)
    current = next((t for t in ordered if t.tier_id == current_tier_id), None)
    if current is None:
        upcoming = ordered[0] if ordered else None
    else:
        upcoming = next((t for t in ordered if t.rank > current.rank), None)
    return ComplianceDTO(
        current_tier=current,
        next_tier=upcoming,
        figures=figures,
        current_gaps=_gaps(current, figures),
        next_gaps=_gaps(upcoming, figures),
    )


def _convert(minor: int, currency: str, target: str, rates: dict[str, object]) -> int | None:
    if currency == target:
        return minor
    rate = rates.get(currency)
    if rate is None:
        return None
    try:
        value = Decimal(str(rate)) * minor
    except ArithmeticError:
        return None
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def partner_compliance(engine: Engine, partner_id: str, *, today: date | None = None) -> ComplianceDTO:
    day = today or clock_today()
    with Session(engine) as s:
        row = s.execute(
            select(Partner.tier_id, Partner.program_id).where(Partner.id == partner_id, Partner.deleted_at.is_(None))
        ).one_or_none()
        if row is None:
            raise NotFound("partners", partner_id)
        tier_id, program_id = row
        program = s.get(Program, program_id)
        if program is None:
            raise NotFound("programs", program_id)
        tiers = [
            TierRequirement(
                t.id, t.name, t.rank, t.required_certified_people, t.required_revenue_12m_minor, t.required_active_deals
            )
            for t in s.scalars(
                select(TierLevel).where(TierLevel.program_id == program_id, TierLevel.deleted_at.is_(None))
            )
        ]
        certified = s.scalar(
            select(func.count(func.distinct(Certification.contact_id))).where(
                Certification.partner_id == partner_id,
                Certification.deleted_at.is_(None),
                Certification.status == "active",
                (Certification.expires_on.is_(None)) | (Certification.expires_on >= day),
            )
        )
        D = DealRegistration
        won = s.execute(
            select(D.currency, func.sum(func.coalesce(D.won_amount_minor, D.amount_minor)))
            .where(
                D.partner_id == partner_id,
                D.deleted_at.is_(None),
                D.status == "won",
                D.closed_at >= day - timedelta(days=365),
                D.closed_at <= day,
            )
            .group_by(D.currency)
        ).all()
        revenue, unconverted = 0, []
        for currency, amount in won:
            converted = _convert(int(amount or 0), currency, program.currency, dict(program.fx_rates or {}))
            if converted is None:
                unconverted.append(currency)
            else:
                revenue += converted
        active = s.scalar(
            select(func.count()).where(
                D.partner_id == partner_id,
                D.deleted_at.is_(None),
                D.status == "approved",
                (D.protection_until.is_(None)) | (D.protection_until >= day),
            )
        )
    figures = PartnerFigures(int(certified or 0), revenue, int(active or 0), program.currency, tuple(unconverted))
    return compute_compliance(tiers, tier_id, figures)
