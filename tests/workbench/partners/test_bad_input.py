"""Every bad-input rule of COMMON.md for the partner entities: a specific code and field, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.workbench.partners.conftest import counts
from workbench.errors import UserError
from workbench.partners import commands as cmd
from workbench.partners.types import ContactInput, ContractInput, PartnerInput, TargetInput
from workbench.programs.models import Program
from workbench.security.roles import Actor

Case = Callable[[Engine, Actor, str, str], Any]


def _partner(program_id: str, **kw: Any) -> PartnerInput:
    base: dict[str, Any] = {"legal_name": "Good GmbH", "partner_type": "reseller", "program_id": program_id}
    return PartnerInput(**{**base, **kw})


def _revenue(pid: str, **kw: Any) -> TargetInput:
    base: dict[str, Any] = {
        "partner_id": pid,
        "period_start": date(2026, 1, 1),
        "period_end": date(2026, 12, 31),
        "metric": "revenue",
        "amount": Decimal("100.00"),
        "currency": "EUR",
    }
    return TargetInput(**{**base, **kw})


CASES: dict[str, tuple[Case, str, str]] = {
    # negative money
    "negative_money": (
        lambda e, a, prog, pid: cmd.add_target(e, a, _revenue(pid, amount=Decimal("-1"))),
        "money_negative",
        "amount",
    ),
    # non-integer money: a float, sub-minor digits, a non-integer count
    "float_money": (
        lambda e, a, prog, pid: cmd.add_target(e, a, _revenue(pid, amount=10.5)),
        "money_not_decimal",
        "amount",
    ),
    "sub_minor_money": (
        lambda e, a, prog, pid: cmd.add_target(e, a, _revenue(pid, amount=Decimal("1.005"))),
        "money_too_precise",
        "amount",
    ),
    "non_integer_count": (
        lambda e, a, prog, pid: cmd.add_target(
            e,
            a,
            TargetInput(
                partner_id=pid,
                period_start=date(2026, 1, 1),
                period_end=date(2026, 2, 1),
                metric="deals",
                value=2.5,  # type: ignore[arg-type]
            ),
        ),
        "not_integer",
        "value",
    ),
    "negative_count": (
        lambda e, a, prog, pid: cmd.add_target(
            e,
            a,
            TargetInput(
                partner_id=pid, period_start=date(2026, 1, 1), period_end=date(2026, 2, 1), metric="deals", value=-3
            ),
        ),
        "out_of_range",
        "value",
    ),
    # unknown currency
    "unknown_currency_partner": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, currency="XYZ")),
        "unknown_currency",
        "currency",
    ),
    "unknown_currency_target": (
        lambda e, a, prog, pid: cmd.add_target(e, a, _revenue(pid, currency="ABC")),
        "unknown_currency",
        "currency",
    ),
    "unknown_currency_patch": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"currency": "EURO"}),
        "unknown_currency",
        "currency",
    ),
    # end before start
    "contract_end_before_start": (
        lambda e, a, prog, pid: cmd.upsert_contract(
            e, a, ContractInput(partner_id=pid, start_date=date(2026, 5, 1), end_date=date(2026, 4, 30))
        ),
        "end_before_start",
        "end_date",
    ),
    "target_end_before_start": (
        lambda e, a, prog, pid: cmd.add_target(
            e, a, _revenue(pid, period_start=date(2026, 2, 1), period_end=date(2026, 1, 31))
        ),
        "end_before_start",
        "period_end",
    ),
    # bad e-mail
    "partner_bad_email": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, email="info@@x.de")),
        "invalid_email",
        "email",
    ),
    "contact_bad_email": (
        lambda e, a, prog, pid: cmd.add_contact(
            e, a, ContactInput(partner_id=pid, last_name="X", email="not-an-address")
        ),
        "invalid_email",
        "email",
    ),
    "patch_bad_email": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"email": "a@b"}),
        "invalid_email",
        "email",
    ),
    # bad domain
    "partner_bad_domain": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, web_domain="no_domain")),
        "invalid_domain",
        "web_domain",
    ),
    "patch_bad_domain": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"web_domain": "http://-x-.de"}),
        "invalid_domain",
        "web_domain",
    ),
    # over-long text
    "long_legal_name": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, legal_name="A" * 201)),
        "too_long",
        "legal_name",
    ),
    "long_description": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"description": "x" * 10_001}),
        "too_long",
        "description",
    ),
    "long_contact_name": (
        lambda e, a, prog, pid: cmd.add_contact(e, a, ContactInput(partner_id=pid, last_name="L" * 101)),
        "too_long",
        "last_name",
    ),
    "long_contract_reference": (
        lambda e, a, prog, pid: cmd.upsert_contract(
            e, a, ContractInput(partner_id=pid, start_date=date(2026, 1, 1), reference="R" * 101)
        ),
        "too_long",
        "reference",
    ),
    "long_attribute": (
        lambda e, a, prog, pid: cmd.set_attributes(e, a, pid, "segment", ["s" * 81]),
        "too_long",
        "values",
    ),
    # unknown foreign key
    "unknown_program": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner("no-such-program")),
        "unknown_reference",
        "program_id",
    ),
    "unknown_tier_on_create": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, tier_id="nope")),
        "unknown_reference",
        "tier_id",
    ),
    "unknown_tier_on_patch": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"tier_id": "nope"}),
        "unknown_reference",
        "tier_id",
    ),
    "contact_unknown_partner": (
        lambda e, a, prog, pid: cmd.add_contact(e, a, ContactInput(partner_id="nope", last_name="X")),
        "unknown_reference",
        "partner_id",
    ),
    "contract_unknown_partner": (
        lambda e, a, prog, pid: cmd.upsert_contract(
            e, a, ContractInput(partner_id="nope", start_date=date(2026, 1, 1))
        ),
        "unknown_reference",
        "partner_id",
    ),
    "contract_unknown_id": (
        lambda e, a, prog, pid: cmd.upsert_contract(
            e, a, ContractInput(partner_id=pid, start_date=date(2026, 1, 1), contract_id="nope")
        ),
        "unknown_reference",
        "contract_id",
    ),
    "target_unknown_partner": (
        lambda e, a, prog, pid: cmd.add_target(e, a, _revenue("nope")),
        "unknown_reference",
        "partner_id",
    ),
    "onboarding_unknown_partner": (
        lambda e, a, prog, pid: cmd.complete_onboarding_item(e, a, "nope", "kyc_done", date(2026, 1, 1)),
        "unknown_reference",
        "partner_id",
    ),
    # other rules
    "bad_partner_type": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, partner_type="vendor")),
        "invalid_choice",
        "partner_type",
    ),
    "bad_country": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, country="DEU")),
        "invalid_country",
        "country",
    ),
    "bad_phone": (
        lambda e, a, prog, pid: cmd.create_partner(e, a, _partner(prog, phone="ring ring")),
        "invalid_phone",
        "phone",
    ),
    "blank_legal_name": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"legal_name": "   "}),
        "required",
        "legal_name",
    ),
    "control_chars": (
        lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"city": "Ulm\x00"}),
        "control_characters",
        "city",
    ),
    "non_string_patch": (lambda e, a, prog, pid: cmd.update_partner(e, a, pid, {"city": 42}), "invalid_value", "city"),
    "revenue_without_amount": (
        lambda e, a, prog, pid: cmd.add_target(e, a, _revenue(pid, amount=None)),
        "required",
        "amount",
    ),
    "bad_contract_status": (
        lambda e, a, prog, pid: cmd.upsert_contract(
            e, a, ContractInput(partner_id=pid, start_date=date(2026, 1, 1), status="signed")
        ),
        "invalid_choice",
        "status",
    ),
    "bad_status": (lambda e, a, prog, pid: cmd.set_partner_status(e, a, pid, "vip"), "invalid_choice", "status"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_rejected_and_writes_nothing(
    engine: Engine,
    vendor: Actor,
    program: Program,
    case: str,
) -> None:
    pid = cmd.create_partner(engine, vendor, _partner(program.id)).id
    before = counts(engine)
    call, code, field = CASES[case]
    with pytest.raises(UserError) as exc:
        call(engine, vendor, program.id, pid)
    assert exc.value.code == code
    assert exc.value.params.get("field") == field
    assert counts(engine) == before
