"""Server test fixtures: a server database on SQLite and on PostgreSQL (`server_engine` is parametrized
over both), fast argon2 settings, a settable clock, a TestClient, and a small world of users and rows."""

from __future__ import annotations

import importlib
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text

from tests.sync.server.helpers import PASSWORD
from workbench.db.base import Base
from workbench.db.engine import server_engine as make_server_engine
from workbench.db.registry import MODEL_MODULES, load_all
from workbench.ids import new_id
from workbench.security.roles import SYSTEM, Role


def _load_models() -> type[Base]:
    """`load_all()`; while a feature's model module is still being written, the others are loaded."""
    try:
        return load_all()
    except ModuleNotFoundError as exc:
        if exc.name not in MODEL_MODULES:
            raise
        for name in MODEL_MODULES:
            try:
                importlib.import_module(name)
            except ModuleNotFoundError as inner:
                if inner.name != name:
                    raise
        return Base


_load_models()
import sync.server.models  # noqa: E402,F401  (the server tables join the shared metadata)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated-once server database file; each test gets a copy (much faster than create_all)."""
    path = tmp_path_factory.mktemp("server-template") / "server.db"
    engine = make_server_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()  # the last connection closed: SQLite checkpoints the WAL into the file
    assert not path.with_name("server.db-wal").exists()
    return path


@pytest.fixture(scope="session")
def _pg_server_url(pg_url: str) -> Iterator[str]:
    """One PostgreSQL schema per test session (per xdist worker) with every table; each test empties it."""
    name = "srv_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in pg_url else "?"
    url = f"{pg_url}{sep}options=-csearch_path%3D{name}"
    engine = make_server_engine(url, pool_size=1)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    admin.dispose()


def _empty_pg(engine: Engine) -> None:
    # DELETE is much cheaper than TRUNCATE for the few rows a test leaves behind.
    tables = list(reversed(Base.metadata.sorted_tables))
    with engine.begin() as conn:
        for table in tables:
            conn.execute(table.delete())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def server_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        target = tmp_path / "server.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), target)
        engine = make_server_engine(f"sqlite:///{target}")
    else:
        engine = make_server_engine(request.getfixturevalue("_pg_server_url"), pool_size=5)
        _empty_pg(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(clock: Clock, tmp_path: Path) -> Any:
    from sync.server.settings import ServerSettings

    return ServerSettings(
        secret=b"s" * 32,
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        clock=clock,
        rate_per_second=1000.0,
        rate_burst=10_000,
        login_rate_per_second=1000.0,
        login_burst=10_000,
        blob_dir=tmp_path / "blobs",
        max_blob_bytes=1_000_000,
        max_blob_chunk_bytes=256 * 1024,
    )


@pytest.fixture
def client(server_engine: Engine, settings: Any) -> Iterator[TestClient]:
    from sync.server.app import create_app

    with TestClient(create_app(server_engine, settings), raise_server_exceptions=False) as c:
        yield c


@dataclass
class World:
    program_id: str
    product_id: str
    partner_a: str
    partner_b: str
    users: dict[str, str]  # name -> user id


@pytest.fixture
def world(server_engine: Engine, settings: Any) -> World:
    """A program and product (vendor-wide), partners A (owned by `cm`) and B (owned by `cm_b`), and users
    admin, cm, cm_b, pa (partner_user of A), pb (partner_user of B)."""
    from sync.server.auth import create_user
    from sync.server.changelog import server_uow
    from workbench.partners.models import Partner
    from workbench.programs.models import Product, Program

    users = {
        "admin": create_user(server_engine, settings, email="admin@x.test", password=PASSWORD, role=Role.ADMIN),
        "cm": create_user(server_engine, settings, email="cm@x.test", password=PASSWORD, role=Role.CHANNEL_MANAGER),
        "cm_b": create_user(server_engine, settings, email="cmb@x.test", password=PASSWORD, role=Role.CHANNEL_MANAGER),
    }
    with server_uow(server_engine, SYSTEM) as uow:
        program = uow.add(Program(code="P1", name="Program", currency="EUR"))
        uow.flush()
        product = uow.add(Product(program_id=program.id, sku="SKU-1", name="Widget"))
        partners = []
        for name, owner in (("Alpha GmbH", users["cm"]), ("Beta Ltd", users["cm_b"])):
            p = Partner(
                legal_name=name,
                name_norm=name.lower(),
                partner_type="reseller",
                program_id=program.id,
                currency="EUR",
                owner_id=owner,
            )
            p.partner_id = p.id = new_id()
            partners.append(uow.add(p))
    users["pa"] = create_user(
        server_engine,
        settings,
        email="pa@x.test",
        password=PASSWORD,
        role=Role.PARTNER_USER,
        partner_id=partners[0].id,
    )
    users["pb"] = create_user(
        server_engine,
        settings,
        email="pb@x.test",
        password=PASSWORD,
        role=Role.PARTNER_USER,
        partner_id=partners[1].id,
    )
    return World(program.id, product.id, partners[0].id, partners[1].id, users)
