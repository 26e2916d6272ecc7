"""Partner organisations and their 360° profile (DOMAIN.md "Partners")."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, SyncedMixin

PARTNER_TYPES = ("reseller", "distributor", "system_integrator", "agency", "marketplace", "referral")
PARTNER_STATUSES = ("prospect", "onboarding", "active", "suspended", "terminated")
ATTRIBUTE_KINDS = ("segment", "region", "competency")
CONTACT_ROLES = ("owner", "sales", "technical", "marketing", "finance")
CONTRACT_STATUSES = ("draft", "active", "expired", "terminated")
TARGET_METRICS = ("revenue", "deals", "certifications")
ONBOARDING_ITEMS = ("agreement_signed", "kyc_done", "first_training", "portal_access")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Partner(SyncedMixin, Base):
    """A partner organisation. `partner_id` (the access scope) equals `id`.

    `name_norm` is `normalize.fold(legal_name)` (search and sort key); `name_alt` is
    `normalize.plain(legal_name)` (dotless umlauts, a second search key) where it differs, else NULL."""

    __tablename__ = "partners"
    __command_fields__ = frozenset({"status", "approved_on"})
    __server_fields__ = frozenset({"tier_id", "owner_id"})

    legal_name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    name_norm: Mapped[str] = mapped_column(String(400), nullable=False)
    name_alt: Mapped[str | None] = mapped_column(String(400), nullable=True)
    partner_type: Mapped[str] = mapped_column(String(32), nullable=False)
    tier_id: Mapped[str | None] = mapped_column(ForeignKey("tier_levels.id"), nullable=True, index=True)
    # No index of its own: nothing filters partners by program but the analytics cohorts, whose
    # ix_analytics_partners_approved (program_id, ...) also serves the foreign-key check when a program row goes;
    # one index less per partner row written (~2 us of a CSV import's ~100 us per row).
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="prospect", index=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    city: Mapped[str | None] = mapped_column(String(100), nullable=True)
    web_domain: Mapped[str | None] = mapped_column(String(253), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    owner_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approved_on: Mapped[date | None] = mapped_column(nullable=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        CheckConstraint(_in("partner_type", PARTNER_TYPES), name="partner_type"),
        CheckConstraint(_in("status", PARTNER_STATUSES), name="status"),
        CheckConstraint("country IS NULL OR length(country) = 2", name="country"),
        # List pages: live rows in name order, covering the name filter (both search keys) and the ids, so
        # the first page, the count and the ordered id list never touch the table. Same for the other sorts.
        Index("ix_partners_live_name", "deleted_at", "name_norm", "id", "name_alt"),
        Index("ix_partners_live_country", "deleted_at", "country", "name_norm", "id", "name_alt"),
        Index("ix_partners_owner_live_name", "owner_id", "deleted_at", "name_norm", "id"),
        Index("ix_partners_live_created", "deleted_at", "created_at", "id"),
    )


class PartnerAttribute(SyncedMixin, Base):
    """One segment, region or competency of a partner (a set per kind; removed values are soft-deleted)."""

    __tablename__ = "partner_attributes"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    value: Mapped[str] = mapped_column(String(80), nullable=False)

    __table_args__ = (
        CheckConstraint(_in("kind", ATTRIBUTE_KINDS), name="kind"),
        # Unique among live rows only: a removed value may be added again as a new row (ids are never
        # resurrected).
        Index(
            "uq_partner_attributes_live",
            "partner_id",
            "kind",
            "value",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_partner_attributes_kind_value", "kind", "value", "partner_id"),
    )


class Contact(SyncedMixin, Base):
    """A person at a partner. Personal data (GDPR export / erasure)."""

    __tablename__ = "contacts"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    first_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    job_title: Mapped[str | None] = mapped_column(String(100), nullable=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    __table_args__ = (CheckConstraint(_in("role", CONTACT_ROLES), name="role"),)


class Contract(SyncedMixin, Base):
    __tablename__ = "partner_contracts"
    __command_fields__ = frozenset({"status"})

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    start_date: Mapped[date] = mapped_column(nullable=False)
    end_date: Mapped[date | None] = mapped_column(nullable=True)
    signed_on: Mapped[date | None] = mapped_column(nullable=True)
    reference: Mapped[str | None] = mapped_column(String(100), nullable=True)

    __table_args__ = (
        CheckConstraint(_in("status", CONTRACT_STATUSES), name="status"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
    )


class Target(SyncedMixin, Base):
    """A target for one period: revenue in minor units of `currency`, or a count (deals, certifications)."""

    __tablename__ = "partner_targets"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    period_start: Mapped[date] = mapped_column(nullable=False)
    period_end: Mapped[date] = mapped_column(nullable=False)
    metric: Mapped[str] = mapped_column(String(16), nullable=False)
    target_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    target_value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str | None] = mapped_column(String(3), nullable=True)

    __table_args__ = (
        CheckConstraint(_in("metric", TARGET_METRICS), name="metric"),
        CheckConstraint("period_end >= period_start", name="period"),
        CheckConstraint(
            "(metric = 'revenue' AND target_minor IS NOT NULL AND target_minor >= 0 AND currency IS NOT NULL"
            " AND target_value IS NULL) OR (metric <> 'revenue' AND target_value IS NOT NULL"
            " AND target_value >= 0 AND target_minor IS NULL AND currency IS NULL)",
            name="amount",
        ),
    )


class OnboardingItem(SyncedMixin, Base):
    """One checklist item of a partner's onboarding in a program, with its completion date."""

    __tablename__ = "onboarding_items"
    __command_fields__ = frozenset({"completed_on"})

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), nullable=False, index=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), nullable=False, index=True)
    item: Mapped[str] = mapped_column(String(32), nullable=False)
    completed_on: Mapped[date | None] = mapped_column(nullable=True)

    __table_args__ = (
        CheckConstraint(_in("item", ONBOARDING_ITEMS), name="item"),
        UniqueConstraint("partner_id", "item"),
    )
