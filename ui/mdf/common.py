"""Shared bits of the MDF screens: messages for the MDF refusal codes (amounts shown as money), field and
evidence labels, the amount validator used while typing, and where the workspace keeps blobs and keys."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from ui.context import AppContext
from ui.errors import MESSAGES, register_terms, user_message
from ui.i18n import QT_TRANSLATE_NOOP, format_date, format_money, parse_decimal, translate
from ui.tasks import Lane, TaskHandle
from workbench import validation
from workbench.errors import Cancelled, UserError

CONTEXT = "Mdf"

# MDF refusal codes (workbench/mdf/rules.py, commands.py, records, documents). Amount params arrive in minor
# units; ``mdf_message`` formats them as money in the record's currency before the text is filled in.
MESSAGES.update(
    {
        "currency_mismatch": QT_TRANSLATE_NOOP("errors", "The currency must be {expected}, not {actual}."),
        "negative_balance": QT_TRANSLATE_NOOP("errors", "This would leave a negative fund balance ({balance})."),
        "allocation_exceeds_budget": QT_TRANSLATE_NOOP(
            "errors", "Only {available} of the budget is still unallocated; {requested} is too much."
        ),
        "request_exceeds_balance": QT_TRANSLATE_NOOP(
            "errors", "The allocation has {balance} left; {requested} cannot be approved."
        ),
        "claim_exceeds_remaining": QT_TRANSLATE_NOOP(
            "errors", "Only {remaining} of the approved {approved} can still be claimed ({claimed} already claimed)."
        ),
        "claim_exceeds_cap": QT_TRANSLATE_NOOP(
            "errors",
            "At the participation rate of {rate} at most {cap} of the actual cost {actual_cost} can be claimed.",
        ),
        "approved_exceeds_requested": QT_TRANSLATE_NOOP(
            "errors", "The approved amount {approved} is more than the {requested} asked for."
        ),
        "payment_exceeds_outstanding": QT_TRANSLATE_NOOP("errors", "Only {outstanding} of this claim is still unpaid."),
        "approval_limit_exceeded": QT_TRANSLATE_NOOP(
            "errors", "{amount} is above your approval limit of {limit}; someone with a higher limit has to decide."
        ),
        "not_editable": QT_TRANSLATE_NOOP("errors", "This record can no longer be edited (status: {status})."),
        "request_not_approved": QT_TRANSLATE_NOOP("errors", "Claims can only be filed against an approved request."),
        "claim_deadline_passed": QT_TRANSLATE_NOOP("errors", "The claim deadline {claim_due} has passed."),
        "claim_deadline_not_passed": QT_TRANSLATE_NOOP("errors", "The claim deadline {claim_due} has not passed yet."),
        "request_has_claims": QT_TRANSLATE_NOOP("errors", "The request already has claims."),
        "claim_not_approved": QT_TRANSLATE_NOOP("errors", "Only an approved claim can be paid."),
        "evidence_missing": QT_TRANSLATE_NOOP("errors", "Proof is missing: {missing}."),
        "evidence_not_applicable": QT_TRANSLATE_NOOP("errors", "Evidence can only be attached to a claim."),
        "evidence_blob_missing": QT_TRANSLATE_NOOP(
            "errors", "The evidence file {file_name} is not on this computer yet. Sync, then try again."
        ),
        "file_not_found": QT_TRANSLATE_NOOP("errors", "The file {path} was not found."),
        "file_empty": QT_TRANSLATE_NOOP("errors", "The file is empty."),
        "file_too_large": QT_TRANSLATE_NOOP("errors", "The file is too large ({size} bytes, at most {limit})."),
        "invalid_file_name": QT_TRANSLATE_NOOP("errors", "The file name is not allowed."),
        "signing_identity_missing": QT_TRANSLATE_NOOP(
            "errors",
            "No signing certificate is set up on this computer. Use “Signing key…” on the proof panel to enrol "
            "with the server or import a PKCS#12 file.",
        ),
        "unreadable_pdf": QT_TRANSLATE_NOOP("errors", "The file is not a readable PDF."),
        "proof_missing": QT_TRANSLATE_NOOP("errors", "No signed proof is attached to this claim yet."),
        "proof_blob_missing": QT_TRANSLATE_NOOP(
            "errors", "The signed proof is not on this computer yet. Sync, then try again."
        ),
        "proof_blob_corrupt": QT_TRANSLATE_NOOP(
            "errors", "The stored signed proof is damaged (its checksum does not match). Sync a fresh copy."
        ),
        "proof_invalid": QT_TRANSLATE_NOOP(
            "errors", "The signed proof does not pass verification ({problems}); it was not countersigned."
        ),
        "no_trust_roots": QT_TRANSLATE_NOOP(
            "errors", "No trusted certificate authority is known on this computer, so signatures cannot be checked."
        ),
    }
)

EVIDENCE_LABELS: dict[str, str] = {
    "photos": QT_TRANSLATE_NOOP("Mdf", "Photos of the booth or event"),
    "invoice": QT_TRANSLATE_NOOP("Mdf", "Invoice"),
    "attendee_list": QT_TRANSLATE_NOOP("Mdf", "Attendee or lead list"),
    "summary": QT_TRANSLATE_NOOP("Mdf", "Short summary"),
    "ad_screenshots": QT_TRANSLATE_NOOP("Mdf", "Screenshots of the ads"),
    "campaign_report": QT_TRANSLATE_NOOP("Mdf", "Campaign report (reach, clicks)"),
    "mailing_copy": QT_TRANSLATE_NOOP("Mdf", "Copy of the mailing"),
    "send_report": QT_TRANSLATE_NOOP("Mdf", "Send report (recipients, opens, clicks)"),
    "printed_sample": QT_TRANSLATE_NOOP("Mdf", "Sample of the printed piece"),
    "distribution_proof": QT_TRANSLATE_NOOP("Mdf", "Distribution proof"),
    "recording_or_agenda": QT_TRANSLATE_NOOP("Mdf", "Recording or agenda"),
    "agenda": QT_TRANSLATE_NOOP("Mdf", "Agenda"),
    "proof_of_execution": QT_TRANSLATE_NOOP("Mdf", "Signed proof of execution"),
}

ACTIVITY_LABELS: dict[str, str] = {
    "event": QT_TRANSLATE_NOOP("Mdf", "Event / trade show"),
    "digital": QT_TRANSLATE_NOOP("Mdf", "Digital campaign / ads"),
    "email": QT_TRANSLATE_NOOP("Mdf", "E-mail / newsletter"),
    "print": QT_TRANSLATE_NOOP("Mdf", "Print / direct mail"),
    "webinar": QT_TRANSLATE_NOOP("Mdf", "Webinar / seminar"),
    "training": QT_TRANSLATE_NOOP("Mdf", "Training / enablement"),
}

register_terms(
    {
        "allocation_id": QT_TRANSLATE_NOOP("terms", "Allocation"),
        "activity_type": QT_TRANSLATE_NOOP("terms", "Activity"),
        "title": QT_TRANSLATE_NOOP("terms", "Title"),
        "start_date": QT_TRANSLATE_NOOP("terms", "Start"),
        "end_date": QT_TRANSLATE_NOOP("terms", "End"),
        "requested": QT_TRANSLATE_NOOP("terms", "Requested amount"),
        "claimed": QT_TRANSLATE_NOOP("terms", "Claimed amount"),
        "actual_cost": QT_TRANSLATE_NOOP("terms", "Actual cost"),
        "approved": QT_TRANSLATE_NOOP("terms", "Approved amount"),
        "summary": QT_TRANSLATE_NOOP("terms", "Summary"),
        "reason": QT_TRANSLATE_NOOP("terms", "Reason"),
        "request_id": QT_TRANSLATE_NOOP("terms", "Request"),
        "claim_id": QT_TRANSLATE_NOOP("terms", "Claim"),
        "evidence": QT_TRANSLATE_NOOP("terms", "Evidence"),
        "evidence_kind": QT_TRANSLATE_NOOP("terms", "Kind of evidence"),
        "file": QT_TRANSLATE_NOOP("terms", "File"),
        "file_name": QT_TRANSLATE_NOOP("terms", "File name"),
        "mdf_requests": QT_TRANSLATE_NOOP("terms", "request"),
        "mdf_claims": QT_TRANSLATE_NOOP("terms", "claim"),
    }
)

MONEY_PARAMS = frozenset(
    {
        "balance",
        "available",
        "requested",
        "allocated",
        "budget",
        "allocation",
        "approved",
        "claimed",
        "remaining",
        "cap",
        "actual_cost",
        "paid",
        "outstanding",
    }
)


def activity_label(code: str) -> str:
    source = ACTIVITY_LABELS.get(str(code))
    return translate("Mdf", source) if source is not None else str(code)


def evidence_label(kind: str) -> str:
    source = EVIDENCE_LABELS.get(kind)
    return translate("Mdf", source) if source is not None else kind.replace("_", " ")


def format_rate(bp: int) -> str:
    """Basis points as a percentage: 5000 -> "50%" (English), "50 %" (German)."""
    from ui.i18n import format_number

    value = format_number(Decimal(bp) / 100, decimals=2 if bp % 100 else 0)
    return translate("Mdf", "{0}%").format(value)


DATE_PARAMS = frozenset({"start", "end", "claim_due"})


def localized(exc: UserError, currency: str | None = None) -> UserError:
    """The same refusal with its params ready to show: amounts (minor units) as money in ``currency``, ISO
    dates per locale, the participation rate as a percentage, evidence kinds by their labels."""
    params: dict[str, Any] = dict(exc.params)
    if currency:
        for key in MONEY_PARAMS & params.keys():
            if isinstance(params[key], int) and not isinstance(params[key], bool):
                params[key] = format_money(params[key], currency)
    if exc.code == "approval_limit_exceeded" and isinstance(params.get("currency"), str):
        for key in ("limit", "amount"):  # minor units of the limit's (program) currency
            if isinstance(params.get(key), int):
                params[key] = format_money(params[key], params["currency"])
    for key in DATE_PARAMS & params.keys():
        if isinstance(params[key], str):
            with contextlib.suppress(ValueError):  # not an ISO date: shown as given
                params[key] = format_date(date.fromisoformat(params[key]))
    if "participation_rate_bp" in params:
        params["rate"] = format_rate(int(params["participation_rate_bp"]))
    if isinstance(params.get("missing"), (list, tuple)):
        params["missing"] = ", ".join(evidence_label(str(k)) for k in params["missing"])
    return UserError(exc.code, **params)


def mdf_message(exc: UserError, currency: str | None = None) -> str:
    """The translated message of an MDF refusal, its params shown as money, dates and labels."""
    return user_message(localized(exc, currency))


def localize_errors(check: Callable[[], None]) -> Callable[[], None]:
    """Wrap a cross-field check so its refusal shows dates per locale."""

    def run() -> None:
        try:
            check()
        except UserError as exc:
            raise localized(exc) from None

    return run


def money_validator(currency: Callable[[], str], field: str, *, allow_zero: bool = False) -> Callable[[str], Decimal]:
    """A validator for a money field typed in the locale's format: returns the exact Decimal amount."""

    def check(text: str) -> Decimal:
        cleaned = text.strip()
        if not cleaned:
            raise UserError("required", field=field)
        amount = parse_decimal(cleaned)
        if amount is None:
            raise UserError("money_invalid", field=field, value=cleaned[:40])
        minor = validation.money_to_minor(amount, currency(), field)
        validation.minor_amount(minor, field, allow_zero=allow_zero)
        return amount

    return check


@dataclass(frozen=True)
class MdfPaths:
    """Where this workspace keeps evidence blobs, the signing identity and trusted CA certificates."""

    root: Path

    @property
    def blob_dir(self) -> Path:
        return self.root / "blobs"

    @property
    def identity_file(self) -> Path:
        from workbench.documents.keys import IDENTITY_FILE

        return self.root / IDENTITY_FILE

    @property
    def trust_dir(self) -> Path:
        return self.root / "keys" / "trust"


def mdf_paths(ctx: AppContext) -> MdfPaths | None:
    """The workspace folder of ``ctx`` (the app passes it as ``workspace_label``; a sync controller knows its
    blob folder). None when the context has no workspace on disk (then evidence and proofs are unavailable)."""
    explicit = ctx.workspace_root
    if explicit:
        return MdfPaths(Path(explicit))
    blob_dir = getattr(ctx.sync, "blob_dir", None) if ctx.sync is not None else None
    if blob_dir:
        return MdfPaths(Path(blob_dir).parent)
    label = Path(ctx.workspace_label) if ctx.workspace_label else None
    if label is not None and label.is_absolute() and label.is_dir():
        return MdfPaths(label)
    return None


def run_for(
    widget: QObject,
    ctx: AppContext,
    lane: Lane,
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    name: str | None = None,
) -> TaskHandle:
    """Submit ``fn(*args)`` on ``lane`` for ``widget``: once the widget is destroyed (a dialog closed while its
    task ran) the callbacks are skipped; an unexpected error still reaches the app's error handler."""

    def success(result: Any) -> None:
        if on_success is not None and shiboken6.isValid(widget):
            on_success(result)

    def error(exc: BaseException) -> None:
        if shiboken6.isValid(widget) and on_error is not None:
            on_error(exc)
        elif not isinstance(exc, (Cancelled, UserError)):
            ctx.runner.report_error(exc)

    return ctx.runner.submit(lane, fn, *args, on_success=success, on_error=error, name=name)


def announcing(ctx: AppContext, entity: str, fn: Callable[..., Any], id_of: Callable[[Any], str]) -> Callable[..., Any]:
    """``fn`` that, once it succeeded, tells every view that a row of ``entity`` changed (published from the
    worker: the bridge is thread-safe), whether or not the dialog that asked is still open."""

    def work(*args: Any) -> Any:
        result = fn(*args)
        ctx.changed(entity, id_of(result))
        return result

    return work
