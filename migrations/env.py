"""Alembic environment for the replica (SQLCipher/SQLite) and the server (PostgreSQL/SQLite).

A connection handed over in `config.attributes["connection"]` (the app's programmatic upgrade) is
used as is; otherwise the URL comes from `-x url=...`, `WORKBENCH_DB_URL` or `sqlalchemy.url`."""

from __future__ import annotations

import os

from alembic import context

import sync.server.models  # noqa: F401 - the server's own tables share the one schema
from workbench.db.engine import server_engine
from workbench.db.registry import load_all

config = context.config
target_metadata = load_all().metadata


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("WORKBENCH_DB_URL")
    url = url or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database URL: pass -x url=... or set WORKBENCH_DB_URL")
    return url


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate and `alembic check` ignore the search index (FTS5 tables and their shadow tables, created by
    raw SQL in revision 0002 and kept current by triggers): every name starting with `search_`; likewise the
    analytics totals of revision 0003 (`analytics_*`)."""
    return not (type_ in ("table", "index") and name is not None and name.startswith(("search_", "analytics_")))


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = server_engine(_url())
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
