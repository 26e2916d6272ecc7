"""The deal registration state machine as a pure function (DOMAIN.md "Deal registration").

draft -> submitted -> (info_requested <-> submitted) -> approved | rejected;
approved -> won | lost | expired; withdrawn from draft or submitted.
Only vendor roles request information, approve, reject or expire. The commands that apply these
transitions are in `workbench.deals.commands`."""

from __future__ import annotations

from workbench.deals.types import DealAction, DealStatus
from workbench.errors import IllegalTransition, PermissionDenied
from workbench.security.roles import Role

ENTITY = "deal_registration"

TRANSITIONS: dict[tuple[DealStatus, DealAction], DealStatus] = {
    (DealStatus.DRAFT, DealAction.SUBMIT): DealStatus.SUBMITTED,
    (DealStatus.SUBMITTED, DealAction.REQUEST_INFO): DealStatus.INFO_REQUESTED,
    (DealStatus.INFO_REQUESTED, DealAction.RESUBMIT): DealStatus.SUBMITTED,
    (DealStatus.SUBMITTED, DealAction.APPROVE): DealStatus.APPROVED,
    (DealStatus.SUBMITTED, DealAction.REJECT): DealStatus.REJECTED,
    (DealStatus.APPROVED, DealAction.WIN): DealStatus.WON,
    (DealStatus.APPROVED, DealAction.LOSE): DealStatus.LOST,
    (DealStatus.APPROVED, DealAction.EXPIRE): DealStatus.EXPIRED,
    (DealStatus.DRAFT, DealAction.WITHDRAW): DealStatus.WITHDRAWN,
    (DealStatus.SUBMITTED, DealAction.WITHDRAW): DealStatus.WITHDRAWN,
}

VENDOR_ACTIONS: frozenset[DealAction] = frozenset(
    {DealAction.REQUEST_INFO, DealAction.APPROVE, DealAction.REJECT, DealAction.EXPIRE}
)


def transition(current: DealStatus | str, action: DealAction | str, role: Role | str) -> DealStatus:
    """The status after `action`, or IllegalTransition / PermissionDenied. The role is checked first:
    a partner role asking for a vendor action is refused whatever the current status."""
    try:
        status = DealStatus(current)
        act = DealAction(action)
        who = Role(role)
    except ValueError:
        raise IllegalTransition(ENTITY, str(current), str(action)) from None
    if act in VENDOR_ACTIONS and not who.is_vendor:
        raise PermissionDenied(f"deal_{act.value}", role=who.value)
    target = TRANSITIONS.get((status, act))
    if target is None:
        raise IllegalTransition(ENTITY, status.value, act.value)
    return target


def allowed_actions(current: DealStatus | str, role: Role | str) -> list[DealAction]:
    """Actions the role may take from `current` (for enabling buttons)."""
    status, who = DealStatus(current), Role(role)
    return [a for (s, a) in TRANSITIONS if s == status and (who.is_vendor or a not in VENDOR_ACTIONS)]
