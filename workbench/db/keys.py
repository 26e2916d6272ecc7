"""The replica key: a random 256-bit raw key kept in the OS keyring, or, where no keyring works,
derived once from a passphrase with Argon2id. A key-check value (HMAC of a fixed label) in the
workspace tells a wrong key from a corrupt file without touching the database."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from workbench.errors import DatabaseOpenError, UserError
from workbench.security.secrets import SecretStore, SecretStoreUnavailable

KEY_BYTES = 32
_CHECK_LABEL = b"partner-workbench replica key check v1"
# Argon2id parameters for the passphrase fallback (RFC 9106 second recommended option).
KDF_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}
MIN_PASSPHRASE = 10

PassphraseProvider = Callable[[bool], str]
"""Called with `confirm=True` when a new passphrase is being set; returns the passphrase."""


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def derive_key(passphrase: str, salt: bytes, params: dict[str, int] | None = None) -> bytes:
    p = params or KDF_PARAMS
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=p["time_cost"],
        memory_cost=p["memory_cost"],
        parallelism=p["parallelism"],
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _secret_name(workspace_id: str) -> str:
    return f"replica-key:{workspace_id}"


def _read_info(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        info: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DatabaseOpenError("corrupt", str(path), f"key info unreadable: {exc}") from exc
    return info


def _write_info(path: Path, info: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(info, indent=2), "utf-8")
    tmp.replace(path)


def load_or_create_key(
    keyinfo_path: Path, store: SecretStore, passphrase: PassphraseProvider | None, *, create: bool
) -> bytes:
    """Return the replica key, creating it (keyring first, passphrase fallback) when `create`."""
    info = _read_info(keyinfo_path)
    if info is None:
        if not create:
            raise DatabaseOpenError("missing_key", str(keyinfo_path), "no key information for this replica")
        return _create(keyinfo_path, store, passphrase)
    mode = info.get("mode")
    if mode == "keyring":
        try:
            hexkey = store.get(_secret_name(info["workspace_id"]))
        except SecretStoreUnavailable as exc:
            raise DatabaseOpenError("missing_key", str(keyinfo_path), f"keyring unavailable: {exc}") from exc
        if not hexkey:
            raise DatabaseOpenError("missing_key", str(keyinfo_path), "the keyring holds no key for this replica")
        key = bytes.fromhex(hexkey)
    elif mode == "passphrase":
        if passphrase is None:
            raise DatabaseOpenError("missing_key", str(keyinfo_path), "a passphrase is needed")
        key = derive_key(passphrase(False), bytes.fromhex(info["salt"]), info.get("kdf_params"))
    else:
        raise DatabaseOpenError("corrupt", str(keyinfo_path), f"unknown key mode {mode!r}")
    if not hmac.compare_digest(key_check(key), str(info.get("check", ""))):
        raise DatabaseOpenError("wrong_key", str(keyinfo_path))
    return key


def _create(keyinfo_path: Path, store: SecretStore, passphrase: PassphraseProvider | None) -> bytes:
    workspace_id = secrets.token_hex(8)
    key = secrets.token_bytes(KEY_BYTES)
    try:
        store.set(_secret_name(workspace_id), key.hex())
        info: dict[str, Any] = {"mode": "keyring", "workspace_id": workspace_id, "check": key_check(key)}
    except SecretStoreUnavailable:
        if passphrase is None:
            raise DatabaseOpenError(
                "missing_key", str(keyinfo_path), "no keyring backend and no passphrase prompt"
            ) from None
        phrase = passphrase(True)
        if len(phrase) < MIN_PASSPHRASE:
            raise UserError("passphrase_too_short", field="passphrase", min=MIN_PASSPHRASE) from None
        salt = secrets.token_bytes(16)
        key = derive_key(phrase, salt)
        info = {
            "mode": "passphrase",
            "workspace_id": workspace_id,
            "salt": salt.hex(),
            "kdf": "argon2id",
            "kdf_params": KDF_PARAMS,
            "check": key_check(key),
        }
    _write_info(keyinfo_path, info)
    return key
