"""CSV export of the analytics tables: UTF-8 with BOM (Excel opens umlauts right), a locale-aware
separator (`CsvFormat.for_locale("de")`: ";" between cells and "," as decimal mark), and text cells that
start with = + - @ (or a tab / carriage return) neutralised with a leading apostrophe so a spreadsheet
never evaluates them as formulas. Numbers are written as numbers (a negative number is not text).

Headers are codes (kpi names, ".numerator" / ".denominator"); the UI may translate them. Money columns
hold decimal amounts in major units of the figure's currency (the `currency` column)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import IO

from workbench.analytics.forecast import RevenueForecast
from workbench.analytics.health import COMPONENTS, PartnerHealth
from workbench.analytics.types import Kpi, KpiFigure, KpiRow, Unit
from workbench.errors import UserError
from workbench.validation import CURRENCY_EXPONENTS

BOM = "\ufeff"
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Locales writing a decimal comma (their spreadsheets expect ";" between cells).
_DECIMAL_COMMA = frozenset({"de", "fr", "it", "es", "nl", "pl", "cs", "da", "sv", "fi", "nb", "no", "pt", "at"})


@dataclass(frozen=True, slots=True)
class CsvFormat:
    delimiter: str = ","
    decimal: str = "."

    def __post_init__(self) -> None:
        if self.delimiter not in (",", ";", "\t", "|"):
            raise UserError("csv_delimiter_invalid", field="delimiter", value=self.delimiter)
        if self.decimal not in (".", ","):
            raise UserError("csv_decimal_invalid", field="decimal", value=self.decimal)
        if self.delimiter == self.decimal:
            raise UserError("csv_delimiter_is_decimal", field="delimiter", value=self.delimiter)

    @classmethod
    def for_locale(cls, locale: str) -> CsvFormat:
        """ "de", "de_DE", "de-AT" -> ";" and ","; "en_US" and unknown -> "," and "."."""
        lang = locale.replace("-", "_").split("_")[0].lower()
        return cls(";", ",") if lang in _DECIMAL_COMMA else cls(",", ".")


def neutralise(text: str) -> str:
    """Make a text cell inert for spreadsheets (formula injection)."""
    return "'" + text if text.startswith(DANGEROUS_PREFIXES) else text


def _number(value: int | Decimal, fmt: CsvFormat) -> str:
    text = f"{value:f}" if isinstance(value, Decimal) else str(value)
    return text.replace(".", fmt.decimal)


def cell(value: object, fmt: CsvFormat) -> str:
    """One cell: None -> empty, numbers with the format's decimal mark, dates ISO, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | Decimal):
        return _number(value, fmt)
    if isinstance(value, Enum):
        return neutralise(str(value.value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return neutralise(str(value))


def money(minor: int | Decimal | None, currency: str | None) -> Decimal | None:
    if minor is None:
        return None
    return Decimal(minor).scaleb(-CURRENCY_EXPONENTS.get(currency or "", 2))


def write_csv(
    target: Path | IO[str], header: Sequence[str], rows: Iterable[Sequence[object]], fmt: CsvFormat | None = None
) -> None:
    """Write one table (BOM first). `target` is a path (created/overwritten) or an open text stream."""
    fmt = fmt or CsvFormat()
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8", newline="") as fh:
            _write(fh, header, rows, fmt)
    else:
        _write(target, header, rows, fmt)


def _write(fh: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]], fmt: CsvFormat) -> None:
    fh.write(BOM)
    writer = csv.writer(fh, delimiter=fmt.delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([cell(h, fmt) for h in header])
    for row in rows:
        writer.writerow([cell(v, fmt) for v in row])


def to_text(header: Sequence[str], rows: Iterable[Sequence[object]], fmt: CsvFormat | None = None) -> str:
    buf = io.StringIO()
    write_csv(buf, header, rows, fmt)
    return buf.getvalue()


def _figure_cells(fig: KpiFigure) -> list[object]:
    def part(value: int | Decimal | None, is_money: bool) -> object:
        return money(value, fig.currency) if is_money else value

    value_money = fig.unit is Unit.MONEY
    num_money = fig.currency is not None
    den_money = fig.kpi in (Kpi.MDF_UTILISATION, Kpi.MDF_ROI)
    return [part(fig.value, value_money), part(fig.numerator, num_money), part(fig.denominator, den_money)]


def kpi_table_rows(
    rows: Sequence[KpiRow], kpis: Sequence[Kpi] | None = None, labels: Mapping[str, str] | None = None
) -> tuple[list[str], list[list[object]]]:
    """Header and cells of a KPI table: group, key, label, currency, then value/numerator/denominator per KPI."""
    chosen = list(kpis) if kpis is not None else (list(rows[0].figures) if rows else list(Kpi))
    header = ["group_by", "key", "label", "currency"]
    for k in chosen:
        header += [k.value, f"{k.value}.numerator", f"{k.value}.denominator"]
    out: list[list[object]] = []
    for r in rows:
        currency = next((f.currency for f in r.figures.values() if f.currency), None)
        line: list[object] = [r.group_by, r.key, (labels or {}).get(r.key, ""), currency]
        for k in chosen:
            fig = r.figures.get(k)
            line += _figure_cells(fig) if fig is not None else [None, None, None]
        out.append(line)
    return header, out


def export_kpi_table(
    target: Path | IO[str],
    rows: Sequence[KpiRow],
    fmt: CsvFormat | None = None,
    *,
    kpis: Sequence[Kpi] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """A KPI table (kpis.kpi_table); `labels` maps group keys to display names (partner names ...)."""
    header, out = kpi_table_rows(rows, kpis, labels)
    write_csv(target, header, out, fmt)


def export_figures(target: Path | IO[str], figures: Mapping[Kpi, KpiFigure], fmt: CsvFormat | None = None) -> None:
    """A dashboard (kpis.dashboard / partner_kpis): one line per KPI with its formula key and inputs."""
    header = ["kpi", "value", "numerator", "denominator", "unit", "currency", "formula", "group_by", "key"]
    out = [[f.kpi, *_figure_cells(f), f.unit, f.currency, f.formula, f.group_by, f.key] for f in figures.values()]
    write_csv(target, header, out, fmt)


def export_health(
    target: Path | IO[str],
    scores: Sequence[PartnerHealth],
    fmt: CsvFormat | None = None,
    *,
    labels: Mapping[str, str] | None = None,
) -> None:
    header = ["partner_id", "label", "score", *COMPONENTS, "next_tier"]
    out = [
        [
            h.partner_id,
            (labels or {}).get(h.partner_id, ""),
            h.score,
            *(getattr(h.components, c) for c in COMPONENTS),
            h.next_tier.tier if h.next_tier else None,
        ]
        for h in scores
    ]
    write_csv(target, header, out, fmt)


def export_forecast(target: Path | IO[str], fc: RevenueForecast, fmt: CsvFormat | None = None) -> None:
    """History and forecast months, then the two quarters (kind column: actual | forecast | quarter)."""
    header = ["kind", "period_start", "period_end", "value", "lower", "upper", "currency", "method"]
    cur = fc.currency
    out: list[list[object]] = [["actual", m, None, money(v, cur), None, None, cur, None] for m, v in fc.history]
    out += [
        [
            "forecast",
            m.month,
            None,
            money(m.point_minor, cur),
            money(m.lower_minor, cur),
            money(m.upper_minor, cur),
            cur,
            fc.method,
        ]
        for m in fc.months
    ]
    out += [
        [
            "quarter",
            q.start,
            q.end,
            money(q.point_minor, cur),
            money(q.lower_minor, cur),
            money(q.upper_minor, cur),
            cur,
            fc.method,
        ]
        for q in fc.quarters
    ]
    write_csv(target, header, out, fmt)
