"""Analytics DTOs and enums. No user-visible text: formula keys, codes and parameters only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from workbench.errors import UserError


class Kpi(StrEnum):
    REVENUE = "revenue"
    PIPELINE = "pipeline"
    WIN_RATE = "win_rate"
    AVG_DEAL_SIZE = "avg_deal_size"
    SALES_CYCLE_DAYS = "sales_cycle_days"
    TIME_TO_FIRST_DEAL_DAYS = "time_to_first_deal_days"
    CERTIFICATION_RATE = "certification_rate"
    MDF_UTILISATION = "mdf_utilisation"
    MDF_ROI = "mdf_roi"
    ACTIVITY_INDEX = "activity_index"
    ACTIVATION_60 = "activation_60"
    ACTIVATION_90 = "activation_90"
    SLA_COMPLIANCE = "sla_compliance"


class Unit(StrEnum):
    MONEY = "money"  # value is int minor units of `currency` (the program currency)
    RATIO = "ratio"  # value is a Decimal, 0.25 = 25 %
    DAYS = "days"  # value is a Decimal number of days
    PER_PARTNER = "per_partner"  # value is a Decimal count per partner


class GroupBy(StrEnum):
    OVERALL = "overall"
    PARTNER = "partner"
    SEGMENT = "segment"
    REGION = "region"
    TIER = "tier"


class Part(StrEnum):
    NUMERATOR = "numerator"
    DENOMINATOR = "denominator"


class RecordKind(StrEnum):
    DEAL = "deal"
    PARTNER = "partner"
    CONTACT = "contact"
    TRAINING_EVENT = "training_event"
    MDF_ALLOCATION = "mdf_allocation"
    MDF_REQUEST = "mdf_request"
    MDF_CLAIM = "mdf_claim"


OVERALL_KEY = ""


@dataclass(frozen=True, slots=True)
class Period:
    """A closed date range [start, end] (both days included)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError("end_before_start", field="end", start=self.start.isoformat(), end=self.end.isoformat())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Scope:
    """A partner filter for the overall figures (the dashboard filters): each set field must match; a
    partner counts for `segment` / `region` when it has that attribute value (a set per kind)."""

    segment: str | None = None
    region: str | None = None
    tier_id: str | None = None
    owner_id: str | None = None

    @property
    def empty(self) -> bool:
        return self.segment is None and self.region is None and self.tier_id is None and self.owner_id is None

    def params(self) -> dict[str, str | None]:
        return {
            "scope_segment": self.segment,
            "scope_region": self.region,
            "scope_tier": self.tier_id,
            "scope_owner": self.owner_id,
        }


ALL_PARTNERS = Scope()


@dataclass(frozen=True, slots=True)
class DrillDown:
    """Everything needed to list the records behind one figure (`kpis.drill_down`)."""

    kpi: Kpi
    program_id: str
    period: Period
    group_by: GroupBy
    key: str  # group key ("" for overall, a partner id, a segment/region value or a tier id)
    part: Part = Part.DENOMINATOR
    scope: Scope = ALL_PARTNERS


@dataclass(frozen=True, slots=True, order=True)
class RecordRef:
    kind: RecordKind
    id: str


@dataclass(frozen=True, slots=True)
class KpiFigure:
    """One figure: `value = numerator / denominator` (or the numerator alone when `denominator` is None).

    Money (value and money inputs) is in minor units of `currency`, the program currency, after the
    program's stored exchange rates. `value` None means "n/a" (division by zero)."""

    kpi: Kpi
    group_by: GroupBy
    key: str
    value: int | Decimal | None
    unit: Unit
    currency: str | None
    formula: str  # a formula text key, e.g. "analytics.formula.win_rate"
    numerator: int | Decimal
    denominator: int | Decimal | None
    drill: DrillDown

    def drill_part(self, part: Part) -> DrillDown:
        return DrillDown(
            self.kpi, self.drill.program_id, self.drill.period, self.group_by, self.key, part, self.drill.scope
        )


@dataclass(frozen=True, slots=True)
class KpiRow:
    """One row of a KPI table: a group (partner, segment, region, tier or overall) and its figures."""

    group_by: GroupBy
    key: str
    figures: dict[Kpi, KpiFigure] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A next-best action: a code and its parameters (the UI turns it into text)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    priority: int = 0
