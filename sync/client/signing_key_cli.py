"""`python main.py signing-key enrol|import|show`: this computer's signing identity for proof PDFs.

* `enrol [--workspace DIR] [--server URL] [--email E --password-stdin] [--key-type rsa|ec] [--json]`: a new
  key pair and CSR made here, the certificate issued by the server's CA (sync/client/enrol.py). Uses the
  workspace's sign-in; without one (or for another server) signs in first with the password read from the
  first line of stdin.
* `import FILE [--workspace DIR] [--passphrase-stdin] [--json]`: a PKCS#12 file (passphrase from the first
  line of stdin, else WORKBENCH_PKCS12_PASSPHRASE, else asked on the terminal). A certificate unfit for
  signing proofs (expired, not yet valid, without digitalSignature + nonRepudiation) is refused.
* `show [--workspace DIR] [--json]`: subject, issuer, validity, key usages of the stored certificate.

The identity is kept as an encrypted PKCS#12 file in the workspace (keys/signing.p12); only its random
passphrase is in the keyring (with `main.py --demo signing-key ...`: in the demo workspace's secrets file,
as the demo workbench keeps it). Exit codes: 0 done, 1 retryable (network, server), 2 the user must act,
3 the workspace cannot be opened. No tracebacks for expected failures."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import socket
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from sync.client.auth import AuthSession, has_tokens, login, signed_in
from sync.client.enrol import describe_identity, enrol_signing_key, import_signing_identity
from sync.client.errors import SyncError
from sync.client.transport import RequestsTransport, Transport
from workbench.documents.keys import (
    IDENTITY_FILE,
    Identity,
    load_stored_identity,
)
from workbench.errors import DatabaseOpenError, UserError
from workbench.paths import Workspace, default_workspace_dir
from workbench.security.secrets import FileSecretStore, KeyringSecretStore, SecretStore, SecretStoreUnavailable
from workbench.workspace import open_workspace

EXIT_OK, EXIT_RETRYABLE, EXIT_USER, EXIT_WORKSPACE = 0, 1, 2, 3
ENV_PKCS12_PASSPHRASE = "WORKBENCH_PKCS12_PASSPHRASE"
MAX_PKCS12_BYTES = 1024 * 1024
DEMO_SECRETS = "demo-secrets.json"


def add_signing_key_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="key_command", metavar="KEY_COMMAND", required=True)
    e = sub.add_parser("enrol", help="make a key here and have the server's CA certify it")
    e.add_argument("--workspace", type=Path, dest="sub_workspace")
    e.add_argument("--server", help="server URL (default: the one the workspace is signed in to)")
    e.add_argument("--email", help="sign in first as this user (password from stdin)")
    e.add_argument("--password-stdin", action="store_true")
    e.add_argument("--key-type", choices=("rsa", "ec"), default="rsa")
    e.add_argument("--json", action="store_true")
    i = sub.add_parser("import", help="import a PKCS#12 file (.p12/.pfx) as the signing identity")
    i.add_argument("file", type=Path)
    i.add_argument("--workspace", type=Path, dest="sub_workspace")
    i.add_argument("--passphrase-stdin", action="store_true", help="read the file's passphrase from stdin")
    i.add_argument("--json", action="store_true")
    s = sub.add_parser("show", help="show the stored signing certificate")
    s.add_argument("--workspace", type=Path, dest="sub_workspace")
    s.add_argument("--json", action="store_true")


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

    def identity(self, verb: str, identity: Identity, now: datetime) -> int:
        info = describe_identity(identity, now=now)
        if self.as_json:
            print(json.dumps({"ok": True, "action": verb, "certificate": info.as_json()}), file=self.out)
            return EXIT_OK
        lines = [
            f"signing key {verb}" if verb != "show" else "signing key",
            f"  subject:    {info.subject}",
            f"  issuer:     {info.issuer}",
            f"  valid:      {info.not_before:%Y-%m-%d %H:%M} UTC to {info.not_after:%Y-%m-%d %H:%M} UTC",
            f"  key usages: {', '.join(info.key_usages) or '-'}",
            f"  serial:     {info.serial}",
            f"  SHA-256:    {info.sha256_fingerprint}",
        ]
        if info.problems:
            lines.append(f"  problems:   {', '.join(info.problems)}")
        print("\n".join(lines), file=self.out)
        return EXIT_OK


def _passphrase(_confirm: bool) -> str:
    value = os.environ.get("WORKBENCH_PASSPHRASE")
    if not value:
        raise UserError("passphrase_required")
    return value


def signing_key_command(
    args: argparse.Namespace,
    *,
    store: SecretStore | None = None,
    transport: Transport | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    output = _Output(bool(getattr(args, "json", False)), stdout or sys.stdout, stderr or sys.stderr)
    root = getattr(args, "sub_workspace", None) or getattr(args, "workspace", None)
    demo = bool(getattr(args, "demo", False))
    workspace = Workspace.at(root if root is not None or not demo else default_workspace_dir() / "demo")
    identity_file = workspace.root / IDENTITY_FILE
    try:
        secrets: SecretStore
        if store is not None:
            secrets = store
        elif demo:  # a --demo workspace keeps its secrets in a file (as `main.py --demo` does)
            secrets = FileSecretStore(workspace.root / DEMO_SECRETS)
        else:
            secrets = KeyringSecretStore()
        if args.key_command == "show":
            return output.identity("show", load_stored_identity(identity_file, secrets), clock())
        if args.key_command == "import":
            return _import(args, identity_file, secrets, stdin or sys.stdin, output, clock())
        return _enrol(args, workspace, identity_file, secrets, transport, stdin or sys.stdin, output, clock)
    except SyncError as exc:
        return output.fail(exc.code, dict(exc.params), EXIT_RETRYABLE if exc.retryable else EXIT_USER)
    except SecretStoreUnavailable:
        return output.fail("keyring_unavailable", {}, EXIT_USER)
    except UserError as exc:
        return output.fail(exc.code, dict(exc.params), EXIT_USER)


def _import(
    args: argparse.Namespace, identity_file: Path, secrets: SecretStore, stdin: TextIO, output: _Output, now: datetime
) -> int:
    source: Path = args.file
    if not source.is_file():
        raise UserError("file_not_found", field="file", path=str(source)[:300])
    size = source.stat().st_size
    if size > MAX_PKCS12_BYTES:
        raise UserError("file_too_large", field="file", size=size, limit=MAX_PKCS12_BYTES)
    if args.passphrase_stdin:
        passphrase = stdin.readline().rstrip("\r\n")
    else:
        passphrase = os.environ.get(ENV_PKCS12_PASSPHRASE, "")
        if not passphrase and sys.stdin.isatty():
            passphrase = getpass.getpass(f"Passphrase of {source.name}: ")
    identity = import_signing_identity(source.read_bytes(), passphrase.encode(), identity_file, secrets, now=now)
    return output.identity("imported", identity, now)


def _enrol(
    args: argparse.Namespace,
    workspace: Workspace,
    identity_file: Path,
    secrets: SecretStore,
    transport: Transport | None,
    stdin: TextIO,
    output: _Output,
    clock: Callable[[], datetime],
) -> int:
    try:
        engine = open_workspace(workspace, secrets, _passphrase)
    except DatabaseOpenError as exc:
        return output.fail("workspace_unavailable", {"reason": exc.reason, "path": exc.path}, EXIT_WORKSPACE)
    try:
        who = signed_in(engine)
        server: str = args.server or (who.server_url if who is not None else "")
        if not server:
            return output.fail("server_required", {"hint": "--server URL"}, EXIT_USER)
        http = transport if transport is not None else RequestsTransport(server)
        other_server = who is not None and bool(who.server_url) and who.server_url != server
        if other_server or not has_tokens(engine, secrets):
            if not args.email or not args.password_stdin:
                return output.fail("sign_in_required", {"hint": "--email E --password-stdin"}, EXIT_USER)
            password = stdin.readline().rstrip("\r\n")
            if not password:
                return output.fail("password_missing", {}, EXIT_USER)
            login(
                engine,
                http,
                secrets,
                email=args.email,
                password=password,
                device_name=socket.gethostname() or "workbench",
                server_url=server,
            )
        session = AuthSession(engine, http, secrets)
        identity = enrol_signing_key(session, identity_file, secrets, now=clock(), kind=args.key_type)
        return output.identity("enrolled", identity, clock())
    finally:
        engine.dispose()
