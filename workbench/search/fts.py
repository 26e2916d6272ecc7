"""Global search over partners, contacts, deals and MDF claims with SQLite FTS5.

The index (`search_docs` maps each indexed row to an FTS rowid; `search_fts` holds the text) is created by
Alembic revision 0002 and kept current by SQL triggers on the source tables, so every write path (commands,
sync pull, bulk demo inserts) updates it in the same transaction. Tokenizer: unicode61 with diacritics
removed (``muller`` finds Müller), prefix indexes for 1-3 characters so each keystroke is a prefix query; the
partner's folded name (``mueller``) is indexed too. The index keeps no token positions and no column sizes
(``detail = column, columnsize = 0``): queries are single-word prefix terms with column filters only (no phrases,
no NEAR), and bm25 reads the lengths of the few rows it ranks from their text; hits and order are those of a
full-detail index (tests/search/test_fts_config.py). On PostgreSQL there is no index and search answers [].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from workbench.db.derived import Derived, register

ENTITIES: tuple[str, ...] = ("partner", "contact", "deal", "claim")
MAX_TERMS = 8
# Below this many typed characters a prefix matches a large share of a million rows: take the first matches in
# index order (cheap) instead of ranking them all; from here on the matches are few enough to rank with bm25.
RANK_FROM_CHARS = 3
# Ranking reads every match of the query; a broad prefix ("gmbh", "sys") matches most of 100,000 partners or a
# million deals. bm25 therefore ranks the first RANK_WINDOW matches (in index order): exact for the selective
# queries a user types to find something, bounded for broad ones (the list shows 6 per kind either way).
RANK_WINDOW = 300
_WORD = re.compile(r"\w+", re.UNICODE)

# Same expressions as the triggers of revision 0002 (used by `rebuild`).
_SOURCES: dict[str, tuple[str, str, str]] = {
    "partner": (
        "partners",
        "s.legal_name",
        "coalesce(s.name_norm, '') || ' ' || coalesce(s.city, '') || ' ' || coalesce(s.web_domain, '')"
        " || ' ' || coalesce(s.email, '') || ' ' || coalesce(s.country, '')",
    ),
    "contact": (
        "contacts",
        "trim(coalesce(s.first_name, '') || ' ' || s.last_name)",
        "coalesce(s.email, '') || ' ' || coalesce(s.job_title, '') || ' ' || coalesce(s.phone, '')",
    ),
    "deal": (
        "deal_registrations",
        "s.title",
        "s.customer_name || ' ' || coalesce(s.customer_domain, '') || ' ' || coalesce(s.customer_email, '')",
    ),
    "claim": (
        "mdf_claims",
        "coalesce((SELECT q.title FROM mdf_requests AS q WHERE q.id = s.request_id), '')",
        "coalesce(s.summary, '')",
    ),
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: str  # partner | contact | deal | claim
    row_id: str
    partner_id: str | None
    title: str
    partner_name: str | None  # the owning partner's legal name (context line); None for partners themselves


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed: every word must match as a prefix, in title or body.
    None when there is nothing searchable (only punctuation)."""
    words = _WORD.findall(query.casefold())[:MAX_TERMS]
    if not words:
        return None
    terms = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
    return "{title body}: (" + terms + ")"


def is_available(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'")).first()
    return found is not None


def search(engine: Engine, query: str, *, per_entity: int = 6) -> list[SearchHit]:
    """Best matches per entity (partners first, then contacts, deals, claims), at most `per_entity` each.

    Each entity is its own small query (``kind : deal AND ...``: FTS5 intersects the doclists) so a common prefix
    over a million deals never delays the partners. From RANK_FROM_CHARS typed characters on, matches are ranked
    by bm25 with the title weighted over the body."""
    expression = match_expression(query)
    if expression is None or per_entity <= 0:
        return []
    hits: list[SearchHit] = []
    with engine.connect() as conn:
        if not is_available(conn):
            return []
        ranked = sum(len(w) for w in _WORD.findall(query)) >= RANK_FROM_CHARS
        # Short queries: matches in the title (name) first, then the other fields fill up what is left.
        passes = [expression] if ranked else [expression.replace("{title body}", "title"), expression]
        if ranked:
            matches = (
                "SELECT docid, title, score FROM (SELECT rowid AS docid, title,"
                " bm25(search_fts, 0.0, 10.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH :q"
                f" LIMIT {RANK_WINDOW}) ORDER BY score LIMIT :n"
            )
            order = " ORDER BY f.score"
        else:
            matches = "SELECT rowid AS docid, title FROM search_fts WHERE search_fts MATCH :q LIMIT :n"
            order = ""
        for entity in ENTITIES:
            seen: set[str] = set()
            for expr in passes:
                if len(seen) >= per_entity:
                    break
                rows = conn.execute(
                    text(
                        f"SELECT d.row_id, d.partner_id, f.title, p.legal_name FROM ({matches}) AS f"
                        " JOIN search_docs AS d ON d.docid = f.docid"
                        " LEFT JOIN partners AS p ON p.id = d.partner_id AND d.entity <> 'partner'" + order
                    ),
                    {"q": f"kind : {entity} AND {expr}", "n": per_entity + len(seen)},
                )
                for r in rows:
                    if r[0] not in seen and len(seen) < per_entity:
                        seen.add(r[0])
                        hits.append(SearchHit(entity, r[0], r[1], r[2], r[3]))
    return hits


def rebuild(engine: Engine) -> int:
    """Re-create the index contents from the source tables (e.g. after a bulk load with triggers off).
    Returns the number of indexed rows; 0 where there is no index (PostgreSQL)."""
    with engine.begin() as conn:
        return rebuild_in(conn)


def rebuild_in(conn: Connection) -> int:
    """`rebuild` in the caller's transaction. Each source table is read in its insertion (rowid) order, so
    the rows of one kind keep the relative docid order the triggers give them (the unranked short queries
    list matches in docid order)."""
    if not is_available(conn):
        return 0
    conn.execute(text("DELETE FROM search_fts"))
    conn.execute(text("DELETE FROM search_docs"))
    for entity, (table, title, body) in _SOURCES.items():
        conn.execute(
            text(
                f"INSERT INTO search_docs (entity, row_id, partner_id) SELECT :e, s.id, s.partner_id"
                f" FROM {table} AS s WHERE s.deleted_at IS NULL ORDER BY s.rowid"
            ),
            {"e": entity},
        )
        conn.execute(
            text(
                f"INSERT INTO search_fts (rowid, kind, title, body) SELECT d.docid, :e, {title}, {body}"
                f" FROM search_docs AS d JOIN {table} AS s ON s.id = d.row_id WHERE d.entity = :e"
                " ORDER BY d.docid"
            ),
            {"e": entity},
        )
    return int(conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one())


# The triggers of revision 0002 that keep the index current (see workbench.db.derived).
TRIGGERS: frozenset[str] = frozenset(
    [f"search_{table}_{event}" for table, _title, _body in _SOURCES.values() for event in ("ai", "ad", "au")]
    + ["search_mdf_requests_title"]
)
register(Derived("search", ("search_docs", "search_fts"), TRIGGERS, rebuild_in))


def indexed_count(engine: Engine) -> int:
    with engine.connect() as conn:
        if not is_available(conn):
            return 0
        return int(conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one())
