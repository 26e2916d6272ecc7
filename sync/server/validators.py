"""Row checks for generic creates and patches (push), built from the workbench's own validation helpers.

The laptop validates in its commands before it writes; a pushed `create`/`patch` carries the resulting
row values, which the server re-checks here with the same `workbench.validation` functions and
normalisers, so a forged or corrupted op cannot store what the laptop's commands would refuse:

* every synced table: `currency` columns (ISO 4217 list), e-mail, web-domain and country columns, money
  (`*_minor`) never negative, required text not blank;
* derived search keys are recomputed on the server, never taken from the client
  (`partners.name_norm`/`name_alt`, `deal_registrations.customer_name_norm`);
* a business record past its editable states cannot be patched (deals, MDF requests and claims in
  draft / info_requested only), as the laptop's update commands refuse it.

Each check raises `UserError(code, field=...)`; push answers `rejected` with that code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import String, inspect

from sync.server import documents
from sync.server.commands import register_validator
from sync.server.rows import columns, wire_models
from workbench import validation
from workbench.db.base import Base, entity_name
from workbench.db.uow import UnitOfWork
from workbench.errors import UserError

Check = Callable[[UnitOfWork, Any, bool], None]


def _changed(obj: Any, key: str, created: bool) -> bool:
    return created or inspect(obj).attrs[key].history.has_changes()


def _field_checks(model: type[Base]) -> list[Check]:
    checks: list[Check] = []
    for key, col in columns(model).items():
        if key in ("id", "partner_id") or col.foreign_keys:
            continue
        fn: Callable[[Any, str], Any] | None = None
        if key == "currency" or key.endswith("_currency"):
            fn = lambda v, f: validation.currency(v, f)  # noqa: E731
        elif key == "email" or key.endswith("_email"):
            fn = lambda v, f: validation.email(v, f)  # noqa: E731
        elif key == "web_domain" or key.endswith("_domain"):
            fn = lambda v, f: validation.web_domain(v, f)  # noqa: E731
        elif (key == "country" or key.endswith("_country")) and isinstance(col.type, String):
            fn = lambda v, f: validation.country(v, f)  # noqa: E731
        elif key.endswith("_minor"):
            fn = lambda v, f: validation.minor_amount(v, f, allow_zero=True)  # noqa: E731
        elif isinstance(col.type, String) and not col.nullable and col.default is None:
            fn = _not_blank
        if fn is not None:
            checks.append(_column_check(key, fn))
    return checks


def _not_blank(value: Any, field: str) -> Any:
    if isinstance(value, str) and not value.strip():
        raise UserError("required", field=field)
    return value


def _column_check(key: str, fn: Callable[[Any, str], Any]) -> Check:
    def check(_uow: UnitOfWork, obj: Any, created: bool) -> None:
        if not _changed(obj, key, created):
            return
        value = getattr(obj, key)
        if value is None:
            return
        checked = fn(value, key)
        if checked is not None and checked != value and isinstance(value, str):
            setattr(obj, key, checked)  # normalised, as the laptop's command would have stored it

    return check


def _editable(statuses: frozenset[str]) -> Check:
    def check(_uow: UnitOfWork, obj: Any, created: bool) -> None:
        if not created and obj.status not in statuses:
            raise UserError("not_editable", field="status", status=obj.status)

    return check


def _partner_keys(_uow: UnitOfWork, obj: Any, _created: bool) -> None:
    from workbench.partners.normalize import alt, fold

    obj.name_norm = fold(obj.legal_name)
    obj.name_alt = alt(obj.legal_name)


def _deal_keys(_uow: UnitOfWork, obj: Any, _created: bool) -> None:
    from workbench.deals.normalize import normalize_company

    norm = normalize_company(obj.customer_name)
    if not norm:
        raise UserError("invalid_customer_name", field="customer_name")
    obj.customer_name_norm = norm


def _extension_request(uow: UnitOfWork, obj: Any, created: bool) -> None:
    """A pushed extension request is what `request_extension` would have written for this caller: the
    same rules (`check_extension_request`: the caller may act for the deal's partner, the deal is approved
    and protected, the date is later but not too late, no other open request), the deal's partner, the
    caller as requester, the deal's current protection end, and no decision yet (status and decision
    fields are command fields: push already refuses values other than their defaults). Requests are never
    edited: the laptop only creates them and changes them through grant / decline."""
    from workbench import validation as val
    from workbench.deals.sla import ExtensionStatus, check_extension_request

    if not created:
        raise UserError("not_editable", field="status", status=obj.status)
    with uow.session.no_autoflush:  # the row's own CHECK constraints must not fire before these checks
        deal, current = check_extension_request(uow, obj.deal_id, obj.requested_until, exclude_id=obj.id)
    if obj.partner_id != deal.partner_id:
        raise UserError("scope_mismatch", field="partner_id")
    if obj.requested_by != uow.actor.user_id:
        raise UserError("invalid_value", field="requested_by")
    if obj.current_until != current:
        raise UserError("invalid_value", field="current_until", current=current.isoformat())
    if obj.status not in (None, ExtensionStatus.REQUESTED.value):  # None: the default, set at flush
        raise UserError("command_field", field="status")
    for key in ("decided_at", "decided_by", "decision_reason", "granted_until"):
        if getattr(obj, key) is not None:
            raise UserError("command_field", field=key)
    obj.reason = val.required_text(obj.reason, "reason", max_len=val.MAX_TEXT)


def _specific() -> dict[str, list[Check]]:
    from workbench.deals.types import EDITABLE_STATUSES
    from workbench.mdf import commands as mdf
    from workbench.mdf.types import ClaimStatus, RequestStatus

    editable = {"draft", "info_requested"}
    assert {str(s) for s in EDITABLE_STATUSES} == editable
    assert {str(RequestStatus.DRAFT), str(RequestStatus.INFO_REQUESTED)} == editable
    assert {str(ClaimStatus.DRAFT), str(ClaimStatus.INFO_REQUESTED)} == editable
    return {
        "partners": [_partner_keys],
        "deal_registrations": [_editable(frozenset(editable)), _deal_keys],
        # MDF rows: the amount rules, references and roles of workbench.mdf.commands (one domain, two homes)
        "mdf_budgets": [mdf.validate_budget_row],
        "mdf_allocations": [mdf.validate_allocation_row],
        "mdf_requests": [_editable(frozenset(editable)), mdf.validate_request_row],
        "mdf_claims": [_editable(frozenset(editable)), mdf.validate_claim_row],
        "mdf_cost_lines": [mdf.validate_cost_line_row],
        "mdf_payments": [mdf.validate_payment_row],
        "mdf_approval_limits": [mdf.validate_approval_limit_row],
        "attachments": [documents.validate_attachment],  # signed proofs: verified on arrival
        "deal_extension_requests": [_extension_request],
    }


def register_all() -> None:
    """Register one validator per synced entity (idempotent). `create_app` calls it."""
    specific = _specific()
    for model in wire_models():
        entity = entity_name(model)
        checks = [*specific.get(entity, []), *_field_checks(model)]
        if not checks:
            continue

        def validator(uow: UnitOfWork, obj: Any, created: bool, checks: list[Check] = checks) -> None:
            for check in checks:
                check(uow, obj, created)

        register_validator(entity, validator)
