"""Secrets live in the OS keyring behind the `SecretStore` protocol.

On a headless machine keyring's default backend is the fail backend; that surfaces here as
`SecretStoreUnavailable`, which callers answer with the passphrase fallback."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors

SERVICE = "partner-workbench"


class SecretStoreUnavailable(Exception):
    """No working keyring backend on this machine."""


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecretStore:
    """The OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get(self, name: str) -> str | None:
        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc

    def set(self, name: str, value: str) -> None:
        if len(value) > 1000:  # Windows Credential Locker limits secrets to ~1,280 characters
            raise ValueError("secret too long for a portable keyring")
        try:
            keyring.set_password(self.service, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc

    def delete(self, name: str) -> None:
        try:
            keyring.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc


class MemorySecretStore:
    """A process-local store (tests, and `--demo` sessions that must not touch the user's keyring)."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._data.get(name)

    def set(self, name: str, value: str) -> None:
        self._data[name] = value

    def delete(self, name: str) -> None:
        self._data.pop(name, None)


class UnavailableSecretStore:
    """Behaves like a machine without any keyring backend."""

    def get(self, name: str) -> str | None:
        raise SecretStoreUnavailable("no keyring backend")

    def set(self, name: str, value: str) -> None:
        raise SecretStoreUnavailable("no keyring backend")

    def delete(self, name: str) -> None:
        raise SecretStoreUnavailable("no keyring backend")


class FileSecretStore:
    """Secrets in a JSON file of the workspace. Only for `--demo` workspaces, whose data is public demo
    data: the demo must open on machines without a keyring and without asking for a passphrase."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        data: dict[str, str] = json.loads(self.path.read_text("utf-8"))
        return data

    def get(self, name: str) -> str | None:
        return self._load().get(name)

    def set(self, name: str, value: str) -> None:
        data = self._load()
        data[name] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + "." + secrets.token_hex(4))
        tmp.write_text(json.dumps(data), "utf-8")
        tmp.replace(self.path)

    def delete(self, name: str) -> None:
        data = self._load()
        data.pop(name, None)
        self.path.write_text(json.dumps(data), "utf-8")
