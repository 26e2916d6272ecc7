"""Partner Workbench composition root: parse the command line, set up paths and logging, open and
migrate the replica, wire the layers, then start the desktop UI or a server/CLI command."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workbench import __version__

log = logging.getLogger("workbench")

EXIT_OK, EXIT_USER_ERROR, EXIT_DB_ERROR = 0, 2, 3

DESCRIPTION = """Partner Workbench: an offline-first partner relationship management workbench.

Without a command the desktop workbench opens on the workspace (--workspace, WORKBENCH_HOME, or the
platform's data directory)."""

EPILOG = """examples:
  python main.py                                  open the workbench
  python main.py --demo                           workbench on a demo workspace with demo data
  python main.py seed-demo --workspace DIR --partners 200 --deals 3000
  python main.py serve --db sqlite:///server.db   run the central server
  python main.py audit-verify --workspace DIR     check the audit log's hash chain
  python main.py signing-key enrol --workspace DIR  certify a new signing key with the server's CA
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="partner-workbench",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"Partner Workbench {__version__}")
    p.add_argument("--workspace", type=Path, help="workspace directory (default: WORKBENCH_HOME or platform data dir)")
    p.add_argument("--demo", action="store_true", help="open a demo workspace filled with demo data")
    p.add_argument("--lang", choices=("en", "de"), help="user interface language (default: system locale)")
    p.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("seed-demo", help="fill a local replica with deterministic demo data")
    s.add_argument("--workspace", type=Path, dest="sub_workspace", required=False)
    s.add_argument("--partners", type=int, default=200)
    s.add_argument("--deals", type=int, default=3000)
    s.add_argument("--training-events", type=int, default=5000)
    s.add_argument("--mdf-requests", type=int, default=400)
    s.add_argument("--seed", type=int, default=42)
    s.add_argument("--json", action="store_true", help="machine-readable output")

    a = sub.add_parser("audit-verify", help="verify the hash chain of the replica's audit log")
    a.add_argument("--workspace", type=Path, dest="sub_workspace", required=False)
    a.add_argument("--json", action="store_true")

    sv = sub.add_parser("serve", help="run the central sync server")
    sv.add_argument("--db", required=True, help="database URL (postgresql+psycopg://... or sqlite:///file)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8765)
    sv.add_argument("--blob-dir", type=Path)
    sv.add_argument("--workers", type=int, default=1)

    sa = sub.add_parser("server-admin", help="administer the central server's database")
    sa.add_argument("--db", required=True)
    sa_sub = sa.add_subparsers(dest="admin_command", metavar="ADMIN_COMMAND", required=True)
    cu = sa_sub.add_parser("create-user", help="create a user (password read from stdin)")
    cu.add_argument("--email", required=True)
    cu.add_argument("--role", required=True, choices=("admin", "channel_manager", "partner_admin", "partner_user"))
    cu.add_argument("--partner-id")
    sd = sa_sub.add_parser("seed-demo", help="fill the server database with demo data and demo users")
    sd.add_argument("--partners", type=int, default=200)
    sd.add_argument("--password", help="password of the demo users (default: demo-password-1)")

    sy = sub.add_parser("sync", help="synchronise a workspace with the server, headless")
    sy.add_argument("--workspace", type=Path, dest="sub_workspace")
    sy.add_argument("--server", required=True)
    sy.add_argument("--email")
    sy.add_argument("--password-stdin", action="store_true")
    sy.add_argument("--json", action="store_true")

    sk = sub.add_parser("signing-key", help="enrol, import or show this computer's key for signing proof PDFs")
    from sync.client.signing_key_cli import add_signing_key_arguments

    add_signing_key_arguments(sk)

    vp = sub.add_parser("verify-pdf", help="verify the signatures of a proof-of-execution PDF")
    from workbench.documents.cli import add_verify_pdf_arguments

    add_verify_pdf_arguments(vp)
    return p


def _workspace_dir(args: argparse.Namespace) -> Path | None:
    sub_ws: Path | None = getattr(args, "sub_workspace", None)
    ws: Path | None = args.workspace
    return sub_ws or ws


def _cli_passphrase(confirm: bool) -> str:
    env = os.environ.get("WORKBENCH_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise SystemExit("error: no keyring is available and no passphrase was given (set WORKBENCH_PASSPHRASE)")
    first = getpass.getpass("Passphrase for the encrypted workspace: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise SystemExit("error: the passphrases differ")
    return first


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(payload, default=str))
    else:
        print(text)


def _open(workspace_dir: Path | None, demo: bool = False) -> Any:
    from workbench.paths import Workspace
    from workbench.security.secrets import FileSecretStore, KeyringSecretStore
    from workbench.workspace import open_workspace

    ws = Workspace.at(workspace_dir)
    store: Any = FileSecretStore(ws.root / "demo-secrets.json") if demo else KeyringSecretStore()
    return ws, open_workspace(ws, store, _cli_passphrase)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from workbench.demo import DemoSizes, seed_demo

    _ws, engine = _open(_workspace_dir(args))
    sizes = DemoSizes(
        partners=args.partners, deals=args.deals, training_events=args.training_events, mdf_requests=args.mdf_requests
    )
    counts = seed_demo(engine, sizes, seed=args.seed)
    _emit(args, {"ok": True, "counts": counts}, "seeded: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from workbench.audit.chain import verify

    _ws, engine = _open(_workspace_dir(args))
    with Session(engine) as s:
        report = verify(s)
    problems = [{"seq": p.seq, "kind": p.kind, "detail": p.detail} for p in report.problems]
    _emit(
        args,
        {"ok": report.ok, "entries": report.entries, "problems": problems},
        f"audit log: {report.entries} entries, "
        + (
            "chain intact"
            if report.ok
            else f"{len(problems)} problems:\n"
            + "\n".join(f"  #{p['seq']} {p['kind']}: {p['detail']}" for p in problems)
        ),
    )
    return EXIT_OK if report.ok else 1


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run_app

    return run_app(workspace_dir=_workspace_dir(args), demo=args.demo, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from workbench.errors import DatabaseOpenError, UserError

    handlers = {"seed-demo": cmd_seed_demo, "audit-verify": cmd_audit_verify}
    try:
        if args.command is None:
            return cmd_gui(args)
        if args.command in handlers:
            return handlers[args.command](args)
        if args.command == "serve":
            from sync.server.cli import serve

            return serve(args)
        if args.command == "server-admin":
            from sync.server.cli import server_admin

            return server_admin(args)
        if args.command == "sync":
            from sync.client.cli import sync_command

            return sync_command(args)
        if args.command == "signing-key":
            from sync.client.signing_key_cli import signing_key_command

            return signing_key_command(args)
        if args.command == "verify-pdf":
            from workbench.documents.cli import verify_pdf_command

            return verify_pdf_command(args)
        raise AssertionError(f"unhandled command {args.command}")
    except DatabaseOpenError as exc:
        print(
            f"error: cannot open the workspace database ({exc.reason}): {exc.path}"
            + (f"\n  {exc.detail}" if exc.detail else ""),
            file=sys.stderr,
        )
        return EXIT_DB_ERROR
    except UserError as exc:
        params = ", ".join(f"{k}={v}" for k, v in exc.params.items())
        print(f"error: {exc.code}" + (f" ({params})" if params else ""), file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
