"""MDF tables: budget -> allocation -> fund request -> claim -> cost lines and payments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, SyncedMixin
from workbench.mdf.types import ActivityType, ClaimStatus, RequestStatus


def _in(column: str, values: type[ActivityType] | type[RequestStatus] | type[ClaimStatus]) -> str:
    return f"{column} IN ({', '.join(repr(str(v)) for v in values)})"


class MdfBudget(SyncedMixin, Base):
    """A vendor-wide fund for one period and currency (partner_id is None)."""

    __tablename__ = "mdf_budgets"
    __server_fields__ = frozenset({"amount_minor", "currency"})

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    period_start: Mapped[date] = mapped_column(nullable=False, index=True)
    period_end: Mapped[date] = mapped_column(nullable=False)
    amount_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)

    __table_args__ = (
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        CheckConstraint("period_end >= period_start", name="period"),
    )


class MdfAllocation(SyncedMixin, Base):
    """The part of a budget given to one partner."""

    __tablename__ = "mdf_allocations"
    __server_fields__ = frozenset({"amount_minor", "currency"})

    budget_id: Mapped[str] = mapped_column(ForeignKey("mdf_budgets.id"), nullable=False, index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)

    __table_args__ = (
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        Index("ix_mdf_allocations_budget_partner", "budget_id", "partner_id"),
    )


class FundRequest(SyncedMixin, Base):
    """Pre-approval of one planned marketing activity."""

    __tablename__ = "mdf_requests"
    __command_fields__ = frozenset(
        {"status", "approved_minor", "submitted_at", "decided_at", "decided_by", "decision_reason", "claim_due"}
    )

    allocation_id: Mapped[str] = mapped_column(ForeignKey("mdf_allocations.id"), nullable=False, index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    activity_type: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    start_date: Mapped[date] = mapped_column(nullable=False, index=True)
    end_date: Mapped[date] = mapped_column(nullable=False)
    requested_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    approved_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=RequestStatus.DRAFT, index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    claim_due: Mapped[date | None] = mapped_column(nullable=True, index=True)

    __table_args__ = (
        CheckConstraint(_in("activity_type", ActivityType), name="activity_type"),
        CheckConstraint(_in("status", RequestStatus), name="status"),
        CheckConstraint("requested_minor >= 0", name="requested_not_negative"),
        CheckConstraint("approved_minor IS NULL OR approved_minor >= 0", name="approved_not_negative"),
        CheckConstraint("end_date >= start_date", name="dates"),
        # the MDF screens' lists and the approver queue page through these orders
        Index("ix_mdf_requests_start_id", "start_date", "id"),
        Index("ix_mdf_requests_status_submitted", "status", "submitted_at", "id"),
    )


class Claim(SyncedMixin, Base):
    """Reimbursement asked for an approved request, with its proof of performance."""

    __tablename__ = "mdf_claims"
    __command_fields__ = frozenset(
        {"status", "approved_minor", "submitted_at", "decided_at", "decided_by", "decision_reason"}
    )

    request_id: Mapped[str] = mapped_column(ForeignKey("mdf_requests.id"), nullable=False, index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    claimed_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    actual_cost_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    approved_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ClaimStatus.DRAFT, index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        CheckConstraint(_in("status", ClaimStatus), name="status"),
        CheckConstraint("claimed_minor >= 0", name="claimed_not_negative"),
        CheckConstraint("actual_cost_minor >= 0", name="actual_cost_not_negative"),
        CheckConstraint("approved_minor IS NULL OR approved_minor >= 0", name="approved_not_negative"),
        Index("ix_mdf_claims_created_id", "created_at", "id"),
        Index("ix_mdf_claims_status_submitted", "status", "submitted_at", "id"),
    )


class CostLine(SyncedMixin, Base):
    __tablename__ = "mdf_cost_lines"

    claim_id: Mapped[str] = mapped_column(ForeignKey("mdf_claims.id"), nullable=False, index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    amount_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    invoice_ref: Mapped[str | None] = mapped_column(String(80), nullable=True)

    __table_args__ = (CheckConstraint("amount_minor >= 0", name="amount_not_negative"),)


class Payment(SyncedMixin, Base):
    """One payment of an approved claim. Append-only."""

    __tablename__ = "mdf_payments"
    __insert_only__ = True

    claim_id: Mapped[str] = mapped_column(ForeignKey("mdf_claims.id"), nullable=False, index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    paid_on: Mapped[date] = mapped_column(nullable=False)
    reference: Mapped[str] = mapped_column(String(80), nullable=False)

    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_mdf_payments_paid_on_id", "paid_on", "id"),
    )


class ApprovalLimit(SyncedMixin, Base):
    """How much one approver (a channel manager) may approve per request or claim in one program, in the
    program's currency. Vendor-wide (partner_id None), set by an admin only; an approver without a row is
    not capped, admins never are."""

    __tablename__ = "mdf_approval_limits"
    __server_fields__ = frozenset({"program_id", "user_id", "amount_minor", "currency"})

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)

    __table_args__ = (
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        UniqueConstraint("program_id", "user_id"),
    )
