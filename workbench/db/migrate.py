"""Programmatic Alembic upgrade: the app upgrades its replica on start, the server on `serve`.

Alembic (with Mako, its DDL dialects and the migration environment, which loads every model including the
server's) costs about a second to import. A replica that is already at head is recognised without it:
`schema_is_current` compares the stored revision (one SELECT) with the head found by reading the revision
files' `revision` / `down_revision` assignments; only when they differ (or the files cannot be read that way)
is Alembic imported."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config


def _migrations_dir() -> Path:
    spec = importlib.util.find_spec("migrations")
    if spec is None or spec.origin is None:
        raise RuntimeError("the migrations package is not installed")
    return Path(spec.origin).parent


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def _assigned(tree: ast.Module, name: str) -> object:
    """The literal assigned to module-level ``name`` (plain or annotated assignment); KeyError if absent."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            if node.value is None:
                raise KeyError(name)
            return ast.literal_eval(node.value)
    raise KeyError(name)


def quick_head_revision() -> str | None:
    """The single head of the revision files, read without Alembic; None when it cannot be told that way
    (no files, several heads, a merge revision or an assignment that is not a literal string)."""
    revisions: dict[str, str | None] = {}
    for path in sorted((_migrations_dir() / "versions").glob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            rev, down = _assigned(tree, "revision"), _assigned(tree, "down_revision")
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(rev, str) or not (down is None or isinstance(down, str)):
            return None
        revisions[rev] = down
    heads = set(revisions) - {d for d in revisions.values() if d is not None}
    return next(iter(heads)) if len(heads) == 1 else None


def stored_revision(engine: Engine) -> list[str] | None:
    """The revisions recorded in the database's ``alembic_version`` table (None: no such table)."""
    with engine.connect() as conn:
        try:
            return [str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
        except OperationalError as exc:
            if "no such table" in str(exc).lower():
                return None
            raise


def schema_is_current(engine: Engine) -> bool:
    """True when the database is at the head revision, decided without importing Alembic. False means "upgrade
    (Alembic decides)": a missing version table, another revision, or a head that cannot be read cheaply."""
    head = quick_head_revision()
    return head is not None and stored_revision(engine) == [head]


def upgrade_if_needed(engine: Engine) -> bool:
    """Upgrade to head unless the schema is already current; True when Alembic ran."""
    if schema_is_current(engine):
        return False
    upgrade(engine)
    return True
