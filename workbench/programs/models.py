"""Partner programs: the vendor-wide settings every rule reads (DOMAIN.md numbers are defaults here),
tier definitions with their requirements, and the product catalogue deals refer to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, SyncedMixin


class Program(SyncedMixin, Base):
    __tablename__ = "programs"
    __server_fields__ = frozenset(
        {
            "protection_days",
            "review_sla_days",
            "claim_deadline_days",
            "participation_rate_bp",
            "allow_negative_balance",
            "request_expiry_days",
            "fx_rates",
            "currency",
        }
    )

    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    # Deal registration: protection window after approval (None = no protection) and review SLA.
    protection_days: Mapped[int | None] = mapped_column(Integer, nullable=True, default=90)
    review_sla_days: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    # MDF: claim due N days after the activity ends; reimbursement rate in basis points (5000 = 50 %).
    claim_deadline_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    participation_rate_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=5000)
    allow_negative_balance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    request_expiry_days: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    # Exchange rates into the program currency, as decimal strings: {"USD": "0.92"}.
    fx_rates: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    __table_args__ = (
        CheckConstraint("participation_rate_bp BETWEEN 0 AND 10000", name="participation_rate"),
        CheckConstraint("protection_days IS NULL OR protection_days IN (30, 60, 90, 120, 180)", name="protection"),
    )


class TierLevel(SyncedMixin, Base):
    """A tier (Registered < Silver < Gold < Platinum) and what a partner needs to hold it."""

    __tablename__ = "tier_levels"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    rank: Mapped[int] = mapped_column(Integer, nullable=False)
    required_certified_people: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    required_revenue_12m_minor: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    required_active_deals: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (UniqueConstraint("program_id", "rank"),)


class Product(SyncedMixin, Base):
    __tablename__ = "products"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), nullable=False, index=True)
    sku: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    family: Mapped[str] = mapped_column(String(80), nullable=False, default="")
