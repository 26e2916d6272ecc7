"""Migration 0005 ships planner statistics (sqlite_stat1 from the 1M-deal demo replica): every replica plans
its queries as the benchmarks measured them. Without them SQLite guessed, and all KPIs of one partner read
every deal of the program in the period (~490 ms on the 1M replica instead of ~2 ms)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine, event

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.world import build
from workbench.analytics import kpis
from workbench.analytics.types import Period

LARGE = ("deal_registrations", "partners", "contacts", "deal_products", "analytics_deal_month")
PARTNER_OWNED = ("deal_registrations", "contacts")


def _unkeyed_reads(engine: Engine, run: Any) -> list[tuple[str, str]]:
    """Run `run()` (one partner's figures), then EXPLAIN QUERY PLAN every SELECT it sent: the plan lines that
    read a partner-owned table other than by the partner (a scan, or an index range over the whole program)."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert sent
    bad: list[tuple[str, str]] = []
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        for statement, parameters in sent:
            for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters):
                detail = str(row[3])
                words = detail.split()
                reads_owned = len(words) > 1 and words[0] in ("SCAN", "SEARCH") and words[1] in PARTNER_OWNED
                if reads_owned and "(partner_id=?" not in detail:
                    bad.append((detail, statement[:120]))
    return bad


def test_a_migrated_replica_holds_the_shipped_statistics(migrated: Engine) -> None:
    with migrated.connect() as conn:
        stats = dict(
            ((t, i), s) for t, i, s in conn.exec_driver_sql("SELECT tbl, idx, stat FROM sqlite_stat1").fetchall()
        )
        indexes = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert stats[("deal_registrations", "ix_deal_registrations_partner_status_deleted")].startswith("1000000 11 ")
    on_large = {i for i in indexes if any(i.startswith(f"ix_{t}") for t in LARGE)}
    assert on_large and on_large <= {i for _t, i in stats}  # every index of a large table has its row


def test_one_partners_kpis_read_only_that_partners_rows(migrated: Engine) -> None:
    world = build(Rows(migrated))
    period = Period(date(2025, 12, 1), date(2026, 11, 30))
    assert _unkeyed_reads(migrated, lambda: kpis.partner_kpis(migrated, world.a, period)) == []


def test_without_the_statistics_the_same_kpis_read_the_whole_programs_deals(migrated: Engine) -> None:
    """The check above can fail: without statistics the planner picks the program-wide submission index."""
    world = build(Rows(migrated))
    with migrated.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
    migrated.dispose()  # new connections load the (now empty) statistics
    period = Period(date(2025, 12, 1), date(2026, 11, 30))
    assert _unkeyed_reads(migrated, lambda: kpis.partner_kpis(migrated, world.a, period)) != []
