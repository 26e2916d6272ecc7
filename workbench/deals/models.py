"""Deal registration tables (DOMAIN.md "Deal registration")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import ID, Base, SyncedMixin
from workbench.deals.types import ConflictState, DealStatus


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class DealRegistration(SyncedMixin, Base):
    """A partner's registration of an end-customer opportunity. `partner_id` is the registering partner
    (and the access scope). `server_received_at` is the server's receipt time of the first submission
    (first-to-register priority); `provisional` stays true until the server has confirmed it.

    `conflict_state` and `conflict_detail` are the server's duplicate check at submission
    (`workbench.deals.duplicates.server_check`): None until the server has checked, then "clear" or
    "possible_duplicate" with the explanation (rules, shared name/domain, products in common, the earlier
    registration's receipt time and status; never the competing partner's identity, because the row
    travels to its own partner)."""

    __tablename__ = "deal_registrations"
    __command_fields__ = frozenset(
        {
            "status",
            "submitted_at",
            "server_received_at",
            "decided_at",
            "decided_by",
            "decision_reason",
            "protection_until",
            "provisional",
            "closed_at",
            "won_amount_minor",
            "conflict_state",
            "conflict_detail",
        }
    )
    __server_fields__ = frozenset({"server_received_at", "provisional", "conflict_state", "conflict_detail"})

    partner_id: Mapped[str] = mapped_column(ID, ForeignKey("partners.id"), nullable=False)
    program_id: Mapped[str] = mapped_column(ID, ForeignKey("programs.id"), nullable=False, index=True)
    registered_by: Mapped[str] = mapped_column(String(64), nullable=False)

    customer_name: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_name_norm: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_domain: Mapped[str | None] = mapped_column(String(253), nullable=True)
    customer_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    customer_country: Mapped[str | None] = mapped_column(String(2), nullable=True)

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    expected_close: Mapped[date] = mapped_column(nullable=False)

    status: Mapped[str] = mapped_column(String(20), nullable=False, default=DealStatus.DRAFT.value)
    submitted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    server_received_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    protection_until: Mapped[date | None] = mapped_column(nullable=True)
    provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    closed_at: Mapped[date | None] = mapped_column(nullable=True)
    won_amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    conflict_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    conflict_detail: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        CheckConstraint(_in("status", [s.value for s in DealStatus]), name="status"),
        CheckConstraint(
            "conflict_state IS NULL OR " + _in("conflict_state", [s.value for s in ConflictState]),
            name="conflict_state",
        ),
        CheckConstraint("amount_minor >= 0", name="amount_non_negative"),
        CheckConstraint("won_amount_minor IS NULL OR won_amount_minor >= 0", name="won_amount_non_negative"),
        # List pages over 1,000,000 rows. The partner index serves a partner's (small) list by equality;
        # the others lead with their sort column and carry deleted_at and id, so a vendor-wide page is an
        # ordered index-only scan. None leads with deleted_at: without ANALYZE statistics SQLite would
        # take "deleted_at IS NULL" for a selective equality and pick it over the partner index.
        Index(
            "ix_deal_registrations_partner_status_deleted", "partner_id", "status", "deleted_at", "submitted_at", "id"
        ),
        Index("ix_deal_registrations_status_submitted", "status", "submitted_at", "deleted_at", "id"),
        # Protection ending soon (the reminder tick, the expiry sweep): the approved registrations in a
        # protection_until range, without reading the row of every approved one (hundreds of thousands at
        # 1,000,000 deals).
        Index("ix_deal_registrations_status_protection", "status", "protection_until", "deleted_at", "id"),
        # Normalised customer name: customer sort, prefix filter and the duplicate check.
        Index("ix_deal_registrations_customer_live", "customer_name_norm", "deleted_at", "id"),
        # The duplicate check: the OPEN registrations of one end customer (by normalised name, by domain)
        # straight from the index, without reading the rows of the closed ones (at 1,000,000 deals a
        # common customer has ~1,000 registrations; reading their rows cost ~10-30 ms on a cold cache).
        # Led by status, so it never competes with customer_live for the customer sort and prefix filter.
        Index("ix_deal_registrations_customer_open", "status", "customer_name_norm", "deleted_at", "id"),
        Index("ix_deal_registrations_domain_open", "customer_domain", "status", "deleted_at", "id"),
        Index("ix_deal_registrations_created_live", "id", "deleted_at"),
        Index("ix_deal_registrations_amount_live", "amount_minor", "deleted_at", "id"),
        Index("ix_deal_registrations_close_live", "expected_close", "deleted_at", "id"),
    )


class DealProduct(SyncedMixin, Base):
    """A product on a deal registration; `partner_id` is copied from the deal. At most one live
    (not soft-deleted) row per deal and product, enforced by the commands."""

    __tablename__ = "deal_products"

    deal_id: Mapped[str] = mapped_column(ID, ForeignKey("deal_registrations.id"), nullable=False, index=True)
    product_id: Mapped[str] = mapped_column(ID, ForeignKey("products.id"), nullable=False, index=True)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index(
            "uq_deal_products_live",
            "deal_id",
            "product_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )
