"""Quarterly business review (QBR) PDF for one partner: the quarter's KPIs against the previous quarter,
revenue by month and the deal funnel as charts (reportlab.graphics), health with its components, the
next-best actions and the revenue forecast. German or English labels from the table below (the core has
no Qt); DejaVu Sans for umlauts (resources/fonts, else the system's DejaVu)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import Engine, case, func, select

from workbench.analytics import health as health_mod
from workbench.analytics import kpis
from workbench.analytics.forecast import RevenueForecast, add_months, monthly_revenue, revenue_forecast
from workbench.analytics.health import PartnerHealth
from workbench.analytics.types import Kpi, KpiFigure, Period, Suggestion, Unit
from workbench.documents.formatting import format_date, format_money, format_number
from workbench.documents.types import Lang
from workbench.errors import UserError
from workbench.validation import CURRENCY_EXPONENTS

FONT = "WorkbenchQbrSans"
FONT_BOLD = "WorkbenchQbrSans-Bold"
_ROOT = Path(__file__).resolve().parents[2]
FONT_DIRS = (_ROOT / "resources" / "fonts", Path("/usr/share/fonts/truetype/dejavu"))
BRAND = colors.HexColor("#1f4e79")
ACCENT = colors.HexColor("#f28e2b")
GRID = colors.HexColor("#d0d7de")
FUNNEL_STAGES = ("registered", "approved", "won")

LABELS: dict[Lang, dict[str, str]] = {
    Lang.DE: {
        "title": "Quartalsbericht (QBR)",
        "period": "Zeitraum",
        "tier": "Partnerstufe",
        "none": "keine",
        "generated": "Erstellt am",
        "kpis": "Kennzahlen",
        "kpi": "Kennzahl",
        "this_quarter": "Dieses Quartal",
        "previous_quarter": "Vorquartal",
        "formula": "Formel",
        "revenue_by_month": "Umsatz je Monat (letzte 12 Monate)",
        "funnel": "Deal-Trichter (im Quartal registriert)",
        "health": "Partner-Gesundheit",
        "score": "Gesamtwert",
        "next_tier": "Nächste Stufe",
        "actions": "Empfohlene nächste Schritte",
        "no_actions": "Keine – alle Anforderungen erfüllt.",
        "forecast": "Umsatzprognose",
        "quarter": "Quartal",
        "forecast_point": "Prognose",
        "interval": "Intervall ({level} %)",
        "method": "Methode",
        "n/a": "k. A.",
        "page": "Seite",
        "registered": "Registriert",
        "approved": "Genehmigt",
        "won": "Gewonnen",
        "activity": "Aktivität",
        "pipeline": "Pipeline",
        "certification": "Zertifizierung",
        "marketing": "Marketing",
        "days": "Tage",
        "method.holt": "Holt (linearer Trend)",
        "method.mean": "Mittelwert (kurze Historie)",
        "method.no_history": "keine Historie",
    },
    Lang.EN: {
        "title": "Quarterly business review",
        "period": "Period",
        "tier": "Tier",
        "none": "none",
        "generated": "Generated on",
        "kpis": "Key figures",
        "kpi": "Figure",
        "this_quarter": "This quarter",
        "previous_quarter": "Previous quarter",
        "formula": "Formula",
        "revenue_by_month": "Revenue by month (last 12 months)",
        "funnel": "Deal funnel (registered in the quarter)",
        "health": "Partner health",
        "score": "Score",
        "next_tier": "Next tier",
        "actions": "Recommended next steps",
        "no_actions": "None – every requirement is met.",
        "forecast": "Revenue forecast",
        "quarter": "Quarter",
        "forecast_point": "Forecast",
        "interval": "Interval ({level} %)",
        "method": "Method",
        "n/a": "n/a",
        "page": "Page",
        "registered": "Registered",
        "approved": "Approved",
        "won": "Won",
        "activity": "Activity",
        "pipeline": "Pipeline",
        "certification": "Certification",
        "marketing": "Marketing",
        "days": "days",
        "method.holt": "Holt (linear trend)",
        "method.mean": "mean (short history)",
        "method.no_history": "no history",
    },
}

KPI_LABELS: dict[Lang, dict[Kpi, tuple[str, str]]] = {
    Lang.DE: {
        Kpi.REVENUE: ("Umsatzbeitrag", "Summe gewonnener Deals"),
        Kpi.PIPELINE: ("Pipeline", "Summe offener Deals (eingereicht/genehmigt)"),
        Kpi.WIN_RATE: ("Gewinnquote", "gewonnen ÷ abgeschlossen"),
        Kpi.AVG_DEAL_SIZE: ("Ø Dealgröße", "Umsatz ÷ gewonnene Deals"),
        Kpi.SALES_CYCLE_DAYS: ("Vertriebszyklus", "Ø Tage Einreichung → Abschluss"),
        Kpi.TIME_TO_FIRST_DEAL_DAYS: ("Zeit bis zum ersten Deal", "Tage Freigabe → erste Einreichung"),
        Kpi.CERTIFICATION_RATE: ("Zertifizierungsquote", "zertifizierte Personen ÷ Personen"),
        Kpi.MDF_UTILISATION: ("MDF-Ausschöpfung", "beantragt ÷ zugeteilt"),
        Kpi.MDF_ROI: ("MDF-ROI", "zugeordneter Umsatz ÷ erstattet"),
        Kpi.ACTIVITY_INDEX: ("Aktivitätsindex", "Ereignisse der letzten 90 Tage"),
        Kpi.ACTIVATION_60: ("Aktivierung 60 Tage", "Umsatz ≤ 60 Tage nach Freigabe"),
        Kpi.ACTIVATION_90: ("Aktivierung 90 Tage", "Umsatz ≤ 90 Tage nach Freigabe"),
        Kpi.SLA_COMPLIANCE: ("SLA-Einhaltung", "geprüft in ≤ 3 Arbeitstagen ÷ Prüfungen"),
    },
    Lang.EN: {
        Kpi.REVENUE: ("Revenue contribution", "sum of won deals"),
        Kpi.PIPELINE: ("Pipeline", "sum of open deals (submitted/approved)"),
        Kpi.WIN_RATE: ("Win rate", "won ÷ closed"),
        Kpi.AVG_DEAL_SIZE: ("Average deal size", "revenue ÷ deals won"),
        Kpi.SALES_CYCLE_DAYS: ("Sales cycle", "avg. days submitted → closed"),
        Kpi.TIME_TO_FIRST_DEAL_DAYS: ("Time to first deal", "days approval → first submission"),
        Kpi.CERTIFICATION_RATE: ("Certification rate", "certified people ÷ people"),
        Kpi.MDF_UTILISATION: ("MDF utilisation", "claimed ÷ allocated"),
        Kpi.MDF_ROI: ("MDF ROI", "attributed revenue ÷ reimbursed"),
        Kpi.ACTIVITY_INDEX: ("Activity index", "events in the last 90 days"),
        Kpi.ACTIVATION_60: ("Activation 60 days", "revenue ≤ 60 days after approval"),
        Kpi.ACTIVATION_90: ("Activation 90 days", "revenue ≤ 90 days after approval"),
        Kpi.SLA_COMPLIANCE: ("Review SLA compliance", "decided in ≤ 3 working days ÷ reviews"),
    },
}

SUGGESTION_TEXT: dict[Lang, dict[str, str]] = {
    Lang.DE: {
        "certifications_missing_for_tier": "{missing} Zertifizierung(en) fehlen für {tier}.",
        "revenue_missing_for_tier": "{missing} Umsatz (12 Monate) fehlen für {tier}.",
        "active_deals_missing_for_tier": "{missing} aktive Deal(s) fehlen für {tier}.",
        "increase_activity": "Aktivität steigern: {events_90d} Ereignisse in 90 Tagen (Ziel {target}).",
        "build_pipeline": "Pipeline aufbauen: {pipeline} von {reference}.",
        "use_mdf_funds": "MDF nutzen: {unclaimed} noch nicht abgerufen.",
        "request_mdf_allocation": "MDF-Budget beantragen.",
        "certify_people": "Personen zertifizieren: {certified} von {people} zertifiziert.",
    },
    Lang.EN: {
        "certifications_missing_for_tier": "{missing} certification(s) missing for {tier}.",
        "revenue_missing_for_tier": "{missing} of 12-month revenue missing for {tier}.",
        "active_deals_missing_for_tier": "{missing} active deal(s) missing for {tier}.",
        "increase_activity": "Increase activity: {events_90d} events in 90 days (target {target}).",
        "build_pipeline": "Build pipeline: {pipeline} of {reference}.",
        "use_mdf_funds": "Use MDF: {unclaimed} not yet claimed.",
        "request_mdf_allocation": "Request an MDF allocation.",
        "certify_people": "Certify people: {certified} of {people} certified.",
    },
}

MONTHS: dict[Lang, tuple[str, ...]] = {
    Lang.DE: ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    Lang.EN: ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


# --- data ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QbrData:
    partner_id: str
    partner_name: str
    tier: str | None
    currency: str
    year: int
    quarter: int
    period: Period
    figures: dict[Kpi, KpiFigure]
    previous: dict[Kpi, KpiFigure]
    revenue_by_month: tuple[tuple[date, int], ...]
    funnel: tuple[tuple[str, int], ...]
    health: PartnerHealth
    suggestions: tuple[Suggestion, ...]
    forecast: RevenueForecast
    generated_on: date


def quarter_period(year: int, quarter: int) -> Period:
    if quarter not in (1, 2, 3, 4):
        raise UserError("invalid_quarter", field="quarter", value=quarter)
    if not 1900 <= year <= 9999:
        raise UserError("invalid_year", field="year", value=year)
    start = date(year, 3 * (quarter - 1) + 1, 1)
    return Period(start, add_months(start, 3) - timedelta(days=1))


def _funnel(engine: Engine, partner_id: str, program_id: str, period: Period) -> tuple[tuple[str, int], ...]:
    d = kpis._t("deal_registrations")
    lo = datetime.combine(period.start, time(0), tzinfo=UTC)
    hi = datetime.combine(period.end + timedelta(days=1), time(0), tzinfo=UTC)
    approved = d.c.status.in_(("approved", "won", "lost", "expired"))
    stmt = select(
        func.count(),
        func.coalesce(func.sum(case((approved, 1), else_=0)), 0),
        func.coalesce(func.sum(case((d.c.status == "won", 1), else_=0)), 0),
    ).where(
        d.c.partner_id == partner_id,
        d.c.program_id == program_id,
        d.c.deleted_at.is_(None),
        d.c.submitted_at >= lo,
        d.c.submitted_at < hi,
    )
    with engine.connect() as conn:
        registered, appr, won = conn.execute(stmt).one()
    return tuple(zip(FUNNEL_STAGES, (int(registered), int(appr), int(won)), strict=True))


def qbr_data(engine: Engine, partner_id: str, year: int, quarter: int, *, generated_on: date | None = None) -> QbrData:
    """Everything the QBR shows, for one partner and one calendar quarter."""
    period = quarter_period(year, quarter)
    figures = kpis.partner_kpis(engine, partner_id, period)
    prev_start = add_months(period.start, -3)
    previous = kpis.partner_kpis(engine, partner_id, Period(prev_start, period.start - timedelta(days=1)))
    program_id = figures[Kpi.REVENUE].drill.program_id
    p = kpis._t("partners")
    t = kpis._t("tier_levels")
    with engine.connect() as conn:
        name, tier = conn.execute(
            select(p.c.legal_name, t.c.name)
            .select_from(p.outerjoin(t, t.c.id == p.c.tier_id))
            .where(p.c.id == partner_id)
        ).one()
    first_month = add_months(period.start, -9)
    currency, sums = monthly_revenue(engine, first_month, period.end, partner_id=partner_id)
    months = tuple((add_months(first_month, k), sums.get(add_months(first_month, k), 0)) for k in range(12))
    health = health_mod.partner_health(engine, partner_id, period.end)
    return QbrData(
        partner_id=partner_id,
        partner_name=str(name),
        tier=None if tier is None else str(tier),
        currency=currency,
        year=year,
        quarter=quarter,
        period=period,
        figures=figures,
        previous=previous,
        revenue_by_month=months,
        funnel=_funnel(engine, partner_id, program_id, period),
        health=health,
        suggestions=tuple(health_mod.next_best_actions(health)),
        forecast=revenue_forecast(engine, period.end, partner_id=partner_id),
        generated_on=generated_on or datetime.now(UTC).date(),
    )


# --- rendering -------------------------------------------------------------------------------------------


def _font_path(file: str) -> Path:
    for folder in FONT_DIRS:
        path = folder / file
        if path.is_file():
            return path
    raise UserError("font_missing", file=file, searched=[str(d) for d in FONT_DIRS])


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once; UserError("font_missing") when neither place has it."""
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT in registered and FONT_BOLD in registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(_font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(_font_path("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _lang(lang: str | Lang) -> Lang:
    try:
        return Lang(str(lang).lower()[:2])
    except ValueError:
        raise UserError("unsupported_language", field="lang", value=str(lang)) from None


def format_figure(fig: KpiFigure | None, lang: Lang) -> str:
    """A KPI value as text in the language (n/a for None)."""
    if fig is None or fig.value is None:
        return LABELS[lang]["n/a"]
    value = fig.value
    if fig.unit is Unit.MONEY:
        return format_money(int(value), fig.currency or "EUR", lang)
    if fig.unit is Unit.RATIO:
        if fig.kpi is Kpi.MDF_ROI:
            return format_number(Decimal(value), 2, lang) + " ×"
        return format_number(Decimal(value) * 100, 1, lang) + " %"
    if fig.unit is Unit.DAYS:
        return f"{format_number(Decimal(value), 1, lang)} {LABELS[lang]['days']}"
    return format_number(Decimal(value), 2, lang)


def suggestion_text(s: Suggestion, currency: str, lang: Lang) -> str:
    params: dict[str, Any] = dict(s.params)
    for key in ("missing_minor", "pipeline_minor", "reference_minor", "unclaimed_minor"):
        if key in params:
            params[key.removesuffix("_minor")] = format_money(
                int(params[key]), str(params.get("currency", currency)), lang
            )
    template = SUGGESTION_TEXT[lang].get(s.code, s.code)
    if s.code == "revenue_missing_for_tier":
        params["missing"] = params.get("missing", "")
    return template.format_map(_Defaults(params))


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def _major(minor: int, currency: str) -> float:
    # Chart geometry only (never stored or summed): floats are fine here.
    return float(minor) / float(10 ** CURRENCY_EXPONENTS.get(currency, 2))


def _revenue_chart(data: QbrData, lang: Lang, width: float) -> Drawing:
    height = 62 * mm
    dr = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 18 * mm, 10 * mm
    chart.width, chart.height = width - 24 * mm, height - 16 * mm
    values = [_major(v, data.currency) for _m, v in data.revenue_by_month]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [
        f"{MONTHS[lang][m.month - 1]} {m.year % 100:02d}" for m, _v in data.revenue_by_month
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(values) if values and max(values) > 0 else 1.0
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.labelTextFormat = lambda v: format_number(Decimal(round(v)), 0, lang)
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = BRAND
    chart.bars[0].strokeColor = None
    in_quarter = [i for i, (m, _v) in enumerate(data.revenue_by_month) if m >= data.period.start]
    for i in in_quarter:
        chart.bars[(0, i)].fillColor = ACCENT
    dr.add(chart)
    dr.add(String(18 * mm, height - 4 * mm, data.currency, fontName=FONT, fontSize=7, fillColor=colors.grey))
    return dr


def _funnel_chart(data: QbrData, lang: Lang, width: float) -> Drawing:
    height = 34 * mm
    dr = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 28 * mm, 4 * mm
    chart.width, chart.height = width - 44 * mm, height - 8 * mm
    stages = list(reversed(data.funnel))  # top bar = first stage
    chart.data = [[n for _s, n in stages]]
    chart.categoryAxis.categoryNames = [LABELS[lang][s] for s, _n in stages]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([n for _s, n in stages] + [1]) * 1.1
    chart.bars[0].strokeColor = None
    palette = [colors.HexColor("#59a14f"), ACCENT, BRAND]
    for i in range(len(stages)):
        chart.bars[(0, i)].fillColor = palette[i % len(palette)]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    dr.add(chart)
    return dr


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("t", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=BRAND),
        "sub": ParagraphStyle("s", fontName=FONT, fontSize=9.5, leading=13, textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle(
            "h", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=BRAND, spaceBefore=8, spaceAfter=4
        ),
        "body": ParagraphStyle("b", fontName=FONT, fontSize=9, leading=12),
        "cell": ParagraphStyle("c", fontName=FONT, fontSize=8.5, leading=10.5),
        "cell_small": ParagraphStyle("cs", fontName=FONT, fontSize=7.5, leading=9.5, textColor=colors.grey),
        "bullet": ParagraphStyle("bl", fontName=FONT, fontSize=9, leading=12.5, leftIndent=10, bulletIndent=0),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[Any]], widths: list[float], *, right_cols: tuple[int, ...] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), BRAND),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6f9")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for col in right_cols:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _story(data: QbrData, lang: Lang, width: float) -> list[Flowable]:
    L = LABELS[lang]
    st = _styles()
    story: list[Flowable] = [
        Paragraph(f"{_esc(L['title'])} – {_esc(data.partner_name)}", st["title"]),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Q{data.quarter} {data.year} · {L['period']}: {format_date(data.period.start, lang)} – "
            f"{format_date(data.period.end, lang)} · {L['tier']}: {_esc(data.tier or L['none'])} · "
            f"{L['generated']} {format_date(data.generated_on, lang)}",
            st["sub"],
        ),
        Paragraph(L["kpis"], st["h2"]),
    ]
    rows: list[list[Any]] = [[L["kpi"], L["this_quarter"], L["previous_quarter"], L["formula"]]]
    for kpi in Kpi:
        name, formula = KPI_LABELS[lang][kpi]
        rows.append(
            [
                Paragraph(_esc(name), st["cell"]),
                format_figure(data.figures.get(kpi), lang),
                format_figure(data.previous.get(kpi), lang),
                Paragraph(_esc(formula), st["cell_small"]),
            ]
        )
    story.append(_table(rows, [0.28 * width, 0.19 * width, 0.19 * width, 0.34 * width], right_cols=(1, 2)))
    story.append(KeepTogether([Paragraph(L["revenue_by_month"], st["h2"]), _revenue_chart(data, lang, width)]))
    story.append(KeepTogether([Paragraph(L["funnel"], st["h2"]), _funnel_chart(data, lang, width)]))

    h = data.health
    comp_rows: list[list[Any]] = [[L["score"], L["activity"], L["pipeline"], L["certification"], L["marketing"]]]
    comp_rows.append(
        [
            f"{h.score} / 100",
            str(h.components.activity),
            str(h.components.pipeline),
            str(h.components.certification),
            str(h.components.marketing),
        ]
    )
    health_block: list[Flowable] = [Paragraph(L["health"], st["h2"]), _table(comp_rows, [width / 5] * 5)]
    if h.next_tier is not None:
        health_block.append(Spacer(1, 2 * mm))
        health_block.append(Paragraph(f"{L['next_tier']}: {_esc(h.next_tier.tier)}", st["body"]))
    story.append(KeepTogether(health_block))

    actions: list[Flowable] = [Paragraph(L["actions"], st["h2"])]
    if data.suggestions:
        for s in data.suggestions:
            actions.append(Paragraph(_esc(suggestion_text(s, data.currency, lang)), st["bullet"], bulletText="•"))
    else:
        actions.append(Paragraph(L["no_actions"], st["body"]))
    story.append(KeepTogether(actions))

    fc = data.forecast
    level = format_number(fc.level * 100, 0, lang)
    fc_rows: list[list[Any]] = [[L["quarter"], L["forecast_point"], L["interval"].format(level=level)]]
    for q in fc.quarters:
        fc_rows.append(
            [
                f"Q{q.quarter} {q.year}",
                format_money(q.point_minor, fc.currency, lang),
                f"{format_money(q.lower_minor, fc.currency, lang)} – {format_money(q.upper_minor, fc.currency, lang)}",
            ]
        )
    story.append(
        KeepTogether(
            [
                Paragraph(L["forecast"], st["h2"]),
                _table(fc_rows, [0.25 * width, 0.3 * width, 0.45 * width], right_cols=(1, 2)),
                Spacer(1, 1.5 * mm),
                Paragraph(f"{L['method']}: {L.get('method.' + fc.method, fc.method)}", st["cell_small"]),
            ]
        )
    )
    return story


def render_qbr(data: QbrData, lang: str | Lang = Lang.DE) -> bytes:
    """The QBR as PDF bytes."""
    language = _lang(lang)
    register_fonts()
    buf = BytesIO()
    margin = 16 * mm
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{LABELS[language]['title']} – {data.partner_name} – Q{data.quarter} {data.year}",
        author="Partner Workbench",
    )
    page_label = LABELS[language]["page"]

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(margin, 9 * mm, f"{data.partner_name} · Q{data.quarter} {data.year}")
        canvas.drawRightString(A4[0] - margin, 9 * mm, f"{page_label} {document.page}")
        canvas.restoreState()

    doc.build(_story(data, language, A4[0] - 2 * margin), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_qbr(
    engine: Engine,
    partner_id: str,
    year: int,
    quarter: int,
    path: Path,
    *,
    lang: str | Lang = Lang.DE,
    generated_on: date | None = None,
) -> Path:
    """Gather, render and write the QBR of one partner; returns the path."""
    data = qbr_data(engine, partner_id, year, quarter, generated_on=generated_on)
    path.write_bytes(render_qbr(data, lang))
    return path


def labels(lang: str | Lang) -> Mapping[str, str]:
    return LABELS[_lang(lang)]
