"""Reads for the training screens: a person's progress per learning path and a partner's people with their
certification states."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from tests.workbench.training.conftest import People
from tests.workbench.training.test_commands import D0, Catalogue, cat, record  # noqa: F401 - fixture
from workbench.training import queries as q
from workbench.training.rules import add_months
from workbench.training.types import CertificationStatus


def test_progress_counts_required_passes_and_shows_the_certification(
    engine: Engine,
    people: People,
    cat: Catalogue,  # noqa: F811
) -> None:
    record(engine, people, cat.course_a, "started", D0)
    record(engine, people, cat.course_a, "exam_failed", D0, score=40)
    record(engine, people, cat.course_a, "exam_passed", D0 + timedelta(days=1), score=91)
    progress = {p.code: p for p in q.path_progress(engine, people.contact_a)}
    pro = progress["TECH-PRO"]
    assert (pro.required_total, pro.required_passed, pro.percent) == (2, 1, 50)
    assert pro.certification is None
    a = next(c for c in pro.courses if c.code == "A")
    assert a.passed_on == D0 + timedelta(days=1) and a.last_score == 91 and a.started
    b = next(c for c in pro.courses if c.code == "B")
    assert b.passed_on is None and not b.started
    base = progress["TECH-BASE"]  # A alone completes the basics path: certified, never expires
    assert base.percent == 100 and base.certification is not None
    assert base.certification.status == CertificationStatus.ACTIVE and base.certification.expires_on is None
    record(engine, people, cat.course_b, "exam_passed", D0 + timedelta(days=2))
    pro = next(p for p in q.path_progress(engine, people.contact_a) if p.code == "TECH-PRO")
    assert pro.percent == 100 and pro.certification is not None
    assert pro.certification.expires_on == add_months(D0 + timedelta(days=2), 24)
    assert q.path_progress(engine, people.contact_b)[0].percent == 0


def test_partner_people_counts_states_for_a_day(engine: Engine, people: People, cat: Catalogue) -> None:  # noqa: F811
    record(engine, people, cat.course_a, "exam_passed", D0)
    record(engine, people, cat.course_b, "exam_passed", D0)
    expiry = add_months(D0, 24)
    rows = {r.name: r for r in q.partner_people(engine, people.partner_a, today=D0 + timedelta(days=1))}
    assert set(rows) == {"Adams", "Abel"}
    assert (rows["Adams"].active, rows["Adams"].expiring, rows["Adams"].expired) == (2, 0, 0)
    assert rows["Adams"].next_expiry == expiry
    assert (rows["Abel"].active, rows["Abel"].next_expiry) == (0, None)
    soon = q.partner_people(engine, people.partner_a, today=expiry - timedelta(days=10))
    adams = next(r for r in soon if r.name == "Adams")
    assert (adams.active, adams.expiring) == (1, 1)  # the basics path never expires
    late = next(r for r in q.partner_people(engine, people.partner_a, today=expiry) if r.name == "Adams")
    assert (late.expired, late.next_expiry) == (1, None)
