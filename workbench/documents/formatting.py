"""Formatting for the rendered PDF (German or English): money from integer minor units, dates, sizes, and
the document's fixed labels. The core has no Qt, so this is a small table-driven formatter with Decimal
(no Babel); the desktop formats the same values with QLocale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from workbench.documents.types import Lang
from workbench.validation import CURRENCY_EXPONENTS

# Symbol and whether it goes before the number in English ("€1,234.56"); German always puts it after
# ("1.234,56 €"). Codes without a symbol print the ISO code.
_SYMBOLS: dict[str, str] = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "¥"}
_SEPARATORS: dict[Lang, tuple[str, str]] = {Lang.DE: (".", ","), Lang.EN: (",", ".")}


def _group(digits: str, sep: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def format_number(value: Decimal, decimals: int, lang: Lang) -> str:
    group_sep, dec_sep = _SEPARATORS[lang]
    q = Decimal(1).scaleb(-decimals)
    v = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if v < 0 else ""
    text = f"{abs(v):f}"
    whole, _, frac = text.partition(".")
    result = _group(whole, group_sep)
    if decimals:
        result += dec_sep + frac.ljust(decimals, "0")
    return sign + result


def format_money(minor: int, currency: str, lang: Lang) -> str:
    """`123456, "EUR"` -> "1.234,56 €" (de) / "€1,234.56" (en); unknown symbols print the ISO code."""
    exp = CURRENCY_EXPONENTS.get(currency, 2)
    number = format_number(Decimal(minor).scaleb(-exp), exp, lang)
    symbol = _SYMBOLS.get(currency)
    if lang is Lang.DE:
        return f"{number}\u00a0{symbol or currency}"
    negative = number.startswith("-")
    digits = number.lstrip("-")
    if symbol:
        return f"{'-' if negative else ''}{symbol}{digits}"
    return f"{'-' if negative else ''}{currency}\u00a0{digits}"


def format_date(value: date, lang: Lang) -> str:
    if lang is Lang.DE:
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return value.isoformat()


def format_datetime(value: datetime, lang: Lang) -> str:
    v = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return f"{format_date(v.date(), lang)} {v:%H:%M} UTC"


def format_size(size: int, lang: Lang) -> str:
    if size < 1024:
        return f"{size} B"
    units = ("KB", "MB", "GB", "TB")
    value = Decimal(size) / 1024
    for unit in units[:-1]:
        if value < 1024:
            return f"{format_number(value, 1, lang)} {unit}"
        value = value / 1024
    return f"{format_number(value, 1, lang)} {units[-1]}"


LABELS: dict[Lang, dict[str, str]] = {
    Lang.EN: {
        "title": "Proof of execution",
        "subtitle": "Market development funds claim",
        "vendor": "Vendor",
        "program": "Program",
        "partner": "Partner",
        "claim": "Claim",
        "claim_summary": "Claim summary",
        "status": "Status",
        "submitted": "Submitted",
        "claimed": "Claimed amount",
        "actual_cost": "Actual cost",
        "claim_approved": "Approved amount",
        "request": "Fund request",
        "requested": "Requested",
        "request_approved": "Pre-approved",
        "activity": "Activity",
        "activity_type": "Type",
        "activity_title": "Title",
        "period": "Period",
        "description": "Description",
        "summary": "Summary of execution",
        "costs": "Costs",
        "cost_no": "#",
        "cost_description": "Description",
        "invoice_ref": "Invoice",
        "amount": "Amount",
        "total": "Total",
        "no_costs": "No cost lines.",
        "evidence": "Evidence manifest",
        "evidence_note": "Each file is embedded in this PDF; the SHA-256 identifies its exact content.",
        "file_name": "File",
        "kind": "Kind",
        "type": "Type",
        "size": "Size",
        "no_evidence": "No evidence files.",
        "thumbnails": "Image evidence",
        "signatures": "Signatures",
        "partner_signature": "Partner signature",
        "approver_signature": "Countersignature (approver)",
        "signature_note": "Signed electronically (PAdES). The signatures cover this document and its embedded files.",
        "generated": "Generated",
        "page": "Page {page} of {pages}",
        "none": "–",
    },
    Lang.DE: {
        "title": "Ausführungsnachweis",
        "subtitle": "Abrechnung von Marketing-Entwicklungsmitteln (MDF)",
        "vendor": "Hersteller",
        "program": "Programm",
        "partner": "Partner",
        "claim": "Abrechnung",
        "claim_summary": "Übersicht der Abrechnung",
        "status": "Status",
        "submitted": "Eingereicht",
        "claimed": "Beantragter Betrag",
        "actual_cost": "Tatsächliche Kosten",
        "claim_approved": "Genehmigter Betrag",
        "request": "Mittelantrag",
        "requested": "Beantragt",
        "request_approved": "Vorab genehmigt",
        "activity": "Maßnahme",
        "activity_type": "Art",
        "activity_title": "Titel",
        "period": "Zeitraum",
        "description": "Beschreibung",
        "summary": "Zusammenfassung der Durchführung",
        "costs": "Kosten",
        "cost_no": "Nr.",
        "cost_description": "Beschreibung",
        "invoice_ref": "Rechnung",
        "amount": "Betrag",
        "total": "Summe",
        "no_costs": "Keine Kostenpositionen.",
        "evidence": "Nachweisverzeichnis",
        "evidence_note": "Jede Datei ist in dieses PDF eingebettet; der SHA-256-Wert kennzeichnet ihren "
        "genauen Inhalt.",
        "file_name": "Datei",
        "kind": "Nachweis",
        "type": "Typ",
        "size": "Größe",
        "no_evidence": "Keine Nachweisdateien.",
        "thumbnails": "Bildnachweise",
        "signatures": "Unterschriften",
        "partner_signature": "Unterschrift des Partners",
        "approver_signature": "Gegenzeichnung (Freigabe)",
        "signature_note": "Elektronisch signiert (PAdES). Die Signaturen umfassen dieses Dokument und die "
        "eingebetteten Dateien.",
        "generated": "Erstellt",
        "page": "Seite {page} von {pages}",
        "none": "–",
    },
}

ENUM_LABELS: dict[Lang, dict[str, str]] = {
    Lang.EN: {
        "event": "Event / trade show",
        "digital": "Digital campaign / ads",
        "email": "E-mail / newsletter",
        "print": "Print / direct mail",
        "webinar": "Webinar / seminar",
        "training": "Training / enablement",
        "draft": "Draft",
        "submitted": "Submitted",
        "info_requested": "Information requested",
        "approved": "Approved",
        "rejected": "Rejected",
        "paid": "Paid",
        "photos": "Photos",
        "invoice": "Invoice",
        "attendee_list": "Attendee list",
        "summary": "Summary",
        "ad_screenshots": "Ad screenshots",
        "campaign_report": "Campaign report",
        "mailing_copy": "Mailing copy",
        "send_report": "Send report",
        "printed_sample": "Printed sample",
        "distribution_proof": "Distribution proof",
        "recording_or_agenda": "Recording or agenda",
        "agenda": "Agenda",
    },
    Lang.DE: {
        "event": "Veranstaltung / Messe",
        "digital": "Digitale Kampagne / Anzeigen",
        "email": "E-Mail / Newsletter",
        "print": "Print / Direktmailing",
        "webinar": "Webinar / Seminar",
        "training": "Schulung / Enablement",
        "draft": "Entwurf",
        "submitted": "Eingereicht",
        "info_requested": "Rückfrage",
        "approved": "Genehmigt",
        "rejected": "Abgelehnt",
        "paid": "Bezahlt",
        "photos": "Fotos",
        "invoice": "Rechnung",
        "attendee_list": "Teilnehmerliste",
        "summary": "Zusammenfassung",
        "ad_screenshots": "Anzeigen-Screenshots",
        "campaign_report": "Kampagnenbericht",
        "mailing_copy": "Exemplar des Mailings",
        "send_report": "Versandbericht",
        "printed_sample": "Druckmuster",
        "distribution_proof": "Verteilnachweis",
        "recording_or_agenda": "Aufzeichnung oder Agenda",
        "agenda": "Agenda",
    },
}


def label(lang: Lang, key: str) -> str:
    return LABELS[lang][key]


def enum_label(lang: Lang, value: str | None) -> str:
    if value is None:
        return LABELS[lang]["none"]
    return ENUM_LABELS[lang].get(value, value)
