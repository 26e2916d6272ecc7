"""Approver limits (DOMAIN.md "an approver has an approval limit"): a channel manager approves requests and
claims only up to their limit in the program; above it the approval is refused with the numbers and writes
nothing; admins are not capped; only admins set limits; other currencies are converted with the program's
rates (rounded up), and a missing rate refuses rather than guesses."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from tests.workbench.mdf.conftest import World, counts
from tests.workbench.mdf.test_commands import (
    MDF_TABLES,
    _evidence,
    allocation,
    approved_request,
    budget,
    claim,
    request_input,
)
from workbench.db.base import Base
from workbench.errors import PermissionDenied, UserError
from workbench.mdf import commands as cmd
from workbench.mdf import rules
from workbench.mdf.types import ClaimStatus, RequestStatus
from workbench.security.roles import Role

D = Decimal


def _submitted_request(engine: Engine, w: World, requested: str) -> str:
    aid = allocation(engine, w, "5000.00", budget_id=budget(engine, w, "10000.00"))
    rid = cmd.create_request(engine, w.partner_a_admin, request_input(aid, requested=D(requested))).id
    cmd.submit_request(engine, w.partner_a_admin, rid)
    return rid


def test_request_approval_up_to_the_limit_exactly(engine: Engine, world: World) -> None:
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("300.00"))
    rid = _submitted_request(engine, world, "300.00")
    assert cmd.approve_request(engine, world.manager, rid).status == RequestStatus.APPROVED


def test_request_approval_one_unit_over_the_limit_is_refused_and_writes_nothing(engine: Engine, world: World) -> None:
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("300.00"))
    rid = _submitted_request(engine, world, "300.01")
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.approve_request(engine, world.manager, rid)
    assert err.value.code == "approval_limit_exceeded"
    assert err.value.params == {"field": "approved", "limit": 30000, "amount": 30001, "currency": "EUR"}
    assert counts(engine, *MDF_TABLES) == before
    # a partial approval within the limit is allowed, and an admin is not capped
    assert cmd.approve_request(engine, world.manager, rid, D("300.00")).approved_minor == 30000
    rid2 = _submitted_request(engine, world, "900.00")
    assert cmd.approve_request(engine, world.admin, rid2).status == RequestStatus.APPROVED


def test_claim_approval_limit(engine: Engine, world: World, tmp_path: Path) -> None:
    rid = approved_request(engine, world, "400.00", alloc_amount="1000.00")
    cid = claim(engine, world, rid, "150.00", "300.00")
    _evidence(engine, world, cid, blob_dir=tmp_path / "blobs")
    cmd.submit_claim(engine, world.partner_a_admin, cid)
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("149.99"))
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        cmd.approve_claim(engine, world.manager, cid)
    assert err.value.code == "approval_limit_exceeded"
    assert (err.value.params["limit"], err.value.params["amount"]) == (14999, 15000)
    assert counts(engine, *MDF_TABLES) == before
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("150.00"))
    assert cmd.approve_claim(engine, world.manager, cid).status == ClaimStatus.APPROVED


def test_limit_of_another_program_or_user_does_not_apply(engine: Engine, world: World) -> None:
    cmd.set_approval_limit(engine, world.admin, world.lenient_program_id, world.manager.user_id, D("1.00"))
    cmd.set_approval_limit(engine, world.admin, world.program_id, "someone-else", D("1.00"))
    rid = _submitted_request(engine, world, "500.00")
    assert cmd.approve_request(engine, world.manager, rid).status == RequestStatus.APPROVED


def test_removed_limit_no_longer_caps(engine: Engine, world: World) -> None:
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("10.00"))
    assert cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, None) is None
    rid = _submitted_request(engine, world, "500.00")
    assert cmd.approve_request(engine, world.manager, rid).status == RequestStatus.APPROVED


@pytest.mark.parametrize("role", [Role.CHANNEL_MANAGER, Role.PARTNER_ADMIN])
def test_only_admins_set_limits(engine: Engine, world: World, role: Role) -> None:
    actor = world.manager if role == Role.CHANNEL_MANAGER else world.partner_a_admin
    with pytest.raises(PermissionDenied):
        cmd.set_approval_limit(engine, actor, world.program_id, world.manager.user_id, D("1000000.00"))
    assert counts(engine, "mdf_approval_limits")["mdf_approval_limits"] == 0


@pytest.mark.parametrize(
    ("program", "user", "amount", "code"),
    [
        ("nope", "u-cm", D("1.00"), "unknown_reference"),
        (None, " ", D("1.00"), "required"),
        (None, "u-cm", D("-1.00"), "money_negative"),
        (None, "u-cm", D("1.001"), "money_too_precise"),
    ],
)
def test_bad_limit_input_writes_nothing(
    engine: Engine, world: World, program: str | None, user: str, amount: Decimal, code: str
) -> None:
    before = counts(engine, "mdf_approval_limits")
    with pytest.raises(UserError) as err:
        cmd.set_approval_limit(engine, world.admin, program or world.program_id, user, amount)
    assert err.value.code == code
    assert counts(engine, "mdf_approval_limits") == before


def test_other_currency_is_converted_with_the_program_rate(engine: Engine, world: World) -> None:
    programs = Base.metadata.tables["programs"]
    with engine.begin() as conn:
        conn.execute(update(programs).where(programs.c.id == world.program_id).values(fx_rates={"USD": "0.5"}))
    cmd.set_approval_limit(engine, world.admin, world.program_id, world.manager.user_id, D("100.00"))
    # 200.00 USD = 100.00 EUR: at the limit; 200.01 USD = 100.005 EUR, rounded up: over it
    rules.check_within_approval_limit(10000, "EUR", rules.convert_minor_up(20000, "USD", "EUR", {"USD": "0.5"}))
    with pytest.raises(UserError, match="approval_limit_exceeded"):
        rules.check_within_approval_limit(10000, "EUR", rules.convert_minor_up(20001, "USD", "EUR", {"USD": "0.5"}))
    with pytest.raises(UserError) as err:
        rules.convert_minor_up(100, "CHF", "EUR", {"USD": "0.5"})
    assert err.value.code == "fx_rate_missing"
    assert rules.convert_minor_up(1001, "JPY", "EUR", {"JPY": "0.0061"}) == 611  # 6.1061 EUR, rounded up
