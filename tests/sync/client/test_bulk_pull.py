"""The first pull of a new replica in bulk (sync.client.engine._BulkPull, workbench.db.derived): indexes and
derived-table triggers dropped, rows written, search index and analytics totals rebuilt, everything restored,
in one transaction. Against the real server app with demo data, into migrated replicas (the real schema with
the triggers of revisions 0002 and 0003)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.orm import Session

from sync.client import engine as sync_engine
from sync.client import meta
from tests.sync.client.conftest import _fast_settings
from tests.sync.client.helpers import PASSWORD, REPLICA_KEY, LiveServer, Switchable
from workbench.db import derived
from workbench.db.base import Base
from workbench.db.engine import replica_engine, server_engine
from workbench.db.migrate import upgrade
from workbench.errors import Cancelled
from workbench.security.roles import Role
from workbench.security.secrets import MemorySecretStore

ADMIN = "bulk-admin@x.test"
ROWS_PER_SEQ = 7  # server transactions of a few rows: pages cut between them
PAGE = 200


def _stamp_in_small_transactions(engine: Engine) -> None:
    """Give the demo rows server_seq values as if pushed over time, ROWS_PER_SEQ rows per transaction,
    tables interleaved by creation time."""
    from sync.server.models import SeqCounter
    from sync.server.rows import wire_models

    everything: list[tuple[Any, int, Any, str]] = []
    with engine.connect() as conn:
        for order, model in enumerate(wire_models()):
            table: Any = model.__table__
            for row_id, created in conn.execute(select(table.c.id, table.c.created_at)):
                everything.append((created, order, table, row_id))
    everything.sort(key=lambda item: (item[0], item[1]))
    with engine.begin() as conn:
        by_table: dict[Any, list[dict[str, Any]]] = {}
        for i, (_created, _order, table, row_id) in enumerate(everything):
            by_table.setdefault(table, []).append({"b_id": row_id, "b_seq": i // ROWS_PER_SEQ + 1})
        for table, items in by_table.items():
            conn.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(server_seq=bindparam("b_seq")), items
            )
        conn.execute(SeqCounter.__table__.insert().values(id=1, value=len(everything) // ROWS_PER_SEQ + 1, horizon=0))


@pytest.fixture(scope="module")
def demo_server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sync.server.auth import create_user
    from workbench.demo import DemoSizes, seed_demo

    path = tmp_path_factory.mktemp("bulk-server") / "server.db"
    engine = server_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    seed_demo(engine, DemoSizes(partners=12, deals=300, training_events=120, mdf_requests=20))
    _stamp_in_small_transactions(engine)
    create_user(engine, _fast_settings(), email=ADMIN, password=PASSWORD, role=Role.ADMIN)
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def migrated_replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bulk-replica") / "replica.db"
    engine = replica_engine(path, REPLICA_KEY)
    upgrade(engine)  # the workspace schema: search (0002) and analytics (0003) triggers included
    engine.dispose()
    return path


@pytest.fixture
def demo_live(demo_server_template: Path, tmp_path: Path) -> Iterator[tuple[LiveServer, Engine]]:
    from sync.server.app import create_app

    shutil.copyfile(demo_server_template, tmp_path / "server.db")
    engine = server_engine(f"sqlite:///{tmp_path / 'server.db'}")
    server = LiveServer(create_app(engine, _fast_settings())).start()
    yield server, engine
    server.stop()
    engine.dispose()


class Replica:
    def __init__(self, path: Path, url: str) -> None:
        from sync.client.auth import login

        self.engine = replica_engine(path, REPLICA_KEY)
        self.store = MemorySecretStore()
        self.transport = Switchable(url)
        login(self.engine, self.transport, self.store, email=ADMIN, password=PASSWORD, device_name="t", server_url="t")

    def sync(self, **kwargs: Any) -> sync_engine.SyncReport:
        return sync_engine.run_sync(self.engine, self.transport, self.store, **kwargs)


@pytest.fixture
def replicas(demo_live: tuple[LiveServer, Engine], migrated_replica: Path, tmp_path: Path) -> Iterator[Any]:
    made: list[Replica] = []

    def make(name: str) -> Replica:
        shutil.copyfile(migrated_replica, tmp_path / f"{name}.db")
        replica = Replica(tmp_path / f"{name}.db", demo_live[0].url)
        made.append(replica)
        return replica

    yield make
    for replica in made:
        replica.engine.dispose()


@pytest.fixture
def bulk_spy(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Pages of PAGE rows, bulk from the first full page on; records each bulk load started."""
    monkeypatch.setattr(sync_engine, "PULL_LIMIT", PAGE)
    monkeypatch.setattr(sync_engine, "BULK_MIN_ROWS", PAGE // 2)
    started: list[Any] = []
    original = sync_engine._BulkPull.start

    def start(engine: Engine) -> Any:
        bulk = original(engine)
        started.append(bulk)
        return bulk

    monkeypatch.setattr(sync_engine._BulkPull, "start", staticmethod(start))
    return started


def _row_by_row(make: Any, monkeypatch: pytest.MonkeyPatch, name: str = "rows") -> Replica:
    """The same pull, page by page with the triggers (bulk threshold out of reach)."""
    with monkeypatch.context() as patch:
        patch.setattr(sync_engine, "BULK_MIN_ROWS", 10**9)
        replica: Replica = make(name)
        replica.sync()
    return replica


def content(engine: Engine) -> dict[str, Any]:
    """Everything a replica holds: schema objects, every table's rows (sorted), the search index as
    (entity, row, partner, kind, title, body) and each kind's rows in index (docid) order. The docid
    numbers themselves are left out: a surrogate key the bulk rebuild assigns kind by kind."""
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        out["schema"] = sorted(
            tuple(r) for r in conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master")
        )
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_%'"
            )
        ]
        for table in tables:
            out[table] = sorted(map(repr, conn.exec_driver_sql(f'SELECT * FROM "{table}"')))
        # of the replica's own facts (device, tokens, times differ per replica), the pull cursor
        out["replica_meta"] = conn.exec_driver_sql(
            "SELECT value FROM replica_meta WHERE key = ?", (meta.CURSOR,)
        ).fetchall()
        out["search"] = sorted(
            map(
                repr,
                conn.exec_driver_sql(
                    "SELECT d.entity, d.row_id, d.partner_id, f.kind, f.title, f.body FROM search_docs AS d"
                    " JOIN search_fts AS f ON f.rowid = d.docid"
                ),
            )
        )
        out["search_order"] = [
            tuple(r) for r in conn.exec_driver_sql("SELECT entity, row_id FROM search_docs ORDER BY entity, docid")
        ]
        out["search_fts_rows"] = conn.exec_driver_sql("SELECT count(*) FROM search_fts").scalar()
        conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")
        out["integrity"] = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
    return out


def _differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def test_first_pull_in_bulk_equals_the_row_by_row_pull(
    replicas: Any, bulk_spy: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk = replicas("bulk")
    report = bulk.sync()
    assert len(bulk_spy) == 1 and bulk_spy[0] is not None
    assert "deal_registrations" in bulk_spy[0].tables and bulk_spy[0]._load.indexes
    assert report.bulk_tables == len(bulk_spy[0].tables)
    rows = _row_by_row(replicas, monkeypatch)
    a, b = content(bulk.engine), content(rows.engine)
    assert _differences(a, b) == []
    # not trivially equal: the derived tables were filled, and the pull spanned many pages
    assert report.pulled > 5 * PAGE
    assert len(a["search"]) > 100 and len(a["analytics_deal_month"]) > 10 and len(a["analytics_deal_day"]) > 10
    assert a["integrity"] == [("ok",)]
    with Session(bulk.engine) as session:
        assert int(meta.get(session, meta.CURSOR) or 0) == report.cursor > 0


def test_second_pull_takes_the_normal_path(
    replicas: Any, bulk_spy: list[Any], demo_live: tuple[LiveServer, Engine]
) -> None:
    from sync.server.changelog import server_uow
    from workbench.deals.models import DealRegistration
    from workbench.security.roles import SYSTEM

    replica = replicas("again")
    replica.sync()
    assert len(bulk_spy) == 1
    server = demo_live[1]
    with Session(server) as session:
        ids = list(session.scalars(select(DealRegistration.id).order_by(DealRegistration.id).limit(300)))
    assert len(ids) == 300
    for start in range(0, len(ids), 50):  # six server transactions: the second pull has several pages
        with server_uow(server, SYSTEM) as uow:
            for deal_id in ids[start : start + 50]:
                uow.get(DealRegistration, deal_id).title = f"renamed {deal_id[-6:]}"
    pages: list[int] = []
    report = replica.sync(progress=lambda phase, done, _t: pages.append(done) if phase == "pull" else None)
    assert len(pages) >= 2 and pages[0] >= sync_engine.BULK_MIN_ROWS  # big enough for a bulk load ...
    assert len(bulk_spy) == 1 and report.bulk_tables == 0  # ... but it has pulled before: page by page
    assert report.pulled >= len(ids)
    with replica.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'title : renamed'"
        ).scalar()
    assert found == len(ids)  # the triggers kept the index current


@pytest.mark.parametrize("where", ["page", "finish"])
def test_a_failed_bulk_pull_leaves_the_replica_as_before(
    replicas: Any, bulk_spy: list[Any], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    replica = replicas("broken")
    before = content(replica.engine)
    calls = {"n": 0}
    if where == "page":
        original_apply = sync_engine._apply_changes

        def failing_apply(*args: Any, **kwargs: Any) -> None:
            calls["n"] += 1
            if calls["n"] == 3:
                raise RuntimeError("disk on fire")
            original_apply(*args, **kwargs)

        monkeypatch.setattr(sync_engine, "_apply_changes", failing_apply)
    else:
        original_finish = sync_engine.finish_bulk

        def failing_finish(conn: Any, load: Any) -> None:
            original_finish(conn, load)  # rebuilt and restored ... then the process fails before the commit
            raise RuntimeError("power cut")

        monkeypatch.setattr(sync_engine, "finish_bulk", failing_finish)
    with pytest.raises(RuntimeError):
        replica.sync()
    assert len(bulk_spy) == 1 and bulk_spy[0] is not None
    after = content(replica.engine)
    assert _differences(before, after) == []  # schema, rows, derived tables and cursor as before
    with Session(replica.engine) as session:
        assert meta.get(session, meta.CURSOR) in (None, "", "0")
    monkeypatch.undo()
    monkeypatch.setattr(sync_engine, "PULL_LIMIT", PAGE)
    replica.sync()  # the next run starts over and completes
    rows = _row_by_row(replicas, monkeypatch)
    assert _differences(content(replica.engine), content(rows.engine)) == []


def test_cancel_during_a_bulk_pull_keeps_the_applied_pages_consistent(
    replicas: Any, bulk_spy: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    replica = replicas("cancelled")
    flag = sync_engine.CancelFlag()

    def progress(phase: str, done: int, _total: int | None) -> None:
        if phase == "pull" and done >= 2 * PAGE:
            flag.cancel()

    with pytest.raises(Cancelled):
        replica.sync(progress=progress, cancel=flag)
    assert bulk_spy[0] is not None
    partial = content(replica.engine)
    with Session(replica.engine) as session:
        cursor = int(meta.get(session, meta.CURSOR) or 0)
    assert cursor > 0  # the applied pages were committed with their cursor
    rows = _row_by_row(replicas, monkeypatch)
    full = content(rows.engine)
    assert partial["schema"] == full["schema"]  # indexes and triggers are back
    assert 0 < len(partial["search"]) < len(full["search"])
    replica.sync()  # resumes from the cursor, row by row (the cursor is no longer 0)
    assert len(bulk_spy) == 1
    assert _differences(content(replica.engine), full) == []


def test_a_table_with_an_unregistered_trigger_is_written_the_normal_way(
    replicas: Any, bulk_spy: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    replica = replicas("custom")
    with replica.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE deal_log (deal_id TEXT NOT NULL)")
        conn.exec_driver_sql(
            "CREATE TRIGGER custom_deal_log AFTER INSERT ON deal_registrations BEGIN"
            " INSERT INTO deal_log (deal_id) VALUES (new.id); END"
        )
    replica.sync()
    load = bulk_spy[0]._load
    assert load.left_out == {"deal_registrations": ["custom_deal_log"]}
    assert "deal_registrations" not in load.tables and "partners" in load.tables
    assert not any(name.startswith("ix_deal_registrations") for name, _sql in load.indexes)
    with replica.engine.connect() as conn:
        logged = conn.exec_driver_sql("SELECT count(*) FROM deal_log").scalar()
        deals = conn.exec_driver_sql("SELECT count(*) FROM deal_registrations").scalar()
        conn.exec_driver_sql("DROP TRIGGER custom_deal_log")
        conn.exec_driver_sql("DROP TABLE deal_log")
        conn.commit()
    assert logged == deals > 0  # the unknown trigger fired for every row
    rows = _row_by_row(replicas, monkeypatch)
    assert _differences(content(replica.engine), content(rows.engine)) == []


def test_every_trigger_of_the_schema_has_a_registered_rebuild(migrated_replica: Path) -> None:
    """A new trigger-maintained table must register its rebuild (workbench.db.derived), or the bulk first
    pull writes its source tables row by row."""
    engine = replica_engine(migrated_replica, REPLICA_KEY)
    try:
        with engine.connect() as conn:
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        engine.dispose()
    assert triggers
    assert {t for t in triggers if derived.owner_of(t) is None} == set()


def test_a_trigger_belongs_to_one_derived_set() -> None:
    search = next(d for d in derived.registered() if d.name == "search")
    with pytest.raises(ValueError, match="already belong"):
        derived.register(derived.Derived("other", ("x",), frozenset({"search_partners_ai"}), search.rebuild))
    assert derived.owner_of("search_partners_ai") is search


def test_a_token_refresh_during_a_bulk_pull_does_not_wait_for_its_transaction(
    replicas: Any, bulk_spy: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next page is fetched on the helper thread while the bulk transaction is open; an access token
    that expires meanwhile is refreshed there (its replica_meta write changes nothing, so it needs no write
    lock) and the pull goes on."""
    import time

    replica = replicas("refresh")
    offset = {"s": 0.0}
    refreshed: list[str] = []
    inner = replica.transport

    class Recording:
        def request(self, method: str, path: str, **kwargs: Any) -> Any:
            if path.endswith("/auth/refresh"):
                refreshed.append(path)
            return inner.request(method, path, **kwargs)

    replica.transport = Recording()  # type: ignore[assignment]

    def progress(phase: str, done: int, _total: int | None) -> None:
        if phase == "pull" and done > 0:
            offset["s"] = 3600.0  # the access token has expired from the next request on

    started = time.monotonic()
    report = replica.sync(progress=progress, clock=lambda: time.time() + offset["s"])
    assert refreshed and bulk_spy[0] is not None and report.bulk_tables > 0
    assert time.monotonic() - started < 5.0  # no busy-timeout wait (5 s) for a write lock
    rows = _row_by_row(replicas, monkeypatch)
    assert _differences(content(replica.engine), content(rows.engine)) == []
