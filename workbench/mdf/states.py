"""The MDF state machines (DOMAIN.md): legal paths and who may take them. Pure."""

from __future__ import annotations

from typing import Literal

from workbench.errors import IllegalTransition, PermissionDenied, UserError
from workbench.mdf.types import ClaimStatus, RequestStatus
from workbench.security.roles import Role

Kind = Literal["request", "claim"]

ALL_ROLES: frozenset[Role] = frozenset(Role)
VENDOR_ROLES: frozenset[Role] = frozenset(r for r in Role if r.is_vendor)

# (current, action) -> (next, roles allowed)
REQUEST_TRANSITIONS: dict[tuple[str, str], tuple[str, frozenset[Role]]] = {
    (RequestStatus.DRAFT, "submit"): (RequestStatus.SUBMITTED, ALL_ROLES),
    (RequestStatus.SUBMITTED, "request_info"): (RequestStatus.INFO_REQUESTED, VENDOR_ROLES),
    (RequestStatus.INFO_REQUESTED, "submit"): (RequestStatus.SUBMITTED, ALL_ROLES),
    (RequestStatus.SUBMITTED, "approve"): (RequestStatus.APPROVED, VENDOR_ROLES),
    (RequestStatus.SUBMITTED, "reject"): (RequestStatus.REJECTED, VENDOR_ROLES),
    (RequestStatus.APPROVED, "expire"): (RequestStatus.EXPIRED, VENDOR_ROLES),
}

CLAIM_TRANSITIONS: dict[tuple[str, str], tuple[str, frozenset[Role]]] = {
    (ClaimStatus.DRAFT, "submit"): (ClaimStatus.SUBMITTED, ALL_ROLES),
    (ClaimStatus.SUBMITTED, "request_info"): (ClaimStatus.INFO_REQUESTED, VENDOR_ROLES),
    (ClaimStatus.INFO_REQUESTED, "submit"): (ClaimStatus.SUBMITTED, ALL_ROLES),
    (ClaimStatus.SUBMITTED, "approve"): (ClaimStatus.APPROVED, VENDOR_ROLES),
    (ClaimStatus.SUBMITTED, "reject"): (ClaimStatus.REJECTED, VENDOR_ROLES),
    (ClaimStatus.APPROVED, "pay"): (ClaimStatus.PAID, VENDOR_ROLES),
}

_TABLES: dict[str, tuple[str, dict[tuple[str, str], tuple[str, frozenset[Role]]], frozenset[str]]] = {
    "request": ("mdf_requests", REQUEST_TRANSITIONS, frozenset(RequestStatus)),
    "claim": ("mdf_claims", CLAIM_TRANSITIONS, frozenset(ClaimStatus)),
}

ACTIONS: frozenset[str] = frozenset(a for _, a in (*REQUEST_TRANSITIONS, *CLAIM_TRANSITIONS))


def transition(kind: Kind, current: str, action: str, role: Role) -> str:
    """The status after `action` from `current`; IllegalTransition for a path DOMAIN.md does not allow,
    PermissionDenied when `role` may not take a legal path."""
    try:
        entity, table, statuses = _TABLES[kind]
    except KeyError:
        raise UserError("invalid_choice", field="kind", value=str(kind)[:50], allowed=sorted(_TABLES)) from None
    if current not in statuses:
        raise UserError("invalid_choice", field="status", value=str(current)[:50], allowed=sorted(statuses))
    step = table.get((current, action))
    if step is None:
        raise IllegalTransition(entity, str(current), str(action))
    target, roles = step
    if role not in roles:
        raise PermissionDenied(f"{kind}.{action}", role=str(role))
    return target
