"""Training reads: a contact's history, certifications per contact and per partner (status computed
for a day), and the course catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Engine, select
from sqlalchemy.orm import Session

from workbench.clock import today as clock_today
from workbench.partners.models import Contact
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


# --- screens: progress per person, people per partner ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CourseProgressDTO:
    course_id: str
    code: str
    title: str
    required: bool
    passed_on: date | None  # the latest pass
    last_score: int | None  # score of the latest exam (passed or failed)
    started: bool  # any event recorded for the course


@dataclass(frozen=True, slots=True)
class PathProgressDTO:
    """A contact's progress on one learning path: the required courses passed of all required, the
    courses, and the current certification (None if never earned)."""

    path_id: str
    code: str
    title: str
    role_track: RoleTrack
    validity_months: int | None
    required_total: int
    required_passed: int
    courses: tuple[CourseProgressDTO, ...]
    certification: CertificationDTO | None

    @property
    def percent(self) -> int:
        return 100 if self.required_total == 0 else (100 * self.required_passed) // self.required_total


def path_progress(engine: Engine, contact_id: str, *, today: date | None = None) -> list[PathProgressDTO]:
    """Progress of a contact on every learning path (paths the contact has touched or holds first). A course
    counts as passed once any exam of it was passed (a later renewal needs the passes after the previous
    certification; the certification row says whether it is current)."""
    day = today or clock_today()
    with Session(engine) as session:
        paths = session.scalars(
            select(LearningPath).where(LearningPath.deleted_at.is_(None)).order_by(LearningPath.code)
        ).all()
        dtos = [learning_path_dto(session, p) for p in paths]
        events = session.execute(
            select(TrainingEvent.course_id, TrainingEvent.kind, TrainingEvent.score, TrainingEvent.occurred_at)
            .where(TrainingEvent.contact_id == contact_id, TrainingEvent.deleted_at.is_(None))
            .order_by(TrainingEvent.occurred_at, TrainingEvent.id)
        ).all()
    certs: dict[str, CertificationDTO] = {}
    for cert in certifications_for_contact(engine, contact_id, today=day, include_superseded=False):
        certs.setdefault(cert.path_id, cert)
    passed: dict[str, date] = {}
    scores: dict[str, int] = {}
    touched: set[str] = set()
    for course_id, kind, score, occurred_at in events:
        touched.add(course_id)
        if kind == EventKind.EXAM_PASSED.value:
            passed[course_id] = occurred_at.date()
        if kind in (EventKind.EXAM_PASSED.value, EventKind.EXAM_FAILED.value) and score is not None:
            scores[course_id] = score
    out: list[PathProgressDTO] = []
    for p in dtos:
        courses = tuple(
            CourseProgressDTO(
                c.course_id,
                c.code,
                c.title,
                c.required,
                passed.get(c.course_id),
                scores.get(c.course_id),
                c.course_id in touched,
            )
            for c in p.courses
        )
        required = [c for c in courses if c.required]
        out.append(
            PathProgressDTO(
                p.id,
                p.code,
                p.title,
                p.role_track,
                p.validity_months,
                len(required),
                sum(1 for c in required if c.passed_on is not None),
                courses,
                certs.get(p.id),
            )
        )
    out.sort(key=lambda x: (x.certification is None and not any(c.started for c in x.courses), x.code))
    return out


@dataclass(frozen=True, slots=True)
class PersonTrainingRow:
    """One person of a partner with the state of their (current) certifications on `today`."""

    contact_id: str
    name: str
    role: str
    active: int
    expiring: int
    expired: int
    next_expiry: date | None  # the earliest expiry among active or expiring certifications


def partner_people(engine: Engine, partner_id: str, *, today: date | None = None) -> list[PersonTrainingRow]:
    """Every live contact of a partner with certification counts by status, by last name."""
    day = today or clock_today()
    stmt = (
        select(Contact.id, Contact.first_name, Contact.last_name, Contact.role)
        .where(Contact.partner_id == partner_id, Contact.deleted_at.is_(None))
        .order_by(Contact.last_name, Contact.first_name, Contact.id)
    )
    with engine.connect() as conn:
        contacts = conn.execute(stmt).all()
    by_contact: dict[str, list[CertificationDTO]] = {}
    for cert in certifications_for_partner(engine, partner_id, today=day):
        by_contact.setdefault(cert.contact_id, []).append(cert)
    rows = []
    for contact_id, first, last, role in contacts:
        certs = by_contact.get(contact_id, [])
        live = [c.expires_on for c in certs if c.status in LIVE_STATUSES and c.expires_on is not None]
        rows.append(
            PersonTrainingRow(
                contact_id=contact_id,
                name=f"{first} {last}" if first else last,
                role=role,
                active=sum(1 for c in certs if c.status == CertificationStatus.ACTIVE),
                expiring=sum(1 for c in certs if c.status == CertificationStatus.EXPIRING),
                expired=sum(1 for c in certs if c.status == CertificationStatus.EXPIRED),
                next_expiry=min(live) if live else None,
            )
        )
    return rows


LIVE_STATUSES: frozenset[CertificationStatus] = frozenset({CertificationStatus.ACTIVE, CertificationStatus.EXPIRING})
