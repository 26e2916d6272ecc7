"""Deal protection extensions on the server: the request is a pushed create checked with the workbench's
own rules (`check_extension_request`), grant and decline are command ops run through
`workbench.deals.sla` (SQLite and PostgreSQL via the `server_engine` fixture)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from workbench.audit.models import AuditEvent
from workbench.deals.models import DealRegistration
from workbench.deals.sla import DealExtensionRequest
from workbench.ids import new_id

ENTITY = "deal_extension_requests"


def _results(r: Any) -> list[dict[str, Any]]:
    assert r.status_code == 200, r.text
    return list(r.json()["results"])


def _one(r: Any) -> dict[str, Any]:
    [res] = _results(r)
    return res


def _approved_deal(pa: Device, cm: Device, world: World) -> tuple[str, date]:
    """A deal of partner A, submitted by `pa` and approved by `cm`; returns its id and protection end."""
    deal_id, tx = new_id(), new_id()
    deal = {
        "program_id": world.program_id,
        "registered_by": pa.user_id,
        "customer_name": "Kunde AG",
        "customer_name_norm": "kunde",
        "title": "Firewall refresh",
        "amount_minor": 1_000_000,
        "currency": "EUR",
        "expected_close": "2099-01-31",
    }
    line = {"deal_id": deal_id, "product_id": world.product_id, "quantity": 1}
    results = _results(
        push(
            pa,
            op(pa, "deal_registrations", deal_id, "create", deal, tx_id=tx),
            op(pa, "deal_products", new_id(), "create", line, tx_id=tx),
        )
    )
    assert {r["result"] for r in results} == {"applied"}, results
    assert _one(push(pa, op(pa, "deal_registrations", deal_id, "command", {}, command="submit")))["result"] == "applied"
    res = _one(push(cm, op(cm, "deal_registrations", deal_id, "command", {}, command="approve")))
    assert res["result"] == "applied", res
    return deal_id, date.fromisoformat(res["row"]["protection_until"])


def _request(dev: Device, deal_id: str, current: date, **overrides: Any) -> tuple[str, dict[str, Any]]:
    fields: dict[str, Any] = {
        "deal_id": deal_id,
        "requested_by": dev.user_id,
        "current_until": current.isoformat(),
        "requested_until": (current + timedelta(days=30)).isoformat(),
        "reason": "Customer board meets next quarter",
        "status": "requested",
    }
    fields.update(overrides)
    row_id = new_id()
    return row_id, op(dev, ENTITY, row_id, "create", fields)


def _grant_ops(dev: Device, deal_id: str, request_id: str, until: date) -> list[dict[str, Any]]:
    """What `grant_extension` records on a channel manager's laptop: two command ops in one transaction."""
    tx = new_id()
    return [
        op(
            dev,
            "deal_registrations",
            deal_id,
            "command",
            {"protection_until": until.isoformat(), "request_id": request_id},
            command="extend",
            tx_id=tx,
        ),
        op(dev, ENTITY, request_id, "command", {"granted_until": until.isoformat()}, command="grant", tx_id=tx),
    ]


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_request_and_grant_through_ops(client: TestClient, world: World, server_engine: Engine) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id, current = _approved_deal(pa, cm, world)
    request_id, create = _request(pa, deal_id, current)
    res = _one(push(pa, create))
    assert res["result"] == "applied", res
    assert res["row"]["partner_id"] == world.partner_a and res["row"]["status"] == "requested"

    until = current + timedelta(days=20)  # the channel manager grants less than asked for
    results = _results(push(cm, *_grant_ops(cm, deal_id, request_id, until)))
    assert [r["result"] for r in results] == ["applied", "applied"], results
    assert results[0]["row"]["protection_until"] == until.isoformat()
    assert results[1]["row"]["status"] == "granted"
    assert results[1]["row"]["granted_until"] == until.isoformat()
    assert results[1]["row"]["decided_by"] == cm.user_id
    with Session(server_engine) as s:
        assert s.get_one(DealRegistration, deal_id).protection_until == until
        req = s.get_one(DealExtensionRequest, request_id)
        assert (req.status, req.granted_until, req.decided_by) == ("granted", until, cm.user_id)

    # the partner's laptop learns both on pull
    latest = {c["row_id"]: c["row"] for c in pull_all(pa)}
    assert latest[deal_id]["protection_until"] == until.isoformat()
    assert latest[request_id]["status"] == "granted"

    # a second grant of the same request is an illegal transition; nothing changes
    audits = _count(server_engine, AuditEvent)
    results = _results(push(cm, *_grant_ops(cm, deal_id, request_id, until + timedelta(days=5))))
    assert [(r["result"], r["reason"]) for r in results] == [
        ("rejected", "illegal_transition"),
        ("rejected", "illegal_transition"),
    ]
    assert _count(server_engine, AuditEvent) == audits
    with Session(server_engine) as s:
        assert s.get_one(DealRegistration, deal_id).protection_until == until


def test_decline_with_reason_and_a_new_request_afterwards(client: TestClient, world: World) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id, current = _approved_deal(pa, cm, world)
    request_id, create = _request(pa, deal_id, current)
    assert _one(push(pa, create))["result"] == "applied"

    res = _one(push(cm, op(cm, ENTITY, request_id, "command", {}, command="decline")))
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "required", "reason")
    res = _one(push(cm, op(cm, ENTITY, request_id, "command", {"reason": "   "}, command="decline")))
    assert (res["result"], res["reason"]) == ("rejected", "required")
    res = _one(push(cm, op(cm, ENTITY, request_id, "command", {"reason": "Too long"}, command="decline")))
    assert res["result"] == "applied", res
    assert (res["row"]["status"], res["row"]["decision_reason"]) == ("declined", "Too long")

    # declined: no grant any more, and the partner may ask again
    results = _results(push(cm, *_grant_ops(cm, deal_id, request_id, current + timedelta(days=10))))
    assert {(r["result"], r["reason"]) for r in results} == {("rejected", "illegal_transition")}
    again, create = _request(pa, deal_id, current)
    assert _one(push(pa, create))["result"] == "applied"
    res = _one(push(cm, op(cm, ENTITY, again, "command", {"granted_until": "2099-01-01"}, command="grant")))
    assert (res["result"], res["reason"]) == ("rejected", "out_of_range")  # more than 180 days


def test_grant_alone_runs_the_whole_grant(client: TestClient, world: World, server_engine: Engine) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id, current = _approved_deal(pa, cm, world)
    request_id, create = _request(pa, deal_id, current)
    assert _one(push(pa, create))["result"] == "applied"
    until = current + timedelta(days=30)
    res = _one(push(cm, op(cm, ENTITY, request_id, "command", {"granted_until": until.isoformat()}, command="grant")))
    assert res["result"] == "applied", res
    with Session(server_engine) as s:
        assert s.get_one(DealRegistration, deal_id).protection_until == until


def test_forged_extension_requests_are_rejected(client: TestClient, world: World, server_engine: Engine) -> None:
    pa, pb, cm = sign_in(client, "pa"), sign_in(client, "pb"), sign_in(client, "cm")
    deal_id, current = _approved_deal(pa, cm, world)
    audits = _count(server_engine, AuditEvent)
    later = (current + timedelta(days=30)).isoformat()

    def rejected(dev: Device, **overrides: Any) -> tuple[str, str | None]:
        _row, create = _request(dev, deal_id, current, **overrides)
        res = _one(push(dev, create))
        assert res["result"] == "rejected", res
        return res["reason"], res["field"]

    # another partner's deal: invisible, as if it did not exist
    assert rejected(pb) == ("unknown_reference", "deal_id")
    # a vendor naming another partner than the deal's: refused
    admin = sign_in(client, "admin")
    assert rejected(admin, partner_id=world.partner_b)[0] == "scope_mismatch"
    assert rejected(cm, partner_id=world.partner_b) == ("unknown_reference", "partner_id")  # not cm's partner
    # forged status and approver fields: state-machine fields start at their defaults
    assert rejected(pa, status="granted") == ("command_field", "status")
    assert rejected(pa, decided_by=cm.user_id) == ("command_field", "decided_by")
    assert rejected(pa, granted_until=later) == ("command_field", "granted_until")
    assert rejected(pa, decision_reason="ok") == ("command_field", "decision_reason")
    # someone else as the requester, a made-up current protection end, dates out of range
    assert rejected(pa, requested_by=cm.user_id) == ("invalid_value", "requested_by")
    assert rejected(pa, current_until=(current - timedelta(days=5)).isoformat()) == ("invalid_value", "current_until")
    assert rejected(pa, requested_until=current.isoformat()) == ("not_later", "requested_until")
    assert rejected(pa, requested_until=(current + timedelta(days=181)).isoformat()) == (
        "out_of_range",
        "requested_until",
    )
    assert rejected(pa, reason="  ") == ("required", "reason")
    assert _count(server_engine, AuditEvent) == audits
    assert _count(server_engine, DealExtensionRequest) == 0

    # a partner's partner_id is never taken from the op (protocol §4.1): the request lands in the deal's
    # partner whatever the op says
    request_id, create = _request(pa, deal_id, current, partner_id=world.partner_b)
    res = _one(push(pa, create))
    assert res["result"] == "applied" and res["row"]["partner_id"] == world.partner_a
    # one open request per deal
    assert rejected(pa) == ("extension_pending", "deal_id")
    # requests are never edited: only grant / decline change them
    longer = (current + timedelta(days=40)).isoformat()
    patch = op(pa, ENTITY, request_id, "patch", {"requested_until": longer}, {"requested_until": later}, base_version=1)
    res = _one(push(pa, patch))
    assert (res["result"], res["reason"]) == ("rejected", "not_editable")
    patch = op(
        pa,
        ENTITY,
        request_id,
        "patch",
        {"reason": "something else"},
        {"reason": "Customer board meets next quarter"},
        base_version=1,
    )
    res = _one(push(pa, patch))
    assert (res["result"], res["reason"]) == ("rejected", "not_editable")
    # a partner may neither grant nor decline, nor extend the deal directly
    results = _results(push(pa, *_grant_ops(pa, deal_id, request_id, current + timedelta(days=10))))
    assert {(r["result"], r["reason"]) for r in results} == {("rejected", "permission_denied")}
    res = _one(push(pa, op(pa, ENTITY, request_id, "command", {"reason": "no"}, command="decline")))
    assert (res["result"], res["reason"]) == ("rejected", "permission_denied")
    # an "extend" naming a request of another deal
    other_deal, _other_current = _approved_deal(pa, cm, world)
    res = _one(
        push(
            cm,
            op(
                cm,
                "deal_registrations",
                other_deal,
                "command",
                {"protection_until": later, "request_id": request_id},
                command="extend",
            ),
        )
    )
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "unknown_reference", "request_id")
    with Session(server_engine) as s:
        assert s.get_one(DealRegistration, deal_id).protection_until == current
        assert s.get_one(DealExtensionRequest, request_id).status == "requested"


def test_no_extension_for_a_deal_that_is_not_approved(client: TestClient, world: World) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id, current = _approved_deal(pa, cm, world)
    res = _one(
        push(
            pa,
            op(
                pa,
                "deal_registrations",
                deal_id,
                "command",
                {"won_amount_minor": 900_000, "closed_at": date.today().isoformat()},
                command="win",
            ),
        )
    )
    assert res["result"] == "applied", res
    _row, create = _request(pa, deal_id, current)
    res = _one(push(pa, create))
    assert (res["result"], res["reason"]) == ("rejected", "illegal_transition")
