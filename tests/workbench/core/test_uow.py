"""Change capture: audit entries and outbox ops in the same transaction as the change; coalescing of
pending patches; command-only fields; append-only rows; the audit hash chain detects tampering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from workbench.audit import chain
from workbench.audit.models import AuditEvent
from workbench.db.engine import replica_engine
from workbench.db.outbox import OutboxOp
from workbench.db.registry import load_all
from workbench.db.uow import UnitOfWork
from workbench.programs.models import Program
from workbench.security.roles import SYSTEM, Actor, Role

ADMIN = Actor(user_id="u-admin", role=Role.ADMIN, device_id="dev-1", name="Admin")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = replica_engine(tmp_path / "r.db", b"\x03" * 32)
    load_all().metadata.create_all(eng)
    yield eng
    eng.dispose()


def _program(engine: Engine, code: str = "P1") -> str:
    with UnitOfWork(engine, ADMIN, replica=True) as uow:
        p = uow.add(Program(code=code, name="Partnerprogramm", currency="EUR"))
        uow.flush()
        return p.id


def _ops(engine: Engine) -> list[OutboxOp]:
    with Session(engine) as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.client_seq)))


def test_create_writes_audit_and_outbox(engine: Engine) -> None:
    pid = _program(engine)
    ops = _ops(engine)
    assert [(o.kind, o.row_id, o.client_seq) for o in ops] == [("create", pid, 1)]
    assert ops[0].fields["name"] == "Partnerprogramm" and ops[0].fields["protection_days"] == 90
    with Session(engine) as s:
        ev = s.scalars(select(AuditEvent)).one()
    assert (ev.action, ev.actor_id, ev.device_id, ev.entity, ev.row_id) == (
        "create",
        "u-admin",
        "dev-1",
        "programs",
        pid,
    )
    assert ev.changes["name"] == [None, "Partnerprogramm"]


def test_patches_coalesce_and_keep_first_base(engine: Engine) -> None:
    pid = _program(engine)
    with Session(engine) as s:  # pretend the create was acknowledged by the server
        s.execute(delete(OutboxOp))
        s.execute(update(Program).values(version=3))
        s.commit()
    for name in ("Zwei", "Drei"):
        with UnitOfWork(engine, ADMIN, replica=True) as uow:
            uow.get(Program, pid).name = name
    with UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.get(Program, pid).review_sla_days = 5
    ops = _ops(engine)
    assert len(ops) == 1
    assert ops[0].kind == "patch" and ops[0].base_version == 3
    assert ops[0].fields == {"name": "Drei", "review_sla_days": 5}
    assert ops[0].base == {"name": "Partnerprogramm", "review_sla_days": 3}
    with Session(engine) as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert actions == ["create", "update", "update", "update"]


def test_in_flight_op_is_not_coalesced_into(engine: Engine) -> None:
    pid = _program(engine)
    with Session(engine) as s:
        s.execute(update(OutboxOp).values(state="in_flight"))
        s.commit()
    with UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.get(Program, pid).name = "Neu"
    assert [o.kind for o in _ops(engine)] == ["create", "patch"]


def test_failed_unit_of_work_writes_nothing(engine: Engine) -> None:
    with pytest.raises(RuntimeError), UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.add(Program(code="X", name="X", currency="EUR"))
        uow.flush()
        raise RuntimeError("boom")
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Program)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_server_side_unit_of_work_has_no_outbox(engine: Engine) -> None:
    with UnitOfWork(engine, SYSTEM, replica=False) as uow:
        uow.add(Program(code="S", name="Server", currency="EUR"))
    assert _ops(engine) == []
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 1


def test_hard_delete_is_refused(engine: Engine) -> None:
    pid = _program(engine)
    with pytest.raises(RuntimeError, match="soft-deleted"), UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.session.delete(uow.get(Program, pid))


def test_soft_delete_is_a_delete_op(engine: Engine) -> None:
    pid = _program(engine)
    with UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.soft_delete(uow.get(Program, pid))
    assert [o.kind for o in _ops(engine)] == ["create", "delete"]


def test_audit_chain_detects_change_removal_and_truncation(engine: Engine) -> None:
    pid = _program(engine)
    for i in range(4):
        with UnitOfWork(engine, ADMIN, replica=True) as uow:
            uow.get(Program, pid).name = f"Name {i}"
    with Session(engine) as s:
        report = chain.verify(s)
        assert report.ok and report.entries == 5
        s.execute(update(AuditEvent).where(AuditEvent.seq == 3).values(changes={"name": ["a", "b"]}))
        s.commit()
        report = chain.verify(s)
        assert not report.ok and [(p.seq, p.kind) for p in report.problems] == [(3, "changed")]
    with Session(engine) as s:
        s.execute(delete(AuditEvent).where(AuditEvent.seq == 3))
        s.commit()
        kinds = {p.kind for p in chain.verify(s).problems}
        assert "missing" in kinds
    with Session(engine) as s:
        s.execute(delete(AuditEvent).where(AuditEvent.seq >= 3))
        s.commit()
        assert {p.kind for p in chain.verify(s).problems} == {"head_mismatch"}


def test_append_only_rows_cannot_change(engine: Engine) -> None:
    _program(engine)
    with pytest.raises(RuntimeError, match="append-only"), UnitOfWork(engine, ADMIN, replica=True) as uow:
        ev = uow.session.scalars(select(AuditEvent)).first()
        assert ev is not None
        ev.action = "forged"


def test_first_flush_with_several_changes_on_an_empty_chain(engine: Engine) -> None:
    """A fresh replica (or one filled only by pull) has no chain head yet; several audited changes in the
    first flush must share the one head that flush creates."""
    with UnitOfWork(engine, ADMIN, replica=True) as uow:
        for i in range(5):
            uow.add(Program(code=f"P{i}", name=f"Programm {i}", currency="EUR"))
    with Session(engine) as s:
        report = chain.verify(s)
    assert report.ok and report.entries == 5
