"""One engine factory: the SQLCipher replica on the laptop, PostgreSQL or SQLite on the server.

Every SQLite connection gets WAL, foreign keys, a busy timeout and explicit transaction control
(pysqlite's own is switched off, so SAVEPOINTs and BEGIN IMMEDIATE work)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool, StaticPool

from workbench.errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


REPLICA_CACHE_KIB = 65536


def _sqlite_pragmas(dbapi_conn: Any, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    cur.execute("PRAGMA foreign_keys = ON")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
    if mode and str(mode[0]).lower() not in ("wal", "memory"):
        raise DatabaseOpenError("locked", "", f"cannot switch to WAL (journal_mode={mode[0]})")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _install_sqlite_transactions(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _classify(exc: Exception, path: Path, key_verified: bool) -> DatabaseOpenError:
    """SQLCipher reports a wrong key and a damaged first page alike ("file is not a database"); a key
    already checked against the workspace's key-check value means the file itself is damaged."""
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseOpenError("locked", str(path), str(exc))
    if "not a database" in msg and not key_verified:
        return DatabaseOpenError("wrong_key", str(path), str(exc))
    return DatabaseOpenError("corrupt", str(path), str(exc))


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def replica_engine(
    path: Path,
    key: bytes | None,
    *,
    key_verified: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    echo: bool = False,
) -> Engine:
    """The laptop replica. `key` is the raw 256-bit key; None opens a plain (unencrypted) SQLite file,
    used only by benchmarks to measure what encryption costs."""
    path = Path(path)
    if key is not None and len(key) != 32:
        raise ValueError("replica key must be 32 bytes")
    exists = path.exists() and path.stat().st_size > 0
    if exists and key is not None and is_plain_sqlite(path):
        raise DatabaseOpenError("corrupt", str(path), "file is an unencrypted SQLite database")

    def connect() -> Any:
        if key is not None:
            conn = sqlcipher.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=busy_timeout_ms / 1000
            )
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA cipher_memory_security = OFF")
        else:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=busy_timeout_ms / 1000
            )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _sqlite_pragmas(conn, busy_timeout_ms)
            # 64 MiB of page cache per connection (SQLite's default is 2 MB): a replica holds gigabytes, and
            # every page SQLCipher reads again is decrypted again (docs/architecture.md, "Replica page cache").
            conn.execute(f"PRAGMA cache_size = -{REPLICA_CACHE_KIB}")
        except (sqlcipher.DatabaseError, sqlite3.DatabaseError) as exc:
            conn.close()
            raise _classify(exc, path, key_verified) from exc
        return conn

    module = sqlcipher if key is not None else sqlite3
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=connect,
        module=module,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        echo=echo,
    )
    _install_sqlite_transactions(engine)
    # Open one connection now so a wrong key, a locked or a corrupt file fails here, not later.
    with engine.connect():
        pass
    return engine


def server_engine(url: str, *, echo: bool = False, pool_size: int = 10, pool_timeout: float = 30.0) -> Engine:
    """The central server's database: PostgreSQL via psycopg, or SQLite as the embedded default."""
    if url.startswith("sqlite"):
        if url in ("sqlite://", "sqlite:///:memory:"):
            engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False}, echo=echo)
        else:
            # A real pool: connections are reused across requests (FastAPI runs handlers on worker threads,
            # hence check_same_thread=False). Closing the last connection of a WAL database checkpoints it,
            # which NullPool did at the end of every transaction.
            engine = create_engine(
                url,
                poolclass=QueuePool,
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_timeout=pool_timeout,
                connect_args={"check_same_thread": False, "isolation_level": None, "timeout": BUSY_TIMEOUT_MS / 1000},
                echo=echo,
            )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            _sqlite_pragmas(dbapi_conn)

        # Server writes on SQLite take the write lock up front, so concurrent writers queue instead of
        # failing on a lock upgrade.
        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(
        url, pool_size=pool_size, max_overflow=pool_size, pool_timeout=pool_timeout, pool_pre_ping=True, echo=echo
    )
