from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from sync.server.changelog import next_seq, server_uow, stamp_each, stamp_unstamped
from sync.server.models import DeletedId, SeqCounter
from tests.sync.server.conftest import World
from tests.sync.server.helpers import pull_all, sign_in
from workbench.db.uow import UnitOfWork
from workbench.programs.models import Product
from workbench.security.roles import SYSTEM


def test_server_uow_stamps_one_seq_per_transaction(server_engine: Engine, world: World) -> None:
    with server_uow(server_engine, SYSTEM) as uow:
        a = uow.add(Product(program_id=world.program_id, sku="A", name="A"))
        b = uow.add(Product(program_id=world.program_id, sku="B", name="B"))
    assert a.server_seq is not None
    assert a.server_seq == b.server_seq
    assert (a.version, b.version) == (1, 1)
    with server_uow(server_engine, SYSTEM) as uow:
        again = uow.get(Product, a.id)
        again.name = "A2"
    assert again.server_seq == a.server_seq + 1
    assert again.version == 2


def test_stamp_each_gives_every_group_its_own_seq_in_order(server_engine: Engine, world: World) -> None:
    """A push's client transactions stamped together: consecutive seqs in group order, one version step
    per group a row is in (the row ends at its last group's seq), a group without rows still gets its seq,
    and a row deleted in two groups is recorded as deleted once, at the first."""
    with UnitOfWork(server_engine, SYSTEM, replica=False) as uow:
        a = uow.add(Product(program_id=world.program_id, sku="A", name="A"))
        b = uow.add(Product(program_id=world.program_id, sku="B", name="B"))
        gone = uow.add(Product(program_id=world.program_id, sku="G", name="Gone"))
        uow.flush()
        before = next_seq(uow.session)
        uow.soft_delete(gone)
        seqs = stamp_each(uow.session, [[a, gone], [], [a, b, gone]])
        assert seqs == [before + 1, before + 2, before + 3]
        assert (a.server_seq, a.version) == (before + 3, 2)
        assert (b.server_seq, b.version) == (before + 3, 1)
        assert gone.server_seq == before + 3
        assert stamp_each(uow.session, []) == []
        assert not uow.session.dirty  # the stamp's values are the objects' committed state
        stamped_at = a.updated_at
    with Session(server_engine) as s:  # the database holds what the objects say (one UPDATE per table)
        for obj, seq, version in ((a, before + 3, 2), (b, before + 3, 1), (gone, before + 3, 2)):
            row = s.get(Product, obj.id)
            assert row is not None
            assert (row.server_seq, row.version, row.updated_at) == (seq, version, stamped_at)
        [deleted] = s.query(DeletedId).filter(DeletedId.row_id == gone.id).all()
        assert deleted.server_seq == before + 1
        counter = s.get(SeqCounter, 1)
        assert counter is not None and counter.value == before + 3


def test_rows_written_without_the_change_log_are_adopted(
    client: TestClient, server_engine: Engine, world: World
) -> None:
    with UnitOfWork(server_engine, SYSTEM, replica=False) as uow:
        loose = uow.add(Product(program_id=world.program_id, sku="L", name="Loose"))
    admin = sign_in(client, "admin")
    assert loose.id not in {c["row_id"] for c in pull_all(admin)}
    seq = stamp_unstamped(server_engine)
    assert seq is not None
    assert stamp_unstamped(server_engine) is None
    [change] = [c for c in pull_all(admin) if c["row_id"] == loose.id]
    assert (change["server_seq"], change["version"]) == (seq, 1)


def test_hello_asks_for_a_resnapshot_below_the_log_horizon(
    client: TestClient, server_engine: Engine, world: World
) -> None:
    with Session(server_engine) as s, s.begin():
        s.execute(update(SeqCounter).where(SeqCounter.id == 1).values(horizon=5))
    dev = sign_in(client, "pa")
    old = dev.post("/sync/v1/hello", {"protocol_version": 1, "schema_version": 1, "cursor": 4}).json()
    assert (old["status"], old["reason"]) == ("resnapshot", "log_window")
    fresh = dev.post("/sync/v1/hello", {"protocol_version": 1, "schema_version": 1, "cursor": 5}).json()
    assert fresh["status"] == "ok"
