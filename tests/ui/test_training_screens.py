"""Training and certification views: a partner's people with their certification states, one person's paths
with progress, expiry state (active, expiring, expired) and renewal through a recorded exam; the models under
qtmodeltester."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.ui import test_deals_support as support
from tests.ui.test_deals_support import CM, World, make_ctx
from ui.training.view import TrainingView
from workbench.security.roles import Actor, Role
from workbench.training import commands as tc
from workbench.training.queries import certifications_for_contact
from workbench.training.rules import add_months
from workbench.training.types import (
    CertificationStatus,
    CourseInput,
    LearningPathInput,
    PathCourseInput,
    TrainingEventInput,
)

engine, world, runner = support.engine, support.world, support.runner
ADMIN = Actor("u-admin", Role.ADMIN, "dev-a")
EARNED = date(2024, 6, 3)  # expired 2026-06-03


@pytest.fixture
def paths(engine: Engine, world: World) -> dict[str, str]:
    a = tc.create_course(engine, ADMIN, CourseInput("NET-1", "Networking basics", "technical", 60)).id
    b = tc.create_course(engine, ADMIN, CourseInput("NET-2", "Networking advanced", "technical", 90)).id
    s = tc.create_course(engine, ADMIN, CourseInput("SAL-1", "Selling the portfolio", "sales", 45)).id
    tech = tc.create_learning_path(
        engine, ADMIN,
        LearningPathInput("TECH", "Technical professional", "technical", 24, (PathCourseInput(a), PathCourseInput(b))),
    ).id  # fmt: skip
    sales = tc.create_learning_path(
        engine, ADMIN, LearningPathInput("SALES", "Sales associate", "sales", 12, (PathCourseInput(s),))
    ).id
    for course in (a, b):  # Ada: certified technical professional on EARNED (expires EARNED + 24 months)
        at = datetime(EARNED.year, EARNED.month, EARNED.day, 10, tzinfo=UTC)
        tc.record_training_event(engine, CM, TrainingEventInput(world.contact_a, course, "exam_passed", at, 88))
    at = datetime(2026, 10, 1, 10, tzinfo=UTC)
    tc.record_training_event(engine, CM, TrainingEventInput(world.contact_a2, a, "exam_passed", at, 75))
    return {"a": a, "b": b, "s": s, "tech": tech, "sales": sales}


def _view(qtbot: QtBot, engine: Engine, runner: Any, actor: Actor, today: date) -> TrainingView:
    clock = lambda: datetime(today.year, today.month, today.day, 12, tzinfo=UTC)  # noqa: E731
    view = TrainingView(make_ctx(engine, runner, actor), clock)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_people_paths_and_expiry_states(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, paths: dict[str, str], qtmodeltester: Any
) -> None:
    expires = add_months(EARNED, 24)
    view = _view(qtbot, engine, runner, CM, expires - timedelta(days=30))  # 30 days before: expiring
    assert view.partner.count() == 2
    view.select_partner(world.partner_a)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 2)
    for model in (view.people_model, view.paths_model, view.history_model, view.certs_model):
        qtmodeltester.check(model)
    rows = {r.name: r for r in view.people_model.rows}
    assert (rows["Ada Adams"].expiring, rows["Ada Adams"].next_expiry) == (1, expires)
    assert "1 of 2 people hold a current certification; 1 expiring" in view.summary.text()
    ada = view.people_model.rows.index(rows["Ada Adams"])
    assert view.people_model.data(view.people_model.index(ada, 3), Qt.ItemDataRole.BackgroundRole) is not None
    view.people.setCurrentIndex(view.people_model.index(ada, 0))
    qtbot.waitUntil(lambda: view.contact_id == world.contact_a and view.paths_model.rowCount() == 2)
    tech = next(p for p in view.paths_model.rows if p.code == "TECH")
    assert tech.percent == 100 and tech.certification is not None
    assert tech.certification.status == CertificationStatus.EXPIRING
    row = view.paths_model.rows.index(tech)
    assert view.paths_model.data(view.paths_model.index(row, 3)).startswith("Expiring, expires")
    assert view.history_model.rowCount() == 2
    # Ben has started: 1 of 2, not certified.
    ben = next(i for i, r in enumerate(view.people_model.rows) if r.name == "Ben Abel")
    view.people.setCurrentIndex(view.people_model.index(ben, 0))
    qtbot.waitUntil(lambda: view.contact_id == world.contact_a2 and view.paths_model.rowCount() == 2)
    tech = next(p for p in view.paths_model.rows if p.code == "TECH")
    assert (tech.required_passed, tech.required_total, tech.certification) == (1, 2, None)
    assert view.paths_model.data(view.paths_model.index(view.paths_model.rows.index(tech), 3)) == "not certified"


def test_expired_then_renewed_by_recording_exams(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, paths: dict[str, str]
) -> None:
    expires = add_months(EARNED, 24)
    today = expires + timedelta(days=3)
    if today > datetime.now(UTC).date():  # exams cannot be recorded in the future: renew "today" instead
        today = datetime.now(UTC).date()
    view = _view(qtbot, engine, runner, CM, today)
    view.select_partner(world.partner_a)
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 2)
    view.show_person(world.contact_a, "Ada Adams")
    qtbot.waitUntil(lambda: view.contact_id == world.contact_a and view.paths_model.rowCount() == 2)
    tech_row = next(i for i, p in enumerate(view.paths_model.rows) if p.code == "TECH")
    assert view.paths_model.rows[tech_row].certification.status == CertificationStatus.EXPIRED  # type: ignore[union-attr]
    for course in ("a", "b"):
        view.paths.setCurrentIndex(view.paths_model.index(tech_row, 0))
        qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
        dialog = view.exam_dialog
        assert dialog is not None
        dialog.course.setCurrentIndex(dialog.course.findData(paths[course]))
        dialog.score.setValue(93)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.paths_model.rowCount() == 2)
    certs = certifications_for_contact(engine, world.contact_a, today=today)
    tech = [c for c in certs if c.path_code == "TECH"]
    assert [c.status for c in tech] == [CertificationStatus.ACTIVE, CertificationStatus.RENEWED]
    qtbot.waitUntil(lambda: view.certs_model.rowCount() == 2)  # the renewal and the certification it superseded
    shown = [view.certs_model.data(view.certs_model.index(r, 1)) for r in range(view.certs_model.rowCount())]
    assert sorted(shown) == ["Active", "Renewed"]
    qtbot.waitUntil(
        lambda: any(
            p.code == "TECH" and p.certification and p.certification.status == CertificationStatus.ACTIVE
            for p in view.paths_model.rows
        )
    )
    assert runner.reported == []


def test_partner_user_sees_only_own_people(
    qtbot: QtBot, engine: Engine, world: World, runner: Any, paths: dict[str, str]
) -> None:
    view = _view(qtbot, engine, runner, world.partner_user(world.partner_b), date(2026, 11, 26))
    assert view.partner.count() == 1 and not view.partner.isEnabled()
    qtbot.waitUntil(lambda: view.people_model.rowCount() == 1)
    assert view.people_model.rows[0].name == "Cleo Brown"
