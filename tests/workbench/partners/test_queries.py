"""The partner list: filters, sorting, paging, umlaut-insensitive name search, soft-deleted rows hidden."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, text

from workbench.errors import UserError
from workbench.partners import commands as cmd
from workbench.partners import queries as q
from workbench.partners.normalize import alt, fold, plain
from workbench.partners.types import PartnerInput, PartnerRow
from workbench.programs.models import Program, TierLevel
from workbench.security.roles import Actor

NAMES = {
    "mueller": ("Müller Systemhaus GmbH", "DE", "Gold", "cm-1", ("smb",)),
    "mueller2": ("Mueller Consulting", "AT", None, "cm-2", ("enterprise",)),
    "muller": ("Muller & Söhne SARL", "FR", "Silver", "cm-1", ()),
    "oeko": ("Öko Data AG", "CH", "Platinum", None, ("smb", "public")),
    "strasse": ("Straßenbau IT KG", "DE", "Silver", "cm-2", ()),
    "alpha": ("alpha 100% Cloud_Partner", "DE", None, "cm-1", ()),
}


@pytest.fixture
def partners(engine: Engine, vendor: Actor, program: Program, tiers: dict[str, TierLevel]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for key, (name, country, tier, owner, segments) in NAMES.items():
        pid = cmd.create_partner(
            engine,
            vendor,
            PartnerInput(
                legal_name=name,
                partner_type="reseller",
                program_id=program.id,
                country=country,
                tier_id=tiers[tier].id if tier else None,
                owner_id=owner,
            ),
        ).id
        if segments:
            cmd.set_attributes(engine, vendor, pid, "segment", segments)
        ids[key] = pid
    cmd.set_attributes(engine, vendor, ids["oeko"], "region", ["DACH"])
    cmd.set_partner_status(engine, vendor, ids["oeko"], "onboarding")
    return ids


def names(rows: list[PartnerRow]) -> list[str]:
    return [r.legal_name for r in rows]


def test_fold_and_plain() -> None:
    assert fold("  Müller   Systemhaus GmbH ") == "mueller systemhaus gmbh"
    assert plain("Müller Systemhaus GmbH") == "muller systemhaus gmbh"
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("Mu\u0308ller") == fold("Müller")  # decomposed input (macOS) folds the same
    assert fold("Crème Brûlée") == plain("Crème Brûlée") == "creme brulee"
    assert fold("Ærø") == "aeroe" and plain("Ærø") == "aero"
    assert alt("Müller GmbH") == "muller gmbh" and alt("Muller GmbH") is None


@pytest.mark.parametrize("query", ["muller", "müller", "MÜLLER", "mueller", "Müller Sys", "systemhaus"])
def test_umlaut_name_is_found_every_way(engine: Engine, partners: dict[str, str], query: str) -> None:
    assert "Müller Systemhaus GmbH" in names(q.list_partners(engine, name_filter=query))


def test_name_filter_semantics(engine: Engine, partners: dict[str, str]) -> None:
    assert names(q.list_partners(engine, name_filter="muller")) == ["Müller Systemhaus GmbH", "Muller & Söhne SARL"]
    # A query with umlauts is spelt out: it finds "Mueller" but not the dotless "Muller".
    assert names(q.list_partners(engine, name_filter="müller")) == ["Mueller Consulting", "Müller Systemhaus GmbH"]
    assert names(q.list_partners(engine, name_filter="mueller")) == ["Mueller Consulting", "Müller Systemhaus GmbH"]
    assert names(q.list_partners(engine, name_filter="strasse")) == ["Straßenbau IT KG"]
    assert names(q.list_partners(engine, name_filter="straße")) == ["Straßenbau IT KG"]
    assert names(q.list_partners(engine, name_filter="oko")) == ["Öko Data AG"]
    assert names(q.list_partners(engine, name_filter="söhne")) == ["Muller & Söhne SARL"]
    # LIKE wildcards in the query are literal characters.
    assert names(q.list_partners(engine, name_filter="100%")) == ["alpha 100% Cloud_Partner"]
    assert names(q.list_partners(engine, name_filter="o_d")) == []  # "_" would match the "u" of "cloud"
    assert names(q.list_partners(engine, name_filter="%")) == ["alpha 100% Cloud_Partner"]
    assert len(q.list_partners(engine, name_filter="   ")) == len(NAMES)
    assert q.count_partners(engine, name_filter="MÜLLER") == 2
    assert q.count_partners(engine, name_filter="Muller") == 2


def test_sort_by_name_is_case_and_accent_insensitive(engine: Engine, partners: dict[str, str]) -> None:
    assert names(q.list_partners(engine)) == [
        "alpha 100% Cloud_Partner",
        "Mueller Consulting",
        "Müller Systemhaus GmbH",
        "Muller & Söhne SARL",
        "Öko Data AG",
        "Straßenbau IT KG",
    ]
    assert names(q.list_partners(engine, descending=True))[0] == "Straßenbau IT KG"


def test_other_sorts(engine: Engine, partners: dict[str, str]) -> None:
    assert [r.country for r in q.list_partners(engine, sort="country")] == ["AT", "CH", "DE", "DE", "DE", "FR"]
    by_tier = q.list_partners(engine, sort="tier", descending=True)
    assert [r.tier_name for r in by_tier] == ["Platinum", "Gold", "Silver", "Silver", None, None]
    created = q.list_partners(engine, sort="created")
    assert [r.id for r in created] == [partners[k] for k in NAMES]
    with pytest.raises(UserError) as exc:
        q.list_partners(engine, sort="colour")
    assert exc.value.code == "invalid_choice"


def test_filters(engine: Engine, partners: dict[str, str], tiers: dict[str, TierLevel]) -> None:
    assert names(q.list_partners(engine, country="de")) == [
        "alpha 100% Cloud_Partner",
        "Müller Systemhaus GmbH",
        "Straßenbau IT KG",
    ]
    assert names(q.list_partners(engine, tier_id=tiers["Silver"].id)) == ["Muller & Söhne SARL", "Straßenbau IT KG"]
    assert names(q.list_partners(engine, segment="smb")) == ["Müller Systemhaus GmbH", "Öko Data AG"]
    assert names(q.list_partners(engine, region="DACH")) == ["Öko Data AG"]
    assert names(q.list_partners(engine, owner_id="cm-2")) == ["Mueller Consulting", "Straßenbau IT KG"]
    assert names(q.list_partners(engine, status="onboarding")) == ["Öko Data AG"]
    assert names(q.list_partners(engine, owner_id="cm-1", country="DE", name_filter="müll")) == [
        "Müller Systemhaus GmbH"
    ]
    assert q.count_partners(engine, segment="smb", country="CH") == 1
    with pytest.raises(UserError):
        q.list_partners(engine, status="sleeping")


def test_removed_attribute_no_longer_matches(engine: Engine, vendor: Actor, partners: dict[str, str]) -> None:
    cmd.set_attributes(engine, vendor, partners["oeko"], "segment", ["public"])
    assert names(q.list_partners(engine, segment="smb")) == ["Müller Systemhaus GmbH"]


def test_paging_ids_and_rows_by_ids(engine: Engine, vendor: Actor, partners: dict[str, str]) -> None:
    all_ids = q.list_partner_ids(engine)
    assert len(all_ids) == q.count_partners(engine) == len(NAMES)
    assert [r.id for r in q.list_partners(engine, offset=2, limit=3)] == all_ids[2:5]
    assert q.list_partner_ids(engine, offset=4, limit=10) == all_ids[4:]
    wanted = [all_ids[3], all_ids[0], "unknown", all_ids[5]]
    assert [r.id for r in q.partners_by_ids(engine, wanted)] == [all_ids[3], all_ids[0], all_ids[5]]
    row = q.partners_by_ids(engine, [partners["mueller"]])[0]
    assert (row.legal_name, row.partner_type, row.tier_name, row.country, row.status, row.owner_id) == (
        "Müller Systemhaus GmbH",
        "reseller",
        "Gold",
        "DE",
        "prospect",
        "cm-1",
    )
    cmd.soft_delete_partner(engine, vendor, partners["mueller"])
    assert partners["mueller"] not in q.list_partner_ids(engine)
    assert q.count_partners(engine, name_filter="müller") == 1  # Mueller Consulting
    with pytest.raises(UserError):
        q.list_partners(engine, limit=0)
    with pytest.raises(UserError):
        q.list_partners(engine, offset=-1)


def test_list_query_uses_the_live_name_index(engine: Engine, partners: dict[str, str]) -> None:
    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    from workbench.partners.models import Partner

    conds = q._conditions(
        name_filter="müller",
        tier_id=None,
        country=None,
        segment=None,
        region=None,
        competency=None,
        owner_id=None,
        status=None,
    )
    stmt = q._ordered(select(Partner.id).where(*conds), "name", False).limit(200)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "COVERING INDEX ix_partners_live_name" in plan
    assert "TEMP B-TREE" not in plan


def test_dates_round_trip(engine: Engine, vendor: Actor, partners: dict[str, str]) -> None:
    cmd.set_partner_status(engine, vendor, partners["oeko"], "active")
    approved = q.get_partner(engine, partners["oeko"]).approved_on
    assert isinstance(approved, date)
