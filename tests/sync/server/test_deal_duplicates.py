"""The server's duplicate check of deal registrations, end to end over the sync harness: the real server
app in-process, two real client engines on their own encrypted replicas (partners A and B), the same
end customer registered offline on both. The first submission the server RECEIVES wins, whatever the
laptops' clocks said; the later one is flagged with an explanation that never names the competitor.
Also a protection extension requested and granted from real laptops. Server database on SQLite and on
PostgreSQL (`server_engine`)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.sync.client.helpers import REPLICA_KEY, Client, make_replica
from tests.sync.faults.harness import InProcess
from tests.sync.server.conftest import World
from workbench.deals.commands import create_deal, reject_deal, submit_deal
from workbench.deals.duplicates import (
    DuplicateCandidate,
    VendorDuplicateMatch,
    find_duplicates,
    find_duplicates_of_deal,
)
from workbench.deals.models import DealRegistration
from workbench.deals.queries import get_deal
from workbench.deals.types import ConflictState, DealInput, DealProductInput, DealStatus
from workbench.security.roles import Actor, Role
from workbench.security.secrets import MemorySecretStore


def _client(tmp_path: Path, transport: InProcess, who: str) -> Client:
    engine = make_replica(tmp_path / f"{who}.db")
    engine.dispose()
    from workbench.db.engine import replica_engine

    client = Client(replica_engine(tmp_path / f"{who}.db", REPLICA_KEY), MemorySecretStore(), transport)
    client.login(who)
    report = client.sync()
    assert not report.pending_after
    return client


def _register(client: Client, world: World, partner_id: str, customer: str, domain: str | None) -> str:
    data = DealInput(
        partner_id=partner_id,
        program_id=world.program_id,
        customer_name=customer,
        title="Firewall refresh",
        amount=Decimal("12000.00"),
        currency="EUR",
        expected_close=date.today() + timedelta(days=60),
        customer_domain=domain,
        products=(DealProductInput(world.product_id),),
    )
    deal = create_deal(client.engine, client.actor, data)
    submitted = submit_deal(client.engine, client.actor, deal.id)
    assert submitted.provisional and submitted.status == DealStatus.SUBMITTED
    assert submitted.conflict_state is None  # only the server decides
    return deal.id


def _texts(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def test_first_received_wins_and_the_other_sees_why_without_the_competitor(
    tmp_path: Path, server_engine: Engine, settings: Any, world: World
) -> None:
    from sync.server.app import create_app

    transport = InProcess(create_app(server_engine, settings))
    try:
        a = _client(tmp_path, transport, "pa")
        b = _client(tmp_path, transport, "pb")

        # both offline: B registers first by its own clock, A a little later
        deal_b = _register(b, world, world.partner_b, "MUELLER SYSTEMHAUS AG", "mueller-systemhaus.de")
        deal_a = _register(a, world, world.partner_a, "Müller Systemhaus GmbH", "www.mueller-systemhaus.de")
        b_local, a_local = get_deal(b.engine, deal_b).submitted_at, get_deal(a.engine, deal_a).submitted_at
        assert b_local is not None and a_local is not None and b_local < a_local
        # offline, each replica knows only its own partner's registrations: no warning yet
        cand = DuplicateCandidate("Müller Systemhaus GmbH", (world.product_id,), deal_id=deal_a)
        assert find_duplicates(a.engine, a.actor, cand) == []

        # A reaches the server first: received first, clear
        a.sync()
        mine = get_deal(a.engine, deal_a)
        assert (mine.provisional, mine.conflict_state, mine.conflict_detail) == (False, ConflictState.CLEAR, ())
        assert mine.server_received_at is not None

        # B syncs later: flagged, with the reason, on B's laptop
        b.sync()
        theirs = get_deal(b.engine, deal_b)
        assert theirs.provisional is False and theirs.status == DealStatus.SUBMITTED
        assert theirs.conflict_state == ConflictState.POSSIBLE_DUPLICATE
        [why] = theirs.conflict_detail
        assert set(why.rules) == {"name", "domain"}
        assert why.matched_name == "mueller systemhaus" and why.matched_domain == "mueller-systemhaus.de"
        assert why.common_products == (("SKU-1", "Widget"),)
        assert why.other_status == "submitted"
        assert why.other_registered_at == mine.server_received_at  # the server's receipt time decided
        assert theirs.server_received_at is not None and theirs.server_received_at >= mine.server_received_at
        assert (why.own_registration, why.other_deal_id) == (False, None)

        # nothing on B's replica names partner A or its registration
        with Session(b.engine) as s:
            row = s.get_one(DealRegistration, deal_b)
            stored = _texts(row.conflict_detail)
        for secret in (world.partner_a, "Alpha", deal_a, a.actor.user_id):
            assert secret not in stored
            assert secret not in _texts(theirs)
        assert get_deal(a.engine, deal_a).conflict_state == ConflictState.CLEAR  # A is not touched

        # the channel managers see who it is (vendor view, on the server)
        admin = Actor("admin", Role.ADMIN, "server")
        [vendor_view] = find_duplicates_of_deal(server_engine, admin, deal_b)
        assert isinstance(vendor_view, VendorDuplicateMatch)
        assert (vendor_view.other_deal_id, vendor_view.other_partner_name) == (deal_a, "Alpha GmbH")

        # B's channel manager rejects the duplicate with a reason on their laptop: B sees it after a sync
        cm_b = _client(tmp_path, transport, "cm_b")
        assert get_deal(cm_b.engine, deal_b).conflict_state == ConflictState.POSSIBLE_DUPLICATE
        reject_deal(cm_b.engine, cm_b.actor, deal_b, "Registered earlier by another partner")
        cm_b.sync()
        b.sync()
        final = get_deal(b.engine, deal_b)
        assert (final.status, final.decision_reason) == (DealStatus.REJECTED, "Registered earlier by another partner")
        assert final.conflict_state == ConflictState.POSSIBLE_DUPLICATE
    finally:
        transport.close()


def test_a_partners_own_earlier_registration_is_named_to_it(
    tmp_path: Path, server_engine: Engine, settings: Any, world: World
) -> None:
    from sync.server.app import create_app

    transport = InProcess(create_app(server_engine, settings))
    try:
        a = _client(tmp_path, transport, "pa")
        first = _register(a, world, world.partner_a, "Kunde AG", None)
        a.sync()
        second = _register(a, world, world.partner_a, "kunde", None)
        a.sync()
        dto = get_deal(a.engine, second)
        assert dto.conflict_state == ConflictState.POSSIBLE_DUPLICATE
        [why] = dto.conflict_detail
        assert (why.own_registration, why.other_deal_id, why.rules) == (True, first, ("name",))
        # different customer: clear
        other = _register(a, world, world.partner_a, "Ganz Andere GmbH", "andere.example")
        a.sync()
        assert get_deal(a.engine, other).conflict_state == ConflictState.CLEAR
    finally:
        transport.close()


def test_extension_requested_and_granted_from_real_laptops(
    tmp_path: Path, server_engine: Engine, settings: Any, world: World
) -> None:
    """The ops the laptops' own commands record (request_extension; grant_extension = "extend" + "grant")
    are accepted by the server and reach the other laptop."""
    from sync.server.app import create_app
    from workbench.deals.commands import approve_deal
    from workbench.deals.sla import ExtensionStatus, extension_requests, grant_extension, request_extension

    transport = InProcess(create_app(server_engine, settings))
    try:
        a, cm = _client(tmp_path, transport, "pa"), _client(tmp_path, transport, "cm")
        deal_id = _register(a, world, world.partner_a, "Verlängerung GmbH", None)
        a.sync()
        cm.sync()
        approve_deal(cm.engine, cm.actor, deal_id)
        cm.sync()
        a.sync()
        current = get_deal(a.engine, deal_id).protection_until
        assert current is not None
        req = request_extension(a.engine, a.actor, deal_id, current + timedelta(days=45), "Board meets in Q3")
        report = a.sync()
        assert not report.pending_after
        cm.sync()
        [pending] = extension_requests(cm.engine, cm.actor, status=ExtensionStatus.REQUESTED)
        assert pending.id == req.id and pending.partner_id == world.partner_a
        grant_extension(cm.engine, cm.actor, req.id, current + timedelta(days=30))
        assert not cm.sync().pending_after
        a.sync()
        assert get_deal(a.engine, deal_id).protection_until == current + timedelta(days=30)
        [granted] = extension_requests(a.engine, a.actor, deal_id=deal_id)
        assert (granted.status, granted.granted_until) == (ExtensionStatus.GRANTED, current + timedelta(days=30))
        with Session(server_engine) as s:
            assert s.get_one(DealRegistration, deal_id).protection_until == current + timedelta(days=30)
    finally:
        transport.close()
