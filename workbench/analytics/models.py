"""Covering indexes for the analytics record queries (kpis.py) on tables owned by other features.

Listed in workbench/db/registry.py, so the Alembic revision creates them; a change here needs a new
revision. `ensure_indexes(engine)` creates them on a replica built without migrations (benchmarks).

Each index leads with the program (every KPI is limited to one program) and the filter column of one
KPI, and carries the columns that KPI sums, so the overall dashboard reads indexes only."""

from __future__ import annotations

from sqlalchemy import Engine, Index

from workbench.deals.models import DealRegistration
from workbench.mdf.models import Claim, FundRequest
from workbench.partners.models import Contact, Partner
from workbench.training.models import Certification, TrainingEvent

_deals = DealRegistration.__table__
_partners = Partner.__table__
_contacts = Contact.__table__
_certs = Certification.__table__

INDEXES: tuple[Index, ...] = (
    # revenue, win rate, average deal size, sales cycle: deals won/lost, closed in the period
    Index(
        "ix_analytics_deals_closed",
        _deals.c.program_id,
        _deals.c.status,
        _deals.c.closed_at,
        _deals.c.partner_id,
        _deals.c.currency,
        _deals.c.won_amount_minor,
        _deals.c.amount_minor,
        _deals.c.submitted_at,
        _deals.c.deleted_at,
        _deals.c.id,
    ),
    # pipeline (open statuses), SLA and activity (submitted in a window), first deal per partner
    Index(
        "ix_analytics_deals_submitted",
        _deals.c.program_id,
        _deals.c.submitted_at,
        _deals.c.status,
        _deals.c.decided_at,
        _deals.c.partner_id,
        _deals.c.currency,
        _deals.c.amount_minor,
        _deals.c.deleted_at,
        _deals.c.id,
    ),
    # one partner's closed deals (revenue, win rate, cycle) and the activation check per partner
    Index(
        "ix_analytics_deals_partner_closed",
        _deals.c.partner_id,
        _deals.c.status,
        _deals.c.closed_at,
        _deals.c.program_id,
        _deals.c.deleted_at,
        _deals.c.currency,
        _deals.c.won_amount_minor,
        _deals.c.amount_minor,
        _deals.c.submitted_at,
    ),
    # first submission per partner: one seek (min) per partner
    Index(
        "ix_analytics_deals_first",
        _deals.c.partner_id,
        _deals.c.program_id,
        _deals.c.deleted_at,
        _deals.c.submitted_at,
    ),
    # activation and time-to-first-deal cohorts
    Index(
        "ix_analytics_partners_approved",
        _partners.c.program_id,
        _partners.c.approved_on,
        _partners.c.deleted_at,
        _partners.c.tier_id,
        _partners.c.id,
    ),
    # certification rate: people and valid certifications
    Index("ix_analytics_contacts_partner", _contacts.c.partner_id, _contacts.c.deleted_at, _contacts.c.id),
    Index("ix_analytics_contacts_live", _contacts.c.id, _contacts.c.deleted_at, _contacts.c.partner_id),
    Index(
        "ix_analytics_certifications_valid",
        _certs.c.status,
        _certs.c.earned_on,
        _certs.c.expires_on,
        _certs.c.deleted_at,
        _certs.c.partner_id,
        _certs.c.contact_id,
    ),
    Index(
        "ix_analytics_training_events_occurred",
        TrainingEvent.__table__.c.occurred_at,
        TrainingEvent.__table__.c.partner_id,
        TrainingEvent.__table__.c.deleted_at,
        TrainingEvent.__table__.c.id,
    ),
    Index(
        "ix_analytics_mdf_requests_submitted",
        FundRequest.__table__.c.submitted_at,
        FundRequest.__table__.c.partner_id,
        FundRequest.__table__.c.deleted_at,
        FundRequest.__table__.c.id,
    ),
    Index(
        "ix_analytics_mdf_claims_submitted",
        Claim.__table__.c.submitted_at,
        Claim.__table__.c.partner_id,
        Claim.__table__.c.deleted_at,
        Claim.__table__.c.id,
    ),
)


def ensure_indexes(engine: Engine, *, replace: bool = False) -> None:
    """Create the analytics indexes where missing (benchmarks; the migration does it once registered).
    `replace` drops and recreates them (after a column change)."""
    for index in INDEXES:
        if replace:
            index.drop(engine, checkfirst=True)
        index.create(engine, checkfirst=True)
