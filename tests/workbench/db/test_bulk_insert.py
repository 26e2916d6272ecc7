"""`UnitOfWork.bulk_insert` writes exactly what the ORM change capture writes for the same new rows: the
rows (defaults applied, timestamps), the audit entries (same changes, same hash chain) and the outbox
create ops (same fields, consecutive client_seq) — compared table by table against the ORM path with ids
and the clock pinned."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Table, func, insert, select
from sqlalchemy.orm import Session

import workbench.db.uow as uow_module
from workbench.audit import chain
from workbench.audit.models import AuditChainHead, AuditEvent
from workbench.db.base import Base
from workbench.db.engine import replica_engine
from workbench.db.outbox import OutboxOp, ReplicaMeta
from workbench.db.registry import load_all
from workbench.db.uow import UnitOfWork
from workbench.deals.models import DealProduct, DealRegistration
from workbench.partners.models import Partner
from workbench.programs.models import Product, Program
from workbench.security.roles import Actor, Role

ACTOR = Actor(user_id="u-cm", role=Role.CHANNEL_MANAGER, device_id="dev-7", name="CM")
NOW = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
PROGRAM = "prog-1"
PRODUCT = "prod-1"


def _engine(path: Path) -> Engine:
    return _fill(replica_engine(path, b"\x05" * 32))


def _fill(eng: Engine) -> Engine:
    load_all().metadata.create_all(eng)
    with eng.begin() as conn:  # reference rows without capture, identical on both sides
        tables = Base.metadata.tables
        conn.execute(
            insert(tables["programs"]).values(
                id=PROGRAM, version=0, code="P", name="P", currency="EUR", created_at=NOW, updated_at=NOW
            )
        )
        conn.execute(
            insert(tables["products"]).values(
                id=PRODUCT, version=0, program_id=PROGRAM, sku="S-1", name="Widget", created_at=NOW, updated_at=NOW
            )
        )
    return eng


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """A fixed clock in the unit of work and deterministic ids (audit event ids, op ids, tx ids); calling
    the fixture's value starts the id sequence again."""

    def restart() -> None:
        counter = itertools.count(1)
        monkeypatch.setattr(uow_module, "new_id", lambda: f"id-{next(counter):06d}")
        # the bulk path takes its event and op ids as one batch: the same sequence
        monkeypatch.setattr(uow_module, "new_ids", lambda count: [f"id-{next(counter):06d}" for _ in range(count)])

    monkeypatch.setattr(uow_module, "utcnow", lambda: NOW)
    restart()
    yield restart


def _partners(n: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"p-{i:04d}",
            "partner_id": f"p-{i:04d}",
            "legal_name": f"Müller Nr. {i} GmbH",
            "name_norm": f"mueller nr {i} gmbh",
            "name_alt": None,
            "partner_type": "reseller",
            "program_id": PROGRAM,
            "country": "DE" if i % 2 else None,
            "city": "Köln",
            "web_domain": f"mueller{i}.de",
            "email": None,
            "phone": None,
            "currency": "EUR",
            "description": '=HYPERLINK("x")' if i == 3 else None,
        }
        for i in range(n)
    ]


def _deals(partner_ids: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    deals, lines = [], []
    for i, pid in enumerate(partner_ids):
        deals.append(
            {
                "id": f"d-{i:04d}",
                "partner_id": pid,
                "program_id": PROGRAM,
                "registered_by": ACTOR.user_id,
                "customer_name": f"Kunde {i} AG",
                "customer_name_norm": f"kunde {i}",
                "customer_domain": None,
                "customer_email": None,
                "customer_country": "DE",
                "title": "Refresh",
                "description": None,
                "amount_minor": 100_000 + i,
                "currency": "EUR",
                "expected_close": datetime(2027, 1, 31).date(),
                "status": "draft",
                "provisional": True,
            }
        )
        lines.append(
            {"id": f"l-{i:04d}", "deal_id": f"d-{i:04d}", "product_id": PRODUCT, "quantity": 1, "partner_id": pid}
        )
    return deals, lines


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for model in (Partner, DealRegistration, DealProduct, AuditEvent, OutboxOp, AuditChainHead, ReplicaMeta):
            table: Table = model.__table__  # type: ignore[assignment]
            key = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*key))]
    return out


def _orm(engine: Engine, replica: bool = True) -> None:
    partners = _partners(25)
    deals, lines = _deals([p["id"] for p in partners[:10]])
    with UnitOfWork(engine, ACTOR, replica=replica) as uow:
        for row in partners:
            uow.add(Partner(**row))
        uow.flush()
        for row in deals:
            uow.add(DealRegistration(**row))
        uow.flush()
        for row in lines:
            uow.add(DealProduct(**row))
        uow.flush()


def _bulk(engine: Engine, replica: bool = True) -> None:
    partners = _partners(25)
    deals, lines = _deals([p["id"] for p in partners[:10]])
    with UnitOfWork(engine, ACTOR, replica=replica) as uow:
        assert uow.bulk_insert(Partner, partners) == [p["id"] for p in partners]
        uow.bulk_insert(DealRegistration, deals)
        uow.bulk_insert(DealProduct, lines)


@pytest.mark.parametrize("replica", [True, False], ids=["replica", "server"])
def test_bulk_insert_writes_what_the_orm_capture_writes(
    tmp_path: Path, pinned: Callable[[], None], replica: bool
) -> None:
    orm, bulk = _engine(tmp_path / "orm.db"), _engine(tmp_path / "bulk.db")
    try:
        _orm(orm, replica)
        pinned()
        _bulk(bulk, replica)
        expected, got = _dump(orm), _dump(bulk)
        assert len(expected["audit_events"]) == 25 + 10 + 10
        assert len(expected["outbox_ops"]) == (45 if replica else 0)
        for table in expected:
            assert got[table] == expected[table], table
        for eng in (orm, bulk):
            with Session(eng) as s:
                report = chain.verify(s)
                assert report.ok and report.entries == 45, report.problems
    finally:
        orm.dispose()
        bulk.dispose()


def test_bulk_between_orm_writes_keeps_one_chain_and_one_client_seq_sequence(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "r.db")
    try:
        partners = _partners(6)
        with UnitOfWork(engine, ACTOR, replica=True) as uow:
            uow.add(Partner(**partners[0]))
            uow.flush()
            uow.bulk_insert(Partner, partners[1:5])
            uow.add(Partner(**partners[5]))
        with UnitOfWork(engine, ACTOR, replica=True) as uow:
            uow.bulk_insert(Program, [{"code": "P2", "name": "Second", "currency": "EUR"}])
        with Session(engine) as s:
            ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.client_seq)))
            assert [o.client_seq for o in ops] == [1, 2, 3, 4, 5, 6, 7]
            assert [o.row_id for o in ops[:6]] == [p["id"] for p in partners]
            assert ops[6].fields["protection_days"] == 90  # column defaults applied, as the ORM does
            assert ops[6].fields["id"] == ops[6].row_id
            report = chain.verify(s)
            assert report.ok and report.entries == 7, report.problems
            assert [e.row_id for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))][:6] == [
                p["id"] for p in partners
            ]
    finally:
        engine.dispose()


def test_a_failed_unit_of_work_leaves_nothing_of_the_bulk_insert(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "r.db")
    try:
        with pytest.raises(RuntimeError), UnitOfWork(engine, ACTOR, replica=True) as uow:
            uow.bulk_insert(Partner, _partners(50))
            raise RuntimeError("cancelled")
        with pytest.raises(TypeError, match="unknown attributes"), UnitOfWork(engine, ACTOR, replica=True) as uow:
            uow.bulk_insert(Partner, [{**_partners(1)[0], "colour": "red"}])
        with Session(engine) as s:
            for model in (Partner, AuditEvent, OutboxOp):
                assert s.scalar(select(func.count()).select_from(model)) == 0
            assert s.get(ReplicaMeta, "next_client_seq") is None
            assert s.get(Product, PRODUCT) is not None
    finally:
        engine.dispose()


@pytest.mark.pg
def test_bulk_insert_on_postgresql_matches_the_orm_too(pg_url: str, pinned: Callable[[], None]) -> None:
    """The Core path (non-SQLite): same rows, audit entries and chain as the ORM, server side."""
    import uuid

    from sqlalchemy import create_engine, text

    from workbench.db.engine import server_engine

    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    names = ["bulk_" + uuid.uuid4().hex[:10] for _ in range(2)]
    engines: list[Engine] = []
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'CREATE SCHEMA "{name}"'))
        sep = "&" if "?" in pg_url else "?"
        engines = [_fill(server_engine(f"{pg_url}{sep}options=-csearch_path%3D{n}")) for n in names]
        _orm(engines[0], replica=False)
        pinned()
        _bulk(engines[1], replica=False)
        expected, got = _dump(engines[0]), _dump(engines[1])
        assert len(expected["audit_events"]) == 45
        for table in expected:
            assert got[table] == expected[table], table
        with Session(engines[1]) as s:
            assert chain.verify(s).ok
    finally:
        for eng in engines:
            eng.dispose()
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()
