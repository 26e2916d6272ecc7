"""Analytics: index-only reads for the health of every partner (open pipeline per partner, the partner list).

Revision 0003 created `analytics_deal_month_open (program_id, month, currency, open_minor) WHERE open_n <> 0`
for the pipeline (open deals of every month up to a day). A query that states `open_n <> 0` (how SQLite knows
it may use the partial index) reads `open_n` as well, which the index did not hold: one table lookup per
row. The health of every partner reads the open pipeline per partner and currency that way (≈ 40 % of
the month table's rows on the demo replica), the filtered dashboards per group. The index now also holds
`open_n` (and, as every index of a WITHOUT ROWID table, the primary key: partner_id), so those reads are
index-only. Same rows, same results; the index is a few bytes wider per open row.

`analytics_partners_tier (program_id, deleted_at, id, tier_id)`: the live partners of a program with their
tier in id order, read by the health of every partner, without reading the (wide) partner rows.

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


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"CREATE INDEX {INDEX} ON {TABLE} (program_id, month, currency, open_minor, open_n) WHERE open_n <> 0")
    op.execute(f"CREATE INDEX IF NOT EXISTS {PARTNERS_INDEX} ON partners (program_id, deleted_at, id, tier_id)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {PARTNERS_INDEX}")
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"CREATE INDEX {INDEX} ON {TABLE} (program_id, month, currency, open_minor) WHERE open_n <> 0")
