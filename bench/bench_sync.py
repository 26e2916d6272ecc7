"""Issue #3 figures: the sync engine over loopback HTTP, with the server database on SQLite and on
PostgreSQL (a fresh schema in the `test` database, `WORKBENCH_TEST_PG_URL`).

The server is the real one: `python main.py serve --db URL` in a subprocess on 127.0.0.1 (an ephemeral
port), so client and server run in separate processes as they do in production. Clients are real replicas
(encrypted, migrated to head with the search triggers) driven by `sync.client.engine.run_sync`, except the
simulated devices of the load figure, which send prebuilt push bodies over real HTTP.

Figures (targets from the issue):
1. pull and apply N changed rows into an empty replica (full 100,000: <= 5 s, >= 20,000 rows/s);
2. push 5,000 queued ops (creates, patches, commands mixed): <= 5 s;
3. a sync with nothing to do: <= 100 ms and at most 2 requests (counted at the transport);
4. 200 simulated devices syncing at once against PostgreSQL (server with 4 workers): p95 latency of a
   500-op push <= 1 s, and throughput;
5. a 100 MB attachment upload cut at 50 % and resumed: only the missing half travels (bytes counted).

Quick: 20,000 rows, 500 ops, 5 devices x 500 ops, a 20 MB attachment (the push figures take minutes on a loaded
machine: about 10 ms of server CPU per op)."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests  # type: ignore[import-untyped]
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, func, select, text, update
from sqlalchemy.orm import Session

from bench.common import emit

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("WORKBENCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SECRET = "bench-" + "s" * 40
PASSWORD = "bench password 1"
REPLICA_KEY = b"\x07" * 32
ROWS_PER_SEQ = 10  # server transactions of the seeded change log: 10 rows each (a typical pushed tx)
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _load_models() -> None:
    import sync.server.models  # noqa: F401  (the server tables join the metadata)
    from workbench.db.registry import load_all

    load_all()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process `pid` and its children (a uvicorn master and its workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text("ascii").rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        proc_id = int(stat.parent.name)
        if proc_id == pid or int(fields[1]) == pid:  # fields[1]: the parent pid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def postgres_cpu_seconds() -> float:
    """CPU seconds of all PostgreSQL processes (other work on the same server counts too: approximate)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text_ = stat.read_text("ascii")
        except OSError:
            continue
        name = text_[text_.find("(") + 1 : text_.rfind(")")]
        if name.startswith("postgres"):
            fields = text_.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


@dataclass
class CpuMeter:
    """Wall time, this process's CPU time (all threads), the server's and PostgreSQL's CPU time."""

    server_pid: int
    wall: float = 0.0
    client_cpu: float = 0.0
    server_cpu: float = 0.0
    pg_cpu: float = 0.0
    _start: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def __enter__(self) -> CpuMeter:
        self._start = (
            time.perf_counter(),
            time.process_time(),
            tree_cpu_seconds(self.server_pid),
            postgres_cpu_seconds(),
        )
        return self

    def __exit__(self, *_exc: object) -> None:
        wall, cpu, server, pg = self._start
        self.wall = time.perf_counter() - wall
        self.client_cpu = time.process_time() - cpu
        self.server_cpu = tree_cpu_seconds(self.server_pid) - server
        self.pg_cpu = postgres_cpu_seconds() - pg

    def extra(self) -> dict[str, float]:
        out = {"client_cpu_s": round(self.client_cpu, 2), "server_cpu_s": round(self.server_cpu, 2)}
        if self.pg_cpu > 0.05:
            out["postgres_cpu_s"] = round(self.pg_cpu, 2)
        return out


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text("ascii").split()[:3])
    except OSError:
        return "unknown"


# --- the server database -------------------------------------------------------------------------


@dataclass
class ServerDb:
    kind: str  # sqlite | postgresql
    url: str
    engine: Engine
    dir: Path
    schema: str | None = None

    def drop(self) -> None:
        self.engine.dispose()
        if self.schema is not None:
            admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
            admin.dispose()


@contextmanager
def server_db(kind: str, root: Path) -> Iterator[ServerDb]:
    """A new, migrated server database."""
    from workbench.db.engine import server_engine
    from workbench.db.migrate import upgrade

    _load_models()
    work = Path(tempfile.mkdtemp(prefix=f"srv-{kind}-", dir=root))
    schema = None
    if kind == "sqlite":
        url = f"sqlite:///{work / 'server.db'}"
    else:
        schema = "bench_" + uuid.uuid4().hex[:10]
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()
        sep = "&" if "?" in PG_URL else "?"
        url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    engine = server_engine(url)
    upgrade(engine)  # the schema `serve` builds: the Alembic chain
    db = ServerDb(kind, url, engine, work, schema)
    try:
        yield db
    finally:
        db.drop()


def server_settings(**extra: Any) -> Any:
    from sync.server.settings import ServerSettings

    return ServerSettings(secret=SECRET.encode(), hasher=CHEAP_HASHER, **extra)


def add_user(db: ServerDb, email: str, role: str, partner_id: str | None = None) -> str:
    from sync.server.auth import create_user
    from workbench.security.roles import Role

    return create_user(
        db.engine, server_settings(), email=email, password=PASSWORD, role=Role(role), partner_id=partner_id
    )


def seed_change_log(db: ServerDb, rows: int, partners: int | None = None) -> dict[str, int]:
    """About `rows` synced rows from the demo generator (or, with `partners`, that many partners with a
    few rows each), then stamped as a change log of many small transactions (ROWS_PER_SEQ rows per
    server_seq, tables interleaved by creation time), as if they had been pushed over time. Returns the
    row counts per table."""
    from workbench.demo import DemoSizes, seed_demo

    if partners is None:
        partners = max(5, round(rows / 90))  # the generator writes about 90 rows per partner
        sizes = DemoSizes(partners, deals=partners * 15, training_events=partners * 25, mdf_requests=partners * 2)
    else:
        sizes = DemoSizes(partners, deals=partners * 2, training_events=partners * 2, mdf_requests=partners)
    counts = seed_demo(db.engine, sizes)
    stamp_as_change_log(db)
    return {k: v for k, v in counts.items() if v}


def stamp_as_change_log(db: ServerDb) -> None:
    from sync.server.models import SeqCounter
    from sync.server.rows import wire_models
    from workbench.db.base import entity_name

    models = wire_models()
    order = {entity_name(m): i for i, m in enumerate(models)}
    everything: list[tuple[Any, int, str, str]] = []
    with db.engine.connect() as conn:
        for model in models:
            table: Any = model.__table__
            for row_id, created in conn.execute(select(table.c.id, table.c.created_at)):
                everything.append((created, order[entity_name(model)], entity_name(model), row_id))
    everything.sort(key=lambda item: (item[0], item[1]))
    by_table: dict[str, list[dict[str, Any]]] = {}
    for i, (_created, _order, entity, row_id) in enumerate(everything):
        by_table.setdefault(entity, []).append({"b_id": row_id, "b_seq": i // ROWS_PER_SEQ + 1})
    last = (len(everything) - 1) // ROWS_PER_SEQ + 1 if everything else 0
    from sqlalchemy import bindparam

    with db.engine.begin() as conn:
        for model in models:
            items = by_table.get(entity_name(model))
            if not items:
                continue
            table = model.__table__
            conn.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(server_seq=bindparam("b_seq")),
                items,
            )
        found = conn.execute(select(SeqCounter.value).where(SeqCounter.id == 1)).scalar_one_or_none()
        if found is None:
            conn.execute(SeqCounter.__table__.insert().values(id=1, value=last, horizon=0))
        else:
            conn.execute(update(SeqCounter).where(SeqCounter.id == 1).values(value=last))


# --- the server process ---------------------------------------------------------------------------


class ServerProcess:
    """`python main.py serve --db URL` on 127.0.0.1 in a subprocess."""

    def __init__(self, db: ServerDb, workers: int = 1) -> None:
        self.db = db
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.blob_dir = db.dir / "blobs"
        self.log_path = db.dir / f"server-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        env = dict(os.environ, PYTHONPATH=str(ROOT), WORKBENCH_SERVER_SECRET=SECRET)
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "--log-level",
            "WARNING",
            "serve",
            "--db",
            self.db.url,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--blob-dir",
            str(self.blob_dir),
            "--workers",
            str(self.workers),
        ]
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text('utf-8', 'replace')[-2000:]}")
            try:
                if requests.get(self.url + "/health", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not answer /health within 120 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


@contextmanager
def running(db: ServerDb, workers: int = 1) -> Iterator[ServerProcess]:
    server = ServerProcess(db, workers).start()
    try:
        yield server
    finally:
        server.stop()


# --- clients ---------------------------------------------------------------------------------------


class Counting:
    """A transport that counts requests and body bytes sent (wraps RequestsTransport)."""

    def __init__(self, url: str) -> None:
        from sync.client.transport import RequestsTransport

        self.inner = RequestsTransport(url)
        self.requests = 0
        self.sent_bytes = 0
        self.paths: list[str] = []
        self.push_seconds = 0.0

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        self.requests += 1
        self.paths.append(path)
        data = kwargs.get("data")
        if data is not None:
            self.sent_bytes += len(data)
        t0 = time.perf_counter()
        response = self.inner.request(method, path, **kwargs)
        if path.endswith("/push"):
            self.push_seconds += time.perf_counter() - t0
        return response

    def reset(self) -> None:
        self.requests = 0
        self.sent_bytes = 0
        self.paths = []
        self.push_seconds = 0.0


@dataclass
class Replica:
    engine: Engine
    transport: Counting
    store: Any
    path: Path
    blob_dir: Path

    def sync(self, **kwargs: Any) -> Any:
        from sync.client.engine import run_sync

        return run_sync(self.engine, self.transport, self.store, **kwargs)

    def close(self) -> None:
        self.engine.dispose()


_template: dict[str, Path] = {}


def new_replica(root: Path, server: ServerProcess, email: str) -> Replica:
    """An empty replica (encrypted, migrated to head: the real workspace schema with its search
    triggers), signed in as `email`."""
    from sync.client.auth import login
    from workbench.db.engine import replica_engine
    from workbench.db.migrate import upgrade
    from workbench.security.secrets import MemorySecretStore

    if "replica" not in _template:
        path = root / "replica-template.db"
        engine = replica_engine(path, REPLICA_KEY)
        upgrade(engine)
        engine.dispose()
        _template["replica"] = path
    path = root / f"replica-{uuid.uuid4().hex[:8]}.db"
    shutil.copyfile(_template["replica"], path)
    engine = replica_engine(path, REPLICA_KEY)
    transport = Counting(server.url)
    store = MemorySecretStore()
    login(engine, transport, store, email=email, password=PASSWORD, device_name="bench", server_url=server.url)
    blob_dir = root / f"blobs-{path.stem}"
    blob_dir.mkdir()
    return Replica(engine, transport, store, path, blob_dir)


# --- 1. pull and apply -----------------------------------------------------------------------------


def bench_pull_apply(root: Path, db: ServerDb, rows: int, only: set[str]) -> Replica | None:
    """Seed the change log, then one sync of an empty replica signed in as an admin (sees every row).
    Returns the replica (for the no-op figure), None when skipped."""
    if only and "pull" not in only:
        return None
    t0 = time.perf_counter()
    counts = seed_change_log(db, rows)
    seeded = sum(counts.values())
    add_user(db, "admin@bench.test", "admin")
    setup_s = time.perf_counter() - t0
    with running(db) as server:
        replica = new_replica(root, server, "admin@bench.test")
        replica.transport.reset()
        load = load_average()
        assert server.proc is not None
        with CpuMeter(server.proc.pid) as meter:
            report = replica.sync()
        applied = report.pulled + report.deleted
        if applied < seeded:
            raise AssertionError(f"pulled {applied} of {seeded} rows")
    size = f"{seeded} rows, {len(counts)} tables"
    emit(
        "sync",
        f"pull_apply_seconds_{db.kind}",
        meter.wall,
        "s",
        target="<= 5 s at 100,000 rows",
        size=size,
        requests=replica.transport.requests,
        bulk_tables=report.bulk_tables,
        load=load,
        seed_s=round(setup_s, 1),
        **meter.extra(),
    )
    emit(
        "sync",
        f"pull_apply_rows_per_s_{db.kind}",
        seeded / meter.wall,
        "rows/s",
        target=">= 20,000 rows/s",
        size=size,
        load=load,
        client_cpu_rows_per_s=round(seeded / max(meter.client_cpu, 1e-9)),
        server_cpu_rows_per_s=round(seeded / max(meter.server_cpu + meter.pg_cpu, 1e-9)),
    )
    return replica


# --- 2. push ------------------------------------------------------------------------------------------


def _partner_user(db: ServerDb, email: str) -> tuple[str, str]:
    """A partner_admin user of the first seeded partner: (user id, partner id)."""
    from workbench.partners.models import Partner

    with db.engine.connect() as conn:
        partner_id = conn.execute(select(Partner.id).order_by(Partner.id).limit(1)).scalar_one()
    return add_user(db, email, "partner_admin", partner_id), partner_id


def _queue_mixed_ops(replica: Replica, partner_id: str, ops: int) -> dict[str, int]:
    """Warm up (pushed, not timed): contacts and draft deals. Then queue exactly `ops` outbox ops:
    35 % contact creates, 35 % contact patches (distinct rows), 20 % deal creates (a deal and its
    product line: two ops), 10 % `submit` commands of the drafts."""
    from decimal import Decimal

    from sync.client.auth import signed_in_actor
    from workbench.clock import today
    from workbench.db.outbox import OutboxOp
    from workbench.db.uow import UnitOfWork
    from workbench.deals.commands import create_deal, submit_deal
    from workbench.deals.types import DealInput, DealProductInput
    from workbench.partners.models import Contact
    from workbench.programs.models import Product

    actor = signed_in_actor(replica.engine)
    assert actor is not None
    with Session(replica.engine) as session:
        product = session.scalars(select(Product).order_by(Product.id).limit(1)).one()
        program_id, product_id = product.program_id, product.id
    commands = ops // 10
    deal_ops = ops // 5 // 2 * 2
    patches = (ops - commands - deal_ops) // 2
    creates = ops - commands - deal_ops - patches
    close = today() + timedelta(days=120)
    rng = random.Random(5)

    def deal(tag: str) -> str:
        dto = create_deal(
            replica.engine,
            actor,
            DealInput(
                partner_id=partner_id,
                program_id=program_id,
                customer_name=f"Bench Customer {tag} {rng.randrange(10**9)}",
                title=f"Rollout {tag}",
                amount=Decimal("12500.00"),
                currency="EUR",
                expected_close=close,
                customer_country="DE",
                products=(DealProductInput(product_id),),
            ),
        )
        return dto.id

    with UnitOfWork(replica.engine, actor, replica=True) as uow:
        added = [uow.add(Contact(partner_id=partner_id, last_name=f"Warmup {i}", role="sales")) for i in range(patches)]
        uow.flush()
        contact_ids = [c.id for c in added]
    drafts = [deal(f"draft {i}") for i in range(commands)]
    warm = replica.sync()
    if warm.pending_after or warm.rejected or warm.conflicts:
        raise AssertionError(f"warm-up push did not settle: {warm.as_json()}")

    for i, contact_id in enumerate(contact_ids):
        with UnitOfWork(replica.engine, actor, replica=True) as uow:
            uow.get(Contact, contact_id).job_title = f"Lead {i}"
    with UnitOfWork(replica.engine, actor, replica=True) as uow:
        for i in range(creates):
            uow.add(Contact(partner_id=partner_id, last_name=f"Bench {i}", first_name="Anna", role="sales"))
    for i in range(deal_ops // 2):
        deal(f"new {i}")
    for deal_id in drafts:
        submit_deal(replica.engine, actor, deal_id)
    with Session(replica.engine) as session:
        kinds = dict(session.execute(select(OutboxOp.kind, func.count()).group_by(OutboxOp.kind)).tuples().all())
    if sum(kinds.values()) != ops:
        raise AssertionError(f"queued {kinds}, wanted {ops} ops")
    return {str(k): int(v) for k, v in kinds.items()}


def bench_push(root: Path, db: ServerDb, server: ServerProcess, ops: int) -> None:
    from workbench.partners.models import Partner

    with db.engine.connect() as conn:
        seeded = conn.execute(select(Partner.id).limit(1)).first() is not None
    if not seeded:  # push alone (BENCH_SYNC_ONLY=push): a small server of the demo generator's data
        seed_change_log(db, 2_000)
    _partner_user(db, "pusher@bench.test")
    replica = new_replica(root, server, "pusher@bench.test")
    replica.sync()
    _user, partner_id = _partner_user_of(replica)
    kinds = _queue_mixed_ops(replica, partner_id, ops)
    marks: dict[str, float] = {}

    def progress(phase: str, _done: int, _total: int | None) -> None:
        now = time.perf_counter()
        marks.setdefault(phase + "_first", now)
        marks[phase + "_last"] = now

    replica.transport.reset()
    load = load_average()
    assert server.proc is not None
    with CpuMeter(server.proc.pid) as meter:
        report = replica.sync(progress=progress)
    push_s = marks["push_last"] - marks["push_first"]
    settled = report.applied + report.merged + report.conflicts + report.rejected
    if report.pending_after or settled != ops:
        raise AssertionError(f"push did not settle all ops: {report.as_json()}")
    replica.close()
    emit(
        "sync",
        f"push_seconds_{db.kind}",
        push_s,
        "s",
        target="<= 5 s for 5,000 ops",
        size=f"{ops} ops {kinds}",
        sync_total_s=round(meter.wall, 2),
        push_requests=replica.transport.paths.count("/sync/v1/push"),
        http_push_s=round(replica.transport.push_seconds, 2),
        applied=report.applied,
        rejected=report.rejected,
        conflicts=report.conflicts,
        load=load,
        **meter.extra(),
    )


def _partner_user_of(replica: Replica) -> tuple[str, str]:
    from sync.client import meta

    user = meta.read(replica.engine, meta.USER_ID)
    partner = meta.read(replica.engine, meta.PARTNER_ID)
    assert user and partner
    return user, partner


# --- 3. a sync with nothing to do -------------------------------------------------------------------


def bench_noop(replica: Replica, server: ServerProcess, kind: str, repeat: int) -> None:
    replica.sync()  # settle whatever is left
    times: list[float] = []
    counts: list[int] = []
    for _ in range(repeat):
        replica.transport.reset()
        t0 = time.perf_counter()
        report = replica.sync()
        times.append((time.perf_counter() - t0) * 1000)
        counts.append(replica.transport.requests)
        if report.pulled or report.pushed:
            raise AssertionError(f"the no-op sync did something: {report.as_json()}")
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    emit(
        "sync",
        f"noop_sync_ms_{kind}",
        statistics.median(times),
        "ms",
        target="<= 100 ms, <= 2 requests",
        size=f"{repeat} runs",
        p95_ms=round(p95, 1),
        requests=max(counts),
        paths=sorted(set(replica.transport.paths)),
        load=load_average(),
    )


# --- 5. resumable attachment upload ------------------------------------------------------------------


class CutAfter:
    """Passes requests on; the upload chunk that would carry byte `cut_at` loses its connection on the
    way (its bytes up to `cut_at` count as sent, the server never gets the chunk: NetworkError).
    Counts every upload byte put on the wire."""

    def __init__(self, inner: Any, cut_at: int | None) -> None:
        self.inner = inner
        self.cut_at = cut_at
        self.sent = 0

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        from sync.client.errors import NetworkError

        data = kwargs.get("data")
        if method == "PUT" and data is not None:
            if self.cut_at is not None and self.sent + len(data) > self.cut_at:
                self.sent = self.cut_at
                raise NetworkError("ConnectionResetError")
            self.sent += len(data)
        return self.inner.request(method, path, **kwargs)


def bench_upload(root: Path, server: ServerProcess, size: int) -> None:
    import hashlib

    from sync.client.auth import AuthSession
    from sync.client.errors import NetworkError
    from workbench.records.commands import blob_path

    replica = new_replica(root, server, "admin@bench.test")
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    path = blob_path(replica.blob_dir, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    del data
    from sync.client.blobs import CHUNK_BYTES, _status, upload_blob

    first = CutAfter(replica.transport, cut_at=size // 2)
    t0 = time.perf_counter()
    try:
        upload_blob(AuthSession(replica.engine, first, replica.store), replica.blob_dir, sha)
        raise AssertionError("the upload was not cut")
    except NetworkError:
        pass
    cut_s = time.perf_counter() - t0
    auth = AuthSession(replica.engine, replica.transport, replica.store)
    received = _status(auth, sha).received
    second = CutAfter(replica.transport, cut_at=None)
    t0 = time.perf_counter()
    sent = upload_blob(AuthSession(replica.engine, second, replica.store), replica.blob_dir, sha)
    resume_s = time.perf_counter() - t0
    on_server = [p for p in server.blob_dir.rglob(sha) if p.is_file() and ".verified" not in p.parts]
    if len(on_server) != 1 or on_server[0].stat().st_size != size:
        raise AssertionError(f"the server does not hold the complete blob ({on_server})")
    replica.close()
    if second.sent != sent or sent != size - received:
        raise AssertionError(f"resumed {second.sent} bytes, the server lacked {size - received}")
    emit(
        "sync",
        "upload_resume_bytes_sent",
        second.sent,
        "bytes",
        target="only the missing half",
        size=f"{size} bytes, cut at 50 %, chunks of {CHUNK_BYTES} bytes",
        before_cut_bytes=first.sent,
        server_had_bytes=received,
        total_bytes=first.sent + second.sent,
        lost_in_cut_chunk=first.sent - received,
        first_part_s=round(cut_s, 2),
        resume_s=round(resume_s, 2),
        load=load_average(),
    )


# --- 4. many devices at once ---------------------------------------------------------------------------


def _uuids(value: Any, out: set[str]) -> None:
    if isinstance(value, str):
        if len(value) == 36 and value.count("-") == 4:
            out.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _uuids(item, out)
    elif isinstance(value, list):
        for item in value:
            _uuids(item, out)


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, dict):
        return {k: _renamed(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, names) for v in value]
    return value


def _template_ops(root: Path, db: ServerDb, server: ServerProcess, ops: int) -> tuple[dict[str, Any], set[str]]:
    """One real replica (partner user of the first partner) queues `ops` create ops (contacts; deals with
    a product line); their push body is the template every simulated device sends with its own ids.
    Returns the body and the ids that stay the same for everyone (program, product)."""
    from decimal import Decimal

    from sync.client.auth import signed_in_actor
    from sync.client.engine import _take_batch
    from workbench.clock import today
    from workbench.db.uow import UnitOfWork
    from workbench.deals.commands import create_deal
    from workbench.deals.types import DealInput, DealProductInput
    from workbench.partners.models import Contact
    from workbench.programs.models import Product

    replica = new_replica(root, server, "device-0@bench.test")
    replica.sync()
    _user, partner_id = _partner_user_of(replica)
    actor = signed_in_actor(replica.engine)
    assert actor is not None
    with Session(replica.engine) as session:
        product = session.scalars(select(Product).order_by(Product.id).limit(1)).one()
        shared = {product.id, product.program_id}
        program_id, product_id = product.program_id, product.id
    deals = ops // 10
    with UnitOfWork(replica.engine, actor, replica=True) as uow:
        for i in range(ops - 2 * deals):
            uow.add(Contact(partner_id=partner_id, last_name=f"Device {i}", first_name="Jo", role="sales"))
    for i in range(deals):
        create_deal(
            replica.engine,
            actor,
            DealInput(
                partner_id=partner_id,
                program_id=program_id,
                customer_name=f"Fleet Customer {i}",
                title="Fleet rollout",
                amount=Decimal("9900.00"),
                currency="EUR",
                expected_close=today() + timedelta(days=90),
                customer_country="DE",
                products=(DealProductInput(product_id),),
            ),
        )
    batch = _take_batch(replica.engine, ops + 1, 1_040_000)  # (ops + 1: the last transaction is not trimmed)
    assert batch is not None
    body = json.loads(batch[0])
    if len(body["ops"]) != ops:
        raise AssertionError(f"template holds {len(body['ops'])} ops, wanted {ops}")
    replica.close()
    return body, shared


@dataclass
class Device:
    email: str
    user_id: str
    partner_id: str
    device_id: str = ""
    access: str = ""
    body: bytes = b""
    push_ms: float = 0.0
    push_retries: int = 0  # pushes answered 5xx and sent again
    sync_ms: float = 0.0
    results: dict[str, int] = field(default_factory=dict)
    error: str = ""


def _login(url: str, device: Device) -> None:
    session = requests.Session()
    for _attempt in range(120):
        r = session.post(
            url + "/sync/v1/auth/login",
            json={"email": device.email, "password": PASSWORD, "device_name": "sim"},
            timeout=60,
        )
        if r.status_code == 429:
            time.sleep(float(r.headers.get("Retry-After", "1")))
            continue
        r.raise_for_status()
        answer = r.json()
        device.device_id, device.access = answer["device_id"], answer["access_token"]
        return
    raise RuntimeError(f"could not log in {device.email}")


PUSH_ATTEMPTS = 20


def _device_sync(url: str, device: Device, start: threading.Barrier) -> None:
    """hello, one 500-op push (timed), then pull the device's scope: one sync of a simulated device."""
    session = requests.Session()
    headers = {"Authorization": f"Bearer {device.access}"}
    try:
        start.wait()
        t0 = time.perf_counter()
        r = session.post(
            url + "/sync/v1/hello",
            json={"protocol_version": 1, "schema_version": 1, "cursor": None, "app_version": "bench"},
            headers=headers,
            timeout=600,
        )
        r.raise_for_status()
        t1 = time.perf_counter()
        for _attempt in range(PUSH_ATTEMPTS):
            r = session.post(
                url + "/sync/v1/push",
                data=device.body,
                headers={**headers, "Content-Type": "application/json"},
                timeout=600,
            )
            if r.status_code < 500:
                break
            # An overloaded server (its connection pool timed out): sent again, as the sync client does on a
            # server error; the push latency counts from the first attempt and the retries are reported.
            device.push_retries += 1
            time.sleep(1.0)
        device.push_ms = (time.perf_counter() - t1) * 1000
        r.raise_for_status()
        for result in r.json()["results"]:
            code = result["result"] + (f":{result['reason']}" if result.get("reason") else "")
            device.results[code] = device.results.get(code, 0) + 1
        cursor = 0
        while True:
            r = session.get(
                url + "/sync/v1/pull", params={"cursor": cursor, "limit": 5000}, headers=headers, timeout=600
            )
            r.raise_for_status()
            page = r.json()
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        device.sync_ms = (time.perf_counter() - t0) * 1000
    except (requests.RequestException, ValueError, KeyError) as exc:
        device.error = f"{type(exc).__name__}: {exc}"[:300]


def bench_devices(root: Path, devices: int, ops: int, workers: int) -> None:
    from workbench.partners.models import Partner

    with server_db("postgresql", root) as db:
        seed_change_log(db, 0, partners=devices)
        with db.engine.connect() as conn:
            partners = list(conn.execute(select(Partner.id).order_by(Partner.id).limit(devices)).scalars())
        fleet = [
            Device(f"device-{i}@bench.test", add_user(db, f"device-{i}@bench.test", "partner_admin", p), p)
            for i, p in enumerate(partners)
        ]
        with running(db, workers=workers) as server:
            template, shared = _template_ops(root, db, server, ops)
            ids: set[str] = set()
            _uuids(template, ids)
            for device in fleet:
                _login(server.url, device)
            for device in fleet:
                names = {i: str(uuid.uuid4()) for i in ids if i not in shared}
                names[fleet[0].partner_id] = device.partner_id
                names[fleet[0].user_id] = device.user_id
                body = _renamed(template, names)
                body["device_id"] = device.device_id
                for seq, op in enumerate(body["ops"], start=1):
                    op["client_seq"] = seq
                device.body = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
            start = threading.Barrier(len(fleet) + 1)
            threads = [threading.Thread(target=_device_sync, args=(server.url, d, start)) for d in fleet]
            for thread in threads:
                thread.start()
            load = load_average()
            assert server.proc is not None
            with CpuMeter(server.proc.pid) as meter:
                start.wait()
                for thread in threads:
                    thread.join()
    errors = [d.error for d in fleet if d.error]
    if errors:
        raise AssertionError(f"{len(errors)} devices failed, first: {errors[0]}")
    pushes = sorted(d.push_ms for d in fleet)
    p95 = pushes[min(len(pushes) - 1, round(0.95 * (len(pushes) - 1)))]
    results: dict[str, int] = {}
    for d in fleet:
        for code, count in d.results.items():
            results[code] = results.get(code, 0) + count
    size = f"{devices} devices x {ops} ops (creates: contacts, deals with a product line), {workers} workers"
    emit(
        "sync",
        "devices_push_p95_ms_postgresql",
        p95,
        "ms",
        target="<= 1,000 ms p95 for a 500-op push (200 devices)",
        size=size,
        median_ms=round(statistics.median(pushes), 1),
        max_ms=round(pushes[-1], 1),
        sync_median_ms=round(statistics.median(d.sync_ms for d in fleet), 1),
        results=results,
        push_retries=sum(d.push_retries for d in fleet),
        devices_retried=sum(1 for d in fleet if d.push_retries),
        load=load,
        **meter.extra(),
    )
    emit(
        "sync",
        "devices_throughput_ops_per_s_postgresql",
        devices * ops / meter.wall,
        "ops/s",
        size=size,
        wall_s=round(meter.wall, 1),
        server_cpu_ms_per_op=round((meter.server_cpu + meter.pg_cpu) * 1000 / (devices * ops), 2),
    )


# --- driver -----------------------------------------------------------------------------------------


def run(quick: bool) -> None:
    kinds = os.environ.get("BENCH_SYNC_DBS", "sqlite,postgresql").split(",")
    only = set(filter(None, os.environ.get("BENCH_SYNC_ONLY", "").split(",")))
    rows = 20_000 if quick else 100_000
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        for kind in kinds:
            with server_db(kind, root) as db:
                replica = bench_pull_apply(root, db, rows, only)
                with running(db) as server:
                    if not only or "noop" in only:
                        if replica is None:
                            add_user(db, "admin@bench.test", "admin")
                            replica = new_replica(root, server, "admin@bench.test")
                        replica.transport = Counting(server.url)
                        bench_noop(replica, server, kind, 21)
                    if not only or "push" in only:
                        bench_push(root, db, server, 500 if quick else 5_000)
                    if kind == kinds[0] and (not only or "upload" in only):
                        bench_upload(root, server, 20_000_000 if quick else 100_000_000)
                if replica is not None:
                    replica.close()
        if "postgresql" in kinds and (not only or "devices" in only):
            count = int(os.environ.get("BENCH_SYNC_DEVICES", "5" if quick else "200"))
            bench_devices(root, count, 500, int(os.environ.get("BENCH_SYNC_WORKERS", "4")))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
