"""Every amount rule at its exact boundary: equal is allowed, one minor unit over is refused."""

from __future__ import annotations

import pytest

from workbench.errors import UserError
from workbench.mdf import rules


def test_currency_match_and_mismatch() -> None:
    rules.check_currency("EUR", "EUR")
    with pytest.raises(UserError) as err:
        rules.check_currency("EUR", "USD")
    assert err.value.code == "currency_mismatch"
    assert err.value.params == {"field": "currency", "expected": "EUR", "actual": "USD"}


def test_allocation_within_budget_boundary() -> None:
    rules.check_allocation_within_budget(100_000, 60_000, 40_000)  # exactly the rest
    with pytest.raises(UserError) as err:
        rules.check_allocation_within_budget(100_000, 60_000, 40_001)
    assert err.value.code == "allocation_exceeds_budget"
    assert err.value.params["available"] == 40_000
    assert err.value.params["requested"] == 40_001
    assert err.value.params["budget"] == 100_000
    assert err.value.params["allocated"] == 60_000


def test_allocation_into_empty_budget() -> None:
    rules.check_allocation_within_budget(0, 0, 0)
    with pytest.raises(UserError, match="allocation_exceeds_budget"):
        rules.check_allocation_within_budget(0, 0, 1)


def test_allocation_balance() -> None:
    assert rules.allocation_balance(50_000, [10_000, 15_000]) == 25_000
    assert rules.allocation_balance(50_000, []) == 50_000


def test_request_within_balance_boundary() -> None:
    rules.check_request_within_balance(50_000, 20_000, 30_000)
    with pytest.raises(UserError) as err:
        rules.check_request_within_balance(50_000, 20_000, 30_001)
    assert err.value.code == "request_exceeds_balance"
    assert err.value.params["balance"] == 30_000
    assert err.value.params["requested"] == 30_001


def test_request_over_balance_allowed_when_program_allows_negative() -> None:
    rules.check_request_within_balance(50_000, 20_000, 30_001, allow_negative_balance=True)


def test_negative_balance_rule() -> None:
    rules.check_not_negative(0, allow_negative_balance=False)
    with pytest.raises(UserError) as err:
        rules.check_not_negative(-1, allow_negative_balance=False)
    assert err.value.code == "negative_balance"
    assert err.value.params["balance"] == -1
    rules.check_not_negative(-1, allow_negative_balance=True)


def test_claim_within_remaining_boundary() -> None:
    rules.check_claim_within_remaining(10_000, 4_000, 6_000)
    with pytest.raises(UserError) as err:
        rules.check_claim_within_remaining(10_000, 4_000, 6_001)
    assert err.value.code == "claim_exceeds_remaining"
    assert err.value.params["remaining"] == 6_000
    assert err.value.params["approved"] == 10_000
    assert err.value.params["claimed"] == 4_000


@pytest.mark.parametrize(
    ("actual", "rate_bp", "cap"),
    [
        (10_000, 5000, 5_000),
        (10_001, 5000, 5_000),
        (10_002, 5000, 5_001),
        (333, 3333, 110),
        (0, 5000, 0),
        (12_345, 10_000, 12_345),
        (12_345, 0, 0),
        (10**15, 7_500, 75 * 10**13),
    ],
)
def test_reimbursement_cap_integer_floor(actual: int, rate_bp: int, cap: int) -> None:
    assert rules.reimbursement_cap(actual, rate_bp) == cap


def test_claim_within_cap_boundary() -> None:
    rules.check_claim_within_cap(5_000, 10_000, 5000)
    with pytest.raises(UserError) as err:
        rules.check_claim_within_cap(5_001, 10_000, 5000)
    assert err.value.code == "claim_exceeds_cap"
    assert err.value.params == {
        "field": "claimed",
        "claimed": 5_001,
        "actual_cost": 10_000,
        "participation_rate_bp": 5000,
        "cap": 5_000,
    }


@pytest.mark.parametrize("rate", [-1, 10_001])
def test_participation_rate_out_of_range(rate: int) -> None:
    with pytest.raises(UserError, match="out_of_range"):
        rules.reimbursement_cap(100, rate)


def test_approved_within_asked_boundary() -> None:
    rules.check_approved_within(7_000, 7_000)
    with pytest.raises(UserError, match="approved_exceeds_requested"):
        rules.check_approved_within(7_000, 7_001)


def test_payment_within_outstanding_boundary() -> None:
    rules.check_payment_within(5_000, 2_000, 3_000)
    with pytest.raises(UserError) as err:
        rules.check_payment_within(5_000, 2_000, 3_001)
    assert err.value.code == "payment_exceeds_outstanding"
    assert err.value.params["outstanding"] == 3_000
