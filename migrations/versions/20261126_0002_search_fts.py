"""Global search: an FTS5 index over partners, contacts, deals and MDF claims, kept current by triggers.

SQLite only (the laptop replica and the embedded server database); a no-op on PostgreSQL. The SQL is frozen
here on purpose (a migration must not change when the code changes); `workbench.search.fts` reads the same
tables and can rebuild their contents.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# entity, table, indexed columns (an UPDATE OF these re-indexes), title expression, body expression
_SOURCES: list[tuple[str, str, str, str, str]] = [
    (
        "partner",
        "partners",
        "legal_name, name_norm, city, web_domain, email, country",
        "{r}.legal_name",
        "coalesce({r}.name_norm, '') || ' ' || coalesce({r}.city, '') || ' ' || coalesce({r}.web_domain, '')"
        " || ' ' || coalesce({r}.email, '') || ' ' || coalesce({r}.country, '')",
    ),
    (
        "contact",
        "contacts",
        "first_name, last_name, email, job_title, phone",
        "trim(coalesce({r}.first_name, '') || ' ' || {r}.last_name)",
        "coalesce({r}.email, '') || ' ' || coalesce({r}.job_title, '') || ' ' || coalesce({r}.phone, '')",
    ),
    (
        "deal",
        "deal_registrations",
        "title, customer_name, customer_domain, customer_email",
        "{r}.title",
        "{r}.customer_name || ' ' || coalesce({r}.customer_domain, '') || ' ' || coalesce({r}.customer_email, '')",
    ),
    (
        "claim",
        "mdf_claims",
        "summary, request_id",
        "coalesce((SELECT q.title FROM mdf_requests AS q WHERE q.id = {r}.request_id), '')",
        "coalesce({r}.summary, '')",
    ),
]


def _doc(row: str) -> str:
    return f"(SELECT docid FROM search_docs WHERE row_id = {row}.id)"


def _statements() -> list[str]:
    out = [
        "CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, entity TEXT NOT NULL, row_id TEXT NOT NULL,"
        " partner_id TEXT)",
        "CREATE UNIQUE INDEX search_docs_row_id ON search_docs (row_id)",
        # detail = column: no token positions (search asks only prefix terms, never phrases or NEAR);
        # columnsize = 0: bm25 tokenizes the (at most RANK_WINDOW) ranked rows instead of every insert storing
        # their sizes. Same hits and order as detail = full, ~5 us less per indexed row (docs/architecture.md).
        "CREATE VIRTUAL TABLE search_fts USING fts5(kind, title, body,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column, columnsize = 0)",
        # Merge 16 segments of a level at a time instead of 4: each row is rewritten by fewer merges (~3 us less
        # per insert), search p95 unchanged at 1M rows (stored in search_fts_config, kept by a rebuild).
        "INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 16)",
    ]
    for entity, table, columns, title, body in _SOURCES:
        t, b = title.format(r="new"), body.format(r="new")
        insert = (
            f"INSERT INTO search_docs (entity, row_id, partner_id) VALUES ('{entity}', new.id, new.partner_id);"
            f" INSERT INTO search_fts (rowid, kind, title, body) VALUES ({_doc('new')}, '{entity}', {t}, {b});"
        )
        reinsert = (
            f"INSERT INTO search_docs (entity, row_id, partner_id) SELECT '{entity}', new.id, new.partner_id"
            f" WHERE new.deleted_at IS NULL; INSERT INTO search_fts (rowid, kind, title, body)"
            f" SELECT {_doc('new')}, '{entity}', {t}, {b} WHERE new.deleted_at IS NULL;"
        )
        delete = f"DELETE FROM search_fts WHERE rowid = {_doc('old')}; DELETE FROM search_docs WHERE row_id = old.id;"
        # The pull apply rewrites every column of a row it already has: re-index only when an indexed value
        # really changed (a status change or a re-applied row costs no index work, and keeps its docid).
        watched = [*columns.split(", "), "partner_id", "deleted_at"]
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in watched)
        out += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} WHEN new.deleted_at IS NULL BEGIN {insert} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
            # One trigger (SQLite fires several on the same event in an unspecified order): out, then back in.
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {', '.join(watched)} ON {table} WHEN {changed}"
            f" BEGIN {delete} {reinsert} END",
        ]
    # A claim is found by its request's title: follow a renamed request.
    out.append(
        "CREATE TRIGGER search_mdf_requests_title AFTER UPDATE OF title ON mdf_requests BEGIN"
        " UPDATE search_fts SET title = new.title WHERE rowid IN (SELECT d.docid FROM search_docs AS d"
        " JOIN mdf_claims AS c ON c.id = d.row_id WHERE c.request_id = new.id); END"
    )
    # Rows that exist already (an upgraded replica) go into the index now.
    for entity, table, _columns, title, body in _SOURCES:
        out += [
            f"INSERT INTO search_docs (entity, row_id, partner_id) SELECT '{entity}', s.id, s.partner_id"
            f" FROM {table} AS s WHERE s.deleted_at IS NULL",
            f"INSERT INTO search_fts (rowid, kind, title, body) SELECT d.docid, '{entity}', {title.format(r='s')},"
            f" {body.format(r='s')} FROM {table} AS s JOIN search_docs AS d ON d.row_id = s.id"
            f" WHERE s.deleted_at IS NULL",
        ]
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _entity, table, *_rest in _SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TRIGGER IF EXISTS search_mdf_requests_title")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_docs")
