"""Deal commands: creation, validation (nothing written on bad input), permissions, the state commands,
protection dates, audit entries and outbox ops."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select, update

from tests.workbench.deals.conftest import World, snapshot
from workbench.audit.models import AuditEvent
from workbench.clock import today
from workbench.db.outbox import OpKind, OutboxOp
from workbench.deals import commands as c
from workbench.deals.models import DealRegistration
from workbench.deals.types import DealInput, DealProductInput, DealStatus, DealUpdate
from workbench.errors import IllegalTransition, NotFound, PermissionDenied, UserError
from workbench.security.roles import Actor, Role

ADMIN = Actor("u-admin", Role.ADMIN, "dev-1")
CM = Actor("u-cm", Role.CHANNEL_MANAGER, "dev-1")


def partner_actor(world: World, role: Role = Role.PARTNER_USER, partner: str | None = None) -> Actor:
    return Actor("u-partner", role, "dev-2", partner_id=partner or world.partner_a)


def deal_input(world: World, **overrides: Any) -> DealInput:
    base = DealInput(
        partner_id=world.partner_a,
        program_id=world.program_id,
        customer_name="Müller Systemhaus GmbH",
        title="Datacenter refresh",
        amount=Decimal("125000.50"),
        currency="EUR",
        expected_close=today() + timedelta(days=60),
        customer_domain="https://www.mueller-systemhaus.de/x",
        customer_email="einkauf@Mueller-Systemhaus.DE",
        customer_country="de",
        description="Two racks",
        products=(DealProductInput(world.product_1, 2),),
    )
    return replace(base, **overrides)


def make_deal(engine: Engine, world: World, actor: Actor | None = None, **overrides: Any) -> str:
    return c.create_deal(engine, actor or partner_actor(world), deal_input(world, **overrides)).id


def submitted(engine: Engine, world: World) -> str:
    deal_id = make_deal(engine, world)
    c.submit_deal(engine, partner_actor(world), deal_id)
    return deal_id


def approved(engine: Engine, world: World) -> str:
    deal_id = submitted(engine, world)
    c.approve_deal(engine, CM, deal_id)
    return deal_id


# --- create ---------------------------------------------------------------------------------------


def test_create_deal(engine: Engine, world: World) -> None:
    dto = c.create_deal(engine, partner_actor(world), deal_input(world))
    assert dto.status == DealStatus.DRAFT
    assert dto.partner_id == world.partner_a
    assert dto.customer_name_norm == "mueller systemhaus"
    assert dto.customer_domain == "www.mueller-systemhaus.de"
    assert dto.customer_email == "einkauf@mueller-systemhaus.de"
    assert dto.customer_country == "DE"
    assert dto.amount_minor == 12_500_050 and dto.currency == "EUR"
    assert dto.provisional is True and dto.registered_by == "u-partner"
    assert [(p.sku, p.quantity) for p in dto.products] == [("SRV-1", 2)]


def test_domain_taken_from_email_when_missing(engine: Engine, world: World) -> None:
    dto = c.create_deal(engine, partner_actor(world), deal_input(world, customer_domain=None))
    assert dto.customer_domain == "mueller-systemhaus.de"


def test_create_writes_audit_and_outbox(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    with engine.connect() as conn:
        audit = conn.execute(select(AuditEvent.entity, AuditEvent.action).where(AuditEvent.row_id == deal_id)).all()
        ops = conn.execute(select(OutboxOp.entity, OutboxOp.kind)).all()
    assert audit == [("deal_registrations", "create")]
    assert ("deal_registrations", OpKind.CREATE) in ops and ("deal_products", OpKind.CREATE) in ops


def test_server_side_create_writes_audit_but_no_outbox(engine: Engine, world: World) -> None:
    c.create_deal(engine, ADMIN, deal_input(world), replica=False)
    counts = snapshot(engine)
    assert counts["deal_registrations"] == 1 and counts["audit_events"] == 2 and counts["outbox_ops"] == 0


BAD_INPUTS: list[tuple[str, dict[str, Any], str, str]] = [
    ("negative money", {"amount": Decimal("-1")}, "money_negative", "amount"),
    ("non-integer money", {"amount": Decimal("10.001")}, "money_too_precise", "amount"),
    ("float money", {"amount": 10.5}, "money_not_decimal", "amount"),
    ("zero money", {"amount": Decimal("0")}, "money_zero", "amount"),
    ("unknown currency", {"currency": "XXX"}, "unknown_currency", "currency"),
    ("close before today", {"expected_close": today() - timedelta(days=1)}, "end_before_start", "expected_close"),
    ("close too far", {"expected_close": today() + timedelta(days=4000)}, "out_of_range", "expected_close"),
    ("bad e-mail", {"customer_email": "not-an-email"}, "invalid_email", "customer_email"),
    ("bad domain", {"customer_domain": "exa mple"}, "invalid_domain", "customer_domain"),
    ("bad country", {"customer_country": "Germany"}, "invalid_country", "customer_country"),
    ("over-long customer", {"customer_name": "x" * 201}, "too_long", "customer_name"),
    ("over-long title", {"title": "x" * 201}, "too_long", "title"),
    ("over-long description", {"description": "x" * 10_001}, "too_long", "description"),
    ("empty customer", {"customer_name": "  "}, "required", "customer_name"),
    ("punctuation-only customer", {"customer_name": "..."}, "invalid_customer_name", "customer_name"),
    ("unknown program", {"program_id": "nope"}, "unknown_reference", "program_id"),
    ("unknown partner", {"partner_id": "nope"}, "unknown_reference", "partner_id"),
    ("unknown product", {"products": (DealProductInput("nope"),)}, "unknown_reference", "products"),
    ("zero quantity", {"products": None}, "out_of_range", "quantity"),
    ("duplicate product", {"products": "dup"}, "duplicate_product", "products"),
    ("product of other program", {"products": "other"}, "product_not_in_program", "products"),
]


@pytest.mark.parametrize(("overrides", "code", "field"), [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_writes_nothing(
    engine: Engine, world: World, overrides: dict[str, Any], code: str, field: str
) -> None:
    if "products" in overrides and not isinstance(overrides["products"], tuple):
        overrides = {
            "products": {
                None: (DealProductInput(world.product_1, 0),),
                "dup": (DealProductInput(world.product_1), DealProductInput(world.product_1)),
                "other": (DealProductInput(world.other_program_product),),
            }[overrides["products"]]
        }
    actor = ADMIN if "partner_id" in overrides else partner_actor(world)
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.create_deal(engine, actor, deal_input(world, **overrides))
    assert err.value.code == code
    assert err.value.params["field"] == field
    assert snapshot(engine) == before


def test_partner_cannot_create_for_another_partner(engine: Engine, world: World) -> None:
    before = snapshot(engine)
    with pytest.raises(PermissionDenied):
        c.create_deal(engine, partner_actor(world), deal_input(world, partner_id=world.partner_b))
    assert snapshot(engine) == before


# --- update / products ----------------------------------------------------------------------------


def test_update_draft(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    dto = c.update_deal(
        engine,
        partner_actor(world),
        deal_id,
        DealUpdate(customer_name="ACME, Inc.", amount=Decimal("99"), description=""),
    )
    assert dto.customer_name == "ACME, Inc." and dto.customer_name_norm == "acme"
    assert dto.amount_minor == 9900 and dto.description is None
    with engine.connect() as conn:
        ops = conn.execute(select(OutboxOp.kind, OutboxOp.fields).where(OutboxOp.row_id == deal_id)).all()
    # the still-pending create absorbs the edit (coalesced)
    assert len(ops) == 1 and ops[0][0] == OpKind.CREATE and ops[0][1]["customer_name_norm"] == "acme"


def test_update_only_own_partner(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    before = snapshot(engine)
    with pytest.raises(PermissionDenied):
        c.update_deal(engine, partner_actor(world, partner=world.partner_b), deal_id, DealUpdate(title="x"))
    assert snapshot(engine) == before
    assert c.update_deal(engine, CM, deal_id, DealUpdate(title="vendor fix")).title == "vendor fix"


def test_update_refused_after_submission(engine: Engine, world: World) -> None:
    deal_id = submitted(engine, world)
    with pytest.raises(UserError) as err:
        c.update_deal(engine, partner_actor(world), deal_id, DealUpdate(title="late"))
    assert err.value.code == "deal_not_editable"


def test_update_allowed_when_info_requested(engine: Engine, world: World) -> None:
    deal_id = submitted(engine, world)
    c.request_deal_info(engine, CM, deal_id, "Which rack model?")
    dto = c.update_deal(engine, partner_actor(world), deal_id, DealUpdate(description="Model R2"))
    assert dto.description == "Model R2"
    assert c.submit_deal(engine, partner_actor(world), deal_id).status == DealStatus.SUBMITTED


@pytest.mark.parametrize(
    ("update", "code"),
    [
        (DealUpdate(amount=Decimal("-5")), "money_negative"),
        (DealUpdate(customer_email="x@"), "invalid_email"),
        (DealUpdate(customer_domain="no_domain"), "invalid_domain"),
        (DealUpdate(title="t" * 300), "too_long"),
        (DealUpdate(currency="EURO", amount=Decimal(1)), "unknown_currency"),
        (DealUpdate(currency="USD"), "amount_required_with_currency"),
        (DealUpdate(expected_close=date(2000, 1, 1)), "end_before_start"),
    ],
)
def test_bad_update_writes_nothing(engine: Engine, world: World, update: DealUpdate, code: str) -> None:
    deal_id = make_deal(engine, world)
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.update_deal(engine, partner_actor(world), deal_id, update)
    assert err.value.code == code
    assert snapshot(engine) == before


def test_set_products_replaces_set(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    dto = c.set_deal_products(
        engine,
        partner_actor(world),
        deal_id,
        [DealProductInput(world.product_2, 5), DealProductInput(world.product_1, 1)],
    )
    assert [(p.sku, p.quantity) for p in dto.products] == [("LIC-1", 5), ("SRV-1", 1)]
    dto = c.set_deal_products(engine, partner_actor(world), deal_id, [DealProductInput(world.product_2, 5)])
    assert [p.sku for p in dto.products] == ["LIC-1"]
    dto = c.set_deal_products(engine, partner_actor(world), deal_id, [DealProductInput(world.product_1, 3)])
    assert [(p.sku, p.quantity) for p in dto.products] == [("SRV-1", 3)]  # re-added as a new row


def test_set_products_unknown_reference_writes_nothing(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.set_deal_products(engine, partner_actor(world), deal_id, [DealProductInput("missing")])
    assert (err.value.code, err.value.params["id"]) == ("unknown_reference", "missing")
    assert snapshot(engine) == before


def test_unknown_deal(engine: Engine, world: World) -> None:
    with pytest.raises(NotFound):
        c.submit_deal(engine, ADMIN, "missing")


# --- state commands -------------------------------------------------------------------------------


def test_submit_needs_products(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world, products=())
    with pytest.raises(UserError) as err:
        c.submit_deal(engine, partner_actor(world), deal_id)
    assert err.value.code == "products_required"


def test_submit_on_replica_stays_provisional(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    dto = c.submit_deal(engine, partner_actor(world), deal_id)
    assert dto.status == DealStatus.SUBMITTED and dto.submitted_at is not None
    assert dto.provisional is True and dto.server_received_at is None
    with engine.connect() as conn:
        cmd = conn.execute(
            select(OutboxOp.kind, OutboxOp.command).where(OutboxOp.row_id == deal_id, OutboxOp.kind == OpKind.COMMAND)
        ).all()
        audit = conn.scalars(
            select(AuditEvent.action).where(AuditEvent.row_id == deal_id).order_by(AuditEvent.seq)
        ).all()
    assert cmd == [(OpKind.COMMAND, "submit")]
    assert audit == ["create", "submit"]


def test_submit_on_server_confirms(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    dto = c.submit_deal(engine, partner_actor(world), deal_id, replica=False)
    assert dto.provisional is False and dto.server_received_at is not None


def test_status_field_cannot_be_patched(engine: Engine, world: World) -> None:
    from workbench.db.uow import UnitOfWork

    deal_id = make_deal(engine, world)
    with pytest.raises(RuntimeError, match="command"), UnitOfWork(engine, ADMIN, replica=True) as uow:
        uow.get(DealRegistration, deal_id).status = "approved"


def test_approve_sets_protection(engine: Engine, world: World) -> None:
    deal_id = submitted(engine, world)
    dto = c.approve_deal(engine, CM, deal_id)
    assert dto.status == DealStatus.APPROVED and dto.decided_by == "u-cm"
    assert dto.decided_at is not None
    assert dto.protection_until == dto.decided_at.date() + timedelta(days=90)


@pytest.mark.parametrize("days", [30, 60, 120, 180])
def test_protection_follows_program_setting(engine: Engine, world: World, days: int) -> None:
    from workbench.programs.models import Program

    with engine.begin() as conn:
        conn.execute(update(Program).where(Program.id == world.program_id).values(protection_days=days))
    dto = c.approve_deal(engine, CM, submitted(engine, world))
    assert dto.decided_at is not None
    assert dto.protection_until == dto.decided_at.date() + timedelta(days=days)


def test_program_without_protection(engine: Engine, world: World) -> None:
    deal_id = make_deal(
        engine,
        world,
        program_id=world.no_protection_program_id,
        products=(DealProductInput(world.other_program_product),),
    )
    c.submit_deal(engine, partner_actor(world), deal_id)
    dto = c.approve_deal(engine, CM, deal_id)
    assert dto.status == DealStatus.APPROVED and dto.protection_until is None


def test_protection_end_pure() -> None:
    assert c.protection_end(date(2025, 12, 1), 90) == date(2026, 3, 1)
    assert c.protection_end(date(2025, 12, 1), None) is None


@pytest.mark.parametrize("role", [Role.PARTNER_ADMIN, Role.PARTNER_USER])
def test_partner_cannot_decide(engine: Engine, world: World, role: Role) -> None:
    deal_id = submitted(engine, world)
    actor = partner_actor(world, role)
    before = snapshot(engine)
    with pytest.raises(PermissionDenied):
        c.approve_deal(engine, actor, deal_id)
    with pytest.raises(PermissionDenied):
        c.reject_deal(engine, actor, deal_id, "no")
    with pytest.raises(PermissionDenied):
        c.request_deal_info(engine, actor, deal_id)
    assert snapshot(engine) == before


def test_other_partner_cannot_touch(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    with pytest.raises(PermissionDenied):
        c.submit_deal(engine, partner_actor(world, partner=world.partner_b), deal_id)
    with pytest.raises(PermissionDenied):
        c.withdraw_deal(engine, partner_actor(world, partner=world.partner_b), deal_id)


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_rejection_needs_reason(engine: Engine, world: World, reason: str | None) -> None:
    deal_id = submitted(engine, world)
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.reject_deal(engine, CM, deal_id, reason)  # type: ignore[arg-type]
    assert (err.value.code, err.value.params["field"]) == ("required", "reason")
    assert snapshot(engine) == before


def test_reject(engine: Engine, world: World) -> None:
    dto = c.reject_deal(engine, CM, submitted(engine, world), "Customer is already covered")
    assert dto.status == DealStatus.REJECTED and dto.decision_reason == "Customer is already covered"
    assert dto.protection_until is None


def test_win(engine: Engine, world: World) -> None:
    dto = c.win_deal(engine, partner_actor(world), approved(engine, world), Decimal("130000"))
    assert dto.status == DealStatus.WON and dto.won_amount_minor == 13_000_000 and dto.closed_at == today()


def test_win_bad_amount_writes_nothing(engine: Engine, world: World) -> None:
    deal_id = approved(engine, world)
    before = snapshot(engine)
    with pytest.raises(UserError) as err:
        c.win_deal(engine, partner_actor(world), deal_id, Decimal("-3"))
    assert err.value.code == "money_negative"
    assert snapshot(engine) == before


def test_lose_and_withdraw(engine: Engine, world: World) -> None:
    assert c.lose_deal(engine, partner_actor(world), approved(engine, world)).status == DealStatus.LOST
    assert c.withdraw_deal(engine, partner_actor(world), make_deal(engine, world)).status == DealStatus.WITHDRAWN
    assert c.withdraw_deal(engine, partner_actor(world), submitted(engine, world)).status == DealStatus.WITHDRAWN


def test_expire_only_after_protection(engine: Engine, world: World) -> None:
    deal_id = approved(engine, world)
    with pytest.raises(UserError) as err:
        c.expire_deal(engine, ADMIN, deal_id)
    assert err.value.code == "protection_not_over"
    with engine.begin() as conn:  # simulate the passage of time
        conn.execute(
            update(DealRegistration)
            .where(DealRegistration.id == deal_id)
            .values(protection_until=today() - timedelta(days=1))
        )
    assert c.expire_deal(engine, ADMIN, deal_id).status == DealStatus.EXPIRED


def test_illegal_command_writes_nothing(engine: Engine, world: World) -> None:
    deal_id = make_deal(engine, world)
    before = snapshot(engine)
    with pytest.raises(IllegalTransition):
        c.approve_deal(engine, CM, deal_id)
    with pytest.raises(IllegalTransition):
        c.win_deal(engine, partner_actor(world), deal_id, Decimal(1))
    assert snapshot(engine) == before


def test_full_path_is_audited(engine: Engine, world: World) -> None:
    deal_id = submitted(engine, world)
    c.request_deal_info(engine, CM, deal_id, "?")
    c.submit_deal(engine, partner_actor(world), deal_id)
    c.approve_deal(engine, CM, deal_id)
    c.win_deal(engine, partner_actor(world), deal_id, Decimal(1000))
    with engine.connect() as conn:
        actions = conn.scalars(
            select(AuditEvent.action).where(AuditEvent.row_id == deal_id).order_by(AuditEvent.seq)
        ).all()
        commands = conn.scalars(
            select(OutboxOp.command)
            .where(OutboxOp.row_id == deal_id, OutboxOp.kind == OpKind.COMMAND)
            .order_by(OutboxOp.client_seq)
        ).all()
    assert actions == ["create", "submit", "request_info", "resubmit", "approve", "win"]
    assert commands == ["submit", "request_info", "resubmit", "approve", "win"]
