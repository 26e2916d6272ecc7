"""Fault suite fixtures: a server database with the world (built once per session, copied per test or
per hypothesis example), the real app in-process, and client nodes on their own replicas."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
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
    # After `bake`: a server database and replicas already signed in and synced (name -> who, secrets).
    baked: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)

    def bake(self, *names: tuple[str, str]) -> Templates:
        """Sign in and sync the named nodes once; clusters made from the result start from there."""
        root = self.server.parent / "baked"
        root.mkdir(exist_ok=True)
        with make_cluster(self, root) as cluster:
            for name, who in names:
                cluster.node(name, who).sync_ok()
            stores = {n.name: (n.who, dict(n.store._data)) for n in cluster.nodes}
        return Templates(root / "server.db", self.replica, self.world, stores)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return build_templates(tmp_path_factory.mktemp("fault-templates"))


def build_templates(root: Path) -> Templates:
    """A server database with the world and an empty replica under `root` (bench uses it too)."""
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
        baked = self.templates.baked.get(name)
        if baked is not None and baked[0] == who:
            made = make_node(
                self.root, self.templates.server.parent / f"{name}.db", self.transport, name, who, seed, baked[1]
            )
        else:
            made = make_node(self.root, self.templates.replica, self.transport, name, who, seed)
        self.nodes.append(made)
        return made

    def reset(self) -> None:
        """Back to the baked state, keeping the engines (and their compiled-statement caches), the app
        and the in-process client: the cheap start of one more hypothesis example."""
        paths = [(self.server_db, self.templates.server, self.root / "server.db")]
        for node in self.nodes:
            paths.append((node.engine, self.templates.server.parent / f"{node.name}.db", self.root / f"{node.name}.db"))
        for engine, source, target in paths:
            engine.dispose()
            for suffix in ("-wal", "-shm", "-journal"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            shutil.copyfile(source, target)
        shutil.rmtree(self.root / "server-blobs", ignore_errors=True)
        self.clock.offset = timedelta()
        for node in self.nodes:
            who, secrets = self.templates.baked[node.name]
            node.store._data = dict(secrets)
            node.skew = timedelta()
            assert node.faulty is not None
            node.faulty.held.clear()
            node.faulty.log.clear()
            node.faulty.offline = False
            node.faulty.enabled = True

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
        if templates.server != base / "server.db":
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


@pytest.fixture(scope="session")
def baked(templates: Templates) -> Templates:
    """`templates` with a channel manager (cm) and a partner user (pa) signed in and synced."""
    return templates.bake(("cm", "cm"), ("pa", "pa"))
