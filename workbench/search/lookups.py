"""Choices for the desktop's filters and editors: programs, tiers, channel managers (partner owners) and the
segment/region values in use. Small, distinct lists read in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench.partners.models import Partner, PartnerAttribute
from workbench.programs.models import Program, TierLevel


@dataclass(frozen=True, slots=True)
class ProgramChoice:
    id: str
    name: str
    currency: str


@dataclass(frozen=True, slots=True)
class TierChoice:
    id: str
    program_id: str
    name: str
    rank: int


@dataclass(frozen=True, slots=True)
class FilterChoices:
    programs: tuple[ProgramChoice, ...]
    tiers: tuple[TierChoice, ...]
    owners: tuple[str, ...]
    segments: tuple[str, ...]
    regions: tuple[str, ...]


def filter_choices(engine: Engine) -> FilterChoices:
    with Session(engine) as s:
        programs = tuple(
            ProgramChoice(p.id, p.name, p.currency)
            for p in s.scalars(select(Program).where(Program.deleted_at.is_(None)).order_by(Program.name))
        )
        tiers = tuple(
            TierChoice(t.id, t.program_id, t.name, t.rank)
            for t in s.scalars(
                select(TierLevel).where(TierLevel.deleted_at.is_(None)).order_by(TierLevel.program_id, TierLevel.rank)
            )
        )
        owners = tuple(
            str(o)
            for o in s.scalars(
                select(Partner.owner_id)
                .where(Partner.owner_id.is_not(None), Partner.deleted_at.is_(None))
                .distinct()
                .order_by(Partner.owner_id)
            )
        )

        def values(kind: str) -> tuple[str, ...]:
            return tuple(
                str(v)
                for v in s.scalars(
                    select(PartnerAttribute.value)
                    .where(PartnerAttribute.kind == kind, PartnerAttribute.deleted_at.is_(None))
                    .distinct()
                    .order_by(PartnerAttribute.value)
                )
            )

        return FilterChoices(programs, tiers, owners, values("segment"), values("region"))
