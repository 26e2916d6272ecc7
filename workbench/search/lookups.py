"""Choices for the desktop's filters and editors: programs, tiers, channel managers (partner owners) and the
segment/region values in use. Small, distinct lists read in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

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
        owners = tuple(str(o) for o in s.execute(_OWNERS).scalars())

        def values(kind: str) -> tuple[str, ...]:
            return tuple(str(v) for v in s.execute(_ATTRIBUTE_VALUES, {"kind": kind}).scalars())

        return FilterChoices(programs, tiers, owners, values("segment"), values("region"))


# A handful of distinct values among 100,000 partners / 500,000 attribute rows: SELECT DISTINCT read every index
# entry (0.7 s CPU each at full size, and it ran before the partner list's first page). A recursive "skip scan"
# seeks the next larger value in the index instead: one index seek per distinct value (2 ms in all at full size).
# ``+deleted_at`` keeps SQLite from choosing the index led by deleted_at (it then scans every live partner).
# The replica is SQLite; this module is desktop-only.
_OWNERS = text(
    """
    WITH RECURSIVE o(v) AS (
        SELECT (SELECT owner_id FROM partners WHERE owner_id IS NOT NULL AND +deleted_at IS NULL
                ORDER BY owner_id LIMIT 1)
        UNION ALL
        SELECT (SELECT owner_id FROM partners WHERE owner_id > o.v AND +deleted_at IS NULL
                ORDER BY owner_id LIMIT 1)
        FROM o WHERE o.v IS NOT NULL
    )
    SELECT v FROM o WHERE v IS NOT NULL
    """
)
_ATTRIBUTE_VALUES = text(
    """
    WITH RECURSIVE a(v) AS (
        SELECT (SELECT value FROM partner_attributes WHERE kind = :kind AND deleted_at IS NULL
                ORDER BY value LIMIT 1)
        UNION ALL
        SELECT (SELECT value FROM partner_attributes WHERE kind = :kind AND value > a.v AND deleted_at IS NULL
                ORDER BY value LIMIT 1)
        FROM a WHERE a.v IS NOT NULL
    )
    SELECT v FROM a WHERE v IS NOT NULL
    """
)
