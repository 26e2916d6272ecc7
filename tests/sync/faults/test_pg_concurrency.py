"""Twenty-two concurrent pushers (each its own device and replica, real client engines over real HTTP)
and a concurrent puller against the server on PostgreSQL: the puller, reading small pages while the
others commit, skips no change, and every invariant holds at the end."""

from __future__ import annotations

import random
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.errors import SyncError
from sync.client.transport import RequestsTransport
from tests.sync.client.conftest import World, _fast_settings, build_world
from tests.sync.client.helpers import REPLICA_KEY, LiveServer
from tests.sync.faults.conftest import Templates
from tests.sync.faults.harness import Edit, FaultyTransport, Node, check_all, live_rows, principal_of
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.db.engine import server_engine as make_server_engine
from workbench.db.uow import UnitOfWork
from workbench.partners.models import Contact, Partner
from workbench.security.secrets import MemorySecretStore

PUSHERS = 22
ROUNDS = 3
MODELS: list[type[Any]] = [Partner, Contact]

pytestmark = pytest.mark.pg


@pytest.fixture
def pg_server(pg_schema: str) -> Iterator[tuple[Engine, World, Any]]:
    from sync.server.app import create_app

    engine = make_server_engine(pg_schema, pool_size=PUSHERS + 4)
    Base.metadata.create_all(engine)
    settings = _fast_settings()
    world = build_world(engine, settings)
    yield engine, world, create_app(engine, settings)
    engine.dispose()


class SmallPages:
    """Asks for pull pages of three changes: many pages while the pushers commit."""

    def __init__(self, inner: Any, done: threading.Event) -> None:
        self.inner = inner
        self.done = done
        self.pages_meanwhile = 0  # pages read while pushers were still committing

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        if path == "/sync/v1/pull" and kwargs.get("params"):
            kwargs["params"] = {**kwargs["params"], "limit": 3}
            self.pages_meanwhile += 0 if self.done.is_set() else 1
        return self.inner.request(method, path, **kwargs)


def _node(root: Path, template: Path, url: str, name: str, who: str) -> Node:
    path = root / f"{name}.db"
    shutil.copyfile(template, path)
    inner = RequestsTransport(url)
    faulty = FaultyTransport(inner, random.Random(0), enabled=False)
    node = Node(replica_engine(path, REPLICA_KEY), MemorySecretStore(), faulty, name=name, who=who, faulty=faulty)
    node.login(who)
    node.sync()  # the partner row arrives: local edits can reference it
    return node


def test_twenty_concurrent_pushers_and_a_puller_skip_no_change(
    pg_server: tuple[Engine, World, Any], templates: Templates, tmp_path: Path
) -> None:
    server_db, world, app = pg_server
    live = LiveServer(app).start()
    try:
        pushers = [_node(tmp_path, templates.replica, live.url, f"p{i}", "pa") for i in range(PUSHERS)]
        puller = _node(tmp_path, templates.replica, live.url, "reader", "cm")
        done = threading.Event()
        pages = SmallPages(puller.faulty.inner, done)  # type: ignore[union-attr]
        puller.faulty.inner = pages  # type: ignore[union-attr]
        edits: list[Edit] = []
        errors: list[BaseException] = []
        lock = threading.Lock()
        start = threading.Barrier(PUSHERS + 1)
        pulls: list[int] = []
        retries: list[str] = []  # legitimate under load; printed for the record

        def push(node: Node) -> None:
            try:
                start.wait()
                for r in range(ROUNDS):
                    with UnitOfWork(node.engine, node.actor, replica=True) as uow:
                        for k in range(2):
                            contact = uow.add(
                                Contact(partner_id=world.partner_a, last_name=f"{node.name}-{r}-{k}", role="sales")
                            )
                            uow.flush()
                            with lock:
                                edits.append(
                                    Edit(node.name, "contacts", contact.id, "last_name", contact.last_name, "create")
                                )
                    for _attempt in range(20):  # a `retry` answer or a 5xx under load: sync again
                        try:
                            report = node.sync()
                        except SyncError as exc:
                            retries.append(f"{node.name}: {exc.code}")
                            continue
                        if report.retry:
                            retries.append(f"{node.name}: retry")
                        if not report.incomplete and report.pending_after == 0:
                            break
                    assert node.ops() == [], node.ops()
            except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
                errors.append(exc)

        def pull() -> None:
            try:
                start.wait()
                while True:
                    finished = done.is_set()
                    try:
                        report = puller.sync()
                    except SyncError as exc:  # a busy moment: the next round catches up
                        pulls.append(-1)
                        if finished:
                            raise exc
                        continue
                    pulls.append(report.pulled)
                    if finished:
                        return
            except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
                errors.append(exc)

        threads = [threading.Thread(target=push, args=(n,)) for n in pushers]
        reader = threading.Thread(target=pull)
        for t in [*threads, reader]:
            t.start()
        for t in threads:
            t.join(120)
        done.set()
        reader.join(120)
        print("retries:", retries)
        if errors:
            raise errors[0]
        assert len(edits) == PUSHERS * ROUNDS * 2
        assert pages.pages_meanwhile >= 10 and sum(p for p in pulls if p > 0) >= len(edits)

        # The puller never ran a clean sync after the pushers: whatever it holds came from its
        # incremental pulls. Nothing below its cursor may be missing.
        with Session(server_db) as session:
            assert session.scalar(select(func.count()).select_from(Contact)) == len(edits)
        cursor = int(meta.read(puller.engine, meta.CURSOR) or 0)
        mine = live_rows(puller.engine, None, MODELS)
        theirs = live_rows(server_db, principal_of(puller), MODELS)
        assert set(mine) == set(theirs), f"cursor {cursor}: missing {sorted(set(theirs) - set(mine))[:5]}"

        for node in [*pushers, puller]:
            node.faulty.enabled = False  # type: ignore[union-attr]
        checked = [puller, *pushers[:3]]
        names = {n.name for n in checked}
        check_all(server_db, checked, [e for e in edits if e.node in names], [(Contact, lambda c: c.last_name)], MODELS)
    finally:
        live.stop()
