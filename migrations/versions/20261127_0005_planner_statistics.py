"""Planner statistics: a fixed `sqlite_stat1` taken from a representative replica.

The workbench never runs ANALYZE on a laptop (a full ANALYZE of a 1M-deal replica takes 3-8 s and holds the
write lock; `analysis_limit` sampling gave estimates off by two orders of magnitude). Without statistics
SQLite's planner guesses, and on a large replica it guessed badly: all KPIs of one partner took ~490 ms
instead of ~20 ms, the dashboard's open 2.3 s instead of 0.9 s. SQLite documents the remedy for applications:
run ANALYZE once on a representative database and ship its `sqlite_stat1` rows, so every database gets the
same, tested plans ("Manual Control Of Query Plans Using SQLITE_STAT Tables", sqlite.org/optoverview.html).

The rows below come from a full ANALYZE of the demo replica with 100,000 partners and 1,000,000 deals
(bench/bench_replica.py) at this revision's schema. Rows are written only for indexes this database has; a
migration that adds or replaces an index on a large table should add its row (docs/architecture.md, "Planner
statistics"). The first pull's bulk load keeps the rows of the indexes it drops and recreates
(workbench/db/derived.py). SQLite only (the laptop replica and the embedded server); a no-op on PostgreSQL,
which gathers its own statistics (autovacuum). The rows are frozen here on purpose.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (table, index, stat) as sqlite_stat1 holds them
STATS: list[tuple[str, str | None, str]] = [
    ("analytics_deal_day", "analytics_deal_day", "6975 6975 8 1"),
    ("analytics_deal_month", "analytics_deal_month", "619189 619189 20640 1 1"),
    ("analytics_deal_month", "analytics_deal_month_open", "206217 206217 3 3 1 1 1"),
    ("analytics_deal_month", "analytics_deal_month_partner", "619189 7 1"),
    ("certifications", "ix_analytics_certifications_valid", "768 256 2 2 2 1 1"),
    ("certifications", "ix_certifications_contact_path", "768 1 1"),
    ("certifications", "ix_certifications_expires_on", "768 2"),
    ("certifications", "ix_certifications_partner_id", "768 1"),
    ("certifications", "ix_certifications_path_id", "768 128"),
    ("certifications", "ix_certifications_server_seq", "768 768"),
    ("certifications", "sqlite_autoindex_certifications_1", "768 1"),
    ("contacts", "ix_analytics_contacts_live", "349793 1 1 1"),
    ("contacts", "ix_analytics_contacts_partner", "349793 4 4 1"),
    ("contacts", "ix_contacts_email", "349793 1"),
    ("contacts", "ix_contacts_partner_id", "349793 4"),
    ("contacts", "ix_contacts_server_seq", "349793 349793"),
    ("contacts", "sqlite_autoindex_contacts_1", "349793 1"),
    ("courses", "ix_courses_partner_id", "12 12"),
    ("courses", "ix_courses_role_track", "12 4"),
    ("courses", "ix_courses_server_seq", "12 12"),
    ("courses", "sqlite_autoindex_courses_1", "12 1"),
    ("courses", "sqlite_autoindex_courses_2", "12 1"),
    ("deal_products", "ix_deal_products_deal_id", "1332640 2"),
    ("deal_products", "ix_deal_products_partner_id", "1332640 14"),
    ("deal_products", "ix_deal_products_product_id", "1332640 66632"),
    ("deal_products", "ix_deal_products_server_seq", "1332640 1332640"),
    ("deal_products", "sqlite_autoindex_deal_products_1", "1332640 1"),
    ("deal_products", "uq_deal_products_live", "1332640 2 1"),
    ("deal_registrations", "ix_analytics_deals_closed", "1000000 1000000 111112 581 2 2 2 1 1 1 1"),
    ("deal_registrations", "ix_analytics_deals_first", "1000000 11 11 11 1"),
    ("deal_registrations", "ix_analytics_deals_partner_closed", "1000000 11 3 2 2 2 2 2 1 1"),
    ("deal_registrations", "ix_analytics_deals_submitted", "1000000 1000000 3 2 2 1 1 1 1 1"),
    ("deal_registrations", "ix_deal_registrations_amount_live", "1000000 15 15 1"),
    ("deal_registrations", "ix_deal_registrations_close_live", "1000000 1054 1054 1"),
    ("deal_registrations", "ix_deal_registrations_created_live", "1000000 1 1"),
    ("deal_registrations", "ix_deal_registrations_customer_live", "1000000 556 556 1"),
    ("deal_registrations", "ix_deal_registrations_customer_open", "1000000 111112 63 63 1"),
    ("deal_registrations", "ix_deal_registrations_domain_open", "1000000 1112 124 124 1"),
    ("deal_registrations", "ix_deal_registrations_partner_status_deleted", "1000000 11 3 3 1 1"),
    ("deal_registrations", "ix_deal_registrations_program_id", "1000000 1000000"),
    ("deal_registrations", "ix_deal_registrations_server_seq", "1000000 1000000"),
    ("deal_registrations", "ix_deal_registrations_status_protection", "1000000 111112 312 312 1"),
    ("deal_registrations", "ix_deal_registrations_status_submitted", "1000000 111112 2 2 1"),
    ("deal_registrations", "sqlite_autoindex_deal_registrations_1", "1000000 1"),
    ("learning_path_courses", "ix_learning_path_courses_course_id", "15 2"),
    ("learning_path_courses", "ix_learning_path_courses_partner_id", "15 15"),
    ("learning_path_courses", "ix_learning_path_courses_server_seq", "15 15"),
    ("learning_path_courses", "sqlite_autoindex_learning_path_courses_1", "15 1"),
    ("learning_path_courses", "uq_learning_path_courses_live", "15 3 1"),
    ("learning_paths", "ix_learning_paths_partner_id", "6 6"),
    ("learning_paths", "ix_learning_paths_role_track", "6 2"),
    ("learning_paths", "ix_learning_paths_server_seq", "6 6"),
    ("learning_paths", "sqlite_autoindex_learning_paths_1", "6 1"),
    ("learning_paths", "sqlite_autoindex_learning_paths_2", "6 1"),
    ("mdf_allocations", "analytics_mdf_allocations_budget", "49336 6167 6167 1 1 1 1"),
    ("mdf_allocations", "ix_mdf_allocations_budget_id", "49336 6167"),
    ("mdf_allocations", "ix_mdf_allocations_budget_partner", "49336 6167 1"),
    ("mdf_allocations", "ix_mdf_allocations_partner_id", "49336 1"),
    ("mdf_allocations", "ix_mdf_allocations_server_seq", "49336 49336"),
    ("mdf_allocations", "sqlite_autoindex_mdf_allocations_1", "49336 1"),
    ("mdf_budgets", "ix_mdf_budgets_partner_id", "8 8"),
    ("mdf_budgets", "ix_mdf_budgets_period_start", "8 8"),
    ("mdf_budgets", "ix_mdf_budgets_program_id", "8 8"),
    ("mdf_budgets", "ix_mdf_budgets_server_seq", "8 8"),
    ("mdf_budgets", "sqlite_autoindex_mdf_budgets_1", "8 1"),
    ("mdf_claims", "ix_analytics_mdf_claims_submitted", "175 2 1 1 1"),
    ("mdf_claims", "ix_mdf_claims_created_id", "175 2 1"),
    ("mdf_claims", "ix_mdf_claims_partner_id", "175 1"),
    ("mdf_claims", "ix_mdf_claims_request_id", "175 1"),
    ("mdf_claims", "ix_mdf_claims_server_seq", "175 175"),
    ("mdf_claims", "ix_mdf_claims_status", "175 30"),
    ("mdf_claims", "ix_mdf_claims_status_submitted", "175 30 2 1"),
    ("mdf_claims", "sqlite_autoindex_mdf_claims_1", "175 1"),
    ("mdf_cost_lines", "ix_mdf_cost_lines_claim_id", "525 3"),
    ("mdf_cost_lines", "ix_mdf_cost_lines_partner_id", "525 3"),
    ("mdf_cost_lines", "ix_mdf_cost_lines_server_seq", "525 525"),
    ("mdf_cost_lines", "sqlite_autoindex_mdf_cost_lines_1", "525 1"),
    ("mdf_payments", "ix_mdf_payments_claim_id", "78 1"),
    ("mdf_payments", "ix_mdf_payments_paid_on_id", "78 1 1"),
    ("mdf_payments", "ix_mdf_payments_partner_id", "78 1"),
    ("mdf_payments", "ix_mdf_payments_server_seq", "78 78"),
    ("mdf_payments", "sqlite_autoindex_mdf_payments_1", "78 1"),
    ("mdf_requests", "ix_analytics_mdf_requests_submitted", "400 2 1 1 1"),
    ("mdf_requests", "ix_mdf_requests_allocation_id", "400 1"),
    ("mdf_requests", "ix_mdf_requests_claim_due", "400 3"),
    ("mdf_requests", "ix_mdf_requests_partner_id", "400 1"),
    ("mdf_requests", "ix_mdf_requests_server_seq", "400 400"),
    ("mdf_requests", "ix_mdf_requests_start_date", "400 2"),
    ("mdf_requests", "ix_mdf_requests_start_id", "400 2 1"),
    ("mdf_requests", "ix_mdf_requests_status", "400 67"),
    ("mdf_requests", "ix_mdf_requests_status_submitted", "400 67 2 1"),
    ("mdf_requests", "sqlite_autoindex_mdf_requests_1", "400 1"),
    ("notes", "ix_notes_owner", "300 300 1"),
    ("notes", "ix_notes_partner_id", "300 1"),
    ("notes", "ix_notes_server_seq", "300 300"),
    ("notes", "sqlite_autoindex_notes_1", "300 1"),
    ("onboarding_items", "ix_onboarding_items_partner_id", "400000 4"),
    ("onboarding_items", "ix_onboarding_items_program_id", "400000 400000"),
    ("onboarding_items", "ix_onboarding_items_server_seq", "400000 400000"),
    ("onboarding_items", "sqlite_autoindex_onboarding_items_1", "400000 1"),
    ("onboarding_items", "sqlite_autoindex_onboarding_items_2", "400000 4 1"),
    ("partner_attributes", "ix_partner_attributes_kind_value", "499856 166619 24993 1"),
    ("partner_attributes", "ix_partner_attributes_partner_id", "499856 5"),
    ("partner_attributes", "ix_partner_attributes_server_seq", "499856 499856"),
    ("partner_attributes", "sqlite_autoindex_partner_attributes_1", "499856 1"),
    ("partner_attributes", "uq_partner_attributes_live", "499856 5 2 1"),
    ("partner_contracts", "ix_partner_contracts_partner_id", "100000 1"),
    ("partner_contracts", "ix_partner_contracts_server_seq", "100000 100000"),
    ("partner_contracts", "sqlite_autoindex_partner_contracts_1", "100000 1"),
    ("partner_targets", "ix_partner_targets_partner_id", "400000 4"),
    ("partner_targets", "ix_partner_targets_server_seq", "400000 400000"),
    ("partner_targets", "sqlite_autoindex_partner_targets_1", "400000 1"),
    ("partners", "analytics_partners_tier", "100000 100000 100000 1 1"),
    ("partners", "ix_analytics_partners_approved", "100000 100000 126 126 32 1"),
    ("partners", "ix_partners_legal_name", "100000 1"),
    ("partners", "ix_partners_live_country", "100000 100000 7143 1 1 1"),
    ("partners", "ix_partners_live_created", "100000 100000 1 1"),
    ("partners", "ix_partners_live_name", "100000 100000 1 1 1"),
    ("partners", "ix_partners_owner_live_name", "100000 12500 12500 1 1"),
    ("partners", "ix_partners_partner_id", "100000 1"),
    ("partners", "ix_partners_server_seq", "100000 100000"),
    ("partners", "ix_partners_status", "100000 20000"),
    ("partners", "ix_partners_tier_id", "100000 25000"),
    ("partners", "sqlite_autoindex_partners_1", "100000 1"),
    ("products", "ix_products_partner_id", "20 20"),
    ("products", "ix_products_program_id", "20 20"),
    ("products", "ix_products_server_seq", "20 20"),
    ("products", "sqlite_autoindex_products_1", "20 1"),
    ("products", "sqlite_autoindex_products_2", "20 1"),
    ("programs", "ix_programs_partner_id", "1 1"),
    ("programs", "ix_programs_server_seq", "1 1"),
    ("programs", "sqlite_autoindex_programs_1", "1 1"),
    ("programs", "sqlite_autoindex_programs_2", "1 1"),
    ("search_docs", "search_docs_row_id", "1449968 1"),
    ("search_fts_config", "search_fts_config", "1 1"),
    ("search_fts_content", None, "1449968"),
    ("search_fts_data", None, "67258"),
    ("search_fts_docsize", None, "1449968"),
    ("search_fts_idx", "search_fts_idx", "3488 206 1"),
    ("tasks", "ix_tasks_assignee_id", "300 38"),
    ("tasks", "ix_tasks_due_on", "300 9"),
    ("tasks", "ix_tasks_owner", "300 300 1"),
    ("tasks", "ix_tasks_partner_id", "300 1"),
    ("tasks", "ix_tasks_server_seq", "300 300"),
    ("tasks", "sqlite_autoindex_tasks_1", "300 1"),
    ("tier_levels", "ix_tier_levels_partner_id", "4 4"),
    ("tier_levels", "ix_tier_levels_program_id", "4 4"),
    ("tier_levels", "ix_tier_levels_server_seq", "4 4"),
    ("tier_levels", "sqlite_autoindex_tier_levels_1", "4 1"),
    ("tier_levels", "sqlite_autoindex_tier_levels_2", "4 4 1"),
    ("training_events", "ix_analytics_training_events_occurred", "5000 6 1 1 1"),
    ("training_events", "ix_training_events_contact_course", "5000 5 3"),
    ("training_events", "ix_training_events_course_id", "5000 417"),
    ("training_events", "ix_training_events_partner_id", "5000 5"),
    ("training_events", "ix_training_events_server_seq", "5000 5000"),
    ("training_events", "sqlite_autoindex_training_events_1", "5000 1"),
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("ANALYZE sqlite_master")  # creates sqlite_stat1 where missing (nothing else to analyze)
    present = {(kind, name) for kind, name in bind.exec_driver_sql("SELECT type, name FROM sqlite_master")}
    # a row names an index, or (index NULL, or the table's own name for a WITHOUT ROWID table) the table itself
    rows = [
        (table, index, stat)
        for table, index, stat in STATS
        if ("index", index) in present or (index in (None, table) and ("table", table) in present)
    ]
    tables = sorted({table for table, _index, _stat in rows})
    marks = ", ".join("?" for _ in tables)
    bind.exec_driver_sql(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({marks})", tuple(tables))
    bind.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", rows)  # type: ignore[arg-type]
    bind.exec_driver_sql("ANALYZE sqlite_master")  # load them into this connection's schema


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    tables = sorted({table for table, _index, _stat in STATS})
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is None:
        return
    marks = ", ".join("?" for _ in tables)
    bind.exec_driver_sql(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({marks})", tuple(tables))
