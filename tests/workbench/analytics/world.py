"""A small, explicit data set with hand-computed KPIs (see test_kpis.py for the arithmetic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from tests.workbench.analytics.conftest import Rows


def ts(y: int, m: int, d: int, h: int = 9) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    program: str
    gold: str
    silver: str
    a: str
    b: str
    c: str
    d: str
    deals: dict[str, str]
    contacts: dict[str, str]
    allocation: str
    request: str
    claim_paid: str


def build(rows: Rows) -> World:
    with rows.batch():
        return _build(rows)


def _build(rows: Rows) -> World:
    prog = rows.program("EUR", {"USD": "0.5", "CHF": "1.25"})
    silver = rows.tier(prog, "Silver", 2, certified=2, revenue=100_000, deals=2)
    gold = rows.tier(prog, "Gold", 3, certified=3, revenue=500_000, deals=5)
    a = rows.partner(prog, "A", approved_on=date(2026, 1, 5), tier=silver, segment="SMB", region="DACH")
    b = rows.partner(prog, "B", approved_on=date(2025, 6, 1), tier=gold, segment="Enterprise", region="Nordics")
    c = rows.partner(prog, "C", approved_on=date(2026, 2, 1))
    d = rows.partner(prog, "D", approved_on=date(2026, 1, 2), segment="SMB")
    deals = {
        # A: won EUR 1,000.00; submitted Sat 10 Jan, decided Mon 12 Jan (in SLA), closed 10 Feb (cycle 31 days)
        "d1": rows.deal(
            prog,
            a,
            100_000,
            "EUR",
            "won",
            submitted=ts(2026, 1, 10),
            decided=ts(2026, 1, 12),
            closed=date(2026, 2, 10),
            won=100_000,
        ),
        # A: won USD 400.00 -> EUR 200.00; submitted Tue 20 Jan, decided Tue 27 Jan (late), closed 1 Mar (40)
        "d2": rows.deal(
            prog,
            a,
            40_000,
            "USD",
            "won",
            submitted=ts(2026, 1, 20),
            decided=ts(2026, 1, 27),
            closed=date(2026, 3, 1),
            won=40_000,
        ),
        # A: lost; submitted Thu 15 Jan, decided Fri 16 Jan, closed 15 Mar (59)
        "d3": rows.deal(
            prog, a, 50_000, "EUR", "lost", submitted=ts(2026, 1, 15), decided=ts(2026, 1, 16), closed=date(2026, 3, 15)
        ),
        # A: approved (pipeline 300.00); submitted Sun 1 Feb, decided Wed 4 Feb (in SLA)
        "d4": rows.deal(prog, a, 30_000, "EUR", "approved", submitted=ts(2026, 2, 1), decided=ts(2026, 2, 4)),
        # A: deleted won deal: never counts
        "d8": rows.deal(
            prog,
            a,
            77_700,
            "EUR",
            "won",
            submitted=ts(2026, 1, 2),
            decided=ts(2026, 1, 2),
            closed=date(2026, 1, 20),
            won=77_700,
            deleted_at=ts(2026, 1, 21),
        ),
        # B: submitted CHF 200.00 -> EUR 250.00 pipeline; Mon 2 Mar, undecided, overdue at 31 Mar
        "d5": rows.deal(prog, b, 20_000, "CHF", "submitted", submitted=ts(2026, 3, 2)),
        # B: won before the period (first deal of B is before the period too)
        "d6": rows.deal(
            prog,
            b,
            10_000,
            "EUR",
            "won",
            submitted=ts(2025, 11, 1),
            decided=ts(2025, 11, 3),
            closed=date(2025, 12, 15),
            won=10_000,
        ),
        # B: draft: nothing
        "d7": rows.deal(prog, b, 99_999, "EUR", "draft"),
        # D: won EUR 50.00; submitted Sat 3 Jan, decided Mon 5 Jan, closed 20 Mar (cycle 76, 77 days after approval)
        "d9": rows.deal(
            prog,
            d,
            5_000,
            "EUR",
            "won",
            submitted=ts(2026, 1, 3),
            decided=ts(2026, 1, 5),
            closed=date(2026, 3, 20),
            won=5_000,
        ),
    }
    contacts = {"a1": rows.contact(a, "Ä1"), "a2": rows.contact(a, "Ö2"), "b1": rows.contact(b, "B1")}
    path = rows.add("learning_paths", code="P1", title="Path", role_track="sales", validity_months=24)
    course = rows.add("courses", code="C1", title="Course", role_track="sales", duration_minutes=10)
    rows.add(
        "certifications",
        contact_id=contacts["a1"],
        partner_id=a,
        path_id=path,
        status="active",
        earned_on=date(2025, 6, 1),
        expires_on=date(2027, 6, 1),
    )
    rows.add(
        "certifications",
        contact_id=contacts["a2"],
        partner_id=a,
        path_id=path,
        status="active",
        earned_on=date(2024, 2, 1),
        expires_on=date(2026, 2, 1),
    )
    rows.add(
        "training_events",
        contact_id=contacts["a1"],
        partner_id=a,
        course_id=course,
        kind="started",
        occurred_at=ts(2026, 3, 1),
    )
    budget = rows.add(
        "mdf_budgets",
        program_id=prog,
        name="MDF 2026",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        amount_minor=10_000_000,
        currency="EUR",
    )
    alloc = rows.add("mdf_allocations", budget_id=budget, partner_id=a, amount_minor=100_000, currency="EUR")
    req = rows.add(
        "mdf_requests",
        allocation_id=alloc,
        partner_id=a,
        activity_type="event",
        title="Messe",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 1, 31),
        requested_minor=40_000,
        approved_minor=40_000,
        currency="EUR",
        status="approved",
        submitted_at=ts(2025, 12, 20),
    )
    paid = rows.add(
        "mdf_claims",
        request_id=req,
        partner_id=a,
        claimed_minor=30_000,
        actual_cost_minor=60_000,
        approved_minor=20_000,
        currency="EUR",
        status="paid",
        submitted_at=ts(2026, 2, 15),
    )
    rows.add(
        "mdf_claims",
        request_id=req,
        partner_id=a,
        claimed_minor=5_000,
        actual_cost_minor=10_000,
        currency="EUR",
        status="draft",
    )
    rows.add(
        "mdf_payments",
        claim_id=paid,
        partner_id=a,
        amount_minor=20_000,
        currency="EUR",
        paid_on=date(2026, 3, 1),
        reference="PAY-1",
    )
    return World(prog, gold, silver, a, b, c, d, deals, contacts, alloc, req, paid)
