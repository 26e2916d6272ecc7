"""The search index's FTS5 options (revision 0002: `detail = column, columnsize = 0`, cheaper inserts) give the
same hits in the same order as a full-detail index with stored column sizes and the default merge setting, and
bm25 still ranks."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine, text

from workbench.demo import DemoSizes, seed_demo
from workbench.partners.commands import create_partner
from workbench.partners.types import PartnerInput
from workbench.search import fts, lookups
from workbench.security.roles import Actor, Role

CM = Actor(user_id="cm-test", role=Role.CHANNEL_MANAGER, device_id="dev-1")
FULL_DETAIL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(kind, title, body,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


@pytest.fixture
def seeded(replica_engine: Engine) -> Engine:
    seed_demo(replica_engine, DemoSizes(partners=60, deals=400, training_events=0, mdf_requests=30))
    return replica_engine


def _queries(engine: Engine) -> list[str]:
    """Every prefix of a spread of indexed words (1-2 characters: unranked, 3+: bm25) and two-word queries."""
    with engine.connect() as conn:
        texts = [r[0] for r in conn.execute(text("SELECT title || ' ' || body FROM search_fts ORDER BY rowid"))]
    words = sorted({w for t in texts for w in re.findall(r"\w+", t.casefold()) if len(w) >= 3})
    spread = words[:: max(1, len(words) // 60)]
    queries = {w[:i] for w in spread for i in range(1, len(w) + 1)}
    queries |= {f"{a} {b[:3]}" for a, b in zip(spread, reversed(spread), strict=True)}
    return sorted(queries)


def _results(engine: Engine, queries: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    return {q: [(h.entity, h.row_id, h.title) for h in fts.search(engine, q)] for q in queries}


def test_index_without_positions_and_sizes_ranks_like_full_detail(seeded: Engine) -> None:
    with seeded.connect() as conn:
        created = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar_one()
        automerge = conn.execute(text("SELECT v FROM search_fts_config WHERE k = 'automerge'")).scalar_one()
    assert "detail = column" in created and "columnsize = 0" in created
    assert automerge == 16
    queries = _queries(seeded)
    fts.rebuild(seeded)  # docids in per-kind source order, as the rebuild of the full-detail index below gives them
    ours = _results(seeded, queries)
    with seeded.begin() as conn:
        assert conn.execute(text("SELECT v FROM search_fts_config WHERE k = 'automerge'")).scalar_one() == 16
        conn.execute(text("DROP TABLE search_fts"))
        conn.execute(text(FULL_DETAIL))
        fts.rebuild_in(conn)
    assert _results(seeded, queries) == ours
    # the comparison is not vacuous: ranked queries with more matches than are shown, for every kind
    assert len(queries) > 200
    full_lists = {e for q, hits in ours.items() if len(q) >= 3 for e, *_ in hits if len(hits) >= 12}
    assert full_lists >= {"partner", "deal"}


def test_bm25_ranks_shorter_title_first_without_stored_sizes(replica_engine: Engine) -> None:
    """With `columnsize = 0` bm25 takes each ranked row's length from its text: a one-word match in a short
    name outranks the same word in a long one, whatever the index order."""
    seed_demo(replica_engine, DemoSizes(partners=2, deals=0, training_events=0, mdf_requests=0))
    program = lookups.filter_choices(replica_engine).programs[0].id
    long_name = create_partner(
        replica_engine,
        CM,
        PartnerInput(
            legal_name="Zorblax Data Systems Consulting International Holding GmbH",
            partner_type="reseller",
            program_id=program,
        ),
    )
    short_name = create_partner(
        replica_engine, CM, PartnerInput(legal_name="Zorblax AG", partner_type="reseller", program_id=program)
    )
    ours = {long_name.id, short_name.id}
    ranked = [h.row_id for h in fts.search(replica_engine, "zorbl") if h.entity == "partner"]
    assert ranked == [short_name.id, long_name.id]
    unranked = [h.row_id for h in fts.search(replica_engine, "zo") if h.row_id in ours]
    assert unranked == [long_name.id, short_name.id]  # below 3 characters: index order
