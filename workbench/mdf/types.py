"""MDF inputs, DTOs and status enums (plain values; no ORM objects leave the core)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class ActivityType(StrEnum):
    EVENT = "event"
    DIGITAL = "digital"
    EMAIL = "email"
    PRINT = "print"
    WEBINAR = "webinar"
    TRAINING = "training"


class RequestStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    INFO_REQUESTED = "info_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    INFO_REQUESTED = "info_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"


# --- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetInput:
    program_id: str
    name: str
    period_start: date
    period_end: date
    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class AllocationInput:
    budget_id: str
    partner_id: str
    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class RequestInput:
    allocation_id: str
    activity_type: str
    title: str
    start_date: date
    end_date: date
    requested: Decimal
    currency: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class RequestChanges:
    """Edits of a draft request; None leaves a field unchanged."""

    activity_type: str | None = None
    title: str | None = None
    description: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    requested: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimInput:
    request_id: str
    claimed: Decimal
    actual_cost: Decimal
    currency: str
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimChanges:
    """Edits of a claim that is not yet approved; None leaves a field unchanged."""

    claimed: Decimal | None = None
    actual_cost: Decimal | None = None
    currency: str | None = None
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class CostLineInput:
    claim_id: str
    description: str
    amount: Decimal
    currency: str
    invoice_ref: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentInput:
    claim_id: str
    amount: Decimal
    currency: str
    paid_on: date
    reference: str


# --- DTOs --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetDTO:
    id: str
    program_id: str
    name: str
    period_start: date
    period_end: date
    amount_minor: int
    currency: str
    version: int


@dataclass(frozen=True, slots=True)
class BudgetBalanceDTO:
    budget: BudgetDTO
    allocated_minor: int
    remaining_minor: int


@dataclass(frozen=True, slots=True)
class AllocationDTO:
    id: str
    budget_id: str
    partner_id: str
    amount_minor: int
    currency: str
    version: int


@dataclass(frozen=True, slots=True)
class AllocationBalanceDTO:
    allocation: AllocationDTO
    approved_minor: int
    claimed_minor: int
    remaining_minor: int


@dataclass(frozen=True, slots=True)
class RequestDTO:
    id: str
    allocation_id: str
    partner_id: str
    activity_type: ActivityType
    title: str
    description: str | None
    start_date: date
    end_date: date
    requested_minor: int
    approved_minor: int | None
    currency: str
    status: RequestStatus
    submitted_at: datetime | None
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None
    claim_due: date | None
    version: int


@dataclass(frozen=True, slots=True)
class ClaimDTO:
    id: str
    request_id: str
    partner_id: str
    claimed_minor: int
    actual_cost_minor: int
    approved_minor: int | None
    currency: str
    status: ClaimStatus
    submitted_at: datetime | None
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None
    summary: str | None
    version: int


@dataclass(frozen=True, slots=True)
class CostLineDTO:
    id: str
    claim_id: str
    partner_id: str
    description: str
    amount_minor: int
    currency: str
    invoice_ref: str | None


@dataclass(frozen=True, slots=True)
class PaymentDTO:
    id: str
    claim_id: str
    partner_id: str
    amount_minor: int
    currency: str
    paid_on: date
    reference: str


@dataclass(frozen=True, slots=True)
class ClaimDetailDTO:
    claim: ClaimDTO
    cost_lines: tuple[CostLineDTO, ...]
    payments: tuple[PaymentDTO, ...]
    cost_lines_total_minor: int
    paid_minor: int
    outstanding_minor: int
    evidence_kinds: tuple[str, ...]
    missing_evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ApprovalLimitDTO:
    """An approver's limit per request or claim in one program (program currency, minor units)."""

    id: str
    program_id: str
    user_id: str
    amount_minor: int
    currency: str
    version: int
