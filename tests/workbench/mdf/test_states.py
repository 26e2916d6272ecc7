"""The request and claim state machines, table-driven over every (status, action) pair."""

from __future__ import annotations

import itertools

import pytest

from workbench.errors import IllegalTransition, PermissionDenied, UserError
from workbench.mdf.states import ACTIONS, transition
from workbench.mdf.types import ClaimStatus, RequestStatus
from workbench.security.roles import Role

VENDOR = (Role.ADMIN, Role.CHANNEL_MANAGER)
PARTNER = (Role.PARTNER_ADMIN, Role.PARTNER_USER)
EVERYONE = VENDOR + PARTNER

# (current, action) -> (next, roles allowed): the legal paths of DOMAIN.md and nothing else.
REQUEST_LEGAL = {
    ("draft", "submit"): ("submitted", EVERYONE),
    ("submitted", "request_info"): ("info_requested", VENDOR),
    ("info_requested", "submit"): ("submitted", EVERYONE),
    ("submitted", "approve"): ("approved", VENDOR),
    ("submitted", "reject"): ("rejected", VENDOR),
    ("approved", "expire"): ("expired", VENDOR),
}
CLAIM_LEGAL = {
    ("draft", "submit"): ("submitted", EVERYONE),
    ("submitted", "request_info"): ("info_requested", VENDOR),
    ("info_requested", "submit"): ("submitted", EVERYONE),
    ("submitted", "approve"): ("approved", VENDOR),
    ("submitted", "reject"): ("rejected", VENDOR),
    ("approved", "pay"): ("paid", VENDOR),
}
ALL_ACTIONS = sorted(ACTIONS | {"withdraw", "reopen"})

CASES = [("request", str(s), a, r) for s, a, r in itertools.product(RequestStatus, ALL_ACTIONS, Role)] + [
    ("claim", str(s), a, r) for s, a, r in itertools.product(ClaimStatus, ALL_ACTIONS, Role)
]


@pytest.mark.parametrize(("kind", "current", "action", "role"), CASES)
def test_transition_table(kind: str, current: str, action: str, role: Role) -> None:
    legal = (REQUEST_LEGAL if kind == "request" else CLAIM_LEGAL).get((current, action))
    if legal is None:
        with pytest.raises(IllegalTransition) as err:
            transition(kind, current, action, role)  # type: ignore[arg-type]
        assert err.value.params["current"] == current
        assert err.value.params["entity"] == ("mdf_requests" if kind == "request" else "mdf_claims")
    elif role in legal[1]:
        assert transition(kind, current, action, role) == legal[0]  # type: ignore[arg-type]
    else:
        with pytest.raises(PermissionDenied):
            transition(kind, current, action, role)  # type: ignore[arg-type]


def test_terminal_states_have_no_way_out() -> None:
    for kind, terminals in (("request", ("rejected", "expired")), ("claim", ("rejected", "paid"))):
        for status in terminals:
            for action in ALL_ACTIONS:
                with pytest.raises(IllegalTransition):
                    transition(kind, status, action, Role.ADMIN)  # type: ignore[arg-type]


def test_approved_claim_cannot_go_back() -> None:
    for action in ("submit", "request_info", "reject", "approve"):
        with pytest.raises(IllegalTransition):
            transition("claim", "approved", action, Role.ADMIN)


def test_unknown_kind_and_status() -> None:
    with pytest.raises(UserError, match="invalid_choice"):
        transition("deal", "draft", "submit", Role.ADMIN)  # type: ignore[arg-type]
    with pytest.raises(UserError, match="invalid_choice"):
        transition("request", "won", "submit", Role.ADMIN)
