"""Opening the laptop replica of a workspace: key (keyring or passphrase), engine, schema upgrade."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from sqlalchemy import Engine

from workbench.db.engine import replica_engine
from workbench.db.keys import PassphraseProvider, load_or_create_key
from workbench.db.migrate import upgrade
from workbench.paths import Workspace
from workbench.security.secrets import SecretStore


def open_replica(
    workspace: Workspace, store: SecretStore, passphrase: PassphraseProvider | None = None, *, migrate: bool = True
) -> Engine:
    """Open (creating on first use) the encrypted replica and bring its schema to head.

    Raises `DatabaseOpenError` (wrong_key, locked, corrupt, missing_key) and leaves the file untouched."""
    workspace.ensure()
    fresh = not workspace.replica_path.exists()
    key = load_or_create_key(workspace.keyinfo_path, store, passphrase, create=fresh)
    engine = replica_engine(workspace.replica_path, key, key_verified=True)
    if migrate:
        upgrade(engine)
    return engine


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
