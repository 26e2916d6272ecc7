"""Errors the core raises. The core holds no user-visible text: a `UserError` carries a code and
parameters that the UI (or CLI) maps to a translated message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class WorkbenchError(Exception):
    """Base of every error the core raises on purpose."""


class Cancelled(WorkbenchError):
    """A long task was cancelled by the user. Silent by design."""


class UserError(WorkbenchError):
    """Bad input or a forbidden action. `code` is stable and machine-readable."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params: Mapping[str, Any] = dict(params)
        detail = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        super().__init__(f"{code}({detail})" if detail else code)


class NotFound(UserError):
    def __init__(self, entity: str, row_id: str) -> None:
        super().__init__("not_found", entity=entity, id=row_id)


class PermissionDenied(UserError):
    def __init__(self, action: str, **params: Any) -> None:
        super().__init__("permission_denied", action=action, **params)


class IllegalTransition(UserError):
    def __init__(self, entity: str, current: str, target: str) -> None:
        super().__init__("illegal_transition", entity=entity, current=current, target=target)


class DatabaseOpenError(WorkbenchError):
    """The replica cannot be opened: wrong key, locked or corrupt. The file is left untouched.

    `reason` is one of: wrong_key, locked, corrupt, missing_key."""

    def __init__(self, reason: str, path: str, detail: str = "") -> None:
        self.reason = reason
        self.path = path
        self.detail = detail
        super().__init__(f"{reason}: {path}" + (f" ({detail})" if detail else ""))
