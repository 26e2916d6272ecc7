"""Translated labels for the codes the core uses (statuses, types, roles, entities, actions).

The core holds no user-visible text; these tables mark the English text for pyside6-lupdate and translate it
when shown. Unknown codes are humanised ("system_integrator" -> "System integrator")."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "labels"

LABELS: dict[str, str] = {
    # partner types
    "reseller": QT_TRANSLATE_NOOP("labels", "Reseller"),
    "distributor": QT_TRANSLATE_NOOP("labels", "Distributor"),
    "system_integrator": QT_TRANSLATE_NOOP("labels", "System integrator"),
    "agency": QT_TRANSLATE_NOOP("labels", "Agency"),
    "marketplace": QT_TRANSLATE_NOOP("labels", "Marketplace"),
    "referral": QT_TRANSLATE_NOOP("labels", "Referral"),
    # statuses
    "prospect": QT_TRANSLATE_NOOP("labels", "Prospect"),
    "onboarding": QT_TRANSLATE_NOOP("labels", "Onboarding"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "suspended": QT_TRANSLATE_NOOP("labels", "Suspended"),
    "terminated": QT_TRANSLATE_NOOP("labels", "Terminated"),
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "info_requested": QT_TRANSLATE_NOOP("labels", "Info requested"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Rejected"),
    "won": QT_TRANSLATE_NOOP("labels", "Won"),
    "lost": QT_TRANSLATE_NOOP("labels", "Lost"),
    "expired": QT_TRANSLATE_NOOP("labels", "Expired"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "expiring": QT_TRANSLATE_NOOP("labels", "Expiring"),
    "renewed": QT_TRANSLATE_NOOP("labels", "Renewed"),
    # contact roles
    "owner": QT_TRANSLATE_NOOP("labels", "Owner"),
    "sales": QT_TRANSLATE_NOOP("labels", "Sales"),
    "technical": QT_TRANSLATE_NOOP("labels", "Technical"),
    "marketing": QT_TRANSLATE_NOOP("labels", "Marketing"),
    "finance": QT_TRANSLATE_NOOP("labels", "Finance"),
    # onboarding items
    "agreement_signed": QT_TRANSLATE_NOOP("labels", "Agreement signed"),
    "kyc_done": QT_TRANSLATE_NOOP("labels", "KYC / due diligence done"),
    "first_training": QT_TRANSLATE_NOOP("labels", "First training"),
    "portal_access": QT_TRANSLATE_NOOP("labels", "Portal access"),
    # compliance requirements
    "certified_people": QT_TRANSLATE_NOOP("labels", "Certified people"),
    "revenue_12m": QT_TRANSLATE_NOOP("labels", "Revenue (last 12 months)"),
    "active_deals": QT_TRANSLATE_NOOP("labels", "Active deals"),
    # entities (audit log, search, conflicts)
    "partner": QT_TRANSLATE_NOOP("labels", "Partner"),
    "contact": QT_TRANSLATE_NOOP("labels", "Contact"),
    "deal": QT_TRANSLATE_NOOP("labels", "Deal"),
    "claim": QT_TRANSLATE_NOOP("labels", "MDF claim"),
    "partners": QT_TRANSLATE_NOOP("labels", "Partner"),
    "contacts": QT_TRANSLATE_NOOP("labels", "Contact"),
    "partner_contracts": QT_TRANSLATE_NOOP("labels", "Contract"),
    "partner_attributes": QT_TRANSLATE_NOOP("labels", "Segment/region"),
    "partner_targets": QT_TRANSLATE_NOOP("labels", "Target"),
    "onboarding_items": QT_TRANSLATE_NOOP("labels", "Onboarding"),
    "deal_registrations": QT_TRANSLATE_NOOP("labels", "Deal"),
    "deal_products": QT_TRANSLATE_NOOP("labels", "Deal product"),
    "training_events": QT_TRANSLATE_NOOP("labels", "Training"),
    "training": QT_TRANSLATE_NOOP("labels", "Training"),
    "certifications": QT_TRANSLATE_NOOP("labels", "Certification"),
    "mdf_requests": QT_TRANSLATE_NOOP("labels", "MDF request"),
    "mdf_claims": QT_TRANSLATE_NOOP("labels", "MDF claim"),
    "mdf_allocations": QT_TRANSLATE_NOOP("labels", "MDF allocation"),
    "mdf_payments": QT_TRANSLATE_NOOP("labels", "MDF payment"),
    "notes": QT_TRANSLATE_NOOP("labels", "Note"),
    # actions
    "patch": QT_TRANSLATE_NOOP("labels", "Change"),  # an op's kind (rejected ops in the conflicts inbox)
    "create": QT_TRANSLATE_NOOP("labels", "created"),
    "update": QT_TRANSLATE_NOOP("labels", "changed"),
    "delete": QT_TRANSLATE_NOOP("labels", "deleted"),
    "submit": QT_TRANSLATE_NOOP("labels", "submitted"),
    "approve": QT_TRANSLATE_NOOP("labels", "approved"),
    "reject": QT_TRANSLATE_NOOP("labels", "rejected"),
    "started": QT_TRANSLATE_NOOP("labels", "started"),
    "module_completed": QT_TRANSLATE_NOOP("labels", "module completed"),
    "exam_passed": QT_TRANSLATE_NOOP("labels", "exam passed"),
    "exam_failed": QT_TRANSLATE_NOOP("labels", "exam failed"),
    "signed": QT_TRANSLATE_NOOP("labels", "signed"),
    "earned": QT_TRANSLATE_NOOP("labels", "earned"),
    # sync results
    "no_access": QT_TRANSLATE_NOOP("labels", "no access"),
    "invalid": QT_TRANSLATE_NOOP("labels", "invalid"),
    "illegal_transition": QT_TRANSLATE_NOOP("labels", "not allowed in this state"),
    "missing_blobs": QT_TRANSLATE_NOOP("labels", "attachments missing on the server"),
}


FIELD_CONTEXT = "fields"

# Field (column) names of the records users edit: the conflicts inbox and rejected ops name the field.
FIELD_LABELS: dict[str, str] = {
    "legal_name": QT_TRANSLATE_NOOP("fields", "Legal name"),
    "name_alt": QT_TRANSLATE_NOOP("fields", "Alternative name"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "partner_type": QT_TRANSLATE_NOOP("fields", "Partner type"),
    "tier_id": QT_TRANSLATE_NOOP("fields", "Tier"),
    "program_id": QT_TRANSLATE_NOOP("fields", "Program"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "city": QT_TRANSLATE_NOOP("fields", "City"),
    "web_domain": QT_TRANSLATE_NOOP("fields", "Web domain"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "currency": QT_TRANSLATE_NOOP("fields", "Currency"),
    "owner_id": QT_TRANSLATE_NOOP("fields", "Owner"),
    "approved_on": QT_TRANSLATE_NOOP("fields", "Approved on"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "first_name": QT_TRANSLATE_NOOP("fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("fields", "Last name"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "job_title": QT_TRANSLATE_NOOP("fields", "Job title"),
    "is_primary": QT_TRANSLATE_NOOP("fields", "Primary contact"),
    "customer_name": QT_TRANSLATE_NOOP("fields", "Customer"),
    "customer_domain": QT_TRANSLATE_NOOP("fields", "Customer domain"),
    "customer_email": QT_TRANSLATE_NOOP("fields", "Customer e-mail"),
    "customer_country": QT_TRANSLATE_NOOP("fields", "Customer country"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "amount_minor": QT_TRANSLATE_NOOP("fields", "Amount"),
    "expected_close": QT_TRANSLATE_NOOP("fields", "Expected close"),
    "protection_until": QT_TRANSLATE_NOOP("fields", "Protected until"),
    "decision_reason": QT_TRANSLATE_NOOP("fields", "Reason for the decision"),
    "won_amount_minor": QT_TRANSLATE_NOOP("fields", "Amount won"),
    "start_date": QT_TRANSLATE_NOOP("fields", "Start"),
    "end_date": QT_TRANSLATE_NOOP("fields", "End"),
    "signed_on": QT_TRANSLATE_NOOP("fields", "Signed on"),
    "reference": QT_TRANSLATE_NOOP("fields", "Reference"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "value": QT_TRANSLATE_NOOP("fields", "Value"),
    "item": QT_TRANSLATE_NOOP("fields", "Item"),
    "completed_on": QT_TRANSLATE_NOOP("fields", "Completed on"),
    "body": QT_TRANSLATE_NOOP("fields", "Text"),
    "due_on": QT_TRANSLATE_NOOP("fields", "Due on"),
    "done_at": QT_TRANSLATE_NOOP("fields", "Done at"),
    "assignee_id": QT_TRANSLATE_NOOP("fields", "Assigned to"),
    "activity_type": QT_TRANSLATE_NOOP("fields", "Activity type"),
    "requested_minor": QT_TRANSLATE_NOOP("fields", "Requested amount"),
    "approved_minor": QT_TRANSLATE_NOOP("fields", "Approved amount"),
    "claimed_minor": QT_TRANSLATE_NOOP("fields", "Claimed amount"),
    "actual_cost_minor": QT_TRANSLATE_NOOP("fields", "Actual cost"),
    "summary": QT_TRANSLATE_NOOP("fields", "Summary"),
    "period_start": QT_TRANSLATE_NOOP("fields", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("fields", "Period end"),
    "target_minor": QT_TRANSLATE_NOOP("fields", "Target amount"),
    "target_value": QT_TRANSLATE_NOOP("fields", "Target value"),
    "metric": QT_TRANSLATE_NOOP("fields", "Metric"),
    "quantity": QT_TRANSLATE_NOOP("fields", "Quantity"),
    "invoice_ref": QT_TRANSLATE_NOOP("fields", "Invoice reference"),
    "earned_on": QT_TRANSLATE_NOOP("fields", "Earned on"),
    "expires_on": QT_TRANSLATE_NOOP("fields", "Expires on"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "requested_until": QT_TRANSLATE_NOOP("fields", "Requested until"),
}


def humanise(code: str) -> str:
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else ""


def label(code: str | None) -> str:
    """The translated label of a code ("" for None)."""
    if code is None:
        return ""
    source = LABELS.get(str(code))
    return translate(CONTEXT, source) if source is not None else humanise(str(code))


def field_label(field: str | None) -> str:
    """The translated name of a record field ("" for None); unknown fields are humanised ("customer_id" ->
    "Customer id")."""
    if field is None:
        return ""
    source = FIELD_LABELS.get(str(field))
    return translate(FIELD_CONTEXT, source) if source is not None else humanise(str(field))
