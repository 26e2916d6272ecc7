"""Forecast (Holt) on known series, the anomaly rule, and the forecast on the database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from tests.workbench.analytics.conftest import Rows
from workbench.analytics.forecast import (
    holt_forecast,
    is_drop,
    registration_anomalies,
    revenue_forecast,
    robust_z,
)
from workbench.errors import UserError


def test_linear_trend_is_recovered() -> None:
    series = [100.0 + 10.0 * t for t in range(24)]
    r = holt_forecast(series, 6)
    assert r.method == "holt"
    for h, point in enumerate(r.points, start=1):
        assert point == pytest.approx(100 + 10 * (23 + h), abs=1e-6)
    assert all(s == pytest.approx(0, abs=1e-6) for s in r.sigmas)  # a perfect fit has no error


def test_interval_widens_with_horizon() -> None:
    noise = [3, -2, 5, -4, 1, -1, 4, -3, 2, -5, 3, 0, -2, 4, -1, 2, -3, 5, -4, 1, 0, -2, 3, -1]
    series = [200.0 + 5.0 * t + n * 4 for t, n in enumerate(noise)]
    r = holt_forecast(series, 6)
    assert all(b > a for a, b in zip(r.sigmas, r.sigmas[1:], strict=False))
    assert r.sigmas[0] > 0
    # the trend is recovered roughly: the 6-month-ahead point lies near 200 + 5 * 29
    assert r.points[5] == pytest.approx(345, rel=0.1)


def test_short_and_empty_history() -> None:
    r = holt_forecast([10.0, 20.0, 30.0], 3)
    assert r.method == "mean" and r.points == (20.0, 20.0, 20.0)
    assert r.sigmas[0] < r.sigmas[2]
    assert holt_forecast([], 2).method == "no_history"
    with pytest.raises(UserError):
        holt_forecast([1.0], 0)


def test_robust_anomaly_rule() -> None:
    history = [10, 12, 9, 11, 10, 13, 10, 11, 9, 12, 10, 11]
    flagged, z = is_drop(history, 1)
    assert flagged and z is not None and z < -3.5
    assert is_drop(history, 9) == (False, pytest.approx(robust_z(history, 9)))
    assert is_drop([10, 10, 10, 10, 10, 10], 4)[0]  # constant history: below half the median
    assert not is_drop([10, 10, 10, 10, 10, 10], 6)[0]
    assert not is_drop([10, 10, 10], 0)[0]  # too little history
    assert not is_drop([1, 0, 1, 1, 0, 1, 1], 0)[0]  # too few registrations to judge
    # MAD = 0 but some spread: the mean absolute deviation stands in
    z2 = robust_z([5, 5, 5, 5, 5, 5, 9], 5)
    assert z2 == pytest.approx(0.0)


def _ts(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 10, tzinfo=UTC)


def test_forecast_and_anomalies_from_the_database(engine: Engine, rows: Rows) -> None:
    with rows.batch():
        _forecast_rows(rows)
    steady, dropping = "partner-Steady", "partner-Dropping"
    _check_forecast(engine, steady, dropping)


def _forecast_rows(rows: Rows) -> None:
    prog = rows.program("EUR", {"USD": "0.5"})
    steady = rows.partner(prog, "Steady", approved_on=date(2024, 1, 1))
    dropping = rows.partner(prog, "Dropping", approved_on=date(2024, 1, 1))
    # Revenue 1000, 1100, ... per month for 2025-01 .. 2026-06 (USD in the odd months at rate 0.5)
    for k in range(18):
        y, m = 2025 + k // 12, k % 12 + 1
        amount = 100_000 + 10_000 * k
        cur, minor = ("USD", amount * 2) if k % 2 else ("EUR", amount)
        rows.deal(prog, steady, minor, cur, "won", submitted=_ts(y, m, 2), closed=date(y, m, 15), won=minor)
    # Dropping: 4 registrations a month for 12 months, none in the last complete month (2026-06)
    for k in range(12):
        y, m = 2025 + (k + 5) // 12, (k + 5) % 12 + 1
        for _ in range(4):
            rows.deal(prog, dropping, 1_000, "EUR", "submitted", submitted=_ts(y, m, 3))


def _check_forecast(engine: Engine, steady: str, dropping: str) -> None:
    fc = revenue_forecast(engine, date(2026, 7, 10), partner_id=steady)
    assert fc.method == "holt" and fc.currency == "EUR"
    assert fc.history[-1] == (date(2026, 6, 1), 270_000)
    # next two quarters after Q3 2026: Q4 2026 (Oct-Dec = h 4..6) and Q1 2027 (h 7..9)
    q4, q1 = fc.quarters
    assert (q4.year, q4.quarter, q1.year, q1.quarter) == (2026, 4, 2027, 1)
    assert q4.point_minor == pytest.approx(310_000 + 320_000 + 330_000, abs=2)
    assert q1.point_minor == pytest.approx(340_000 + 350_000 + 360_000, abs=2)
    assert q4.lower_minor <= q4.point_minor <= q4.upper_minor
    assert fc.months[0].month == date(2026, 7, 1) and len(fc.months) == 9
    assert revenue_forecast(engine, date(2026, 7, 10), level=Decimal("0.95")).level == Decimal("0.95")
    with pytest.raises(UserError):
        revenue_forecast(engine, date(2026, 7, 10), level=Decimal("0.5"))
    anomalies = registration_anomalies(engine, date(2026, 7, 10))
    assert [a.partner_id for a in anomalies] == [dropping]
    assert anomalies[0].code == "registrations_drop" and anomalies[0].params["count"] == 0
    assert registration_anomalies(engine, date(2026, 7, 10), partner_id=steady) == []
