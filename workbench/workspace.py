"""Opening a workspace, for the desktop and the CLI (which never touch `workbench.db` directly)."""

from __future__ import annotations

import json

from sqlalchemy import Engine

from workbench.db.keys import MIN_PASSPHRASE, PassphraseProvider
from workbench.db.replica import open_replica
from workbench.paths import Workspace
from workbench.security.secrets import SecretStore, SecretStoreUnavailable

__all__ = ["MIN_PASSPHRASE", "open_workspace", "passphrase_needed"]


def passphrase_needed(ws: Workspace, store: SecretStore) -> str | None:
    """None when the keyring will do; "new" when a passphrase must be chosen (no keyring works on a new
    workspace); "existing" when the workspace was encrypted with a passphrase."""
    if ws.keyinfo_path.exists():
        info = json.loads(ws.keyinfo_path.read_text("utf-8"))
        return "existing" if info.get("mode") == "passphrase" else None
    try:
        store.get("probe")
    except SecretStoreUnavailable:
        return "new"
    return None


def open_workspace(ws: Workspace, store: SecretStore, passphrase: PassphraseProvider | None = None) -> Engine:
    """Open (creating on first use) and upgrade the workspace's encrypted replica."""
    return open_replica(ws, store, passphrase)
