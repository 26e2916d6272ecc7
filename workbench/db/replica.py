"""Opening the laptop replica of a workspace: key (keyring or passphrase), engine, schema upgrade."""

from __future__ import annotations

from sqlalchemy import Engine

from workbench.db.engine import replica_engine
from workbench.db.keys import PassphraseProvider, load_or_create_key
from workbench.db.migrate import upgrade_if_needed
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
        upgrade_if_needed(engine)
    return engine
