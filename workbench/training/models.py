"""Training and certification tables (DOMAIN.md "Training and certification")."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import ID, Base, SyncedMixin
from workbench.training.types import CertificationStatus, EventKind, RoleTrack


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


_TRACKS = [t.value for t in RoleTrack]


class Course(SyncedMixin, Base):
    """A course of the vendor's catalogue (vendor-wide: partner_id is None)."""

    __tablename__ = "courses"

    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    role_track: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (
        CheckConstraint(_in("role_track", _TRACKS), name="role_track"),
        CheckConstraint("duration_minutes >= 0", name="duration"),
    )


class LearningPath(SyncedMixin, Base):
    """A certification path (vendor-wide). `validity_months` None = the certification never expires."""

    __tablename__ = "learning_paths"

    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    role_track: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    validity_months: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (
        CheckConstraint(_in("role_track", _TRACKS), name="role_track"),
        CheckConstraint("validity_months IS NULL OR validity_months IN (12, 24, 36)", name="validity"),
    )


class LearningPathCourse(SyncedMixin, Base):
    """A course in a path (vendor-wide); only `required` courses count towards the certification."""

    __tablename__ = "learning_path_courses"

    path_id: Mapped[str] = mapped_column(ID, ForeignKey("learning_paths.id"), nullable=False)
    course_id: Mapped[str] = mapped_column(ID, ForeignKey("courses.id"), nullable=False, index=True)
    required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        # Unique among live rows: a course removed from a path may be added again as a new row.
        Index(
            "uq_learning_path_courses_live",
            "path_id",
            "course_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )


class TrainingEvent(SyncedMixin, Base):
    """One step of a contact's progress in a course. Append-only: never changed after it is written."""

    __tablename__ = "training_events"
    __insert_only__ = True

    contact_id: Mapped[str] = mapped_column(ID, ForeignKey("contacts.id"), nullable=False)
    partner_id: Mapped[str] = mapped_column(ID, ForeignKey("partners.id"), nullable=False, index=True)
    course_id: Mapped[str] = mapped_column(ID, ForeignKey("courses.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    occurred_at: Mapped[datetime] = mapped_column(nullable=False)

    __table_args__ = (
        CheckConstraint(_in("kind", [k.value for k in EventKind]), name="kind"),
        CheckConstraint(
            "(kind IN ('exam_passed', 'exam_failed') AND score IS NOT NULL AND score BETWEEN 0 AND 100)"
            " OR (kind NOT IN ('exam_passed', 'exam_failed') AND score IS NULL)",
            name="score",
        ),
        Index("ix_training_events_contact_course", "contact_id", "course_id"),
    )


class Certification(SyncedMixin, Base):
    """A contact's certification on a path. Issued when every required course is passed; a renewal
    issues a new row and marks the previous one `renewed`. Stored statuses are in_progress, active and
    renewed; expiring and expired are computed for a day (`rules.certification_status`)."""

    __tablename__ = "certifications"
    __command_fields__ = frozenset({"status", "earned_on", "expires_on"})

    contact_id: Mapped[str] = mapped_column(ID, ForeignKey("contacts.id"), nullable=False)
    partner_id: Mapped[str] = mapped_column(ID, ForeignKey("partners.id"), nullable=False, index=True)
    path_id: Mapped[str] = mapped_column(ID, ForeignKey("learning_paths.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=CertificationStatus.IN_PROGRESS.value)
    earned_on: Mapped[date | None] = mapped_column(nullable=True)
    expires_on: Mapped[date | None] = mapped_column(nullable=True)

    __table_args__ = (
        CheckConstraint(_in("status", [s.value for s in CertificationStatus]), name="status"),
        CheckConstraint("expires_on IS NULL OR earned_on IS NULL OR expires_on > earned_on", name="dates"),
        Index("ix_certifications_contact_path", "contact_id", "path_id"),
        Index("ix_certifications_expires_on", "expires_on"),
    )
