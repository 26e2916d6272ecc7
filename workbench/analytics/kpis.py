"""KPIs computed in SQL on the replica (DOMAIN.md "Analytics").

Every KPI is defined once, as a *record query*: one row per record that counts (a deal, a partner, a
contact, an MDF claim ...) with the columns

    pid   partner of the record             kind  RecordKind of the record     rid  record id
    ncur  currency of `num` (NULL = count)  num   numerator contribution
    dcur  currency of `den` (NULL = count)  den   denominator contribution

The database aggregates it (`SUM(num), SUM(den) GROUP BY group key, ncur, dcur`); Python only converts
the per-currency sums (a handful of rows per group) into the program currency with the program's stored
exchange rates (`programs.fx_rates`, decimal strings "1 unit of X = r units of the program currency") and
divides. The same record query, filtered on the group key and on `num <> 0` (numerator) or `den <> 0`
(denominator), is the drill-down: the ids of the records behind a number.

Rules (the formula keys `analytics.formula.<kpi>` name them for the UI):

* revenue            sum of won amounts (won_amount, else amount) of deals won (closed_at) in the period.
* pipeline           sum of amounts of open deals (submitted, info_requested, approved) submitted on or
                     before the period end. A snapshot of the current state (no status history).
* win_rate           deals won ÷ deals won or lost, closed in the period.
* avg_deal_size      revenue ÷ number of deals won in the period.
* sales_cycle_days   Σ (closed_at − submission day) ÷ number of deals won or lost in the period.
* time_to_first_deal_days
                     for partners approved in the period that have submitted a registration:
                     Σ max(0, first submission day − approved_on) ÷ number of those partners (the same
                     cohort as activation; partners without a submission yet are not averaged in).
* certification_rate contacts with a valid certification at the period end (earned on or before it, not
                     expired, status active or renewed) ÷ live contacts.
* mdf_utilisation    claimed amounts (claims submitted, info_requested, approved or paid) ÷ allocated
                     amounts, of allocations whose budget period overlaps the period.
* mdf_roi            attributed revenue ÷ amount reimbursed (payments) for activities (fund requests)
                     that ended in the period. Attribution rule (no link column exists): a won deal of
                     the same partner and program closed between the activity's start date and
                     `ROI_ATTRIBUTION_DAYS` days after its end date is attributed to it; a deal counts
                     once even if several activities cover it. Only activities with a payment count.
* activity_index     events in the 90 days ending at the period end (deals submitted, training events,
                     fund requests and claims submitted) ÷ partners in scope.
* activation_60/_90  partners approved in the period with a first won deal closed within 60/90 days of
                     approval ÷ partners approved in the period.
* sla_compliance     deal reviews decided within `review_sla_days` working days (Mon–Fri, no holiday
                     calendar) of submission ÷ (decided reviews + still-submitted registrations already
                     past that deadline at the period end, or today if earlier), for registrations
                     submitted in the period.

Only live rows count (deleted_at IS NULL); everything is limited to one program (its currency is the
reporting currency)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    exists,
    extract,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import BindParameter, ColumnElement, Null

from workbench import clock
from workbench.analytics import totals
from workbench.analytics.types import (
    ALL_PARTNERS,
    OVERALL_KEY,
    DrillDown,
    GroupBy,
    Kpi,
    KpiFigure,
    KpiRow,
    Part,
    Period,
    RecordKind,
    RecordRef,
    Scope,
    Unit,
)
from workbench.db.base import Base
from workbench.errors import UserError
from workbench.validation import CURRENCY_EXPONENTS

ROI_ATTRIBUTION_DAYS = 90
ACTIVITY_WINDOW_DAYS = 90
OPEN_DEAL_STATUSES = ("submitted", "info_requested", "approved")
CLAIMED_STATUSES = ("submitted", "info_requested", "approved", "paid")
VALID_CERT_STATUSES = ("active", "renewed")

UNITS: dict[Kpi, Unit] = {
    Kpi.REVENUE: Unit.MONEY,
    Kpi.PIPELINE: Unit.MONEY,
    Kpi.WIN_RATE: Unit.RATIO,
    Kpi.AVG_DEAL_SIZE: Unit.MONEY,
    Kpi.SALES_CYCLE_DAYS: Unit.DAYS,
    Kpi.TIME_TO_FIRST_DEAL_DAYS: Unit.DAYS,
    Kpi.CERTIFICATION_RATE: Unit.RATIO,
    Kpi.MDF_UTILISATION: Unit.RATIO,
    Kpi.MDF_ROI: Unit.RATIO,
    Kpi.ACTIVITY_INDEX: Unit.PER_PARTNER,
    Kpi.ACTIVATION_60: Unit.RATIO,
    Kpi.ACTIVATION_90: Unit.RATIO,
    Kpi.SLA_COMPLIANCE: Unit.RATIO,
}
# KPIs whose numerator / denominator is money (record queries fill ncur / dcur).
MONEY_NUMERATOR = frozenset({Kpi.REVENUE, Kpi.PIPELINE, Kpi.AVG_DEAL_SIZE, Kpi.MDF_UTILISATION, Kpi.MDF_ROI})
MONEY_DENOMINATOR = frozenset({Kpi.MDF_UTILISATION, Kpi.MDF_ROI})
# KPIs whose value is the numerator alone (no division).
NO_DENOMINATOR = frozenset({Kpi.REVENUE, Kpi.PIPELINE})


def formula_key(kpi: Kpi) -> str:
    return f"analytics.formula.{kpi.value}"


# --- context ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ctx:
    program_id: str
    currency: str
    rates: dict[str, Decimal]
    sla_days: int
    period: Period
    dialect: str
    partner_id: str | None  # set when the figures are for one partner: pushed into every record query
    single_program: bool = False  # the replica holds one live program: tables without program_id skip the join

    @property
    def start_ts(self) -> datetime:
        return datetime.combine(self.period.start, time(0), tzinfo=UTC)

    @property
    def end_ts(self) -> datetime:
        """Exclusive upper bound of the period as a timestamp (midnight after the last day)."""
        return datetime.combine(self.period.end + timedelta(days=1), time(0), tzinfo=UTC)

    def shape(self) -> _P:
        return _P(self.dialect, self.single_program, self.partner_id is not None, self.sla_days)

    def params(self) -> dict[str, Any]:
        end = self.period.end
        act_lo = end - timedelta(days=ACTIVITY_WINDOW_DAYS - 1)
        return {
            "program_id": self.program_id,
            "partner_id": self.partner_id,
            "start": self.period.start,
            "end": end,
            "start_ts": self.start_ts,
            "end_ts": self.end_ts,
            "act_lo": datetime.combine(act_lo, time(0), tzinfo=UTC),
            "roi_end": end + timedelta(days=ROI_ATTRIBUTION_DAYS),
            "as_of_day": _daynum_of(self.dialect, min(end, clock.today())),
        }


@dataclass(frozen=True, slots=True)
class _P:
    """The shape of a record query: what changes its SQL. Values are bind parameters (`_Ctx.params`), so
    each shape is built and compiled once and then only executed (statement construction in SQLAlchemy
    costs far more than running these queries on an index)."""

    dialect: str
    single_program: bool
    partnered: bool
    sla_days: int
    sla_pending: bool = False  # SLA: only registrations still submitted (the rest comes from the totals)
    pipeline_from: bool = False  # pipeline: only deals submitted from the period start (a totals edge)
    activity_part: str = "all"  # activity index: "all", "others" (no deals: those come from the totals), "deals"

    @property
    def program_id(self) -> BindParameter[Any]:
        return bindparam("program_id")

    @property
    def partner_id(self) -> BindParameter[Any] | None:
        return bindparam("partner_id") if self.partnered else None

    @property
    def start(self) -> BindParameter[Any]:
        return bindparam("start")

    @property
    def end(self) -> BindParameter[Any]:
        return bindparam("end")

    @property
    def start_ts(self) -> BindParameter[Any]:
        return bindparam("start_ts")

    @property
    def end_ts(self) -> BindParameter[Any]:
        return bindparam("end_ts")

    @property
    def act_lo(self) -> BindParameter[Any]:
        return bindparam("act_lo")

    @property
    def roi_end(self) -> BindParameter[Any]:
        return bindparam("roi_end")

    @property
    def as_of_day(self) -> BindParameter[Any]:
        return bindparam("as_of_day", type_=Integer)


def _load_models() -> None:
    """The tables the KPIs read (imported here, not through the registry, so analytics depends only on them)."""
    import workbench.deals.models
    import workbench.mdf.models
    import workbench.partners.models
    import workbench.programs.models
    import workbench.training.models  # noqa: F401


def _t(name: str) -> Any:
    return Base.metadata.tables[name]


def _parse_rates(program_currency: str, raw: dict[str, Any] | None) -> dict[str, Decimal]:
    rates: dict[str, Decimal] = {program_currency: Decimal(1)}
    for cur, value in (raw or {}).items():
        try:
            rate = Decimal(str(value))
        except InvalidOperation:
            raise UserError("fx_rate_invalid", field="fx_rates", currency=cur, value=str(value)) from None
        if not rate.is_finite() or rate <= 0:
            raise UserError("fx_rate_invalid", field="fx_rates", currency=cur, value=str(value))
        if str(cur).upper() != program_currency:
            rates[str(cur).upper()] = rate
    return rates


@cache
def _context_statements() -> tuple[Select[Any], Select[Any], Select[Any]]:
    """Partner -> program, the live programs (all, or one by id), built once."""
    _load_models()
    programs = _t("programs")
    partners = _t("partners")
    partner_program = select(partners.c.program_id).where(
        partners.c.id == bindparam("partner_id"), partners.c.deleted_at.is_(None)
    )
    live = select(programs.c.id, programs.c.currency, programs.c.fx_rates, programs.c.review_sla_days).where(
        programs.c.deleted_at.is_(None)
    )
    return partner_program, live.limit(2), live.where(programs.c.id == bindparam("program_id")).limit(1)


def _context(engine: Engine, program_id: str | None, period: Period, partner_id: str | None) -> _Ctx:
    partner_program, all_programs, one_program = _context_statements()
    with engine.connect() as conn:
        if partner_id is not None:
            row = conn.execute(partner_program, {"partner_id": partner_id}).first()
            if row is None:
                raise UserError("unknown_reference", field="partner_id", id=partner_id)
            if program_id is not None and program_id != row[0]:
                raise UserError("partner_not_in_program", field="partner_id", id=partner_id, program_id=program_id)
            program_id = str(row[0])
        live = conn.execute(all_programs).all()
        programs_total = len(live)
        rows = live if program_id is None else conn.execute(one_program, {"program_id": program_id}).all()
    if not rows:
        if program_id is None:
            raise UserError("no_program", field="program_id")
        raise UserError("unknown_reference", field="program_id", id=program_id)
    if len(rows) > 1:
        raise UserError("program_required", field="program_id")
    pid, cur, raw, sla = rows[0]
    return _Ctx(
        program_id=str(pid),
        currency=str(cur),
        rates=_parse_rates(str(cur), raw),
        sla_days=int(sla if sla is not None else 3),
        period=period,
        dialect=engine.dialect.name,
        partner_id=partner_id,
        single_program=programs_total == 1,
    )


# --- dialect helpers ----------------------------------------------------------------------------------


def _daynum(ctx: _P, expr: Any) -> ColumnElement[Any]:
    """Day number of a date or timestamp (whole days; differences are day counts). SQLite: the Julian day
    number of the calendar day (julianday() starts at noon, hence + 0.5): one function call per row."""
    if ctx.dialect == "sqlite":
        return cast(func.julianday(expr) + literal_column("0.5"), Integer)
    return cast(extract("epoch", cast(expr, Date)) / 86400, Integer)


def _daynum_of(dialect: str, day: date) -> int:
    """`_daynum` of a Python date, computed once."""
    if dialect == "sqlite":
        return day.toordinal() + 1_721_425
    return (day - date(1970, 1, 1)).days


def _weekday(ctx: _P, daynum: ColumnElement[Any]) -> ColumnElement[Any]:
    """0 = Sunday ... 6 = Saturday, from a `_daynum`."""
    if ctx.dialect == "sqlite":
        return (daynum + literal_column("1")) % literal_column("7")
    return (daynum + literal_column("4")) % literal_column("7")  # 1970-01-01 was a Thursday


def working_day_offsets(working_days: int) -> list[int]:
    """Calendar days from a start date (index: weekday, 0 = Sunday) to the end of its Nth working day
    after it (Monday–Friday count; the start day itself does not)."""
    offsets = []
    for weekday in range(7):
        days = counted = 0
        while counted < working_days:
            days += 1
            if (weekday + days) % 7 not in (0, 6):
                counted += 1
        offsets.append(days)
    return offsets


# --- record queries --------------------------------------------------------------------------------


def _rows(
    pid: Any,
    kind: RecordKind,
    rid: Any,
    num: Any,
    den: Any,
    *,
    ncur: Any = None,
    dcur: Any = None,
) -> list[Any]:
    return [
        pid.label("pid"),
        literal(kind.value, String).label("kind"),
        rid.label("rid"),
        (ncur if ncur is not None else null()).label("ncur"),
        num.label("num"),
        (dcur if dcur is not None else null()).label("dcur"),
        den.label("den"),
    ]


def _deals(ctx: _P) -> tuple[Any, list[ColumnElement[bool]]]:
    d = _t("deal_registrations")
    cond: list[ColumnElement[bool]] = [d.c.deleted_at.is_(None), d.c.program_id == ctx.program_id]
    if ctx.partner_id is not None:
        cond.append(d.c.partner_id == ctx.partner_id)
    return d, cond


def _partners(ctx: _P) -> tuple[Any, list[ColumnElement[bool]]]:
    p = _t("partners")
    cond: list[ColumnElement[bool]] = [p.c.deleted_at.is_(None), p.c.program_id == ctx.program_id]
    if ctx.partner_id is not None:
        cond.append(p.c.id == ctx.partner_id)
    return p, cond


def _won_amount(d: Any) -> ColumnElement[Any]:
    return func.coalesce(d.c.won_amount_minor, d.c.amount_minor)


def _closed_in_period(ctx: _P, d: Any, statuses: Sequence[str]) -> list[ColumnElement[bool]]:
    cond = [d.c.closed_at >= ctx.start, d.c.closed_at <= ctx.end]
    if len(statuses) == 1:
        return [d.c.status == statuses[0], *cond]
    return [d.c.status.in_(statuses), *cond]


def _q_revenue(ctx: _P) -> Select[Any]:
    d, cond = _deals(ctx)
    cols = _rows(d.c.partner_id, RecordKind.DEAL, d.c.id, _won_amount(d), literal(0), ncur=d.c.currency)
    return select(*cols).where(*cond, *_closed_in_period(ctx, d, ["won"]))


def _q_pipeline(ctx: _P) -> Select[Any]:
    d, cond = _deals(ctx)
    cols = _rows(d.c.partner_id, RecordKind.DEAL, d.c.id, d.c.amount_minor, literal(0), ncur=d.c.currency)
    if ctx.pipeline_from:
        # A short submission range: read it from the covering (program_id, submitted_at, ...) index; `status
        # || ''` keeps SQLite off the status index (a range per status, then a table lookup per deal).
        cond.append(d.c.submitted_at >= ctx.start_ts)
        return select(*cols).where(*cond, d.c.status.concat("").in_(OPEN_DEAL_STATUSES), d.c.submitted_at < ctx.end_ts)
    return select(*cols).where(*cond, d.c.status.in_(OPEN_DEAL_STATUSES), d.c.submitted_at < ctx.end_ts)


def _q_win_rate(ctx: _P) -> Select[Any]:
    d, cond = _deals(ctx)
    won = case((d.c.status == "won", 1), else_=0)
    cols = _rows(d.c.partner_id, RecordKind.DEAL, d.c.id, won, literal(1))
    return select(*cols).where(*cond, *_closed_in_period(ctx, d, ["won", "lost"]))


def _q_avg_deal_size(ctx: _P) -> Select[Any]:
    d, cond = _deals(ctx)
    cols = _rows(d.c.partner_id, RecordKind.DEAL, d.c.id, _won_amount(d), literal(1), ncur=d.c.currency)
    return select(*cols).where(*cond, *_closed_in_period(ctx, d, ["won"]))


def _q_sales_cycle(ctx: _P) -> Select[Any]:
    d, cond = _deals(ctx)
    days = _daynum(ctx, d.c.closed_at) - _daynum(ctx, d.c.submitted_at)
    cols = _rows(d.c.partner_id, RecordKind.DEAL, d.c.id, days, literal(1))
    return select(*cols).where(*cond, *_closed_in_period(ctx, d, ["won", "lost"]), d.c.submitted_at.is_not(None))


def _approved_by_id(ctx: _P, *extra: ColumnElement[bool]) -> Any:
    """Partners approved in the period (id, approved_on) in id order: the per-partner index seeks that follow
    then walk the partner-leading deal indexes in their own order, so neighbouring partners share pages
    (read and, on an encrypted replica, decrypted once instead of once per partner)."""
    p, pcond = _partners(ctx)
    return (
        select(p.c.id.label("id"), p.c.approved_on.label("approved_on"))
        .where(*pcond, p.c.approved_on >= ctx.start, p.c.approved_on <= ctx.end, *extra)
        .order_by(p.c.id)
        .limit(-1)
        .subquery("approved")
    )


def _q_time_to_first_deal(ctx: _P) -> Select[Any]:
    d = _t("deal_registrations")
    approved = _approved_by_id(ctx)
    # Cohort: partners approved in the period that have submitted a registration. One index seek per
    # partner (min over ix_analytics_deals_first), in partner id order, computed once in an inner query
    # (LIMIT: not flattened).
    first_at = (
        select(func.min(d.c.submitted_at))
        .where(
            d.c.partner_id == approved.c.id,
            d.c.program_id == ctx.program_id,
            d.c.deleted_at.is_(None),
            d.c.submitted_at.is_not(None),
        )
        .scalar_subquery()
    )
    cohort = (
        select(approved.c.id.label("id"), approved.c.approved_on.label("approved_on"), first_at.label("first_at"))
        .limit(-1)
        .subquery("cohort")
    )
    diff = _daynum(ctx, cohort.c.first_at) - _daynum(ctx, cohort.c.approved_on)
    days = func.max(diff, 0) if ctx.dialect == "sqlite" else func.greatest(diff, 0)
    cols = _rows(cohort.c.id, RecordKind.PARTNER, cohort.c.id, days, literal(1))
    return select(*cols).where(cohort.c.first_at.is_not(None))


def _in_program(ctx: _P, partner_col: Any) -> list[ColumnElement[bool]]:
    """Scope rows of a table without program_id to the program (nothing to check with one program)."""
    if ctx.single_program:
        return []
    p = _t("partners")
    return [exists().where(p.c.id == partner_col, p.c.program_id == ctx.program_id, p.c.deleted_at.is_(None))]


def _q_certification_rate(ctx: _P) -> Select[Any]:
    c = _t("contacts")
    cert = _t("certifications")
    as_of = ctx.end
    people_cond = [c.c.deleted_at.is_(None), *_in_program(ctx, c.c.partner_id)]
    cert_cond = [
        cert.c.deleted_at.is_(None),
        cert.c.status.in_(VALID_CERT_STATUSES),
        cert.c.earned_on.is_not(None),
        cert.c.earned_on <= as_of,
        or_(cert.c.expires_on.is_(None), cert.c.expires_on > as_of),
    ]
    if ctx.partner_id is not None:
        people_cond.append(c.c.partner_id == ctx.partner_id)
        cert_cond.append(cert.c.partner_id == ctx.partner_id)
    people = select(*_rows(c.c.partner_id, RecordKind.CONTACT, c.c.id, literal(0), literal(1))).where(*people_cond)
    valid = select(cert.c.contact_id.label("contact_id")).where(*cert_cond).distinct().subquery("valid")
    certified = (
        select(*_rows(c.c.partner_id, RecordKind.CONTACT, c.c.id, literal(1), literal(0)))
        .select_from(valid.join(c, c.c.id == valid.c.contact_id))
        .where(*people_cond)
    )
    u = union_all(people, certified).subquery("cert_rate")
    return select(*u.c)


def _allocations_in_period(ctx: _P) -> tuple[Any, Any, list[ColumnElement[bool]]]:
    a = _t("mdf_allocations")
    b = _t("mdf_budgets")
    cond: list[ColumnElement[bool]] = [
        a.c.deleted_at.is_(None),
        b.c.deleted_at.is_(None),
        b.c.program_id == ctx.program_id,
        b.c.period_start <= ctx.end,
        b.c.period_end >= ctx.start,
    ]
    if ctx.partner_id is not None:
        cond.append(a.c.partner_id == ctx.partner_id)
    return a, b, cond


def _q_mdf_utilisation(ctx: _P) -> Select[Any]:
    a, b, cond = _allocations_in_period(ctx)
    r = _t("mdf_requests")
    cl = _t("mdf_claims")
    allocated = select(
        *_rows(a.c.partner_id, RecordKind.MDF_ALLOCATION, a.c.id, literal(0), a.c.amount_minor, dcur=a.c.currency)
    ).select_from(a.join(b, b.c.id == a.c.budget_id))
    allocated = allocated.where(*cond)
    claimed = (
        select(
            *_rows(cl.c.partner_id, RecordKind.MDF_CLAIM, cl.c.id, cl.c.claimed_minor, literal(0), ncur=cl.c.currency)
        )
        .select_from(
            cl.join(r, r.c.id == cl.c.request_id).join(a, a.c.id == r.c.allocation_id).join(b, b.c.id == a.c.budget_id)
        )
        .where(*cond, r.c.deleted_at.is_(None), cl.c.deleted_at.is_(None), cl.c.status.in_(CLAIMED_STATUSES))
    )
    u = union_all(allocated, claimed).subquery("mdf_util")
    return select(*u.c)


def _date_plus(ctx: _P, expr: Any, days: int) -> ColumnElement[Any]:
    if ctx.dialect == "sqlite":
        return func.date(expr, literal_column(f"'+{int(days)} days'"))
    return cast(expr, Date) + literal_column(str(int(days)))


def _q_mdf_roi(ctx: _P) -> Select[Any]:
    a = _t("mdf_allocations")
    b = _t("mdf_budgets")
    r = _t("mdf_requests")
    cl = _t("mdf_claims")
    pay = _t("mdf_payments")
    d = _t("deal_registrations")
    cl2 = cl.alias("cl2")
    pay2 = pay.alias("pay2")
    # Activities: fund requests of the program that ended in the period and have a payment (a few
    # thousand at most); everything else is found from them by index seeks.
    act_cond = [
        r.c.deleted_at.is_(None),
        r.c.end_date >= ctx.start,
        r.c.end_date <= ctx.end,
        b.c.program_id == ctx.program_id,
        exists().where(cl2.c.request_id == r.c.id, cl2.c.deleted_at.is_(None), pay2.c.claim_id == cl2.c.id),
    ]
    if ctx.partner_id is not None:
        act_cond.append(r.c.partner_id == ctx.partner_id)
    acts = (
        select(
            r.c.id.label("id"),
            r.c.partner_id.label("partner_id"),
            r.c.start_date.label("start_date"),
            r.c.end_date.label("end_date"),
        )
        .select_from(r.join(a, a.c.id == r.c.allocation_id).join(b, b.c.id == a.c.budget_id))
        .where(*act_cond)
        .subquery("acts")
    )
    reimbursed = (
        select(
            *_rows(
                acts.c.partner_id,
                RecordKind.MDF_REQUEST,
                acts.c.id,
                literal(0),
                pay.c.amount_minor,
                dcur=pay.c.currency,
            )
        )
        .select_from(acts.join(cl, cl.c.request_id == acts.c.id).join(pay, pay.c.claim_id == cl.c.id))
        .where(cl.c.deleted_at.is_(None), pay.c.deleted_at.is_(None))
    )
    # Attribution: won deals of the activity's partner closed from its start to ROI_ATTRIBUTION_DAYS after
    # its end (ix_analytics_deals_partner_closed); a deal covered by several activities counts once.
    deals = (
        select(
            d.c.partner_id.label("partner_id"),
            d.c.id.label("id"),
            d.c.currency.label("currency"),
            _won_amount(d).label("amount"),
        )
        .select_from(
            acts.join(
                d,
                and_(
                    d.c.partner_id == acts.c.partner_id,
                    d.c.status == "won",
                    d.c.closed_at >= acts.c.start_date,
                    d.c.closed_at <= _date_plus(ctx, acts.c.end_date, ROI_ATTRIBUTION_DAYS),
                ),
            )
        )
        .where(d.c.deleted_at.is_(None), d.c.program_id == ctx.program_id)
        .distinct()
        .subquery("attributed")
    )
    revenue = select(
        *_rows(deals.c.partner_id, RecordKind.DEAL, deals.c.id, deals.c.amount, literal(0), ncur=deals.c.currency)
    )
    u = union_all(reimbursed, revenue).subquery("mdf_roi")
    return select(*u.c)


def _q_activity_index(ctx: _P) -> Select[Any]:
    lo = ctx.act_lo
    hi = ctx.end_ts
    d, dcond = _deals(ctx)
    te = _t("training_events")
    r = _t("mdf_requests")
    cl = _t("mdf_claims")
    p, pcond = _partners(ctx)
    deals = select(*_rows(d.c.partner_id, RecordKind.DEAL, d.c.id, literal(1), literal(0))).where(
        *dcond, d.c.submitted_at >= lo, d.c.submitted_at < hi
    )
    if ctx.activity_part == "deals":
        return deals
    parts: list[Select[Any]] = [
        select(*_rows(p.c.id, RecordKind.PARTNER, p.c.id, literal(0), literal(1))).where(*pcond),
    ]
    if ctx.activity_part == "all":
        parts.append(deals)
    for table, kind, column in (
        (te, RecordKind.TRAINING_EVENT, te.c.occurred_at),
        (r, RecordKind.MDF_REQUEST, r.c.submitted_at),
        (cl, RecordKind.MDF_CLAIM, cl.c.submitted_at),
    ):
        cond = [table.c.deleted_at.is_(None), column >= lo, column < hi]
        if ctx.partner_id is not None:
            cond.append(table.c.partner_id == ctx.partner_id)
        parts.append(
            select(*_rows(table.c.partner_id, kind, table.c.id, literal(1), literal(0))).where(
                *cond, *_in_program(ctx, table.c.partner_id)
            )
        )
    u = union_all(*parts).subquery("activity")
    return select(*u.c)


def _q_activation(days: int) -> Callable[[_P], Select[Any]]:
    def query(ctx: _P) -> Select[Any]:
        p, pcond = _partners(ctx)
        d = _t("deal_registrations")
        revenue = exists().where(
            d.c.partner_id == p.c.id,
            d.c.deleted_at.is_(None),
            d.c.program_id == ctx.program_id,
            d.c.status == "won",
            d.c.closed_at >= p.c.approved_on,
            d.c.closed_at <= _date_plus(ctx, p.c.approved_on, days),
        )
        cols = _rows(p.c.id, RecordKind.PARTNER, p.c.id, case((revenue, 1), else_=0), literal(1))
        return select(*cols).where(*pcond, p.c.approved_on >= ctx.start, p.c.approved_on <= ctx.end)

    return query


def _q_sla(ctx: _P) -> Select[Any]:
    d, cond = _deals(ctx)
    if ctx.sla_pending:
        cond.append(d.c.status == "submitted")
    # Day numbers once per row in an inner query; its LIMIT keeps SQLite from flattening it into the
    # aggregate (which would repeat the date parsing for every use below).
    base = (
        select(
            d.c.partner_id.label("partner_id"),
            d.c.id.label("id"),
            d.c.status.label("status"),
            _daynum(ctx, d.c.submitted_at).label("sd"),
            _daynum(ctx, d.c.decided_at).label("dd"),
        )
        .where(*cond, d.c.submitted_at >= ctx.start_ts, d.c.submitted_at < ctx.end_ts)
        .limit(-1)
        .subquery("sla_base")
    )
    offsets = working_day_offsets(ctx.sla_days)
    allowed = case({w: literal_column(str(off)) for w, off in enumerate(offsets)}, value=_weekday(ctx, base.c.sd))
    decided = base.c.dd.is_not(None)
    # Overdue is judged at the period end, or today when the period reaches into the future.
    num = case((and_(decided, base.c.dd - base.c.sd <= allowed), 1), else_=0)
    den = case((decided, 1), (and_(base.c.status == "submitted", ctx.as_of_day - base.c.sd > allowed), 1), else_=0)
    return select(*_rows(base.c.partner_id, RecordKind.DEAL, base.c.id, num, den))


QUERIES: dict[Kpi, Callable[[_P], Select[Any]]] = {
    Kpi.REVENUE: _q_revenue,
    Kpi.PIPELINE: _q_pipeline,
    Kpi.WIN_RATE: _q_win_rate,
    Kpi.AVG_DEAL_SIZE: _q_avg_deal_size,
    Kpi.SALES_CYCLE_DAYS: _q_sales_cycle,
    Kpi.TIME_TO_FIRST_DEAL_DAYS: _q_time_to_first_deal,
    Kpi.CERTIFICATION_RATE: _q_certification_rate,
    Kpi.MDF_UTILISATION: _q_mdf_utilisation,
    Kpi.MDF_ROI: _q_mdf_roi,
    Kpi.ACTIVITY_INDEX: _q_activity_index,
    Kpi.ACTIVATION_60: _q_activation(60),
    Kpi.ACTIVATION_90: _q_activation(90),
    Kpi.SLA_COMPLIANCE: _q_sla,
}


# --- grouping ----------------------------------------------------------------------------------------


def _grouped(ctx: _P, kpi: Kpi, group_by: GroupBy) -> tuple[Any, ColumnElement[Any], Any]:
    """The record query as a subquery, the group key expression and the FROM clause carrying it."""
    sub = QUERIES[kpi](ctx).subquery("rec")
    if group_by is GroupBy.OVERALL:
        return sub, literal(OVERALL_KEY, String), sub
    if group_by is GroupBy.PARTNER:
        return sub, sub.c.pid, sub
    if group_by is GroupBy.TIER:
        p = _t("partners")
        return sub, p.c.tier_id, sub.join(p, p.c.id == sub.c.pid)
    attr = _t("partner_attributes")
    kind = "segment" if group_by is GroupBy.SEGMENT else "region"
    joined = sub.join(attr, and_(attr.c.partner_id == sub.c.pid, attr.c.kind == kind, attr.c.deleted_at.is_(None)))
    return sub, attr.c.value, joined


def _key_filter(group_key: ColumnElement[Any], group_by: GroupBy, keyed: bool) -> list[ColumnElement[bool]]:
    if not keyed or group_by is GroupBy.OVERALL:
        return []
    return [group_key == bindparam("group_key")]


_STATEMENTS: dict[tuple[Kpi, GroupBy, bool, bool, _P], Select[Any]] = {}


def _attribute_statement(shape: _P, kpi: Kpi, group_by: GroupBy, keyed: bool, scoped: bool) -> Select[Any]:
    """Segment, region and tier: sums per partner first (at most one row per partner and currency), then
    per attribute value / tier (a partner in two segments counts in both)."""
    sub = QUERIES[kpi](shape).subquery("rec")
    ncur = sub.c.ncur if kpi in MONEY_NUMERATOR else null()
    dcur = sub.c.dcur if kpi in MONEY_DENOMINATOR else null()
    per_cols: list[Any] = [
        sub.c.pid.label("pid"),
        ncur.label("ncur"),
        dcur.label("dcur"),
        func.sum(sub.c.num).label("num"),
        func.sum(sub.c.den).label("den"),
    ]
    per_groups = [sub.c.pid] + [c for c in (ncur, dcur) if not isinstance(c, Null)]
    per_stmt = select(*per_cols)
    if scoped:
        per_stmt = per_stmt.where(totals.scope_condition(sub.c.pid, shape.dialect == "sqlite"))
    per = per_stmt.group_by(*per_groups).subquery("per_partner")
    if group_by is GroupBy.TIER:
        p = _t("partners")
        gkey: ColumnElement[Any] = p.c.tier_id
        from_: Any = per.join(p, p.c.id == per.c.pid)
    else:
        attr = _t("partner_attributes")
        kind = "segment" if group_by is GroupBy.SEGMENT else "region"
        gkey = attr.c.value
        from_ = per.join(attr, and_(attr.c.partner_id == per.c.pid, attr.c.kind == kind, attr.c.deleted_at.is_(None)))
    cols: list[Any] = [gkey.label("g"), per.c.ncur, per.c.dcur, func.sum(per.c.num), func.sum(per.c.den)]
    return (
        select(*cols)
        .select_from(from_)
        .where(*_key_filter(gkey, group_by, keyed))
        .group_by(gkey, per.c.ncur, per.c.dcur)
    )


def _aggregate_statement(shape: _P, kpi: Kpi, group_by: GroupBy, keyed: bool, scoped: bool = False) -> Select[Any]:
    """SUM(num), SUM(den) per group key and currencies, built once per shape. `scoped`: only records of
    partners in the scope (bind parameters of `Scope.params`)."""
    cache_key = (kpi, group_by, keyed, scoped, shape)
    cached = _STATEMENTS.get(cache_key)
    if cached is not None:
        return cached
    stmt: Select[Any]
    if group_by in (GroupBy.SEGMENT, GroupBy.REGION, GroupBy.TIER):
        stmt = _attribute_statement(shape, kpi, group_by, keyed, scoped)
    else:
        sub, gkey, from_ = _grouped(shape, kpi, group_by)
        # Group only by what varies: a constant group key (overall) or currency column (counts) would still
        # make SQLite sort every record.
        ncur = sub.c.ncur if kpi in MONEY_NUMERATOR else null()
        dcur = sub.c.dcur if kpi in MONEY_DENOMINATOR else null()
        cols: list[Any] = [gkey.label("g"), ncur, dcur, func.sum(sub.c.num), func.sum(sub.c.den)]
        stmt = select(*cols).select_from(from_).where(*_key_filter(gkey, group_by, keyed))
        if scoped:
            stmt = stmt.where(totals.scope_condition(sub.c.pid, shape.dialect == "sqlite"))
        groups = [] if group_by is GroupBy.OVERALL else [gkey]
        groups += [c for c in (ncur, dcur) if not isinstance(c, Null)]
        if groups:
            stmt = stmt.group_by(*groups)
    _STATEMENTS[cache_key] = stmt
    return stmt


# --- conversion --------------------------------------------------------------------------------------


class _Acc:
    __slots__ = ("den", "den_money", "num", "num_money")

    def __init__(self) -> None:
        self.num = Decimal(0)
        self.den = Decimal(0)
        self.num_money = False
        self.den_money = False


def _to_program_minor(ctx: _Ctx, amount_minor: Any, cur: str) -> Decimal:
    cur = cur.upper()
    rate = ctx.rates.get(cur)
    if rate is None:
        raise UserError("fx_rate_missing", field="fx_rates", currency=cur, program_currency=ctx.currency)
    if cur not in CURRENCY_EXPONENTS:
        raise UserError("unknown_currency", field="currency", value=cur)
    major = Decimal(int(amount_minor)).scaleb(-CURRENCY_EXPONENTS[cur])
    return (major * rate).scaleb(CURRENCY_EXPONENTS.get(ctx.currency, 2))


def _round_minor(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _number(value: Decimal, money: bool) -> int | Decimal:
    if money:
        return _round_minor(value)
    return int(value) if value == value.to_integral_value() else value


_PLACES = {Unit.RATIO: Decimal("0.0001"), Unit.DAYS: Decimal("0.1"), Unit.PER_PARTNER: Decimal("0.01")}


def _figure(ctx: _Ctx, kpi: Kpi, group_by: GroupBy, key: str, acc: _Acc, scope: Scope = ALL_PARTNERS) -> KpiFigure:
    unit = UNITS[kpi]
    numerator = _number(acc.num, acc.num_money)
    denominator: int | Decimal | None = None if kpi in NO_DENOMINATOR else _number(acc.den, acc.den_money)
    value: int | Decimal | None
    if kpi in NO_DENOMINATOR:
        value = _round_minor(acc.num)
    elif acc.den == 0:
        value = None
    elif unit is Unit.MONEY:
        value = _round_minor(acc.num / acc.den)
    else:
        value = (acc.num / acc.den).quantize(_PLACES[unit], rounding=ROUND_HALF_EVEN)
    money_figure = unit is Unit.MONEY or kpi in (Kpi.MDF_ROI, Kpi.MDF_UTILISATION)
    return KpiFigure(
        kpi=kpi,
        group_by=group_by,
        key=key,
        value=value,
        unit=unit,
        currency=ctx.currency if money_figure else None,
        formula=formula_key(kpi),
        numerator=numerator,
        denominator=denominator,
        drill=DrillDown(kpi, ctx.program_id, ctx.period, group_by, key, Part.NUMERATOR, scope),
    )


def _group(g: Any, group_by: GroupBy) -> str:
    if g is None:  # a partner without a tier
        return OVERALL_KEY if group_by is GroupBy.OVERALL else ""
    return str(g)


def _accumulate(
    conn: Connection,
    ctx: _Ctx,
    kpi: Kpi,
    group_by: GroupBy,
    key: str | None,
    scope: Scope,
    *,
    shape: _P | None = None,
    params: dict[str, Any] | None = None,
) -> dict[str, _Acc]:
    """Per-currency sums of the record query, converted into the program currency, per group key."""
    stmt = _aggregate_statement(shape or ctx.shape(), kpi, group_by, key is not None, not scope.empty)
    accs: dict[str, _Acc] = {}
    bound = params if params is not None else {**ctx.params(), **scope.params(), "group_key": key}
    for g, ncur, dcur, num, den in conn.execute(stmt, bound).all():
        acc = accs.setdefault(_group(g, group_by), _Acc())
        if ncur is not None:
            acc.num += _to_program_minor(ctx, num or 0, str(ncur))
        else:
            acc.num += Decimal(num or 0)
        if dcur is not None:
            acc.den += _to_program_minor(ctx, den or 0, str(dcur))
        else:
            acc.den += Decimal(den or 0)
    return accs


# KPIs read from the deal totals (revision 0003) for whole months when the replica has them.
TOTALS_KPIS = frozenset(
    {
        Kpi.REVENUE,
        Kpi.PIPELINE,
        Kpi.WIN_RATE,
        Kpi.AVG_DEAL_SIZE,
        Kpi.SALES_CYCLE_DAYS,
        Kpi.SLA_COMPLIANCE,
        Kpi.ACTIVITY_INDEX,
    }
)


def _merge(into: dict[str, _Acc], more: dict[str, _Acc]) -> None:
    for g, acc in more.items():
        target = into.setdefault(g, _Acc())
        target.num += acc.num
        target.den += acc.den


def _add_totals_rows(
    ctx: _Ctx, out: dict[Kpi, dict[str, _Acc]], period_kpis: Sequence[Kpi], group_by: GroupBy, rows: Iterable[Any]
) -> None:
    """Add rows shaped like the totals statement (group key, currency, then totals.COLUMNS)."""
    conv = _to_program_minor
    for row in rows:
        g, cur = _group(row[0], group_by), str(row[1])
        won_n, won_minor, lost_n, cycle_days, cycle_n, _sub_n, _open_n, _open_minor, dec_n, ok_n, _pend = (
            int(v or 0) for v in row[2:]
        )
        for k in period_kpis:
            acc = out[k].setdefault(g, _Acc())
            if k is Kpi.REVENUE:
                acc.num += conv(ctx, won_minor, cur)
            elif k is Kpi.AVG_DEAL_SIZE:
                acc.num += conv(ctx, won_minor, cur)
                acc.den += won_n
            elif k is Kpi.WIN_RATE:
                acc.num += won_n
                acc.den += won_n + lost_n
            elif k is Kpi.SALES_CYCLE_DAYS:
                acc.num += cycle_days
                acc.den += cycle_n
            elif k is Kpi.SLA_COMPLIANCE:
                acc.num += ok_n
                acc.den += dec_n


_EDGE_STATEMENTS: dict[tuple[GroupBy, bool, bool, _P], Select[Any]] = {}


def _edge_statement(shape: _P, group_by: GroupBy, scoped: bool, keyed: bool) -> Select[Any]:
    """The totals columns computed straight from the deals of a date range (:start .. :end for closing,
    :start_ts .. :end_ts for submission), grouped like the totals statement: one pass over each index range
    for every deal KPI of a partial month."""
    cache_key = (group_by, scoped, keyed, shape)
    cached = _EDGE_STATEMENTS.get(cache_key)
    if cached is not None:
        return cached
    d = _t("deal_registrations")
    zero = literal(0)
    won = d.c.status == "won"
    submitted = d.c.submitted_at.is_not(None)
    closed_cols = [
        case((won, 1), else_=0),
        case((won, _won_amount(d)), else_=0),
        case((d.c.status == "lost", 1), else_=0),
        case((submitted, _daynum(shape, d.c.closed_at) - _daynum(shape, d.c.submitted_at)), else_=0),
        case((submitted, 1), else_=0),
        zero,
        zero,
        zero,
        zero,
        zero,
        zero,
    ]
    closed = select(
        d.c.partner_id.label("pid"),
        d.c.currency.label("cur"),
        *(c.label(n) for c, n in zip(closed_cols, totals.COLUMNS, strict=True)),
    ).where(
        d.c.program_id == shape.program_id,
        d.c.deleted_at.is_(None),
        d.c.status.in_(("won", "lost")),
        d.c.closed_at >= shape.start,
        d.c.closed_at <= shape.end,
    )
    sd = _daynum(shape, d.c.submitted_at)
    offsets = working_day_offsets(shape.sla_days)
    allowed = case({w: literal_column(str(off)) for w, off in enumerate(offsets)}, value=_weekday(shape, sd))
    decided = d.c.decided_at.is_not(None)
    is_open = d.c.status.in_(OPEN_DEAL_STATUSES)
    submitted_cols = [
        zero,
        zero,
        zero,
        zero,
        zero,
        literal(1),
        case((is_open, 1), else_=0),
        case((is_open, d.c.amount_minor), else_=0),
        case((decided, 1), else_=0),
        case((and_(decided, _daynum(shape, d.c.decided_at) - sd <= allowed), 1), else_=0),
        zero,  # still-submitted registrations: counted from the deals (kpis._q_sla, sla_pending)
    ]
    subm = select(
        d.c.partner_id.label("pid"),
        d.c.currency.label("cur"),
        *(c.label(n) for c, n in zip(submitted_cols, totals.COLUMNS, strict=True)),
    ).where(
        d.c.program_id == shape.program_id,
        d.c.deleted_at.is_(None),
        d.c.submitted_at >= shape.start_ts,
        d.c.submitted_at < shape.end_ts,
    )
    rec = union_all(closed, subm).subquery("edge")
    p = _t("partners")
    attr = _t("partner_attributes")
    gkey: ColumnElement[Any]
    from_: Any = rec
    if group_by is GroupBy.OVERALL:
        gkey = literal(OVERALL_KEY, String)
    elif group_by is GroupBy.PARTNER:
        gkey = rec.c.pid
    elif group_by is GroupBy.TIER:
        gkey = p.c.tier_id
        from_ = rec.join(p, p.c.id == rec.c.pid)
    else:
        kind = "segment" if group_by is GroupBy.SEGMENT else "region"
        gkey = attr.c.value
        from_ = rec.join(attr, and_(attr.c.partner_id == rec.c.pid, attr.c.kind == kind, attr.c.deleted_at.is_(None)))
    cond: list[ColumnElement[bool]] = list(_key_filter(gkey, group_by, keyed))
    if scoped:
        cond.append(totals.scope_condition(rec.c.pid, shape.dialect == "sqlite"))
    groups: list[Any] = [rec.c.cur] if group_by is GroupBy.OVERALL else [gkey, rec.c.cur]
    stmt = (
        select(gkey.label("g"), rec.c.cur, *(func.sum(rec.c[n]) for n in totals.COLUMNS))
        .select_from(from_)
        .where(*cond)
        .group_by(*groups)
    )
    _EDGE_STATEMENTS[cache_key] = stmt
    return stmt


_OPEN_N = totals.COLUMNS.index("open_n")
_OPEN_MINOR = totals.COLUMNS.index("open_minor")
_PENDING_N = totals.COLUMNS.index("pending_n")


def _rest_of_month(edge: Period) -> Period | None:
    """For a partial month at a period's edge, the rest of that month when it is shorter than the edge
    (typically the current month: the rest lies after today and holds few deals, if any), else None. The
    edge's sums are then its whole month from the totals minus the rest's from the deals: the same
    integers, but reading a few days of deals instead of most of a month."""
    first = edge.start.replace(day=1)
    last = date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)
    if edge.end > last:
        return None
    if edge.start == first and edge.end < last:
        rest = Period(edge.end + timedelta(days=1), last)
    elif edge.end == last and edge.start > first:
        rest = Period(first, edge.start - timedelta(days=1))
    else:
        return None
    return rest if (rest.end - rest.start) < (edge.end - edge.start) else None


def _net_rows(plus: Iterable[Any], minus: Iterable[Any]) -> list[tuple[Any, ...]]:
    """Rows (group key, currency, integer sums...) of `plus` minus those of `minus`, netted per group and
    currency in minor units (before any conversion); groups whose sums all net to zero are left out, as
    the deals alone would not have produced them."""
    sums: dict[tuple[Any, Any], list[int]] = {}
    for rows, sign in ((plus, 1), (minus, -1)):
        for row in rows:
            acc = sums.setdefault((row[0], row[1]), [0] * (len(row) - 2))
            for i, value in enumerate(row[2:]):
                acc[i] += sign * int(value or 0)
    return [(g, cur, *values) for (g, cur), values in sums.items() if any(values)]


def _from_totals(
    conn: Connection, ctx: _Ctx, chosen: list[Kpi], group_by: GroupBy, key: str | None, scope: Scope
) -> dict[Kpi, dict[str, _Acc]]:
    """The totals-backed KPIs: whole months from `analytics_deal_month`, the partial months at the edges
    (and registrations still awaiting review) from the deals. Same sums as the record queries alone."""
    out: dict[Kpi, dict[str, _Acc]] = {k: {} for k in chosen}
    if group_by is GroupBy.OVERALL and scope.empty:
        return _from_day_totals(conn, ctx, chosen, out)
    sp = totals.split(ctx.period)
    scoped = not scope.empty
    keyed = key is not None
    base = {**ctx.params(), **scope.params(), "group_key": key}
    conv = _to_program_minor
    period_kpis = [k for k in chosen if k not in (Kpi.PIPELINE, Kpi.ACTIVITY_INDEX)]
    edge_stmt = _edge_statement(ctx.shape(), group_by, scoped, keyed)
    stmt_month = totals.statement(group_by, scoped, keyed, False)

    def edge_rows(edge: Period) -> list[Any]:
        """The totals columns of the deals of a date range (shaped like the totals statement)."""
        ectx = replace(ctx, period=edge)
        return list(conn.execute(edge_stmt, {**ectx.params(), **scope.params(), "group_key": key}).all())

    if period_kpis:
        if sp.first_month is not None:
            rows = conn.execute(stmt_month, {**base, "m_lo": sp.first_month, "m_hi": sp.last_month}).all()
            _add_totals_rows(ctx, out, period_kpis, group_by, rows)
        for edge in sp.edges:
            rest = _rest_of_month(edge)
            if rest is None:
                _add_totals_rows(ctx, out, period_kpis, group_by, edge_rows(edge))
                continue
            # the edge's whole month from the totals minus the (shorter) rest of that month from the deals
            month = totals.month_key(edge.start)
            # pending_n is not part of the edge statement (pending registrations are counted from the deals)
            whole = [
                tuple(0 if i == 2 + _PENDING_N else v for i, v in enumerate(row))
                for row in conn.execute(stmt_month, {**base, "m_lo": month, "m_hi": month}).all()
            ]
            _add_totals_rows(ctx, out, period_kpis, group_by, _net_rows(whole, edge_rows(rest)))
        if Kpi.SLA_COMPLIANCE in chosen:  # registrations still submitted and overdue: from the deals (few)
            shape = replace(ctx.shape(), sla_pending=True)
            _merge(
                out[Kpi.SLA_COMPLIANCE],
                _accumulate(conn, ctx, Kpi.SLA_COMPLIANCE, group_by, key, scope, shape=shape, params=base),
            )
    if Kpi.ACTIVITY_INDEX in chosen:
        _activity_from_totals(conn, ctx, out[Kpi.ACTIVITY_INDEX], group_by, key, scope)
    if Kpi.PIPELINE in chosen:
        stmt = totals.statement(group_by, scoped, keyed, True)
        rest = None if sp.pipeline_edge is None else _rest_of_month(sp.pipeline_edge)
        if rest is not None:
            # open deals of every month up to the period end's month minus those submitted after the period
            rows = conn.execute(stmt, {**base, "m_hi": totals.month_key(ctx.period.end)}).all()
            tail = [(r[0], r[1], r[2 + _OPEN_MINOR], r[2 + _OPEN_N]) for r in edge_rows(rest)]
            for g, cur, open_minor, _open_n in _net_rows(rows, tail):
                out[Kpi.PIPELINE].setdefault(_group(g, group_by), _Acc()).num += conv(ctx, open_minor, str(cur))
            return out
        for g, cur, open_minor, _open_n in conn.execute(stmt, {**base, "m_hi": sp.pipeline_month}).all():
            out[Kpi.PIPELINE].setdefault(_group(g, group_by), _Acc()).num += conv(ctx, int(open_minor or 0), str(cur))
        if sp.pipeline_edge is not None:
            ectx = replace(ctx, period=sp.pipeline_edge)
            shape = replace(ctx.shape(), pipeline_from=True)
            _merge(out[Kpi.PIPELINE], _accumulate(conn, ectx, Kpi.PIPELINE, group_by, key, scope, shape=shape))
    return out


_PAIR_STATEMENTS: dict[tuple[bool, _P, bool], Any] = {}


def _pair_statement(shape: _P, scoped: bool, by_day: bool) -> Any:
    """Partners approved in the period (:start .. :end): how many, and how many had a won deal within 60 and
    within 90 days of approval; `by_day`: per approval day."""
    stmt: Any = _PAIR_STATEMENTS.get((scoped, shape, by_day))
    if stmt is not None:
        return stmt
    p = _t("partners")
    d = _t("deal_registrations")
    extra = [totals.scope_condition(p.c.id, shape.dialect == "sqlite")] if scoped else []
    approved = _approved_by_id(shape, *extra)
    first_won = (
        select(func.min(d.c.closed_at))
        .where(
            d.c.partner_id == approved.c.id,
            d.c.status == "won",
            d.c.closed_at >= approved.c.approved_on,
            d.c.program_id == shape.program_id,
            d.c.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    inner = [approved.c.approved_on.label("approved_on"), first_won.label("first_won")]
    if by_day:  # and time to first deal: the first registration submitted (as _q_time_to_first_deal)
        first_at = (
            select(func.min(d.c.submitted_at))
            .where(
                d.c.partner_id == approved.c.id,
                d.c.program_id == shape.program_id,
                d.c.deleted_at.is_(None),
                d.c.submitted_at.is_not(None),
            )
            .scalar_subquery()
        )
        inner.append(first_at.label("first_at"))
    cohort = select(*inner).limit(-1).subquery("cohort")
    won = cohort.c.first_won.is_not(None)
    cols = [
        func.count(),
        func.sum(case((and_(won, cohort.c.first_won <= _date_plus(shape, cohort.c.approved_on, 60)), 1), else_=0)),
        func.sum(case((and_(won, cohort.c.first_won <= _date_plus(shape, cohort.c.approved_on, 90)), 1), else_=0)),
    ]
    if by_day:
        diff = _daynum(shape, cohort.c.first_at) - _daynum(shape, cohort.c.approved_on)
        days = func.max(diff, 0) if shape.dialect == "sqlite" else func.greatest(diff, 0)
        cols += [func.sum(case((cohort.c.first_at.is_not(None), days), else_=0)), func.count(cohort.c.first_at)]
    stmt = select(cohort.c.approved_on, *cols).group_by(cohort.c.approved_on) if by_day else select(*cols)
    _PAIR_STATEMENTS[(scoped, shape, by_day)] = stmt
    return stmt


def _activation_pair(conn: Connection, ctx: _Ctx, scope: Scope) -> tuple[dict[str, _Acc], dict[str, _Acc]]:
    """Activation in 60 and in 90 days overall in one pass: per partner approved in the period one seek for
    the first won deal closed on or after approval (a won deal within N days exists exactly when that first
    one is within N days)."""
    stmt = _pair_statement(ctx.shape(), not scope.empty, False)
    row = conn.execute(stmt, {**ctx.params(), **scope.params()}).one()
    n, in60, in90 = row[0], row[1], row[2]
    out = []
    for num in (in60, in90):
        acc = _Acc()
        acc.num, acc.den = Decimal(num or 0), Decimal(n or 0)
        out.append({OVERALL_KEY: acc})
    return out[0], out[1]


def activation_by_day(
    engine: Engine, period: Period, *, program_id: str | None = None, scope: Scope = ALL_PARTNERS
) -> dict[date, tuple[int, int, int, int, int]]:
    """Per approval day of the period: partners approved, of them with a won deal within 60 and within 90
    days (the ACTIVATION_60 / ACTIVATION_90 sums of that day's cohort), and the TIME_TO_FIRST_DEAL_DAYS sums
    (days from approval to the first registration, not below 0, and how many registered): one pass over the
    approved partners for the whole period."""
    ctx = _context(engine, program_id, period, None)
    with engine.connect() as conn:
        if not scope.empty and ctx.dialect == "sqlite":
            totals.prepare_scope(conn, ctx.program_id, scope.params())
        stmt = _pair_statement(ctx.shape(), not scope.empty, True)
        rows = conn.execute(stmt, {**ctx.params(), **scope.params()}).all()
    out: dict[date, tuple[int, int, int, int, int]] = {}
    for day, n, in60, in90, days, first in rows:
        out[day if isinstance(day, date) else date.fromisoformat(str(day)[:10])] = (
            int(n or 0),
            int(in60 or 0),
            int(in90 or 0),
            int(days or 0),
            int(first or 0),
        )
    return out


COHORT_KPIS = (Kpi.ACTIVATION_60, Kpi.ACTIVATION_90, Kpi.TIME_TO_FIRST_DEAL_DAYS)


def cohort_figures(
    engine: Engine,
    period: Period,
    sums: tuple[int, int, int, int, int],
    *,
    program_id: str | None = None,
    scope: Scope = ALL_PARTNERS,
) -> dict[Kpi, KpiFigure]:
    """The overall ACTIVATION_60, ACTIVATION_90 and TIME_TO_FIRST_DEAL_DAYS figures of `period` from its
    cohort's sums (`activation_by_day` summed over the period), as `dashboard` builds them."""
    ctx = _context(engine, program_id, period, None)
    n, in60, in90, days, first = sums
    out: dict[Kpi, KpiFigure] = {}
    for kpi, num, den in (
        (Kpi.ACTIVATION_60, in60, n),
        (Kpi.ACTIVATION_90, in90, n),
        (Kpi.TIME_TO_FIRST_DEAL_DAYS, days, first),
    ):
        acc = _Acc()
        acc.num, acc.den = Decimal(num), Decimal(den)
        acc.num_money, acc.den_money = kpi in MONEY_NUMERATOR, kpi in MONEY_DENOMINATOR
        out[kpi] = _figure(ctx, kpi, GroupBy.OVERALL, OVERALL_KEY, acc, scope)
    return out


def _from_day_totals(
    conn: Connection, ctx: _Ctx, chosen: list[Kpi], out: dict[Kpi, dict[str, _Acc]]
) -> dict[Kpi, dict[str, _Acc]]:
    """Overall figures without a filter: every day of the period from `analytics_deal_day` (a few hundred
    rows), registrations still awaiting review and the activity's other events from their tables."""
    base = {**ctx.params(), **ALL_PARTNERS.params(), "group_key": None}
    g = GroupBy.OVERALL
    period_kpis = [k for k in chosen if k not in (Kpi.PIPELINE, Kpi.ACTIVITY_INDEX)]
    days = {"d_lo": ctx.period.start.isoformat(), "d_hi": ctx.period.end.isoformat()}
    if period_kpis:
        _add_totals_rows(ctx, out, period_kpis, g, conn.execute(totals.day_statement(False), {**base, **days}).all())
        if Kpi.SLA_COMPLIANCE in chosen:  # registrations still submitted: overdue by their submission day
            offsets = working_day_offsets(ctx.sla_days)
            as_of = int(base["as_of_day"])
            sla = out[Kpi.SLA_COMPLIANCE].setdefault(OVERALL_KEY, _Acc())
            for day, pending in conn.execute(totals.pending_statement(), {**base, **days}).all():
                sd = _daynum_of(ctx.dialect, date.fromisoformat(str(day)))
                weekday = (sd + 1) % 7 if ctx.dialect == "sqlite" else (sd + 4) % 7
                if as_of - sd > offsets[weekday]:
                    sla.den += int(pending or 0)
    if Kpi.ACTIVITY_INDEX in chosen:
        acc = out[Kpi.ACTIVITY_INDEX]
        others = replace(ctx.shape(), activity_part="others")
        _merge(acc, _accumulate(conn, ctx, Kpi.ACTIVITY_INDEX, g, None, ALL_PARTNERS, shape=others))
        window = {"d_lo": (ctx.period.end - timedelta(days=ACTIVITY_WINDOW_DAYS - 1)).isoformat(), "d_hi": days["d_hi"]}
        for row in conn.execute(totals.day_statement(False), {**base, **window}).all():
            acc.setdefault(OVERALL_KEY, _Acc()).num += int(row[2 + totals.COLUMNS.index("submitted_n")] or 0)
    if Kpi.PIPELINE in chosen:
        for _g, cur, open_minor, _n in conn.execute(totals.day_statement(True), {**base, **days}).all():
            out[Kpi.PIPELINE].setdefault(OVERALL_KEY, _Acc()).num += _to_program_minor(
                ctx, int(open_minor or 0), str(cur)
            )
    return out


def _activity_from_totals(
    conn: Connection, ctx: _Ctx, out: dict[str, _Acc], group_by: GroupBy, key: str | None, scope: Scope
) -> None:
    """Activity index: deals submitted in the window's whole months from the totals, at its edges from the
    deals; partners, training events and MDF requests and claims from their tables."""
    end = ctx.period.end
    window = totals.split(Period(end - timedelta(days=ACTIVITY_WINDOW_DAYS - 1), end))
    base = {**ctx.params(), **scope.params(), "group_key": key}
    _merge(
        out,
        _accumulate(
            conn, ctx, Kpi.ACTIVITY_INDEX, group_by, key, scope, shape=replace(ctx.shape(), activity_part="others")
        ),
    )
    if window.first_month is not None:
        stmt = totals.statement(group_by, not scope.empty, key is not None, False)
        params = {**base, "m_lo": window.first_month, "m_hi": window.last_month}
        for row in conn.execute(stmt, params).all():
            out.setdefault(_group(row[0], group_by), _Acc()).num += int(
                row[2 + totals.COLUMNS.index("submitted_n")] or 0
            )
    deals_only = replace(ctx.shape(), activity_part="deals")
    for edge in window.edges:
        ectx = replace(ctx, period=edge)
        params = {
            **base,
            "act_lo": ectx.start_ts,
            "end_ts": ectx.end_ts,
        }
        _merge(out, _accumulate(conn, ectx, Kpi.ACTIVITY_INDEX, group_by, key, scope, shape=deals_only, params=params))


def _whole_end(month: str) -> date:
    first = date.fromisoformat(month + "-01")
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)


def _figures(
    conn: Connection,
    ctx: _Ctx,
    chosen: list[Kpi],
    group_by: GroupBy,
    key: str | None,
    scope: Scope,
    use_totals: bool,
) -> dict[Kpi, dict[str, KpiFigure]]:
    """The chosen KPIs per group (or only the group `key`), from the totals where possible."""
    accs = _sums(conn, ctx, chosen, group_by, key, scope, use_totals)
    out: dict[Kpi, dict[str, KpiFigure]] = {}
    for k in chosen:
        out[k] = {g: _figure(ctx, k, group_by, g, acc, scope) for g, acc in accs[k].items()}
    return out


def _sums(
    conn: Connection,
    ctx: _Ctx,
    chosen: list[Kpi],
    group_by: GroupBy,
    key: str | None,
    scope: Scope,
    use_totals: bool,
) -> dict[Kpi, dict[str, _Acc]]:
    """Numerator and denominator sums (program currency) per KPI and group."""
    accs: dict[Kpi, dict[str, _Acc]] = {}
    if not scope.empty and ctx.dialect == "sqlite":
        totals.prepare_scope(conn, ctx.program_id, scope.params())
    via_totals = [k for k in chosen if k in TOTALS_KPIS]
    # one partner's figures read its deals (an index range); a table of all partners reads the totals
    partner_only = group_by is GroupBy.PARTNER and key is not None
    if use_totals and via_totals and not partner_only and totals.has_totals(conn):
        accs.update(_from_totals(conn, ctx, via_totals, group_by, key, scope))
    pair = (Kpi.ACTIVATION_60, Kpi.ACTIVATION_90)
    if use_totals and group_by is GroupBy.OVERALL and all(k in chosen for k in pair):
        accs[Kpi.ACTIVATION_60], accs[Kpi.ACTIVATION_90] = _activation_pair(conn, ctx, scope)
    for k in chosen:
        if k not in accs:
            accs[k] = _accumulate(conn, ctx, k, group_by, key, scope)
    for k in chosen:
        per = accs[k]
        if group_by is GroupBy.OVERALL:
            per.setdefault(OVERALL_KEY, _Acc())
        elif key is not None:
            per.setdefault(key, _Acc())
        for acc in per.values():  # money-ness of a sum: from the KPI definition
            acc.num_money = k in MONEY_NUMERATOR
            acc.den_money = k in MONEY_DENOMINATOR
    return accs


@dataclass(frozen=True, slots=True)
class PartnerSums:
    """A KPI's numerator and denominator for one partner, as in its `KpiFigure` (money rounded to minor
    units of the program currency), without building a figure (tables of every partner)."""

    numerator: int | Decimal
    denominator: int | Decimal


def partner_sums(
    engine: Engine, kpi: Kpi, period: Period, *, program_id: str | None = None
) -> tuple[str, dict[str, PartnerSums]]:
    """One KPI's sums for every partner with a record (the program currency and the sums per partner id)."""
    ctx = _context(engine, program_id, period, None)
    with engine.connect() as conn:
        accs = _sums(conn, ctx, [Kpi(kpi)], GroupBy.PARTNER, None, ALL_PARTNERS, True)[Kpi(kpi)]
    return ctx.currency, {
        g: PartnerSums(_number(a.num, a.num_money), _number(a.den, a.den_money)) for g, a in accs.items()
    }


def _compute(conn: Connection, ctx: _Ctx, kpi: Kpi, group_by: GroupBy, key: str | None) -> dict[str, KpiFigure]:
    """One KPI from the record queries alone (no totals)."""
    return _figures(conn, ctx, [kpi], group_by, key, ALL_PARTNERS, False)[kpi]


# --- public API ----------------------------------------------------------------------------------------


def _kpi_list(kpis: Iterable[Kpi] | None) -> list[Kpi]:
    return list(Kpi) if kpis is None else [Kpi(k) for k in kpis]


def kpi_figures(
    engine: Engine,
    kpi: Kpi,
    period: Period,
    *,
    group_by: GroupBy = GroupBy.OVERALL,
    key: str | None = None,
    program_id: str | None = None,
    scope: Scope = ALL_PARTNERS,
    use_totals: bool = True,
) -> dict[str, KpiFigure]:
    """One KPI for every group (or only the group `key`), keyed by group key ("" for overall)."""
    partner = key if group_by is GroupBy.PARTNER else None
    ctx = _context(engine, program_id, period, partner)
    with engine.connect() as conn:
        return _figures(conn, ctx, [Kpi(kpi)], group_by, key, scope, use_totals)[Kpi(kpi)]


def dashboard(
    engine: Engine,
    period: Period,
    *,
    program_id: str | None = None,
    kpis: Iterable[Kpi] | None = None,
    scope: Scope = ALL_PARTNERS,
    use_totals: bool = True,
) -> dict[Kpi, KpiFigure]:
    """Every KPI over all partners of the program, or those in `scope` (one read transaction: one
    consistent snapshot). `use_totals=False` reads the deals only (the reference the totals are tested
    against)."""
    ctx = _context(engine, program_id, period, None)
    chosen = _kpi_list(kpis)
    with engine.connect() as conn:
        figures = _figures(conn, ctx, chosen, GroupBy.OVERALL, None, scope, use_totals)
    return {k: figures[k][OVERALL_KEY] for k in chosen}


def partner_kpis(
    engine: Engine, partner_id: str, period: Period, *, kpis: Iterable[Kpi] | None = None
) -> dict[Kpi, KpiFigure]:
    """Every KPI of one partner (a partner without records gets zeros and n/a, never an error)."""
    ctx = _context(engine, None, period, partner_id)
    chosen = _kpi_list(kpis)
    with engine.connect() as conn:
        figures = _figures(conn, ctx, chosen, GroupBy.PARTNER, partner_id, ALL_PARTNERS, False)
    return {k: figures[k][partner_id] for k in chosen}


def kpi_table(
    engine: Engine,
    period: Period,
    group_by: GroupBy,
    *,
    program_id: str | None = None,
    kpis: Iterable[Kpi] | None = None,
    scope: Scope = ALL_PARTNERS,
    use_totals: bool = True,
) -> list[KpiRow]:
    """A KPI table: one row per partner, segment, region or tier (groups with any record), sorted by key.
    Missing figures of a group (no record for that KPI) are filled in as empty (zero / n/a)."""
    ctx = _context(engine, program_id, period, None)
    chosen = _kpi_list(kpis)
    with engine.connect() as conn:
        per_kpi = _figures(conn, ctx, chosen, group_by, None, scope, use_totals)
    keys = sorted({g for figures in per_kpi.values() for g in figures})
    rows = []
    for g in keys:
        figures = {k: per_kpi[k].get(g) or _figure(ctx, k, group_by, g, _empty(k), scope) for k in chosen}
        rows.append(KpiRow(group_by, g, figures))
    return rows


def _empty(kpi: Kpi) -> _Acc:
    acc = _Acc()
    acc.num_money = kpi in MONEY_NUMERATOR
    acc.den_money = kpi in MONEY_DENOMINATOR
    return acc


def drill_down(engine: Engine, drill: DrillDown, *, limit: int | None = None) -> list[RecordRef]:
    """The records behind a figure: those contributing to its numerator (`Part.NUMERATOR`) or its
    denominator (`Part.DENOMINATOR`), ordered by kind and id."""
    partner = drill.key if drill.group_by is GroupBy.PARTNER else None
    ctx = _context(engine, drill.program_id, drill.period, partner)
    sub, gkey, from_ = _grouped(ctx.shape(), drill.kpi, drill.group_by)
    column = sub.c.num if drill.part is Part.NUMERATOR or drill.kpi in NO_DENOMINATOR else sub.c.den
    scoped = [] if drill.scope.empty else [totals.scope_condition(sub.c.pid)]
    stmt = (
        select(sub.c.kind, sub.c.rid)
        .select_from(from_)
        .where(*_key_filter(gkey, drill.group_by, True), column != 0, *scoped)
        .distinct()
        .order_by(sub.c.kind, sub.c.rid)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(stmt, {**ctx.params(), **drill.scope.params(), "group_key": drill.key})
        return [RecordRef(RecordKind(kind), str(rid)) for kind, rid in rows]


def today_period(days: int, today: date) -> Period:
    """The `days` days ending today (a convenience for dashboards)."""
    return Period(today - timedelta(days=days - 1), today)
