"""Pure MDF amount rules (DOMAIN.md "Amount rules"). Integer minor units only; every refusal is a
`UserError` carrying its code and the numbers behind it. Nothing here touches the database."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_CEILING, Decimal, InvalidOperation

from workbench import validation
from workbench.errors import UserError

BP_DENOMINATOR = 10_000


def check_currency(expected: str, actual: str, field: str = "currency") -> None:
    if expected != actual:
        raise UserError("currency_mismatch", field=field, expected=expected, actual=actual)


def check_not_negative(balance_minor: int, *, allow_negative_balance: bool, field: str = "amount") -> None:
    """No negative fund balance unless the program allows it."""
    if balance_minor < 0 and not allow_negative_balance:
        raise UserError("negative_balance", field=field, balance=balance_minor)


def check_allocation_within_budget(
    budget_minor: int, allocated_minor: int, new_minor: int, field: str = "amount"
) -> None:
    """The sum of a budget's allocations (existing + new) may not exceed the budget."""
    available = budget_minor - allocated_minor
    if new_minor > available:
        raise UserError(
            "allocation_exceeds_budget",
            field=field,
            budget=budget_minor,
            allocated=allocated_minor,
            requested=new_minor,
            available=available,
        )


def allocation_balance(allocation_minor: int, approved_request_minors: Iterable[int]) -> int:
    """Allocation minus the approved amounts of its approved (not rejected, not expired) requests."""
    return allocation_minor - sum(approved_request_minors)


def check_request_within_balance(
    allocation_minor: int,
    approved_minor: int,
    new_minor: int,
    *,
    allow_negative_balance: bool = False,
    field: str = "approved",
) -> None:
    """An approved request may not exceed the allocation balance (allocation - already approved)."""
    balance = allocation_minor - approved_minor
    if new_minor > balance and not allow_negative_balance:
        raise UserError(
            "request_exceeds_balance",
            field=field,
            allocation=allocation_minor,
            approved=approved_minor,
            requested=new_minor,
            balance=balance,
        )


def check_claim_within_remaining(
    request_approved_minor: int, already_claimed_minor: int, new_minor: int, field: str = "claimed"
) -> None:
    """A claim may not exceed the request's approved amount minus what non-rejected claims already claim."""
    remaining = request_approved_minor - already_claimed_minor
    if new_minor > remaining:
        raise UserError(
            "claim_exceeds_remaining",
            field=field,
            approved=request_approved_minor,
            claimed=already_claimed_minor,
            requested=new_minor,
            remaining=remaining,
        )


def reimbursement_cap(actual_cost_minor: int, participation_rate_bp: int) -> int:
    """participation rate x actual cost, rounded down to a whole minor unit."""
    if not 0 <= participation_rate_bp <= BP_DENOMINATOR:
        raise UserError(
            "out_of_range", field="participation_rate_bp", value=participation_rate_bp, min=0, max=BP_DENOMINATOR
        )
    return actual_cost_minor * participation_rate_bp // BP_DENOMINATOR


def check_claim_within_cap(
    claimed_minor: int, actual_cost_minor: int, participation_rate_bp: int, field: str = "claimed"
) -> None:
    cap = reimbursement_cap(actual_cost_minor, participation_rate_bp)
    if claimed_minor > cap:
        raise UserError(
            "claim_exceeds_cap",
            field=field,
            claimed=claimed_minor,
            actual_cost=actual_cost_minor,
            participation_rate_bp=participation_rate_bp,
            cap=cap,
        )


def check_approved_within(asked_minor: int, approved_minor: int, field: str = "approved") -> None:
    """An approver may grant less than asked, never more."""
    if approved_minor > asked_minor:
        raise UserError("approved_exceeds_requested", field=field, requested=asked_minor, approved=approved_minor)


def check_payment_within(approved_minor: int, paid_minor: int, new_minor: int, field: str = "amount") -> None:
    outstanding = approved_minor - paid_minor
    if new_minor > outstanding:
        raise UserError(
            "payment_exceeds_outstanding",
            field=field,
            approved=approved_minor,
            paid=paid_minor,
            requested=new_minor,
            outstanding=outstanding,
        )


def convert_minor_up(amount_minor: int, currency: str, target: str, fx_rates: Mapping[str, object]) -> int:
    """`amount_minor` of `currency` in minor units of `target`, with the program's rate ("1 unit of X = r
    units of the program currency"), rounded UP so a limit check never passes on rounding. UserError
    fx_rate_missing when there is no usable rate."""
    if currency == target:
        return amount_minor
    raw = fx_rates.get(currency)
    try:
        rate = Decimal(str(raw)) if raw is not None else None
    except InvalidOperation:
        rate = None
    if rate is None or not rate.is_finite() or rate <= 0:
        raise UserError("fx_rate_missing", field="fx_rates", currency=currency, program_currency=target)
    major = validation.minor_to_decimal(amount_minor, currency) * rate
    unit = validation.minor_to_decimal(1, target)
    return int((major / unit).to_integral_value(rounding=ROUND_CEILING))


def check_within_approval_limit(
    limit_minor: int | None, limit_currency: str, amount_minor: int, field: str = "approved"
) -> None:
    """An approver may approve up to their limit (amount already converted into the limit's currency);
    None = no limit."""
    if limit_minor is not None and amount_minor > limit_minor:
        raise UserError(
            "approval_limit_exceeded", field=field, limit=limit_minor, amount=amount_minor, currency=limit_currency
        )
