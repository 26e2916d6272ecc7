"""Partner DTOs (what readers get), inputs (what commands take) and the status enums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class PartnerType(StrEnum):
    RESELLER = "reseller"
    DISTRIBUTOR = "distributor"
    SYSTEM_INTEGRATOR = "system_integrator"
    AGENCY = "agency"
    MARKETPLACE = "marketplace"
    REFERRAL = "referral"


class PartnerStatus(StrEnum):
    PROSPECT = "prospect"
    ONBOARDING = "onboarding"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class AttributeKind(StrEnum):
    SEGMENT = "segment"
    REGION = "region"
    COMPETENCY = "competency"


class ContactRole(StrEnum):
    OWNER = "owner"
    SALES = "sales"
    TECHNICAL = "technical"
    MARKETING = "marketing"
    FINANCE = "finance"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class TargetMetric(StrEnum):
    REVENUE = "revenue"
    DEALS = "deals"
    CERTIFICATIONS = "certifications"


class OnboardingItemKind(StrEnum):
    AGREEMENT_SIGNED = "agreement_signed"
    KYC_DONE = "kyc_done"
    FIRST_TRAINING = "first_training"
    PORTAL_ACCESS = "portal_access"


class PartnerSort(StrEnum):
    NAME = "name"
    TIER = "tier"
    COUNTRY = "country"
    CREATED = "created"


# --- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartnerInput:
    legal_name: str
    partner_type: str
    program_id: str
    country: str | None = None
    city: str | None = None
    web_domain: str | None = None
    email: str | None = None
    phone: str | None = None
    currency: str | None = None  # None: the program's currency
    description: str | None = None
    tier_id: str | None = None  # role-owned: vendor roles only
    owner_id: str | None = None  # role-owned: vendor roles only


@dataclass(frozen=True, slots=True)
class ContactInput:
    partner_id: str
    last_name: str
    first_name: str | None = None
    email: str | None = None
    phone: str | None = None
    role: str = ContactRole.SALES
    job_title: str | None = None
    is_primary: bool = False


@dataclass(frozen=True, slots=True)
class ContractInput:
    """`contract_id` None updates the partner's current contract, or creates one if it has none."""

    partner_id: str
    start_date: date
    status: str = ContractStatus.DRAFT
    end_date: date | None = None
    signed_on: date | None = None
    reference: str | None = None
    contract_id: str | None = None


@dataclass(frozen=True, slots=True)
class TargetInput:
    """Revenue targets take `amount` + `currency`; count targets (deals, certifications) take `value`."""

    partner_id: str
    period_start: date
    period_end: date
    metric: str
    amount: Decimal | None = None
    currency: str | None = None
    value: int | None = None


# --- DTOs -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttributeDTO:
    id: str
    kind: str
    value: str


@dataclass(frozen=True, slots=True)
class ContactDTO:
    id: str
    partner_id: str
    first_name: str | None
    last_name: str
    email: str | None
    phone: str | None
    role: str
    job_title: str | None
    is_primary: bool
    version: int


@dataclass(frozen=True, slots=True)
class ContractDTO:
    id: str
    partner_id: str
    status: str
    start_date: date
    end_date: date | None
    signed_on: date | None
    reference: str | None
    version: int


@dataclass(frozen=True, slots=True)
class TargetDTO:
    id: str
    partner_id: str
    period_start: date
    period_end: date
    metric: str
    target_minor: int | None
    target_value: int | None
    currency: str | None


@dataclass(frozen=True, slots=True)
class OnboardingItemDTO:
    id: str
    partner_id: str
    program_id: str
    item: str
    completed_on: date | None


@dataclass(frozen=True, slots=True)
class PartnerDTO:
    id: str
    legal_name: str
    partner_type: str
    status: str
    program_id: str
    tier_id: str | None
    tier_name: str | None
    country: str | None
    city: str | None
    web_domain: str | None
    email: str | None
    phone: str | None
    currency: str
    owner_id: str | None
    approved_on: date | None
    description: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    contacts: tuple[ContactDTO, ...] = ()
    attributes: tuple[AttributeDTO, ...] = ()
    contract: ContractDTO | None = None
    targets: tuple[TargetDTO, ...] = ()
    onboarding: tuple[OnboardingItemDTO, ...] = ()

    def values_of(self, kind: str) -> tuple[str, ...]:
        """The partner's segments, regions or competencies, sorted."""
        return tuple(sorted(a.value for a in self.attributes if a.kind == kind))


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """One line of the partner list."""

    id: str
    legal_name: str
    partner_type: str
    tier_name: str | None
    country: str | None
    status: str
    owner_id: str | None
