"""Command ops run the workbench's own state-machine commands on the server, inside the push transaction."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sync.server import commands
from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from workbench.audit.models import AuditEvent
from workbench.deals.models import DealRegistration
from workbench.ids import new_id


def _results(r: Any) -> list[dict[str, Any]]:
    assert r.status_code == 200, r.text
    return list(r.json()["results"])


def _deal(dev: Device, world: World, deal_id: str) -> list[dict[str, Any]]:
    tx = new_id()
    deal = {
        "program_id": world.program_id,
        "registered_by": dev.user_id,
        "customer_name": "Kunde AG",
        "customer_name_norm": "kunde",
        "title": "Firewall refresh",
        "amount_minor": 1_000_000,
        "currency": "EUR",
        "expected_close": "2099-01-31",
    }
    line = {"deal_id": deal_id, "product_id": world.product_id, "quantity": 2}
    return [
        op(dev, "deal_registrations", deal_id, "create", deal, tx_id=tx),
        op(dev, "deal_products", new_id(), "create", line, tx_id=tx),
    ]


def _cmd(dev: Device, deal_id: str, name: str, **args: Any) -> dict[str, Any]:
    return op(dev, "deal_registrations", deal_id, "command", args, command=name)


def test_every_laptop_command_name_has_a_handler() -> None:
    from sync.server.handlers import register_all

    register_all()
    for name in ("submit", "resubmit", "request_info", "approve", "reject", "win", "lose", "expire", "withdraw"):
        assert ("deal_registrations", name) in commands.COMMANDS
    for entity in ("mdf_requests", "mdf_claims"):
        for name in ("submit", "request_info", "approve", "reject"):
            assert (entity, name) in commands.COMMANDS
    assert ("partners", "set_status") in commands.COMMANDS
    assert ("mdf_claims", "pay") in commands.COMMANDS


def test_deal_lifecycle_through_command_ops(client: TestClient, world: World, server_engine: Engine) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id = new_id()
    assert [r["result"] for r in _results(push(pa, *_deal(pa, world, deal_id)))] == ["applied", "applied"]
    audits = _count(server_engine, AuditEvent)
    [res] = _results(push(pa, _cmd(pa, deal_id, "submit")))
    assert res["result"] == "applied", res
    assert res["row"]["status"] == "submitted"
    assert res["row"]["provisional"] is False and res["row"]["server_received_at"] is not None
    assert res["version"] == 2
    assert _count(server_engine, AuditEvent) == audits + 1  # the workbench command's own audit entry

    # a partner may not approve its own registration: rejected with the workbench's code, row comes back
    [res] = _results(push(pa, _cmd(pa, deal_id, "approve")))
    assert (res["result"], res["reason"]) == ("rejected", "permission_denied")
    assert res["row"]["status"] == "submitted" and res["version"] == 2

    [res] = _results(push(cm, _cmd(cm, deal_id, "approve")))
    assert res["result"] == "applied" and res["row"]["status"] == "approved"
    assert res["row"]["decided_by"] == cm.user_id and res["row"]["protection_until"] is not None

    # illegal transition: approved -> submitted
    [res] = _results(push(pa, _cmd(pa, deal_id, "submit")))
    assert (res["result"], res["reason"]) == ("rejected", "illegal_transition")
    assert res["row"]["status"] == "approved"

    [res] = _results(push(pa, _cmd(pa, deal_id, "win", won_amount_minor=950_000, closed_at="2025-02-01")))
    assert res["result"] == "applied", res
    assert (res["row"]["status"], res["row"]["won_amount_minor"]) == ("won", 950_000)

    # the pull sees the final state once, with the command's server_seq
    rows = [c for c in pull_all(cm) if c["row_id"] == deal_id]
    assert rows[-1]["row"]["status"] == "won"


def test_command_rejections_write_nothing(client: TestClient, world: World, server_engine: Engine) -> None:
    pa, pb, cm = sign_in(client, "pa"), sign_in(client, "pb"), sign_in(client, "cm")
    deal_id = new_id()
    _results(push(pa, *_deal(pa, world, deal_id)))
    audits = _count(server_engine, AuditEvent)
    [res] = _results(push(cm, _cmd(cm, deal_id, "reject")))  # a rejection needs a reason
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "required", "reason")
    [res] = _results(push(cm, _cmd(cm, deal_id, "reject", reason="no")))  # a draft cannot be rejected
    assert (res["result"], res["reason"]) == ("rejected", "illegal_transition")
    [res] = _results(push(pa, _cmd(pa, deal_id, "win", won_amount_minor="lots")))
    assert res["result"] == "rejected"
    [res] = _results(push(pb, _cmd(pb, deal_id, "withdraw")))
    assert (res["result"], res["reason"], res["row"]) == ("rejected", "no_access", None)
    [res] = _results(push(pa, _cmd(pa, deal_id, "teleport")))
    assert (res["result"], res["reason"]) == ("rejected", "unknown_command")
    assert _count(server_engine, AuditEvent) == audits
    with Session(server_engine) as s:
        assert s.get_one(DealRegistration, deal_id).status == "draft"


def test_reject_with_reason_and_a_batch_of_commands_in_one_transaction(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id = new_id()
    _results(push(pa, *_deal(pa, world, deal_id)))
    tx = new_id()
    ops = [
        op(pa, "deal_registrations", deal_id, "command", {}, command="submit", tx_id=tx),
        op(pa, "deal_registrations", deal_id, "command", {}, command="withdraw", tx_id=tx),
    ]
    results = _results(push(pa, *ops))
    assert [r["result"] for r in results] == ["applied", "applied"]
    assert results[1]["row"]["status"] == "withdrawn"
    assert results[0]["version"] == results[1]["version"]  # one transaction, one server_seq
    other = new_id()
    _results(push(pa, *_deal(pa, world, other)))
    _results(push(pa, _cmd(pa, other, "submit")))
    [res] = _results(push(cm, _cmd(cm, other, "reject", reason="duplicate of an existing registration")))
    assert res["result"] == "applied" and res["row"]["decision_reason"].startswith("duplicate")


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_certification_commands_are_recomputed_from_the_servers_training_events(
    client: TestClient, world: World
) -> None:
    admin, pa = sign_in(client, "admin"), sign_in(client, "pa")
    course, path, contact = new_id(), new_id(), new_id()
    tx = new_id()
    catalog = [
        op(
            admin, "courses", course, "create", {"code": "SEC-101", "title": "Sec", "role_track": "technical"}, tx_id=tx
        ),
        op(
            admin,
            "learning_paths",
            path,
            "create",
            {"code": "SEC", "title": "Security", "role_track": "technical", "validity_months": 12},
            tx_id=tx,
        ),
        op(admin, "learning_path_courses", new_id(), "create", {"path_id": path, "course_id": course}, tx_id=tx),
    ]
    assert {r["result"] for r in _results(push(admin, *catalog))} == {"applied"}
    person = {"partner_id": world.partner_a, "last_name": "Muster", "first_name": "E", "role": "technical"}
    assert _results(push(pa, op(pa, "contacts", contact, "create", person)))[0]["result"] == "applied"

    # issue without a pass on the server: refused, the row stays in progress
    early = new_id()
    tx = new_id()
    results = _results(
        push(
            pa,
            op(
                pa,
                "certifications",
                early,
                "create",
                {"contact_id": contact, "path_id": path, "status": "in_progress"},
                tx_id=tx,
            ),
            op(pa, "certifications", early, "command", {"earned_on": "2025-01-01"}, command="issue", tx_id=tx),
        )
    )
    assert results[0]["result"] == "applied"
    assert (results[1]["result"], results[1]["reason"]) == ("rejected", "certification_incomplete")
    assert results[1]["row"]["status"] == "in_progress"

    # the pass arrives; the laptop's forged dates are replaced by the server's
    tx = new_id()
    event = {
        "contact_id": contact,
        "course_id": course,
        "kind": "exam_passed",
        "score": 90,
        "occurred_at": "2025-02-10T10:00:00+00:00",
    }
    results = _results(
        push(
            pa,
            op(pa, "training_events", new_id(), "create", event, tx_id=tx),
            op(
                pa,
                "certifications",
                early,
                "command",
                {"earned_on": "2020-01-01", "expires_on": "2099-01-01"},
                command="issue",
                tx_id=tx,
            ),
        )
    )
    assert [r["result"] for r in results] == ["applied", "applied"], results
    row = results[1]["row"]
    assert (row["status"], row["earned_on"], row["expires_on"]) == ("active", "2025-02-10", "2026-02-10")
    # a second issue on the same path is refused
    twice = new_id()
    tx = new_id()
    results = _results(
        push(
            pa,
            op(pa, "certifications", twice, "create", {"contact_id": contact, "path_id": path}, tx_id=tx),
            op(pa, "certifications", twice, "command", {}, command="issue", tx_id=tx),
        )
    )
    assert results[1]["reason"] == "already_certified"


def test_a_submit_in_a_transaction_with_other_ops_undoes_only_itself(
    client: TestClient, world: World, server_engine: Engine
) -> None:
    """The pushed `submit` runs in the push's own session and op savepoint (`submit_in`): refused (no
    products), it undoes only itself, the ops around it in the same client transaction stay applied; once
    the deal has a product line, the submit in a transaction after a patch of the same deal is applied with
    its own audit entry and the patched title."""
    pa = sign_in(client, "pa")
    deal_id = new_id()
    create = _deal(pa, world, deal_id)[0]
    pa.next_seq -= 1  # the product line op is made (and pushed) later
    assert _results(push(pa, create))[0]["result"] == "applied"
    audits = _count(server_engine, AuditEvent)
    tx = new_id()
    patch = op(pa, "deal_registrations", deal_id, "patch", {"title": "Firewall (new)"}, {"title": "Firewall refresh"},
               tx_id=tx, base_version=1)  # fmt: skip
    submit = op(pa, "deal_registrations", deal_id, "command", {}, command="submit", tx_id=tx, base_version=1)
    after = op(pa, "deal_registrations", deal_id, "patch", {"title": "Firewall (2)"}, {"title": "Firewall (new)"},
               tx_id=tx, base_version=1)  # fmt: skip
    results = _results(push(pa, patch, submit, after))
    assert [r["result"] for r in results] == ["applied", "rejected", "applied"], results
    assert (results[1]["reason"], results[1]["field"]) == ("products_required", "products")
    with Session(server_engine) as s:
        deal = s.get(DealRegistration, deal_id)
        assert deal is not None and (deal.status, deal.title) == ("draft", "Firewall (2)")
        assert deal.server_received_at is None and deal.provisional
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.row_id == deal_id).order_by(AuditEvent.seq))
        assert list(actions)[-2:] == ["update", "update"]
    assert _count(server_engine, AuditEvent) == audits + 2
    line = op(pa, "deal_products", new_id(), "create", {"deal_id": deal_id, "product_id": world.product_id})
    assert _results(push(pa, line))[0]["result"] == "applied"
    tx = new_id()
    patch = op(pa, "deal_registrations", deal_id, "patch", {"title": "Firewall (3)"}, {"title": "Firewall (2)"},
               tx_id=tx, base_version=3)  # fmt: skip
    submit = op(pa, "deal_registrations", deal_id, "command", {}, command="submit", tx_id=tx, base_version=3)
    results = _results(push(pa, patch, submit))
    assert [r["result"] for r in results] == ["applied", "applied"], results
    row = results[1]["row"]
    assert (row["status"], row["title"], row["provisional"]) == ("submitted", "Firewall (3)", False)
    assert row["server_received_at"] is not None
    with Session(server_engine) as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.row_id == deal_id).order_by(AuditEvent.seq))
        assert list(actions)[-2:] == ["update", "submit"]
