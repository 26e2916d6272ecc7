"""The server's duplicate decision under concurrency on PostgreSQL: two submissions of the same end customer
in overlapping transactions. The advisory lock of `lock_customer` makes the second wait for the first to
commit, so it sees it and is flagged (without the lock, READ COMMITTED would let both pass as clear)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.workbench.deals.conftest import World, create_schema
from tests.workbench.dupcheck.helpers import make_deal, partner_actor
from workbench.deals import commands as dc
from workbench.deals import duplicates
from workbench.deals.queries import get_deal
from workbench.deals.types import ConflictState

pytestmark = pytest.mark.pg


@pytest.fixture
def engine(pg_schema: str) -> Iterator[Engine]:
    """The deal tests' `world` on a PostgreSQL schema (overrides the SQLite replica of the conftest)."""
    from workbench.db.engine import server_engine

    eng = server_engine(pg_schema, pool_size=4)
    create_schema(eng)
    yield eng
    eng.dispose()


def test_overlapping_submissions_of_one_customer_flag_the_later(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_deal(engine, world.partner_a, world.program_id, [world.product_1], submit=False)
    second = make_deal(engine, world.partner_b, world.program_id, [world.product_1], submit=False)
    first_checked = threading.Event()
    real = duplicates.find_duplicates_on

    def slow_for_first(conn: Any, actor: Any, candidate: Any, day: Any, **kw: Any) -> Any:
        found = real(conn, actor, candidate, day, **kw)
        if candidate.deal_id == first.id:
            first_checked.set()  # the first holds the customer's lock and has checked: clear
            threading.Event().wait(1.0)  # ... and commits only a second later
        return found

    monkeypatch.setattr(duplicates, "find_duplicates_on", slow_for_first)
    errors: list[BaseException] = []

    def submit_first() -> None:
        try:
            dc.submit_deal(engine, partner_actor(world.partner_a), first.id, replica=False)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread and re-raised there
            errors.append(exc)

    thread = threading.Thread(target=submit_first)
    thread.start()
    assert first_checked.wait(30)
    later = dc.submit_deal(engine, partner_actor(world.partner_b), second.id, replica=False)  # waits for the lock
    thread.join(30)
    assert not errors, errors
    assert get_deal(engine, first.id).conflict_state == ConflictState.CLEAR
    assert later.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    [why] = later.conflict_detail
    assert why.other_registered_at == get_deal(engine, first.id).server_received_at


def test_lock_customer_takes_every_key_in_one_statement(engine: Engine) -> None:
    """`lock_customer` locks the name and each domain of the candidate (one advisory lock per key, in one
    statement): a second transaction cannot take any of them until the first ends."""
    from sqlalchemy import event, text

    candidate = duplicates.DuplicateCandidate(
        "Müller Systemhaus", ("p",), customer_domain="mueller-systemhaus.de", customer_email="a@mueller.example"
    )
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    with engine.connect() as conn, conn.begin():
        event.listen(conn, "before_cursor_execute", count)
        duplicates.lock_customer(conn, candidate)
        event.remove(conn, "before_cursor_execute", count)
        held = conn.execute(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
        ).scalar_one()
        keys = ["domain:mueller-systemhaus.de", "domain:mueller.example", "name:mueller systemhaus"]
        with engine.connect() as other, other.begin():
            for key in keys:
                free = other.execute(
                    text("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 6))"), {"key": key}
                ).scalar_one()
                assert free is False, key
    assert len(statements) == 1 and held == 3
