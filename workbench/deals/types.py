"""Deal registration DTOs, inputs and enums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class DealStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    INFO_REQUESTED = "info_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    WON = "won"
    LOST = "lost"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


class ConflictState(StrEnum):
    """The server's duplicate check of a submitted registration (None on the row: not yet checked)."""

    CLEAR = "clear"  # no open registration of the same customer with a product in common was there first
    POSSIBLE_DUPLICATE = "possible_duplicate"  # another registration was received first: it has priority


class DealAction(StrEnum):
    SUBMIT = "submit"
    REQUEST_INFO = "request_info"
    RESUBMIT = "resubmit"
    APPROVE = "approve"
    REJECT = "reject"
    WIN = "win"
    LOSE = "lose"
    EXPIRE = "expire"
    WITHDRAW = "withdraw"


EDITABLE_STATUSES: frozenset[DealStatus] = frozenset({DealStatus.DRAFT, DealStatus.INFO_REQUESTED})
OPEN_STATUSES: frozenset[DealStatus] = frozenset(
    {DealStatus.DRAFT, DealStatus.SUBMITTED, DealStatus.INFO_REQUESTED, DealStatus.APPROVED}
)


class DealSort(StrEnum):
    NEWEST = "newest"  # creation order (UUIDv7 ids), newest first
    OLDEST = "oldest"
    SUBMITTED = "submitted"  # submitted_at, newest first
    CUSTOMER = "customer"  # normalised customer name A..Z
    AMOUNT = "amount"  # largest first
    EXPECTED_CLOSE = "expected_close"


class TextMatch(StrEnum):
    PREFIX = "prefix"
    CONTAINS = "contains"


@dataclass(frozen=True, slots=True)
class DealProductInput:
    product_id: str
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class DealInput:
    partner_id: str
    program_id: str
    customer_name: str
    title: str
    amount: Decimal
    currency: str
    expected_close: date
    customer_domain: str | None = None
    customer_email: str | None = None
    customer_country: str | None = None
    description: str | None = None
    products: tuple[DealProductInput, ...] = ()


@dataclass(frozen=True, slots=True)
class DealUpdate:
    """Changed fields only: None leaves a field unchanged; "" clears an optional text field.
    `amount` is read in `currency` (or the deal's currency when `currency` is None)."""

    customer_name: str | None = None
    title: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    expected_close: date | None = None
    customer_domain: str | None = None
    customer_email: str | None = None
    customer_country: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class DealProductDTO:
    id: str
    product_id: str
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class DealRow:
    """One line of the deal list."""

    id: str
    partner_id: str
    customer_name: str
    customer_domain: str | None
    title: str
    status: DealStatus
    amount_minor: int
    currency: str
    expected_close: date
    submitted_at: datetime | None
    protection_until: date | None
    provisional: bool


@dataclass(frozen=True, slots=True)
class DealDTO:
    id: str
    version: int
    partner_id: str
    program_id: str
    registered_by: str
    customer_name: str
    customer_name_norm: str
    customer_domain: str | None
    customer_email: str | None
    customer_country: str | None
    title: str
    description: str | None
    amount_minor: int
    currency: str
    expected_close: date
    status: DealStatus
    submitted_at: datetime | None
    server_received_at: datetime | None
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None
    protection_until: date | None
    provisional: bool
    closed_at: date | None
    won_amount_minor: int | None
    created_at: datetime
    updated_at: datetime
    products: tuple[DealProductDTO, ...] = ()
    conflict_state: ConflictState | None = None  # the server's duplicate check; None until it has checked
    conflict_detail: tuple[ConflictExplanation, ...] = ()


@dataclass(frozen=True, slots=True)
class ConflictExplanation:
    """Why the server flagged a registration as a possible duplicate of an earlier one: what the two share
    and when the earlier one was received. Never who registered it (unless it is the same partner's own
    registration, `own_registration`, then `other_deal_id` too)."""

    rules: tuple[str, ...]  # "name" and/or "domain"
    matched_name: str | None
    matched_domain: str | None
    common_products: tuple[tuple[str, str], ...]  # (sku, name)
    other_status: str
    other_registered_at: datetime | None
    own_registration: bool
    other_deal_id: str | None
