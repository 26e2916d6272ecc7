"""Sync client fixtures: the real server app under uvicorn (server database on SQLite and on PostgreSQL),
a small world of users and partners on it, and client replicas (encrypted SQLite files)."""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine

from tests.sync.client.helpers import PASSWORD, REPLICA_KEY, Client, LiveServer, Switchable, make_replica
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.db.engine import server_engine as make_server_engine
from workbench.db.registry import MODEL_MODULES, load_all
from workbench.ids import new_id
from workbench.security.roles import SYSTEM, Role
from workbench.security.secrets import MemorySecretStore


def _load_models() -> None:
    try:
        load_all()
    except ModuleNotFoundError as exc:
        if exc.name not in MODEL_MODULES:
            raise
        for name in MODEL_MODULES:
            try:
                importlib.import_module(name)
            except ModuleNotFoundError as inner:
                if inner.name != name:
                    raise


_load_models()
import sync.server.models  # noqa: E402,F401  (the server tables join the shared metadata)


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)


F = TypeVar("F", bound=Callable[..., Any])


def both_databases(test: F) -> F:
    """Run this test with the server database on SQLite and on PostgreSQL (the others: SQLite only,
    to keep the folder fast; the server's own tests cover PostgreSQL in depth)."""
    test._both_databases = True  # type: ignore[attr-defined]
    return test


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "server_db" not in metafunc.fixturenames:
        return
    params: list[Any] = ["sqlite"]
    if getattr(metafunc.function, "_both_databases", False):
        params.append(pytest.param("postgresql", marks=pytest.mark.pg))
    metafunc.parametrize("server_db", params, indirect=True)


def _fast_settings(clock: Callable[[], datetime] | None = None, blob_dir: Path | None = None) -> Any:
    from sync.server.settings import ServerSettings

    extra: dict[str, Any] = {"clock": clock} if clock is not None else {}
    if blob_dir is not None:
        extra["blob_dir"] = blob_dir
    return ServerSettings(
        secret=b"s" * 32,
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        rate_per_second=1000.0,
        rate_burst=10_000,
        login_rate_per_second=1000.0,
        login_burst=10_000,
        **extra,
    )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """A server database with the schema and the world, built once and copied for every test."""
    path = tmp_path_factory.mktemp("server-template") / "server.db"
    engine = make_server_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    built = build_world(engine, _fast_settings())
    engine.dispose()
    return path, built


@pytest.fixture(scope="session")
def replica_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("replica-template") / "replica.db"
    make_replica(path).dispose()
    return path


@pytest.fixture
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        template, _world = request.getfixturevalue("sqlite_template")
        shutil.copyfile(template, tmp_path / "server.db")
        engine = make_server_engine(f"sqlite:///{tmp_path / 'server.db'}")
    else:
        engine = make_server_engine(request.getfixturevalue("pg_schema"), pool_size=5)
        Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(clock: Clock, tmp_path: Path) -> Any:
    return _fast_settings(clock, tmp_path / "server-blobs")


@pytest.fixture
def app(server_db: Engine, settings: Any) -> Any:
    from sync.server.app import create_app

    return create_app(server_db, settings)


@pytest.fixture
def live(app: Any) -> Iterator[LiveServer]:
    server = LiveServer(app).start()
    yield server
    server.stop()


@dataclass
class World:
    program_id: str
    partner_a: str
    partner_b: str
    users: dict[str, str]


def build_world(server_db: Engine, settings: Any) -> World:
    """A program, partners A (owned by `cm`, city Munich) and B (owned by `cm_b`), users admin, cm, cm_b,
    pa (partner user of A) and pb (of B)."""
    from sync.server.auth import create_user
    from sync.server.changelog import server_uow
    from workbench.partners.models import Partner
    from workbench.programs.models import Product, Program

    def user(email: str, role: Role, partner_id: str | None = None) -> str:
        return create_user(server_db, settings, email=email, password=PASSWORD, role=role, partner_id=partner_id)

    users = {
        "admin": user("admin@x.test", Role.ADMIN),
        "cm": user("cm@x.test", Role.CHANNEL_MANAGER),
        "cm_b": user("cmb@x.test", Role.CHANNEL_MANAGER),
    }
    with server_uow(server_db, SYSTEM) as uow:
        program = uow.add(Program(code="P1", name="Program", currency="EUR"))
        uow.flush()
        uow.add(Product(program_id=program.id, sku="SKU-1", name="Widget"))
        partners = []
        for name, owner in (("Alpha GmbH", users["cm"]), ("Beta Ltd", users["cm_b"])):
            p = Partner(
                legal_name=name,
                name_norm=name.lower(),
                partner_type="reseller",
                program_id=program.id,
                currency="EUR",
                owner_id=owner,
                city="Munich",
            )
            p.partner_id = p.id = new_id()
            partners.append(uow.add(p))
    users["pa"] = user("pa@x.test", Role.PARTNER_USER, partners[0].id)
    users["pb"] = user("pb@x.test", Role.PARTNER_USER, partners[1].id)
    return World(program.id, partners[0].id, partners[1].id, users)


@pytest.fixture
def world(request: pytest.FixtureRequest, server_db: Engine, settings: Any) -> World:
    if server_db.dialect.name == "sqlite":
        _path, built = request.getfixturevalue("sqlite_template")
        return built  # type: ignore[no-any-return]
    return build_world(server_db, settings)


@pytest.fixture
def new_client(tmp_path: Path, live: LiveServer, replica_template: Path) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(name: str, transport: Any = None) -> Client:
        shutil.copyfile(replica_template, tmp_path / f"{name}.db")
        engine = replica_engine(tmp_path / f"{name}.db", REPLICA_KEY)
        client = Client(engine, MemorySecretStore(), transport if transport is not None else Switchable(live.url))
        made.append(client)
        return client

    yield make
    for client in made:
        client.engine.dispose()
