"""The claim editor: amounts checked as you type against what the request still allows and the participation
rate (messages under the field), the claim deadline, the evidence drop zone with its self-ticking checklist,
Submit (disabled until the claim is saved, valid and its proof complete), payments of the claim, and the
signed proof-of-execution PDF (sign and attach, verify)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import format_date, format_money, format_number, minor_to_decimal, translate
from ui.labels import label
from ui.mdf.common import (
    activity_label,
    announcing,
    format_rate,
    localized,
    mdf_message,
    mdf_paths,
    money_validator,
    run_for,
)
from ui.mdf.cost_lines import CostLinesPanel
from ui.mdf.evidence import EvidencePanel
from ui.mdf.payments import payment_columns
from ui.mdf.proof import ProofPanel
from ui.models.rows import RowsTableModel
from ui.tasks import Lane
from ui.widgets.common import FactGrid, fit_rows, table
from ui.widgets.forms import FieldError, FormState, add_field
from workbench import validation
from workbench.errors import UserError
from workbench.mdf import rules
from workbench.mdf.commands import CLAIM_EDITABLE, create_claim, submit_claim, update_claim
from workbench.mdf.queries import ClaimContextDTO, PaymentRowDTO, claim_context, claim_detail, list_payments
from workbench.mdf.types import ClaimChanges, ClaimDetailDTO, ClaimDTO, ClaimInput
from workbench.records.commands import EVIDENCE_OWNER
from workbench.records.queries import list_attachments
from workbench.records.types import AttachmentDTO

FIELD_CHARS = 30


@dataclass(frozen=True)
class ClaimBundle:
    """Everything the editor shows, read in one db-lane task."""

    context: ClaimContextDTO
    detail: ClaimDetailDTO | None
    attachments: tuple[AttachmentDTO, ...]
    payments: tuple[PaymentRowDTO, ...]


def load_claim_bundle(engine: Any, actor: Any, request_id: str | None, claim_id: str | None) -> ClaimBundle:
    detail = claim_detail(engine, actor, claim_id) if claim_id else None
    rid = detail.claim.request_id if detail is not None else request_id
    if rid is None:
        raise UserError("required", field="request_id")
    context = claim_context(engine, actor, rid, claim_id=claim_id)
    attachments = list_attachments(engine, actor, EVIDENCE_OWNER, claim_id) if claim_id else ()
    payments = list_payments(engine, actor, claim_id=claim_id) if claim_id else ()
    return ClaimBundle(context, detail, attachments, payments)


def _decimal_text(minor: int, currency: str) -> str:
    return format_number(minor_to_decimal(minor, currency))


class ClaimEditor(QDialog):
    """``ClaimEditor(ctx, today=..., request_id=...)`` files a new claim against an approved request;
    ``ClaimEditor(ctx, today=..., claim_id=...)`` opens an existing one. Call ``load()`` (or ``open()``)."""

    saved = Signal(object)  # ClaimDTO

    def __init__(
        self,
        ctx: AppContext,
        *,
        today: date,
        request_id: str | None = None,
        claim_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.request_id = request_id
        self.claim_id = claim_id
        self.bundle: ClaimBundle | None = None
        self.claim: ClaimDTO | None = None
        self.setObjectName("ClaimEditor")
        self.setWindowTitle(translate("ClaimEditor", "MDF claim"))
        paths = mdf_paths(ctx)

        self.facts = FactGrid()
        self.form = FormState(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.claimed = QLineEdit()
        self.claimed.setObjectName("claimed")
        self.actual_cost = QLineEdit()
        self.actual_cost.setObjectName("actualCost")
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        add_field(
            form,
            translate("ClaimEditor", "&Actual cost"),
            self.actual_cost,
            money_validator(self.currency, "actual_cost"),
            form=self.form,
            name="actual_cost",
            min_chars=FIELD_CHARS,
        )
        add_field(
            form,
            translate("ClaimEditor", "&Claimed"),
            self.claimed,
            self._check_claimed,
            form=self.form,
            name="claimed",
            min_chars=FIELD_CHARS,
        )
        self.cap = QLabel()
        self.cap.setObjectName("claimCap")
        self.cap.setWordWrap(True)
        form.addRow("", self.cap)
        add_field(
            form,
            translate("ClaimEditor", "&Summary"),
            self.summary,
            lambda v: validation.text(v, "summary", max_len=validation.MAX_TEXT, required=False),
            form=self.form,
            name="summary",
            min_chars=FIELD_CHARS,
        )
        self.actual_cost.textChanged.connect(lambda _t: self.form.binding("claimed").validate())
        self.status = QLabel()
        self.status.setObjectName("claimStatus")
        self.status.setWordWrap(True)

        self.costs = CostLinesPanel(ctx, self)
        self.evidence = EvidencePanel(ctx, paths.blob_dir if paths else None, self)
        self.evidence.changed.connect(self._update_buttons)
        self.proof = ProofPanel(ctx, paths, self)
        self.proof.attached.connect(lambda _a: self.load())
        self.payments_model: RowsTableModel[PaymentRowDTO] = RowsTableModel(payment_columns(per_claim=True), self)
        self.payments = table(self.payments_model, stretch=None)
        fit_rows(self.payments, max_rows=3)

        self.general_error = FieldError(self)
        self.general_error.setObjectName("claimError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(translate("ClaimEditor", "Save &draft"))
        self.save_button.setObjectName("saveClaim")
        self.submit_button = QPushButton(translate("ClaimEditor", "S&ubmit claim"))
        self.submit_button.setObjectName("submitClaim")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.form.validity_changed.connect(lambda _v: self._update_buttons())

        top = QHBoxLayout()
        request_box = QGroupBox(translate("ClaimEditor", "Approved request"))
        QVBoxLayout(request_box).addWidget(self.facts)
        claim_box = QGroupBox(translate("ClaimEditor", "Claim"))
        cb = QVBoxLayout(claim_box)
        cb.addLayout(form)
        cb.addWidget(self.status)
        cb.addWidget(self.costs)
        top.addWidget(request_box, 1)
        top.addWidget(claim_box, 1)
        evidence_box = QGroupBox(translate("ClaimEditor", "Evidence"))
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        bottom = QHBoxLayout()
        proof_box = QGroupBox(translate("ClaimEditor", "Proof of execution (signed PDF)"))
        QVBoxLayout(proof_box).addWidget(self.proof)
        pay_box = QGroupBox(translate("ClaimEditor", "Payments"))
        QVBoxLayout(pay_box).addWidget(self.payments)
        bottom.addWidget(proof_box, 5)
        bottom.addWidget(pay_box, 2)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(evidence_box, 1)
        box.addLayout(bottom)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().lineSpacing() * 48)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------------------------------

    def load(self) -> None:
        run_for(
            self,
            self.ctx,
            Lane.DB,
            load_claim_bundle,
            self.ctx.engine,
            self.ctx.actor,
            self.request_id,
            self.claim_id,
            on_success=self._show,
            on_error=self._failed,
            name="mdf-claim",
        )

    def open(self) -> None:
        self.load()
        super().open()

    def currency(self) -> str:
        return self.bundle.context.request.currency if self.bundle is not None else "EUR"

    @property
    def editable(self) -> bool:
        return self.claim is None or self.claim.status in CLAIM_EDITABLE

    def _show(self, bundle: ClaimBundle) -> None:
        self.bundle = bundle
        ctx, req = bundle.context, bundle.context.request
        self.request_id = req.id
        cur = req.currency
        if bundle.detail is not None:
            self.claim = bundle.detail.claim
            self.claim_id = self.claim.id
        c = self.claim
        self.setWindowTitle(
            translate("ClaimEditor", "MDF claim — {0}").format(req.title)
            if c is not None
            else translate("ClaimEditor", "New MDF claim — {0}").format(req.title)
        )
        due = req.claim_due
        due_text = format_date(due) if due else "—"
        if due is not None and due < self.today:
            due_text = translate("ClaimEditor", "{0} (passed)").format(due_text)
        elif due is not None:
            due_text = translate("ClaimEditor", "{0} ({1} days left)").format(
                due_text, format_number((due - self.today).days)
            )
        self.facts.set_rows(
            [
                ("partner", translate("ClaimEditor", "Partner"), ctx.partner_name),
                ("activity", translate("ClaimEditor", "Activity"), activity_label(req.activity_type.value)),
                ("title", translate("ClaimEditor", "Title"), req.title),
                (
                    "dates",
                    translate("ClaimEditor", "Dates"),
                    translate("ClaimEditor", "{0} – {1}").format(
                        format_date(req.start_date), format_date(req.end_date)
                    ),
                ),
                ("approved", translate("ClaimEditor", "Approved"), format_money(req.approved_minor or 0, cur)),
                (
                    "remaining",
                    translate("ClaimEditor", "Still claimable"),
                    format_money(ctx.remaining_minor, cur),
                ),
                ("rate", translate("ClaimEditor", "Participation rate"), format_rate(ctx.participation_rate_bp)),
                ("due", translate("ClaimEditor", "Claim deadline"), due_text),
            ]
        )
        if c is not None:
            self.claimed.setText(_decimal_text(c.claimed_minor, cur))
            self.actual_cost.setText(_decimal_text(c.actual_cost_minor, cur))
            self.summary.setPlainText(c.summary or "")
            self.status.setText(self._status_text(c))
        else:
            self.status.setText(translate("ClaimEditor", "Not saved yet."))
        for w in (self.claimed, self.actual_cost):
            w.setReadOnly(not self.editable)
        self.summary.setReadOnly(not self.editable)
        self.costs.set_claim(
            self.claim_id, cur, bundle.detail.cost_lines if bundle.detail else (), editable=self.editable
        )
        self.evidence.set_claim(
            self.claim_id, req.activity_type.value, ctx.required_evidence, bundle.attachments, editable=self.editable
        )
        self.proof.summary.setText("")
        self.payments_model.set_rows(bundle.payments)
        fit_rows(self.payments, max_rows=3)
        self.form.revalidate()
        self._update_buttons()

    def _status_text(self, c: ClaimDTO) -> str:
        text = translate("ClaimEditor", "Status: {0}").format(label(c.status.value))
        if c.decision_reason:
            text += "\n" + translate("ClaimEditor", "Reviewer: {0}").format(c.decision_reason)
        return text

    # -- validation -------------------------------------------------------------------------------------------------

    def _check_claimed(self, text: str) -> Decimal:
        amount = money_validator(self.currency, "claimed")(text)
        if self.bundle is None:
            return amount
        cur = self.currency()
        claimed = validation.money_to_minor(amount, cur, "claimed")
        ctx = self.bundle.context
        try:
            rules.check_claim_within_remaining(ctx.request.approved_minor or 0, ctx.already_claimed_minor, claimed)
            actual = self.form.bindings.get("actual_cost")
            if actual is not None and actual.value is not None:
                cost = validation.money_to_minor(actual.value, cur, "actual_cost")
                rules.check_claim_within_cap(claimed, cost, ctx.participation_rate_bp)
        except UserError as exc:
            raise localized(exc, cur) from None
        return amount

    def _update_cap(self) -> None:
        if self.bundle is None:
            return
        actual = self.form.bindings["actual_cost"].value
        ctx = self.bundle.context
        cur = self.currency()
        if actual is None:
            self.cap.setText(
                translate("ClaimEditor", "Reimbursed: {0} of the actual cost.").format(
                    format_rate(ctx.participation_rate_bp)
                )
            )
            return
        cap = rules.reimbursement_cap(validation.money_to_minor(actual, cur, "actual_cost"), ctx.participation_rate_bp)
        limit = min(cap, ctx.remaining_minor)
        self.cap.setText(
            translate(
                "ClaimEditor", "You can claim at most {0} ({1} of the actual cost, within {2} still claimable)."
            ).format(
                format_money(limit, cur), format_rate(ctx.participation_rate_bp), format_money(ctx.remaining_minor, cur)
            )
        )

    def _update_buttons(self) -> None:
        self._update_cap()
        valid = self.form.is_valid and self.bundle is not None
        self.save_button.setEnabled(valid and self.editable)
        ready = valid and self.claim is not None and self.editable and self.evidence.complete
        self.submit_button.setEnabled(ready)
        self.proof.set_claim(self.claim_id, signable=ready, has_proof=self.evidence.has_proof)
        if self.claim is None:
            self.submit_button.setToolTip(translate("ClaimEditor", "Save the claim and add its evidence first."))
        elif not self.evidence.complete:
            self.submit_button.setToolTip(self.evidence.missing_label.message)
        else:
            self.submit_button.setToolTip("")

    # -- commands ---------------------------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.form.show_all() or self.bundle is None:
            return
        v = self.form.values()
        cur = self.currency()
        self.save_button.setEnabled(False)
        if self.claim is None:
            data = ClaimInput(self.bundle.context.request.id, v["claimed"], v["actual_cost"], cur, v["summary"])
            run_for(
                self,
                self.ctx,
                Lane.DB,
                announcing(self.ctx, "mdf_claims", create_claim, lambda c: c.id),
                self.ctx.engine,
                self.ctx.actor,
                data,
                on_success=self._saved,
                on_error=self._failed,
            )
        else:
            changes = ClaimChanges(claimed=v["claimed"], actual_cost=v["actual_cost"], summary=v["summary"] or "")
            run_for(
                self,
                self.ctx,
                Lane.DB,
                announcing(self.ctx, "mdf_claims", update_claim, lambda c: c.id),
                self.ctx.engine,
                self.ctx.actor,
                self.claim.id,
                changes,
                on_success=self._saved,
                on_error=self._failed,
            )

    def _saved(self, claim: ClaimDTO) -> None:
        self.claim = claim
        self.claim_id = claim.id
        self.general_error.set_error(None)
        self.saved.emit(claim)
        self.load()

    def submit(self) -> None:
        if self.claim is None:
            return
        self.submit_button.setEnabled(False)
        run_for(
            self,
            self.ctx,
            Lane.DB,
            announcing(self.ctx, "mdf_claims", submit_claim, lambda c: c.id),
            self.ctx.engine,
            self.ctx.actor,
            self.claim.id,
            on_success=self._saved,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, UserError):
            field = str(exc.params.get("field", ""))
            formatted = localized(exc, self.currency())
            if field in self.form.bindings:
                self.form.binding(field).show_error(formatted)
            else:
                self.general_error.set_error(mdf_message(exc, self.currency()))
            return
        show_error(exc, self)
