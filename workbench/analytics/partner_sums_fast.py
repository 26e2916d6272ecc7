"""The raw inputs of the health score for every partner of a program in one set-based pass (SQLite replicas
with the deal totals of revision 0003).

Per partner: events in the 90 days ending `as_of`, open pipeline at `as_of`, certified people, people, MDF
claimed and allocated and won revenue over the 365 days ending `as_of`. The same integers as
`kpis.partner_sums` for the five KPIs (ACTIVITY_INDEX, PIPELINE, CERTIFICATION_RATE, MDF_UTILISATION,
REVENUE): the same statements where those are already grouped per partner (certification, MDF, the
activity's non-deal events), the totals' whole months plus the deals of the partial months at the edges
for the deal figures. Sums stay integers per partner and currency; only amounts in another currency than
the program's are converted (Decimal, the program's stored rates) and the sum rounded like a KPI figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, Select, TextClause, bindparam, func, literal, null, or_, select, text
from sqlalchemy.sql.elements import Null

from workbench.analytics import kpis, totals
from workbench.analytics.types import Kpi, Period
from workbench.validation import CURRENCY_EXPONENTS

OPEN_INDEX = "analytics_deal_month_open"  # revision 0004: (program_id, partner_id, currency, month, ...)
# positions in a partner's input list
EVENTS, PIPELINE, CERTIFIED, PEOPLE, CLAIMED, ALLOCATED, REVENUE = range(7)
FIELDS = 7
_MONEY = (PIPELINE, CLAIMED, ALLOCATED, REVENUE)


def _scales(ctx: Any) -> tuple[int, dict[str, int]]:
    """The program's rates as integers over one power of ten: an amount of currency c in minor units is
    amount × scale[c] ÷ 10^shift minor units of the program currency, exactly as `kpis._to_program_minor`
    computes it in Decimal (rates are finite decimals)."""
    exps = CURRENCY_EXPONENTS
    program_exp = exps.get(ctx.currency, 2)
    factors: dict[str, Decimal] = {}
    for cur, rate in ctx.rates.items():
        if cur in exps:
            factors[cur] = rate.scaleb(program_exp - exps[cur])
    shift = max([0, *(-f.as_tuple().exponent for f in factors.values())])  # type: ignore[operator]
    return shift, {cur: int(f.scaleb(shift)) for cur, f in factors.items()}


def _round_half_even(num: int, den: int) -> int:
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    return q


def _ts(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


class _Part:
    """A select of (partner, currency, value[, value]) whose values add to the inputs at `indexes`, × sign."""

    __slots__ = ("indexes", "plain", "sign", "stmt", "unique")

    def __init__(
        self,
        stmt: Select[Any] | TextClause,
        indexes: tuple[int, ...],
        sign: int,
        plain: bool,
        unique: bool = False,
    ) -> None:
        self.stmt, self.indexes, self.sign = stmt, indexes, sign
        self.plain = plain  # no currency column (NULL): counts added as they are
        self.unique = unique  # grouped by partner alone: one row per partner

    def where(self, *cond: Any) -> _Part:
        assert isinstance(self.stmt, Select)
        return _Part(self.stmt.where(*cond), self.indexes, self.sign, self.plain, self.unique)


def _part(pid: Any, cur: Any, index: int, value: Any, sign: int = 1, more: dict[int, Any] | None = None) -> _Part:
    extra = more or {}
    return _Part(select(pid, cur, value, *extra.values()), (index, *extra), sign, isinstance(cur, Null))


def _summed(pid: Any, cur: Any, index: int, value: Any, sign: int = 1) -> _Part:
    """Summed per partner and currency in SQL (several rows per partner: months, deals)."""
    groups = [pid] if isinstance(cur, Null) else [pid, cur]
    plain = isinstance(cur, Null)
    return _Part(select(pid, cur, func.sum(value)).group_by(*groups), (index,), sign, plain, plain)


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def _runs(bounds: list[str]) -> list[tuple[str, str]]:
    """Month ranges given as consecutive (first, last) pairs, a range that starts the month after the one
    before ends joined to it (each month is still read exactly as often as it is given)."""
    out: list[tuple[str, str]] = []
    for lo, hi in sorted(zip(bounds[::2], bounds[1::2], strict=True)):
        if out and lo == _next_month(out[-1][1]):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _people(shape: Any) -> list[_Part]:
    """People (live contacts) and certified people (live contacts with a certification valid at :end) per
    partner: the rows of `kpis._q_certification_rate` counted per partner."""
    c = kpis._t("contacts")
    cert = kpis._t("certifications")
    as_of = shape.end
    people_cond = [c.c.deleted_at.is_(None), *kpis._in_program(shape, c.c.partner_id)]
    valid = (
        select(cert.c.contact_id.label("contact_id"))
        .where(
            cert.c.deleted_at.is_(None),
            cert.c.status.in_(kpis.VALID_CERT_STATUSES),
            cert.c.earned_on.is_not(None),
            cert.c.earned_on <= as_of,
            or_(cert.c.expires_on.is_(None), cert.c.expires_on > as_of),
        )
        .distinct()
        .subquery("valid")
    )
    people = _summed(c.c.partner_id, null(), PEOPLE, literal(1)).where(*people_cond)
    certified = _Part(
        select(c.c.partner_id, null(), func.count())
        .select_from(valid.join(c, c.c.id == valid.c.contact_id))
        .where(*people_cond)
        .group_by(c.c.partner_id),
        (CERTIFIED,),
        1,
        True,
        True,
    )
    return [people, certified]


def _statement(shape: Any, year: Period, as_of: date, revenue: bool = True) -> tuple[list[_Part], dict[str, Any]]:
    """Every part (summed per partner in Python: cheaper than SQLite sorting them all) and their own bind
    parameters (the KPI record queries bind theirs from `_Ctx.params` of the 365-day period ending `as_of`).
    Without `revenue` the won revenue is left out (0): the score does not use it."""
    d = kpis._t("deal_registrations")
    t = totals.totals_table
    program: Any = bindparam("program_id")
    params: dict[str, Any] = {}
    parts: list[_Part] = []
    n = 0

    def bind(value: Any) -> Any:
        nonlocal n
        n += 1
        params[f"h{n}"] = value
        return bindparam(f"h{n}")

    def months(column: str, index: int, lo: str, hi: str, sign: int = 1) -> None:
        cond = [t.c.program_id == program, t.c.month >= bind(lo), t.c.month <= bind(hi), t.c[column] != 0]
        parts.append(_summed(t.c.partner_id, t.c.currency, index, t.c[column], sign).where(*cond))

    def won(lo: date, hi: date, sign: int = 1) -> None:
        cond = [d.c.program_id == program, d.c.deleted_at.is_(None), d.c.status == "won"]
        cond += [d.c.closed_at >= bind(lo), d.c.closed_at <= bind(hi)]
        parts.append(_summed(d.c.partner_id, d.c.currency, REVENUE, kpis._won_amount(d), sign).where(*cond))

    def submitted(lo: date, hi: date, open_only: bool, sign: int = 1) -> None:
        cond = [d.c.program_id == program, d.c.deleted_at.is_(None)]
        cond += [d.c.submitted_at >= bind(_ts(lo)), d.c.submitted_at < bind(_ts(hi + timedelta(days=1)))]
        if open_only:
            cond.append(d.c.status.concat("").in_(kpis.OPEN_DEAL_STATUSES))
            parts.append(_summed(d.c.partner_id, d.c.currency, PIPELINE, d.c.amount_minor, sign).where(*cond))
        else:
            parts.append(_summed(d.c.partner_id, null(), EVENTS, literal(1), sign).where(*cond))

    # activity: training events, MDF requests and claims from their tables; deals from the totals' whole
    # months and the deals of the window's partial months
    others = kpis.QUERIES[Kpi.ACTIVITY_INDEX](replace(shape, activity_part="others")).subquery("others")
    parts.append(_part(others.c.pid, null(), EVENTS, others.c.num).where(others.c.num != 0))
    window = totals.split(Period(as_of - timedelta(days=kpis.ACTIVITY_WINDOW_DAYS - 1), as_of))
    whole: list[str] = []  # months read whole from the totals, as (first, last) pairs (adjacent: one statement)
    if window.first_month is not None and window.last_month is not None:
        whole += [window.first_month, window.last_month]
    for edge in window.edges:
        rest = kpis._rest_of_month(edge)
        if rest is None:
            submitted(edge.start, edge.end, False)
        else:  # the whole month from the totals minus the deals of its (shorter) rest
            whole += [totals.month_key(edge.start)] * 2
            submitted(rest.start, rest.end, False, -1)
    for lo, hi in _runs(whole):
        cond = [t.c.program_id == program, t.c.month >= bind(lo), t.c.month <= bind(hi), t.c.submitted_n != 0]
        parts.append(_summed(t.c.partner_id, null(), EVENTS, t.c.submitted_n).where(*cond))
    # pipeline at as_of: open deals of every month up to as_of's, minus those submitted after as_of
    # (along the partner-major open-deal index of revision 0004: index-only, no sort; named, as without
    # ANALYZE statistics SQLite would take the primary key's month range and sort)
    month_hi = bind(totals.month_key(as_of)).key
    pipeline = text(
        f"SELECT partner_id, currency, sum(open_minor) FROM {totals.TABLE} INDEXED BY {OPEN_INDEX}"
        f" WHERE program_id = :program_id AND month <= :{month_hi} AND open_n <> 0 GROUP BY partner_id, currency"
    )
    parts.append(_Part(pipeline, (PIPELINE,), 1, False))
    month_end = totals._month_end(as_of)
    if as_of < month_end:
        submitted(as_of + timedelta(days=1), month_end, True, -1)
    # certification at as_of (:end): the two halves of its record query, each counted per partner (people:
    # one pass over the contacts' (partner_id, deleted_at) index, no sort)
    parts.extend(_people(shape))
    # MDF utilisation over the year (:start .. :end): its record query
    mdf = kpis.QUERIES[Kpi.MDF_UTILISATION](shape).subquery("mdf")
    parts.append(_part(mdf.c.pid, mdf.c.ncur, CLAIMED, mdf.c.num).where(mdf.c.ncur.is_not(None)))
    parts.append(_part(mdf.c.pid, mdf.c.dcur, ALLOCATED, mdf.c.den).where(mdf.c.dcur.is_not(None)))
    if not revenue:
        return parts, params
    # revenue over the year: whole months from the totals, partial months from the deals (an edge longer
    # than the rest of its month as the whole month minus that rest)
    sp = totals.split(year)
    whole = [] if sp.first_month is None or sp.last_month is None else [sp.first_month, sp.last_month]
    for edge in sp.edges:
        rest = kpis._rest_of_month(edge)
        if rest is None:
            won(edge.start, edge.end)
        else:  # the whole month from the totals minus the deals of its (shorter) rest
            whole += [totals.month_key(edge.start)] * 2
            won(rest.start, rest.end, -1)
    for lo, hi in _runs(whole):
        months("won_minor", REVENUE, lo, hi)
    return parts, params


def health_columns(
    engine: Engine, program_id: str | None, as_of: date, *, revenue: bool = True
) -> tuple[str, list[dict[str, int]]] | None:
    """The program currency and, per input (EVENTS, PIPELINE, CERTIFIED, PEOPLE, CLAIMED, ALLOCATED,
    REVENUE), a dict partner id → value (a partner missing from a dict has 0 there; REVENUE empty without
    `revenue`); None when the replica has no deal totals (PostgreSQL, a schema from create_all): the caller
    then uses `kpis.partner_sums`. One dict per input instead of a list per partner: each row of a part is
    one dict update."""
    kpis._load_models()
    year = Period(as_of - timedelta(days=364), as_of)
    ctx = kpis._context(engine, program_id, year, None)
    parts, params = _statement(ctx.shape(), year, as_of, revenue)
    shift, scales = _scales(ctx)
    one = 10**shift
    program_currency = ctx.currency
    cols: list[dict[str, int]] = [{} for _ in range(FIELDS)]
    scaled: list[dict[str, int]] = [{} for _ in range(FIELDS)]  # other currencies: × 10^shift, rounded at the end
    bound = {**ctx.params(), **params}
    with engine.connect() as conn:
        if not totals.has_totals(conn):
            return None
        # one row per partner first: into a still empty dict that is one comprehension (integer sums: the
        # order of the parts does not change them)
        for part in sorted(parts, key=lambda q: not q.unique):
            indexes, sign = part.indexes, part.sign
            # plain tuples straight from the driver: partner ids, currency codes and integer sums need no
            # result processing
            rows = conn.execute(part.stmt, bound).cursor.fetchall()
            if len(indexes) == 1 and part.plain and part.unique and not cols[indexes[0]]:
                cols[indexes[0]] = {pid: sign * v for pid, _cur, v in rows if v}
                continue
            if len(indexes) == 1 and part.plain:  # counts (no currency): the common case, kept tight
                col = cols[indexes[0]]
                get = col.get
                for pid, _cur, v in rows:
                    if v:
                        col[pid] = get(pid, 0) + sign * v
                continue
            for pid, cur, *values in rows:
                if cur is None or cur == program_currency:
                    for i, v in zip(indexes, values, strict=True):
                        if v:
                            cols[i][pid] = cols[i].get(pid, 0) + sign * v
                    continue
                code = str(cur).upper()
                scale = scales.get(code)
                if scale is None:
                    kpis._to_program_minor(ctx, 0, code)  # raises fx_rate_missing / unknown_currency
                    raise AssertionError(code)
                for i, v in zip(indexes, values, strict=True):
                    if v:
                        scaled[i][pid] = scaled[i].get(pid, 0) + sign * v * scale
    for i in _MONEY:
        col = cols[i]
        for pid, acc in scaled[i].items():
            col[pid] = _round_half_even(col.get(pid, 0) * one + acc, one)
    return program_currency, cols


def health_inputs(
    engine: Engine, program_id: str | None, as_of: date, *, revenue: bool = True
) -> tuple[str, dict[str, list[int]]] | None:
    """The program currency and per partner id the list [events, pipeline, certified, people, claimed,
    allocated, revenue] (partners without any record are missing: all zero; revenue 0 without `revenue`);
    None without deal totals (see `health_columns`)."""
    found = health_columns(engine, program_id, as_of, revenue=revenue)
    if found is None:
        return None
    currency, cols = found
    ints: dict[str, list[int]] = {}
    for i, col in enumerate(cols):
        for pid, v in col.items():
            row = ints.get(pid)
            if row is None:
                row = ints[pid] = [0] * FIELDS
            row[i] = v
    return currency, ints
