"""Proof of performance per activity type (DOMAIN.md): a claim cannot be submitted while a required
kind of evidence is missing."""

from __future__ import annotations

from collections.abc import Iterable

from workbench.errors import UserError
from workbench.mdf.types import ActivityType

REQUIRED_EVIDENCE: dict[ActivityType, tuple[str, ...]] = {
    ActivityType.EVENT: ("photos", "invoice", "attendee_list", "summary"),
    ActivityType.DIGITAL: ("ad_screenshots", "invoice", "campaign_report"),
    ActivityType.EMAIL: ("mailing_copy", "send_report"),
    ActivityType.PRINT: ("printed_sample", "invoice", "distribution_proof"),
    ActivityType.WEBINAR: ("recording_or_agenda", "attendee_list", "invoice"),
    ActivityType.TRAINING: ("agenda", "attendee_list", "invoice"),
}

EVIDENCE_KINDS: frozenset[str] = frozenset(k for kinds in REQUIRED_EVIDENCE.values() for k in kinds)

# The signed proof-of-execution PDF is stored as an attachment of its claim with this kind (each signature
# step -- partner, server timestamp, countersignature -- adds a new version; the newest one counts). It is
# not evidence: it is generated from the claim and embeds the evidence files.
PROOF_KIND = "proof_of_execution"


def required_evidence(activity_type: str) -> tuple[str, ...]:
    try:
        return REQUIRED_EVIDENCE[ActivityType(activity_type)]
    except ValueError:
        raise UserError(
            "invalid_choice", field="activity_type", value=str(activity_type)[:50], allowed=sorted(ActivityType)
        ) from None


def missing_evidence(activity_type: str, present_kinds: Iterable[str]) -> tuple[str, ...]:
    """The required kinds for `activity_type` not among `present_kinds`, in checklist order."""
    present = set(present_kinds)
    return tuple(kind for kind in required_evidence(activity_type) if kind not in present)
