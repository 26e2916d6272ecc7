"""Command ops mapped 1:1 onto the workbench's own commands (one domain, two homes).

Each `(entity, command)` the laptop records with `uow.command(obj, name, **args)` has a handler here that
calls the SAME workbench command function the laptop ran, with `replica=False`, so the server's state
machine, role checks and amount rules are exactly the laptop's. The command runs inside the op's savepoint
of the push transaction: it is handed the push session's `Connection` instead of an engine, its own
`UnitOfWork` joins that transaction with a nested savepoint (SQLAlchemy's `conservative_savepoint`), and a
`UserError` (IllegalTransition, PermissionDenied, validation) rolls back just this op, which push answers
`rejected` with the error code and the server row. The deal `submit` (most of a push's commands) is the
exception: `submit_in` runs it in the push's own unit of work, session and op savepoint.

Rows the command changed (it works in its own Session) are collected by an `after_flush` hook while the
handler runs and handed to the push transaction's change tracker, so they get the transaction's
`server_seq` and reach pulls.

Op arguments arrive as JSON (`fields` of the op = the `args` of `uow.command`): amounts in minor units,
dates ISO 8601. They are converted here and validated by the command itself."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from sync.server import commands, documents
from sync.server.changelog import ChangeTracker
from sync.server.commands import register_command
from sync.server.rows import SERVER_LOCAL_ENTITIES
from workbench import validation
from workbench.db.base import SyncedMixin, entity_name
from workbench.db.uow import UnitOfWork
from workbench.errors import UserError

_TOUCHED: ContextVar[list[tuple[type[Any], str]] | None] = ContextVar("sync_server_touched", default=None)


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _ctx: Any) -> None:
    touched = _TOUCHED.get()
    if touched is None:
        return
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, SyncedMixin) and entity_name(type(obj)) not in SERVER_LOCAL_ENTITIES:
            touched.append((type(obj), obj.id))


def run_workbench(uow: UnitOfWork, call: Callable[[Engine], object]) -> None:
    """Run a workbench command (`call(engine)`) inside the push transaction of `uow`."""
    session = uow.session
    session.flush()
    conn = session.connection()
    touched: list[tuple[type[Any], str]] = []
    token = _TOUCHED.set(touched)
    try:
        call(cast(Engine, conn))
    finally:
        _TOUCHED.reset(token)
    tracker = session.info.get(ChangeTracker.INFO_KEY)
    seen: set[tuple[type[Any], str]] = set()
    for model, row_id in touched:
        if (model, row_id) in seen:
            continue
        seen.add((model, row_id))
        obj = session.get(model, row_id, populate_existing=True)
        if isinstance(obj, SyncedMixin) and isinstance(tracker, ChangeTracker):
            tracker.adopt(obj)


# --- argument conversion -------------------------------------------------------------------------


def _text(args: dict[str, Any], key: str) -> str | None:
    value = args.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserError("invalid_value", field=key)
    return value


def _required_text(args: dict[str, Any], key: str) -> str:
    value = _text(args, key)
    if value is None:
        raise UserError("required", field=key)
    return value


def _date(args: dict[str, Any], key: str) -> date | None:
    value = args.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise UserError("invalid_date", field=key)
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UserError("invalid_date", field=key) from exc


def _minor(args: dict[str, Any], key: str, currency: str) -> Decimal | None:
    value = args.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError("invalid_amount", field=key)
    return validation.minor_to_decimal(value, currency)


# --- registrations -------------------------------------------------------------------------------


def _deals() -> None:
    from workbench.deals import commands as c

    entity = "deal_registrations"

    def submit(uow: UnitOfWork, deal: Any, _args: dict[str, Any]) -> None:
        # in the push's own session and savepoint (the deal row it holds, no second unit of work)
        c.submit_in(uow, deal)

    def request_info(uow: UnitOfWork, deal: Any, args: dict[str, Any]) -> None:
        question = _text(args, "question")
        run_workbench(uow, lambda e: c.request_deal_info(e, uow.actor, deal.id, question, replica=False))

    def approve(uow: UnitOfWork, deal: Any, _args: dict[str, Any]) -> None:
        run_workbench(uow, lambda e: c.approve_deal(e, uow.actor, deal.id, replica=False))

    def reject(uow: UnitOfWork, deal: Any, args: dict[str, Any]) -> None:
        reason = _required_text(args, "reason")
        run_workbench(uow, lambda e: c.reject_deal(e, uow.actor, deal.id, reason, replica=False))

    def win(uow: UnitOfWork, deal: Any, args: dict[str, Any]) -> None:
        amount = _minor(args, "won_amount_minor", deal.currency)
        if amount is None:
            raise UserError("required", field="won_amount_minor")
        closed = _date(args, "closed_at")
        run_workbench(uow, lambda e: c.win_deal(e, uow.actor, deal.id, amount, closed_on=closed, replica=False))

    def lose(uow: UnitOfWork, deal: Any, args: dict[str, Any]) -> None:
        closed = _date(args, "closed_at")
        run_workbench(uow, lambda e: c.lose_deal(e, uow.actor, deal.id, closed_on=closed, replica=False))

    def expire(uow: UnitOfWork, deal: Any, _args: dict[str, Any]) -> None:
        run_workbench(uow, lambda e: c.expire_deal(e, uow.actor, deal.id, replica=False))

    def withdraw(uow: UnitOfWork, deal: Any, _args: dict[str, Any]) -> None:
        run_workbench(uow, lambda e: c.withdraw_deal(e, uow.actor, deal.id, replica=False))

    for name, handler in {
        "submit": submit,
        "resubmit": submit,  # submit_deal decides submit vs resubmit from the server's status
        "request_info": request_info,
        "approve": approve,
        "reject": reject,
        "win": win,
        "lose": lose,
        "expire": expire,
        "withdraw": withdraw,
    }.items():
        register_command(entity, name, handler)

    # Protection extensions (workbench.deals.sla). `grant_extension` on the laptop records two command ops
    # in one transaction: "extend" on the deal (protection_until, request_id), then "grant" on the request
    # (granted_until). On the server the first of them runs the whole `grant_extension` (vendor role, open
    # request of this deal, deal still approved and protected, date later but within the maximum); the
    # second then only confirms that this transaction granted the request with the same date. A "grant"
    # without its "extend" runs `grant_extension` itself; one for a request granted earlier is an illegal
    # transition.
    from workbench.deals import sla

    def extend(uow: UnitOfWork, deal: Any, args: dict[str, Any]) -> None:
        request_id = _required_text(args, "request_id")
        until = _date(args, "protection_until")
        if until is None:
            raise UserError("required", field="protection_until")
        req = uow.session.get(sla.DealExtensionRequest, request_id)
        if req is None or req.deleted_at is not None or req.deal_id != deal.id:
            raise UserError("unknown_reference", field="request_id", id=request_id)
        run_workbench(uow, lambda e: sla.grant_extension(e, uow.actor, request_id, until, replica=False))
        _granted_here(uow)[request_id] = until

    def grant(uow: UnitOfWork, req: Any, args: dict[str, Any]) -> None:
        until = _date(args, "granted_until")
        if until is None:
            raise UserError("required", field="granted_until")
        if _granted_here(uow).get(req.id) == until:
            return  # the "extend" op of this transaction granted it
        run_workbench(uow, lambda e: sla.grant_extension(e, uow.actor, req.id, until, replica=False))

    def decline(uow: UnitOfWork, req: Any, args: dict[str, Any]) -> None:
        reason = _required_text(args, "reason")
        run_workbench(uow, lambda e: sla.decline_extension(e, uow.actor, req.id, reason, replica=False))

    register_command(entity, "extend", extend)
    register_command("deal_extension_requests", "grant", grant)
    register_command("deal_extension_requests", "decline", decline)


def _granted_here(uow: UnitOfWork) -> dict[str, date]:
    """Extension requests granted by an "extend" op of this push transaction (request id -> date)."""
    granted: dict[str, date] = uow.session.info.setdefault("deal_extensions_granted", {})
    return granted


# --- MDF -----------------------------------------------------------------------------------------


def _mdf() -> None:
    from workbench.mdf import commands as c
    from workbench.mdf.queries import paid_total
    from workbench.mdf.states import transition

    def r_submit(uow: UnitOfWork, req: Any, _args: dict[str, Any]) -> None:
        run_workbench(uow, lambda e: c.submit_request(e, uow.actor, req.id, replica=False))

    def r_info(uow: UnitOfWork, req: Any, args: dict[str, Any]) -> None:
        reason = _required_text(args, "reason")
        run_workbench(uow, lambda e: c.request_request_info(e, uow.actor, req.id, reason, replica=False))

    def r_approve(uow: UnitOfWork, req: Any, args: dict[str, Any]) -> None:
        amount = _minor(args, "approved_minor", req.currency)
        run_workbench(uow, lambda e: c.approve_request(e, uow.actor, req.id, amount, replica=False))

    def r_reject(uow: UnitOfWork, req: Any, args: dict[str, Any]) -> None:
        reason = _required_text(args, "reason")
        run_workbench(uow, lambda e: c.reject_request(e, uow.actor, req.id, reason, replica=False))

    def r_expire(uow: UnitOfWork, req: Any, _args: dict[str, Any]) -> None:
        run_workbench(uow, lambda e: c.expire_request(e, uow.actor, req.id, replica=False))

    def c_submit(uow: UnitOfWork, claim: Any, _args: dict[str, Any]) -> None:
        documents.check_claim_proof(uow, claim)  # the claim's current signed proof, if any, must verify
        run_workbench(uow, lambda e: c.submit_claim(e, uow.actor, claim.id, replica=False))

    def c_info(uow: UnitOfWork, claim: Any, args: dict[str, Any]) -> None:
        reason = _required_text(args, "reason")
        run_workbench(uow, lambda e: c.request_claim_info(e, uow.actor, claim.id, reason, replica=False))

    def c_approve(uow: UnitOfWork, claim: Any, args: dict[str, Any]) -> None:
        amount = _minor(args, "approved_minor", claim.currency)
        run_workbench(uow, lambda e: c.approve_claim(e, uow.actor, claim.id, amount, replica=False))

    def c_reject(uow: UnitOfWork, claim: Any, args: dict[str, Any]) -> None:
        reason = _required_text(args, "reason")
        run_workbench(uow, lambda e: c.reject_claim(e, uow.actor, claim.id, reason, replica=False))

    def c_pay(uow: UnitOfWork, claim: Any, _args: dict[str, Any]) -> None:
        # On the laptop `record_payment` inserts the payment (synced before this op as an insert-only
        # row) and, once payments reach the approved amount, records `pay`. The server re-checks both.
        uow.actor.require_vendor("record_payment")
        target = transition("claim", claim.status, "pay", uow.actor.role)
        if claim.approved_minor is None or paid_total(uow.session, claim.id) < claim.approved_minor:
            raise UserError("claim_not_fully_paid", field="status")
        with uow.command(claim, "pay"):
            claim.status = target

    table: dict[str, dict[str, commands.CommandHandler]] = {
        "mdf_requests": {
            "submit": r_submit,
            "request_info": r_info,
            "approve": r_approve,
            "reject": r_reject,
            "expire": r_expire,
        },
        "mdf_claims": {
            "submit": c_submit,
            "request_info": c_info,
            "approve": c_approve,
            "reject": c_reject,
            "pay": c_pay,
        },
    }
    for entity, handlers in table.items():
        for name, handler in handlers.items():
            register_command(entity, name, handler)


# --- partners and records ------------------------------------------------------------------------


def _partners() -> None:
    from workbench.partners import commands as c
    from workbench.partners.types import ContractInput
    from workbench.records.commands import complete_task

    def set_status(uow: UnitOfWork, partner: Any, args: dict[str, Any]) -> None:
        status = _required_text(args, "status")
        run_workbench(uow, lambda e: c.set_partner_status(e, uow.actor, partner.id, status, replica=False))

    def contract_status(uow: UnitOfWork, contract: Any, args: dict[str, Any]) -> None:
        data = ContractInput(
            partner_id=contract.partner_id,
            start_date=contract.start_date,
            status=_required_text(args, "status"),
            end_date=contract.end_date,
            signed_on=contract.signed_on,
            reference=contract.reference,
            contract_id=contract.id,
        )
        run_workbench(uow, lambda e: c.upsert_contract(e, uow.actor, data, replica=False))

    def onboarding_complete(uow: UnitOfWork, item: Any, args: dict[str, Any]) -> None:
        done = _date(args, "completed_on")
        if done is None:
            raise UserError("required", field="completed_on")
        run_workbench(
            uow,
            lambda e: c.complete_onboarding_item(
                e, uow.actor, item.partner_id, item.item, done, program_id=item.program_id, replica=False
            ),
        )

    def task_complete(uow: UnitOfWork, task: Any, _args: dict[str, Any]) -> None:
        run_workbench(uow, lambda e: complete_task(e, uow.actor, task.id, replica=False))

    register_command("partners", "set_status", set_status)
    register_command("partner_contracts", "set_status", contract_status)
    register_command("onboarding_items", "complete", onboarding_complete)
    register_command("tasks", "complete", task_complete)


# --- training ------------------------------------------------------------------------------------


def _training() -> None:
    """Certifications are issued on the laptop as a side effect of recording an exam pass (a create of
    the certification in status in_progress, then `issue`, or `renew` + `supersede` of the previous one).
    The server does not take the laptop's word for it: it recomputes, from the training events it holds,
    with the training package's own rule functions, whether the path is complete and which dates follow;
    the server's dates win."""
    from sqlalchemy import select

    from workbench.training.commands import _pass_dates, completion_date
    from workbench.training.models import Certification, LearningPath, LearningPathCourse
    from workbench.training.rules import expiry_date
    from workbench.training.types import CertificationStatus

    def _earned(uow: UnitOfWork, cert: Any, after: date | None) -> tuple[date, date | None]:
        path = uow.get(LearningPath, cert.path_id, include_deleted=True)
        required = list(
            uow.session.scalars(
                select(LearningPathCourse.course_id).where(
                    LearningPathCourse.path_id == path.id,
                    LearningPathCourse.required.is_(True),
                    LearningPathCourse.deleted_at.is_(None),
                )
            )
        )
        earned = (
            completion_date(required, _pass_dates(uow.session, cert.contact_id, required), after) if required else None
        )
        if earned is None:
            raise UserError("certification_incomplete", field="status")
        return earned, expiry_date(earned, path.validity_months)

    def _require(cert: Any, status: CertificationStatus) -> None:
        if cert.status != status.value:
            raise UserError("illegal_transition", field="status", current=cert.status)

    def _sibling(uow: UnitOfWork, cert: Any, args: dict[str, Any], key: str) -> Any:
        other_id = _required_text(args, key)
        other = uow.session.get(Certification, other_id)
        if (
            other is None
            or other.deleted_at is not None
            or (other.contact_id, other.path_id)
            != (
                cert.contact_id,
                cert.path_id,
            )
        ):
            raise UserError("unknown_reference", field=key, id=other_id)
        return other

    def issue(uow: UnitOfWork, cert: Any, _args: dict[str, Any]) -> None:
        _require(cert, CertificationStatus.IN_PROGRESS)
        live = uow.session.scalar(
            select(Certification.id).where(
                Certification.contact_id == cert.contact_id,
                Certification.path_id == cert.path_id,
                Certification.id != cert.id,
                Certification.status == CertificationStatus.ACTIVE.value,
                Certification.deleted_at.is_(None),
            )
        )
        if live is not None:
            raise UserError("already_certified", field="status", id=live)
        earned, expires = _earned(uow, cert, None)
        with uow.command(cert, "issue", earned_on=earned, expires_on=expires):
            cert.status = CertificationStatus.ACTIVE.value
            cert.earned_on, cert.expires_on = earned, expires

    def renew(uow: UnitOfWork, cert: Any, args: dict[str, Any]) -> None:
        _require(cert, CertificationStatus.IN_PROGRESS)
        previous = _sibling(uow, cert, args, "previous_id")
        if previous.earned_on is None or previous.status == CertificationStatus.IN_PROGRESS.value:
            raise UserError("illegal_transition", field="previous_id", current=previous.status)
        earned, expires = _earned(uow, cert, previous.earned_on)
        with uow.command(cert, "renew", previous_id=previous.id, earned_on=earned, expires_on=expires):
            cert.status = CertificationStatus.ACTIVE.value
            cert.earned_on, cert.expires_on = earned, expires

    def supersede(uow: UnitOfWork, cert: Any, args: dict[str, Any]) -> None:
        _require(cert, CertificationStatus.ACTIVE)
        newer = _sibling(uow, cert, args, "renewed_by")
        if (
            newer.status != CertificationStatus.ACTIVE.value
            or newer.earned_on is None
            or (cert.earned_on is not None and newer.earned_on <= cert.earned_on)
        ):
            raise UserError("illegal_transition", field="renewed_by", current=newer.status)
        with uow.command(cert, "supersede", renewed_by=newer.id):
            cert.status = CertificationStatus.RENEWED.value

    register_command("certifications", "issue", issue)
    register_command("certifications", "renew", renew)
    register_command("certifications", "supersede", supersede)


def register_all() -> None:
    """Register every handler (idempotent). `create_app` calls it."""
    _deals()
    _mdf()
    _partners()
    _training()
