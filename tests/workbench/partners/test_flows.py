"""Create / update / contact / contract / attributes / onboarding flows, status machine, audit and outbox."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select

from tests.workbench.partners.conftest import counts, partner_actor
from workbench.audit.chain import verify
from workbench.audit.models import AuditEvent
from workbench.db.outbox import OpKind, OutboxOp
from workbench.errors import IllegalTransition, NotFound, PermissionDenied, UserError
from workbench.partners import commands as cmd
from workbench.partners import queries as q
from workbench.partners.types import ContactInput, ContractInput, PartnerInput, TargetInput
from workbench.programs.models import Program, TierLevel
from workbench.security.roles import Actor, Role


def make(engine: Engine, actor: Actor, program: Program, name: str = "Müller Systemhaus GmbH", **kw: Any) -> str:
    data = PartnerInput(legal_name=name, partner_type=kw.pop("partner_type", "reseller"), program_id=program.id, **kw)
    return cmd.create_partner(engine, actor, data).id


def test_create_partner_sets_scope_defaults_and_search_keys(engine: Engine, vendor: Actor, program: Program) -> None:
    dto = cmd.create_partner(
        engine,
        vendor,
        PartnerInput(
            legal_name="  Müller Systemhaus GmbH ",
            partner_type="reseller",
            program_id=program.id,
            country="de",
            city="München",
            web_domain="https://www.Mueller-IT.de/kontakt",
            email="Info@Mueller-IT.DE",
            phone="+49 89 123456",
        ),
    )
    assert dto.legal_name == "Müller Systemhaus GmbH"
    assert dto.status == "prospect"
    assert dto.currency == "EUR"  # the program's
    assert dto.country == "DE"
    assert dto.web_domain == "www.mueller-it.de"
    assert dto.email == "Info@mueller-it.de"
    assert dto.approved_on is None
    from sqlalchemy.orm import Session

    from workbench.partners.models import Partner

    with Session(engine) as s:
        row = s.get(Partner, dto.id)
        assert row is not None
        assert row.partner_id == row.id
        assert row.name_norm == "mueller systemhaus gmbh"
        assert row.name_alt == "muller systemhaus gmbh"


def test_update_partner_changes_only_given_fields(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program, city="Berlin", country="DE")
    dto = cmd.update_partner(engine, vendor, pid, {"city": "Hamburg", "legal_name": "Schäfer IT AG"})
    assert dto.city == "Hamburg"
    assert dto.country == "DE"
    assert dto.legal_name == "Schäfer IT AG"
    assert [r.id for r in q.list_partners(engine, name_filter="schafer")] == [pid]
    assert q.list_partners(engine, name_filter="muller") == []


def test_update_partner_refuses_unknown_and_command_fields(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    before = counts(engine)
    with pytest.raises(UserError) as exc:
        cmd.update_partner(engine, vendor, pid, {"name_norm": "x"})
    assert exc.value.code == "unknown_field"
    with pytest.raises(UserError) as exc:
        cmd.update_partner(engine, vendor, pid, {"status": "active"})
    assert exc.value.code == "command_field"
    assert counts(engine) == before


def test_partner_role_edits_own_profile(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    for role in (Role.PARTNER_ADMIN, Role.PARTNER_USER):
        dto = cmd.update_partner(engine, partner_actor(pid, role), pid, {"description": f"by {role}"})
        assert dto.description == f"by {role}"


def test_partner_role_cannot_edit_another_partner(engine: Engine, vendor: Actor, program: Program) -> None:
    mine = make(engine, vendor, program, "Mine GmbH")
    other = make(engine, vendor, program, "Other GmbH")
    me = partner_actor(mine)
    contact = cmd.add_contact(engine, vendor, ContactInput(partner_id=other, last_name="Other"))
    before = counts(engine)
    with pytest.raises(PermissionDenied):
        cmd.update_partner(engine, me, other, {"city": "Köln"})
    with pytest.raises(PermissionDenied):
        cmd.add_contact(engine, me, ContactInput(partner_id=other, last_name="Intruder"))
    with pytest.raises(PermissionDenied):
        cmd.update_contact(engine, me, contact.id, {"last_name": "Changed"})
    with pytest.raises(PermissionDenied):
        cmd.remove_contact(engine, me, contact.id)
    with pytest.raises(PermissionDenied):
        cmd.set_attributes(engine, me, other, "segment", ["smb"])
    assert counts(engine) == before
    assert q.get_partner(engine, other).city is None


@pytest.mark.parametrize("field", ["tier_id", "owner_id", "status", "approved_on"])
def test_partner_role_cannot_change_tier_owner_or_status_by_patch(
    engine: Engine,
    vendor: Actor,
    program: Program,
    tiers: dict[str, TierLevel],
    field: str,
) -> None:
    pid = make(engine, vendor, program)
    value = {"tier_id": tiers["Gold"].id, "owner_id": "me", "status": "active", "approved_on": "2026-01-01"}[field]
    before = counts(engine)
    with pytest.raises(PermissionDenied):
        cmd.update_partner(engine, partner_actor(pid), pid, {field: value})
    assert counts(engine) == before


def test_partner_role_cannot_use_vendor_commands(
    engine: Engine,
    vendor: Actor,
    program: Program,
    tiers: dict[str, TierLevel],
) -> None:
    pid = make(engine, vendor, program)
    me = partner_actor(pid)
    before = counts(engine)
    with pytest.raises(PermissionDenied):
        cmd.set_partner_status(engine, me, pid, "onboarding")
    with pytest.raises(PermissionDenied):
        cmd.assign_partner(engine, me, pid, owner_id="me", tier_id=tiers["Platinum"].id)
    with pytest.raises(PermissionDenied):
        cmd.soft_delete_partner(engine, me, pid)
    with pytest.raises(PermissionDenied):
        cmd.create_partner(engine, me, PartnerInput(legal_name="New", partner_type="agency", program_id=program.id))
    with pytest.raises(PermissionDenied):
        cmd.upsert_contract(engine, me, ContractInput(partner_id=pid, start_date=date(2026, 1, 1)))
    with pytest.raises(PermissionDenied):
        cmd.add_target(
            engine,
            me,
            TargetInput(
                partner_id=pid, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31), metric="deals", value=5
            ),
        )
    with pytest.raises(PermissionDenied):
        cmd.complete_onboarding_item(engine, me, pid, "kyc_done", date(2026, 1, 1))
    assert counts(engine) == before


def test_assign_partner_sets_owner_and_tier(
    engine: Engine,
    vendor: Actor,
    program: Program,
    tiers: dict[str, TierLevel],
) -> None:
    pid = make(engine, vendor, program)
    dto = cmd.assign_partner(engine, vendor, pid, owner_id="cm-7", tier_id=tiers["Gold"].id)
    assert (dto.owner_id, dto.tier_id, dto.tier_name) == ("cm-7", tiers["Gold"].id, "Gold")
    dto = cmd.assign_partner(engine, vendor, pid, tier_id=None)
    assert (dto.owner_id, dto.tier_id) == ("cm-7", None)


def test_assign_partner_unknown_tier(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    before = counts(engine)
    with pytest.raises(UserError) as exc:
        cmd.assign_partner(engine, vendor, pid, tier_id="no-such-tier")
    assert (exc.value.code, exc.value.params["field"]) == ("unknown_reference", "tier_id")
    assert counts(engine) == before


def test_status_machine_and_approval_date(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    with pytest.raises(IllegalTransition):
        cmd.set_partner_status(engine, vendor, pid, "active")  # prospect -> active skips onboarding
    assert cmd.set_partner_status(engine, vendor, pid, "onboarding").status == "onboarding"
    dto = cmd.set_partner_status(engine, vendor, pid, "active")
    assert dto.status == "active"
    approved = dto.approved_on
    assert approved is not None
    assert cmd.set_partner_status(engine, vendor, pid, "suspended").status == "suspended"
    dto = cmd.set_partner_status(engine, vendor, pid, "active")
    assert dto.approved_on == approved  # the first approval counts
    assert cmd.set_partner_status(engine, vendor, pid, "terminated").status == "terminated"
    before = counts(engine)
    for target in ("active", "prospect", "terminated"):
        with pytest.raises(IllegalTransition):
            cmd.set_partner_status(engine, vendor, pid, target)
    assert counts(engine) == before


def test_status_change_is_a_command_op_with_audit(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    cmd.set_partner_status(engine, vendor, pid, "onboarding")
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        ops = s.scalars(select(OutboxOp).where(OutboxOp.row_id == pid).order_by(OutboxOp.client_seq)).all()
        assert [op.kind for op in ops] == [OpKind.CREATE, OpKind.COMMAND]
        assert ops[1].command == "set_status"
        assert ops[1].fields == {"status": "onboarding"}
        audit = s.scalars(select(AuditEvent).where(AuditEvent.row_id == pid).order_by(AuditEvent.seq)).all()
        assert [a.action for a in audit] == ["create", "set_status"]
        assert audit[1].changes["status"] == ["prospect", "onboarding"]
        assert audit[1].actor_id == vendor.user_id


def test_writes_create_audit_entries_and_outbox_ops(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    cmd.update_partner(engine, vendor, pid, {"city": "Bonn"})
    contact = cmd.add_contact(engine, vendor, ContactInput(partner_id=pid, last_name="Meier", email="m@x.de"))
    cmd.set_attributes(engine, vendor, pid, "segment", ["smb"])
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        ops = s.scalars(select(OutboxOp).order_by(OutboxOp.client_seq)).all()
        kinds = [(op.entity, op.kind) for op in ops]
        # The city patch coalesced into the still-pending create of the partner.
        assert kinds == [("partners", "create"), ("contacts", "create"), ("partner_attributes", "create")]
        assert ops[0].fields["city"] == "Bonn"
        assert ops[1].row_id == contact.id
        audit = s.scalars(select(AuditEvent).where(AuditEvent.partner_id == pid).order_by(AuditEvent.seq)).all()
        assert [(a.entity, a.action) for a in audit] == [
            ("partners", "create"),
            ("partners", "update"),
            ("contacts", "create"),
            ("partner_attributes", "create"),
        ]
        assert audit[1].changes == {"city": [None, "Bonn"]}
        assert verify(s).ok


def test_server_mode_writes_audit_but_no_outbox(engine: Engine, vendor: Actor, program: Program) -> None:
    before = counts(engine)
    cmd.create_partner(
        engine, vendor, PartnerInput(legal_name="Srv", partner_type="agency", program_id=program.id), replica=False
    )
    c = counts(engine)
    assert (c["partners"], c["audit_events"], c["outbox_ops"]) == (1, before["audit_events"] + 1, 0)


def test_soft_delete_partner(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    cmd.soft_delete_partner(engine, vendor, pid)
    with pytest.raises(NotFound):
        q.get_partner(engine, pid)
    assert q.list_partners(engine) == []
    assert q.count_partners(engine) == 0
    assert q.partners_by_ids(engine, [pid]) == []
    with pytest.raises(UserError) as exc:
        cmd.add_contact(engine, vendor, ContactInput(partner_id=pid, last_name="Late"))
    assert exc.value.code == "unknown_reference"


def test_contacts_flow_and_single_primary(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    me = partner_actor(pid, Role.PARTNER_USER)
    a = cmd.add_contact(
        engine,
        me,
        ContactInput(
            partner_id=pid, first_name="Anna", last_name="Ahrens", role="owner", is_primary=True, email="anna@x.de"
        ),
    )
    b = cmd.add_contact(
        engine,
        me,
        ContactInput(
            partner_id=pid,
            first_name="Bernd",
            last_name="Bauer",
            role="technical",
            job_title="CTO",
            phone="+49 (30) 123-45",
        ),
    )
    assert a.is_primary and not b.is_primary
    b2 = cmd.update_contact(engine, me, b.id, {"is_primary": True, "role": "sales"})
    assert b2.is_primary and b2.role == "sales" and b2.job_title == "CTO"
    dto = q.get_partner(engine, pid)
    assert [(c.last_name, c.is_primary) for c in dto.contacts] == [("Bauer", True), ("Ahrens", False)]
    cmd.remove_contact(engine, me, a.id)
    assert [c.id for c in q.get_partner(engine, pid).contacts] == [b.id]
    with pytest.raises(NotFound):
        cmd.update_contact(engine, me, a.id, {"last_name": "Gone"})


def test_contact_bad_updates_write_nothing(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    c = cmd.add_contact(engine, vendor, ContactInput(partner_id=pid, last_name="Keller"))
    before = counts(engine)
    for changes, code in (
        ({"email": "nope"}, "invalid_email"),
        ({"role": "ceo"}, "invalid_choice"),
        ({"last_name": ""}, "required"),
        ({"partner_id": "x"}, "unknown_field"),
        ({"is_primary": "yes"}, "invalid_value"),
        ({"phone": "call me"}, "invalid_phone"),
    ):
        with pytest.raises(UserError) as exc:
            cmd.update_contact(engine, vendor, c.id, changes)
        assert exc.value.code == code
    assert counts(engine) == before


def test_attributes_replace_set_soft_deleting_removed(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    cmd.set_attributes(engine, vendor, pid, "segment", ["smb", "enterprise"])
    cmd.set_attributes(engine, vendor, pid, "region", ["DACH"])
    dto = cmd.set_attributes(engine, vendor, pid, "segment", ["enterprise", "public", "public"])
    assert dto.values_of("segment") == ("enterprise", "public")
    assert dto.values_of("region") == ("DACH",)
    # A removed value may come back (as a new row; the old id stays deleted).
    dto = cmd.set_attributes(engine, vendor, pid, "segment", ["smb"])
    assert dto.values_of("segment") == ("smb",)
    from sqlalchemy.orm import Session

    from workbench.partners.models import PartnerAttribute

    with Session(engine) as s:
        rows = s.scalars(select(PartnerAttribute).where(PartnerAttribute.kind == "segment")).all()
        assert sorted((r.value, r.deleted_at is None) for r in rows) == [
            ("enterprise", False),
            ("public", False),
            ("smb", False),
            ("smb", True),
        ]
        assert all(r.partner_id == pid for r in rows)
    with pytest.raises(UserError) as exc:
        cmd.set_attributes(engine, vendor, pid, "hobby", ["golf"])
    assert exc.value.code == "invalid_choice"


def test_contract_upsert_and_status(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    c1 = cmd.upsert_contract(
        engine,
        vendor,
        ContractInput(partner_id=pid, start_date=date(2026, 1, 1), end_date=date(2026, 12, 31), reference="C-1"),
    )
    assert c1.status == "draft"
    with pytest.raises(UserError) as exc:
        cmd.upsert_contract(engine, vendor, ContractInput(partner_id=pid, start_date=date(2026, 1, 1), status="active"))
    assert (exc.value.code, exc.value.params["field"]) == ("required", "signed_on")
    c2 = cmd.upsert_contract(
        engine,
        vendor,
        ContractInput(
            partner_id=pid,
            start_date=date(2026, 1, 1),
            end_date=date(2027, 12, 31),
            status="active",
            signed_on=date(2025, 12, 20),
            reference="C-1",
        ),
    )
    assert c2.id == c1.id and c2.status == "active" and c2.end_date == date(2027, 12, 31)
    assert q.get_partner(engine, pid).contract == c2
    with pytest.raises(IllegalTransition):
        cmd.upsert_contract(
            engine,
            vendor,
            ContractInput(partner_id=pid, start_date=date(2026, 1, 1), status="draft", contract_id=c1.id),
        )
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        ops = s.scalars(select(OutboxOp).where(OutboxOp.row_id == c1.id).order_by(OutboxOp.client_seq)).all()
        assert [op.kind for op in ops] == [OpKind.CREATE, OpKind.COMMAND]


def test_targets(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    rev = cmd.add_target(
        engine,
        vendor,
        TargetInput(
            partner_id=pid,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 12, 31),
            metric="revenue",
            amount=Decimal("250000.50"),
            currency="eur",
        ),
    )
    assert (rev.target_minor, rev.currency, rev.target_value) == (25_000_050, "EUR", None)
    deals = cmd.add_target(
        engine,
        vendor,
        TargetInput(
            partner_id=pid, period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), metric="deals", value=12
        ),
    )
    assert (deals.target_value, deals.target_minor, deals.currency) == (12, None, None)
    assert [t.metric for t in q.get_partner(engine, pid).targets] == ["deals", "revenue"]


def test_onboarding_checklist(engine: Engine, vendor: Actor, program: Program) -> None:
    pid = make(engine, vendor, program)
    dto = cmd.complete_onboarding_item(engine, vendor, pid, "agreement_signed", date(2026, 1, 5))
    assert [(o.item, o.completed_on, o.program_id) for o in dto.onboarding] == [
        ("agreement_signed", date(2026, 1, 5), program.id)
    ]
    dto = cmd.complete_onboarding_item(engine, vendor, pid, "agreement_signed", date(2026, 1, 7))
    dto = cmd.complete_onboarding_item(engine, vendor, pid, "kyc_done", "2026-01-08")  # type: ignore[arg-type]
    assert [(o.item, o.completed_on) for o in dto.onboarding] == [
        ("agreement_signed", date(2026, 1, 7)),
        ("kyc_done", date(2026, 1, 8)),
    ]
    before = counts(engine)
    with pytest.raises(UserError) as exc:
        cmd.complete_onboarding_item(engine, vendor, pid, "first_training", date.today() + timedelta(days=2))
    assert exc.value.code == "date_in_future"
    with pytest.raises(UserError) as exc:
        cmd.complete_onboarding_item(engine, vendor, pid, "coffee", date(2026, 1, 1))
    assert exc.value.code == "invalid_choice"
    with pytest.raises(UserError) as exc:
        cmd.complete_onboarding_item(engine, vendor, pid, "kyc_done", "yesterday")  # type: ignore[arg-type]
    assert exc.value.code == "invalid_date"
    with pytest.raises(UserError) as exc:
        cmd.complete_onboarding_item(engine, vendor, pid, "kyc_done", date(2026, 1, 1), program_id="nope")
    assert (exc.value.code, exc.value.params["field"]) == ("unknown_reference", "program_id")
    assert counts(engine) == before


def test_get_partner_full_profile(
    engine: Engine,
    vendor: Actor,
    program: Program,
    tiers: dict[str, TierLevel],
) -> None:
    pid = make(engine, vendor, program, tier_id=tiers["Silver"].id, owner_id="cm-1")
    cmd.add_contact(engine, vendor, ContactInput(partner_id=pid, last_name="Z"))
    cmd.set_attributes(engine, vendor, pid, "competency", ["cloud", "security"])
    dto = q.get_partner(engine, pid)
    assert dto.tier_name == "Silver" and dto.owner_id == "cm-1"
    assert len(dto.contacts) == 1 and dto.values_of("competency") == ("cloud", "security")
    assert dto.contract is None and dto.onboarding == () and dto.targets == ()
    with pytest.raises(NotFound):
        q.get_partner(engine, "missing")
