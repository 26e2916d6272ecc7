"""Partner writes. Each command validates every input before it writes, checks the actor's rights,
runs in one unit of work (audit entries and, on the replica, outbox ops come with it) and returns a DTO.

Rights: vendor roles (admin, channel_manager) may do everything; partner roles only edit their own
partner's descriptive data, attributes and contacts. Status, tier, owner, contracts, targets, onboarding
and deletion of a partner are vendor-only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final

from sqlalchemy import Engine, select

from workbench import validation
from workbench.db.uow import UnitOfWork
from workbench.errors import IllegalTransition, PermissionDenied, UserError
from workbench.ids import new_id
from workbench.partners.models import Contact, Contract, OnboardingItem, Partner, PartnerAttribute, Target
from workbench.partners.normalize import alt, fold
from workbench.partners.queries import contact_dto, contract_dto, current_contract, partner_dto, target_dto
from workbench.partners.types import (
    AttributeKind,
    ContactDTO,
    ContactInput,
    ContactRole,
    ContractDTO,
    ContractInput,
    ContractStatus,
    OnboardingItemKind,
    PartnerDTO,
    PartnerInput,
    PartnerStatus,
    PartnerType,
    TargetDTO,
    TargetInput,
    TargetMetric,
)
from workbench.programs.models import Program, TierLevel
from workbench.security.roles import Actor

MAX_CITY = 100
MAX_PERSON = 100
MAX_REFERENCE = 100
MAX_OWNER = 64
MAX_VALUES = 100
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,40}$")


class Unset(Enum):
    """Marks an argument that was not given (as opposed to None = clear the value)."""

    UNSET = 0


UNSET: Final = Unset.UNSET

# Partner status machine: prospect -> onboarding -> active <-> suspended; any -> terminated.
PARTNER_TRANSITIONS: Final[dict[PartnerStatus, frozenset[PartnerStatus]]] = {
    PartnerStatus.PROSPECT: frozenset({PartnerStatus.ONBOARDING, PartnerStatus.TERMINATED}),
    PartnerStatus.ONBOARDING: frozenset({PartnerStatus.ACTIVE, PartnerStatus.TERMINATED}),
    PartnerStatus.ACTIVE: frozenset({PartnerStatus.SUSPENDED, PartnerStatus.TERMINATED}),
    PartnerStatus.SUSPENDED: frozenset({PartnerStatus.ACTIVE, PartnerStatus.TERMINATED}),
    PartnerStatus.TERMINATED: frozenset(),
}

# Contract status machine: draft -> active -> expired; draft/active -> terminated; expired -> active (renewal).
CONTRACT_TRANSITIONS: Final[dict[ContractStatus, frozenset[ContractStatus]]] = {
    ContractStatus.DRAFT: frozenset({ContractStatus.ACTIVE, ContractStatus.TERMINATED}),
    ContractStatus.ACTIVE: frozenset({ContractStatus.EXPIRED, ContractStatus.TERMINATED}),
    ContractStatus.EXPIRED: frozenset({ContractStatus.ACTIVE}),
    ContractStatus.TERMINATED: frozenset(),
}

# Fields a plain partner patch may change, by who may change them.
DESCRIPTIVE_FIELDS: Final = frozenset(
    {"legal_name", "partner_type", "country", "city", "web_domain", "email", "phone", "currency", "description"}
)
CONTACT_FIELDS: Final = frozenset({"first_name", "last_name", "email", "phone", "role", "job_title", "is_primary"})


# --- field validation ------------------------------------------------------------------------------


def _phone(value: str | None, field: str = "phone") -> str | None:
    cleaned = validation.text(value, field, max_len=40, required=False)
    if cleaned is not None and not _PHONE.match(cleaned):
        raise UserError("invalid_phone", field=field, value=cleaned[:40])
    return cleaned


def _str_or_none(value: object, field: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise UserError("invalid_value", field=field, value=str(value)[:50])


def _date(value: object, field: str, *, required: bool = True) -> date | None:
    """A business date: a `date` or an ISO string (as it arrives over the wire)."""
    if value is None:
        if required:
            raise UserError("required", field=field)
        return None
    if isinstance(value, datetime):
        raise UserError("invalid_date", field=field, value=value.isoformat())
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise UserError("invalid_date", field=field, value=value[:30]) from None
    raise UserError("invalid_date", field=field, value=str(value)[:30])


def _required_date(value: object, field: str) -> date:
    result = _date(value, field)
    assert result is not None
    return result


def partner_field(name: str, value: object) -> Any:
    """Validate one descriptive partner field; returns the cleaned value."""
    raw = _str_or_none(value, name)
    if name == "legal_name":
        return validation.required_text(raw, name, max_len=validation.MAX_NAME)
    if name == "partner_type":
        return validation.choice(raw or "", tuple(PartnerType), name)
    if name == "country":
        return validation.country(raw, name)
    if name == "city":
        return validation.text(raw, name, max_len=MAX_CITY, required=False)
    if name == "web_domain":
        return validation.web_domain(raw, name)
    if name == "email":
        return validation.email(raw, name)
    if name == "phone":
        return _phone(raw, name)
    if name == "currency":
        return validation.currency(raw or "", name)
    if name == "description":
        return validation.text(raw, name, max_len=validation.MAX_TEXT, required=False)
    if name == "owner_id":
        return validation.text(raw, name, max_len=MAX_OWNER, required=False)
    if name == "tier_id":
        return validation.text(raw, name, max_len=36, required=False)
    raise UserError("unknown_field", field=name)


def contact_field(name: str, value: object) -> Any:
    if name == "is_primary":
        if not isinstance(value, bool):
            raise UserError("invalid_value", field=name, value=str(value)[:50])
        return value
    raw = _str_or_none(value, name)
    if name == "last_name":
        return validation.required_text(raw, name, max_len=MAX_PERSON)
    if name in ("first_name", "job_title"):
        return validation.text(raw, name, max_len=MAX_PERSON, required=False)
    if name == "email":
        return validation.email(raw, name)
    if name == "phone":
        return _phone(raw, name)
    if name == "role":
        return validation.choice(raw or "", tuple(ContactRole), name)
    raise UserError("unknown_field", field=name)


# --- permission and reference helpers ---------------------------------------------------------------


def _require_write(actor: Actor, action: str, partner_id: str) -> None:
    actor.require_partner_access(action, partner_id)


def _live_partner(uow: UnitOfWork, partner_id: str, field: str = "partner_id") -> Partner:
    partner = uow.session.get(Partner, partner_id)
    if partner is None or partner.deleted_at is not None:
        raise UserError("unknown_reference", field=field, id=partner_id)
    return partner


def _check_program(uow: UnitOfWork, program_id: str) -> Program:
    program = uow.session.get(Program, program_id)
    if program is None or program.deleted_at is not None:
        raise UserError("unknown_reference", field="program_id", id=program_id)
    return program


def _check_tier(uow: UnitOfWork, tier_id: str, program_id: str) -> TierLevel:
    tier = uow.session.get(TierLevel, tier_id)
    if tier is None or tier.deleted_at is not None:
        raise UserError("unknown_reference", field="tier_id", id=tier_id)
    if tier.program_id != program_id:
        raise UserError("tier_not_in_program", field="tier_id", id=tier_id, program_id=program_id)
    return tier


# --- partners ---------------------------------------------------------------------------------------


def create_partner(engine: Engine, actor: Actor, data: PartnerInput, *, replica: bool = True) -> PartnerDTO:
    """A new partner organisation (status prospect). Vendor roles only."""
    actor.require_vendor("create_partner")
    legal_name = validation.required_text(data.legal_name, "legal_name", max_len=validation.MAX_NAME)
    partner_type = validation.choice(data.partner_type, tuple(PartnerType), "partner_type")
    program_id = validation.required_text(data.program_id, "program_id", max_len=36)
    country = validation.country(data.country)
    city = validation.text(data.city, "city", max_len=MAX_CITY, required=False)
    web_domain = validation.web_domain(data.web_domain)
    email = validation.email(data.email)
    phone = _phone(data.phone)
    currency = validation.currency(data.currency) if data.currency is not None else None
    description = validation.text(data.description, "description", max_len=validation.MAX_TEXT, required=False)
    owner_id = validation.text(data.owner_id, "owner_id", max_len=MAX_OWNER, required=False)
    tier_id = validation.text(data.tier_id, "tier_id", max_len=36, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        program = _check_program(uow, program_id)
        if tier_id is not None:
            _check_tier(uow, tier_id, program_id)
        partner_key = new_id()
        partner = Partner(
            id=partner_key,
            partner_id=partner_key,
            legal_name=legal_name,
            name_norm=fold(legal_name),
            name_alt=alt(legal_name),
            partner_type=partner_type,
            program_id=program_id,
            tier_id=tier_id,
            status=PartnerStatus.PROSPECT.value,
            country=country,
            city=city,
            web_domain=web_domain,
            email=email,
            phone=phone,
            currency=currency or program.currency,
            owner_id=owner_id,
            description=description,
        )
        uow.add(partner)
        uow.flush()
        return partner_dto(uow.session, partner.id)


def update_partner(
    engine: Engine,
    actor: Actor,
    partner_id: str,
    changes: Mapping[str, object],
    *,
    replica: bool = True,
) -> PartnerDTO:
    """Change only the given fields. Descriptive fields: vendor roles or the partner's own users.
    Role-owned fields (tier_id, owner_id): vendor roles only. Status and approval: never here
    (use `set_partner_status`)."""
    for name in changes:
        if name in Partner.__command_fields__:
            if not actor.is_vendor:
                raise PermissionDenied("update_partner", role=str(actor.role), field=name)
            raise UserError("command_field", field=name)
        if name in Partner.__server_fields__:
            if not actor.is_vendor:
                raise PermissionDenied("update_partner", role=str(actor.role), field=name)
        elif name not in DESCRIPTIVE_FIELDS:
            raise UserError("unknown_field", field=name)
    cleaned = {name: partner_field(name, value) for name, value in changes.items()}
    with UnitOfWork(engine, actor, replica=replica) as uow:
        partner = uow.get(Partner, partner_id)
        _require_write(actor, "update_partner", partner.id)
        if cleaned.get("tier_id") is not None:
            _check_tier(uow, cleaned["tier_id"], partner.program_id)
        for name, value in cleaned.items():
            setattr(partner, name, value)
        if "legal_name" in cleaned:
            partner.name_norm = fold(cleaned["legal_name"])
            partner.name_alt = alt(cleaned["legal_name"])
        uow.flush()
        return partner_dto(uow.session, partner.id)


def assign_partner(
    engine: Engine,
    actor: Actor,
    partner_id: str,
    *,
    owner_id: str | None | Unset = UNSET,
    tier_id: str | None | Unset = UNSET,
    replica: bool = True,
) -> PartnerDTO:
    """Set the owner channel manager and/or the tier (role-owned fields). Vendor roles only."""
    actor.require_vendor("assign_partner")
    changes: dict[str, object] = {}
    if not isinstance(owner_id, Unset):
        changes["owner_id"] = owner_id
    if not isinstance(tier_id, Unset):
        changes["tier_id"] = tier_id
    return update_partner(engine, actor, partner_id, changes, replica=replica)


def set_partner_status(
    engine: Engine,
    actor: Actor,
    partner_id: str,
    status: str,
    *,
    replica: bool = True,
) -> PartnerDTO:
    """Move a partner along its status machine. Vendor roles only. The first move to active records
    `approved_on` (time-to-first-deal counts from it)."""
    actor.require_vendor("set_partner_status")
    target = PartnerStatus(validation.choice(status, tuple(PartnerStatus), "status"))
    with UnitOfWork(engine, actor, replica=replica) as uow:
        partner = uow.get(Partner, partner_id)
        current = PartnerStatus(partner.status)
        if target not in PARTNER_TRANSITIONS[current]:
            raise IllegalTransition("partners", current.value, target.value)
        approve = target == PartnerStatus.ACTIVE and partner.approved_on is None
        args: dict[str, Any] = {"status": target.value}
        if approve:
            args["approved_on"] = uow.now.date()
        with uow.command(partner, "set_status", **args):
            partner.status = target.value
            if approve:
                partner.approved_on = uow.now.date()
        return partner_dto(uow.session, partner.id)


def soft_delete_partner(engine: Engine, actor: Actor, partner_id: str, *, replica: bool = True) -> None:
    actor.require_vendor("delete_partner")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        uow.soft_delete(uow.get(Partner, partner_id))


# --- attributes ------------------------------------------------------------------------------------


def set_attributes(
    engine: Engine,
    actor: Actor,
    partner_id: str,
    kind: str,
    values: Iterable[str],
    *,
    replica: bool = True,
) -> PartnerDTO:
    """Replace the partner's set of segments, regions or competencies: new values are added, removed
    ones soft-deleted, unchanged ones left alone."""
    attr_kind = AttributeKind(validation.choice(kind, tuple(AttributeKind), "kind"))
    wanted: dict[str, str] = {}
    for raw in values:
        value = validation.required_text(_str_or_none(raw, "values"), "values", max_len=validation.MAX_SHORT)
        wanted.setdefault(value.casefold(), value)
    if len(wanted) > MAX_VALUES:
        raise UserError("too_many", field="values", max=MAX_VALUES)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        partner = uow.get(Partner, partner_id)
        _require_write(actor, "set_attributes", partner.id)
        existing = uow.session.scalars(
            select(PartnerAttribute).where(
                PartnerAttribute.partner_id == partner.id,
                PartnerAttribute.kind == attr_kind.value,
                PartnerAttribute.deleted_at.is_(None),
            )
        ).all()
        for attr in existing:
            if attr.value.casefold() in wanted and wanted[attr.value.casefold()] == attr.value:
                del wanted[attr.value.casefold()]
            else:
                uow.soft_delete(attr)
        uow.flush()
        for value in wanted.values():
            uow.add(PartnerAttribute(partner_id=partner.id, kind=attr_kind.value, value=value))
        uow.flush()
        return partner_dto(uow.session, partner.id)


# --- contacts --------------------------------------------------------------------------------------


def _clear_other_primary(uow: UnitOfWork, partner_id: str, keep_id: str | None) -> None:
    others = uow.session.scalars(
        select(Contact).where(
            Contact.partner_id == partner_id,
            Contact.is_primary.is_(True),
            Contact.deleted_at.is_(None),
            *([Contact.id != keep_id] if keep_id is not None else []),
        )
    ).all()
    for other in others:
        other.is_primary = False


def add_contact(engine: Engine, actor: Actor, data: ContactInput, *, replica: bool = True) -> ContactDTO:
    """A new contact person. Setting `is_primary` takes the flag from the partner's other contacts."""
    fields = {name: contact_field(name, getattr(data, name)) for name in sorted(CONTACT_FIELDS)}
    partner_id = validation.required_text(data.partner_id, "partner_id", max_len=36)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        partner = _live_partner(uow, partner_id)
        _require_write(actor, "add_contact", partner.id)
        if fields["is_primary"]:
            _clear_other_primary(uow, partner.id, None)
        contact = uow.add(Contact(partner_id=partner.id, **fields))
        uow.flush()
        return contact_dto(contact)


def update_contact(
    engine: Engine,
    actor: Actor,
    contact_id: str,
    changes: Mapping[str, object],
    *,
    replica: bool = True,
) -> ContactDTO:
    cleaned = {name: contact_field(name, value) for name, value in changes.items()}
    with UnitOfWork(engine, actor, replica=replica) as uow:
        contact = uow.get(Contact, contact_id)
        _require_write(actor, "update_contact", contact.partner_id)
        if cleaned.get("is_primary"):
            _clear_other_primary(uow, contact.partner_id, contact.id)
        for name, value in cleaned.items():
            setattr(contact, name, value)
        uow.flush()
        return contact_dto(contact)


def remove_contact(engine: Engine, actor: Actor, contact_id: str, *, replica: bool = True) -> None:
    with UnitOfWork(engine, actor, replica=replica) as uow:
        contact = uow.get(Contact, contact_id)
        _require_write(actor, "remove_contact", contact.partner_id)
        uow.soft_delete(contact)


# --- contract, targets, onboarding (vendor) ----------------------------------------------------------


def upsert_contract(engine: Engine, actor: Actor, data: ContractInput, *, replica: bool = True) -> ContractDTO:
    """Create or update the partner's contract. Vendor roles only. A status change follows the contract
    state machine and is recorded as a command; an active contract needs its signing date."""
    actor.require_vendor("upsert_contract")
    partner_id = validation.required_text(data.partner_id, "partner_id", max_len=36)
    status = ContractStatus(validation.choice(data.status, tuple(ContractStatus), "status"))
    start = _required_date(data.start_date, "start_date")
    end = _date(data.end_date, "end_date", required=False)
    signed_on = _date(data.signed_on, "signed_on", required=False)
    validation.date_range(start, end, start_field="start_date", end_field="end_date")
    reference = validation.text(data.reference, "reference", max_len=MAX_REFERENCE, required=False)
    if status == ContractStatus.ACTIVE and signed_on is None:
        raise UserError("required", field="signed_on")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        partner = _live_partner(uow, partner_id)
        if data.contract_id is not None:
            contract: Contract | None = uow.session.get(Contract, data.contract_id)
            if contract is None or contract.deleted_at is not None or contract.partner_id != partner.id:
                raise UserError("unknown_reference", field="contract_id", id=data.contract_id)
        else:
            contract = current_contract(uow.session, partner.id)
        if contract is None:
            contract = uow.add(
                Contract(
                    partner_id=partner.id,
                    status=status.value,
                    start_date=start,
                    end_date=end,
                    signed_on=signed_on,
                    reference=reference,
                )
            )
            uow.flush()
            return contract_dto(contract)
        current = ContractStatus(contract.status)
        if status != current and status not in CONTRACT_TRANSITIONS[current]:
            raise IllegalTransition("partner_contracts", current.value, status.value)
        contract.start_date, contract.end_date = start, end
        contract.signed_on, contract.reference = signed_on, reference
        uow.flush()
        if status != current:
            with uow.command(contract, "set_status", status=status.value):
                contract.status = status.value
        return contract_dto(contract)


def add_target(engine: Engine, actor: Actor, data: TargetInput, *, replica: bool = True) -> TargetDTO:
    """A target for one period. Vendor roles only."""
    actor.require_vendor("add_target")
    partner_id = validation.required_text(data.partner_id, "partner_id", max_len=36)
    metric = TargetMetric(validation.choice(data.metric, tuple(TargetMetric), "metric"))
    start = _required_date(data.period_start, "period_start")
    end = _required_date(data.period_end, "period_end")
    validation.date_range(start, end, start_field="period_start", end_field="period_end")
    target_minor: int | None = None
    target_value: int | None = None
    currency: str | None = None
    if metric == TargetMetric.REVENUE:
        if data.amount is None:
            raise UserError("required", field="amount")
        if data.value is not None:
            raise UserError("not_allowed", field="value", metric=metric.value)
        currency = validation.currency(data.currency or "")
        amount: Decimal | int | str = data.amount
        target_minor = validation.minor_amount(validation.money_to_minor(amount, currency), "amount")
    else:
        if data.value is None:
            raise UserError("required", field="value")
        if data.amount is not None or data.currency is not None:
            raise UserError("not_allowed", field="amount", metric=metric.value)
        target_value = validation.positive_int(data.value, "value")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        partner = _live_partner(uow, partner_id)
        target = uow.add(
            Target(
                partner_id=partner.id,
                period_start=start,
                period_end=end,
                metric=metric.value,
                target_minor=target_minor,
                target_value=target_value,
                currency=currency,
            )
        )
        uow.flush()
        return target_dto(target)


def complete_onboarding_item(
    engine: Engine,
    actor: Actor,
    partner_id: str,
    item: str,
    completed_on: date,
    *,
    program_id: str | None = None,
    replica: bool = True,
) -> PartnerDTO:
    """Record the completion date of one onboarding checklist item (in the partner's program unless
    `program_id` is given). Vendor roles only. The date may not lie in the future."""
    actor.require_vendor("complete_onboarding_item")
    kind = OnboardingItemKind(validation.choice(item, tuple(OnboardingItemKind), "item"))
    done = _required_date(completed_on, "completed_on")
    with UnitOfWork(engine, actor, replica=replica) as uow:
        if done > uow.now.date():
            raise UserError("date_in_future", field="completed_on", value=done.isoformat())
        partner = _live_partner(uow, partner_id)
        program = partner.program_id if program_id is None else _check_program(uow, program_id).id
        row = uow.session.scalars(
            select(OnboardingItem).where(OnboardingItem.partner_id == partner.id, OnboardingItem.item == kind.value)
        ).first()
        if row is None:
            uow.add(OnboardingItem(partner_id=partner.id, program_id=program, item=kind.value, completed_on=done))
            uow.flush()
        elif row.completed_on != done:
            with uow.command(row, "complete", completed_on=done):
                row.completed_on = done
        return partner_dto(uow.session, partner.id)


__all__ = [
    "UNSET",
    "Unset",
    "add_contact",
    "add_target",
    "assign_partner",
    "complete_onboarding_item",
    "create_partner",
    "remove_contact",
    "set_attributes",
    "set_partner_status",
    "soft_delete_partner",
    "update_contact",
    "update_partner",
]
