"""The quality gates run inside the suite: ruff (lint and format), mypy strict for workbench and sync,
the import-linter layer contracts, and `alembic check` (models and migrations agree)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.xdist_group("gates")


def _run(*cmd: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def test_ruff_lint() -> None:
    res = _run(str(BIN / "ruff"), "check", ".")
    assert res.returncode == 0, res.stdout + res.stderr


def test_ruff_format() -> None:
    res = _run(str(BIN / "ruff"), "format", "--check", ".")
    assert res.returncode == 0, res.stdout + res.stderr


def test_mypy_strict() -> None:
    res = _run(str(BIN / "mypy"))
    assert res.returncode == 0, res.stdout + res.stderr


def test_import_contracts() -> None:
    res = _run(str(BIN / "lint-imports"))
    assert res.returncode == 0, res.stdout + res.stderr


def test_alembic_check_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'check.db'}"
    up = _run(str(BIN / "alembic"), "-x", f"url={url}", "upgrade", "head")
    assert up.returncode == 0, up.stdout + up.stderr
    res = _run(str(BIN / "alembic"), "-x", f"url={url}", "check")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "No new upgrade operations detected" in res.stdout + res.stderr


def test_alembic_check_postgres(pg_schema: str) -> None:
    up = _run(str(BIN / "alembic"), "-x", f"url={pg_schema}", "upgrade", "head")
    assert up.returncode == 0, up.stdout + up.stderr
    res = _run(str(BIN / "alembic"), "-x", f"url={pg_schema}", "check")
    assert res.returncode == 0, res.stdout + res.stderr
