"""Row-level access, computed on the server from the caller for every request (never from client input).

* admin: every row.
* channel_manager: vendor-wide rows (partner_id NULL) and rows of the partners they own
  (`partners.owner_id == user id`).
* partner_admin / partner_user: vendor-wide rows and their own partner's rows.

Writes are narrower than reads: partner roles may write only rows of their own partner (vendor-wide rows
are read-only to them); vendor roles may write what they may read."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from sync.server.auth import Principal
from workbench.db.base import Base, SyncedMixin, model_for_entity
from workbench.security.roles import Role

PARTNER_ENTITY = "partners"


def partner_model() -> type[Base] | None:
    """The partners table (its rows' `partner_id` equals their id), if its model is loaded."""
    try:
        return model_for_entity(PARTNER_ENTITY)
    except KeyError:
        return None


def _owned_partner_ids(principal: Principal) -> Any:
    pm = partner_model()
    if pm is None or not hasattr(pm, "owner_id"):
        return None
    pid: Any = pm.id  # type: ignore[attr-defined]
    owner: Any = pm.owner_id  # type: ignore[attr-defined]
    return select(pid).where(owner == principal.user_id).scalar_subquery()


def visible(model: type[Base], principal: Principal) -> ColumnElement[bool]:
    """SQL filter: the rows of `model` (a synced table) that `principal` may see."""
    if not issubclass(model, SyncedMixin):
        raise TypeError(f"{model.__name__} is not a synced table")
    return scope_visible(model.partner_id, principal)


def scope_visible(col: Any, principal: Principal) -> ColumnElement[bool]:
    """SQL filter on a partner-scope column (NULL = vendor-wide): the scopes `principal` may see."""
    if principal.role == Role.ADMIN:
        return true()
    if principal.role == Role.CHANNEL_MANAGER:
        owned = _owned_partner_ids(principal)
        if owned is None:
            return col.is_(None)  # type: ignore[no-any-return]
        return or_(col.is_(None), col.in_(owned))
    if principal.partner_id is None:
        return col.is_(None)  # type: ignore[no-any-return]
    return or_(col.is_(None), col == principal.partner_id)


def may_see(session: Session, principal: Principal, obj: SyncedMixin) -> bool:
    """The same rule as `visible`, for one loaded row."""
    return may_see_scope(session, principal, obj.partner_id)


def may_see_scope(session: Session, principal: Principal, scope: str | None) -> bool:
    """May `principal` see rows whose access scope is `scope`?"""
    if principal.role == Role.ADMIN or scope is None:
        return True
    if principal.role == Role.CHANNEL_MANAGER:
        return owns_partner(session, principal, scope)
    return principal.partner_id is not None and scope == principal.partner_id


def owns_partner(session: Session, principal: Principal, partner_id: str) -> bool:
    pm = partner_model()
    if pm is None or not hasattr(pm, "owner_id"):
        return False
    partner = session.get(pm, partner_id)
    return partner is not None and getattr(partner, "owner_id", None) == principal.user_id


def may_write_scope(session: Session, principal: Principal, scope: str | None) -> bool:
    """May `principal` write a row whose access scope is `scope`?"""
    if principal.role == Role.ADMIN:
        return True
    if principal.role == Role.CHANNEL_MANAGER:
        return scope is None or owns_partner(session, principal, scope)
    return scope is not None and scope == principal.partner_id
