"""Workspace layout. `WORKBENCH_HOME` overrides the default location (platformdirs otherwise)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PartnerWorkbench"


def default_workspace_dir() -> Path:
    env = os.environ.get("WORKBENCH_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def at(cls, root: Path | str | None = None) -> Workspace:
        return cls(Path(root).expanduser().resolve() if root is not None else default_workspace_dir())

    @property
    def replica_path(self) -> Path:
        return self.root / "replica.db"

    @property
    def keyinfo_path(self) -> Path:
        return self.root / "replica.key.json"

    @property
    def blobs_dir(self) -> Path:
        return self.root / "blobs"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> Workspace:
        for d in (self.root, self.blobs_dir, self.logs_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self
