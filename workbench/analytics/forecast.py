"""Revenue forecast and pipeline anomaly flags (no external service, pure Python).

Forecast method — Holt's linear trend (additive double exponential smoothing, ETS(A,A,N)) on monthly won
revenue in the program currency:

    level  ℓₜ = α·yₜ + (1 − α)·(ℓₜ₋₁ + bₜ₋₁)        trend  bₜ = β·(ℓₜ − ℓₜ₋₁) + (1 − β)·bₜ₋₁
    ŷₙ₊ₕ = ℓₙ + h·bₙ

initialised with ℓ₀ = y₀ and b₀ = y₁ − y₀; α and β are chosen on a grid (0.05 … 0.95 by 0.05) to minimise
the sum of squared one-step-ahead errors. σ² is the mean squared one-step error (n − 2 degrees of freedom);
the h-step variance is σ²·(1 + Σⱼ₌₁..ₕ₋₁ α²(1 + jβ)²) (Hyndman & Athanasopoulos, ETS(A,A,N)), so the interval
widens with the horizon. Interval = point ± z·σₕ (z for the `level`, default 80 %), clipped at 0. A quarter is
the sum of its three months; its σ is the sum of the monthly σₕ (errors taken as fully correlated: a
conservative, wider interval). Fewer than 4 months of history: the mean of the history with the standard
deviation growing with √h ("mean"); none: 0 ("no_history").

History: calendar months from the first month with won revenue (at most `HISTORY_MONTHS` back) up to the
last complete month before `as_of`, empty months as 0. The forecast covers the two calendar quarters after
the one containing `as_of`.

Anomaly rule — new registrations (deals by submission month) of the last complete month against the same
partner's previous 12 months: robust z = 0.6745·(x − median) ÷ MAD; flagged as `registrations_drop` when
z ≤ −3.5 (Iglewicz & Hoaglin). MAD = 0: the mean absolute deviation ×1.2533 stands in; both 0 (a constant
history): any drop below half the median is flagged. Needs ≥ 6 months of history with a median ≥ 2."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from statistics import median
from typing import Any

from sqlalchemy import Engine, func, literal, select

from workbench.analytics import kpis
from workbench.analytics.types import Period
from workbench.errors import UserError

HISTORY_MONTHS = 36
Z_VALUES = {Decimal("0.8"): 1.2815516, Decimal("0.9"): 1.6448536, Decimal("0.95"): 1.9599640}
GRID = [i / 20 for i in range(1, 20)]
ANOMALY_Z = -3.5
ANOMALY_HISTORY = 12
ANOMALY_MIN_HISTORY = 6


# --- statistics -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HoltResult:
    method: str  # "holt" | "mean" | "no_history"
    points: tuple[float, ...]  # h = 1 .. horizon
    sigmas: tuple[float, ...]
    alpha: float | None = None
    beta: float | None = None
    level: float = 0.0
    trend: float = 0.0


def _holt_run(y: Sequence[float], alpha: float, beta: float) -> tuple[float, float, list[float]]:
    level, trend = y[0], y[1] - y[0]
    errors: list[float] = []
    for t in range(1, len(y)):
        forecast = level + trend
        if t >= 2:  # t = 1 is fitted exactly by the initial trend
            errors.append(y[t] - forecast)
        new_level = alpha * y[t] + (1 - alpha) * (level + trend)
        trend = beta * (new_level - level) + (1 - beta) * trend
        level = new_level
    return level, trend, errors


def holt_forecast(series: Sequence[float], horizon: int) -> HoltResult:
    """Point forecasts and their standard deviations for h = 1..horizon (see the module docstring)."""
    if horizon < 1:
        raise UserError("invalid_horizon", field="horizon", value=horizon)
    y = [float(v) for v in series]
    n = len(y)
    if n == 0:
        return HoltResult("no_history", (0.0,) * horizon, (0.0,) * horizon)
    if n < 4:
        mean = sum(y) / n
        sd = math.sqrt(sum((v - mean) ** 2 for v in y) / n)
        return HoltResult(
            "mean", (mean,) * horizon, tuple(sd * math.sqrt(h) for h in range(1, horizon + 1)), level=mean
        )
    best: tuple[float, float, float] | None = None
    for alpha in GRID:
        for beta in GRID:
            _l, _b, errors = _holt_run(y, alpha, beta)
            sse = sum(e * e for e in errors)
            if best is None or sse < best[0] - 1e-12:
                best = (sse, alpha, beta)
    assert best is not None
    sse, alpha, beta = best
    level, trend, errors = _holt_run(y, alpha, beta)
    dof = max(1, len(errors) - 2)
    sigma2 = sse / dof
    points = tuple(level + h * trend for h in range(1, horizon + 1))
    sigmas = []
    acc = 1.0
    for h in range(1, horizon + 1):
        if h > 1:
            acc += alpha * alpha * (1 + (h - 1) * beta) ** 2
        sigmas.append(math.sqrt(sigma2 * acc))
    return HoltResult("holt", points, tuple(sigmas), alpha, beta, level, trend)


def robust_z(history: Sequence[float], value: float) -> float | None:
    """Robust z-score of `value` against `history` (MAD, falling back to the mean absolute deviation);
    None when the history has no spread at all."""
    med = median(history)
    mad = median(abs(v - med) for v in history)
    if mad > 0:
        return 0.6745 * (value - med) / mad
    mean_ad = sum(abs(v - med) for v in history) / len(history)
    if mean_ad > 0:
        return (value - med) / (1.2533 * mean_ad)
    return None


def is_drop(history: Sequence[float], value: float, threshold: float = ANOMALY_Z) -> tuple[bool, float | None]:
    """The anomaly rule for one partner (see the module docstring): (flagged, robust z)."""
    if len(history) < ANOMALY_MIN_HISTORY:
        return False, None
    med = median(history)
    if med < 2:
        return False, None
    z = robust_z(history, value)
    if z is None:
        return value < med / 2, None
    return z <= threshold, z


# --- calendar helpers --------------------------------------------------------------------------------


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, months: int) -> date:
    m = d.year * 12 + d.month - 1 + months
    return date(m // 12, m % 12 + 1, 1)


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


# --- DTOs ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthValue:
    month: date  # first day of the month
    point_minor: int
    lower_minor: int
    upper_minor: int


@dataclass(frozen=True, slots=True)
class QuarterForecast:
    year: int
    quarter: int
    start: date
    end: date
    point_minor: int
    lower_minor: int
    upper_minor: int


@dataclass(frozen=True, slots=True)
class RevenueForecast:
    partner_id: str | None
    currency: str
    method: str
    level: Decimal  # interval coverage, e.g. 0.8
    alpha: float | None
    beta: float | None
    history: tuple[tuple[date, int], ...]  # (month, won revenue in minor units)
    months: tuple[MonthValue, ...]
    quarters: tuple[QuarterForecast, ...]


@dataclass(frozen=True, slots=True)
class Anomaly:
    partner_id: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


# --- queries -----------------------------------------------------------------------------------------


def _month_key(ctx: Any, column: Any) -> Any:
    if ctx.dialect == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def monthly_revenue(
    engine: Engine, first: date, last: date, *, partner_id: str | None = None, program_id: str | None = None
) -> tuple[str, dict[date, int]]:
    """Won revenue per calendar month (program currency, minor units) for deals closed in [first, last]."""
    ctx = kpis._context(engine, program_id, Period(first, last), partner_id)
    d, cond = kpis._deals(ctx.shape())
    month = _month_key(ctx, d.c.closed_at)
    stmt = (
        select(month, d.c.currency, func.sum(kpis._won_amount(d)))
        .where(*cond, d.c.status == "won", d.c.closed_at >= first, d.c.closed_at <= last)
        .group_by(month, d.c.currency)
    )
    sums: dict[date, Decimal] = {}
    with engine.connect() as conn:
        for key, cur, amount in conn.execute(stmt, ctx.params()):
            m = date(int(str(key)[:4]), int(str(key)[5:7]), 1)
            sums[m] = sums.get(m, Decimal(0)) + kpis._to_program_minor(ctx, amount or 0, str(cur))
    return ctx.currency, {m: kpis._round_minor(v) for m, v in sums.items()}


def _z(level: Decimal) -> float:
    if level not in Z_VALUES:
        raise UserError("invalid_interval_level", field="level", value=str(level), allowed=sorted(map(str, Z_VALUES)))
    return Z_VALUES[level]


def revenue_forecast(
    engine: Engine,
    as_of: date,
    *,
    partner_id: str | None = None,
    program_id: str | None = None,
    level: Decimal = Decimal("0.8"),
) -> RevenueForecast:
    """Forecast of won revenue for the two calendar quarters after the one containing `as_of`."""
    z = _z(level)
    last = month_start(as_of) - timedelta(days=1)  # end of the last complete month
    last_month = month_start(last)
    first = add_months(last_month, -(HISTORY_MONTHS - 1))
    currency, sums = monthly_revenue(engine, first, last, partner_id=partner_id, program_id=program_id)
    start = min(sums) if sums else last_month
    history: list[tuple[date, int]] = []
    m = start
    while m <= last_month:
        history.append((m, sums.get(m, 0)))
        m = add_months(m, 1)
    if not sums:
        history = []
    year, q = quarter_of(as_of)
    q_starts = [add_months(date(year, 3 * (q - 1) + 1, 1), 3 * k) for k in (1, 2)]
    horizon_end = add_months(q_starts[-1], 3)
    horizon = (horizon_end.year - last_month.year) * 12 + horizon_end.month - last_month.month - 1
    result = holt_forecast([float(v) for _m, v in history], horizon)
    months = []
    for h in range(1, horizon + 1):
        point, sigma = result.points[h - 1], result.sigmas[h - 1]
        months.append(
            MonthValue(
                add_months(last_month, h),
                max(0, round(point)),
                max(0, round(point - z * sigma)),
                max(0, round(point + z * sigma)),
            )
        )
    quarters = []
    for qs in q_starts:
        idx = [i for i, mv in enumerate(months) if qs <= mv.month < add_months(qs, 3)]
        point = sum(result.points[i] for i in idx)
        sigma = sum(result.sigmas[i] for i in idx)
        qy, qn = quarter_of(qs)
        quarters.append(
            QuarterForecast(
                qy,
                qn,
                qs,
                add_months(qs, 3) - timedelta(days=1),
                max(0, round(point)),
                max(0, round(point - z * sigma)),
                max(0, round(point + z * sigma)),
            )
        )
    return RevenueForecast(
        partner_id,
        currency,
        result.method,
        level,
        result.alpha,
        result.beta,
        tuple(history),
        tuple(months),
        tuple(quarters),
    )


def registration_anomalies(
    engine: Engine, as_of: date, *, partner_id: str | None = None, program_id: str | None = None
) -> list[Anomaly]:
    """Partners whose new registrations in the last complete month dropped against their own history."""
    current = month_start(month_start(as_of) - timedelta(days=1))
    first = add_months(current, -ANOMALY_HISTORY)
    ctx = kpis._context(engine, program_id, Period(first, as_of), partner_id)
    d, cond = kpis._deals(ctx.shape())
    month = _month_key(ctx, d.c.submitted_at)
    lo = datetime.combine(first, time(0), tzinfo=UTC)
    hi = datetime.combine(add_months(current, 1), time(0), tzinfo=UTC)
    stmt = (
        select(d.c.partner_id, month, func.count(literal(1)))
        .where(*cond, d.c.submitted_at >= lo, d.c.submitted_at < hi)
        .group_by(d.c.partner_id, month)
    )
    counts: dict[str, dict[str, int]] = {}
    with engine.connect() as conn:
        for pid, key, n in conn.execute(stmt, ctx.params()):
            counts.setdefault(str(pid), {})[str(key)] = int(n)
    months = [add_months(first, k).strftime("%Y-%m") for k in range(ANOMALY_HISTORY)]
    current_key = current.strftime("%Y-%m")
    out = []
    for pid in sorted(counts):
        per = counts[pid]
        history = [float(per.get(k, 0)) for k in months]
        # History starts at the partner's first month with registrations (no penalty before it existed).
        while history and history[0] == 0:
            history.pop(0)
        value = per.get(current_key, 0)
        flagged, z = is_drop(history, float(value))
        if flagged:
            params: dict[str, Any] = {
                "month": current_key,
                "count": value,
                "median": median(history),
                "robust_z": None if z is None else round(z, 2),
            }
            out.append(Anomaly(pid, "registrations_drop", params))
    return out
