"""Training and certification per partner and per person: the partner's people with their certification
states (active, expiring within 90 days, expired), and for the chosen person every learning path with the
required courses passed, the certification with its expiry state (active / expiring / expired / renewed),
the training history, and renewal by recording a passed exam (a path completed again renews it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.deals.common import Clock, MarkedRowsModel, match_colour, utc_clock, warning_colour
from ui.errors import show_error, user_message
from ui.i18n import format_date, format_datetime, format_number, translate
from ui.labels import label
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import heading, muted, table
from ui.widgets.forms import FieldError
from workbench.deals.queries import PartnerOption, deal_form_choices
from workbench.errors import UserError
from workbench.training.commands import record_training_event
from workbench.training.queries import (
    PathProgressDTO,
    PersonTrainingRow,
    certifications_for_contact,
    partner_people,
    path_progress,
    training_history,
)
from workbench.training.types import (
    CertificationDTO,
    CertificationStatus,
    EventKind,
    TrainingEventDTO,
    TrainingEventInput,
)


def cert_state(p: PathProgressDTO) -> str:
    c = p.certification
    if c is None:
        return translate("Training", "not certified")
    if c.expires_on is None:
        return translate("Training", "{0}, never expires").format(label(c.status.value))
    if c.status == CertificationStatus.EXPIRED:
        return translate("Training", "expired on {0}").format(format_date(c.expires_on))
    return translate("Training", "{0}, expires {1}").format(label(c.status.value), format_date(c.expires_on))


@dataclass(frozen=True)
class PersonBundle:
    contact_id: str
    paths: list[PathProgressDTO]
    history: list[TrainingEventDTO]
    certifications: list[CertificationDTO]  # every certification, renewed (superseded) ones too


def load_person(engine: Any, contact_id: str, today: Any) -> PersonBundle:
    return PersonBundle(
        contact_id,
        path_progress(engine, contact_id, today=today),
        training_history(engine, contact_id),
        certifications_for_contact(engine, contact_id, today=today, include_superseded=True),
    )


def load_people(engine: Any, partner_id: str, today: Any) -> list[PersonTrainingRow]:
    return partner_people(engine, partner_id, today=today)


class ExamDialog(QDialog):
    """Record a passed or failed exam of one course (a pass that completes a path again renews it)."""

    submitted = Signal(str, str, int)  # course id, kind, score

    def __init__(self, path: PathProgressDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExamDialog")
        self.setWindowTitle(translate("Training", "Record an exam — {0}").format(path.title))
        self.course = QComboBox()
        for c in path.courses:
            self.course.addItem(f"{c.code} — {c.title}", c.course_id)
        self.kind = QComboBox()
        self.kind.addItem(label(EventKind.EXAM_PASSED.value), EventKind.EXAM_PASSED.value)
        self.kind.addItem(label(EventKind.EXAM_FAILED.value), EventKind.EXAM_FAILED.value)
        self.score = QSpinBox()
        self.score.setRange(0, 100)
        self.score.setValue(80)
        self.score.setSuffix(" %")
        form = QFormLayout()
        for text, widget in (
            (translate("Training", "&Course"), self.course),
            (translate("Training", "&Result"), self.kind),
            (translate("Training", "&Score"), self.score),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)

    def _accept(self) -> None:
        self.submitted.emit(str(self.course.currentData()), str(self.kind.currentData()), self.score.value())
        self.accept()


class TrainingView(QWidget):
    """Partner -> people -> one person's paths, certifications and history."""

    person_loaded = Signal(str)

    def __init__(self, ctx: AppContext, clock: Clock = utc_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.setObjectName("TrainingView")
        self.partner = QComboBox()
        self.partner.setObjectName("trainingPartner")
        self.partner.setAccessibleName(translate("Training", "Partner"))
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partner.currentIndexChanged.connect(lambda _i: self.load_people())
        self.people_model: MarkedRowsModel[PersonTrainingRow] = MarkedRowsModel(
            [
                Column(translate("Training", "Person"), lambda r: r.name),
                Column(translate("Training", "Role"), lambda r: label(r.role)),
                Column(translate("Training", "Active"), lambda r: format_number(r.active), ALIGN_RIGHT),
                Column(translate("Training", "Expiring"), lambda r: format_number(r.expiring), ALIGN_RIGHT),
                Column(translate("Training", "Expired"), lambda r: format_number(r.expired), ALIGN_RIGHT),
                Column(translate("Training", "Next expiry"), lambda r: format_date(r.next_expiry)),
            ],
            self._people_marker,
            self,
        )
        self.people = table(self.people_model, stretch=0)
        self.people.selectionModel().currentRowChanged.connect(self._person_changed)
        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        self.paths_model: MarkedRowsModel[PathProgressDTO] = MarkedRowsModel(
            [
                Column(translate("Training", "Learning path"), lambda p: p.title),
                Column(translate("Training", "Track"), lambda p: label(p.role_track.value)),
                Column(
                    translate("Training", "Progress"),
                    lambda p: translate("Training", "{0} of {1} required courses ({2} %)").format(
                        p.required_passed, p.required_total, p.percent
                    ),
                ),
                Column(translate("Training", "Certification"), cert_state),
                Column(
                    translate("Training", "Valid for"),
                    lambda p: (
                        translate("Training", "{0} months").format(p.validity_months)
                        if p.validity_months
                        else translate("Training", "unlimited")
                    ),
                ),
            ],
            self._path_marker,
            self,
        )
        self.paths = table(self.paths_model, stretch=0)
        self.history_model: RowsTableModel[TrainingEventDTO] = RowsTableModel(
            [
                Column(translate("Training", "When"), lambda e: format_datetime(e.occurred_at)),
                Column(translate("Training", "Course"), lambda e: f"{e.course_code} — {e.course_title}"),
                Column(translate("Training", "Event"), lambda e: label(e.kind.value)),
                Column(
                    translate("Training", "Score"), lambda e: "" if e.score is None else f"{e.score} %", ALIGN_RIGHT
                ),
            ],
            self,
        )
        self.history = table(self.history_model, stretch=1)
        self.certs_model: MarkedRowsModel[CertificationDTO] = MarkedRowsModel(
            [
                Column(translate("Training", "Certification"), lambda c: c.path_title),
                Column(translate("Training", "Status"), lambda c: label(c.status.value)),
                Column(translate("Training", "Earned"), lambda c: format_date(c.earned_on)),
                Column(
                    translate("Training", "Expires"),
                    lambda c: format_date(c.expires_on) if c.expires_on else translate("Training", "never"),
                ),
            ],
            lambda c, col: (
                warning_colour()
                if col == 1 and c.status in (CertificationStatus.EXPIRING, CertificationStatus.EXPIRED)
                else None
            ),
            self,
        )
        self.certs = table(self.certs_model, stretch=0)
        self.record_button = QPushButton(translate("Training", "Record exam / &renew…"))
        self.record_button.setObjectName("recordExam")
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.record_exam)
        self.paths.selectionModel().currentRowChanged.connect(lambda i, _p: self.record_button.setEnabled(i.isValid()))
        self.feedback = FieldError(self)
        self.exam_dialog: ExamDialog | None = None
        self.contact_id: str | None = None

        top = QHBoxLayout()
        top.addWidget(heading(translate("Training", "Training and certification")), 1)
        top.addWidget(QLabel(translate("Training", "Partner:")))
        top.addWidget(self.partner)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(heading(translate("Training", "People"), level=2))
        lbox.addWidget(self.summary)
        lbox.addWidget(self.people, 1)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.person_title = heading(translate("Training", "Choose a person"), level=2)
        rbox.addWidget(self.person_title)
        rbox.addWidget(self.paths, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        rbox.addLayout(buttons)
        rbox.addWidget(self.feedback)
        rbox.addWidget(QLabel(translate("Training", "Certifications, renewed ones included")))
        rbox.addWidget(self.certs, 1)
        rbox.addWidget(QLabel(translate("Training", "Training history")))
        rbox.addWidget(self.history, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(
            muted(
                translate(
                    "Training",
                    "A certification is expiring 90 days before it expires; reminders go out 90 and 30 days ahead. "
                    "Passing every required course of a path again renews its certification.",
                )
            )
        )
        box.addWidget(splitter, 1)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._changed, owner=self)
        self._started = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.start()

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.ctx.db(deal_form_choices, self.ctx.engine, self.ctx.actor, on_success=self._fill, name="partners")

    def _fill(self, choices: Any) -> None:
        self.partner.blockSignals(True)
        self.partner.clear()
        options: tuple[PartnerOption, ...] = choices.partners
        for p in options:
            self.partner.addItem(p.name, p.id)
        self.partner.setEnabled(len(options) > 1)
        self.partner.blockSignals(False)
        self.load_people()

    def select_partner(self, partner_id: str) -> None:
        idx = self.partner.findData(partner_id)
        if idx >= 0:
            self.partner.setCurrentIndex(idx)

    def load_people(self) -> None:
        pid = self.partner.currentData()
        if pid is None:
            return
        self.ctx.db(load_people, self.ctx.engine, pid, self.clock().date(), on_success=self._people, name="people")

    def _people(self, rows: list[PersonTrainingRow]) -> None:
        self.people_model.set_rows(rows)
        certified = sum(1 for r in rows if r.active or r.expiring)
        self.summary.setText(
            translate("Training", "{0} of {1} people hold a current certification; {2} expiring, {3} expired.").format(
                certified, len(rows), sum(r.expiring for r in rows), sum(r.expired for r in rows)
            )
        )
        if rows:
            current = next((i for i, r in enumerate(rows) if r.contact_id == self.contact_id), 0)
            self.people.setCurrentIndex(self.people_model.index(current, 0))

    def _person_changed(self, index: QModelIndex, _prev: QModelIndex) -> None:
        row = self.people_model.row_at(index.row()) if index.isValid() else None
        if row is not None and self.isVisible():  # (a closed window's late answer starts nothing new)
            self.show_person(row.contact_id, row.name)

    def show_person(self, contact_id: str, name: str = "") -> None:
        self.contact_id = contact_id
        if name:
            self.person_title.setText(name)
        self.ctx.db(
            load_person, self.ctx.engine, contact_id, self.clock().date(), on_success=self._person, name="person"
        )

    def _person(self, b: PersonBundle) -> None:
        if b.contact_id != self.contact_id:
            return
        self.paths_model.set_rows(b.paths)
        self.history_model.set_rows(b.history)
        self.certs_model.set_rows(b.certifications)
        self.record_button.setEnabled(False)
        if b.paths:
            self.paths.setCurrentIndex(self.paths_model.index(0, 0))
        self.person_loaded.emit(b.contact_id)

    def record_exam(self) -> None:
        path = self.paths_model.row_at(self.paths.currentIndex().row())
        if path is None or self.contact_id is None:
            return
        contact_id = self.contact_id
        self.exam_dialog = ExamDialog(path, self)

        def send(course_id: str, kind: str, score: int) -> None:
            data = TrainingEventInput(contact_id, course_id, kind, self.clock().astimezone(UTC), score)
            self.ctx.db(
                record_training_event, self.ctx.engine, self.ctx.actor, data,
                on_success=lambda _r: self._recorded(), on_error=self._failed, name="record-exam",
            )  # fmt: skip

        self.exam_dialog.submitted.connect(send)
        self.exam_dialog.open()

    def _recorded(self) -> None:
        self.feedback.set_error(None)
        self.ctx.changed("training_events")
        self.load_people()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.feedback.set_error(user_message(exc))
        else:
            show_error(exc, self)

    def _changed(self, payload: DataChanged) -> None:
        if self._started and payload.entity in ("training_events", "certifications", "contacts", "*"):
            self.load_people()

    def _people_marker(self, r: PersonTrainingRow, column: int) -> QColor | None:
        if column == 3 and r.expiring:
            return warning_colour()
        if column == 4 and r.expired:
            return warning_colour()
        return None

    def _path_marker(self, p: PathProgressDTO, column: int) -> QColor | None:
        if column != 3 or p.certification is None:
            return None
        if p.certification.status in (CertificationStatus.EXPIRING, CertificationStatus.EXPIRED):
            return warning_colour()
        return match_colour() if p.certification.status == CertificationStatus.ACTIVE else None
