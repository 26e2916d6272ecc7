"""Helpers for sync client tests: a real uvicorn server on 127.0.0.1 in a thread, client replicas,
and transport wrappers that inject faults."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sync.client.auth import login, signed_in_actor
from sync.client.engine import SyncReport, run_sync
from sync.client.errors import NetworkError
from sync.client.transport import RequestsTransport, Response, Transport
from workbench.audit.models import AuditEvent
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.db.outbox import OutboxOp
from workbench.security.roles import Actor
from workbench.security.secrets import MemorySecretStore

PASSWORD = "correct horse battery staple"
EMAILS = {"admin": "admin@x.test", "cm": "cm@x.test", "cm_b": "cmb@x.test", "pa": "pa@x.test", "pb": "pb@x.test"}
SERVER_TABLES = {"users", "devices", "refresh_tokens", "applied_ops", "deleted_ids", "seq_counter", "server_conflicts"}


class LiveServer:
    """The real server app under uvicorn on 127.0.0.1 (a free port, or `port` to come back on the same)."""

    def __init__(self, app: Any, port: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind(("127.0.0.1", port))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


REPLICA_KEY = b"\x02" * 32


def make_replica(path: Path) -> Engine:
    engine = replica_engine(path, REPLICA_KEY)
    tables = [t for t in Base.metadata.sorted_tables if t.name not in SERVER_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    return engine


class Switchable:
    """A transport that can be switched to another base URL or taken offline."""

    def __init__(self, url: str) -> None:
        self.inner = RequestsTransport(url)
        self.offline = False

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        if self.offline:
            raise NetworkError("ConnectionError")
        return self.inner.request(method, path, **kwargs)


class DropAnswers:
    """Forwards requests, then loses the answer of the next `count` requests to `path` (the server has
    processed them: a cut connection after the commit)."""

    def __init__(self, inner: Transport, path: str, count: int = 1) -> None:
        self.inner = inner
        self.path = path
        self.count = count
        self.calls: list[str] = []

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        self.calls.append(path)
        response = self.inner.request(method, path, **kwargs)
        if path == self.path and self.count > 0:
            self.count -= 1
            raise NetworkError("ReadTimeout")
        return response


@dataclass
class FakeResponse:
    status_code: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return self.body


class Rewrite:
    """Passes requests on and lets `hook(method, path, response)` replace the answer."""

    def __init__(self, inner: Transport, hook: Callable[[str, str, Response], Response]) -> None:
        self.inner = inner
        self.hook = hook

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        return self.hook(method, path, self.inner.request(method, path, **kwargs))


@dataclass
class Client:
    """One workbench installation: its replica, its secret store, its transport."""

    engine: Engine
    store: MemorySecretStore
    transport: Any

    def login(self, who: str) -> Client:
        login(
            self.engine,
            self.transport,
            self.store,
            email=EMAILS[who],
            password=PASSWORD,
            device_name=f"laptop-{who}",
            server_url="test",
        )
        return self

    def sync(self, **kwargs: Any) -> SyncReport:
        return run_sync(self.engine, self.transport, self.store, **kwargs)

    @property
    def actor(self) -> Actor:
        actor = signed_in_actor(self.engine)
        assert actor is not None
        return actor

    def count(self, model: type[Any], *where: Any) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    def ops(self) -> list[OutboxOp]:
        with Session(self.engine) as session:
            return list(session.scalars(select(OutboxOp).order_by(OutboxOp.client_seq)))

    def audit_count(self) -> int:
        return self.count(AuditEvent)

    def get(self, model: type[Any], row_id: str) -> Any:
        with Session(self.engine) as session:
            return session.get(model, row_id)
