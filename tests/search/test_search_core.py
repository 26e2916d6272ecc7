"""workbench.search: the FTS5 index kept current by triggers, status counts, the conflicts inbox, tier
compliance and activity reads, on an Alembic-migrated encrypted replica."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from workbench.db.outbox import OpState, OutboxOp, SyncConflict
from workbench.demo import DemoSizes, seed_demo
from workbench.errors import NotFound
from workbench.partners.commands import add_contact, create_partner, soft_delete_partner, update_partner
from workbench.partners.queries import get_partner, list_partner_ids
from workbench.partners.types import ContactInput, PartnerInput
from workbench.search import activity, conflicts, fts, lookups, status
from workbench.search.compliance import Gap, PartnerFigures, TierRequirement, compute_compliance, partner_compliance
from workbench.security.roles import Actor, Role

CM = Actor(user_id="cm-test", role=Role.CHANNEL_MANAGER, device_id="dev-1")


@pytest.fixture
def seeded(replica_engine: Engine) -> Engine:
    seed_demo(replica_engine, DemoSizes(partners=40, deals=200, training_events=200, mdf_requests=30))
    return replica_engine


def _program(engine: Engine) -> str:
    return lookups.filter_choices(engine).programs[0].id


def test_demo_seed_is_indexed_by_the_triggers(seeded: Engine) -> None:
    with seeded.connect() as conn:
        partners = conn.execute(text("SELECT count(*) FROM partners WHERE deleted_at IS NULL")).scalar_one()
        contacts = conn.execute(text("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")).scalar_one()
        deals = conn.execute(text("SELECT count(*) FROM deal_registrations WHERE deleted_at IS NULL")).scalar_one()
        claims = conn.execute(text("SELECT count(*) FROM mdf_claims WHERE deleted_at IS NULL")).scalar_one()
    assert fts.indexed_count(seeded) == partners + contacts + deals + claims
    assert fts.rebuild(seeded) == partners + contacts + deals + claims
    name = get_partner(seeded, list_partner_ids(seeded, limit=1)[0]).legal_name
    hits = fts.search(seeded, name.split()[0][:2])
    assert any(h.entity == "partner" for h in hits)


def test_write_path_keeps_the_index_current(seeded: Engine) -> None:
    partner = create_partner(
        seeded, CM, PartnerInput(legal_name="Zyxwort Müller GmbH", partner_type="reseller", program_id=_program(seeded))
    )
    for typed in ("zyx", "Zyxw", "muller", "müll", "mueller", "zyxwort mul"):
        hits = [h for h in fts.search(seeded, typed) if h.entity == "partner"]
        assert [h.row_id for h in hits] == [partner.id], typed
    contact = add_contact(seeded, CM, ContactInput(partner_id=partner.id, last_name="Qwertzberg", first_name="Ada"))
    hit = next(h for h in fts.search(seeded, "qwertz") if h.entity == "contact")
    assert (hit.row_id, hit.partner_id, hit.partner_name, hit.title) == (
        contact.id,
        partner.id,
        "Zyxwort Müller GmbH",
        "Ada Qwertzberg",
    )
    update_partner(seeded, CM, partner.id, {"legal_name": "Plumbix AG"})
    assert not [h for h in fts.search(seeded, "zyxwort") if h.entity == "partner"]
    assert [h.row_id for h in fts.search(seeded, "plumbix") if h.entity == "partner"] == [partner.id]
    soft_delete_partner(seeded, CM, partner.id)
    assert not [h for h in fts.search(seeded, "plumbix") if h.entity == "partner"]


def test_match_expression_quotes_user_input() -> None:
    assert fts.match_expression('  "a" OR b* ') == '{title body}: ("a"* "or"* "b"*)'
    assert fts.match_expression("!!!") is None
    assert fts.match_expression("") is None


def test_inbox_helpers_write_what_the_sync_client_reads(seeded: Engine) -> None:
    """record_conflict / mark_rejected (demo screenshots, UI tests) write conflicts and rejections the way the
    sync client does; row_titles names the records from the search index. (Reading and answering them is
    sync.client.status, tested in tests/sync/client and tests/ui.)"""
    partner = create_partner(
        seeded, CM, PartnerInput(legal_name="Status Test", partner_type="agency", program_id=_program(seeded))
    )
    op_id = conflicts.ops_for_row(seeded, partner.id)[0]
    conflicts.mark_rejected(seeded, op_id, "no_access", "city")
    conflict_id = conflicts.record_conflict(
        seeded, op_id=op_id, entity="partners", row_id=partner.id, field="city", base=None, mine="Köln", theirs="Bonn"
    )
    with Session(seeded) as s:
        op = s.get(OutboxOp, op_id)
        assert op is not None and op.state == OpState.REJECTED and op.result_code == "no_access"
        assert json.loads(op.result_detail or "{}")["field"] == "city"
        assert s.get(SyncConflict, conflict_id) is not None
    assert conflicts.row_titles(seeded, [partner.id, "nope"]) == {partner.id: "Status Test"}
    with pytest.raises(NotFound):
        conflicts.mark_rejected(seeded, "nope", "no_access")
    assert status.desktop_actor(seeded).role == Role.CHANNEL_MANAGER


TIERS = [
    TierRequirement("t0", "Registered", 0, 0, 0, 0),
    TierRequirement("t1", "Silver", 1, 2, 100_000_00, 3),
    TierRequirement("t2", "Gold", 2, 5, 500_000_00, 10),
]


def test_compliance_shows_what_is_missing_for_the_next_tier() -> None:
    figures = PartnerFigures(certified_people=3, revenue_12m_minor=120_000_00, active_deals=4, currency="EUR")
    result = compute_compliance(TIERS, "t1", figures)
    assert result.current_tier is not None and result.current_tier.name == "Silver"
    assert result.next_tier is not None and result.next_tier.name == "Gold"
    assert result.meets_current and not result.ready_for_next
    assert [(g.requirement, g.missing) for g in result.next_gaps] == [
        ("certified_people", 2),
        ("revenue_12m", 380_000_00),
        ("active_deals", 6),
    ]
    top = compute_compliance(TIERS, "t2", figures)
    assert top.next_tier is None and not top.meets_current and not top.ready_for_next
    untiered = compute_compliance(TIERS, None, figures)
    assert untiered.next_tier is not None and untiered.next_tier.name == "Registered" and untiered.ready_for_next
    assert Gap("x", 5, 3).missing == 0


def test_partner_compliance_and_activity_on_demo_data(seeded: Engine) -> None:
    pid = list_partner_ids(seeded, limit=1)[0]
    result = partner_compliance(seeded, pid, today=date(2026, 11, 26))
    assert result.figures.currency == "EUR" and result.figures.revenue_12m_minor >= 0
    assert len(result.next_gaps) in (0, 3)
    update_partner(seeded, CM, pid, {"city": "Trier"})
    audit = activity.partner_audit(seeded, pid)
    assert audit[0].changes["city"][1] == "Trier" and audit[0].partner_id == pid
    assert activity.recent_activity(seeded, limit=5)[0].seq == audit[0].seq
    assert isinstance(activity.partner_timeline(seeded, pid), list)
    board = activity.dashboard(seeded)
    assert board.partners == 40 and sum(board.deals_by_status.values()) == 200
    with pytest.raises(NotFound):
        partner_compliance(seeded, "nope")
    assert Decimal(1)  # money stays Decimal/int throughout


def test_desktop_actor_reads_the_sync_clients_meta_keys(replica_engine: Engine) -> None:
    from workbench.db.outbox import ReplicaMeta

    with Session(replica_engine) as s, s.begin():
        for key, value in {
            "last_sync": "2026-11-26T18:00:00+00:00",
            "user_id": "u-7",
            "role": "partner_admin",
            "partner_id": "p-1",
            "display_name": "Pat",
            "device_id": "d-9",
        }.items():
            s.add(ReplicaMeta(key=key, value=value))
    actor = status.desktop_actor(replica_engine)
    assert (actor.user_id, actor.role, actor.partner_id, actor.device_id) == ("u-7", Role.PARTNER_ADMIN, "p-1", "d-9")


def test_short_queries_show_name_matches_before_other_fields(seeded: Engine) -> None:
    program = _program(seeded)
    by_city = create_partner(
        seeded, CM, PartnerInput(legal_name="Alpha AG", partner_type="agency", program_id=program, city="Qxstadt")
    )
    by_name = create_partner(
        seeded, CM, PartnerInput(legal_name="Qxberg AG", partner_type="agency", program_id=program)
    )
    hits = [h.row_id for h in fts.search(seeded, "qx") if h.entity == "partner"]
    assert hits == [by_name.id, by_city.id]


def test_ranked_queries_rank_within_a_bounded_window(seeded: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """From three typed characters bm25 ranks (a title match before a body match); a prefix with more matches than
    RANK_WINDOW ranks the first RANK_WINDOW of them and still fills the list."""
    program = _program(seeded)
    in_body = create_partner(
        seeded, CM, PartnerInput(legal_name="Beta AG", partner_type="agency", program_id=program, city="Wqzdorf")
    )
    in_title = create_partner(
        seeded, CM, PartnerInput(legal_name="Wqzhaus AG", partner_type="agency", program_id=program)
    )
    assert [h.row_id for h in fts.search(seeded, "wqz") if h.entity == "partner"] == [in_title.id, in_body.id]
    monkeypatch.setattr(fts, "RANK_WINDOW", 3)
    broad = [h for h in fts.search(seeded, "gmbh", per_entity=6) if h.entity == "partner"]
    with seeded.connect() as conn:
        matching = conn.execute(
            text(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'kind : partner AND {title body}: (\"gmbh\"*)'"
            )
        ).scalar_one()
    assert matching > 3 and len(broad) == 3  # ranked within the window of 3
    monkeypatch.setattr(fts, "RANK_WINDOW", 300)
    assert len([h for h in fts.search(seeded, "gmbh", per_entity=6) if h.entity == "partner"]) == min(6, matching)


def test_filter_choices_match_a_plain_distinct(seeded: Engine) -> None:
    """The skip-scan queries give exactly the distinct live values (deleted partners and attributes left out)."""
    program = _program(seeded)
    only = create_partner(
        seeded, CM, PartnerInput(legal_name="Solo AG", partner_type="agency", program_id=program, owner_id="cm-zz-solo")
    )
    assert "cm-zz-solo" in lookups.filter_choices(seeded).owners
    soft_delete_partner(seeded, CM, only.id)
    choices = lookups.filter_choices(seeded)
    with seeded.connect() as conn:
        owners = conn.execute(
            text("SELECT DISTINCT owner_id FROM partners WHERE owner_id IS NOT NULL AND deleted_at IS NULL ORDER BY 1")
        ).scalars()
        assert choices.owners == tuple(owners)
        for kind, got in (("segment", choices.segments), ("region", choices.regions)):
            values = conn.execute(
                text("SELECT DISTINCT value FROM partner_attributes WHERE kind = :k AND deleted_at IS NULL ORDER BY 1"),
                {"k": kind},
            ).scalars()
            assert got == tuple(values) and got
    assert "cm-zz-solo" not in choices.owners


def test_an_update_reindexes_only_when_an_indexed_value_changed(seeded: Engine) -> None:
    """The pull apply rewrites every column of a row it has: a rewrite with the same searchable values (or a
    status change) leaves the index entry and its docid alone; a changed title re-indexes the row."""

    def entry(deal_id: str) -> tuple[int, str]:
        with seeded.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT d.docid, f.title FROM search_docs AS d JOIN search_fts AS f ON f.rowid = d.docid"
                    " WHERE d.row_id = :id"
                ),
                {"id": deal_id},
            ).one()
        return int(row[0]), str(row[1])

    with seeded.connect() as conn:
        deal_id, title, status_ = conn.execute(
            text("SELECT id, title, status FROM deal_registrations WHERE deleted_at IS NULL LIMIT 1")
        ).one()
    docid = entry(deal_id)[0]
    with seeded.begin() as conn:  # every indexed column set to its own value, and the status changed
        conn.execute(
            text(
                "UPDATE deal_registrations SET title = title, customer_name = customer_name,"
                " customer_domain = customer_domain, customer_email = customer_email, partner_id = partner_id,"
                " deleted_at = deleted_at, status = :s WHERE id = :id"
            ),
            {"id": deal_id, "s": "lost" if status_ != "lost" else "won"},
        )
    assert entry(deal_id) == (docid, title)
    with seeded.begin() as conn:
        conn.execute(text("UPDATE deal_registrations SET title = 'Quuxbridge rollout' WHERE id = :id"), {"id": deal_id})
    new_docid, new_title = entry(deal_id)
    assert new_title == "Quuxbridge rollout" and new_docid != docid
    assert [h.row_id for h in fts.search(seeded, "quuxbridge") if h.entity == "deal"] == [deal_id]
    with seeded.begin() as conn:  # a deletion through the same trigger takes the row out
        conn.execute(text("UPDATE deal_registrations SET deleted_at = created_at WHERE id = :id"), {"id": deal_id})
    assert [h for h in fts.search(seeded, "quuxbridge") if h.entity == "deal"] == []
