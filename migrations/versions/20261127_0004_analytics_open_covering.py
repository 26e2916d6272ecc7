"""Analytics: index-only reads for the health of every partner (open pipeline per partner, the partner list).

Revision 0003 created `analytics_deal_month_open (program_id, month, currency, open_minor) WHERE open_n <> 0`
for the pipeline (open deals of every month up to a day). A query that states `open_n <> 0` (how SQLite knows
it may use the partial index) reads `open_n` as well, which the index did not hold: one table lookup per
row; and its month-major order made every per-partner or per-group sum sort all open rows first. The
pipeline reads nearly every month anyway (all months up to the day), so the index is now partner-major and
holds `open_n`: `(program_id, partner_id, currency, month, open_minor, open_n) WHERE open_n <> 0`. The health
of every partner sums the open pipeline per partner and currency straight along it (index-only, no sort;
1M demo: 158 -> 86 ms); the filtered dashboards' per-group pipeline reads the same rows as before. Same
rows, same results.

`analytics_partners_tier (program_id, deleted_at, id, tier_id)`: the live partners of a program with their
tier in id order, read by the health of every partner, without reading the (wide) partner rows.

`analytics_mdf_allocations_budget (budget_id, deleted_at, partner_id, currency, amount_minor, id)`: the MDF
allocations of the budgets of a period (MDF utilisation: the dashboard figure and every partner's health)
without a table lookup per allocation.

SQLite only (the laptop replica); a no-op on PostgreSQL. The SQL is frozen here on purpose.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "analytics_deal_month_open"
TABLE = "analytics_deal_month"
PARTNERS_INDEX = "analytics_partners_tier"
ALLOCATIONS_INDEX = "analytics_mdf_allocations_budget"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(
        f"CREATE INDEX {INDEX} ON {TABLE} (program_id, partner_id, currency, month, open_minor, open_n)"
        " WHERE open_n <> 0"
    )
    op.execute(f"CREATE INDEX IF NOT EXISTS {PARTNERS_INDEX} ON partners (program_id, deleted_at, id, tier_id)")
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {ALLOCATIONS_INDEX} ON mdf_allocations"
        " (budget_id, deleted_at, partner_id, currency, amount_minor, id)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {ALLOCATIONS_INDEX}")
    op.execute(f"DROP INDEX IF EXISTS {PARTNERS_INDEX}")
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"CREATE INDEX {INDEX} ON {TABLE} (program_id, month, currency, open_minor) WHERE open_n <> 0")
