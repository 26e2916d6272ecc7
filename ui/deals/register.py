"""Register a deal: validation as you type, and a live duplicate warning.

While the user types the customer, its domain or e-mail, or ticks products, a debounced check
(``workbench.deals.duplicates.find_duplicates``) runs on the db lane against the local replica and the panel
under the form explains every possible collision: the same folded company name, the same domain, the
products in common, and who registered first. A partner user never learns which partner the other
registration belongs to (the check hands partner roles no identity). The registration is saved
provisional: the server decides priority by its receipt time when it syncs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.deals.common import Clock, explain_match, utc_clock
from ui.errors import register_terms, show_error
from ui.i18n import QT_TRANSLATE_NOOP, parse_decimal, plural, translate
from ui.widgets.forms import FieldError, FormState, add_field
from workbench import validation
from workbench.deals.commands import create_deal, submit_deal, validate_amount
from workbench.deals.duplicates import DuplicateCandidate, DuplicateMatch, find_duplicates
from workbench.deals.queries import DealFormChoices, deal_form_choices
from workbench.deals.types import DealDTO, DealInput, DealProductInput
from workbench.errors import UserError

DUPLICATE_DELAY_MS = 350
FIELD_CHARS = 40

register_terms(
    {
        "customer_name": QT_TRANSLATE_NOOP("terms", "Customer"),
        "customer_domain": QT_TRANSLATE_NOOP("terms", "Customer web domain"),
        "customer_email": QT_TRANSLATE_NOOP("terms", "Customer e-mail"),
        "customer_country": QT_TRANSLATE_NOOP("terms", "Customer country"),
        "title": QT_TRANSLATE_NOOP("terms", "Deal title"),
        "amount": QT_TRANSLATE_NOOP("terms", "Amount"),
        "expected_close": QT_TRANSLATE_NOOP("terms", "Expected close"),
        "products": QT_TRANSLATE_NOOP("terms", "Products"),
        "reason": QT_TRANSLATE_NOOP("terms", "Reason"),
        "requested_until": QT_TRANSLATE_NOOP("terms", "New protection end"),
    }
)


def _save(engine: Any, actor: Any, data: DealInput, submit: bool) -> DealDTO:
    """Db lane: create the draft and (when registering) submit it right away."""
    deal = create_deal(engine, actor, data)
    return submit_deal(engine, actor, deal.id) if submit else deal


class RegisterDealDialog(QDialog):
    saved = Signal(object)  # DealDTO
    duplicates_shown = Signal(int)  # after each check: how many possible duplicates are listed

    def __init__(self, ctx: AppContext, clock: Clock = utc_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("RegisterDealDialog")
        self.setWindowTitle(translate("RegisterDeal", "Register a deal"))
        self.choices: DealFormChoices | None = None
        self.matches: list[DuplicateMatch] = []
        self._generation = 0
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FormState(self)
        self.partner = QComboBox()
        self.partner.setObjectName("partner")
        add_field(form, translate("RegisterDeal", "&Partner"), self.partner,
                  lambda v: validation.required_text(v, "partner_id", max_len=36), form=self.form, name="partner_id",
                  min_chars=FIELD_CHARS)  # fmt: skip
        self.program = QComboBox()
        self.program.setObjectName("program")
        add_field(form, translate("RegisterDeal", "Pro&gram"), self.program,
                  lambda v: validation.required_text(v, "program_id", max_len=36), form=self.form, name="program_id",
                  min_chars=FIELD_CHARS)  # fmt: skip
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        add_field(form, translate("RegisterDeal", "&Customer"), self.customer,
                  lambda v: validation.required_text(v, "customer_name"), form=self.form, name="customer_name",
                  min_chars=FIELD_CHARS)  # fmt: skip
        self.domain = QLineEdit()
        self.domain.setObjectName("domain")
        self.domain.setPlaceholderText("example.com")
        add_field(form, translate("RegisterDeal", "Customer &web domain"), self.domain,
                  lambda v: validation.web_domain(v or None, "customer_domain"), form=self.form,
                  name="customer_domain", min_chars=FIELD_CHARS)  # fmt: skip
        self.email = QLineEdit()
        self.email.setObjectName("email")
        add_field(form, translate("RegisterDeal", "Customer &e-mail"), self.email,
                  lambda v: validation.email(v or None, "customer_email"), form=self.form, name="customer_email",
                  min_chars=FIELD_CHARS)  # fmt: skip
        self.country = QLineEdit()
        self.country.setPlaceholderText(translate("RegisterDeal", "two letters, e.g. DE"))
        add_field(form, translate("RegisterDeal", "C&ountry"), self.country,
                  lambda v: validation.country(v or None, "customer_country"), form=self.form,
                  name="customer_country", min_chars=FIELD_CHARS)  # fmt: skip
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        add_field(form, translate("RegisterDeal", "Deal &title"), self.title_edit,
                  lambda v: validation.required_text(v, "title"), form=self.form, name="title",
                  min_chars=FIELD_CHARS)  # fmt: skip
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        add_field(form, translate("RegisterDeal", "&Amount"), self.amount, self._amount, form=self.form,
                  name="amount", min_chars=FIELD_CHARS)  # fmt: skip
        self.expected_close = QDateEdit()
        self.expected_close.setCalendarPopup(True)
        today = clock().date()
        self.expected_close.setDate(QDate(today.year, today.month, today.day).addDays(60))
        close_label = QLabel(translate("RegisterDeal", "E&xpected close"))
        close_label.setBuddy(self.expected_close)
        form.addRow(close_label, self.expected_close)
        self.products = QListWidget()
        self.products.setObjectName("products")
        self.products.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.products.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
        self._products_touched = False
        products_label = QLabel(translate("RegisterDeal", "P&roducts"))
        products_label.setBuddy(self.products)
        self.products_error = FieldError(self)
        holder = QWidget()
        hbox = QVBoxLayout(holder)
        hbox.setContentsMargins(0, 0, 0, 0)
        hbox.addWidget(self.products)
        hbox.addWidget(self.products_error)
        form.addRow(products_label, holder)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        add_field(form, translate("RegisterDeal", "&Description"), self.description,
                  lambda v: validation.text(v, "description", max_len=validation.MAX_TEXT, required=False),
                  form=self.form, name="description", min_chars=FIELD_CHARS)  # fmt: skip

        self.warning = QFrame()
        self.warning.setObjectName("duplicateWarning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        wbox = QVBoxLayout(self.warning)
        self.warning_title = QLabel()
        self.warning_title.setObjectName("duplicateTitle")
        font = self.warning_title.font()
        font.setBold(True)
        self.warning_title.setFont(font)
        self.warning_title.setWordWrap(True)
        self.warning_text = QLabel()
        self.warning_text.setObjectName("duplicateText")
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        wbox.addWidget(self.warning_title)
        wbox.addWidget(self.warning_text)
        self.warning.setVisible(False)
        self.warning.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.provisional_note = QLabel(
            translate(
                "RegisterDeal",
                "The check runs on this laptop's copy of the data. The registration stays provisional until the "
                "server confirms it; the server decides who registered first by the time it receives it.",
            )
        )
        self.provisional_note.setWordWrap(True)
        self.provisional_note.setEnabled(False)
        self.general_error = FieldError(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = QPushButton(translate("RegisterDeal", "&Register"))
        self.register_button.setObjectName("registerButton")
        self.draft_button = QPushButton(translate("RegisterDeal", "Save as &draft"))
        self.buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.form.bind_button(self.register_button)
        self.form.bind_button(self.draft_button)
        self.register_button.clicked.connect(lambda: self.save(submit=True))
        self.draft_button.clicked.connect(lambda: self.save(submit=False))
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.warning)
        right.addWidget(self.provisional_note)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        box = QVBoxLayout(self)
        box.addLayout(body)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)

        self.resize(self.fontMetrics().averageCharWidth() * 150, self.sizeHint().height())
        self._debounce = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._debounce.timeout.connect(self.check_duplicates)
        for edit in (self.customer, self.domain, self.email):
            edit.textChanged.connect(lambda _t: self._debounce.start())
        self.products.itemChanged.connect(self._products_edited)
        self.program.currentIndexChanged.connect(lambda _i: self._fill_products())
        self.partner.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self._products_changed()
        ctx.db(deal_form_choices, ctx.engine, ctx.actor, on_success=self._fill, name="deal-form-choices")

    # -- choices ----------------------------------------------------------------------------------------------

    def _fill(self, choices: DealFormChoices) -> None:
        self.choices = choices
        self.partner.clear()
        for p in choices.partners:
            self.partner.addItem(p.name, p.id)
        self.partner.setEnabled(len(choices.partners) > 1)
        self.program.clear()
        for pr in choices.programs:
            self.program.addItem(f"{pr.name} ({pr.currency})", pr.id)
        self._fill_products()
        self.form.revalidate()

    def currency(self) -> str:
        if self.choices is None:
            return ""
        pid = self.program.currentData()
        return next((p.currency for p in self.choices.programs if p.id == pid), "")

    def _fill_products(self) -> None:
        self.products.blockSignals(True)
        self.products.clear()
        pid = self.program.currentData()
        for p in self.choices.products if self.choices else ():
            if p.program_id == pid:
                item = QListWidgetItem(f"{p.sku} — {p.name}")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.products.addItem(item)
        self.products.blockSignals(False)
        self.form.binding("amount").validate()
        self._products_changed()

    def set_products(self, product_ids: list[str]) -> None:
        for i in range(self.products.count()):
            item = self.products.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in product_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def product_ids(self) -> list[str]:
        out = []
        for i in range(self.products.count()):
            item = self.products.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _products_edited(self, *_: Any) -> None:
        self._products_touched = True
        self._products_changed()

    def _products_changed(self, *_: Any) -> None:
        ok = bool(self.product_ids())
        show = not ok and self._products_touched and self.products.count() > 0
        self.products_error.set_error(translate("RegisterDeal", "Choose at least one product.") if show else None)
        self.register_button.setEnabled(ok and self.form.is_valid)
        self._debounce.start()

    def _amount(self, text: str) -> int:
        value = parse_decimal(text)
        if value is None:
            raise UserError("money_invalid", field="amount", value=text[:40])
        minor, _ = validate_amount(value, self.currency() or "EUR")
        return minor

    # -- the live duplicate check ---------------------------------------------------------------------------------

    def candidate(self) -> DuplicateCandidate | None:
        name = self.customer.text().strip()
        if not name or not self.product_ids():
            return None
        return DuplicateCandidate(
            customer_name=name,
            product_ids=tuple(self.product_ids()),
            customer_domain=self.domain.text().strip() or None,
            customer_email=self.email.text().strip() or None,
            partner_id=self.partner.currentData(),
        )

    def check_duplicates(self) -> None:
        self._generation += 1
        generation = self._generation
        candidate = self.candidate()
        if candidate is None:
            self._show_matches(generation, [])
            return
        self.ctx.db(
            find_duplicates,
            self.ctx.engine,
            self.ctx.actor,
            candidate,
            on_success=lambda found: self._show_matches(generation, found),
            on_error=lambda exc: self._check_failed(generation, exc),
            name="duplicate-check",
        )

    def _check_failed(self, generation: int, exc: BaseException) -> None:
        if isinstance(exc, UserError):  # half-typed domain or e-mail: the field shows why; no warning yet
            self._show_matches(generation, [])
        else:
            show_error(exc, self)

    def _show_matches(self, generation: int, found: list[DuplicateMatch]) -> None:
        if generation != self._generation:
            return  # an older check answered after a newer one was started
        self.matches = list(found)
        if found:
            self.warning_title.setText(
                plural(
                    len(found),
                    translate("RegisterDeal", "Possible duplicate: %n open registration matches"),
                    translate("RegisterDeal", "Possible duplicates: %n open registrations match"),
                )
            )
            self.warning_text.setText("\n\n".join(explain_match(m) for m in found))
        self.warning.setVisible(bool(found))
        self.duplicates_shown.emit(len(found))

    # -- saving ---------------------------------------------------------------------------------------------------

    def deal_input(self) -> DealInput:
        value = parse_decimal(self.amount.text()) or Decimal(0)
        qdate = self.expected_close.date()
        return DealInput(
            partner_id=str(self.partner.currentData() or ""),
            program_id=str(self.program.currentData() or ""),
            customer_name=self.customer.text(),
            title=self.title_edit.text(),
            amount=value,
            currency=self.currency(),
            expected_close=date(qdate.year(), qdate.month(), qdate.day()),
            customer_domain=self.domain.text().strip() or None,
            customer_email=self.email.text().strip() or None,
            customer_country=self.country.text().strip() or None,
            description=self.description.toPlainText().strip() or None,
            products=tuple(DealProductInput(p) for p in self.product_ids()),
        )

    def save(self, *, submit: bool) -> None:
        if not self.form.show_all():
            return
        if submit and not self.product_ids():
            self.products_error.set_error(translate("RegisterDeal", "Choose at least one product."))
            return
        self.general_error.set_error(None)
        self.register_button.setEnabled(False)
        self.draft_button.setEnabled(False)
        self.ctx.db(
            _save, self.ctx.engine, self.ctx.actor, self.deal_input(), submit,
            on_success=self._saved, on_error=self._failed, name="register-deal",
        )  # fmt: skip

    def _saved(self, deal: DealDTO) -> None:
        self.ctx.changed("deal_registrations", deal.id)
        self.saved.emit(deal)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(self.form.is_valid and bool(self.product_ids()))
        self.draft_button.setEnabled(self.form.is_valid)
        if isinstance(exc, UserError):
            if exc.params.get("field") == "products":
                from ui.errors import user_message

                self.products_error.set_error(user_message(exc))
            elif not self.form.apply_error(exc):
                from ui.errors import user_message

                self.general_error.set_error(user_message(exc))
            return
        show_error(exc, self)


def open_register_dialog(ctx: AppContext, parent: QWidget, on_saved: Callable[[DealDTO], None]) -> RegisterDealDialog:
    dialog = RegisterDealDialog(ctx, parent=parent)
    dialog.saved.connect(on_saved)
    dialog.open()
    return dialog
