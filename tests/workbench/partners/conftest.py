"""Fixtures for the partner tests: an encrypted replica migrated with Alembic, a program with tiers, and
actors for every role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from workbench.audit.models import AuditEvent
from workbench.db.base import Base
from workbench.db.outbox import OutboxOp
from workbench.db.uow import UnitOfWork
from workbench.partners import models as partner_models
from workbench.programs.models import Program, TierLevel
from workbench.security.roles import SYSTEM, Actor, Role


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An encrypted replica upgraded by the Alembic migration, like the app's."""
    from workbench.db.engine import replica_engine
    from workbench.db.migrate import upgrade

    eng = replica_engine(tmp_path / "r.db", b"\x01" * 32)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def program(engine: Engine) -> Program:
    with UnitOfWork(engine, SYSTEM, replica=False) as uow:
        prog = uow.add(Program(code="MAIN", name="Main program", currency="EUR"))
        uow.flush()
        return prog


@pytest.fixture
def tiers(engine: Engine, program: Program) -> dict[str, TierLevel]:
    with UnitOfWork(engine, SYSTEM, replica=False) as uow:
        result = {
            name: uow.add(TierLevel(program_id=program.id, name=name, rank=rank))
            for rank, name in enumerate(("Registered", "Silver", "Gold", "Platinum"))
        }
        uow.flush()
        return result


@pytest.fixture
def vendor() -> Actor:
    return Actor(user_id="cm-1", role=Role.CHANNEL_MANAGER, device_id="laptop-1")


@pytest.fixture
def admin() -> Actor:
    return Actor(user_id="admin-1", role=Role.ADMIN, device_id="laptop-1")


def partner_actor(partner_id: str, role: Role = Role.PARTNER_ADMIN) -> Actor:
    return Actor(user_id=f"user-{partner_id[:8]}", role=role, device_id="laptop-2", partner_id=partner_id)


def counts(engine: Engine) -> dict[str, int]:
    """Rows of every partner table plus audit entries and outbox ops: a rejected command changes none."""
    models: list[type[Base]] = [
        partner_models.Partner,
        partner_models.PartnerAttribute,
        partner_models.Contact,
        partner_models.Contract,
        partner_models.Target,
        partner_models.OnboardingItem,
        AuditEvent,
        OutboxOp,
    ]
    with engine.connect() as conn:
        return {m.__tablename__: int(conn.scalar(select(func.count()).select_from(m)) or 0) for m in models}
