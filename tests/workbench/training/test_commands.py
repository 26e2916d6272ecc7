"""Training commands: catalogue, append-only events with validation, certification issue and renewal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from tests.workbench.training.conftest import People, snapshot
from workbench.audit.models import AuditEvent
from workbench.clock import utcnow
from workbench.db.outbox import OpKind, OutboxOp
from workbench.db.uow import UnitOfWork
from workbench.errors import PermissionDenied, UserError
from workbench.security.roles import Actor, Role
from workbench.training import commands as c
from workbench.training import queries as q
from workbench.training.models import Certification, TrainingEvent
from workbench.training.rules import add_months
from workbench.training.types import (
    CertificationStatus,
    CourseInput,
    EventKind,
    LearningPathInput,
    PathCourseInput,
    TrainingEventInput,
)

ADMIN = Actor("u-admin", Role.ADMIN, "dev-1")


def partner_actor(people: People, partner: str | None = None) -> Actor:
    return Actor("u-p", Role.PARTNER_USER, "dev-2", partner_id=partner or people.partner_a)


@dataclass(frozen=True)
class Catalogue:
    course_a: str
    course_b: str
    optional_c: str
    unrelated: str
    path: str  # A + B required, C optional, 24 months
    forever: str  # A required only, never expires


@pytest.fixture
def cat(engine: Engine) -> Catalogue:
    ids = {
        code: c.create_course(engine, ADMIN, CourseInput(code, f"Course {code}", "technical", 60)).id
        for code in ("A", "B", "C", "U")
    }
    path = c.create_learning_path(
        engine,
        ADMIN,
        LearningPathInput(
            "TECH-PRO",
            "Technical professional",
            "technical",
            24,
            (PathCourseInput(ids["A"]), PathCourseInput(ids["B"]), PathCourseInput(ids["C"], required=False)),
        ),
    )
    forever = c.create_learning_path(
        engine, ADMIN, LearningPathInput("TECH-BASE", "Basics", "technical", None, (PathCourseInput(ids["A"]),))
    )
    return Catalogue(ids["A"], ids["B"], ids["C"], ids["U"], path.id, forever.id)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def record(engine: Engine, people: People, course: str, kind: str, day: date, score: int | None = None,
           contact: str | None = None, actor: Actor | None = None) -> Any:  # fmt: skip
    if score is None and kind in ("exam_passed", "exam_failed"):
        score = 80 if kind == "exam_passed" else 30
    data = TrainingEventInput(contact or people.contact_a, course, kind, at(day), score)
    return c.record_training_event(engine, actor or partner_actor(people), data)


D0 = utcnow().date() - timedelta(days=30)


# --- catalogue -----------------------------------------------------------------------------------


def test_catalogue(engine: Engine, cat: Catalogue) -> None:
    paths = {p.code: p for p in q.list_learning_paths(engine)}
    assert [(x.code, x.required) for x in paths["TECH-PRO"].courses] == [("A", True), ("B", True), ("C", False)]
    assert paths["TECH-BASE"].validity_months is None
    assert [x.code for x in q.list_courses(engine, role_track="technical")] == ["A", "B", "C", "U"]
    assert q.list_courses(engine, role_track="sales") == []


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        (CourseInput("A", "dup", "sales", 1), "duplicate_code", "code"),
        (CourseInput("X", "t", "finance", 1), "invalid_choice", "role_track"),
        (CourseInput("X", "t" * 201, "sales", 1), "too_long", "title"),
        (CourseInput("X" * 33, "t", "sales", 1), "too_long", "code"),
        (CourseInput("X", "t", "sales", -5), "out_of_range", "duration_minutes"),
    ],
)
def test_bad_course_writes_nothing(engine: Engine, cat: Catalogue, data: CourseInput, code: str, field: str) -> None:
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.create_course(engine, ADMIN, data)
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert snapshot(engine) == before


def test_bad_path_writes_nothing(engine: Engine, cat: Catalogue) -> None:
    before = snapshot(engine)
    for data, code in [
        (LearningPathInput("P", "t", "sales", 18), "invalid_choice"),
        (LearningPathInput("P", "t", "sales", 12, (PathCourseInput("nope"),)), "unknown_reference"),
        (LearningPathInput("P", "t", "sales", 12, (PathCourseInput(cat.course_a),) * 2), "duplicate_course"),
    ]:
        with pytest.raises(UserError) as err:
            c.create_learning_path(engine, ADMIN, data)
        assert err.value.code == code
    assert snapshot(engine) == before


def test_partner_cannot_edit_catalogue(engine: Engine, people: People) -> None:
    with pytest.raises(PermissionDenied):
        c.create_course(engine, partner_actor(people), CourseInput("Z", "t", "sales", 1))


# --- events --------------------------------------------------------------------------------------


def test_record_event_writes_audit_and_outbox(engine: Engine, people: People, cat: Catalogue) -> None:
    result = record(engine, people, cat.course_a, "started", D0)
    assert result.event.kind == EventKind.STARTED and result.event.partner_id == people.partner_a
    assert result.event.course_code == "A" and result.certifications == ()
    with engine.connect() as conn:
        audit = conn.execute(select(AuditEvent.action).where(AuditEvent.row_id == result.event.id)).scalars().all()
        ops = conn.execute(select(OutboxOp.kind).where(OutboxOp.row_id == result.event.id)).scalars().all()
    assert audit == ["create"] and ops == [OpKind.CREATE]


BAD_EVENTS: list[tuple[str, dict[str, Any], str, str]] = [
    ("unknown kind", {"kind": "watched"}, "invalid_choice", "kind"),
    ("score missing on exam", {"kind": "exam_passed", "score": None}, "required", "score"),
    ("score above 100", {"kind": "exam_passed", "score": 101}, "out_of_range", "score"),
    ("score below 0", {"kind": "exam_failed", "score": -1}, "out_of_range", "score"),
    ("score not integer", {"kind": "exam_failed", "score": 55.5}, "not_integer", "score"),
    ("score on non-exam", {"kind": "started", "score": 50}, "score_not_allowed", "score"),
    ("naive time", {"occurred_at": datetime(2025, 1, 1, 10, 0)}, "naive_datetime", "occurred_at"),
    ("more than a day ahead", {"occurred_at": utcnow() + timedelta(days=1, hours=1)}, "in_future", "occurred_at"),
    ("unknown course", {"course_id": "nope"}, "unknown_reference", "course_id"),
    ("unknown contact", {"contact_id": "nope"}, "unknown_reference", "contact_id"),
]


@pytest.mark.parametrize(("overrides", "code", "field"), [b[1:] for b in BAD_EVENTS], ids=[b[0] for b in BAD_EVENTS])
def test_bad_event_writes_nothing(
    engine: Engine, people: People, cat: Catalogue, overrides: dict[str, Any], code: str, field: str
) -> None:
    values: dict[str, Any] = {
        "contact_id": people.contact_a,
        "course_id": cat.course_a,
        "kind": "started",
        "occurred_at": at(D0),
        "score": None,
        **overrides,
    }
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.record_training_event(engine, partner_actor(people), TrainingEventInput(**values))
    assert (err.value.code, err.value.params["field"]) == (code, field)
    assert snapshot(engine) == before


def test_up_to_one_day_ahead_is_accepted(engine: Engine, people: People, cat: Catalogue) -> None:
    data = TrainingEventInput(people.contact_a, cat.course_a, "started", utcnow() + timedelta(hours=23))
    assert c.record_training_event(engine, partner_actor(people), data).event.kind == EventKind.STARTED


def test_partner_only_for_own_contacts(engine: Engine, people: People, cat: Catalogue) -> None:
    before = snapshot(engine)
    with pytest.raises(PermissionDenied):
        record(engine, people, cat.course_a, "started", D0, contact=people.contact_b)
    assert snapshot(engine) == before
    assert record(engine, people, cat.course_a, "started", D0, contact=people.contact_b, actor=ADMIN).event


def test_events_are_append_only(engine: Engine, people: People, cat: Catalogue) -> None:
    event_id = record(engine, people, cat.course_a, "exam_failed", D0, score=40).event.id
    with pytest.raises(RuntimeError, match="append-only"), UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.get(TrainingEvent, event_id).score = 90
    with pytest.raises(RuntimeError, match="append-only"), UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.soft_delete(uow.get(TrainingEvent, event_id))
    assert [e.score for e in q.training_history(engine, people.contact_a)] == [40]


def test_history_is_ordered_by_time(engine: Engine, people: People, cat: Catalogue) -> None:
    record(engine, people, cat.course_b, "started", D0 + timedelta(days=2))
    record(engine, people, cat.course_a, "started", D0)
    record(engine, people, cat.course_a, "exam_passed", D0 + timedelta(days=5), score=91)
    record(engine, people, cat.course_a, "started", D0, contact=people.contact_a2)
    history = q.training_history(engine, people.contact_a)
    assert [(e.course_code, e.kind) for e in history] == [
        ("A", EventKind.STARTED),
        ("B", EventKind.STARTED),
        ("A", EventKind.EXAM_PASSED),
    ]
    assert [e.score for e in q.training_history(engine, people.contact_a, course_id=cat.course_a)] == [None, 91]


# --- certifications -------------------------------------------------------------------------------


def test_certificate_issued_exactly_when_last_required_course_passed(
    engine: Engine, people: People, cat: Catalogue
) -> None:
    day = D0
    steps = [
        (cat.course_b, "started"),
        (cat.course_b, "module_completed"),
        (cat.course_b, "exam_failed"),
        (cat.optional_c, "exam_passed"),
        (cat.unrelated, "exam_passed"),
        (cat.course_b, "exam_passed"),
    ]
    for course, kind in steps:
        result = record(engine, people, course, kind, day)
        assert result.certifications == ()
        day += timedelta(days=1)
    assert q.certifications_for_contact(engine, people.contact_a) == []
    result = record(engine, people, cat.course_a, "exam_passed", day)
    certs = {x.path_code: x for x in result.certifications}
    assert set(certs) == {"TECH-PRO", "TECH-BASE"}
    pro = certs["TECH-PRO"]
    assert pro.status == CertificationStatus.ACTIVE and pro.earned_on == day
    assert pro.expires_on == add_months(day, 24)
    assert certs["TECH-BASE"].expires_on is None
    # A further pass issues nothing new.
    assert record(engine, people, cat.course_b, "exam_passed", day).certifications == ()
    assert len(q.certifications_for_contact(engine, people.contact_a)) == 2


def test_issue_is_a_command_with_audit_and_outbox(engine: Engine, people: People, cat: Catalogue) -> None:
    record(engine, people, cat.course_b, "exam_passed", D0)
    cert = record(engine, people, cat.course_a, "exam_passed", D0 + timedelta(days=1)).certifications
    cert_id = next(x.id for x in cert if x.path_code == "TECH-PRO")
    with engine.connect() as conn:
        actions = conn.scalars(select(AuditEvent.action).where(AuditEvent.row_id == cert_id).order_by(AuditEvent.seq))
        commands = conn.scalars(select(OutboxOp.command).where(OutboxOp.row_id == cert_id, OutboxOp.kind == "command"))
        assert list(actions) == ["create", "issue"]
        assert list(commands) == ["issue"]
    with pytest.raises(RuntimeError, match="command"), UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.get(Certification, cert_id).status = "expired"


def test_other_contacts_passes_do_not_count(engine: Engine, people: People, cat: Catalogue) -> None:
    record(engine, people, cat.course_b, "exam_passed", D0, contact=people.contact_a2)
    assert record(engine, people, cat.course_a, "exam_passed", D0).certifications[0].path_code == "TECH-BASE"
    assert [x.path_code for x in q.certifications_for_contact(engine, people.contact_a)] == ["TECH-BASE"]


def test_renewal_supersedes_the_previous_certificate(engine: Engine, people: People, cat: Catalogue) -> None:
    first = D0 - timedelta(days=800)
    record(engine, people, cat.course_a, "exam_passed", first)
    record(engine, people, cat.course_b, "exam_passed", first)
    [old] = [x for x in q.certifications_for_contact(engine, people.contact_a) if x.path_code == "TECH-PRO"]
    assert old.status == CertificationStatus.EXPIRED and old.stored_status == CertificationStatus.ACTIVE
    # Re-passing one course is not a renewal; re-passing every required course is.
    assert [x.path_code for x in record(engine, people, cat.course_a, "exam_passed", D0).certifications] == [
        "TECH-BASE"
    ]
    renewed = record(engine, people, cat.course_b, "exam_passed", D0 + timedelta(days=3)).certifications
    assert [(x.path_code, x.status, x.earned_on) for x in renewed] == [
        ("TECH-PRO", CertificationStatus.ACTIVE, D0 + timedelta(days=3))
    ]
    pro = [x for x in q.certifications_for_contact(engine, people.contact_a) if x.path_code == "TECH-PRO"]
    assert [(x.id, x.status) for x in pro] == [(renewed[0].id, "active"), (old.id, "renewed")]
    current = q.certifications_for_partner(engine, people.partner_a)
    assert {x.path_code for x in current} == {"TECH-PRO", "TECH-BASE"} and old.id not in {x.id for x in current}
    with engine.connect() as conn:
        actions = conn.scalars(select(AuditEvent.action).where(AuditEvent.row_id == old.id).order_by(AuditEvent.seq))
        assert list(actions) == ["create", "issue", "supersede"]


def test_late_recorded_old_pass_does_not_renew(engine: Engine, people: People, cat: Catalogue) -> None:
    record(engine, people, cat.course_a, "exam_passed", D0)
    record(engine, people, cat.course_b, "exam_passed", D0)
    assert record(engine, people, cat.course_b, "exam_passed", D0 - timedelta(days=10)).certifications == ()


def test_partner_listing_with_computed_status(engine: Engine, people: People, cat: Catalogue) -> None:
    record(engine, people, cat.course_a, "exam_passed", D0)
    record(engine, people, cat.course_b, "exam_passed", D0)
    certs = {x.path_code: x for x in q.certifications_for_partner(engine, people.partner_a)}
    expires = certs["TECH-PRO"].expires_on
    assert expires is not None
    later = q.certifications_for_partner(engine, people.partner_a, today=expires - timedelta(days=90))
    assert {x.path_code: x.status for x in later} == {"TECH-PRO": "expiring", "TECH-BASE": "active"}
    expired = q.certifications_for_partner(engine, people.partner_a, today=expires)
    assert {x.path_code: x.status for x in expired}["TECH-PRO"] == "expired"
    assert q.certifications_for_partner(engine, people.partner_b) == []
