"""workbench.db.derived: the registered rebuilds reproduce what the triggers maintain, and a bulk load drops
and restores exactly the indexes and triggers of the empty tables it may touch."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, update
from sqlalchemy.orm import Session

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.test_totals import assert_totals
from tests.workbench.analytics.world import build
from workbench.analytics.rebuild import rebuild_totals
from workbench.db import derived
from workbench.db.base import Base
from workbench.search.fts import rebuild_in

SUMS = (
    "won_n, won_minor, lost_n, cycle_days, cycle_n, submitted_n, open_n, open_minor, sla_decided_n, sla_ok_n, pending_n"
)


def _totals(conn: Connection) -> dict[str, list[Any]]:
    out = {}
    for table in ("analytics_deal_month", "analytics_deal_day"):
        nonzero = " OR ".join(f"{c.strip()} <> 0" for c in SUMS.split(","))
        out[table] = sorted(conn.exec_driver_sql(f"SELECT * FROM {table} WHERE {nonzero}").fetchall())
        out[table + " (all)"] = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
    return out


def _search(conn: Connection) -> list[Any]:
    return sorted(
        conn.exec_driver_sql(
            "SELECT d.entity, d.row_id, d.partner_id, f.kind, f.title, f.body FROM search_docs AS d"
            " JOIN search_fts AS f ON f.rowid = d.docid"
        ).fetchall()
    )


def test_the_rebuilds_reproduce_the_trigger_maintained_tables(migrated: Engine) -> None:
    build(Rows(migrated))  # deals of every status, SLA edge cases, several programs and currencies
    deals = Base.metadata.tables["deal_registrations"]
    with migrated.begin() as conn:  # updates through the triggers: moved buckets, a deletion, a decision
        ids = [r[0] for r in conn.execute(deals.select().with_only_columns(deals.c.id).limit(6))]
        conn.execute(update(deals).where(deals.c.id == ids[0]).values(submitted_at=None))
        conn.execute(update(deals).where(deals.c.id == ids[1]).values(deleted_at=deals.c.created_at))
        conn.execute(update(deals).where(deals.c.id == ids[2]).values(status="won", closed_at=date(2026, 2, 3)))
        conn.execute(update(deals).where(deals.c.id == ids[3]).values(title="Renamed opportunity"))
    with migrated.connect() as conn:
        by_triggers, search_by_triggers = _totals(conn), _search(conn)
    with migrated.begin() as conn:
        rebuild_totals(conn)
        indexed = rebuild_in(conn)
    with migrated.connect() as conn:
        rebuilt, search_rebuilt = _totals(conn), _search(conn)
    assert by_triggers["analytics_deal_month"] and search_by_triggers
    for table in ("analytics_deal_month", "analytics_deal_day"):
        assert rebuilt[table] == by_triggers[table]
        # the triggers may leave rows whose sums fell back to zero; the rebuild writes only counted buckets
        assert rebuilt[table + " (all)"] == len(rebuilt[table]) <= by_triggers[table + " (all)"]
    assert search_rebuilt == search_by_triggers and indexed == len(search_rebuilt)
    assert any(r[4] == "Renamed opportunity" for r in search_rebuilt)
    assert_totals(migrated)  # and both agree with a from-scratch aggregation in Python


def _objects(conn: Connection) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _stats(conn: Connection) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in conn.exec_driver_sql("SELECT tbl, idx, stat FROM sqlite_stat1"))


def test_bulk_load_drops_and_restores_the_empty_tables_indexes_and_triggers(migrated: Engine) -> None:
    from workbench.programs.models import Program

    with Session(migrated) as session, session.begin():
        session.add(Program(code="P1", name="Program", currency="EUR"))
    with migrated.connect() as conn:
        before = _objects(conn)
        stats_before = _stats(conn)
    assert ("deal_registrations", "ix_deal_registrations_customer_open") in {(t, i) for t, i, _s in stats_before}
    with migrated.begin() as conn:
        load = derived.begin_bulk(conn, ["programs", "deal_registrations", "deal_products", "partners"])
        assert load is not None
        assert load.tables == ("deal_registrations", "deal_products", "partners")  # programs holds a row
        names = {name for name, _sql in load.indexes}
        assert "ix_deal_registrations_customer_open" in names and "ix_partners_legal_name" in names
        assert "uq_deal_products_live" not in names  # unique indexes stay
        assert not any(name.startswith("ix_programs") for name in names)
        assert {name for name, _sql in load.triggers} >= {"search_deal_registrations_ai", "search_partners_au"}
        assert "analytics_deal_month_programs_sla" not in {name for name, _sql in load.triggers}
        assert {d.name for d in load.derived} == {"search", "analytics_totals"}
        dropped = _objects(conn)
        assert len(dropped) == len(before) - len(load.indexes) - len(load.triggers)
        assert len(_stats(conn)) < len(stats_before)  # DROP INDEX deletes the index's planner statistics
        derived.finish_bulk(conn, load)
        assert _objects(conn) == before
        assert _stats(conn) == stats_before  # ... and the bulk load puts them back (migration 0005)


def test_nothing_qualifies_and_nothing_is_dropped(migrated: Engine) -> None:
    from workbench.programs.models import Program

    with Session(migrated) as session, session.begin():
        session.add(Program(code="P1", name="Program", currency="EUR"))
    with migrated.connect() as conn:
        before = _objects(conn)
        assert derived.begin_bulk(conn, ["programs"]) is None  # not empty
        with pytest.raises(ValueError, match="no_such_table"):
            derived.begin_bulk(conn, ["partners", "no_such_table"])
        conn.rollback()
        assert _objects(conn) == before
