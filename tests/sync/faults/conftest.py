"""Fault suite fixtures: a server database with the world (built once per session, copied per test or
per hypothesis example), the real app in-process, and client nodes on their own replicas."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.sync.client.conftest import Clock, World, _fast_settings, build_world
from tests.sync.client.helpers import make_replica
from tests.sync.faults.harness import InProcess, Node, make_node
from workbench.db.base import Base
from workbench.db.engine import server_engine as make_server_engine


@dataclass
class Templates:
    server: Path
    replica: Path
    world: World


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    root = tmp_path_factory.mktemp("fault-templates")
    engine = make_server_engine(f"sqlite:///{root / 'server.db'}")
    Base.metadata.create_all(engine)
    world = build_world(engine, _fast_settings())
    engine.dispose()
    make_replica(root / "replica.db").dispose()
    return Templates(root / "server.db", root / "replica.db", world)


@dataclass
class Cluster:
    """One server (SQLite, in-process) and its client nodes."""

    root: Path
    templates: Templates
    server_db: Engine
    app: Any
    clock: Clock
    transport: InProcess
    nodes: list[Node] = field(default_factory=list)

    @property
    def world(self) -> World:
        return self.templates.world

    def node(self, name: str, who: str, seed: int = 0) -> Node:
        made = make_node(self.root, self.templates.replica, self.transport, name, who, seed)
        self.nodes.append(made)
        return made

    def close(self) -> None:
        for node in self.nodes:
            node.engine.dispose()
        self.transport.close()
        self.server_db.dispose()


@contextmanager
def make_cluster(templates: Templates, root: Path | None = None) -> Iterator[Cluster]:
    from sync.server.app import create_app

    owned = root is None
    base = Path(tempfile.mkdtemp(prefix="faults-")) if root is None else root
    try:
        shutil.copyfile(templates.server, base / "server.db")
        server_db = make_server_engine(f"sqlite:///{base / 'server.db'}")
        clock = Clock()
        app = create_app(server_db, _fast_settings(clock, base / "server-blobs"))
        cluster = Cluster(base, templates, server_db, app, clock, InProcess(app))
        try:
            yield cluster
        finally:
            cluster.close()
    finally:
        if owned:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def cluster(templates: Templates, tmp_path: Path) -> Iterator[Cluster]:
    with make_cluster(templates, tmp_path) as made:
        yield made
