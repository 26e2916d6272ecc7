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
