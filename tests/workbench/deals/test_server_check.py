"""The server's duplicate check at submission (`submit_deal(..., replica=False)` ->
`duplicates.server_check`): first received wins, the later one is flagged with an explanation that names
no competitor; the laptop (replica=True) never decides."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, update

from tests.workbench.deals.conftest import World
from tests.workbench.dupcheck.helpers import VENDOR, make_deal, partner_actor
from workbench.deals import commands as dc
from workbench.deals.models import DealRegistration
from workbench.deals.queries import get_deal
from workbench.deals.types import ConflictState, DealStatus


def test_first_received_is_clear_the_later_one_flagged(engine: Engine, world: World) -> None:
    first = make_deal(engine, world.partner_a, world.program_id, [world.product_1, world.product_2])
    assert (first.conflict_state, first.conflict_detail) == (ConflictState.CLEAR, ())
    later = make_deal(engine, world.partner_b, world.program_id, [world.product_2], customer="MUELLER SYSTEMHAUS AG")
    assert later.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    [why] = later.conflict_detail
    assert why.rules == ("name",) and why.matched_name == "mueller systemhaus"
    assert why.common_products == (("LIC-1", "Licence"),)
    assert why.other_registered_at == first.server_received_at and why.other_status == "submitted"
    assert (why.own_registration, why.other_deal_id) == (False, None)
    assert world.partner_a not in repr(later.conflict_detail) and first.id not in repr(later.conflict_detail)
    assert get_deal(engine, first.id).conflict_state == ConflictState.CLEAR  # the earlier one is not touched


def test_no_product_in_common_or_a_closed_registration_is_no_duplicate(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    other_product = make_deal(engine, world.partner_b, world.program_id, [world.product_2])
    assert other_product.conflict_state == ConflictState.CLEAR
    withdrawn = make_deal(engine, world.partner_a, world.program_id, [world.product_2], customer="Kunde AG")
    dc.withdraw_deal(engine, partner_actor(world.partner_a), withdrawn.id, replica=False)
    after_withdrawal = make_deal(engine, world.partner_b, world.program_id, [world.product_2], customer="Kunde")
    assert after_withdrawal.conflict_state == ConflictState.CLEAR


def test_the_laptop_leaves_the_decision_to_the_server(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    local = make_deal(engine, world.partner_b, world.program_id, [world.product_1], server=False)
    assert local.provisional and local.conflict_state is None and local.conflict_detail == ()


def test_a_vendor_submitting_for_a_partner_discloses_nothing_either(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    draft = make_deal(engine, world.partner_b, world.program_id, [world.product_1], submit=False)
    dto = dc.submit_deal(engine, VENDOR, draft.id, replica=False)
    [why] = dto.conflict_detail
    assert (why.own_registration, why.other_deal_id) == (False, None)
    stored = json.dumps(get_deal(engine, draft.id).conflict_detail, default=str)
    for secret in (world.partner_a, "Alpha"):
        assert secret not in stored


def test_resubmission_keeps_the_first_receipt_time(engine: Engine, world: World) -> None:
    early = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    dc.request_deal_info(engine, VENDOR, early.id, "Which site?", replica=False)
    late = make_deal(engine, world.partner_b, world.program_id, [world.product_1])
    assert late.conflict_state == ConflictState.POSSIBLE_DUPLICATE  # early is still open (info_requested)
    again = dc.submit_deal(engine, partner_actor(world.partner_a), early.id, replica=False)
    assert again.status == DealStatus.SUBMITTED and again.server_received_at == early.server_received_at
    assert again.conflict_state == ConflictState.CLEAR  # received first, whatever happened since
    # on a first receipt every registration the server confirmed before counts as earlier, even one whose
    # stored receipt time reads later (two transactions that began in the other order, see server_check)
    later_than_now = datetime.now(UTC) + timedelta(days=1)
    with engine.begin() as conn:
        conn.execute(
            update(DealRegistration).where(DealRegistration.id == early.id).values(server_received_at=later_than_now)
        )
    third = make_deal(engine, world.partner_b, world.program_id, [world.product_1], customer="Müller Systemhaus")
    assert third.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    assert len(third.conflict_detail) == 2


def test_customer_probes_read_only_the_open_registrations_from_an_index(engine: Engine, world: World) -> None:
    """At 1,000,000 deals a common customer has ~1,000 registrations: the probes must come from a covering
    index restricted to the open statuses, never from the table (plans captured from a real check)."""
    from sqlalchemy import event

    from workbench.deals.duplicates import DuplicateCandidate, find_duplicates

    make_deal(engine, world.partner_a, world.program_id, [world.product_1], domain="mueller-systemhaus.de")
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        if "customer_name_norm =" in statement or "customer_domain IN" in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        cand = DuplicateCandidate("Müller Systemhaus", (world.product_1,), customer_domain="mueller-systemhaus.de")
        assert len(find_duplicates(engine, VENDOR, cand)) == 1
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(seen) == 1  # both rules (name, domain) in one UNION ALL statement
    with engine.connect() as conn:
        for statement, parameters in seen:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            for index in ("ix_deal_registrations_customer_open", "ix_deal_registrations_domain_open"):
                assert f"COVERING INDEX {index}" in plan, plan
            assert "status=?" in plan and "SCAN" not in plan, plan


def test_the_submit_hands_the_check_its_flushed_receipt_times(engine: Engine, world: World) -> None:
    """The server's submit passes the deal's stored receipt times to the check instead of reading them back
    (one SELECT less per submitted deal); the decision is the one the read-back gives."""
    from sqlalchemy import event

    from workbench.deals import duplicates
    from workbench.deals.duplicates import DuplicateCandidate

    first = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    draft = make_deal(engine, world.partner_b, world.program_id, [world.product_1], submit=False)
    reads: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().startswith("SELECT deal_registrations.server_received_at"):
            reads.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        later = dc.submit_deal(engine, partner_actor(world.partner_b), draft.id, replica=False)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert reads == []
    assert later.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    [why] = later.conflict_detail
    assert why.other_registered_at == first.server_received_at
    # the read-back (no `stored`) and the handed-over times decide the same
    candidate = DuplicateCandidate(
        customer_name=later.customer_name,
        product_ids=(world.product_1,),
        deal_id=later.id,
        partner_id=world.partner_b,
    )
    day = datetime.now(UTC).date()
    with engine.connect() as conn:
        read_back = duplicates.find_duplicates_on(conn, VENDOR, candidate, day)
        handed = duplicates.find_duplicates_on(
            conn, VENDOR, candidate, day, stored=(later.server_received_at, later.submitted_at, world.partner_b)
        )
    assert read_back == handed and len(read_back) == 1


def test_submit_in_the_callers_unit_of_work_decides_and_stamps_as_its_own_would(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The push handler's `submit_in` runs the server's submit inside the push's unit of work on the deal
    row it holds: same decision as `submit_deal(..., replica=False)`, and the receipt time and the audit
    entry carry the time the command ran (not the older start of the surrounding unit of work), which the
    unit of work gets back afterwards. A replica unit of work is refused."""
    from sqlalchemy import select

    from workbench.audit.models import AuditEvent
    from workbench.db import uow as uow_module
    from workbench.db.uow import UnitOfWork

    make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    answered = make_deal(engine, world.partner_b, world.program_id, [world.product_1], submit=False)
    inside = make_deal(engine, world.partner_b, world.program_id, [world.product_1], submit=False)
    actor = partner_actor(world.partner_b)
    dto = dc.submit_deal(engine, actor, answered.id, replica=False)
    start = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
    ran = start + timedelta(seconds=7)
    monkeypatch.setattr(uow_module, "utcnow", lambda: start)
    with UnitOfWork(engine, actor, replica=False) as uow:
        deal = uow.get(DealRegistration, inside.id)
        monkeypatch.setattr(uow_module, "utcnow", lambda: ran)
        dc.submit_in(uow, deal)
        assert uow.now == start  # the unit of work's own time again
        assert deal.status == DealStatus.SUBMITTED
    stored = get_deal(engine, inside.id)
    assert stored.status == dto.status and stored.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    assert stored.conflict_detail[0] == dto.conflict_detail[0]
    assert stored.server_received_at == ran and stored.submitted_at == ran and not stored.provisional
    with engine.connect() as conn:
        [entry] = conn.execute(
            select(AuditEvent.occurred_at).where(AuditEvent.row_id == inside.id, AuditEvent.action == "submit")
        ).all()
    assert entry.occurred_at == ran
    with pytest.raises(dc.UserError):  # already submitted: nothing written
        with UnitOfWork(engine, actor, replica=False) as uow:
            dc.submit_in(uow, uow.get(DealRegistration, inside.id))
    assert get_deal(engine, inside.id).version == stored.version
    with pytest.raises(RuntimeError, match="replica=False"):
        with UnitOfWork(engine, actor, replica=True) as uow:
            dc.submit_in(uow, uow.get(DealRegistration, inside.id))
