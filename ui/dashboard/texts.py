"""Words of the analytics dashboard: KPI names, formulas, next-best actions, value formatting."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ui.i18n import QT_TRANSLATE_NOOP, format_money, format_number, translate
from workbench.analytics.types import Kpi, KpiFigure, Part, Suggestion, Unit

NAMES: dict[Kpi, str] = {
    Kpi.REVENUE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Revenue"),
    Kpi.PIPELINE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Pipeline"),
    Kpi.WIN_RATE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Win rate"),
    Kpi.AVG_DEAL_SIZE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Average deal size"),
    Kpi.SALES_CYCLE_DAYS: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Sales cycle"),
    Kpi.TIME_TO_FIRST_DEAL_DAYS: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Time to first deal"),
    Kpi.CERTIFICATION_RATE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Certification rate"),
    Kpi.MDF_UTILISATION: QT_TRANSLATE_NOOP("AnalyticsDashboard", "MDF utilisation"),
    Kpi.MDF_ROI: QT_TRANSLATE_NOOP("AnalyticsDashboard", "MDF ROI"),
    Kpi.ACTIVITY_INDEX: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Activity index"),
    Kpi.ACTIVATION_60: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Activation in 60 days"),
    Kpi.ACTIVATION_90: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Activation in 90 days"),
    Kpi.SLA_COMPLIANCE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Review SLA compliance"),
}

FORMULAS: dict[Kpi, str] = {
    Kpi.REVENUE: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Sum of the won amounts (won amount, else the registered amount) of deals won with a close date in the "
        "period, converted into the program currency at the program's stored exchange rates.",
    ),
    Kpi.PIPELINE: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Sum of the amounts of open deals (submitted, information requested, approved) submitted on or before "
        "the period end, converted into the program currency.",
    ),
    Kpi.WIN_RATE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Deals won ÷ deals won or lost, closed in the period."),
    Kpi.AVG_DEAL_SIZE: QT_TRANSLATE_NOOP("AnalyticsDashboard", "Revenue ÷ number of deals won in the period."),
    Kpi.SALES_CYCLE_DAYS: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard", "Σ (close date − submission date) in days ÷ number of deals won or lost in the period."
    ),
    Kpi.TIME_TO_FIRST_DEAL_DAYS: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Partners approved in the period that have registered a deal: Σ (first submission − approval date) in "
        "days ÷ number of those partners.",
    ),
    Kpi.CERTIFICATION_RATE: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard", "Contacts with a valid certification at the period end ÷ contacts (not deleted)."
    ),
    Kpi.MDF_UTILISATION: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Claimed MDF (claims submitted, information requested, approved or paid) ÷ MDF allocated from budgets "
        "that overlap the period.",
    ),
    Kpi.MDF_ROI: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Revenue of won deals attributed to paid MDF activities that ended in the period (same partner, closed "
        "from the activity start to 90 days after its end; a deal counts once) ÷ amount reimbursed.",
    ),
    Kpi.ACTIVITY_INDEX: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Events in the 90 days up to the period end (deals submitted, training events, fund requests and "
        "claims submitted) ÷ number of partners.",
    ),
    Kpi.ACTIVATION_60: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Partners approved in the period with a first won deal within 60 days ÷ partners approved in the period.",
    ),
    Kpi.ACTIVATION_90: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Partners approved in the period with a first won deal within 90 days ÷ partners approved in the period.",
    ),
    Kpi.SLA_COMPLIANCE: QT_TRANSLATE_NOOP(
        "AnalyticsDashboard",
        "Deal reviews decided within the program's review time (working days, Monday to Friday) ÷ decided "
        "reviews plus registrations still waiting past that time, of registrations submitted in the period.",
    ),
}

SUGGESTIONS: dict[str, str] = {
    "certifications_missing_for_tier": QT_TRANSLATE_NOOP(
        "AnalyticsDashboard", "{missing} certification(s) missing for {tier}"
    ),
    "revenue_missing_for_tier": QT_TRANSLATE_NOOP(
        "AnalyticsDashboard", "{missing} of 12-month revenue missing for {tier}"
    ),
    "active_deals_missing_for_tier": QT_TRANSLATE_NOOP(
        "AnalyticsDashboard", "{missing} active deal(s) missing for {tier}"
    ),
    "increase_activity": QT_TRANSLATE_NOOP(
        "AnalyticsDashboard", "Low activity: {events_90d} events in 90 days (target {target})"
    ),
    "build_pipeline": QT_TRANSLATE_NOOP("AnalyticsDashboard", "Thin pipeline: {pipeline} of {reference}"),
    "use_mdf_funds": QT_TRANSLATE_NOOP("AnalyticsDashboard", "MDF unused: {unclaimed} not claimed"),
    "request_mdf_allocation": QT_TRANSLATE_NOOP("AnalyticsDashboard", "No MDF allocation yet"),
    "certify_people": QT_TRANSLATE_NOOP("AnalyticsDashboard", "Certify people: {certified} of {people} certified"),
}


def name(kpi: Kpi) -> str:
    return translate("AnalyticsDashboard", NAMES[kpi])


def formula(kpi: Kpi) -> str:
    return translate("AnalyticsDashboard", FORMULAS[kpi])


def not_available() -> str:
    return translate("AnalyticsDashboard", "n/a")


def percent(value: Decimal | int) -> str:
    return translate("AnalyticsDashboard", "{0} %").format(format_number(Decimal(value) * 100, decimals=1))


def value_text(fig: KpiFigure | None) -> str:
    if fig is None or fig.value is None:
        return not_available()
    value = fig.value
    if fig.unit is Unit.MONEY:
        return format_money(int(value), fig.currency or "")
    if fig.kpi is Kpi.MDF_ROI:
        return translate("AnalyticsDashboard", "{0} ×").format(format_number(Decimal(value), decimals=2))
    if fig.unit is Unit.RATIO:
        return percent(Decimal(value))
    if fig.unit is Unit.DAYS:
        return translate("AnalyticsDashboard", "{0} days").format(format_number(Decimal(value), decimals=1))
    return format_number(Decimal(value), decimals=2)


def part_text(fig: KpiFigure, part: Part) -> str:
    """The numerator or denominator as shown (money in the program currency, else a count or day sum)."""
    from workbench.analytics.kpis import MONEY_DENOMINATOR, MONEY_NUMERATOR

    value = fig.numerator if part is Part.NUMERATOR else fig.denominator
    if value is None:
        return ""
    money = fig.kpi in (MONEY_NUMERATOR if part is Part.NUMERATOR else MONEY_DENOMINATOR)
    if money:
        return format_money(int(value), fig.currency or "")
    return format_number(value)


def trend_text(now: KpiFigure | None, before: KpiFigure | None) -> str:
    """▲/▼ and the change against the previous period (percentage points for rates)."""
    if now is None or before is None or now.value is None or before.value is None:
        return ""
    a, b = Decimal(now.value), Decimal(before.value)
    if a == b:
        return translate("AnalyticsDashboard", "= previous period")
    arrow = "▲" if a > b else "▼"
    if now.unit is Unit.RATIO and now.kpi is not Kpi.MDF_ROI:
        pp = format_number((a - b) * 100, decimals=1)
        return translate("AnalyticsDashboard", "{0} {1} pp vs. previous period").format(arrow, _signed(pp, a > b))
    if b == 0:
        return translate("AnalyticsDashboard", "{0} from zero").format(arrow)
    pct = format_number(abs(a - b) / abs(b) * 100, decimals=1)
    return translate("AnalyticsDashboard", "{0} {1} % vs. previous period").format(
        arrow, _signed(pct.lstrip("-"), a > b)
    )


def _signed(text: str, up: bool) -> str:
    text = text.lstrip("-").lstrip("−")
    return ("+" if up else "−") + text


def suggestion_text(s: Suggestion, currency: str) -> str:
    params: dict[str, Any] = dict(s.params)
    for key in ("missing_minor", "pipeline_minor", "reference_minor", "unclaimed_minor"):
        if key in params:
            params[key.removesuffix("_minor")] = format_money(int(params[key]), str(params.get("currency", currency)))
    for key, value in list(params.items()):
        if isinstance(value, int) and not key.endswith("_minor"):
            params[key] = format_number(value)
    source = SUGGESTIONS.get(s.code)
    if source is None:
        return s.code.replace("_", " ")
    return translate("AnalyticsDashboard", source).format_map(_Defaults(params))


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""
