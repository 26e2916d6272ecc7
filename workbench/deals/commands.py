"""Deal registration writes: create, edit, products, and the state-machine commands.

Every command validates all input before it writes; a refused command writes nothing. Partner roles act
only on their own partner's deals; vendor roles on any. The server reuses these commands (replica=False)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench import validation as v
from workbench.db.base import Base
from workbench.db.uow import UnitOfWork
from workbench.deals.duplicates import DuplicateCandidate, server_check
from workbench.deals.models import DealProduct, DealRegistration
from workbench.deals.normalize import normalize_company
from workbench.deals.queries import deal_dto
from workbench.deals.states import transition
from workbench.deals.types import (
    EDITABLE_STATUSES,
    ConflictState,
    DealAction,
    DealDTO,
    DealInput,
    DealProductInput,
    DealStatus,
    DealUpdate,
)
from workbench.errors import UserError
from workbench.partners.models import Partner
from workbench.programs.models import Product, Program
from workbench.security.roles import Actor

M = TypeVar("M", bound=Base)

MAX_QUANTITY = 1_000_000
MAX_CLOSE_YEARS = 10


# --- validation ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Customer:
    name: str
    norm: str
    domain: str | None
    email: str | None
    country: str | None


def validate_customer(name: str, domain: str | None, mail: str | None, country: str | None) -> _Customer:
    cleaned = v.required_text(name, "customer_name")
    norm = normalize_company(cleaned)
    if not norm:
        raise UserError("invalid_customer_name", field="customer_name")
    checked_email = v.email(mail, "customer_email")
    checked_domain = v.web_domain(domain, "customer_domain")
    if checked_domain is None and checked_email is not None:
        checked_domain = v.web_domain(checked_email.rpartition("@")[2], "customer_email")
    return _Customer(cleaned, norm, checked_domain, checked_email, v.country(country, "customer_country"))


def validate_amount(amount: Decimal, currency_code: str) -> tuple[int, str]:
    code = v.currency(currency_code)
    minor = v.money_to_minor(amount, code, "amount")
    return v.minor_amount(minor, "amount", allow_zero=False), code


def validate_expected_close(value: date, today: date) -> date:
    if not isinstance(value, date):
        raise UserError("invalid_date", field="expected_close")
    v.date_range(today, value, start_field="today", end_field="expected_close")
    if value > today + timedelta(days=366 * MAX_CLOSE_YEARS):
        raise UserError("out_of_range", field="expected_close", value=value.isoformat())
    return value


def validate_products(items: Sequence[DealProductInput]) -> list[DealProductInput]:
    seen: set[str] = set()
    for item in items:
        v.positive_int(item.quantity, "quantity", minimum=1, maximum=MAX_QUANTITY)
        if item.product_id in seen:
            raise UserError("duplicate_product", field="products", id=item.product_id)
        seen.add(item.product_id)
    return list(items)


# --- lookups --------------------------------------------------------------------------------------


def _ref(session: Session, model: type[M], row_id: str, field: str) -> M:
    """A referenced live row, or UserError("unknown_reference")."""
    obj = session.get(model, row_id) if isinstance(row_id, str) and row_id else None
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise UserError("unknown_reference", field=field, id=str(row_id))
    return obj


def _check_products(session: Session, items: Sequence[DealProductInput], program_id: str) -> None:
    for item in items:
        product = _ref(session, Product, item.product_id, "products")
        if product.program_id != program_id:
            raise UserError("product_not_in_program", field="products", id=item.product_id)


def _deal(uow: UnitOfWork, actor: Actor, deal_id: str, action: str) -> DealRegistration:
    deal = uow.get(DealRegistration, deal_id)
    actor.require_partner_access(action, deal.partner_id)
    return deal


def _live_products(session: Session, deal_id: str) -> list[DealProduct]:
    return list(
        session.scalars(select(DealProduct).where(DealProduct.deal_id == deal_id, DealProduct.deleted_at.is_(None)))
    )


def _apply_products(uow: UnitOfWork, deal: DealRegistration, items: Sequence[DealProductInput]) -> None:
    current = {p.product_id: p for p in _live_products(uow.session, deal.id)}
    wanted = {i.product_id: i.quantity for i in items}
    for product_id, row in current.items():
        if product_id not in wanted:
            uow.soft_delete(row)
        elif row.quantity != wanted[product_id]:
            row.quantity = wanted[product_id]
    for product_id, quantity in wanted.items():
        if product_id not in current:
            uow.add(DealProduct(deal_id=deal.id, product_id=product_id, quantity=quantity, partner_id=deal.partner_id))


def _require_editable(deal: DealRegistration) -> None:
    if deal.status not in EDITABLE_STATUSES:
        raise UserError("deal_not_editable", field="status", status=deal.status)


def _result(uow: UnitOfWork, deal: DealRegistration) -> DealDTO:
    uow.flush()
    return deal_dto(uow.session, deal)


# --- create / edit ------------------------------------------------------------------------------


def create_deal(engine: Engine, actor: Actor, data: DealInput, *, replica: bool = True) -> DealDTO:
    """A new registration in status draft (provisional until the server confirms its submission)."""
    actor.require_partner_access("create_deal", data.partner_id)
    customer = validate_customer(data.customer_name, data.customer_domain, data.customer_email, data.customer_country)
    title = v.required_text(data.title, "title")
    description = v.text(data.description, "description", max_len=v.MAX_TEXT, required=False)
    amount_minor, currency = validate_amount(data.amount, data.currency)
    products = validate_products(data.products)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        expected_close = validate_expected_close(data.expected_close, uow.now.date())
        _ref(uow.session, Partner, data.partner_id, "partner_id")
        _ref(uow.session, Program, data.program_id, "program_id")
        _check_products(uow.session, products, data.program_id)
        deal = uow.add(
            DealRegistration(
                partner_id=data.partner_id,
                program_id=data.program_id,
                registered_by=actor.user_id,
                customer_name=customer.name,
                customer_name_norm=customer.norm,
                customer_domain=customer.domain,
                customer_email=customer.email,
                customer_country=customer.country,
                title=title,
                description=description,
                amount_minor=amount_minor,
                currency=currency,
                expected_close=expected_close,
                status=DealStatus.DRAFT.value,
                provisional=True,
            )
        )
        uow.flush()
        _apply_products(uow, deal, products)
        return _result(uow, deal)


def update_deal(engine: Engine, actor: Actor, deal_id: str, data: DealUpdate, *, replica: bool = True) -> DealDTO:
    """Change descriptive fields of a draft or of a registration the vendor asked more information on."""
    changes: dict[str, Any] = {}
    if data.title is not None:
        changes["title"] = v.required_text(data.title, "title")
    if data.description is not None:
        changes["description"] = v.text(data.description, "description", max_len=v.MAX_TEXT, required=False)
    if data.customer_country is not None:
        changes["customer_country"] = v.country(data.customer_country, "customer_country")
    if data.customer_email is not None:
        changes["customer_email"] = v.email(data.customer_email, "customer_email")
    if data.customer_domain is not None:
        changes["customer_domain"] = v.web_domain(data.customer_domain, "customer_domain")
    if data.customer_name is not None:
        name = v.required_text(data.customer_name, "customer_name")
        norm = normalize_company(name)
        if not norm:
            raise UserError("invalid_customer_name", field="customer_name")
        changes["customer_name"], changes["customer_name_norm"] = name, norm
    if data.currency is not None:
        changes["currency"] = v.currency(data.currency)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "update_deal")
        _require_editable(deal)
        if data.amount is not None:
            changes["amount_minor"], _ = validate_amount(data.amount, changes.get("currency", deal.currency))
        elif "currency" in changes and changes["currency"] != deal.currency:
            raise UserError("amount_required_with_currency", field="amount")
        if data.expected_close is not None:
            changes["expected_close"] = validate_expected_close(data.expected_close, uow.now.date())
        for key, value in changes.items():
            if getattr(deal, key) != value:
                setattr(deal, key, value)
        return _result(uow, deal)


def set_deal_products(
    engine: Engine, actor: Actor, deal_id: str, products: Sequence[DealProductInput], *, replica: bool = True
) -> DealDTO:
    """Replace the products of an editable registration (removed ones are soft-deleted)."""
    items = validate_products(products)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "set_deal_products")
        _require_editable(deal)
        _check_products(uow.session, items, deal.program_id)
        _apply_products(uow, deal, items)
        return _result(uow, deal)


# --- state machine commands -----------------------------------------------------------------------


def submit_deal(engine: Engine, actor: Actor, deal_id: str, *, replica: bool = True) -> DealDTO:
    """draft -> submitted, or info_requested -> submitted (resubmit). On the server (replica=False) the
    first submission stamps `server_received_at` (first-to-register priority) and clears `provisional`,
    and every submission is checked against all registrations the server holds
    (`duplicates.server_check`): `conflict_state` / `conflict_detail` record the decision and why, without
    naming a competing partner. On the laptop the registration stays provisional; its local check is the
    live warning of the form (`find_duplicates` on the replica)."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        return _result(uow, _submit(uow, actor, deal_id, replica=replica))


def submit_in(uow: UnitOfWork, deal: DealRegistration) -> None:
    """`submit_deal(..., replica=False)` inside the caller's unit of work (the server's push transaction),
    without building its answer, on the deal row its session already holds: no Session, savepoint or
    re-read of the deal of its own (the op already runs in a savepoint of the push, which a refusal rolls
    back). The command's writes, audit entries and `server_received_at` carry the time it ran
    (`uow.restamped`), as in a unit of work of its own; the decision and the audit entries are the same as
    `submit_deal(..., replica=False)`'s."""
    if uow.replica:
        raise RuntimeError("submit_in is the server's submit (a unit of work with replica=False)")
    with uow.restamped():
        _submit(uow, uow.actor, deal.id, replica=False)


def _submit(uow: UnitOfWork, actor: Actor, deal_id: str, *, replica: bool) -> DealRegistration:
    deal = _deal(uow, actor, deal_id, "submit_deal")
    action = DealAction.RESUBMIT if deal.status == DealStatus.INFO_REQUESTED else DealAction.SUBMIT
    target = transition(deal.status, action, actor.role)
    products = _live_products(uow.session, deal.id)
    if not products:
        raise UserError("products_required", field="products")
    conflict: tuple[ConflictState, list[dict[str, Any]]] | None = None
    if not replica:
        uow.flush()
        candidate = DuplicateCandidate(
            customer_name=deal.customer_name,
            product_ids=tuple(sorted(p.product_id for p in products)),
            customer_domain=deal.customer_domain,
            customer_email=deal.customer_email,
            deal_id=deal.id,
            partner_id=deal.partner_id,
        )
        conflict = server_check(
            uow.session.connection(),
            actor,
            candidate,
            uow.now.date(),
            first_receipt=deal.server_received_at is None,
            stored=(deal.server_received_at, deal.submitted_at, deal.partner_id),  # flushed just above
        )
    with uow.command(deal, action.value):
        deal.status = target.value
        if deal.submitted_at is None:
            deal.submitted_at = uow.now
        if conflict is not None:
            if deal.server_received_at is None:
                deal.server_received_at = uow.now
            deal.provisional = False
            deal.conflict_state, deal.conflict_detail = conflict[0].value, conflict[1] or None
    return deal


def request_deal_info(
    engine: Engine, actor: Actor, deal_id: str, question: str | None = None, *, replica: bool = True
) -> DealDTO:
    """Vendor: submitted -> info_requested; the optional question is kept in `decision_reason`."""
    note = v.text(question, "question", max_len=v.MAX_TEXT, required=False)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "request_deal_info")
        target = transition(deal.status, DealAction.REQUEST_INFO, actor.role)
        with uow.command(deal, DealAction.REQUEST_INFO.value, question=note):
            deal.status = target.value
            deal.decision_reason = note
        return _result(uow, deal)


def protection_end(decided_on: date, protection_days: int | None) -> date | None:
    """Last day of deal protection after an approval on `decided_on`; None if the program has none."""
    return None if protection_days is None else decided_on + timedelta(days=protection_days)


def approve_deal(engine: Engine, actor: Actor, deal_id: str, *, replica: bool = True) -> DealDTO:
    """Vendor: submitted -> approved; protection until decision date + the program's protection days."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "approve_deal")
        target = transition(deal.status, DealAction.APPROVE, actor.role)
        program = uow.get(Program, deal.program_id, include_deleted=True)
        with uow.command(deal, DealAction.APPROVE.value):
            deal.status = target.value
            deal.decided_at = uow.now
            deal.decided_by = actor.user_id
            deal.decision_reason = None
            deal.protection_until = protection_end(uow.now.date(), program.protection_days)
        return _result(uow, deal)


def reject_deal(engine: Engine, actor: Actor, deal_id: str, reason: str, *, replica: bool = True) -> DealDTO:
    """Vendor: submitted -> rejected; a reason is required."""
    checked = v.required_text(reason, "reason", max_len=v.MAX_TEXT)
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "reject_deal")
        target = transition(deal.status, DealAction.REJECT, actor.role)
        with uow.command(deal, DealAction.REJECT.value, reason=checked):
            deal.status = target.value
            deal.decided_at = uow.now
            deal.decided_by = actor.user_id
            deal.decision_reason = checked
        return _result(uow, deal)


def win_deal(
    engine: Engine, actor: Actor, deal_id: str, amount: Decimal, *, closed_on: date | None = None, replica: bool = True
) -> DealDTO:
    """approved -> won with the won amount (in the deal's currency); closed today unless `closed_on`."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "win_deal")
        target = transition(deal.status, DealAction.WIN, actor.role)
        won_minor, _ = validate_amount(amount, deal.currency)
        closed = _closed_on(closed_on, uow.now.date())
        with uow.command(deal, DealAction.WIN.value, won_amount_minor=won_minor, closed_at=closed):
            deal.status = target.value
            deal.won_amount_minor = won_minor
            deal.closed_at = closed
        return _result(uow, deal)


def lose_deal(
    engine: Engine, actor: Actor, deal_id: str, *, closed_on: date | None = None, replica: bool = True
) -> DealDTO:
    """approved -> lost."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "lose_deal")
        target = transition(deal.status, DealAction.LOSE, actor.role)
        closed = _closed_on(closed_on, uow.now.date())
        with uow.command(deal, DealAction.LOSE.value, closed_at=closed):
            deal.status = target.value
            deal.closed_at = closed
        return _result(uow, deal)


def expire_deal(engine: Engine, actor: Actor, deal_id: str, *, replica: bool = True) -> DealDTO:
    """Vendor / system: approved -> expired once the protection has run out."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "expire_deal")
        target = transition(deal.status, DealAction.EXPIRE, actor.role)
        if deal.protection_until is not None and deal.protection_until >= uow.now.date():
            raise UserError(
                "protection_not_over", field="protection_until", protection_until=deal.protection_until.isoformat()
            )
        with uow.command(deal, DealAction.EXPIRE.value):
            deal.status = target.value
        return _result(uow, deal)


def withdraw_deal(engine: Engine, actor: Actor, deal_id: str, *, replica: bool = True) -> DealDTO:
    """draft | submitted -> withdrawn."""
    with UnitOfWork(engine, actor, replica=replica) as uow:
        deal = _deal(uow, actor, deal_id, "withdraw_deal")
        target = transition(deal.status, DealAction.WITHDRAW, actor.role)
        with uow.command(deal, DealAction.WITHDRAW.value):
            deal.status = target.value
        return _result(uow, deal)


def _closed_on(value: date | None, today: date) -> date:
    if value is None:
        return today
    if value > today:
        raise UserError("in_future", field="closed_on", value=value.isoformat())
    return value
