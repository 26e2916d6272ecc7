"""`python main.py sync --workspace DIR --server URL [--email E --password-stdin] [--json]`: a headless sync.

Signs in first when the replica has no tokens (or was signed in to another server): the password is
read from the first line of stdin. Prints a summary (or one JSON object) and exits with
0 done, 1 a retryable failure (network, server), 2 the user must act (sign in, upgrade, bad arguments),
3 the workspace cannot be opened. No tracebacks for expected failures."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from pathlib import Path
from typing import Any, TextIO

from sync.client.auth import has_tokens, login, signed_in
from sync.client.engine import SyncReport, run_sync
from sync.client.errors import SyncError
from sync.client.status import sync_status
from sync.client.transport import RequestsTransport, Transport
from workbench.errors import Cancelled, DatabaseOpenError, UserError
from workbench.paths import Workspace
from workbench.security.secrets import KeyringSecretStore, SecretStore, SecretStoreUnavailable
from workbench.workspace import open_workspace

EXIT_OK = 0
EXIT_RETRYABLE = 1
EXIT_USER = 2
EXIT_WORKSPACE = 3


def add_sync_arguments(parser: argparse.ArgumentParser) -> None:
    """The `sync` sub-command's options (main.py already declares the same ones)."""
    parser.add_argument("--workspace", type=Path, dest="sub_workspace")
    parser.add_argument("--server", required=True)
    parser.add_argument("--email")
    parser.add_argument("--password-stdin", action="store_true")
    parser.add_argument("--json", action="store_true")


def _passphrase(_confirm: bool) -> str:
    value = os.environ.get("WORKBENCH_PASSPHRASE")
    if not value:
        raise UserError("passphrase_required")
    return value


class _Output:
    def __init__(self, as_json: bool, out: TextIO, err: TextIO) -> None:
        self.as_json = as_json
        self.out = out
        self.err = err

    def fail(self, code: str, params: dict[str, Any], exit_code: int) -> int:
        if self.as_json:
            print(json.dumps({"ok": False, "error": code, "params": params}, default=str), file=self.out)
        else:
            detail = ", ".join(f"{k}={v}" for k, v in params.items() if v not in (None, ""))
            print(f"error: {code}" + (f" ({detail})" if detail else ""), file=self.err)
        return exit_code

    def done(self, report: SyncReport, status: dict[str, Any]) -> int:
        if self.as_json:
            print(json.dumps({"ok": True, "report": report.as_json(), "status": status}, default=str), file=self.out)
            return EXIT_OK
        print(
            f"sync done: pushed {report.pushed} ops (applied {report.applied}, merged {report.merged}, "
            f"conflicts {report.conflicts}, rejected {report.rejected}, retry later {report.retry}); "
            f"pulled {report.pulled} changes, {report.deleted} deletions, {report.evicted} evictions",
            file=self.out,
        )
        print(
            f"pending {status['pending_ops']}, rejected {status['rejected_ops']}, "
            f"open conflicts {status['open_conflicts']}",
            file=self.out,
        )
        return EXIT_OK


def sync_command(
    args: argparse.Namespace,
    *,
    store: SecretStore | None = None,
    transport: Transport | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    output = _Output(bool(getattr(args, "json", False)), stdout or sys.stdout, stderr or sys.stderr)
    secrets = store if store is not None else KeyringSecretStore()
    root = getattr(args, "sub_workspace", None) or getattr(args, "workspace", None)
    server: str = args.server
    workspace = Workspace.at(root)
    try:
        engine = open_workspace(workspace, secrets, _passphrase)
    except DatabaseOpenError as exc:
        return output.fail("workspace_unavailable", {"reason": exc.reason, "path": exc.path}, EXIT_WORKSPACE)
    except SecretStoreUnavailable:
        return output.fail("keyring_unavailable", {}, EXIT_WORKSPACE)
    except UserError as exc:
        return output.fail(exc.code, dict(exc.params), EXIT_USER)
    http = transport if transport is not None else RequestsTransport(server)
    try:
        who = signed_in(engine)
        other_server = who is not None and bool(who.server_url) and who.server_url != server
        if other_server or not has_tokens(engine, secrets):
            email = getattr(args, "email", None)
            if not email or not getattr(args, "password_stdin", False):
                return output.fail("sign_in_required", {"hint": "--email E --password-stdin"}, EXIT_USER)
            password = (stdin or sys.stdin).readline().rstrip("\r\n")
            if not password:
                return output.fail("password_missing", {}, EXIT_USER)
            login(
                engine,
                http,
                secrets,
                email=email,
                password=password,
                device_name=socket.gethostname() or "workbench",
                server_url=server,
            )
        report = run_sync(engine, http, secrets, blob_dir=workspace.blobs_dir)
        status = sync_status(engine)
        return output.done(
            report,
            {
                "pending_ops": status.pending_ops,
                "rejected_ops": status.rejected_ops,
                "open_conflicts": status.open_conflicts,
                "last_sync": status.last_sync,
            },
        )
    except SyncError as exc:
        return output.fail(exc.code, dict(exc.params), EXIT_RETRYABLE if exc.retryable else EXIT_USER)
    except SecretStoreUnavailable:
        return output.fail("keyring_unavailable", {}, EXIT_USER)
    except Cancelled:
        return output.fail("cancelled", {}, EXIT_RETRYABLE)
    finally:
        engine.dispose()
