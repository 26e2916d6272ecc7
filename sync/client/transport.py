"""How the sync client talks HTTP. Everything goes through a `Transport`, so tests and the fault suite
can wrap one (drop answers, duplicate, delay, cut) without touching the engine."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import requests  # type: ignore[import-untyped]

from sync.client.errors import NetworkError, ServerError, SyncError

DEFAULT_TIMEOUT = (5.0, 60.0)  # (connect, read) seconds


class Response(Protocol):
    """What the engine needs of an HTTP answer (a `requests.Response` fits)."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    def json(self) -> Any: ...


class Transport(Protocol):
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        data: bytes | None = None,
    ) -> Response:
        """Send one request to `path` (relative to the server's base URL). Raises `NetworkError` when
        no answer arrives; any HTTP status is an answer."""
        ...


class RequestsTransport:
    """A `requests.Session` against `base_url` with connect/read timeouts."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = session if session is not None else requests.Session()
        self.session.headers["User-Agent"] = "partner-workbench-sync/1"

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        data: bytes | None = None,
    ) -> Response:
        url = self.base_url + (path if path.startswith("/") else "/" + path)
        try:
            response: Response = self.session.request(
                method,
                url,
                json=json,
                params=dict(params) if params is not None else None,
                headers=dict(headers) if headers is not None else None,
                data=data,
                timeout=self.timeout,
            )
        except requests.RequestException as exc:
            raise NetworkError(type(exc).__name__) from exc
        return response

    def close(self) -> None:
        self.session.close()


def error_code(response: Response) -> str:
    """The `error` code of a 4xx/5xx JSON body (sync.protocol.ErrorBody), or "" when there is none."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return str(body["error"])
    return ""


def answer_json(response: Response) -> Any:
    """The JSON body of a 2xx answer; any other answer raises the matching `SyncError`."""
    status = response.status_code
    if status == 429:
        raw = response.headers.get("Retry-After", "")
        retry_after = float(raw) if raw.replace(".", "", 1).isdigit() else None
        raise ServerError("sync_rate_limited", retry_after=retry_after)
    if status == 503 and response.headers.get("Retry-After", "").isdigit():
        raise ServerError("sync_server_busy", retry_after=float(response.headers["Retry-After"]))
    if status >= 500:
        raise ServerError("sync_server_error", status=status, error=error_code(response))
    if status >= 400 or status < 200:
        raise SyncError("sync_request_refused", status=status, error=error_code(response))
    try:
        return response.json()
    except ValueError as exc:
        raise ServerError("sync_bad_answer", status=status) from exc
