"""The command line, run as a user would: help, version, seeding a workspace, verifying its audit chain,
clear errors for a wrong passphrase and for commands of later issues."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**base, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_help_lists_commands() -> None:
    res = _run("--help")
    assert res.returncode == 0
    for cmd in ("seed-demo", "serve", "server-admin", "sync", "verify-pdf", "audit-verify", "--workspace", "--demo"):
        assert cmd in res.stdout
    assert _run("--version").stdout.startswith("Partner Workbench ")


def test_seed_and_verify_with_passphrase_fallback(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    env = {"WORKBENCH_PASSPHRASE": "a long enough passphrase"}
    res = _run(
        "seed-demo",
        "--workspace",
        str(ws),
        "--partners",
        "20",
        "--deals",
        "40",
        "--training-events",
        "30",
        "--mdf-requests",
        "10",
        "--json",
        env=env,
    )
    assert res.returncode == 0, res.stderr
    counts = json.loads(res.stdout.strip().splitlines()[-1])["counts"]
    assert counts["partners"] == 20 and counts["deal_registrations"] == 40
    replica = ws / "replica.db"
    assert not replica.read_bytes().startswith(b"SQLite format 3\x00")
    res = _run("audit-verify", "--workspace", str(ws), "--json", env=env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["ok"] is True
    before = replica.read_bytes()
    res = _run("audit-verify", "--workspace", str(ws), env={"WORKBENCH_PASSPHRASE": "the wrong passphrase"})
    assert res.returncode == 3
    assert "wrong_key" in res.stderr and "Traceback" not in res.stderr
    assert replica.read_bytes() == before


def test_no_keyring_and_no_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    res = _run("seed-demo", "--workspace", str(tmp_path / "ws"))
    assert res.returncode != 0
    assert "passphrase" in (res.stderr + res.stdout).lower()
    assert "Traceback" not in res.stderr


def test_bad_arguments_are_refused() -> None:
    res = _run("server-admin", "--db", "sqlite://", "create-user", "--email", "x@y.de", "--role", "king")
    assert res.returncode == 2 and "invalid choice" in res.stderr
