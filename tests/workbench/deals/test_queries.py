from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select

from tests.workbench.deals.conftest import World
from tests.workbench.deals.test_commands import CM, make_deal, partner_actor
from workbench.clock import today
from workbench.db.uow import UnitOfWork
from workbench.deals import commands as c
from workbench.deals import queries as q
from workbench.deals.models import DealRegistration
from workbench.deals.types import DealSort, DealStatus, TextMatch
from workbench.errors import NotFound, UserError
from workbench.security.roles import SYSTEM, Actor, Role


@pytest.fixture
def deals(engine: Engine, world: World) -> dict[str, str]:
    b_actor = Actor("u-b", Role.PARTNER_ADMIN, "dev-3", partner_id=world.partner_b)
    ids = {
        "mueller": make_deal(engine, world, customer_name="Müller Systemhaus GmbH", amount=Decimal(500)),
        "acme": make_deal(
            engine, world, customer_name="ACME, Inc.", amount=Decimal(900), expected_close=today() + timedelta(days=5)
        ),
        "muenster": make_deal(engine, world, customer_name="Stadtwerke Münster", amount=Decimal(100)),
        "beta": make_deal(
            engine, world, b_actor, partner_id=world.partner_b, customer_name="Mueller Bau AG", amount=Decimal(700)
        ),
    }
    c.submit_deal(engine, partner_actor(world), ids["acme"])
    c.submit_deal(engine, b_actor, ids["beta"])
    return ids


def test_list_filters_and_counts(engine: Engine, world: World, deals: dict[str, str]) -> None:
    assert q.list_deal_ids(engine) == [deals[k] for k in ("beta", "muenster", "acme", "mueller")]
    assert q.list_deal_ids(engine, sort=DealSort.OLDEST)[0] == deals["mueller"]
    assert set(q.list_deal_ids(engine, partner_id=world.partner_a)) == {
        deals["mueller"],
        deals["acme"],
        deals["muenster"],
    }
    assert q.list_deal_ids(engine, status=DealStatus.SUBMITTED, sort=DealSort.CUSTOMER) == [
        deals["acme"],
        deals["beta"],
    ]
    assert q.list_deal_ids(
        engine, partner_id=world.partner_a, status=[DealStatus.DRAFT, "submitted"], sort=DealSort.AMOUNT
    ) == [deals["acme"], deals["mueller"], deals["muenster"]]
    assert q.count_deals(engine) == 4
    assert q.count_deals(engine, partner_id=world.partner_b) == 1
    assert q.count_deals(engine, status="draft") == 2


def test_text_filter(engine: Engine, world: World, deals: dict[str, str]) -> None:
    prefix = q.list_deal_ids(engine, text="MÜLLER", match=TextMatch.PREFIX, sort=DealSort.CUSTOMER)
    assert prefix == [deals["beta"], deals["mueller"]]  # "mueller bau" < "mueller systemhaus"
    assert q.list_deal_ids(engine, text="muen", match="prefix") == []
    assert q.list_deal_ids(engine, text="münster") == [deals["muenster"]]
    assert q.list_deal_ids(engine, text="SYSTEM") == [deals["mueller"]]
    assert q.list_deal_ids(engine, text="100%") == []  # wildcards are escaped
    assert q.count_deals(engine, text="mue", match=TextMatch.PREFIX) == 2


def test_paging_and_rows(engine: Engine, world: World, deals: dict[str, str]) -> None:
    page = q.list_deal_ids(engine, sort=DealSort.CUSTOMER, offset=1, limit=2)
    assert page == [deals["beta"], deals["mueller"]]
    rows = q.deals_by_ids(engine, [deals["acme"], "gone", deals["mueller"]])
    assert [r.id for r in rows] == [deals["acme"], deals["mueller"]]
    assert rows[0].status == DealStatus.SUBMITTED and rows[0].amount_minor == 90000
    assert rows[0].submitted_at is not None and rows[1].submitted_at is None
    assert q.deals_by_ids(engine, []) == []


def test_sort_by_submission_and_close(engine: Engine, world: World, deals: dict[str, str]) -> None:
    submitted = q.list_deal_ids(engine, status="submitted", sort=DealSort.SUBMITTED)
    assert submitted == [deals["beta"], deals["acme"]]
    assert q.list_deal_ids(engine, sort=DealSort.EXPECTED_CLOSE)[0] == deals["acme"]


def test_deleted_deals_are_hidden(engine: Engine, world: World, deals: dict[str, str]) -> None:
    with UnitOfWork(engine, SYSTEM) as uow:
        uow.soft_delete(uow.get(DealRegistration, deals["acme"]))
    assert deals["acme"] not in q.list_deal_ids(engine)
    assert q.deals_by_ids(engine, [deals["acme"]]) == []
    with pytest.raises(NotFound):
        q.get_deal(engine, deals["acme"])


def test_get_deal_with_products(engine: Engine, world: World, deals: dict[str, str]) -> None:
    dto = q.get_deal(engine, deals["mueller"])
    assert dto.customer_name == "Müller Systemhaus GmbH"
    assert [(p.product_id, p.quantity) for p in dto.products] == [(world.product_1, 2)]
    c.approve_deal(engine, CM, deals["acme"])
    assert q.get_deal(engine, deals["acme"]).protection_until is not None


def test_bad_status_filter(engine: Engine) -> None:
    with pytest.raises(UserError) as err:
        q.list_deal_ids(engine, status="open")
    assert err.value.code == "invalid_choice"


def test_list_query_uses_indexes(engine: Engine, world: World, deals: dict[str, str]) -> None:
    from sqlalchemy.dialects import sqlite

    def plan(stmt: object) -> str:
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
        with engine.connect() as conn:
            return " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))

    by_partner = select(DealRegistration.id).where(*q._filters(world.partner_a, "draft", None, "contains"))
    assert "ix_deal_registrations_partner_status_deleted" in plan(by_partner)
    by_status = (
        select(DealRegistration.id)
        .where(*q._filters(None, "submitted", None, "contains"))
        .order_by(*q._ORDER[DealSort.SUBMITTED])
    )
    assert "ix_deal_registrations_status_submitted" in plan(by_status)
    partner_by_submitted = (
        select(DealRegistration.id)
        .where(*q._filters(world.partner_a, "submitted", None, "contains"))
        .order_by(*q._ORDER[DealSort.SUBMITTED])
    )
    assert "ix_deal_registrations_partner_status_deleted" in plan(partner_by_submitted)
    for sort in DealSort:
        by_partner_sorted = (
            select(DealRegistration.id)
            .where(*q._filters(world.partner_a, None, None, "contains"))
            .order_by(*q._ORDER[sort])
        )
        # Any index led by partner_id serves a partner's list (the analytics module adds another one,
        # `ix_analytics_deals_first`, that SQLite may pick); what must never happen is a walk of the whole
        # table or of an index not led by partner_id.
        shown = plan(by_partner_sorted)
        assert "(partner_id=?" in shown and "SCAN deal_registrations" not in shown, (sort, shown)
    by_prefix = select(DealRegistration.id).where(*q._filters(None, None, "mue", "prefix"))
    assert "ix_deal_registrations_customer_live" in plan(by_prefix)
