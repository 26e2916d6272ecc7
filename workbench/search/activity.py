"""Activity reads for the desktop: a partner's audit history and timeline, the vendor-wide recent activity,
and the dashboard's counts. Newest first, bounded by `limit`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from workbench.audit.models import AuditEvent
from workbench.clock import today as clock_today
from workbench.deals.models import DealRegistration
from workbench.mdf.models import Claim, FundRequest
from workbench.partners.models import Contract, OnboardingItem, Partner
from workbench.records.models import Note
from workbench.training.models import Certification, Course, LearningPath, TrainingEvent

MAX_LIMIT = 5_000


@dataclass(frozen=True, slots=True)
class AuditEntryDTO:
    seq: int
    occurred_at: datetime
    actor_id: str
    device_id: str
    entity: str
    row_id: str
    action: str
    changes: dict[str, Any]
    partner_id: str | None
    partner_name: str | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    occurred_at: datetime
    kind: str  # the record's table (partners, deal_registrations, ...) or "training"
    action: str  # approve, signed, submitted, approved, won, earned, ... or the training event kind
    row_id: str
    detail: str | None  # e.g. the course title of a training event
    actor_id: str | None


def _audit_rows(engine: Engine, partner_id: str | None, limit: int) -> list[AuditEntryDTO]:
    n = max(1, min(limit, MAX_LIMIT))
    stmt = (
        select(AuditEvent, Partner.legal_name)
        .outerjoin(Partner, Partner.id == AuditEvent.partner_id)
        .order_by(AuditEvent.seq.desc())
        .limit(n)
    )
    if partner_id is not None:
        stmt = stmt.where(AuditEvent.partner_id == partner_id)
    with Session(engine) as s:
        return [
            AuditEntryDTO(
                seq=e.seq,
                occurred_at=e.occurred_at,
                actor_id=e.actor_id,
                device_id=e.device_id,
                entity=e.entity,
                row_id=e.row_id,
                action=e.action,
                changes=dict(e.changes),
                partner_id=e.partner_id,
                partner_name=name,
            )
            for e, name in s.execute(stmt).all()
        ]


def partner_audit(engine: Engine, partner_id: str, *, limit: int = 500) -> list[AuditEntryDTO]:
    """Every audit entry in the partner's scope (the partner row and all its child rows)."""
    return _audit_rows(engine, partner_id, limit)


def recent_activity(engine: Engine, *, limit: int = 300) -> list[AuditEntryDTO]:
    return _audit_rows(engine, None, limit)


def _at(value: date | datetime | None) -> datetime:
    if value is None:  # the queries select non-null values only
        return datetime.min.replace(tzinfo=UTC)
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def partner_timeline(engine: Engine, partner_id: str, *, limit: int = 200) -> list[TimelineEntry]:
    """Business events of one partner, newest first, from the records themselves (so rows that arrived by sync
    or bulk load have their history too): approval, contract signed, onboarding steps, deals submitted /
    decided / closed, certifications earned, MDF requests and claims submitted, training events, notes."""
    n = max(1, min(limit, MAX_LIMIT))
    D = DealRegistration
    out: list[TimelineEntry] = []
    with Session(engine) as s:
        partner = s.get(Partner, partner_id)
        if partner is not None and partner.approved_on is not None:
            out.append(TimelineEntry(_at(partner.approved_on), "partners", "approve", partner_id, None, None))
        for cid, signed in s.execute(
            select(Contract.id, Contract.signed_on).where(
                Contract.partner_id == partner_id, Contract.deleted_at.is_(None), Contract.signed_on.is_not(None)
            )
        ).all():
            out.append(TimelineEntry(_at(signed), "partner_contracts", "signed", cid, None, None))
        for oid, item, done in s.execute(
            select(OnboardingItem.id, OnboardingItem.item, OnboardingItem.completed_on).where(
                OnboardingItem.partner_id == partner_id,
                OnboardingItem.deleted_at.is_(None),
                OnboardingItem.completed_on.is_not(None),
            )
        ).all():
            out.append(TimelineEntry(_at(done), "onboarding_items", item, oid, None, None))
        deals = s.execute(
            select(D.id, D.title, D.status, D.submitted_at, D.decided_at, D.closed_at, D.decided_by)
            .where(D.partner_id == partner_id, D.deleted_at.is_(None))
            .order_by(D.id.desc())
            .limit(n)
        ).all()
        for did, title, status, submitted, decided, closed, by in deals:
            if submitted is not None:
                out.append(TimelineEntry(_at(submitted), "deal_registrations", "submitted", did, title, None))
            if decided is not None and status in ("approved", "rejected", "won", "lost", "expired"):
                verdict = "rejected" if status == "rejected" else "approved"
                out.append(TimelineEntry(_at(decided), "deal_registrations", verdict, did, title, by))
            if closed is not None and status in ("won", "lost"):
                out.append(TimelineEntry(_at(closed), "deal_registrations", status, did, title, None))
        for cid, earned, title in s.execute(
            select(Certification.id, Certification.earned_on, LearningPath.title)
            .join(LearningPath, LearningPath.id == Certification.path_id)
            .where(
                Certification.partner_id == partner_id,
                Certification.deleted_at.is_(None),
                Certification.earned_on.is_not(None),
            )
        ).all():
            out.append(TimelineEntry(_at(earned), "certifications", "earned", cid, title, None))
        for rid, title, submitted in s.execute(
            select(FundRequest.id, FundRequest.title, FundRequest.submitted_at).where(
                FundRequest.partner_id == partner_id,
                FundRequest.deleted_at.is_(None),
                FundRequest.submitted_at.is_not(None),
            )
        ).all():
            out.append(TimelineEntry(_at(submitted), "mdf_requests", "submitted", rid, title, None))
        for cid, summary, submitted in s.execute(
            select(Claim.id, Claim.summary, Claim.submitted_at).where(
                Claim.partner_id == partner_id, Claim.deleted_at.is_(None), Claim.submitted_at.is_not(None)
            )
        ).all():
            out.append(TimelineEntry(_at(submitted), "mdf_claims", "submitted", cid, summary, None))
        for at, kind, rid, title in s.execute(
            select(TrainingEvent.occurred_at, TrainingEvent.kind, TrainingEvent.id, Course.title)
            .join(Course, Course.id == TrainingEvent.course_id)
            .where(TrainingEvent.partner_id == partner_id, TrainingEvent.deleted_at.is_(None))
            .order_by(TrainingEvent.occurred_at.desc())
            .limit(n)
        ).all():
            out.append(TimelineEntry(_at(at), "training", kind, rid, title, None))
        for nid, created, body, author in s.execute(
            select(Note.id, Note.created_at, Note.body, Note.author_id).where(
                Note.partner_id == partner_id, Note.deleted_at.is_(None)
            )
        ).all():
            out.append(TimelineEntry(_at(created), "notes", "create", nid, body[:120], author))
    out.sort(key=lambda e: e.occurred_at, reverse=True)
    return out[:n]


@dataclass(frozen=True, slots=True)
class DashboardDTO:
    partners: int
    partners_by_status: dict[str, int]
    deals_by_status: dict[str, int]
    deals_awaiting_review: int
    certifications_expiring_90d: int
    claims_awaiting_review: int
    today: date


def dashboard(engine: Engine, *, today: date | None = None) -> DashboardDTO:
    day = today or clock_today()
    D = DealRegistration
    with Session(engine) as s:
        by_status = dict(
            s.execute(
                select(Partner.status, func.count()).where(Partner.deleted_at.is_(None)).group_by(Partner.status)
            ).all()
        )
        deals = dict(s.execute(select(D.status, func.count()).where(D.deleted_at.is_(None)).group_by(D.status)).all())
        expiring = s.scalar(
            select(func.count()).where(
                Certification.deleted_at.is_(None),
                Certification.status == "active",
                Certification.expires_on >= day,
                Certification.expires_on <= day + timedelta(days=90),
            )
        )
        claims = s.scalar(
            select(func.count()).where(Claim.deleted_at.is_(None), Claim.status.in_(("submitted", "info_requested")))
        )
    return DashboardDTO(
        partners=sum(int(v) for v in by_status.values()),
        partners_by_status={str(k): int(v) for k, v in by_status.items()},
        deals_by_status={str(k): int(v) for k, v in deals.items()},
        deals_awaiting_review=int(deals.get("submitted", 0)) + int(deals.get("info_requested", 0)),
        certifications_expiring_90d=int(expiring or 0),
        claims_awaiting_review=int(claims or 0),
        today=day,
    )
