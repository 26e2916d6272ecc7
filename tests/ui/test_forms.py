from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.forms import FieldError, FormState, add_field, bind_validator
from workbench import validation as v
from workbench.errors import UserError


def test_bind_validator_shows_and_clears_the_message(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    edit = QLineEdit(widget)
    label = FieldError(widget)
    binding = bind_validator(edit, v.email, error_label=label)
    widget.show()
    assert label.isHidden() and binding.is_valid  # e-mail is optional: empty is fine

    qtbot.keyClicks(edit, "bob@")
    assert not binding.is_valid
    assert label.isVisible()
    assert "bob@" in label.text() and "e-mail" in label.text()
    assert edit.property("invalid") is True
    assert label.message == label.text()

    qtbot.keyClicks(edit, "example.com")
    assert binding.is_valid and binding.value == "bob@example.com"
    assert label.isHidden() and label.message == ""
    assert edit.property("invalid") is False


def test_message_waits_until_the_field_is_edited(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    edit = QLineEdit(widget)
    binding = bind_validator(edit, lambda s: v.required_text(s, "legal_name"))
    widget.show()
    assert not binding.is_valid and binding.label.isHidden()  # fresh form: invalid but not shouting
    edit.setText("")  # programmatic: not a user edit
    assert binding.label.isHidden()
    binding.reveal()
    assert binding.label.text() == "Legal name is required."


def test_form_state_enables_ok_only_when_all_valid(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QFormLayout(widget)
    form = FormState(widget)
    name = add_field(
        layout, "Legal name", QLineEdit(), lambda s: v.required_text(s, "legal_name"), form=form, name="legal_name"
    )
    country = add_field(
        layout, "Country", QLineEdit(), lambda s: v.country(s, required=True), form=form, name="country"
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addRow(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    form.bind_button(ok)
    widget.show()
    states: list[bool] = []
    form.validity_changed.connect(states.append)

    assert not ok.isEnabled() and not form.is_valid
    qtbot.keyClicks(name.widget, "ACME GmbH")
    assert not ok.isEnabled()
    qtbot.keyClicks(country.widget, "Germany")
    assert not ok.isEnabled() and "Germany" in country.label.text()
    country.widget.clear()
    qtbot.keyClicks(country.widget, "de")
    assert ok.isEnabled() and form.is_valid and states[-1] is True  # ("Ge" was briefly valid)
    assert form.values() == {"legal_name": "ACME GmbH", "country": "DE"}
    assert form.errors() == {}

    # an error the command raises on save goes next to its field and blocks OK until the field is edited
    assert form.apply_error(UserError("too_long", field="legal_name", max=200, length=201))
    assert not ok.isEnabled() and "201" in name.label.text()
    assert not form.apply_error(UserError("required", field="not_on_this_form"))
    qtbot.keyClick(name.widget, Qt.Key.Key_Backspace)
    assert ok.isEnabled() and name.label.isHidden()


def test_cross_field_check(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QFormLayout(widget)
    form = FormState(widget)

    def iso(field: str):
        def check(s: str) -> date | None:
            try:
                return date.fromisoformat(s) if s else None
            except ValueError:
                raise UserError("invalid_date", field=field, value=s) from None

        return check

    start = add_field(layout, "Start", QLineEdit(), iso("start"), form=form, name="start")
    end = add_field(layout, "End", QLineEdit(), iso("end"), form=form, name="end")
    range_error = FieldError(widget)
    layout.addRow(range_error)
    form.add_check(lambda: v.date_range(start.value, end.value), range_error)
    widget.show()
    qtbot.keyClicks(start.widget, "2026-05-01")
    qtbot.keyClicks(end.widget, "2026-04-01")
    assert not form.is_valid and "2026-04-01" in range_error.text() and range_error.isVisible()
    end.widget.setText("2026-06-01")
    assert form.is_valid and range_error.isHidden()


def test_combo_box_binding(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("", None)
    combo.addItem("Gold", "gold")
    binding = bind_validator(combo, lambda s: v.choice(s, {"gold", "silver"}, "tier"))
    assert not binding.is_valid
    combo.setCurrentIndex(1)
    assert binding.is_valid and binding.value == "gold"
