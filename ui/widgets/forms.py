"""Validation as you type, with the message next to the field.

The same ``workbench.validation`` functions that commands use check each field while the user types; a failing
check's ``UserError`` is shown, translated, in a :class:`FieldError` label beside the field, and a
:class:`FormState` enables the OK button only when every field is valid::

    form = FormState(self)
    name = add_field(layout, translate("PartnerEditor", "Legal name"), QLineEdit(),
                     lambda v: validation.required_text(v, "legal_name"), form=form, name="legal_name")
    mail = add_field(layout, translate("PartnerEditor", "E-mail"), QLineEdit(), validation.email, form=form)
    form.bind_button(buttons.button(QDialogButtonBox.StandardButton.Ok))
    ...
    values = form.values()              # the cleaned values the validators returned
    form.apply_error(exc)               # a UserError(field=...) raised by the command on save -> next to its field

A message appears once the user has edited the field (or after ``form.show_all()``), so a fresh form is not
covered in red; the OK button is disabled from the start nonetheless.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.errors import user_message
from workbench.errors import UserError

Validator = Callable[[str], Any]
FieldWidget = QLineEdit | QPlainTextEdit | QComboBox


class FieldError(QLabel):
    """A word-wrapped error message shown under/next to a field; hidden while there is no error.

    The colour follows the palette: a dark red on light themes, a light red on dark themes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self._apply_colour()

    def set_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))

    @property
    def message(self) -> str:
        """The message currently shown ("" when hidden)."""
        return "" if self.isHidden() else self.text()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._apply_colour()

    def _apply_colour(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        colour = QColor("#ff8a80" if dark else "#b3261e")
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


def _text_of(widget: FieldWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    data = widget.currentData()
    return str(data) if data is not None else widget.currentText()


class FieldBinding(QObject):
    """One field wired to a validator. ``value`` is what the validator returned for the current text."""

    validity_changed = Signal(bool)
    validated = Signal()  # after every validation run (value or error may have changed)

    def __init__(
        self,
        widget: FieldWidget,
        validate: Validator,
        label: FieldError,
        *,
        name: str | None = None,
        delay_ms: int = 0,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.validate_fn = validate
        self.label = label
        self.name = name or widget.objectName() or f"field{id(widget)}"
        self.touched = False
        self.error: UserError | None = None
        self.value: Any = None
        self._external: UserError | None = None  # an error from a command, shown until the next edit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.validate)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        else:
            widget.currentIndexChanged.connect(self._edited)
            widget.editTextChanged.connect(self._edited)
        widget.setProperty("invalid", False)
        self.validate()

    @property
    def is_valid(self) -> bool:
        return self.error is None and self._external is None

    def _edited(self, *_: Any) -> None:
        self.touched = True
        self._external = None
        self._schedule()

    def _changed(self, *_: Any) -> None:  # programmatic setText: validate, but do not count as touched
        self._schedule()

    def _schedule(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()
        else:
            self.validate()

    def validate(self) -> bool:
        """Run the validator now; update value, error and the label. Returns validity."""
        was_valid = self.is_valid
        try:
            self.value = self.validate_fn(_text_of(self.widget))
            self.error = None
        except UserError as exc:
            self.value = None
            self.error = exc
        self._refresh()
        if self.is_valid != was_valid:
            self.validity_changed.emit(self.is_valid)
        self.validated.emit()
        return self.is_valid

    def show_error(self, exc: UserError) -> None:
        """Show an error found elsewhere (e.g. raised by the command on save) until the user edits the field."""
        was_valid = self.is_valid
        self._external = exc
        self.touched = True
        self._refresh()
        if self.is_valid != was_valid:
            self.validity_changed.emit(self.is_valid)

    def reveal(self) -> None:
        """Show the current message even if the field was not edited yet."""
        self.touched = True
        self._refresh()

    @property
    def message(self) -> str:
        exc = self._external or self.error
        return user_message(exc) if exc is not None else ""

    def _refresh(self) -> None:
        shown = self.message if self.touched else ""
        self.label.set_error(shown)
        invalid = bool(shown)
        if self.widget.property("invalid") != invalid:
            self.widget.setProperty("invalid", invalid)
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)
        self.widget.setToolTip(shown)
        self.widget.setAccessibleDescription(shown)


def bind_validator(
    widget: FieldWidget,
    validate: Validator,
    *,
    error_label: FieldError | None = None,
    form: FormState | None = None,
    name: str | None = None,
    delay_ms: int = 0,
) -> FieldBinding:
    """Validate ``widget`` as the user types with ``validate(text)`` (a workbench.validation function or any
    callable raising UserError). Shows the translated message in ``error_label`` (a new FieldError, available as
    ``binding.label``, if none is given: add it to your layout or use :func:`add_field`)."""
    label = error_label if error_label is not None else FieldError(widget.parentWidget())
    binding = FieldBinding(widget, validate, label, name=name, delay_ms=delay_ms)
    if form is not None:
        form.add(binding)
    return binding


def add_field(
    layout: QFormLayout,
    label_text: str,
    widget: FieldWidget,
    validate: Validator,
    *,
    form: FormState | None = None,
    name: str | None = None,
    delay_ms: int = 0,
    min_chars: int = 32,
) -> FieldBinding:
    """Add a row "label: [field / message]" to a QFormLayout with the FieldError right under the field.

    The field is at least ``min_chars`` average characters wide (font-relative, so it scales with DPI and
    font size) so that messages under it wrap at a readable width."""
    if min_chars > 0:
        widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * min_chars)
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    error = FieldError(holder)
    box.addWidget(error)
    row_label = QLabel(label_text)
    row_label.setBuddy(widget)
    layout.addRow(row_label, holder)
    return bind_validator(widget, validate, error_label=error, form=form, name=name, delay_ms=delay_ms)


class FormState(QObject):
    """The validity of a set of fields plus optional cross-field checks; enables bound buttons."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bindings: dict[str, FieldBinding] = {}
        self._checks: list[tuple[Callable[[], None], FieldError]] = []
        self._check_errors: dict[int, UserError] = {}
        self._buttons: list[QAbstractButton] = []
        self._valid = True

    def add(self, binding: FieldBinding) -> FieldBinding:
        self._bindings[binding.name] = binding
        binding.validity_changed.connect(self._update)
        binding.validated.connect(self._run_checks)
        self._run_checks()
        return binding

    def add_check(self, check: Callable[[], None], label: FieldError) -> None:
        """A cross-field rule (e.g. ``lambda: validation.date_range(start(), end())``) run after every change;
        its UserError is shown in ``label`` and makes the form invalid."""
        self._checks.append((check, label))
        self._run_checks()

    def binding(self, name: str) -> FieldBinding:
        return self._bindings[name]

    @property
    def bindings(self) -> dict[str, FieldBinding]:
        return dict(self._bindings)

    @property
    def is_valid(self) -> bool:
        return self._valid

    def errors(self) -> dict[str, UserError]:
        out = {name: b.error for name, b in self._bindings.items() if b.error is not None}
        out.update({f"check{i}": e for i, e in self._check_errors.items()})
        return out

    def values(self) -> dict[str, Any]:
        """The cleaned values returned by each field's validator."""
        return {name: b.value for name, b in self._bindings.items()}

    def bind_button(self, button: QAbstractButton) -> None:
        self._buttons.append(button)
        button.setEnabled(self._valid)

    def show_all(self) -> bool:
        """Reveal every field's message (e.g. when the user tries OK anyway); returns validity."""
        for binding in self._bindings.values():
            binding.reveal()
        return self._valid

    def revalidate(self) -> bool:
        for binding in self._bindings.values():
            binding.validate()
        self._run_checks()
        return self._valid

    def apply_error(self, exc: UserError) -> bool:
        """Show a command's UserError next to its ``field`` param. False if no field of this form matches (the
        caller then shows it with ``ui.errors.show_error``)."""
        field = exc.params.get("field")
        binding = self._bindings.get(str(field)) if field is not None else None
        if binding is None:
            return False
        binding.show_error(exc)
        binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _run_checks(self, *_: Any) -> None:
        self._check_errors.clear()
        for i, (check, label) in enumerate(self._checks):
            try:
                check()
            except UserError as exc:
                self._check_errors[i] = exc
                label.set_error(user_message(exc))
            else:
                label.set_error(None)
        self._update()

    def _update(self, *_: Any) -> None:
        valid = all(b.is_valid for b in self._bindings.values()) and not self._check_errors
        for button in self._buttons:
            button.setEnabled(valid)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
