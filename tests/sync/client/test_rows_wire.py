"""The pull apply's fast upsert (`upsert_wire`) stores exactly what the general path (`local_values` + `upsert`)
stores, for every shape of value the wire carries, and keeps the newer-version rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from sync.client.rows import _fast_sqlite_datetime, apply_connection, local_values, upsert, upsert_wire
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.partners.models import Contact, Contract

STAMPS = [
    "2026-11-01T08:00:00+00:00",
    "2026-11-01T08:00:00.123456+00:00",
    "2026-11-01T10:30:00+02:00",  # another offset: converted the general way
    "2026-11-01T08:00:00Z",
    "2026-11-01T08:00:00.5+00:00",
    None,
]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = replica_engine(tmp_path / "rows.db", None)
    Base.metadata.create_all(engine, tables=[Contact.__table__, Contract.__table__])  # type: ignore[list-item]
    return engine


def _contact(row_id: str, stamp: str | None, version: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "version": version,
        "server_seq": 7,
        "deleted_at": stamp if stamp and stamp.endswith("Z") else None,
        "created_at": stamp or "2026-01-01T00:00:00+00:00",
        "updated_at": stamp or "2026-01-01T00:00:00+00:00",
        "partner_id": "p-1",
        "first_name": "Jörg",
        "last_name": "Müller",
        "email": None,
        "phone": "+49 1",
        "role": "sales",
        "job_title": None,
        "is_primary": True,
        "unknown_newer_field": "ignored",
        **extra,
    }


def _stored(engine: Engine, table: str, row_id: str) -> tuple[Any, ...]:
    with engine.connect() as conn:
        row = conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).one()
    return tuple(v for k, v in row._mapping.items() if k != "id")


def test_fast_upsert_stores_what_the_general_path_stores(engine: Engine) -> None:
    fast = [_contact(f"f{i}", s) for i, s in enumerate(STAMPS)]
    slow = [_contact(f"s{i}", s) for i, s in enumerate(STAMPS)]
    contracts_fast = [
        {
            "id": "cf",
            "version": 1,
            "server_seq": 3,
            "deleted_at": None,
            "created_at": STAMPS[1],
            "updated_at": STAMPS[0],
            "partner_id": "p-1",
            "status": "active",
            "start_date": "2026-02-28",
            "end_date": None,
            "signed_on": "2025-12-31",
            "reference": "R-1",
        },
    ]
    contracts_slow = [{**contracts_fast[0], "id": "cs"}]
    with apply_connection(engine) as conn:
        upsert_wire(conn, Contact, fast)
        upsert(conn, Contact, [local_values(Contact, r) for r in slow])
        upsert_wire(conn, Contract, [{k: v for k, v in r.items()} for r in contracts_fast])
        upsert(conn, Contract, [local_values(Contract, r) for r in contracts_slow])
    for i in range(len(STAMPS)):
        assert _stored(engine, "contacts", f"f{i}") == _stored(engine, "contacts", f"s{i}")
    assert _stored(engine, "partner_contracts", "cf") == _stored(engine, "partner_contracts", "cs")
    with engine.connect() as conn:
        created = conn.execute(text("SELECT created_at FROM contacts WHERE id = 'f2'")).scalar_one()
    assert created == "2026-11-01 08:30:00.000000"  # +02:00 stored as UTC


def test_fast_datetime_path_only_takes_utc_shapes() -> None:
    assert _fast_sqlite_datetime("2026-11-01T08:00:00+00:00") == "2026-11-01 08:00:00.000000"
    assert _fast_sqlite_datetime("2026-11-01T08:00:00.123456+00:00") == "2026-11-01 08:00:00.123456"
    for other in ("2026-11-01T10:30:00+02:00", "2026-11-01T08:00:00Z", "2026-11-01T08:00:00.5+00:00", 5):
        assert _fast_sqlite_datetime(other) is None


def test_fast_upsert_keeps_a_newer_local_version(engine: Engine) -> None:
    with apply_connection(engine) as conn:
        upsert_wire(conn, Contact, [_contact("c", STAMPS[0], version=3, last_name="Newer")])
        upsert_wire(conn, Contact, [_contact("c", STAMPS[0], version=2, last_name="Older")])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last_name, version FROM contacts")).one() == ("Newer", 3)
    with apply_connection(engine) as conn:
        upsert_wire(conn, Contact, [_contact("c", STAMPS[0], version=4, last_name="Newest")])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last_name, version FROM contacts")).one() == ("Newest", 4)


def test_an_unchanged_row_is_not_rewritten_and_a_changed_one_is(engine: Engine) -> None:
    """A pulled row identical to the local one (this device's own pushed row coming back, a page applied
    twice) is left alone: no UPDATE, so no index or trigger work. Any differing value, even at the same
    version and even only in letter case, is written."""
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE updates (n INTEGER)"))
        conn.execute(
            text("CREATE TRIGGER count_updates AFTER UPDATE ON contacts BEGIN INSERT INTO updates VALUES (1); END")
        )

    def updates() -> int:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM updates")).scalar_one())

    with apply_connection(engine) as conn:
        upsert_wire(conn, Contact, [_contact("c", STAMPS[1], version=2)])
        upsert_wire(conn, Contact, [_contact("c", STAMPS[1], version=2)])
    assert updates() == 0
    stored = _stored(engine, "contacts", "c")
    for changed in ({"last_name": "MÜLLER"}, {"email": "j@x.test"}, {"server_seq": 8}, {"is_primary": False}):
        with apply_connection(engine) as conn:
            upsert_wire(conn, Contact, [_contact("c", STAMPS[1], version=2, **changed)])
        assert _stored(engine, "contacts", "c") != stored, changed
        stored = _stored(engine, "contacts", "c")
    assert updates() == 4
    with apply_connection(engine) as conn:  # an older copy is still never applied
        upsert_wire(conn, Contact, [_contact("c", STAMPS[1], version=1, last_name="Older")])
    assert updates() == 4 and _stored(engine, "contacts", "c") == stored
