"""CSV export (BOM, separators, formula neutralisation) and the QBR PDF."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.workbench.analytics.conftest import Rows
from tests.workbench.analytics.world import World, build
from workbench.analytics import export, qbr
from workbench.analytics.forecast import revenue_forecast
from workbench.analytics.health import health_scores
from workbench.analytics.kpis import dashboard, kpi_table
from workbench.analytics.types import GroupBy, Kpi, Period
from workbench.errors import UserError

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def world(rows: Rows) -> World:
    return build(rows)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+49 89 123", "'+49 89 123"),
        ("-1+2", "'-1+2"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Müller GmbH", "Müller GmbH"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(raw: str, expected: str) -> None:
    assert export.neutralise(raw) == expected


def test_cells_numbers_stay_numbers() -> None:
    de = export.CsvFormat.for_locale("de_DE")
    assert (de.delimiter, de.decimal) == (";", ",")
    assert export.CsvFormat.for_locale("en-US") == export.CsvFormat(",", ".")
    assert export.cell(Decimal("-12.50"), de) == "-12,50"
    assert export.cell(-3, de) == "-3"
    assert export.cell(None, de) == ""
    assert export.cell(date(2026, 1, 2), de) == "2026-01-02"
    with pytest.raises(UserError):
        export.CsvFormat(",", ",")
    with pytest.raises(UserError):
        export.CsvFormat("x", ".")


def test_csv_file_bom_and_locale(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    export.write_csv(
        path,
        ["name", "amount"],
        [['=HYPERLINK("x")', Decimal("1.5")], ["Jörg; Söhne", 2]],
        export.CsvFormat.for_locale("de"),
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows == [["name", "amount"], ['\'=HYPERLINK("x")', "1,5"], ["Jörg; Söhne", "2"]]


def test_kpi_tables_export(engine: Engine, world: World) -> None:
    rows = kpi_table(engine, Q1, GroupBy.PARTNER)
    buf = io.StringIO()
    export.export_kpi_table(buf, rows, labels={world.a: "=A GmbH", world.b: "Bäcker"})
    text = buf.getvalue()
    assert text.startswith(export.BOM)
    parsed = list(csv.DictReader(io.StringIO(text[1:])))
    by_key = {r["key"]: r for r in parsed}
    assert by_key[world.a]["label"] == "'=A GmbH" and by_key[world.b]["label"] == "Bäcker"
    assert by_key[world.a]["revenue"] == "1200.00" and by_key[world.a]["currency"] == "EUR"
    assert by_key[world.a]["win_rate"] == "0.6667"
    assert by_key[world.a]["win_rate.numerator"] == "2" and by_key[world.a]["win_rate.denominator"] == "3"
    assert by_key[world.c]["win_rate"] == ""  # n/a
    assert by_key[world.a]["mdf_utilisation.denominator"] == "1000.00"

    figures = io.StringIO()
    export.export_figures(figures, dashboard(engine, Q1), export.CsvFormat.for_locale("de"))
    lines = list(csv.reader(io.StringIO(figures.getvalue()[1:]), delimiter=";"))
    assert lines[0][:4] == ["kpi", "value", "numerator", "denominator"]
    assert lines[1][:4] == ["revenue", "1250,00", "1250,00", ""]
    assert lines[1][6] == "analytics.formula.revenue"
    assert len(lines) == 1 + len(Kpi)

    h = io.StringIO()
    export.export_health(h, health_scores(engine, Q1.end))
    assert len(h.getvalue().splitlines()) == 5
    f = io.StringIO()
    export.export_forecast(f, revenue_forecast(engine, Q1.end))
    assert "quarter" in f.getvalue()


def test_quarter_period() -> None:
    assert qbr.quarter_period(2026, 4) == Period(date(2026, 10, 1), date(2026, 12, 31))
    with pytest.raises(UserError):
        qbr.quarter_period(2026, 5)


def test_qbr_pdf(engine: Engine, world: World, tmp_path: Path) -> None:
    data = qbr.qbr_data(engine, world.a, 2026, 1, generated_on=date(2026, 4, 2))
    assert data.funnel == (("registered", 4), ("approved", 4), ("won", 2))  # d1-d4 submitted in Q1, all approved
    assert data.revenue_by_month[-1] == (date(2026, 3, 1), 20_000)  # d2 (USD 400 at 0.5)
    assert data.revenue_by_month[-2] == (date(2026, 2, 1), 100_000)
    assert data.tier == "Silver"
    assert data.suggestions[0].code == "certifications_missing_for_tier"
    for lang in ("de", "en"):
        path = qbr.write_qbr(engine, world.a, 2026, 1, tmp_path / f"qbr-{lang}.pdf", lang=lang)
        pdf = path.read_bytes()
        assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf  # embedded TTF (umlauts)
    with pytest.raises(UserError):
        qbr.render_qbr(data, "fr")
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", str(tmp_path / "qbr-de.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Quartalsbericht" in out and "Zertifizierungsquote" in out and "Nächste Stufe" in out
        assert "1.200,00 €" in out  # revenue of A in Q1


def test_qbr_font_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(qbr, "FONT_DIRS", (tmp_path,))
    with pytest.raises(UserError) as err:
        qbr._font_path("DejaVuSans.ttf")
    assert err.value.code == "font_missing"
