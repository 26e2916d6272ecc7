"""Errors of the sync client. Each is a `UserError` (a stable code plus parameters, no text), so the UI and
the CLI map them to a message; `retryable` tells the scheduler whether trying again later can help."""

from __future__ import annotations

from typing import Any

from workbench.errors import UserError


class SyncError(UserError):
    """A sync run could not finish. Codes: sync_network, sync_server_error, sync_bad_answer,
    sync_rate_limited, sync_server_busy, sync_auth_required, sync_device_revoked, sync_upgrade_required,
    sync_request_refused."""

    retryable = False

    def __init__(self, code: str, *, retry_after: float | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.retry_after = retry_after
        self.report: object | None = None  # the SyncReport of the run that failed, when there was one


class NetworkError(SyncError):
    """No answer: connection refused, reset, timed out, DNS. The request may or may not have arrived."""

    retryable = True

    def __init__(self, detail: str = "") -> None:
        super().__init__("sync_network", detail=detail)


class ServerError(SyncError):
    """A 5xx answer (a 503 server_busy carries its Retry-After), a 429, or an answer that does not parse:
    worth trying again later."""

    retryable = True


class AuthRequired(SyncError):
    """No usable tokens (never signed in, refresh token expired or revoked): sign in again."""

    def __init__(self, reason: str = "not_signed_in") -> None:
        super().__init__("sync_auth_required", reason=reason)


class UpgradeRequired(SyncError):
    """`hello` answered upgrade_required. `reason`: protocol, schema (upgrade the app) or server_older."""

    def __init__(self, reason: str) -> None:
        super().__init__("sync_upgrade_required", reason=reason)
