"""The central server's FastAPI application.

`create_app(engine, settings)` builds an app with no module-level state: the engine and settings live on
`app.state`, everything correctness depends on is in the database, so several worker processes can serve
one database. The only in-process state is the rate limiter's token buckets (see ratelimit.py).

Endpoints (all under /sync/v1 need `Authorization: Bearer <access token>`, except login and refresh,
whose credentials are the password and the refresh token):
GET /health, POST /sync/v1/hello, POST /sync/v1/auth/login, POST /sync/v1/auth/refresh,
POST /sync/v1/devices/{id}/revoke, POST /sync/v1/push, GET /sync/v1/pull?cursor=&limit=,
GET /sync/v1/snapshot?entity=&after=&limit=, the blob endpoints of blobs.py and the certificate enrolment
endpoints of enrol.py. docs/sync-protocol.md
describes the wire protocol.

Errors are JSON `{"error": code, ...}` (sync.protocol.ErrorBody), never a stack trace."""

from __future__ import annotations

import logging
import time
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import (
    DEFAULT_PULL_LIMIT,
    DEFAULT_SNAPSHOT_LIMIT,
    MAX_PULL_LIMIT,
    MAX_SNAPSHOT_LIMIT,
    PROTOCOL_VERSION,
    BlobStatus,
    ErrorBody,
    HelloRequest,
    HelloResponse,
    HelloStatus,
    LoginRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    SnapshotResponse,
    TokenResponse,
)
from sync.server import auth, blobs, documents, enrol, handlers, validators
from sync.server import models as server_models
from sync.server.auth import AuthError, Principal, Tokens
from sync.server.pull import ResnapshotRequired, pull_json
from sync.server.push import ClientSeqGap, UnknownDevice
from sync.server.push import push as push_ops
from sync.server.ratelimit import TokenBuckets
from sync.server.settings import ServerSettings
from sync.server.snapshot import BadAfter
from sync.server.snapshot import snapshot as snapshot_rows

log = logging.getLogger("sync.server")
MAX_CURSOR = 2**62
BLOB_PREFIX = "/sync/v1/blobs/"
Sha256 = Annotated[str, Path(min_length=64, max_length=64, pattern=r"^[0-9a-f]{64}$")]
_OCTETS = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}

_ = server_models  # the server tables must be on the metadata wherever the app runs


class ApiError(Exception):
    def __init__(self, status: int, code: str, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.headers = headers
        self.extra = extra


BUSY_RETRY_AFTER_S = 2  # Retry-After of a 503 server_busy (every database connection in use)


def _error(status: int, code: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, **extra}, status_code=status, headers=headers)


class BodyLimitAndLog:
    """Pure ASGI middleware: refuses bodies over `max_bytes` with 413 (before the app parses anything)
    and writes one structured log line per request."""

    def __init__(self, app: ASGIApp, max_bytes: int, blob_max_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.blob_max_bytes = blob_max_bytes or max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 0}

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
            await send(message)

        try:
            limit = self.blob_max_bytes if str(scope.get("path", "")).startswith(BLOB_PREFIX) else self.max_bytes
            body = await self._read(scope, receive, limit)
            if isinstance(body, JSONResponse):
                await body(scope, receive, logged_send)
                return
            delivered = False

            async def replay() -> Message:
                nonlocal delivered
                if not delivered:
                    delivered = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            await self.app(scope, replay, logged_send)
        finally:
            state = scope.get("state")
            log.info(
                "request",
                extra={
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status["code"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "user_id": state.get("user_id") if isinstance(state, dict) else None,
                },
            )

    async def _read(self, scope: Scope, receive: Receive, max_bytes: int) -> bytes | JSONResponse:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return _error(400, "bad_content_length")
                if declared > max_bytes:
                    return _error(413, "body_too_large", limit=max_bytes)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_bytes:
                return _error(413, "body_too_large", limit=max_bytes)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _token_response(tokens: Tokens) -> TokenResponse:
    p = tokens.principal
    return TokenResponse(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
        refresh_expires_in=tokens.refresh_expires_in,
        user_id=p.user_id,
        device_id=p.device_id,
        role=str(p.role),
        partner_id=p.partner_id,
        display_name=p.display_name,
    )


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    413: {"model": ErrorBody},
    422: {"model": ErrorBody},
    429: {"model": ErrorBody},
}


_bearer = HTTPBearer(auto_error=False)


def _limit(buckets: TokenBuckets, key: str) -> None:
    wait = buckets.take(key)
    if wait > 0:
        raise ApiError(429, "rate_limited", {"Retry-After": str(max(1, int(wait + 0.999)))})


def current_principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Principal:
    """The caller of an authenticated endpoint (401 without a valid, live token; 429 over the rate)."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "unauthorized", challenge)
    state = request.app.state
    try:
        principal = auth.authenticate(state.engine, state.settings, credentials.credentials)
    except AuthError as exc:
        raise ApiError(401, exc.code, challenge) from exc
    request.state.user_id = principal.user_id  # for the request log line
    _limit(state.user_buckets, principal.user_id)
    return principal


Authed = Annotated[Principal, Depends(current_principal)]


def create_app(engine: Engine, settings: ServerSettings) -> FastAPI:
    """The server app on `engine`. The caller (the composition root) has migrated the database and
    imported every model module (`workbench.db.registry.load_all()`), so every synced table syncs."""
    handlers.register_all()
    validators.register_all()
    documents.configure(engine, settings)
    app = FastAPI(title="Partner Workbench sync server", version=str(PROTOCOL_VERSION), responses=ERRORS)
    app.state.engine = engine
    app.state.settings = settings
    app.state.user_buckets = TokenBuckets(settings.rate_per_second, settings.rate_burst)
    app.state.login_buckets = TokenBuckets(settings.login_rate_per_second, settings.login_burst)
    app.add_middleware(BodyLimitAndLog, max_bytes=settings.max_body_bytes, blob_max_bytes=settings.max_blob_chunk_bytes)

    # --- errors --------------------------------------------------------------------------------

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.headers, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [
            {
                "loc": [str(p) for p in err.get("loc", ())],
                "msg": str(err.get("msg", "")),
                "type": str(err.get("type", "")),
            }
            for err in exc.errors()[:20]
        ]
        return _error(422, "invalid_request", detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        headers = dict(exc.headers) if exc.headers else None
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), headers)

    @app.exception_handler(PoolTimeoutError)
    async def _busy(request: Request, exc: PoolTimeoutError) -> JSONResponse:
        # Every pooled database connection stayed busy for the pool's timeout: the server is overloaded, not
        # broken. The client sends the same request again after Retry-After (a push is idempotent by op_id).
        log.warning("database pool exhausted", extra={"path": request.url.path, "detail": str(exc)[:200]})
        return _error(503, "server_busy", {"Retry-After": str(BUSY_RETRY_AFTER_S)})

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc, extra={"path": request.url.path})
        return _error(500, "internal")

    def _client_key(request: Request) -> str:
        return request.client.host if request.client is not None else "unknown"

    # --- routes --------------------------------------------------------------------------------

    @app.get("/health")
    def health() -> dict[str, str]:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok"}

    @app.post("/sync/v1/auth/login", response_model=TokenResponse)
    def login(body: LoginRequest, request: Request) -> TokenResponse:
        _limit(app.state.login_buckets, _client_key(request))
        try:
            tokens = auth.login(
                engine,
                settings,
                email=body.email,
                password=body.password,
                device_name=body.device_name,
                device_id=body.device_id,
            )
        except AuthError as exc:
            raise ApiError(401, exc.code) from exc
        return _token_response(tokens)

    @app.post("/sync/v1/auth/refresh", response_model=TokenResponse)
    def refresh(body: RefreshRequest, request: Request) -> TokenResponse:
        _limit(app.state.login_buckets, _client_key(request))
        try:
            tokens = auth.refresh(engine, settings, body.refresh_token)
        except AuthError as exc:
            raise ApiError(401, exc.code) from exc
        return _token_response(tokens)

    @app.post("/sync/v1/devices/{device_id}/revoke", responses={404: {"model": ErrorBody}})
    def revoke(device_id: Annotated[str, Path(max_length=36)], principal: Authed) -> dict[str, str]:
        if not auth.revoke_device(engine, settings, principal, device_id):
            raise ApiError(404, "not_found")
        return {"status": "revoked"}

    @app.post("/sync/v1/hello", response_model=HelloResponse)
    def hello(body: HelloRequest, principal: Authed) -> HelloResponse:
        with Session(engine) as session:
            device = session.get(server_models.Device, principal.device_id)
            horizon = (
                session.execute(
                    select(server_models.SeqCounter.horizon).where(server_models.SeqCounter.id == 1)
                ).scalar_one_or_none()
                or 0
            )
        status, reason = HelloStatus.OK, None
        if body.protocol_version != PROTOCOL_VERSION:
            status = HelloStatus.UPGRADE_REQUIRED
            reason = "server_older" if body.protocol_version > PROTOCOL_VERSION else "protocol"
        elif body.schema_version < settings.min_schema_version:
            status, reason = HelloStatus.UPGRADE_REQUIRED, "schema"
        elif body.schema_version > settings.schema_version:
            status, reason = HelloStatus.UPGRADE_REQUIRED, "server_older"
        elif body.cursor is not None and body.cursor < horizon:
            status, reason = HelloStatus.RESNAPSHOT, "log_window"
        return HelloResponse(
            status=status,
            reason=reason,
            protocol_version=PROTOCOL_VERSION,
            schema_version=settings.schema_version,
            min_schema_version=settings.min_schema_version,
            server_time=settings.clock(),
            user_id=principal.user_id,
            role=str(principal.role),
            partner_id=principal.partner_id,
            device_id=principal.device_id,
            next_client_seq=device.next_client_seq if device is not None else 1,
        )

    @app.post("/sync/v1/push", response_model=PushResponse, responses={409: {"model": ErrorBody}})
    def push(body: PushRequest, principal: Authed) -> PushResponse:
        try:
            return push_ops(engine, settings, principal, body)
        except ClientSeqGap as exc:
            raise ApiError(409, "client_seq_gap", expected=exc.expected) from exc
        except UnknownDevice as exc:
            raise ApiError(403, "device_mismatch") from exc

    @app.get("/sync/v1/snapshot", response_model=SnapshotResponse, responses={400: {"model": ErrorBody}})
    def snapshot(
        principal: Authed,
        entity: Annotated[str | None, Query(max_length=64)] = None,
        after: Annotated[str | None, Query(max_length=110)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_SNAPSHOT_LIMIT)] = DEFAULT_SNAPSHOT_LIMIT,
    ) -> SnapshotResponse:
        try:
            return snapshot_rows(engine, principal, entity, after, limit)
        except BadAfter as exc:
            raise ApiError(400, str(exc)) from exc

    @app.get("/sync/v1/pull", response_model=PullResponse, responses={409: {"model": ErrorBody}})
    def pull(
        principal: Authed,
        cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    ) -> Response:
        # The page is serialised once by pull_json (documented as PullResponse by response_model).
        try:
            return Response(pull_json(engine, principal, cursor, limit), media_type="application/json")
        except ResnapshotRequired as exc:
            raise ApiError(409, "resnapshot_required", horizon=exc.horizon) from exc

    # --- blobs ---------------------------------------------------------------------------------

    def _blob_error(exc: blobs.BlobError) -> ApiError:
        return ApiError(exc.status, exc.code, **exc.extra)

    blob_errors: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorBody} for code in (400, 404, 409, 413, 422, 503)
    }

    @app.get(BLOB_PREFIX + "{sha256}/status", response_model=BlobStatus, responses=blob_errors)
    def blob_status(sha256: Sha256, principal: Authed) -> BlobStatus:
        try:
            return blobs.status(engine, settings, principal, sha256)
        except blobs.BlobError as exc:
            raise _blob_error(exc) from exc

    # PUT is the documented method; POST is the same handler for HTTP stacks that cannot send PUT. Each has
    # its own operation id so the OpenAPI document stays valid for client generators.
    @app.put(
        BLOB_PREFIX + "{sha256}",
        response_model=BlobStatus,
        responses=blob_errors,
        openapi_extra=_OCTETS,
        operation_id="blob_put",
    )
    @app.post(
        BLOB_PREFIX + "{sha256}",
        response_model=BlobStatus,
        responses=blob_errors,
        openapi_extra=_OCTETS,
        operation_id="blob_post",
    )
    async def blob_put(
        sha256: Sha256,
        request: Request,
        principal: Authed,
        offset: Annotated[int, Query(ge=0, le=2**53)],
        size: Annotated[int, Query(ge=1, le=2**53)],
    ) -> BlobStatus:
        data = await request.body()
        try:
            return await run_in_threadpool(blobs.put_chunk, settings, principal, sha256, offset, size, data)
        except blobs.BlobError as exc:
            raise _blob_error(exc) from exc

    @app.get(
        BLOB_PREFIX + "{sha256}",
        response_class=FileResponse,
        responses={**blob_errors, 200: {"content": {"application/octet-stream": {}}}},
    )
    def blob_get(sha256: Sha256, principal: Authed) -> FileResponse:
        try:
            path = blobs.download_path(engine, settings, principal, sha256)
        except blobs.BlobError as exc:
            raise _blob_error(exc) from exc
        return FileResponse(path, media_type="application/octet-stream")

    # --- signing-key enrolment (enrol.py) ------------------------------------------------------

    app.include_router(
        enrol.router(engine, settings, current_principal, lambda r: _limit(app.state.login_buckets, _client_key(r)))
    )

    return app
