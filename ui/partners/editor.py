"""Create and edit a partner: validation as you type with the message under the field (``ui.widgets.forms``);
the command runs on the db lane and a refused field comes back next to that field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import register_terms, show_error
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.labels import label
from ui.widgets.forms import FieldBinding, FieldError, FormState, add_field
from workbench import validation
from workbench.errors import UserError
from workbench.partners.commands import create_partner, update_partner
from workbench.partners.types import PartnerDTO, PartnerInput, PartnerType
from workbench.search.lookups import FilterChoices

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "PLN", "JPY")


def _optional(fn: Any, field: str, max_len: int) -> Any:
    return lambda v: validation.text(v, field, max_len=max_len, required=False)


register_terms(
    {
        "legal_name": QT_TRANSLATE_NOOP("terms", "Legal name"),
        "partner_type": QT_TRANSLATE_NOOP("terms", "Type"),
        "program_id": QT_TRANSLATE_NOOP("terms", "Program"),
        "country": QT_TRANSLATE_NOOP("terms", "Country"),
        "city": QT_TRANSLATE_NOOP("terms", "City"),
        "web_domain": QT_TRANSLATE_NOOP("terms", "Web domain"),
        "email": QT_TRANSLATE_NOOP("terms", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("terms", "Phone"),
        "currency": QT_TRANSLATE_NOOP("terms", "Currency"),
        "description": QT_TRANSLATE_NOOP("terms", "Description"),
    }
)

FIELD_CHARS = 44  # wide enough that most messages fit on one or two lines


def _field(*args: Any, **kwargs: Any) -> FieldBinding:
    return add_field(*args, min_chars=FIELD_CHARS, **kwargs)


def _choice_combo(items: list[tuple[str, str]], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    if current is not None:
        idx = combo.findData(current)
        if idx >= 0:
            combo.setCurrentIndex(idx)
    return combo


class PartnerEditor(QDialog):
    """``PartnerEditor(ctx, choices)`` creates; ``PartnerEditor(ctx, choices, partner)`` edits ``partner``."""

    saved = Signal(object)  # PartnerDTO

    def __init__(
        self, ctx: AppContext, choices: FilterChoices, partner: PartnerDTO | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.partner = partner
        self.setObjectName("PartnerEditor")
        self.setWindowTitle(
            translate("PartnerEditor", "New partner")
            if partner is None
            else translate("PartnerEditor", "Edit {0}").format(partner.legal_name)
        )
        p = partner
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FormState(self)
        self.legal_name = QLineEdit(p.legal_name if p else "")
        _field(
            form,
            translate("PartnerEditor", "&Legal name"),
            self.legal_name,
            lambda v: validation.required_text(v, "legal_name", max_len=validation.MAX_NAME),
            form=self.form,
            name="legal_name",
        )
        self.partner_type = _choice_combo(
            [(t.value, label(t.value)) for t in PartnerType], p.partner_type if p else None
        )
        _field(
            form,
            translate("PartnerEditor", "&Type"),
            self.partner_type,
            lambda v: validation.choice(v, tuple(PartnerType), "partner_type"),
            form=self.form,
            name="partner_type",
        )
        self.program = _choice_combo([(pr.id, pr.name) for pr in choices.programs], p.program_id if p else None)
        self.program.setEnabled(p is None)
        _field(
            form,
            translate("PartnerEditor", "&Program"),
            self.program,
            lambda v: validation.required_text(v, "program_id", max_len=36),
            form=self.form,
            name="program_id",
        )
        self.country = QLineEdit(p.country or "" if p else "")
        self.country.setPlaceholderText(translate("PartnerEditor", "two letters, e.g. DE"))
        _field(
            form,
            translate("PartnerEditor", "&Country"),
            self.country,
            lambda v: validation.country(v or None),
            form=self.form,
            name="country",
        )
        self.city = QLineEdit(p.city or "" if p else "")
        _field(
            form,
            translate("PartnerEditor", "C&ity"),
            self.city,
            _optional(None, "city", 100),
            form=self.form,
            name="city",
        )
        self.web_domain = QLineEdit(p.web_domain or "" if p else "")
        self.web_domain.setPlaceholderText("example.com")
        _field(
            form,
            translate("PartnerEditor", "&Web domain"),
            self.web_domain,
            lambda v: validation.web_domain(v or None),
            form=self.form,
            name="web_domain",
        )
        self.email = QLineEdit(p.email or "" if p else "")
        _field(
            form,
            translate("PartnerEditor", "&E-mail"),
            self.email,
            lambda v: validation.email(v or None),
            form=self.form,
            name="email",
        )
        self.phone = QLineEdit(p.phone or "" if p else "")
        _field(
            form,
            translate("PartnerEditor", "P&hone"),
            self.phone,
            _optional(None, "phone", 40),
            form=self.form,
            name="phone",
        )
        self.currency = _choice_combo(
            [("", translate("PartnerEditor", "Program currency"))] + [(c, c) for c in CURRENCIES],
            p.currency if p else "",
        )
        _field(
            form,
            translate("PartnerEditor", "C&urrency"),
            self.currency,
            lambda v: validation.currency(v) if v else None,
            form=self.form,
            name="currency",
        )
        self.description = QPlainTextEdit(p.description or "" if p else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        _field(
            form,
            translate("PartnerEditor", "&Description"),
            self.description,
            lambda v: validation.text(v, "description", max_len=validation.MAX_TEXT, required=False),
            form=self.form,
            name="description",
        )
        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form.bind_button(self.save_button)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        if p is None:
            box.addWidget(QLabel(translate("PartnerEditor", "New partners start as prospects.")))
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.legal_name.setFocus()
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit)
        for binding in self.form.bindings.values():
            binding.validated.connect(self._fit_timer.start)

    def _fit(self) -> None:
        """Grow (never shrink) so word-wrapped messages under the fields are shown whole: Qt's minimum size of a
        dialog ignores height-for-width, so ask the layout for the height at the current width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def changes(self) -> dict[str, Any]:
        values = self.form.values()
        fields = ("legal_name", "partner_type", "country", "city", "web_domain", "email", "phone", "description")
        out = {k: values[k] for k in fields}
        if values["currency"]:
            out["currency"] = values["currency"]
        if self.partner is not None:
            current = {k: getattr(self.partner, k) for k in (*fields, "currency")}
            out = {k: v for k, v in out.items() if current.get(k) != v}
        return out

    def submit(self) -> None:
        if not self.form.show_all():
            return
        self.save_button.setEnabled(False)
        values = self.form.values()
        if self.partner is None:
            data = PartnerInput(
                legal_name=values["legal_name"],
                partner_type=values["partner_type"],
                program_id=values["program_id"],
                country=values["country"],
                city=values["city"],
                web_domain=values["web_domain"],
                email=values["email"],
                phone=values["phone"],
                currency=values["currency"] or None,
                description=values["description"],
            )
            self.ctx.db(
                create_partner, self.ctx.engine, self.ctx.actor, data, on_success=self._done, on_error=self._failed
            )
        else:
            changes = self.changes()
            if not changes:
                self.accept()
                return
            self.ctx.db(
                update_partner,
                self.ctx.engine,
                self.ctx.actor,
                self.partner.id,
                changes,
                on_success=self._done,
                on_error=self._failed,
            )

    def _done(self, partner: PartnerDTO) -> None:
        self.ctx.changed("partner", partner.id)
        self.saved.emit(partner)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.form.revalidate()
        self.save_button.setEnabled(self.form.is_valid)
        if isinstance(exc, UserError):
            if not self.form.apply_error(exc):
                from ui.errors import user_message

                self.general_error.set_error(user_message(exc))
            return
        show_error(exc, self)
