"""Activity reads for the desktop: a partner's audit history and timeline, the vendor-wide recent activity,
and the dashboard's counts. Newest first, bounded by `limit`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from workbench.audit.models import AuditEvent
from workbench.clock import today as clock_today
from workbench.deals.models import DealRegistration
from workbench.mdf.models import Claim
from workbench.partners.models import Partner
from workbench.training.models import Certification, Course, TrainingEvent

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
    kind: str  # audit entity (partners, deal_registrations, ...) or "training"
    action: str  # create, submit, approve, ... or the training event kind
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


def partner_timeline(engine: Engine, partner_id: str, *, limit: int = 200) -> list[TimelineEntry]:
    """Business events of one partner: record creations, status commands and deletions from the audit log
    (plain field edits are in the audit history) merged with its people's training events."""
    n = max(1, min(limit, MAX_LIMIT))
    with Session(engine) as s:
        audit = s.execute(
            select(AuditEvent.occurred_at, AuditEvent.entity, AuditEvent.action, AuditEvent.row_id, AuditEvent.actor_id)
            .where(AuditEvent.partner_id == partner_id, AuditEvent.action != "update")
            .order_by(AuditEvent.seq.desc())
            .limit(n)
        ).all()
        entries = [TimelineEntry(at, ent, act, rid, None, who) for at, ent, act, rid, who in audit]
        training = s.execute(
            select(TrainingEvent.occurred_at, TrainingEvent.kind, TrainingEvent.id, Course.title)
            .join(Course, Course.id == TrainingEvent.course_id)
            .where(TrainingEvent.partner_id == partner_id, TrainingEvent.deleted_at.is_(None))
            .order_by(TrainingEvent.occurred_at.desc())
            .limit(n)
        ).all()
        entries += [TimelineEntry(at, "training", kind, rid, title, None) for at, kind, rid, title in training]
    entries.sort(key=lambda e: e.occurred_at, reverse=True)
    return entries[:n]


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
