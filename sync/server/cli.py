"""Command-line entry points of the central server, wired into main.py by the composition root:

* `serve(args)`: migrate the server database (Alembic), then run the app under uvicorn. With
  `--workers N > 1` uvicorn starts N processes from the import string `sync.server.cli:app_from_env`, so
  each worker builds its own engine; the database URL, blob directory and token secret reach them through
  environment variables set here.
* `server_admin(args)`: `create-user` (password on stdin) and `seed-demo`.

The token secret comes from `WORKBENCH_SERVER_SECRET` (at least 32 characters) or from a file generated
on first start next to a SQLite database (`<db>.secret`, mode 0600) or in the blob directory for other
databases. It is never hard-coded: every worker and every restart must share it, or issued tokens die.

Errors are printed as one `error: ...` line on stderr with a non-zero exit code, never a traceback."""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from sync.server.settings import ServerSettings

log = logging.getLogger("sync.server")

EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, EXIT_DB_ERROR = 0, 1, 2, 3
ENV_SECRET = "WORKBENCH_SERVER_SECRET"
ENV_DB = "WORKBENCH_SERVER_DB"
ENV_BLOB_DIR = "WORKBENCH_SERVER_BLOB_DIR"
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
DEMO_PASSWORD = "demo-password-1"
DEMO_DOMAIN = "demo.example.com"


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USER_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# --- configuration -------------------------------------------------------------------------------


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def default_blob_dir(url: str) -> Path:
    db = sqlite_path(url)
    return (db.parent if db is not None else Path.cwd()) / "blobs"


def server_secret(url: str, blob_dir: Path) -> bytes:
    """The token secret: WORKBENCH_SERVER_SECRET, else a file generated once (0600) next to the database."""
    env = os.environ.get(ENV_SECRET)
    if env:
        if len(env) < 32:
            raise CliError(f"{ENV_SECRET} must be at least 32 characters")
        return env.encode("utf-8")
    db = sqlite_path(url)
    path = db.with_name(db.name + ".secret") if db is not None else blob_dir / "server.secret"
    if path.exists():
        value = path.read_text(encoding="ascii").strip()
        if len(value) < 32:
            raise CliError(f"the secret file {path} is damaged (shorter than 32 characters)")
        return value.encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value + "\n")
    return value.encode("ascii")


def _engine(url: str) -> Engine:
    import sync.server.models  # noqa: F401  (the server tables join the metadata)
    from workbench.db.engine import server_engine
    from workbench.db.registry import load_all

    load_all()
    try:
        return server_engine(url)
    except (SQLAlchemyError, ValueError, ModuleNotFoundError) as exc:
        raise CliError(f"cannot use the database URL ({type(exc).__name__}: {exc})", EXIT_DB_ERROR) from exc


def _migrate(engine: Engine) -> None:
    from workbench.db.migrate import upgrade

    try:
        upgrade(engine)
    except OperationalError as exc:
        raise CliError(f"cannot open or migrate the database: {exc.orig}", EXIT_DB_ERROR) from exc


def settings_for(url: str, blob_dir: Path | None) -> ServerSettings:
    blobs = blob_dir or default_blob_dir(url)
    return ServerSettings(secret=server_secret(url, blobs), blob_dir=blobs)


def app_from_env() -> object:
    """App factory for uvicorn worker processes (`--workers N`): configuration from the environment."""
    from sync.server.app import create_app
    from sync.server.logs import configure_logging

    configure_logging()
    url = os.environ[ENV_DB]
    blob_dir = Path(os.environ[ENV_BLOB_DIR])
    engine = _engine(url)
    return create_app(engine, settings_for(url, blob_dir))


# --- serve ---------------------------------------------------------------------------------------


def serve(args: argparse.Namespace) -> int:
    """`serve --db URL [--host H --port P --blob-dir DIR --workers N]`."""
    try:
        return _serve(args)
    except CliError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.code


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.logs import configure_logging

    configure_logging(getattr(args, "log_level", None) or "INFO")
    url: str = args.db
    workers = int(getattr(args, "workers", 1) or 1)
    if workers < 1:
        raise CliError("--workers must be at least 1", EXIT_USAGE)
    blob_dir: Path = Path(args.blob_dir) if getattr(args, "blob_dir", None) else default_blob_dir(url)
    blob_dir.mkdir(parents=True, exist_ok=True)
    engine = _engine(url)
    _migrate(engine)
    settings = settings_for(url, blob_dir)
    log.info("server starting", extra={"host": args.host, "port": args.port, "workers": workers})
    if workers > 1:
        if sqlite_path(url) is None and url.startswith("sqlite"):
            raise CliError("an in-memory SQLite database cannot be shared by several workers", EXIT_USAGE)
        engine.dispose()
        os.environ[ENV_DB] = url
        os.environ[ENV_BLOB_DIR] = str(blob_dir)
        os.environ[ENV_SECRET] = settings.secret.decode("utf-8")
        uvicorn.run(
            "sync.server.cli:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=workers,
            log_config=None,
            access_log=False,
        )
        return EXIT_OK
    from sync.server.app import create_app

    uvicorn.run(create_app(engine, settings), host=args.host, port=args.port, log_config=None, access_log=False)
    return EXIT_OK


# --- server-admin --------------------------------------------------------------------------------


def server_admin(args: argparse.Namespace, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """`server-admin --db URL create-user --email E --role R [--partner-id ID]` (password on stdin),
    `server-admin --db URL seed-demo [--partners N] [--password PW]` and
    `server-admin --db URL prune [--days 180]` (drop tombstones older than the change-log window)."""
    stdout = out or sys.stdout
    try:
        engine = _engine(args.db)
        try:
            _migrate(engine)
            if args.admin_command == "create-user":
                return _create_user(engine, args, stdin or sys.stdin, stdout)
            if args.admin_command == "seed-demo":
                return _seed_demo(engine, args, stdout)
            if args.admin_command == "prune":
                return _prune(engine, args, stdout)
            raise CliError(f"unknown admin command {args.admin_command!r}", EXIT_USAGE)
        finally:
            engine.dispose()
    except CliError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.code


def read_password(stdin: TextIO) -> str:
    line = stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise CliError("no password on stdin (pipe it in: echo 'secret' | ... create-user ...)")
    if len(password) < MIN_PASSWORD:
        raise CliError(f"the password must be at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise CliError(f"the password must be at most {MAX_PASSWORD} characters")
    if password.strip() != password:
        raise CliError("the password must not start or end with white space")
    return password


def _partner_exists(engine: Engine, partner_id: str) -> bool:
    from workbench.partners.models import Partner

    with engine.connect() as conn:
        found = conn.execute(
            select(func.count()).select_from(Partner).where(Partner.id == partner_id, Partner.deleted_at.is_(None))
        ).scalar_one()
    return bool(found)


def _create_user(engine: Engine, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from sync.server.auth import create_user, normalize_email
    from workbench import validation
    from workbench.errors import UserError
    from workbench.security.roles import Role

    try:
        email = validation.email(args.email, "email", required=True)
    except UserError as exc:
        raise CliError(f"not a valid e-mail address: {args.email!r}") from exc
    assert email is not None
    try:
        role = Role(args.role)
    except ValueError as exc:
        raise CliError(f"unknown role {args.role!r} (admin, channel_manager, partner_admin, partner_user)") from exc
    partner_id: str | None = getattr(args, "partner_id", None)
    if role.is_vendor and partner_id:
        raise CliError(f"--partner-id is only for partner roles, not {role}")
    if not role.is_vendor:
        if not partner_id:
            raise CliError(f"--partner-id is required for the role {role}")
        if not _partner_exists(engine, partner_id):
            raise CliError(f"no partner with id {partner_id!r} in this database")
    password = read_password(stdin)
    settings = ServerSettings(secret=b"\0" * 32)  # hashing only: no tokens are issued here
    try:
        user_id = create_user(
            engine, settings, email=email, password=password, role=role, partner_id=partner_id or None
        )
    except IntegrityError as exc:
        raise CliError(f"a user with the e-mail {normalize_email(email)} exists already") from exc
    print(f"created {role} {normalize_email(email)} (id {user_id})", file=out)
    return EXIT_OK


def _seed_demo(engine: Engine, args: argparse.Namespace, out: TextIO) -> int:
    from sync.server.auth import create_user
    from sync.server.changelog import stamp_unstamped
    from workbench.demo import CHANNEL_MANAGERS, DemoSizes, seed_demo
    from workbench.errors import UserError
    from workbench.partners.models import Partner
    from workbench.security.roles import Role

    partners = int(getattr(args, "partners", 200))
    if partners < 1 or partners > 100_000:
        raise CliError("--partners must be between 1 and 100000", EXIT_USAGE)
    password = getattr(args, "password", None) or DEMO_PASSWORD
    if len(password) < MIN_PASSWORD:
        raise CliError(f"the demo password must be at least {MIN_PASSWORD} characters")
    sizes = DemoSizes(
        partners=partners, deals=partners * 15, training_events=partners * 25, mdf_requests=max(1, partners * 2)
    )
    try:
        counts = seed_demo(engine, sizes)
    except UserError as exc:
        if exc.code == "demo_data_exists":
            raise CliError("the server database holds partners already; seed-demo needs an empty one") from exc
        raise
    seq = stamp_unstamped(engine)
    with engine.connect() as conn:
        first_partner = conn.execute(select(Partner.id).order_by(Partner.legal_name, Partner.id).limit(1)).scalar()
    settings = ServerSettings(secret=b"\0" * 32)
    users: list[tuple[str, str]] = []
    try:
        email = f"admin@{DEMO_DOMAIN}"
        create_user(engine, settings, email=email, password=password, role=Role.ADMIN, display_name="Demo Admin")
        users.append(("admin", email))
        for cm in CHANNEL_MANAGERS:
            handle = cm.removeprefix("cm-")
            email = f"{handle}@{DEMO_DOMAIN}"
            name = " ".join(part.capitalize() for part in handle.split("."))
            create_user(
                engine,
                settings,
                email=email,
                password=password,
                role=Role.CHANNEL_MANAGER,
                display_name=name,
                user_id=cm,
            )
            users.append(("channel_manager", email))
        if first_partner is not None:
            email = f"partner-admin@{DEMO_DOMAIN}"
            create_user(
                engine,
                settings,
                email=email,
                password=password,
                role=Role.PARTNER_ADMIN,
                partner_id=first_partner,
                display_name="Demo Partner Admin",
            )
            users.append(("partner_admin", email))
    except IntegrityError as exc:
        raise CliError("demo users exist already in this database") from exc
    print("seeded: " + ", ".join(f"{k}={v}" for k, v in counts.items()) + f" (change log seq {seq})", file=out)
    given = getattr(args, "password", None)
    print("demo users (password: " + ("as given with --password" if given else repr(password)) + "):", file=out)
    for role_name, email in users:
        print(f"  {role_name:16} {email}", file=out)
    return EXIT_OK


def _prune(engine: Engine, args: argparse.Namespace, out: TextIO) -> int:
    from datetime import timedelta

    from sync.server.prune import prune

    given = getattr(args, "days", None)
    days = 180 if given is None else int(given)
    if days < 1:
        raise CliError("--days must be at least 1", EXIT_USAGE)
    result = prune(engine, window=timedelta(days=days))
    print(
        f"pruned {result.rows} tombstones and {result.scope_events} scope events; change-log horizon {result.horizon}"
        + (f"; still referenced: {', '.join(result.skipped)}" if result.skipped else ""),
        file=out,
    )
    return EXIT_OK
