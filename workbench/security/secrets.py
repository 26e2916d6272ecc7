"""Secrets live in the OS keyring behind the `SecretStore` protocol.

On a headless machine keyring's default backend is the fail backend; that surfaces here as
`SecretStoreUnavailable`, which callers answer with the passphrase fallback."""

from __future__ import annotations

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
