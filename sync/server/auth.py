"""Authentication: argon2 password hashes, HMAC-signed short-lived access tokens, rotated refresh tokens
(stored as SHA-256), device registration and revocation.

Access token: `base64url(json payload) "." base64url(HMAC-SHA256(secret, first part))`, payload
`{"v": 1, "sub": user id, "dev": device id, "role": role, "exp": unix seconds}`. Every authenticated
request also checks the database (user active, device not revoked), so a revocation takes effect at
once and the role and partner come from the database, not from the token."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from sync.server.models import Device, RefreshToken, User
from sync.server.settings import ServerSettings
from workbench.ids import new_id
from workbench.security.roles import Actor, Role

TOKEN_VERSION = 1
# Verified against when the e-mail is unknown, so an unknown user costs the same time as a wrong password.
_DUMMY_PASSWORD = "not-a-password-" + "x" * 16


class AuthError(Exception):
    """Refused credentials. `code`: invalid_credentials, invalid_token, token_expired, device_revoked."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of one request."""

    user_id: str
    role: Role
    partner_id: str | None
    device_id: str
    display_name: str = ""

    @property
    def is_vendor(self) -> bool:
        return self.role.is_vendor

    def actor(self) -> Actor:
        return Actor(
            user_id=self.user_id,
            role=self.role,
            device_id=self.device_id,
            partner_id=self.partner_id,
            name=self.display_name,
        )


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int
    refresh_expires_in: int
    principal: Principal
    refresh_id: str = ""  # the stored row of `refresh_token`


# --- passwords ---------------------------------------------------------------------------------


def hash_password(settings: ServerSettings, password: str) -> str:
    return str(settings.hasher.hash(password))


def _verify_password(settings: ServerSettings, stored: str, password: str) -> bool:
    try:
        return bool(settings.hasher.verify(stored, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def normalize_email(email: str) -> str:
    return email.strip().lower()


def create_user(
    engine: Engine,
    settings: ServerSettings,
    *,
    email: str,
    password: str,
    role: Role,
    partner_id: str | None = None,
    display_name: str = "",
    user_id: str | None = None,
) -> str:
    """Create a server user (server-admin CLI, demo data, tests). Returns the user id (`user_id` when
    given, e.g. the demo channel managers whose ids `partners.owner_id` already holds)."""
    if role.is_vendor and partner_id is not None:
        raise ValueError("vendor roles carry no partner")
    if not role.is_vendor and partner_id is None:
        raise ValueError("partner roles need a partner")
    user_id = user_id or new_id()
    user = User(
        id=user_id,
        email=normalize_email(email),
        password_hash=hash_password(settings, password),
        role=str(role),
        partner_id=partner_id,
        display_name=display_name,
        active=True,
        created_at=settings.clock(),
    )
    with Session(engine) as session, session.begin():
        session.add(user)
    return user_id


# --- access tokens -----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(settings: ServerSettings, body: str) -> str:
    return _b64(hmac.new(settings.secret, body.encode("ascii"), hashlib.sha256).digest())


def issue_access_token(settings: ServerSettings, principal: Principal, now: datetime) -> tuple[str, int]:
    expires_in = int(settings.access_ttl.total_seconds())
    payload = {
        "v": TOKEN_VERSION,
        "sub": principal.user_id,
        "dev": principal.device_id,
        "role": str(principal.role),
        "exp": int(now.timestamp()) + expires_in,
    }
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    return f"{body}.{_sign(settings, body)}", expires_in


def decode_access_token(settings: ServerSettings, token: str, now: datetime) -> tuple[str, str]:
    """Check signature and expiry; returns (user id, device id)."""
    body, sep, signature = token.partition(".")
    if not sep or not body or len(token) > 2048:
        raise AuthError("invalid_token")
    if not hmac.compare_digest(_sign(settings, body).encode("ascii"), signature.encode("ascii", "replace")):
        raise AuthError("invalid_token")
    try:
        payload = json.loads(_unb64(body))
    except (ValueError, binascii.Error) as exc:
        raise AuthError("invalid_token") from exc
    if not isinstance(payload, dict) or payload.get("v") != TOKEN_VERSION:
        raise AuthError("invalid_token")
    sub, dev, exp = payload.get("sub"), payload.get("dev"), payload.get("exp")
    if not isinstance(sub, str) or not isinstance(dev, str) or not isinstance(exp, int):
        raise AuthError("invalid_token")
    if now.timestamp() >= exp:
        raise AuthError("token_expired")
    return sub, dev


def _principal(user: User, device: Device) -> Principal:
    return Principal(
        user_id=user.id,
        role=Role(user.role),
        partner_id=user.partner_id,
        device_id=device.id,
        display_name=user.display_name,
    )


def authenticate(engine: Engine, settings: ServerSettings, token: str) -> Principal:
    """The principal of a bearer token, checked against the database (user active, device live)."""
    user_id, device_id = decode_access_token(settings, token, settings.clock())
    with Session(engine) as session:
        row = session.execute(
            select(User, Device)
            .join(Device, Device.user_id == User.id)
            .where(User.id == user_id, Device.id == device_id)
        ).one_or_none()
        if row is None:
            raise AuthError("invalid_token")
        user, device = row
        if not user.active:
            raise AuthError("invalid_token")
        if device.revoked_at is not None:
            raise AuthError("device_revoked")
        return _principal(user, device)


# --- refresh tokens ----------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _issue(session: Session, settings: ServerSettings, user: User, device: Device, now: datetime) -> Tokens:
    principal = _principal(user, device)
    access, expires_in = issue_access_token(settings, principal, now)
    refresh = secrets.token_urlsafe(32)
    refresh_id = new_id()
    session.add(
        RefreshToken(
            id=refresh_id,
            user_id=user.id,
            device_id=device.id,
            token_hash=_token_hash(refresh),
            expires_at=now + settings.refresh_ttl,
        )
    )
    return Tokens(access, refresh, expires_in, int(settings.refresh_ttl.total_seconds()), principal, refresh_id)


def login(
    engine: Engine,
    settings: ServerSettings,
    *,
    email: str,
    password: str,
    device_name: str,
    device_id: str | None = None,
) -> Tokens:
    """Password login. Unknown user, wrong password and inactive user all raise `invalid_credentials`.
    The first login of an installation registers a device; a known device id of this user is reused."""
    now = settings.clock()
    with Session(engine, expire_on_commit=False) as session, session.begin():
        user = session.execute(select(User).where(User.email == normalize_email(email))).scalar_one_or_none()
        if user is None:
            _verify_password(settings, _dummy_hash(settings), password)
            raise AuthError("invalid_credentials")
        if not _verify_password(settings, user.password_hash, password) or not user.active:
            raise AuthError("invalid_credentials")
        if settings.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(settings, password)
        device = session.get(Device, device_id) if device_id else None
        if device is not None and device.user_id != user.id:
            device = None
        if device is not None and device.revoked_at is not None:
            raise AuthError("device_revoked")
        if device is None:
            device = Device(id=new_id(), user_id=user.id, name=device_name, registered_at=now, next_client_seq=1)
            session.add(device)
            session.flush()
        return _issue(session, settings, user, device, now)


_DUMMY_HASHES: dict[int, str] = {}


def _dummy_hash(settings: ServerSettings) -> str:
    key = id(settings.hasher)
    if key not in _DUMMY_HASHES:
        _DUMMY_HASHES[key] = hash_password(settings, _DUMMY_PASSWORD)
    return _DUMMY_HASHES[key]


def refresh(engine: Engine, settings: ServerSettings, token: str) -> Tokens:
    """Rotate a refresh token: the presented one is revoked and a new pair is issued.

    A token presented again after its rotation is a replay (a stolen copy) and revokes every token of its
    device, except once within `settings.refresh_grace` of the rotation while the token issued for it was
    never used: the client lost the answer of the rotation. Then that unused successor is revoked and a
    fresh pair issued; the presented token loses its grace (a third presentation is a replay)."""
    now = settings.clock()
    outcome = ""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        stored = session.execute(
            select(RefreshToken).where(RefreshToken.token_hash == _token_hash(token)).with_for_update()
        ).scalar_one_or_none()
        if stored is None:
            raise AuthError("invalid_token")
        if stored.revoked_at is not None:
            successor = (
                session.execute(
                    select(RefreshToken).where(RefreshToken.id == stored.replaced_by).with_for_update()
                ).scalar_one_or_none()
                if stored.replaced_by is not None
                else None
            )
            in_grace = now - stored.revoked_at <= settings.refresh_grace
            if successor is None or successor.revoked_at is not None or not in_grace:
                _revoke_device_tokens(session, stored.device_id, now)
                outcome = "replay"
            else:
                successor.revoked_at = now  # never delivered: nobody holds it
                stored.replaced_by = None  # the grace is used up
                outcome = "regrant"
        elif stored.expires_at <= now:
            outcome = "expired"
        if not outcome or outcome == "regrant":
            user = session.get(User, stored.user_id)
            device = session.get(Device, stored.device_id)
            if user is None or device is None or not user.active:
                raise AuthError("invalid_token")
            if device.revoked_at is not None:
                raise AuthError("device_revoked")
            tokens = _issue(session, settings, user, device, now)
            if not outcome:
                stored.revoked_at = now
                stored.replaced_by = tokens.refresh_id
            return tokens
    raise AuthError("token_expired" if outcome == "expired" else "invalid_token")


def _revoke_device_tokens(session: Session, device_id: str, now: datetime) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.device_id == device_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def revoke_device(engine: Engine, settings: ServerSettings, principal: Principal, device_id: str) -> bool:
    """Revoke a device and all its tokens. Allowed to an admin and to the device's own user; anything
    else (including an unknown id) answers False, indistinguishable from not found."""
    now = settings.clock()
    with Session(engine) as session, session.begin():
        device = session.get(Device, device_id)
        if device is None or (principal.role != Role.ADMIN and device.user_id != principal.user_id):
            return False
        if device.revoked_at is None:
            device.revoked_at = now
        _revoke_device_tokens(session, device.id, now)
    return True
