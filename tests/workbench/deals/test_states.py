"""The deal state machine, table-driven: every (status, action) pair for a vendor and a partner role."""

from __future__ import annotations

import itertools

import pytest

from workbench.deals.states import allowed_actions, transition
from workbench.deals.types import DealAction, DealStatus
from workbench.errors import IllegalTransition, PermissionDenied
from workbench.security.roles import Role

S, A = DealStatus, DealAction

LEGAL = {
    (S.DRAFT, A.SUBMIT): S.SUBMITTED,
    (S.SUBMITTED, A.REQUEST_INFO): S.INFO_REQUESTED,
    (S.INFO_REQUESTED, A.RESUBMIT): S.SUBMITTED,
    (S.SUBMITTED, A.APPROVE): S.APPROVED,
    (S.SUBMITTED, A.REJECT): S.REJECTED,
    (S.APPROVED, A.WIN): S.WON,
    (S.APPROVED, A.LOSE): S.LOST,
    (S.APPROVED, A.EXPIRE): S.EXPIRED,
    (S.DRAFT, A.WITHDRAW): S.WITHDRAWN,
    (S.SUBMITTED, A.WITHDRAW): S.WITHDRAWN,
}
VENDOR_ONLY = {A.REQUEST_INFO, A.APPROVE, A.REJECT, A.EXPIRE}
ALL_PAIRS = list(itertools.product(S, A))


@pytest.mark.parametrize("role", [Role.ADMIN, Role.CHANNEL_MANAGER])
@pytest.mark.parametrize(("status", "action"), ALL_PAIRS)
def test_vendor_roles(status: DealStatus, action: DealAction, role: Role) -> None:
    if (status, action) in LEGAL:
        assert transition(status, action, role) == LEGAL[(status, action)]
    else:
        with pytest.raises(IllegalTransition) as err:
            transition(status, action, role)
        assert err.value.code == "illegal_transition"
        assert err.value.params["current"] == status.value


@pytest.mark.parametrize("role", [Role.PARTNER_ADMIN, Role.PARTNER_USER])
@pytest.mark.parametrize(("status", "action"), ALL_PAIRS)
def test_partner_roles(status: DealStatus, action: DealAction, role: Role) -> None:
    if action in VENDOR_ONLY:
        with pytest.raises(PermissionDenied):
            transition(status, action, role)
    elif (status, action) in LEGAL:
        assert transition(status, action, role) == LEGAL[(status, action)]
    else:
        with pytest.raises(IllegalTransition):
            transition(status, action, role)


def test_terminal_states_have_no_way_out() -> None:
    for status in (S.REJECTED, S.WON, S.LOST, S.EXPIRED, S.WITHDRAWN):
        assert allowed_actions(status, Role.ADMIN) == []


def test_allowed_actions_hide_vendor_actions_from_partners() -> None:
    assert set(allowed_actions(S.SUBMITTED, Role.PARTNER_USER)) == {A.WITHDRAW}
    assert set(allowed_actions(S.SUBMITTED, Role.CHANNEL_MANAGER)) == {A.REQUEST_INFO, A.APPROVE, A.REJECT, A.WITHDRAW}


def test_unknown_values_are_illegal() -> None:
    with pytest.raises(IllegalTransition):
        transition("bogus", A.SUBMIT, Role.ADMIN)
    with pytest.raises(IllegalTransition):
        transition(S.DRAFT, "teleport", Role.ADMIN)
