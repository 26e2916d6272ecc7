"""Training writes: the course catalogue (vendor roles), append-only training events, and certifications
issued or renewed when a contact has passed every required course of a path.

Every command validates all input before it writes; a refused command writes nothing. Partner roles record
events only for their own partner's contacts. The server reuses these commands (replica=False)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench import validation as v
from workbench.db.base import Base
from workbench.db.uow import UnitOfWork
from workbench.errors import UserError
from workbench.partners.models import Contact
from workbench.security.roles import Actor
from workbench.training.models import Certification, Course, LearningPath, LearningPathCourse, TrainingEvent
from workbench.training.queries import certification_dtos, event_dto, learning_path_dto
from workbench.training.rules import expiry_date
from workbench.training.types import (
    EXAM_KINDS,
    VALIDITY_MONTHS,
    CertificationStatus,
    CourseDTO,
    CourseInput,
    EventKind,
    LearningPathDTO,
    LearningPathInput,
    PathCourseInput,
    RoleTrack,
    TrainingEventInput,
    TrainingEventResult,
)

M = TypeVar("M", bound=Base)

MAX_FUTURE = timedelta(days=1)
MAX_DURATION_MINUTES = 100_000
_CODE_LEN = 32


def _ref(session: Session, model: type[M], row_id: str, field: str) -> M:
    """A referenced live row, or UserError("unknown_reference")."""
    obj = session.get(model, row_id) if isinstance(row_id, str) and row_id else None
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise UserError("unknown_reference", field=field, id=str(row_id))
    return obj


def _code(value: str, field: str = "code") -> str:
    code = v.required_text(value, field, max_len=_CODE_LEN)
    if any(ch.isspace() for ch in code):
        raise UserError("invalid_code", field=field, value=code)
    return code.upper()


def _unique_code(session: Session, model: type[Course] | type[LearningPath], code: str) -> None:
    if session.scalar(select(model.id).where(model.code == code)) is not None:
        raise UserError("duplicate_code", field="code", value=code)


# --- catalogue (vendor roles) ---------------------------------------------------------------------


def create_course(engine: Engine, actor: Actor, data: CourseInput, *, replica: bool = True) -> CourseDTO:
    actor.require_vendor("create_course")
    code = _code(data.code)
    title = v.required_text(data.title, "title")
    track = v.choice(data.role_track, frozenset(t.value for t in RoleTrack), "role_track")
    minutes = v.positive_int(data.duration_minutes, "duration_minutes", maximum=MAX_DURATION_MINUTES)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        _unique_code(uow.session, Course, code)
        course = uow.add(Course(code=code, title=title, role_track=track, duration_minutes=minutes, partner_id=None))
        uow.flush()
        return CourseDTO(course.id, course.code, course.title, RoleTrack(course.role_track), course.duration_minutes)


def _path_courses(items: Sequence[PathCourseInput]) -> list[PathCourseInput]:
    seen: set[str] = set()
    for item in items:
        if item.course_id in seen:
            raise UserError("duplicate_course", field="courses", id=item.course_id)
        if not isinstance(item.required, bool):
            raise UserError("invalid_choice", field="required", value=str(item.required))
        seen.add(item.course_id)
    return list(items)


def create_learning_path(
    engine: Engine, actor: Actor, data: LearningPathInput, *, replica: bool = True
) -> LearningPathDTO:
    actor.require_vendor("create_learning_path")
    code = _code(data.code)
    title = v.required_text(data.title, "title")
    track = v.choice(data.role_track, frozenset(t.value for t in RoleTrack), "role_track")
    if data.validity_months is not None:
        v.choice(data.validity_months, VALIDITY_MONTHS, "validity_months")  # type: ignore[arg-type]
    items = _path_courses(data.courses)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        _unique_code(uow.session, LearningPath, code)
        for item in items:
            _ref(uow.session, Course, item.course_id, "courses")
        path = uow.add(
            LearningPath(
                code=code, title=title, role_track=track, validity_months=data.validity_months, partner_id=None
            )
        )
        uow.flush()
        for item in items:
            uow.add(LearningPathCourse(path_id=path.id, course_id=item.course_id, required=item.required))
        uow.flush()
        return learning_path_dto(uow.session, path)


# --- training events and certifications ----------------------------------------------------------


def _validate_event(data: TrainingEventInput, now: datetime) -> EventKind:
    kind = EventKind(v.choice(data.kind, frozenset(k.value for k in EventKind), "kind"))
    if kind in EXAM_KINDS:
        if data.score is None:
            raise UserError("required", field="score")
        v.positive_int(data.score, "score", minimum=0, maximum=100)
    elif data.score is not None:
        raise UserError("score_not_allowed", field="score", kind=kind.value)
    if not isinstance(data.occurred_at, datetime):
        raise UserError("invalid_datetime", field="occurred_at")
    if data.occurred_at.tzinfo is None or data.occurred_at.utcoffset() is None:
        raise UserError("naive_datetime", field="occurred_at")
    if data.occurred_at > now + MAX_FUTURE:
        raise UserError("in_future", field="occurred_at", value=data.occurred_at.isoformat())
    return kind


def record_training_event(
    engine: Engine, actor: Actor, data: TrainingEventInput, *, replica: bool = True
) -> TrainingEventResult:
    """Append one training event. An exam pass that completes every required course of a path issues
    the contact's certification for it (or renews a previous one)."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        kind = _validate_event(data, uow.now)
        contact = _ref(uow.session, Contact, data.contact_id, "contact_id")
        actor.require_partner_access("record_training_event", contact.partner_id)
        _ref(uow.session, Course, data.course_id, "course_id")
        event = uow.add(
            TrainingEvent(
                contact_id=contact.id,
                partner_id=contact.partner_id,
                course_id=data.course_id,
                kind=kind.value,
                score=data.score,
                occurred_at=data.occurred_at,
            )
        )
        uow.flush()
        changed: list[str] = []
        if kind == EventKind.EXAM_PASSED:
            changed = _certify(uow, contact, data.course_id, data.occurred_at.date())
        uow.flush()
        return TrainingEventResult(
            event=event_dto(uow.session, event.id),
            certifications=tuple(certification_dtos(uow.session, changed, uow.now.date())),
        )


def _pass_dates(session: Session, contact_id: str, course_ids: Sequence[str]) -> dict[str, list[date]]:
    stmt = select(TrainingEvent.course_id, TrainingEvent.occurred_at).where(
        TrainingEvent.contact_id == contact_id,
        TrainingEvent.course_id.in_(list(course_ids)),
        TrainingEvent.kind == EventKind.EXAM_PASSED.value,
        TrainingEvent.deleted_at.is_(None),
    )
    dates: dict[str, list[date]] = defaultdict(list)
    for course_id, occurred_at in session.execute(stmt):
        dates[course_id].append(occurred_at.date())
    return dates


def completion_date(required: Sequence[str], passes: dict[str, list[date]], after: date | None) -> date | None:
    """The day every required course had been passed (after `after`, for a renewal); None if not yet."""
    firsts: list[date] = []
    for course_id in required:
        eligible = [d for d in passes.get(course_id, []) if after is None or d > after]
        if not eligible:
            return None
        firsts.append(min(eligible))
    return max(firsts) if firsts else None


def _certify(uow: UnitOfWork, contact: Contact, course_id: str, passed_on: date) -> list[str]:
    """Issue or renew the certifications of every path that `course_id` completes; returns their ids."""
    session = uow.session
    path_ids = session.scalars(
        select(LearningPathCourse.path_id)
        .join(LearningPath, LearningPath.id == LearningPathCourse.path_id)
        .where(
            LearningPathCourse.course_id == course_id,
            LearningPathCourse.deleted_at.is_(None),
            LearningPath.deleted_at.is_(None),
        )
        .distinct()
    ).all()
    changed: list[str] = []
    for path_id in sorted(path_ids):
        path = session.get_one(LearningPath, path_id)
        required = session.scalars(
            select(LearningPathCourse.course_id).where(
                LearningPathCourse.path_id == path_id,
                LearningPathCourse.required.is_(True),
                LearningPathCourse.deleted_at.is_(None),
            )
        ).all()
        if not required or course_id not in required:
            continue
        current = session.scalars(
            select(Certification)
            .where(
                Certification.contact_id == contact.id,
                Certification.path_id == path_id,
                Certification.deleted_at.is_(None),
                Certification.status != CertificationStatus.RENEWED.value,
            )
            .order_by(Certification.earned_on.desc(), Certification.id.desc())
        ).first()
        baseline = current.earned_on if current is not None else None
        if baseline is not None and passed_on <= baseline:
            continue  # an old pass recorded late cannot renew
        earned = completion_date(required, _pass_dates(session, contact.id, required), baseline)
        if earned is None:
            continue
        expires = expiry_date(earned, path.validity_months)
        if current is not None and current.earned_on is not None:
            cert = uow.add(Certification(contact_id=contact.id, partner_id=contact.partner_id, path_id=path_id))
            cert.status = CertificationStatus.IN_PROGRESS.value
            uow.flush()
            with uow.command(cert, "renew", previous_id=current.id, earned_on=earned, expires_on=expires):
                cert.status = CertificationStatus.ACTIVE.value
                cert.earned_on, cert.expires_on = earned, expires
            with uow.command(current, "supersede", renewed_by=cert.id):
                current.status = CertificationStatus.RENEWED.value
        else:
            cert = current or uow.add(
                Certification(contact_id=contact.id, partner_id=contact.partner_id, path_id=path_id)
            )
            if current is None:
                cert.status = CertificationStatus.IN_PROGRESS.value
                uow.flush()
            with uow.command(cert, "issue", earned_on=earned, expires_on=expires):
                cert.status = CertificationStatus.ACTIVE.value
                cert.earned_on, cert.expires_on = earned, expires
        changed.append(cert.id)
    return changed
