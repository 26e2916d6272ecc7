from __future__ import annotations

import pytest

from workbench.errors import UserError
from workbench.mdf.evidence import EVIDENCE_KINDS, REQUIRED_EVIDENCE, missing_evidence, required_evidence
from workbench.mdf.types import ActivityType

CHECKLIST = {
    "event": ("photos", "invoice", "attendee_list", "summary"),
    "digital": ("ad_screenshots", "invoice", "campaign_report"),
    "email": ("mailing_copy", "send_report"),
    "print": ("printed_sample", "invoice", "distribution_proof"),
    "webinar": ("recording_or_agenda", "attendee_list", "invoice"),
    "training": ("agenda", "attendee_list", "invoice"),
}


def test_every_activity_type_has_a_checklist() -> None:
    assert {str(a) for a in ActivityType} == set(CHECKLIST) == {str(a) for a in REQUIRED_EVIDENCE}


@pytest.mark.parametrize(("activity", "kinds"), CHECKLIST.items())
def test_required_evidence_matches_domain(activity: str, kinds: tuple[str, ...]) -> None:
    assert required_evidence(activity) == kinds
    assert missing_evidence(activity, ()) == kinds


@pytest.mark.parametrize(("activity", "kinds"), CHECKLIST.items())
def test_nothing_missing_when_all_present(activity: str, kinds: tuple[str, ...]) -> None:
    assert missing_evidence(activity, list(kinds) + ["invoice", "photos"]) == ()


@pytest.mark.parametrize(("activity", "kinds"), CHECKLIST.items())
def test_each_single_missing_kind_is_reported(activity: str, kinds: tuple[str, ...]) -> None:
    for absent in kinds:
        present = [k for k in kinds if k != absent]
        assert missing_evidence(activity, present) == (absent,)


def test_missing_keeps_checklist_order_and_ignores_other_kinds() -> None:
    assert missing_evidence("event", {"invoice", "ad_screenshots"}) == ("photos", "attendee_list", "summary")


def test_evidence_kinds_is_the_union() -> None:
    assert {k for kinds in CHECKLIST.values() for k in kinds} == EVIDENCE_KINDS


def test_unknown_activity_type() -> None:
    with pytest.raises(UserError) as err:
        missing_evidence("party", ())
    assert err.value.code == "invalid_choice"
    assert err.value.params["field"] == "activity_type"
