"""The fault suite's harness: the real server app in-process (an in-process `Transport` on starlette's
TestClient), real client engines on their own encrypted SQLite replicas, a `FaultyTransport` that injects
faults from a seeded random generator, and the six invariants of ARCHITECTURE §7."""

from __future__ import annotations

import random
import shutil
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.client import meta
from sync.client.engine import SyncReport, run_sync
from sync.client.errors import NetworkError
from sync.client.rows import travelling_models
from sync.client.status import rejected_ops
from sync.client.transport import Response, Transport
from sync.server.auth import Principal
from sync.server.models import DeletedId
from sync.server.scopes import visible
from tests.sync.client.helpers import REPLICA_KEY, Client, FakeResponse
from workbench.audit.chain import verify as verify_chain
from workbench.audit.models import AuditEvent
from workbench.db.base import entity_name
from workbench.db.engine import replica_engine
from workbench.db.outbox import OpState, OutboxOp, SyncConflict
from workbench.db.uow import to_wire
from workbench.deals.states import TRANSITIONS
from workbench.deals.types import DealStatus
from workbench.security.roles import Role
from workbench.security.secrets import MemorySecretStore

with warnings.catch_warnings():  # starlette would rather see httpx2; httpx is what the venv has
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PUSH = "/sync/v1/push"
PULL = "/sync/v1/pull"
SYNC_PATHS = ("/sync/v1/hello", PUSH, PULL, "/sync/v1/snapshot")
IGNORED_COLUMNS = {"search_text"}  # (none today; derived columns the server may recompute go here)


class InProcess:
    """`sync.client.transport.Transport` on the app in this process (no sockets). Server exceptions
    become 500 answers, as behind a real HTTP server."""

    def __init__(self, app: Any) -> None:
        self.client = TestClient(app, raise_server_exceptions=False)
        self.client.__enter__()  # one event loop thread for every request (not one per request)
        self.requests = 0

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        data: bytes | None = None,
    ) -> Response:
        self.requests += 1
        answer: Response = self.client.request(
            method,
            path,
            json=json,
            params=dict(params) if params is not None else None,
            headers=dict(headers) if headers is not None else None,
            content=data,
        )
        return answer

    def close(self) -> None:
        self.client.__exit__(None, None, None)


@dataclass
class FaultRates:
    drop_before: float = 0.0  # the request never reaches the server
    drop_after: float = 0.0  # the server processed (and committed) it, the answer is lost
    duplicate: float = 0.0  # the request reaches the server twice
    reorder: float = 0.0  # a push is held back and delivered later, after newer ones
    server_error: float = 0.0  # a proxy answers 503 without passing the request on


@dataclass
class FaultyTransport:
    """Injects network faults from `rng` into the sync calls (hello, push, pull, snapshot); login,
    refresh and blob calls pass untouched. `offline` refuses everything."""

    inner: Transport
    rng: random.Random
    rates: FaultRates = field(default_factory=FaultRates)
    offline: bool = False
    enabled: bool = True
    paths: tuple[str, ...] = SYNC_PATHS  # where faults are injected
    late: float = 0.5  # chance that a held batch arrives just before the next push
    held: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        if self.offline:
            raise NetworkError("ConnectionError")
        if not self.enabled or path not in SYNC_PATHS:
            return self.inner.request(method, path, **kwargs)
        if path == PUSH and self.held and self.rng.random() < self.late:
            stale = self.held.pop(0)  # a batch held back earlier arrives now, before this one
            self.log.append("late")
            self.inner.request(stale[0], stale[1], **stale[2])
        r = self.rates
        kinds: list[tuple[str, float]] = [("drop_before", r.drop_before), ("503", r.server_error)]
        if path in self.paths:
            kinds += [("duplicate", r.duplicate), ("drop_after", r.drop_after)]
            if path == PUSH:
                kinds.append(("hold", r.reorder))
        roll = self.rng.random()
        fault = ""
        for name, rate in kinds:
            if path in self.paths and roll < rate:
                fault = name
                break
            roll -= rate if path in self.paths else 0.0
        if fault:
            self.log.append(fault)
        if fault == "drop_before":
            raise NetworkError("ConnectError")
        if fault == "503":
            return FakeResponse(503, {"error": "unavailable"})
        if fault == "hold":
            self.held.append((method, path, dict(kwargs)))
            raise NetworkError("ReadTimeout")
        if fault == "duplicate":
            self.inner.request(method, path, **kwargs)
        answer = self.inner.request(method, path, **kwargs)
        if fault == "drop_after":
            raise NetworkError("ReadTimeout")
        return answer

    def flush_held(self) -> None:
        while self.held:
            method, path, kwargs = self.held.pop(0)
            self.inner.request(method, path, **kwargs)


@dataclass
class Node(Client):
    """A client installation in the fault suite: `Client` plus the faulty transport and a clock skew
    for its local edits."""

    name: str = ""
    who: str = ""
    faulty: FaultyTransport | None = None
    skew: timedelta = timedelta()

    def sync_ok(self, **kwargs: Any) -> SyncReport:
        """A clean sync (faults off, held batches delivered first, as a network that finally works)."""
        assert self.faulty is not None
        self.faulty.enabled = False
        self.faulty.offline = False
        self.faulty.flush_held()
        try:
            report = run_sync(self.engine, self.transport, self.store, **kwargs)
            pushed = report.pushed
            while report.incomplete or report.pending_after:
                report = run_sync(self.engine, self.transport, self.store, **kwargs)
                pushed += report.pushed
            report.pushed = pushed  # over every run
            return report
        finally:
            self.faulty.enabled = True

    @contextmanager
    def local_clock(self) -> Iterator[None]:
        """Local edits stamped with this laptop's (possibly skewed) clock."""
        if not self.skew:
            yield
            return
        import workbench.db.uow as uow_module

        real = uow_module.utcnow  # type: ignore[attr-defined]
        setattr(uow_module, "utcnow", lambda: real() + self.skew)  # noqa: B010
        try:
            yield
        finally:
            setattr(uow_module, "utcnow", real)  # noqa: B010


def make_node(
    tmp_path: Path,
    template: Path,
    app_transport: Transport,
    name: str,
    who: str,
    seed: int = 0,
    secrets: dict[str, str] | None = None,
) -> Node:
    """A node on a copy of `template`; signed in as `who` (or already, with `secrets` from a baked copy)."""
    path = tmp_path / f"{name}.db"
    if template != path:
        shutil.copyfile(template, path)
    engine = replica_engine(path, REPLICA_KEY)
    faulty = FaultyTransport(app_transport, random.Random(seed))
    store = MemorySecretStore()
    node = Node(engine, store, faulty, name=name, who=who, faulty=faulty)
    if secrets is None:
        node.login(who)
    else:
        for key, value in secrets.items():
            store.set(key, value)
    return node


# --- invariants --------------------------------------------------------------------------------


def _plain(row: Any) -> dict[str, Any]:
    return {c.key: to_wire(getattr(row, c.key)) for c in row.__table__.columns if c.key not in IGNORED_COLUMNS}


def principal_of(node: Node) -> Principal:
    with Session(node.engine) as session:
        role = Role(meta.get(session, meta.ROLE) or "")
        return Principal(
            user_id=meta.get(session, meta.USER_ID) or "",
            role=role,
            partner_id=meta.get(session, meta.PARTNER_ID) or None,
            device_id=meta.get(session, meta.DEVICE_ID) or "",
        )


Models = list[type[Any]] | None  # the synced models an invariant looks at (None: every one)


def _models(models: Models) -> list[type[Any]]:
    return list(models) if models is not None else travelling_models()


def live_rows(
    engine: Engine, principal: Principal | None = None, models: Models = None
) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with Session(engine) as session:
        for model in _models(models):
            query = select(model).where(model.deleted_at.is_(None))  # type: ignore[attr-defined]
            if principal is not None:
                query = query.where(visible(model, principal))
            for row in session.scalars(query):
                out[(entity_name(model), row.id)] = _plain(row)
    return out


def check_convergence(server_db: Engine, nodes: list[Node], models: Models = None) -> None:
    """1. After a final clean sync every replica holds exactly the live rows the server lets it see."""
    for node in nodes:
        theirs = live_rows(server_db, principal_of(node), models)
        mine = live_rows(node.engine, None, models)
        with Session(node.engine) as session:  # rows with a rejected op wait for the user's decision
            waiting = {(e, r) for e, r in session.execute(select(OutboxOp.entity, OutboxOp.row_id))}
        mine = {k: v for k, v in mine.items() if k not in waiting or k in theirs}
        theirs = {k: v for k, v in theirs.items() if k not in waiting or k in mine}
        missing = sorted(set(theirs) - set(mine))
        extra = sorted(set(mine) - set(theirs))
        assert not missing and not extra, f"{node.name}: missing {missing[:5]} extra {extra[:5]}"
        differ = {k: (mine[k], theirs[k]) for k in theirs if mine[k] != theirs[k]}
        for key, (a, b) in list(differ.items())[:3]:
            diff = {c: (a.get(c), b.get(c)) for c in b if a.get(c) != b.get(c)}
            raise AssertionError(f"{node.name}: {key} differs from the server: {diff}")


@dataclass(frozen=True)
class Edit:
    """One value typed on a laptop: entity/row/field = value (kind: create, patch, delete, command)."""

    node: str
    entity: str
    row_id: str
    field: str
    value: Any
    kind: str = "patch"


def check_accounted(server_db: Engine, nodes: list[Node], edits: list[Edit]) -> None:
    """2. Every local change ends applied, merged (visible in the server's audit trail), a conflict in
    sync_conflicts, or a rejected op the user can see; nothing is left unsent after a clean sync."""
    by_name = {n.name: n for n in nodes}
    with Session(server_db) as session:
        audit = [(e.entity, e.row_id, e.action, e.changes) for e in session.scalars(select(AuditEvent))]
    applied: set[tuple[str, str, str, str]] = set()
    actions: set[tuple[str, str, str]] = set()
    for entity, row_id, action, changes in audit:
        actions.add((entity, row_id, action))
        for name, change in (changes or {}).items():
            if isinstance(change, list) and len(change) == 2:
                applied.add((entity, row_id, name, repr(change[1])))
    for node in nodes:
        with Session(node.engine) as session:
            unsettled = session.scalars(select(OutboxOp).where(OutboxOp.state != OpState.REJECTED)).all()
            assert not unsettled, f"{node.name}: ops left unsent after a clean sync: {unsettled}"
    for edit in edits:
        node = by_name[edit.node]
        if edit.kind == "delete":
            if (edit.entity, edit.row_id, "delete") in actions:
                continue
        elif edit.kind == "command":
            if (edit.entity, edit.row_id, edit.value) in actions:
                continue
        elif (edit.entity, edit.row_id, edit.field, repr(edit.value)) in applied:
            continue
        with Session(node.engine) as session:
            conflicts = session.scalars(
                select(SyncConflict).where(SyncConflict.row_id == edit.row_id, SyncConflict.entity == edit.entity)
            ).all()
        if any(c.field == edit.field and c.mine == edit.value for c in conflicts) or (
            edit.kind in ("delete", "command") and conflicts
        ):
            continue
        rejected = [r for r in rejected_ops(node.engine) if r.row_id == edit.row_id]
        if edit.kind in ("delete", "command") and rejected:
            continue
        if any((r.fields or {}).get(edit.field) == edit.value for r in rejected):
            continue
        raise AssertionError(f"lost: {edit} (conflicts {conflicts}, rejected {rejected})")


def check_no_duplicates(server_db: Engine, nodes: list[Node], key: Callable[[Any], Any], model: type[Any]) -> None:
    """3. No entity exists twice (by its natural key), on the server or on a replica."""
    for engine in [server_db, *(n.engine for n in nodes)]:
        with Session(engine) as session:
            keys = [key(row) for row in session.scalars(select(model))]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"duplicate {model.__name__}: {dupes}"


def check_audit_chains(server_db: Engine, nodes: list[Node]) -> None:
    """(with 4.) The audit hash chains, on the server and on every replica, are whole after the faults."""
    for name, engine in [("server", server_db), *((n.name, n.engine) for n in nodes)]:
        with Session(engine) as session:
            report = verify_chain(session)
        assert report.ok, f"{name}: audit chain broken: {report.problems[:3]}"


def check_status_paths(server_db: Engine) -> None:
    """4. Every deal went only through legal transitions (the server's audit trail of status changes)."""
    legal = {(a.value, b.value) for (a, _act), b in TRANSITIONS.items()}
    with Session(server_db) as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "deal_registrations").order_by(AuditEvent.seq)
        ).all()
    for ev in events:
        status = (ev.changes or {}).get("status")
        if not isinstance(status, list) or len(status) != 2:
            continue
        before, after = status
        if before is None:
            assert after == DealStatus.DRAFT.value, f"deal {ev.row_id} created as {after}"
            continue
        assert (before, after) in legal, f"deal {ev.row_id}: illegal {before} -> {after} ({ev.action})"


def check_no_skipped(server_db: Engine, nodes: list[Node], models: Models = None) -> None:
    """5. Every server change with server_seq <= the replica's cursor reached it: every visible live row
    at or below the cursor is on the replica with at least that version; tombstones are not live there."""
    for node in nodes:
        cursor = int(meta.read(node.engine, meta.CURSOR) or 0)
        principal = principal_of(node)
        with Session(server_db) as s, Session(node.engine) as local:
            for model in _models(models):
                seq: Any = model.server_seq  # type: ignore[attr-defined]
                rows = s.execute(
                    select(model.id, model.version, model.deleted_at).where(  # type: ignore[attr-defined]
                        visible(model, principal), seq <= cursor
                    )
                ).all()
                have: dict[str, int] = dict(
                    local.execute(select(model.id, model.version).where(model.deleted_at.is_(None))).all()  # type: ignore[attr-defined]
                )
                for row_id, version, deleted_at in rows:
                    if deleted_at is None:
                        assert have.get(row_id, -1) >= version, (
                            f"{node.name} skipped {entity_name(model)} {row_id} v{version} (cursor {cursor})"
                        )
                    else:
                        assert row_id not in have, f"{node.name} missed the delete of {row_id}"


def check_no_resurrection(server_db: Engine, nodes: list[Node], models: Models = None) -> None:
    """6. A deleted id stays deleted everywhere."""
    with Session(server_db) as session:
        dead = {(d.entity, d.row_id) for d in session.scalars(select(DeletedId))}
    live_server = set(live_rows(server_db, None, models))
    assert not (dead & live_server), f"resurrected on the server: {dead & live_server}"
    for node in nodes:
        live = set(live_rows(node.engine, None, models))
        assert not (dead & live), f"resurrected on {node.name}: {dead & live}"


def check_all(
    server_db: Engine,
    nodes: list[Node],
    edits: list[Edit],
    uniques: list[tuple[type[Any], Callable[[Any], Any]]] | None = None,
    models: Models = None,
) -> None:
    """Final clean syncs, then the six invariants (`models`: restrict the row comparisons to these)."""
    pushed = [node.sync_ok().pushed for node in nodes]
    for i, node in enumerate(nodes[:-1]):  # a second round brings the others the later ones' pushes
        if any(pushed[i + 1 :]):
            node.sync_ok()
    check_convergence(server_db, nodes, models)
    check_accounted(server_db, nodes, edits)
    for model, key in uniques or []:
        check_no_duplicates(server_db, nodes, key, model)
    check_status_paths(server_db)
    check_audit_chains(server_db, nodes)
    check_no_skipped(server_db, nodes, models)
    check_no_resurrection(server_db, nodes, models)
