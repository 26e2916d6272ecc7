"""The encrypted replica: no plain SQLite header, unreadable without the key, clear errors for a wrong
key, a locked and a corrupt file, and the file left untouched by a failed open."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from workbench.db.engine import REPLICA_CACHE_KIB, SQLITE_HEADER, replica_engine
from workbench.db.keys import derive_key, load_or_create_key
from workbench.db.replica import open_replica
from workbench.errors import DatabaseOpenError, UserError
from workbench.paths import Workspace
from workbench.security.secrets import MemorySecretStore, UnavailableSecretStore

KEY = bytes(range(32))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(path: Path) -> None:
    eng = replica_engine(path, KEY)
    with eng.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('Grüße aus München')"))
    eng.dispose()


def test_replica_is_encrypted_and_needs_the_key(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _make(db)
    raw = db.read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    assert "München".encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM t").fetchall()
    eng = replica_engine(db, KEY)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT x FROM t")).scalar() == "Grüße aus München"
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -REPLICA_CACHE_KIB
    eng.dispose()


def test_wrong_key_is_refused_and_file_untouched(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _make(db)
    before = _digest(db)
    with pytest.raises(DatabaseOpenError) as err:
        replica_engine(db, b"\x07" * 32)
    assert err.value.reason == "wrong_key"
    assert _digest(db) == before


def test_corrupt_file_is_reported_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _make(db)
    data = bytearray(db.read_bytes())
    data[100:140] = b"\x00" * 40  # damage the first page
    db.write_bytes(bytes(data))
    before = _digest(db)
    with pytest.raises(DatabaseOpenError) as err:
        replica_engine(db, KEY, key_verified=True)
    assert err.value.reason == "corrupt"
    assert _digest(db) == before


def test_plain_sqlite_file_is_not_taken_for_a_replica(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    before = _digest(db)
    with pytest.raises(DatabaseOpenError) as err:
        replica_engine(db, KEY)
    assert err.value.reason == "corrupt"
    assert _digest(db) == before


def test_locked_file_is_reported(tmp_path: Path) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    db = tmp_path / "r.db"
    _make(db)
    holder = sqlcipher.connect(str(db), isolation_level=None)
    holder.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES ('x')")
    try:
        with pytest.raises(DatabaseOpenError) as err:
            replica_engine(db, KEY, key_verified=True, busy_timeout_ms=100)
        assert err.value.reason == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_keyring_key_is_created_once_and_reused(tmp_path: Path) -> None:
    store = MemorySecretStore()
    ws = Workspace.at(tmp_path / "ws")
    eng = open_replica(ws, store, migrate=False)
    eng.dispose()
    assert len(store._data) == 1
    hexkey = next(iter(store._data.values()))
    assert len(bytes.fromhex(hexkey)) == 32
    eng = open_replica(ws, store, migrate=False)
    eng.dispose()
    assert ws.replica_path.read_bytes()[:16] != SQLITE_HEADER


def test_key_missing_from_keyring_is_a_clear_error(tmp_path: Path) -> None:
    ws = Workspace.at(tmp_path / "ws")
    open_replica(ws, MemorySecretStore(), migrate=False).dispose()
    with pytest.raises(DatabaseOpenError) as err:
        open_replica(ws, MemorySecretStore(), migrate=False)
    assert err.value.reason == "missing_key"


def test_passphrase_fallback_without_keyring(tmp_path: Path) -> None:
    ws = Workspace.at(tmp_path / "ws")
    asked: list[bool] = []

    def provider(confirm: bool) -> str:
        asked.append(confirm)
        return "correct horse battery staple"

    open_replica(ws, UnavailableSecretStore(), provider, migrate=False).dispose()
    assert asked == [True]
    open_replica(ws, UnavailableSecretStore(), provider, migrate=False).dispose()
    assert asked == [True, False]
    before = _digest(ws.replica_path)
    with pytest.raises(DatabaseOpenError) as err:
        open_replica(ws, UnavailableSecretStore(), lambda _c: "wrong passphrase!!", migrate=False)
    assert err.value.reason == "wrong_key"
    assert _digest(ws.replica_path) == before


def test_short_passphrase_rejected(tmp_path: Path) -> None:
    ws = Workspace.at(tmp_path / "ws")
    with pytest.raises(UserError) as err:
        open_replica(ws, UnavailableSecretStore(), lambda _c: "short", migrate=False)
    assert err.value.code == "passphrase_too_short"
    assert not ws.replica_path.exists()


def test_kdf_is_deterministic_per_salt(tmp_path: Path) -> None:
    a = derive_key("passphrase-123", b"s" * 16)
    assert a == derive_key("passphrase-123", b"s" * 16)
    assert a != derive_key("passphrase-123", b"t" * 16)
    assert len(a) == 32


def test_corrupt_key_info_is_reported(tmp_path: Path) -> None:
    info = tmp_path / "k.json"
    info.write_text("{not json", "utf-8")
    with pytest.raises(DatabaseOpenError) as err:
        load_or_create_key(info, MemorySecretStore(), None, create=False)
    assert err.value.reason == "corrupt"
