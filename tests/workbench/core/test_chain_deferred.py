"""The audit chain under concurrency and savepoints (server side): deferred appends (`chain.deferred`, used by
push) are chained at the end of the block with the entries of rolled-back savepoints dropped, and do not lock
the chain head before that; the head's cached lock is given up with the savepoint it was taken in; two first
writers of a fresh database share the one head row they both try to create."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from workbench.audit import chain
from workbench.audit.models import AuditChainHead, AuditEvent
from workbench.db.engine import server_engine
from workbench.db.registry import load_all
from workbench.db.uow import UnitOfWork
from workbench.programs.models import Program
from workbench.security.roles import Actor, Role

ADMIN = Actor(user_id="u-admin", role=Role.ADMIN, device_id="dev-1", name="Admin")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'server.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_schema")
    eng = server_engine(url)
    load_all().metadata.create_all(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def pg_engine(pg_schema: str) -> Iterator[Engine]:
    eng = server_engine(pg_schema)
    load_all().metadata.create_all(eng)
    yield eng
    eng.dispose()


def _program(uow: UnitOfWork, code: str) -> Program:
    program = uow.add(Program(code=code, name=f"Programm {code}", currency="EUR"))
    uow.flush()
    return program


def _chained(engine: Engine) -> list[tuple[str, str]]:
    """(action, program code) of every audit entry in chain order; the chain must verify."""
    with Session(engine) as s:
        report = chain.verify(s)
        assert report.ok, report.problems
        codes = {row.id: row.code for row in s.execute(select(Program.id, Program.code))}
        entries = s.execute(select(AuditEvent.action, AuditEvent.row_id).order_by(AuditEvent.seq)).all()
    return [(row.action, codes.get(row.row_id, "?")) for row in entries]


def _head_free(engine: Engine) -> bool:
    """Whether another connection can lock the chain head right now (PostgreSQL)."""
    with engine.connect() as conn:
        try:
            conn.execute(text("SELECT seq FROM audit_chain_head WHERE id = 1 FOR UPDATE NOWAIT"))
        except OperationalError:
            return False
        finally:
            conn.rollback()
    return True


def test_deferred_entries_are_chained_at_the_end_without_those_rolled_back(engine: Engine) -> None:
    with UnitOfWork(engine, ADMIN, replica=False) as seed:
        _program(seed, "P0")
    with UnitOfWork(engine, ADMIN, replica=False) as uow:
        session = uow.session
        with chain.deferred(session):
            p1 = _program(uow, "P1")
            assert session.scalar(select(AuditEvent.id).where(AuditEvent.row_id == p1.id)) is None
            with pytest.raises(RuntimeError, match="op rejected"), session.begin_nested():
                _program(uow, "P2")
                raise RuntimeError("op rejected")
            with session.begin_nested():
                _program(uow, "P3")
            # a workbench command's own unit of work on the push transaction's connection (as run_workbench)
            uow.flush()
            with session.begin_nested():
                with UnitOfWork(session.connection(), ADMIN, replica=False) as inner:  # type: ignore[arg-type]
                    _program(inner, "P4")
            with pytest.raises(RuntimeError, match="command failed"), session.begin_nested():
                with UnitOfWork(session.connection(), ADMIN, replica=False) as inner:  # type: ignore[arg-type]
                    _program(inner, "P5")
                    raise RuntimeError("command failed")
            with pytest.raises(RuntimeError, match="op rejected"), session.begin_nested():
                with UnitOfWork(session.connection(), ADMIN, replica=False) as inner:  # type: ignore[arg-type]
                    _program(inner, "P6")
                raise RuntimeError("op rejected")  # after the command's own commit: its entries go too
        p1.name = "Renamed"  # after the block: chained directly, continuing the chain
    assert _chained(engine) == [
        ("create", "P0"),
        ("create", "P1"),
        ("create", "P3"),
        ("create", "P4"),
        ("update", "P1"),
    ]


def test_a_failed_deferred_block_chains_nothing(engine: Engine) -> None:
    with pytest.raises(RuntimeError, match="boom"), UnitOfWork(engine, ADMIN, replica=False) as uow:
        with chain.deferred(uow.session):
            _program(uow, "P1")
            raise RuntimeError("boom")
    with UnitOfWork(engine, ADMIN, replica=False) as uow:
        _program(uow, "P2")
    assert _chained(engine) == [("create", "P2")]


def test_a_head_created_in_a_rolled_back_savepoint_is_created_again(engine: Engine) -> None:
    with UnitOfWork(engine, ADMIN, replica=False) as uow:
        with pytest.raises(RuntimeError, match="undo"), uow.session.begin_nested():
            _program(uow, "P1")  # first entry of the database: creates the head row
            raise RuntimeError("undo")
        _program(uow, "P2")
    assert _chained(engine) == [("create", "P2")]


@pytest.mark.pg
def test_a_deferred_block_leaves_the_head_unlocked_until_it_ends(pg_engine: Engine) -> None:
    with UnitOfWork(pg_engine, ADMIN, replica=False) as seed:
        _program(seed, "P0")
    with UnitOfWork(pg_engine, ADMIN, replica=False) as uow:
        with chain.deferred(uow.session):
            for i in range(3):
                with uow.session.begin_nested():
                    _program(uow, f"P{i + 1}")
            assert _head_free(pg_engine)
        assert not _head_free(pg_engine)  # chained: locked to the commit
    assert _head_free(pg_engine)
    assert [code for _action, code in _chained(pg_engine)] == ["P0", "P1", "P2", "P3"]


@pytest.mark.pg
def test_the_head_is_locked_again_after_the_savepoint_that_locked_it_rolls_back(pg_engine: Engine) -> None:
    """PostgreSQL releases a row lock taken inside a savepoint when the savepoint rolls back: the next
    append must lock the head again, or a concurrent writer could chain onto the same entry."""
    with UnitOfWork(pg_engine, ADMIN, replica=False) as seed:
        _program(seed, "P0")
    with UnitOfWork(pg_engine, ADMIN, replica=False) as uow:
        with pytest.raises(RuntimeError, match="undo"), uow.session.begin_nested():
            _program(uow, "P1")
            assert not _head_free(pg_engine)
            raise RuntimeError("undo")
        assert _head_free(pg_engine)
        chain._head(uow.session)  # what the next append reads the head with (its UPDATE comes at the flush)
        assert not _head_free(pg_engine)
        _program(uow, "P2")
    assert [code for _action, code in _chained(pg_engine)] == ["P0", "P2"]


@pytest.mark.pg
def test_two_first_writers_of_a_fresh_database_share_one_head(pg_engine: Engine) -> None:
    """Neither finds a head row to lock; the second waits for the first one's commit instead of failing
    on the head's primary key (what a push answered `constraint_violation`)."""
    with Session(pg_engine) as s:
        assert s.get(AuditChainHead, 1) is None
    errors: list[Exception] = []
    second_started = threading.Event()

    def second() -> None:
        try:
            with UnitOfWork(pg_engine, ADMIN, replica=False) as uow:
                second_started.set()
                _program(uow, "B")
        except Exception as exc:  # noqa: BLE001 - reported to the test thread, which asserts there was none
            errors.append(exc)

    with UnitOfWork(pg_engine, ADMIN, replica=False) as first:
        _program(first, "A")  # creates and locks the head row (not committed yet)
        thread = threading.Thread(target=second)
        thread.start()
        second_started.wait(10)
        time.sleep(0.5)  # the second writer is now waiting on the head row
    thread.join(30)
    assert not thread.is_alive()
    assert errors == []
    assert _chained(pg_engine) == [("create", "A"), ("create", "B")]
