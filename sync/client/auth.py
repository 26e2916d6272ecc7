"""Signing in to the sync server.

Tokens live only in a `SecretStore` (the OS keyring in production), under a name derived from a random
id of this replica (`install_id` in replica_meta), so two workspaces on one machine keep apart. The
replica keeps the non-secret facts: device id, user, role, partner, server URL.

`AuthSession.request` adds the bearer token; on a 401 it rotates the refresh token once and repeats the
request. Refreshes of one replica are serialised in-process, because presenting a rotated refresh
token twice makes the server revoke every token of the device."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.errors import AuthRequired, ServerError, SyncError
from sync.client.transport import Response, Transport, answer_json, error_code
from sync.protocol import TokenResponse
from workbench.ids import new_id
from workbench.security.roles import Actor, Role
from workbench.security.secrets import SecretStore

SECRET_PREFIX = "sync-tokens:"
EXPIRY_MARGIN = 30.0  # refresh this many seconds before the access token expires

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(name: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(name, threading.Lock())


@dataclass(frozen=True, slots=True)
class SignedIn:
    user_id: str
    device_id: str
    role: str
    partner_id: str | None
    display_name: str
    server_url: str


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str
    refresh_token: str
    access_expires_at: float  # local clock, seconds since the epoch


def install_id(engine: Engine) -> str:
    """This replica's random id (created on first use); names its secrets."""
    value = meta.read(engine, meta.INSTALL_ID)
    if value is not None:
        return value
    with Session(engine) as session, session.begin():
        value = meta.get(session, meta.INSTALL_ID)
        if value is None:
            value = new_id()
            meta.put(session, meta.INSTALL_ID, value)
        return value


def secret_name(engine: Engine) -> str:
    return SECRET_PREFIX + install_id(engine)


def load_tokens(engine: Engine, store: SecretStore) -> Tokens | None:
    raw = store.get(secret_name(engine))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Tokens(str(data["a"]), str(data["r"]), float(data["e"]))
    except (ValueError, KeyError, TypeError):
        return None


def _save_tokens(engine: Engine, store: SecretStore, tokens: Tokens) -> None:
    payload = {"a": tokens.access_token, "r": tokens.refresh_token, "e": tokens.access_expires_at}
    store.set(secret_name(engine), json.dumps(payload, separators=(",", ":")))


def has_tokens(engine: Engine, store: SecretStore) -> bool:
    return load_tokens(engine, store) is not None


def signed_in(engine: Engine) -> SignedIn | None:
    """Who this replica was last signed in as (None before the first login)."""
    with Session(engine) as session:
        user_id = meta.get(session, meta.USER_ID)
        device_id = meta.get(session, meta.DEVICE_ID)
        role = meta.get(session, meta.ROLE)
        if user_id is None or device_id is None or role is None:
            return None
        return SignedIn(
            user_id=user_id,
            device_id=device_id,
            role=role,
            partner_id=meta.get(session, meta.PARTNER_ID) or None,
            display_name=meta.get(session, meta.DISPLAY_NAME) or "",
            server_url=meta.get(session, meta.SERVER_URL) or "",
        )


def signed_in_actor(engine: Engine) -> Actor | None:
    """The actor for local edits on this replica: the signed-in user on this device."""
    who = signed_in(engine)
    if who is None:
        return None
    return Actor(
        user_id=who.user_id,
        role=Role(who.role),
        device_id=who.device_id,
        partner_id=who.partner_id,
        name=who.display_name,
    )


def _parse_tokens(response: Response) -> TokenResponse:
    body = answer_json(response)
    try:
        return TokenResponse.model_validate(body)
    except ValidationError as exc:
        raise ServerError("sync_bad_answer", status=response.status_code) from exc


def _remember(
    engine: Engine, store: SecretStore, answer: TokenResponse, clock: Callable[[], float], server_url: str | None
) -> None:
    _save_tokens(
        engine,
        store,
        Tokens(answer.access_token, answer.refresh_token, clock() + answer.expires_in - EXPIRY_MARGIN),
    )
    values: dict[str, str | None] = {
        meta.DEVICE_ID: answer.device_id,
        meta.USER_ID: answer.user_id,
        meta.ROLE: answer.role,
        meta.PARTNER_ID: answer.partner_id or "",
        meta.DISPLAY_NAME: answer.display_name,
    }
    if server_url is not None:
        values[meta.SERVER_URL] = server_url
    meta.write(engine, **values)


def login(
    engine: Engine,
    transport: Transport,
    store: SecretStore,
    *,
    email: str,
    password: str,
    device_name: str,
    server_url: str = "",
    clock: Callable[[], float] = time.time,
) -> SignedIn:
    """Password login. The device id of an earlier login of this replica is sent again, so the server
    keeps one device (and its client_seq) per installation. Wrong credentials raise
    `AuthRequired("invalid_credentials")`; another user than the replica's raises `sync_other_user`
    (nothing is stored)."""
    device_id = meta.read(engine, meta.DEVICE_ID)
    body: dict[str, Any] = {"email": email, "password": password, "device_name": device_name[:100] or "workbench"}
    if device_id:
        body["device_id"] = device_id
    response = transport.request("POST", "/sync/v1/auth/login", json=body)
    if response.status_code == 401 and device_id and error_code(response) == "device_revoked":
        # This installation's device was revoked; a successful password login registers a new one (its
        # client_seq numbering starts again, which the engine follows).
        del body["device_id"]
        response = transport.request("POST", "/sync/v1/auth/login", json=body)
    if response.status_code == 401:
        code = error_code(response) or "invalid_credentials"
        if code == "device_revoked":
            raise SyncError("sync_device_revoked")
        raise AuthRequired(code)
    answer = _parse_tokens(response)
    previous = meta.read(engine, meta.USER_ID)
    if previous is not None and previous != answer.user_id:
        # A replica (and its outbox) belongs to one user: another user needs their own workspace.
        raise SyncError("sync_other_user")
    _remember(engine, store, answer, clock, server_url)
    who = signed_in(engine)
    assert who is not None
    return who


def logout(engine: Engine, store: SecretStore) -> None:
    """Forget the tokens (the replica and its outbox stay; signing in again continues where it stopped)."""
    store.delete(secret_name(engine))


class AuthSession:
    """Authenticated requests for one replica."""

    def __init__(
        self, engine: Engine, transport: Transport, store: SecretStore, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.engine = engine
        self.transport = transport
        self.store = store
        self.clock = clock
        self._name = secret_name(engine)

    def _tokens(self) -> Tokens:
        tokens = load_tokens(self.engine, self.store)
        if tokens is None:
            raise AuthRequired("not_signed_in")
        return tokens

    def refresh(self, used: Tokens | None = None) -> Tokens:
        """Rotate the refresh token. `used` is the pair a 401 came back for: when another thread already
        rotated it, the newer pair is used instead of presenting the old refresh token again."""
        with _lock_for(self._name):
            current = self._tokens()
            if used is not None and current.access_token != used.access_token:
                return current
            response = self.transport.request(
                "POST", "/sync/v1/auth/refresh", json={"refresh_token": current.refresh_token}
            )
            if response.status_code == 401:
                code = error_code(response) or "invalid_token"
                self.store.delete(self._name)
                if code == "device_revoked":
                    raise SyncError("sync_device_revoked")
                raise AuthRequired(code)
            answer = _parse_tokens(response)
            _remember(self.engine, self.store, answer, self.clock, None)
            return self._tokens()

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
        tokens = self._tokens()
        if tokens.access_expires_at <= self.clock():
            tokens = self.refresh(tokens)
        for attempt in (1, 2):
            all_headers = {**(headers or {}), "Authorization": f"Bearer {tokens.access_token}"}
            response = self.transport.request(method, path, json=json, params=params, headers=all_headers, data=data)
            if response.status_code != 401:
                return response
            if error_code(response) == "device_revoked":
                self.store.delete(self._name)
                raise SyncError("sync_device_revoked")
            if attempt == 1:
                tokens = self.refresh(tokens)
        raise AuthRequired(error_code(response) or "unauthorized")
