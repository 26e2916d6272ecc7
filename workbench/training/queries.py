"""Training reads: a contact's history, certifications per contact and per partner (status computed
for a day), and the course catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Engine, select
from sqlalchemy.orm import Session

from workbench.clock import today as clock_today
from workbench.training.models import Certification, Course, LearningPath, LearningPathCourse, TrainingEvent
from workbench.training.rules import effective_status
from workbench.training.types import (
    CertificationDTO,
    CertificationStatus,
    CourseDTO,
    EventKind,
    LearningPathDTO,
    PathCourseDTO,
    RoleTrack,
    TrainingEventDTO,
)

_EVENT_COLUMNS = (
    TrainingEvent.id,
    TrainingEvent.contact_id,
    TrainingEvent.partner_id,
    TrainingEvent.course_id,
    Course.code,
    Course.title,
    TrainingEvent.kind,
    TrainingEvent.score,
    TrainingEvent.occurred_at,
)
_CERT_COLUMNS = (
    Certification.id,
    Certification.contact_id,
    Certification.partner_id,
    Certification.path_id,
    LearningPath.code,
    LearningPath.title,
    LearningPath.role_track,
    Certification.status,
    Certification.earned_on,
    Certification.expires_on,
)


def _event(r: Any) -> TrainingEventDTO:
    return TrainingEventDTO(
        id=r[0],
        contact_id=r[1],
        partner_id=r[2],
        course_id=r[3],
        course_code=r[4],
        course_title=r[5],
        kind=EventKind(r[6]),
        score=r[7],
        occurred_at=r[8],
    )


def _cert(r: Any, today: date) -> CertificationDTO:
    earned_on: date | None = r[8]
    expires_on: date | None = r[9]
    return CertificationDTO(
        id=r[0],
        contact_id=r[1],
        partner_id=r[2],
        path_id=r[3],
        path_code=r[4],
        path_title=r[5],
        role_track=RoleTrack(r[6]),
        status=effective_status(r[7], earned_on, expires_on, today),
        stored_status=CertificationStatus(r[7]),
        earned_on=earned_on,
        expires_on=expires_on,
    )


def training_history(engine: Engine, contact_id: str, *, course_id: str | None = None) -> list[TrainingEventDTO]:
    """A contact's training events, oldest first."""
    conds: list[ColumnElement[bool]] = [TrainingEvent.contact_id == contact_id, TrainingEvent.deleted_at.is_(None)]
    if course_id is not None:
        conds.append(TrainingEvent.course_id == course_id)
    stmt = (
        select(*_EVENT_COLUMNS)
        .join(Course, Course.id == TrainingEvent.course_id)
        .where(*conds)
        .order_by(TrainingEvent.occurred_at, TrainingEvent.id)
    )
    with engine.connect() as conn:
        return [_event(r) for r in conn.execute(stmt)]


def _certifications(
    engine: Engine, cond: ColumnElement[bool], today: date | None, include_superseded: bool
) -> list[CertificationDTO]:
    conds = [cond, Certification.deleted_at.is_(None)]
    if not include_superseded:
        conds.append(Certification.status != CertificationStatus.RENEWED.value)
    stmt = (
        select(*_CERT_COLUMNS)
        .join(LearningPath, LearningPath.id == Certification.path_id)
        .where(*conds)
        .order_by(Certification.contact_id, LearningPath.code, Certification.earned_on.desc(), Certification.id)
    )
    day = today or clock_today()
    with engine.connect() as conn:
        return [_cert(r, day) for r in conn.execute(stmt)]


def certifications_for_contact(
    engine: Engine, contact_id: str, *, today: date | None = None, include_superseded: bool = True
) -> list[CertificationDTO]:
    """A contact's certifications, newest first per path, with the status for `today`."""
    return _certifications(engine, Certification.contact_id == contact_id, today, include_superseded)


def certifications_for_partner(
    engine: Engine, partner_id: str, *, today: date | None = None, include_superseded: bool = False
) -> list[CertificationDTO]:
    """Certifications of a partner's people (current ones unless `include_superseded`)."""
    return _certifications(engine, Certification.partner_id == partner_id, today, include_superseded)


def certification_dtos(session: Session, ids: Sequence[str], today: date) -> list[CertificationDTO]:
    if not ids:
        return []
    stmt = (
        select(*_CERT_COLUMNS)
        .join(LearningPath, LearningPath.id == Certification.path_id)
        .where(Certification.id.in_(list(ids)))
    )
    rows = {r[0]: _cert(r, today) for r in session.execute(stmt)}
    return [rows[i] for i in ids if i in rows]


def event_dto(session: Session, event_id: str) -> TrainingEventDTO:
    stmt = (
        select(*_EVENT_COLUMNS).join(Course, Course.id == TrainingEvent.course_id).where(TrainingEvent.id == event_id)
    )
    return _event(session.execute(stmt).one())


def list_courses(engine: Engine, *, role_track: RoleTrack | str | None = None) -> list[CourseDTO]:
    conds: list[ColumnElement[bool]] = [Course.deleted_at.is_(None)]
    if role_track is not None:
        conds.append(Course.role_track == RoleTrack(role_track).value)
    stmt = select(Course).where(*conds).order_by(Course.code)
    with Session(engine) as session:
        return [
            CourseDTO(c.id, c.code, c.title, RoleTrack(c.role_track), c.duration_minutes) for c in session.scalars(stmt)
        ]


def learning_path_dto(session: Session, path: LearningPath) -> LearningPathDTO:
    stmt = (
        select(Course.id, Course.code, Course.title, LearningPathCourse.required)
        .join(Course, Course.id == LearningPathCourse.course_id)
        .where(LearningPathCourse.path_id == path.id, LearningPathCourse.deleted_at.is_(None))
        .order_by(Course.code)
    )
    courses = tuple(PathCourseDTO(r[0], r[1], r[2], bool(r[3])) for r in session.execute(stmt))
    return LearningPathDTO(
        path.id, path.code, path.title, RoleTrack(path.role_track), path.validity_months, courses=courses
    )


def list_learning_paths(engine: Engine, *, role_track: RoleTrack | str | None = None) -> list[LearningPathDTO]:
    conds: list[ColumnElement[bool]] = [LearningPath.deleted_at.is_(None)]
    if role_track is not None:
        conds.append(LearningPath.role_track == RoleTrack(role_track).value)
    with Session(engine) as session:
        paths = session.scalars(select(LearningPath).where(*conds).order_by(LearningPath.code)).all()
        return [learning_path_dto(session, p) for p in paths]
