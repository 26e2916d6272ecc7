"""Create and edit a fund request (pre-approval of one planned activity): validation as you type with the
message under the field, amounts typed in the locale's format, the allocation's live balance and the claim
deadline rule shown. Save keeps a draft; "Save and submit" sends it for review."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from ui.mdf.common import activity_label, announcing, localize_errors, mdf_message, money_validator, run_for
from ui.tasks import Lane
from ui.widgets.forms import FieldError, FormState, add_field
from workbench import validation
from workbench.errors import UserError
from workbench.mdf.commands import create_request, submit_request, update_request
from workbench.mdf.queries import AllocationOverviewDTO
from workbench.mdf.types import ActivityType, RequestChanges, RequestDTO, RequestInput

FIELD_CHARS = 40


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _id(request: RequestDTO) -> str:
    return request.id


def _create_and_submit(engine: Any, actor: Any, data: RequestInput) -> RequestDTO:
    created = create_request(engine, actor, data)
    return submit_request(engine, actor, created.id)


def _update_and_submit(engine: Any, actor: Any, request_id: str, changes: RequestChanges) -> RequestDTO:
    update_request(engine, actor, request_id, changes)
    return submit_request(engine, actor, request_id)


class RequestEditor(QDialog):
    """``RequestEditor(ctx, allocations, today=...)`` creates; pass ``request=`` to edit a draft or a request
    the vendor asked more information about."""

    saved = Signal(object)  # RequestDTO

    def __init__(
        self,
        ctx: AppContext,
        allocations: tuple[AllocationOverviewDTO, ...],
        *,
        today: date,
        request: RequestDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        self.allocations = {a.id: a for a in allocations}
        self.setObjectName("RequestEditor")
        self.setWindowTitle(
            translate("RequestEditor", "New fund request")
            if request is None
            else translate("RequestEditor", "Edit fund request “{0}”").format(request.title)
        )
        r = request
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FormState(self)

        self.allocation = QComboBox()
        for a in allocations:
            self.allocation.addItem(
                translate("RequestEditor", "{0} — {1} ({2} available)").format(
                    a.partner_name, a.budget_name, format_money(a.available_minor, a.currency)
                ),
                a.id,
            )
        if r is not None:
            idx = self.allocation.findData(r.allocation_id)
            if idx < 0:
                self.allocation.addItem(r.allocation_id, r.allocation_id)
                idx = self.allocation.count() - 1
            self.allocation.setCurrentIndex(idx)
            self.allocation.setEnabled(False)
        add_field(
            form,
            translate("RequestEditor", "A&llocation"),
            self.allocation,
            lambda v: validation.required_text(v, "allocation_id", max_len=36),
            form=self.form,
            name="allocation_id",
            min_chars=FIELD_CHARS,
        )
        self.activity = QComboBox()
        for t in ActivityType:
            self.activity.addItem(activity_label(t.value), t.value)
        if r is not None:
            self.activity.setCurrentIndex(self.activity.findData(r.activity_type.value))
        add_field(
            form,
            translate("RequestEditor", "&Activity"),
            self.activity,
            lambda v: validation.choice(v, tuple(ActivityType), "activity_type"),
            form=self.form,
            name="activity_type",
            min_chars=FIELD_CHARS,
        )
        self.title = QLineEdit(r.title if r else "")
        self.title.setPlaceholderText(translate("RequestEditor", "e.g. Booth at the regional IT fair"))
        add_field(
            form,
            translate("RequestEditor", "&Title"),
            self.title,
            lambda v: validation.required_text(v, "title"),
            form=self.form,
            name="title",
            min_chars=FIELD_CHARS,
        )
        self.description = QPlainTextEdit(r.description or "" if r else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        add_field(
            form,
            translate("RequestEditor", "&Description"),
            self.description,
            lambda v: validation.text(v, "description", max_len=validation.MAX_TEXT, required=False),
            form=self.form,
            name="description",
            min_chars=FIELD_CHARS,
        )
        self.start = QDateEdit(_qdate(r.start_date if r else today))
        self.end = QDateEdit(_qdate(r.end_date if r else today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(translate("RequestEditor", "to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        start_label = QLabel(translate("RequestEditor", "&Dates"))
        start_label.setBuddy(self.start)
        form.addRow(start_label, dates)
        self.dates_error = FieldError(self)
        form.addRow("", self.dates_error)
        self.form.add_check(
            localize_errors(
                lambda: validation.date_range(
                    _pydate(self.start.date()), _pydate(self.end.date()), start_field="start_date", end_field="end_date"
                )
            ),
            self.dates_error,
        )
        self.amount = QLineEdit("" if r is None else self._decimal_text(r.requested_minor, r.currency))
        self.amount.setPlaceholderText(translate("RequestEditor", "amount, e.g. 2,500.00"))
        self.binding_amount = add_field(
            form,
            translate("RequestEditor", "&Requested"),
            self.amount,
            money_validator(self.currency, "requested"),
            form=self.form,
            name="requested",
            min_chars=FIELD_CHARS,
        )
        self.balance = QLabel()
        self.balance.setObjectName("RequestBalance")
        self.balance.setWordWrap(True)
        form.addRow("", self.balance)
        self.deadline = QLabel()
        self.deadline.setObjectName("RequestDeadline")
        self.deadline.setWordWrap(True)
        form.addRow(translate("RequestEditor", "Claim deadline"), self.deadline)

        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("RequestEditor", "Save draft"))
        self.submit_button = QPushButton(translate("RequestEditor", "Save and &submit"))
        self.submit_button.setObjectName("submitRequest")
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.form.bind_button(self.save_button)
        self.form.bind_button(self.submit_button)
        self.buttons.accepted.connect(lambda: self.submit(send=False))
        self.submit_button.clicked.connect(lambda: self.submit(send=True))
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.allocation.currentIndexChanged.connect(lambda _i: self._update_hints())
        self.amount.textChanged.connect(lambda _t: self._update_hints())
        self._update_hints()
        self.title.setFocus()

    # -- helpers ----------------------------------------------------------------------------------------------------

    @staticmethod
    def _decimal_text(minor: int, currency: str) -> str:
        return format_number(minor_to_decimal(minor, currency))

    def chosen_allocation(self) -> AllocationOverviewDTO | None:
        return self.allocations.get(str(self.allocation.currentData()))

    def currency(self) -> str:
        if self.request is not None:
            return self.request.currency
        a = self.chosen_allocation()
        return a.currency if a is not None else "EUR"

    def _dates_changed(self) -> None:
        self.form.revalidate()
        self._update_hints()

    def _update_hints(self) -> None:
        a = self.chosen_allocation()
        self.binding_amount.validate()
        value = self.binding_amount.value
        if a is None:
            self.balance.setText("")
        else:
            text = translate("RequestEditor", "Available in this allocation: {0}.").format(
                format_money(a.available_minor, a.currency)
            )
            if value is not None:
                minor = validation.money_to_minor(value, a.currency, "requested")
                if minor > a.available_minor:
                    text += " " + translate(
                        "RequestEditor", "This is more than is available: it cannot be approved in full."
                    )
            self.balance.setText(text)
        end = _pydate(self.end.date())
        self.deadline.setText(
            translate(
                "RequestEditor", "Set when approved: claims are due within the program's claim period after {0}."
            ).format(format_date(end))
        )

    # -- saving -----------------------------------------------------------------------------------------------------

    def submit(self, *, send: bool) -> None:
        if not self.form.show_all():
            return
        self.save_button.setEnabled(False)
        self.submit_button.setEnabled(False)
        v = self.form.values()
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if self.request is None:
            data = RequestInput(
                allocation_id=v["allocation_id"],
                activity_type=v["activity_type"],
                title=v["title"],
                start_date=start,
                end_date=end,
                requested=v["requested"],
                currency=self.currency(),
                description=v["description"],
            )
            fn: Any = announcing(self.ctx, "mdf_requests", _create_and_submit if send else create_request, _id)
            run_for(
                self,
                self.ctx,
                Lane.DB,
                fn,
                self.ctx.engine,
                self.ctx.actor,
                data,
                on_success=self._done,
                on_error=self._failed,
            )
        else:
            changes = RequestChanges(
                activity_type=v["activity_type"],
                title=v["title"],
                description=v["description"] or "",
                start_date=start,
                end_date=end,
                requested=v["requested"],
            )
            fn = announcing(self.ctx, "mdf_requests", _update_and_submit if send else update_request, _id)
            run_for(
                self,
                self.ctx,
                Lane.DB,
                fn,
                self.ctx.engine,
                self.ctx.actor,
                self.request.id,
                changes,
                on_success=self._done,
                on_error=self._failed,
            )

    def _done(self, request: RequestDTO) -> None:
        self.request = request
        self.saved.emit(request)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.form.revalidate()
        self.save_button.setEnabled(self.form.is_valid)
        self.submit_button.setEnabled(self.form.is_valid)
        if isinstance(exc, UserError):
            message = mdf_message(exc, self.currency())
            field = exc.params.get("field")
            if field in self.form.bindings:
                self.form.binding(str(field)).show_error(exc)
                self.form.binding(str(field)).label.set_error(message)
            elif field in ("start_date", "end_date"):
                self.dates_error.set_error(message)
            else:
                self.general_error.set_error(message)
            return
        show_error(exc, self)
