"""Partner reads. Filtering, sorting and paging happen in SQL; soft-deleted rows are never returned.

The list is served by `ix_partners_live_name (deleted_at, name_norm, id, name_alt)`: the first page in
name order walks that index and stops after `limit` matches, and the name filter is evaluated on the
index entries themselves (no table lookups for rows that do not match)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, Select, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from workbench import validation
from workbench.errors import NotFound
from workbench.partners.models import (
    Contact,
    Contract,
    OnboardingItem,
    Partner,
    PartnerAttribute,
    Target,
)
from workbench.partners.normalize import fold, plain
from workbench.partners.types import (
    AttributeDTO,
    AttributeKind,
    ContactDTO,
    ContractDTO,
    OnboardingItemDTO,
    PartnerDTO,
    PartnerRow,
    PartnerSort,
    PartnerStatus,
    TargetDTO,
)
from workbench.programs.models import TierLevel

MAX_PAGE = 10_000
_ID_CHUNK = 500


# --- single partner --------------------------------------------------------------------------------


def get_partner(engine: Engine, partner_id: str) -> PartnerDTO:
    """The full profile of one live partner; NotFound if it does not exist or is deleted."""
    with Session(engine) as session:
        return partner_dto(session, partner_id)


def partner_dto(session: Session, partner_id: str) -> PartnerDTO:
    """Build the profile inside an open session (commands use it to answer within their transaction)."""
    row = session.execute(
        select(Partner, TierLevel.name)
        .outerjoin(TierLevel, TierLevel.id == Partner.tier_id)
        .where(Partner.id == partner_id, Partner.deleted_at.is_(None))
    ).one_or_none()
    if row is None:
        raise NotFound("partners", partner_id)
    p, tier_name = row
    contacts = session.scalars(
        select(Contact)
        .where(Contact.partner_id == partner_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.last_name, Contact.first_name, Contact.id)
    ).all()
    attributes = session.scalars(
        select(PartnerAttribute)
        .where(PartnerAttribute.partner_id == partner_id, PartnerAttribute.deleted_at.is_(None))
        .order_by(PartnerAttribute.kind, PartnerAttribute.value)
    ).all()
    contract = current_contract(session, partner_id)
    targets = session.scalars(
        select(Target)
        .where(Target.partner_id == partner_id, Target.deleted_at.is_(None))
        .order_by(Target.period_start, Target.metric, Target.id)
    ).all()
    onboarding = session.scalars(
        select(OnboardingItem)
        .where(OnboardingItem.partner_id == partner_id, OnboardingItem.deleted_at.is_(None))
        .order_by(OnboardingItem.item)
    ).all()
    return PartnerDTO(
        id=p.id,
        legal_name=p.legal_name,
        partner_type=p.partner_type,
        status=p.status,
        program_id=p.program_id,
        tier_id=p.tier_id,
        tier_name=tier_name,
        country=p.country,
        city=p.city,
        web_domain=p.web_domain,
        email=p.email,
        phone=p.phone,
        currency=p.currency,
        owner_id=p.owner_id,
        approved_on=p.approved_on,
        description=p.description,
        version=p.version,
        created_at=p.created_at,
        updated_at=p.updated_at,
        contacts=tuple(contact_dto(c) for c in contacts),
        attributes=tuple(AttributeDTO(id=a.id, kind=a.kind, value=a.value) for a in attributes),
        contract=contract_dto(contract) if contract is not None else None,
        targets=tuple(target_dto(t) for t in targets),
        onboarding=tuple(
            OnboardingItemDTO(
                id=o.id, partner_id=o.partner_id, program_id=o.program_id, item=o.item, completed_on=o.completed_on
            )
            for o in onboarding
        ),
    )


def current_contract(session: Session, partner_id: str) -> Contract | None:
    """The partner's current contract: the live one with the latest start date."""
    return session.scalars(
        select(Contract)
        .where(Contract.partner_id == partner_id, Contract.deleted_at.is_(None))
        .order_by(Contract.start_date.desc(), Contract.id.desc())
        .limit(1)
    ).first()


def contact_dto(c: Contact) -> ContactDTO:
    return ContactDTO(
        id=c.id,
        partner_id=c.partner_id,
        first_name=c.first_name,
        last_name=c.last_name,
        email=c.email,
        phone=c.phone,
        role=c.role,
        job_title=c.job_title,
        is_primary=c.is_primary,
        version=c.version,
    )


def contract_dto(c: Contract) -> ContractDTO:
    return ContractDTO(
        id=c.id,
        partner_id=c.partner_id,
        status=c.status,
        start_date=c.start_date,
        end_date=c.end_date,
        signed_on=c.signed_on,
        reference=c.reference,
        version=c.version,
    )


def target_dto(t: Target) -> TargetDTO:
    return TargetDTO(
        id=t.id,
        partner_id=t.partner_id,
        period_start=t.period_start,
        period_end=t.period_end,
        metric=t.metric,
        target_minor=t.target_minor,
        target_value=t.target_value,
        currency=t.currency,
    )


# --- the partner list ------------------------------------------------------------------------------


def _has_attribute(kind: AttributeKind, value: str) -> ColumnElement[bool]:
    return exists().where(
        PartnerAttribute.partner_id == Partner.id,
        PartnerAttribute.kind == kind.value,
        PartnerAttribute.value == value,
        PartnerAttribute.deleted_at.is_(None),
    )


def _conditions(
    *,
    name_filter: str | None,
    tier_id: str | None,
    country: str | None,
    segment: str | None,
    region: str | None,
    competency: str | None,
    owner_id: str | None,
    status: str | None,
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [Partner.deleted_at.is_(None)]
    if name_filter is not None and name_filter.strip():
        # Both keys are per-character foldings of the name, so every substring of a name is found:
        # "müller" and "mueller" through name_norm ("mueller"), "muller" through name_alt ("muller", NULL
        # where it equals name_norm). A query with umlauts is searched in its spelt-out form only.
        spelt, dotless = fold(name_filter), plain(name_filter)
        cond = Partner.name_norm.contains(spelt, autoescape=True)
        if spelt == dotless:
            cond = or_(cond, Partner.name_alt.contains(dotless, autoescape=True))
        conds.append(cond)
    if tier_id is not None:
        conds.append(Partner.tier_id == tier_id)
    if country is not None:
        conds.append(Partner.country == validation.country(country))
    if owner_id is not None:
        conds.append(Partner.owner_id == owner_id)
    if status is not None:
        conds.append(Partner.status == validation.choice(status, tuple(PartnerStatus), "status"))
    for kind, value in (
        (AttributeKind.SEGMENT, segment),
        (AttributeKind.REGION, region),
        (AttributeKind.COMPETENCY, competency),
    ):
        if value is not None:
            conds.append(_has_attribute(kind, value.strip()))
    return conds


def _ordered(stmt: Select[Any], sort: str, descending: bool) -> Select[Any]:
    key = PartnerSort(validation.choice(sort, tuple(PartnerSort), "sort"))
    if key == PartnerSort.NAME:
        cols: list[Any] = [Partner.name_norm, Partner.id]
    elif key == PartnerSort.COUNTRY:
        cols = [Partner.country, Partner.name_norm, Partner.id]
    elif key == PartnerSort.CREATED:
        cols = [Partner.created_at, Partner.id]
    else:
        stmt = stmt.outerjoin(TierLevel, TierLevel.id == Partner.tier_id)
        cols = [func.coalesce(TierLevel.rank, -1), Partner.name_norm, Partner.id]
    return stmt.order_by(*[c.desc() if descending else c.asc() for c in cols])


def _page(offset: int, limit: int | None) -> tuple[int, int | None]:
    validation.positive_int(offset, "offset")
    if limit is not None:
        validation.positive_int(limit, "limit", minimum=1, maximum=MAX_PAGE)
    return offset, limit


def list_partners(
    engine: Engine,
    *,
    name_filter: str | None = None,
    tier_id: str | None = None,
    country: str | None = None,
    segment: str | None = None,
    region: str | None = None,
    competency: str | None = None,
    owner_id: str | None = None,
    status: str | None = None,
    sort: str = PartnerSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[PartnerRow]:
    """One page of the partner list. `sort`: name (default), tier (by rank), country, created."""
    offset, page = _page(offset, limit)
    conds = _conditions(
        name_filter=name_filter,
        tier_id=tier_id,
        country=country,
        segment=segment,
        region=region,
        competency=competency,
        owner_id=owner_id,
        status=status,
    )
    ids = _ordered(select(Partner.id).where(*conds), sort, descending).offset(offset).limit(page)
    with Session(engine) as session:
        return _rows_for(session, list(session.scalars(ids)))


def count_partners(
    engine: Engine,
    *,
    name_filter: str | None = None,
    tier_id: str | None = None,
    country: str | None = None,
    segment: str | None = None,
    region: str | None = None,
    competency: str | None = None,
    owner_id: str | None = None,
    status: str | None = None,
) -> int:
    conds = _conditions(
        name_filter=name_filter,
        tier_id=tier_id,
        country=country,
        segment=segment,
        region=region,
        competency=competency,
        owner_id=owner_id,
        status=status,
    )
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Partner).where(*conds)) or 0)


def list_partner_ids(
    engine: Engine,
    *,
    name_filter: str | None = None,
    tier_id: str | None = None,
    country: str | None = None,
    segment: str | None = None,
    region: str | None = None,
    competency: str | None = None,
    owner_id: str | None = None,
    status: str | None = None,
    sort: str = PartnerSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """The ordered ids of every matching partner (paged table models fetch rows with `partners_by_ids`)."""
    offset, page = _page(offset, limit)
    conds = _conditions(
        name_filter=name_filter,
        tier_id=tier_id,
        country=country,
        segment=segment,
        region=region,
        competency=competency,
        owner_id=owner_id,
        status=status,
    )
    stmt = _ordered(select(Partner.id).where(*conds), sort, descending)
    if offset:
        stmt = stmt.offset(offset)
    if page is not None:
        stmt = stmt.limit(page)
    with Session(engine) as session:
        return list(session.scalars(stmt))


def partners_by_ids(engine: Engine, ids: Sequence[str]) -> list[PartnerRow]:
    """Rows for `ids` in the given order; ids that are unknown or deleted are left out."""
    with Session(engine) as session:
        return _rows_for(session, list(ids))


def _rows_for(session: Session, ids: list[str]) -> list[PartnerRow]:
    found: dict[str, PartnerRow] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        result = session.execute(
            select(
                Partner.id,
                Partner.legal_name,
                Partner.partner_type,
                TierLevel.name,
                Partner.country,
                Partner.status,
                Partner.owner_id,
                Partner.deleted_at,
            )
            .outerjoin(TierLevel, TierLevel.id == Partner.tier_id)
            # Deleted rows are skipped below, not in SQL: a `deleted_at` condition makes SQLite's planner pick
            # an index led by deleted_at and scan every live partner instead of 200 primary-key lookups.
            .where(Partner.id.in_(chunk))
        )
        for pid, legal_name, ptype, tier_name, ctry, status, owner, deleted_at in result:
            if deleted_at is not None:
                continue
            found[pid] = PartnerRow(
                id=pid,
                legal_name=legal_name,
                partner_type=ptype,
                tier_name=tier_name,
                country=ctry,
                status=status,
                owner_id=owner,
            )
    return [found[i] for i in ids if i in found]
