"""Training DTOs, inputs and enums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RoleTrack(StrEnum):
    SALES = "sales"
    TECHNICAL = "technical"
    MARKETING = "marketing"


class EventKind(StrEnum):
    STARTED = "started"
    MODULE_COMPLETED = "module_completed"
    EXAM_PASSED = "exam_passed"
    EXAM_FAILED = "exam_failed"


EXAM_KINDS: frozenset[EventKind] = frozenset({EventKind.EXAM_PASSED, EventKind.EXAM_FAILED})
VALIDITY_MONTHS: tuple[int, ...] = (12, 24, 36)


class CertificationStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    RENEWED = "renewed"


@dataclass(frozen=True, slots=True)
class CourseInput:
    code: str
    title: str
    role_track: str
    duration_minutes: int


@dataclass(frozen=True, slots=True)
class PathCourseInput:
    course_id: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class LearningPathInput:
    code: str
    title: str
    role_track: str
    validity_months: int | None
    courses: tuple[PathCourseInput, ...] = ()


@dataclass(frozen=True, slots=True)
class TrainingEventInput:
    contact_id: str
    course_id: str
    kind: str
    occurred_at: datetime
    score: int | None = None


@dataclass(frozen=True, slots=True)
class CourseDTO:
    id: str
    code: str
    title: str
    role_track: RoleTrack
    duration_minutes: int


@dataclass(frozen=True, slots=True)
class PathCourseDTO:
    course_id: str
    code: str
    title: str
    required: bool


@dataclass(frozen=True, slots=True)
class LearningPathDTO:
    id: str
    code: str
    title: str
    role_track: RoleTrack
    validity_months: int | None
    courses: tuple[PathCourseDTO, ...] = ()


@dataclass(frozen=True, slots=True)
class TrainingEventDTO:
    id: str
    contact_id: str
    partner_id: str
    course_id: str
    course_code: str
    course_title: str
    kind: EventKind
    score: int | None
    occurred_at: datetime


@dataclass(frozen=True, slots=True)
class CertificationDTO:
    """`status` is computed for `today` (active / expiring / expired); `stored_status` is the row's."""

    id: str
    contact_id: str
    partner_id: str
    path_id: str
    path_code: str
    path_title: str
    role_track: RoleTrack
    status: CertificationStatus
    stored_status: CertificationStatus
    earned_on: date | None
    expires_on: date | None


@dataclass(frozen=True, slots=True)
class TrainingEventResult:
    """The recorded event and the certifications it issued or renewed (empty if none)."""

    event: TrainingEventDTO
    certifications: tuple[CertificationDTO, ...] = ()
