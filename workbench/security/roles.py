"""Roles (ARCHITECTURE §1) and who is acting."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.errors import PermissionDenied


class Role(StrEnum):
    ADMIN = "admin"
    CHANNEL_MANAGER = "channel_manager"
    PARTNER_ADMIN = "partner_admin"
    PARTNER_USER = "partner_user"

    @property
    def is_vendor(self) -> bool:
        return self in (Role.ADMIN, Role.CHANNEL_MANAGER)


@dataclass(frozen=True)
class Actor:
    """Who performs a unit of work: the signed-in user, their role, their partner (partner roles) and
    the device. `system` is used by migrations, demo data and server housekeeping."""

    user_id: str
    role: Role
    device_id: str
    partner_id: str | None = None
    name: str = ""

    @property
    def is_vendor(self) -> bool:
        return self.role.is_vendor

    def require_vendor(self, action: str) -> None:
        if not self.is_vendor:
            raise PermissionDenied(action, role=str(self.role))

    def require_role(self, action: str, *roles: Role) -> None:
        if self.role not in roles:
            raise PermissionDenied(action, role=str(self.role))

    def require_partner_access(self, action: str, partner_id: str | None) -> None:
        """Partner roles may act only on their own partner's rows (vendor-wide rows are read-only to them)."""
        if self.is_vendor:
            return
        if partner_id is None or partner_id != self.partner_id:
            raise PermissionDenied(action, role=str(self.role))


SYSTEM = Actor(user_id="system", role=Role.ADMIN, device_id="system", name="System")
