"""Every illegal request and claim transition through the laptop's own commands (the pure table is in
test_states.py): refused with IllegalTransition naming the current status, nothing written. A payment
(`pay`) is only recorded through `record_payment`, which refuses any claim that is not approved."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, update

from tests.workbench.mdf.conftest import World, counts
from tests.workbench.mdf.test_commands import MDF_TABLES, approved_request, claim
from workbench.db.base import Base
from workbench.errors import IllegalTransition, UserError
from workbench.mdf import commands as cmd
from workbench.mdf.states import CLAIM_TRANSITIONS, REQUEST_TRANSITIONS
from workbench.mdf.types import ClaimStatus, PaymentInput, RequestStatus
from workbench.security.roles import Actor

Call = Callable[[Engine, Actor, str], Any]

REQUEST_CALLS: dict[str, Call] = {
    "submit": lambda e, a, i: cmd.submit_request(e, a, i),
    "request_info": lambda e, a, i: cmd.request_request_info(e, a, i, "why?"),
    "approve": lambda e, a, i: cmd.approve_request(e, a, i),
    "reject": lambda e, a, i: cmd.reject_request(e, a, i, "no"),
    "expire": lambda e, a, i: cmd.expire_request(e, a, i),
}
CLAIM_CALLS: dict[str, Call] = {
    "submit": lambda e, a, i: cmd.submit_claim(e, a, i),
    "request_info": lambda e, a, i: cmd.request_claim_info(e, a, i, "why?"),
    "approve": lambda e, a, i: cmd.approve_claim(e, a, i),
    "reject": lambda e, a, i: cmd.reject_claim(e, a, i, "no"),
    "pay": lambda e, a, i: cmd.record_payment(e, a, PaymentInput(i, Decimal("1.00"), "EUR", date.today(), "P")),
}

ILLEGAL = [
    ("mdf_requests", str(s), a)
    for s, a in itertools.product(RequestStatus, sorted(REQUEST_CALLS))
    if (s, a) not in REQUEST_TRANSITIONS
] + [
    ("mdf_claims", str(s), a)
    for s, a in itertools.product(ClaimStatus, sorted(CLAIM_CALLS))
    if (s, a) not in CLAIM_TRANSITIONS
]


def test_the_grid_is_complete() -> None:
    assert len(ILLEGAL) == (6 * 5 - 6) * 2


@pytest.mark.parametrize(("entity", "status", "action"), ILLEGAL)
def test_illegal_transition_through_the_command(
    engine: Engine, world: World, entity: str, status: str, action: str
) -> None:
    rid = approved_request(engine, world)
    row_id = rid if entity == "mdf_requests" else claim(engine, world, rid)
    table = Base.metadata.tables[entity]
    with engine.begin() as conn:  # put the row into `status` directly (the path there is not under test)
        conn.execute(update(table).where(table.c.id == row_id).values(status=status, approved_minor=5000))
    calls = REQUEST_CALLS if entity == "mdf_requests" else CLAIM_CALLS
    before = counts(engine, *MDF_TABLES)
    with pytest.raises(UserError) as err:
        calls[action](engine, world.admin, row_id)
    if entity == "mdf_claims" and action == "pay":
        assert (err.value.code, err.value.params["status"]) == ("claim_not_approved", status)
    else:
        assert isinstance(err.value, IllegalTransition)
        assert (err.value.params["current"], err.value.params["entity"]) == (status, entity)
    assert counts(engine, *MDF_TABLES) == before
