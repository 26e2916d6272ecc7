"""Document DTOs: what the proof-of-execution PDF shows, what signing returns and what verification found.

Plain frozen values; no ORM objects, no user-visible text (labels are chosen by language at render time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

PARTNER_FIELD = "PartnerSignature"
APPROVER_FIELD = "ApproverSignature"


class Lang(StrEnum):
    DE = "de"
    EN = "en"


class ClockSource(StrEnum):
    """Where a signature's time came from: a trusted timestamp authority (B-T) or the laptop's clock (B-B)."""

    TSA = "tsa"
    LOCAL = "local"


class Verdict(StrEnum):
    VALID = "valid"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class ProofCostLine:
    description: str
    amount_minor: int
    invoice_ref: str | None


@dataclass(frozen=True, slots=True)
class ProofEvidence:
    """One evidence file: metadata for the manifest plus where its bytes are (embedded into the PDF)."""

    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    evidence_kind: str | None
    path: Path

    @property
    def is_image(self) -> bool:
        return self.mime_type in ("image/jpeg", "image/png", "image/gif")


@dataclass(frozen=True, slots=True)
class ProofDTO:
    """Everything the proof-of-execution PDF shows; amounts in integer minor units of `currency`."""

    lang: Lang
    claim_id: str
    claim_status: str
    vendor_name: str
    program_name: str
    partner_id: str
    partner_name: str
    partner_city: str | None
    partner_country: str | None
    request_id: str
    activity_type: str
    activity_title: str
    activity_description: str | None
    start_date: date
    end_date: date
    currency: str
    requested_minor: int
    request_approved_minor: int | None
    claimed_minor: int
    actual_cost_minor: int
    claim_approved_minor: int | None
    summary: str | None
    submitted_at: datetime | None
    cost_lines: tuple[ProofCostLine, ...]
    cost_total_minor: int
    evidence: tuple[ProofEvidence, ...]
    generated_at: datetime


@dataclass(frozen=True, slots=True)
class SignOutcome:
    """A signed PDF and how its time was established (B-T with a TSA token, or B-B with the laptop clock)."""

    data: bytes
    field_name: str
    clock: ClockSource
    profile: str  # "PAdES-B-B" | "PAdES-B-T"
    timestamp_error: str | None = None  # why the TSA was not used although one was configured


@dataclass(frozen=True, slots=True)
class SignatureReport:
    field_name: str
    signer: str  # subject of the signing certificate (RFC 4514)
    signer_email: str | None
    signing_time: datetime | None  # the TSA's time when timestamped, else the time the signer claimed
    clock: ClockSource
    certifying: bool
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the cryptographic signature checks out
    trusted: bool  # chain to one of the given trust roots, key usage acceptable
    coverage: str  # ENTIRE_FILE | ENTIRE_REVISION | ...
    modification_level: str | None  # NONE | LTA_UPDATES | FORM_FILLING | ANNOTATIONS | OTHER
    docmdp_ok: bool | None
    timestamp_valid: bool | None
    verdict: Verdict
    problems: tuple[str, ...] = ()  # codes: not_intact, bad_signature, untrusted, disallowed_modification, ...
    document_timestamp: bool = False  # a document timestamp (RFC 3161 token over the file), not a signature


@dataclass(frozen=True, slots=True)
class VerificationReport:
    ok: bool
    signatures: tuple[SignatureReport, ...]
    problems: tuple[str, ...] = ()  # document-level codes: no_signatures, unreadable_pdf, ...
    embedded_files: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class PdfsigSignature:
    index: int
    field_name: str | None
    signer: str | None
    signed: bool  # False for an empty (pre-created) signature field
    signature_valid: bool  # "Signature Validation: Signature is Valid."
    certificate_status: str | None
    total_document_signed: bool | None


@dataclass(frozen=True, slots=True)
class PdfsigReport:
    available: bool
    exit_code: int | None
    signatures: tuple[PdfsigSignature, ...]
    raw: str

    @property
    def all_valid(self) -> bool:
        signed = [s for s in self.signatures if s.signed]
        return self.available and bool(signed) and all(s.signature_valid for s in signed)
