"""Duplicate / conflict check: rules, explanation, priority and non-disclosure."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine

from tests.workbench.deals.conftest import World
from tests.workbench.dupcheck.helpers import VENDOR, at, frozen, make_deal, partner_actor
from workbench.deals import commands as dc
from workbench.deals.duplicates import (
    DuplicateCandidate,
    DuplicateMatch,
    MatchRule,
    Priority,
    VendorDuplicateMatch,
    candidate_for_deal,
    customer_domains,
    find_duplicates,
    find_duplicates_of_deal,
)
from workbench.deals.types import DealStatus
from workbench.errors import PermissionDenied, UserError


def _cand(world: World, name: str, products: list[str], **kw: str) -> DuplicateCandidate:
    return DuplicateCandidate(customer_name=name, product_ids=tuple(products), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "typed",
    ["Müller Systemhaus GmbH", "MUELLER SYSTEMHAUS", "müller systemhaus ag", "Mueller-Systemhaus, Inc.", "Muller"],
)
def test_name_folding_with_legal_forms(engine: Engine, world: World, typed: str) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    found = find_duplicates(engine, VENDOR, _cand(world, typed, [world.product_1]))
    if typed == "Muller":
        assert found == []  # a different name ("muller" != "mueller systemhaus")
    else:
        assert len(found) == 1
        assert found[0].rules == (MatchRule.NAME,)
        assert found[0].matched_name == "mueller systemhaus" and found[0].matched_domain is None


def test_same_domain_different_name(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1], customer="ACME Ltd.", domain="acme.com")
    by_web = find_duplicates(
        engine, VENDOR, _cand(world, "Acme Europe", [world.product_1], customer_domain="www.acme.com")
    )
    assert [m.rules for m in by_web] == [(MatchRule.DOMAIN,)]
    assert by_web[0].matched_domain == "acme.com" and by_web[0].matched_name is None
    by_mail = find_duplicates(
        engine, VENDOR, _cand(world, "Acme Europe", [world.product_1], customer_email="jane@ACME.com")
    )
    assert [m.rules for m in by_mail] == [(MatchRule.DOMAIN,)]


def test_name_and_domain_both_reported(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1], customer="Acme GmbH", domain="acme.de")
    found = find_duplicates(engine, VENDOR, _cand(world, "ACME AG", [world.product_1], customer_domain="acme.de"))
    assert found[0].rules == (MatchRule.NAME, MatchRule.DOMAIN)


@pytest.mark.parametrize("public", ["gmail.com", "web.de", "gmx.de", "outlook.com"])
def test_public_mail_domains_never_count(engine: Engine, world: World, public: str) -> None:
    make_deal(
        engine, world.partner_a, world.program_id, [world.product_1], customer="Bäckerei Huber", email=f"a@{public}"
    )
    cand = _cand(world, "Schreinerei Maier", [world.product_1], customer_email=f"b@{public}", customer_domain=public)
    assert find_duplicates(engine, VENDOR, cand) == []
    assert customer_domains(public, f"x@{public}") == ()


def test_no_product_in_common_is_no_duplicate(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    assert find_duplicates(engine, VENDOR, _cand(world, "Müller Systemhaus", [world.product_2])) == []
    assert find_duplicates(engine, VENDOR, _cand(world, "Müller Systemhaus", [])) == []
    both = find_duplicates(engine, VENDOR, _cand(world, "Müller Systemhaus", [world.product_2, world.product_1]))
    assert [p.sku for p in both[0].common_products] == ["SRV-1"]


def test_products_in_common_listed(engine: Engine, world: World) -> None:
    make_deal(engine, world.partner_a, world.program_id, [world.product_1, world.product_2])
    found = find_duplicates(engine, VENDOR, _cand(world, "Müller Systemhaus", [world.product_1, world.product_2]))
    assert sorted(p.sku for p in found[0].common_products) == ["LIC-1", "SRV-1"]


def test_drafts_and_closed_deals_ignored(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    p = [world.product_1]
    make_deal(engine, world.partner_a, world.program_id, p, submit=False)  # draft
    withdrawn = make_deal(engine, world.partner_a, world.program_id, p)
    dc.withdraw_deal(engine, partner_actor(world.partner_a), withdrawn.id)
    rejected = make_deal(engine, world.partner_a, world.program_id, p)
    dc.reject_deal(engine, VENDOR, rejected.id, "duplicate")
    won = make_deal(engine, world.partner_a, world.program_id, p)
    dc.approve_deal(engine, VENDOR, won.id)
    dc.win_deal(engine, VENDOR, won.id, __import__("decimal").Decimal("5"))
    lost = make_deal(engine, world.partner_a, world.program_id, p)
    dc.approve_deal(engine, VENDOR, lost.id)
    dc.lose_deal(engine, VENDOR, lost.id)
    assert find_duplicates(engine, VENDOR, _cand(world, "Müller Systemhaus", p)) == []


def test_approved_counts_until_protection_runs_out(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    approved = dc.approve_deal(engine, VENDOR, deal.id)
    assert approved.protection_until is not None
    cand = _cand(world, "Müller Systemhaus", [world.product_1])
    assert len(find_duplicates(engine, VENDOR, cand, today=approved.protection_until)) == 1
    assert find_duplicates(engine, VENDOR, cand, today=approved.protection_until + timedelta(days=1)) == []
    later = approved.protection_until + timedelta(days=1)
    with frozen(monkeypatch, at(later)):
        dc.expire_deal(engine, VENDOR, deal.id)
    assert find_duplicates(engine, VENDOR, cand) == []


def test_soft_deleted_products_do_not_count(engine: Engine, world: World) -> None:
    deal = make_deal(engine, world.partner_a, world.program_id, [world.product_1], submit=False)
    from workbench.deals.types import DealProductInput

    dc.set_deal_products(engine, partner_actor(world.partner_a), deal.id, [DealProductInput(world.product_2)])
    dc.submit_deal(engine, partner_actor(world.partner_a), deal.id)
    assert find_duplicates(engine, VENDOR, _cand(world, "Müller Systemhaus", [world.product_1])) == []


def test_first_to_register_by_server_receipt_time(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    d0 = date(2026, 3, 2)
    # B submits locally first (provisional) but reaches the server after A.
    with frozen(monkeypatch, at(d0, 8)):
        b = make_deal(engine, world.partner_b, world.program_id, [world.product_1], server=False)
    with frozen(monkeypatch, at(d0, 9)):
        a = make_deal(engine, world.partner_a, world.program_id, [world.product_1], server=True)
    # The server receives B's submission at 10:00 (simulated: resubmitted server-side stamp).
    with frozen(monkeypatch, at(d0, 10)):
        dc.request_deal_info(engine, VENDOR, b.id, replica=False)
        dc.submit_deal(engine, partner_actor(world.partner_b), b.id, replica=False)
    for_a = find_duplicates_of_deal(engine, partner_actor(world.partner_a), a.id, today=d0)
    for_b = find_duplicates_of_deal(engine, partner_actor(world.partner_b), b.id, today=d0)
    assert [m.priority for m in for_a] == [Priority.CANDIDATE_FIRST]
    assert [m.priority for m in for_b] == [Priority.OTHER_FIRST]
    assert for_b[0].other_confirmed is True
    assert for_b[0].other_registered_at == at(d0, 9)
    # A brand-new registration (not yet submitted) comes after every open one.
    new = find_duplicates(
        engine, partner_actor(world.partner_a), _cand(world, "Müller Systemhaus", [world.product_1]), today=d0
    )
    assert [m.priority for m in new] == [Priority.OTHER_FIRST, Priority.OTHER_FIRST]


def test_provisional_falls_back_to_submitted_at(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    d0 = date(2026, 3, 2)
    with frozen(monkeypatch, at(d0, 8)):
        a = make_deal(engine, world.partner_a, world.program_id, [world.product_1], server=False)
    with frozen(monkeypatch, at(d0, 9)):
        b = make_deal(engine, world.partner_a, world.program_id, [world.product_1], server=False)
    assert a.provisional and b.provisional
    found = find_duplicates_of_deal(engine, VENDOR, b.id, today=d0)
    assert len(found) == 1 and found[0].other_deal_id == a.id
    assert found[0].other_confirmed is False
    assert found[0].other_registered_at == at(d0, 8)
    assert found[0].priority == Priority.OTHER_FIRST


def test_partner_role_never_sees_competitor_identity(engine: Engine, world: World) -> None:
    theirs = make_deal(engine, world.partner_b, world.program_id, [world.product_1])
    mine = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    found = find_duplicates_of_deal(engine, partner_actor(world.partner_a), mine.id)
    assert len(found) == 1
    match = found[0]
    assert type(match) is DuplicateMatch
    names = {f.name for f in fields(match)}
    assert not names & {"other_partner_id", "other_partner_name", "other_title", "other_customer_name"}
    assert match.other_deal_id is None and match.own_registration is False
    text = repr(match)
    for secret in (world.partner_b, "Beta IT", theirs.id, "Rollout"):
        assert secret not in text
    # The vendor sees everything.
    vendor = find_duplicates_of_deal(engine, VENDOR, mine.id)
    assert isinstance(vendor[0], VendorDuplicateMatch)
    assert vendor[0].other_partner_id == world.partner_b
    assert vendor[0].other_partner_name == "Beta IT AG"
    assert vendor[0].other_deal_id == theirs.id


def test_own_registrations_are_identified_to_their_partner(engine: Engine, world: World) -> None:
    first = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    found = find_duplicates(
        engine, partner_actor(world.partner_a), _cand(world, "Müller Systemhaus", [world.product_1])
    )
    assert found[0].own_registration is True and found[0].other_deal_id == first.id
    assert found[0].other_status == DealStatus.SUBMITTED


def test_deal_is_not_its_own_duplicate(engine: Engine, world: World) -> None:
    deal = make_deal(engine, world.partner_a, world.program_id, [world.product_1])
    assert find_duplicates_of_deal(engine, VENDOR, deal.id) == []
    assert candidate_for_deal(engine, deal.id).product_ids == (world.product_1,)


def test_partner_cannot_probe_other_partners_deal(engine: Engine, world: World) -> None:
    theirs = make_deal(engine, world.partner_b, world.program_id, [world.product_1])
    with pytest.raises(PermissionDenied):
        find_duplicates_of_deal(engine, partner_actor(world.partner_a), theirs.id)


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"customer_name": "  "}, "required"),
        ({"customer_name": "GmbH & Co."}, None),
        ({"customer_domain": "not a domain"}, "invalid_domain"),
        ({"customer_email": "nope"}, "invalid_email"),
        ({"customer_name": "x" * 201}, "too_long"),
    ],
)
def test_bad_candidate_input(engine: Engine, world: World, kw: dict[str, str], code: str | None) -> None:
    args = {"customer_name": "Acme", "product_ids": (world.product_1,), **kw}
    if code is None:
        assert find_duplicates(engine, VENDOR, DuplicateCandidate(**args)) == []  # type: ignore[arg-type]
        return
    with pytest.raises(UserError) as exc:
        find_duplicates(engine, VENDOR, DuplicateCandidate(**args))  # type: ignore[arg-type]
    assert exc.value.code == code
