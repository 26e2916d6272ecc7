"""CSV import wizard: pick a file and what it holds, choose the column mapping (the Salesforce and HubSpot
presets of ``workbench.csvio.mappings``, editable field by field), see a preview with every row's errors
BEFORE anything is written, and import — all rows, or only the valid ones if the user chooses so.

The preview and the import run on the db lane with a busy indicator. The preview can be cancelled (it writes
nothing). The import is one transaction (``run_import``): it completes or writes nothing. It can be cancelled
while it writes (checked before every chunk of rows and before the commit): the transaction is rolled back and
nothing is written; a cancelled wizard before that point writes nothing either."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.context import AppContext
from ui.deals.common import MarkedRowsModel, warning_colour
from ui.errors import show_error, term, user_message
from ui.i18n import format_number, plural, translate
from ui.models.paged import Column
from ui.tasks import Lane, TaskHandle
from ui.widgets.common import table
from ui.widgets.forms import FieldError
from workbench.csvio import reader
from workbench.csvio.importer import ImportOptions, ImportPreview, ImportResult, PreviewRow, preview, run_import
from workbench.csvio.mappings import (
    FIELDS,
    MAPPINGS,
    REQUIRED,
    ImportKind,
    Source,
    alternatives,
    detect_source,
    header_key,
)
from workbench.deals.queries import DealFormChoices, deal_form_choices
from workbench.errors import Cancelled, UserError

NOT_MAPPED = ""
MAX_SHOWN_ROWS = 5_000  # the preview table shows the first rows; counts cover the whole file


@dataclass(frozen=True)
class FileHead:
    path: str
    data: bytes
    headers: tuple[str, ...]
    encoding: str
    fallback: bool
    delimiter: str


def read_head(path: str) -> FileHead:
    """Io lane: read the file and its header line (file-level problems raise UserError)."""
    p = Path(path)
    if not p.is_file():
        raise UserError("file_not_found", field="file", path=path)
    with p.open("rb") as fh:
        data = fh.read(reader.MAX_FILE_BYTES + 1)
    decoded = reader.decode(data)
    delimiter = reader.sniff_delimiter(decoded.text)
    headers, _rows = reader.read_rows(decoded.text, delimiter)
    return FileHead(path, data, tuple(headers), decoded.encoding, decoded.fallback, delimiter)


def preset_mapping(kind: ImportKind, source: Source, headers: tuple[str, ...]) -> dict[str, str]:
    """field -> the header of `headers` the preset would use ("" when none is present)."""
    present = {header_key(h): h for h in headers}
    out: dict[str, str] = {}
    for fld in FIELDS[kind]:
        wanted = MAPPINGS[source][kind].get(fld)
        hit = (
            next((present[header_key(h)] for h in alternatives(wanted) if header_key(h) in present), None)
            if wanted
            else None
        )
        out[fld] = hit or NOT_MAPPED
    return out


def row_errors(row: PreviewRow) -> str:
    """Every error of a row, translated; a reference given by name shows that name."""
    out = []
    for e in row.errors:
        params = dict(e.params)
        if "id" not in params and "value" in params:
            params["id"] = params["value"]
        out.append(user_message(UserError(e.code, field=e.field, **params)))
    return " ".join(out)


def _preview(engine: Any, actor: Any, data: bytes, kind: str, mapping: dict[str, str], options: ImportOptions,
             token: Any = None) -> ImportPreview:  # fmt: skip
    if token is not None:
        token.report(0, None, "preview")
    return preview(data, kind, mapping, engine=engine, actor=actor, options=options)


class SourcePage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(translate("CsvImport", "Choose the file"))
        self.setSubTitle(
            translate("CsvImport", "A CSV export of Salesforce, HubSpot or the workbench itself (UTF-8 or Windows).")
        )
        self.kind = QComboBox()
        kinds = [ImportKind.DEALS, ImportKind.CONTACTS] + ([ImportKind.PARTNERS] if wizard.ctx.actor.is_vendor else [])
        names = {
            ImportKind.DEALS: translate("CsvImport", "Deal registrations"),
            ImportKind.CONTACTS: translate("CsvImport", "Contacts"),
            ImportKind.PARTNERS: translate("CsvImport", "Partners"),
        }
        for k in kinds:
            self.kind.addItem(names[k], k.value)
        self.path = QLineEdit()
        self.path.setObjectName("csvPath")
        self.browse = QPushButton(translate("CsvImport", "&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.source = QComboBox()
        self.source.addItem(translate("CsvImport", "Detect from the headers"), None)
        self.source.addItem("Salesforce", Source.SALESFORCE.value)
        self.source.addItem("HubSpot", Source.HUBSPOT.value)
        self.source.addItem(translate("CsvImport", "Partner Workbench export"), Source.WORKBENCH.value)
        self.program = QComboBox()
        self.partner = QComboBox()
        self.partner.addItem(translate("CsvImport", "from the file's partner column"), None)
        self.error = FieldError(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        for text, widget in (
            (translate("CsvImport", "&Records"), self.kind),
            (translate("CsvImport", "&File"), row),
            (translate("CsvImport", "&Layout"), self.source),
            (translate("CsvImport", "Pro&gram"), self.program),
            (translate("CsvImport", "&Partner"), self.partner),
        ):
            lab = QLabel(text)
            if isinstance(widget, QWidget):
                lab.setBuddy(widget)
                form.addRow(lab, widget)
            else:
                lab.setBuddy(self.path)
                form.addRow(lab, widget)
        form.addRow(self.error)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def fill(self, choices: DealFormChoices) -> None:
        for p in choices.programs:
            self.program.addItem(p.name, p.id)
        for partner in choices.partners:
            self.partner.addItem(partner.name, partner.id)
        if not self.w.ctx.actor.is_vendor and choices.partners:
            self.partner.setCurrentIndex(1)
            self.partner.setEnabled(False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("CsvImport", "Import CSV"), "", translate("CsvImport", "CSV files (*.csv *.txt)")
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        """Read the header line on the io lane; the page advances when it arrives."""
        if self.w.head is not None and self.w.head.path == self.path.text().strip():
            return True
        self.error.set_error(None)
        self.w.ctx.runner.submit(Lane.IO, read_head, self.path.text().strip(), on_success=self._read,
                                 on_error=self._failed, name="csv-head")  # fmt: skip
        return False

    def _read(self, head: FileHead) -> None:
        self.w.head = head
        self.w.next()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.error.set_error(user_message(exc))
        elif isinstance(exc, OSError):
            self.error.set_error(translate("CsvImport", "The file cannot be read: {0}").format(exc.strerror or exc))
        else:
            show_error(exc, self)


class MappingPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(translate("CsvImport", "Map the columns"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [translate("CsvImport", "Workbench field"), translate("CsvImport", "Column in the file")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.combos: dict[str, QComboBox] = {}
        self.error = FieldError(self)
        box = QVBoxLayout(self)
        box.addWidget(self.info)
        box.addWidget(self.table, 1)
        box.addWidget(self.error)

    def initializePage(self) -> None:
        head = self.w.head
        assert head is not None
        kind = self.w.kind()
        chosen = self.w.source_page.source.currentData()
        source = Source(chosen) if chosen else detect_source(list(head.headers), kind)
        self.w.source = source
        mapping = preset_mapping(kind, source, head.headers)
        fields = FIELDS[kind]
        self.table.setRowCount(len(fields))
        self.combos.clear()
        for i, fld in enumerate(fields):
            name = term(fld) + (" *" if fld in REQUIRED[kind] else "")
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 0, item)
            combo = QComboBox()
            combo.addItem(translate("CsvImport", "(not mapped)"), NOT_MAPPED)
            for h in head.headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(mapping[fld])))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(i, 1, combo)
            self.combos[fld] = combo
        self.table.resizeColumnToContents(0)
        preset = {Source.SALESFORCE: "Salesforce", Source.HUBSPOT: "HubSpot", Source.WORKBENCH: "Partner Workbench"}
        note = translate(
            "CsvImport", "Layout: {0}. Encoding {1}, separator “{2}”. Fields marked * are required."
        ).format(preset[source], head.encoding, head.delimiter)
        if head.fallback:
            note += " " + translate(
                "CsvImport", "The file is not UTF-8; it was read as {0}: check the accents below."
            ).format(head.encoding)
        self.info.setText(note)

    def mapping(self) -> dict[str, str]:
        return {fld: str(c.currentData()) for fld, c in self.combos.items() if c.currentData()}

    def isComplete(self) -> bool:
        missing = [f for f in REQUIRED[self.w.kind()] if f not in self.mapping()]
        self.error.set_error(
            translate("CsvImport", "Map the required fields: {0}.").format(", ".join(term(f) for f in sorted(missing)))
            if missing
            else None
        )
        return not missing


@dataclass(frozen=True)
class PreviewLine:
    line: int
    ok: bool
    errors: str
    values: str


class PreviewPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(translate("CsvImport", "Check before importing"))
        self.setSubTitle(translate("CsvImport", "Nothing has been written yet."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.model: MarkedRowsModel[PreviewLine] = MarkedRowsModel(
            [
                Column(translate("CsvImport", "Line"), lambda r: format_number(r.line)),
                Column(
                    translate("CsvImport", "Check"),
                    lambda r: translate("CsvImport", "OK") if r.ok else translate("CsvImport", "Error"),
                ),
                Column(translate("CsvImport", "Problems"), lambda r: r.errors, tooltip=lambda r: r.errors or None),
                Column(translate("CsvImport", "Values"), lambda r: r.values),
            ],
            lambda r, c: warning_colour() if not r.ok and c in (1, 2) else None,
            self,
        )
        self.table = table(self.model, stretch=None)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, header.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 70)
        self.only_valid = QCheckBox(translate("CsvImport", "Import only the valid rows and skip the others"))
        self.only_valid.setObjectName("onlyValid")
        self.only_valid.toggled.connect(lambda _c: self.completeChanged.emit())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.cancel = QPushButton(translate("CsvImport", "&Cancel check"))
        self.cancel.setVisible(False)
        self.cancel.clicked.connect(self.cancel_task)
        self.error = FieldError(self)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.status)
        row.addWidget(self.cancel)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.only_valid)
        box.addLayout(row)
        box.addWidget(self.error)
        self.handle: TaskHandle | None = None
        self.busy = False

    def initializePage(self) -> None:
        self.w.preview = None
        self.model.set_rows([])
        self.summary.setText("")
        self.error.set_error(None)
        self.only_valid.setChecked(False)
        self.only_valid.setEnabled(False)
        self.run_preview()

    def run_preview(self) -> None:
        head = self.w.head
        assert head is not None
        self.cancel.setText(translate("CsvImport", "&Cancel check"))
        self._busy(True, translate("CsvImport", "Checking every row…"), cancellable=True)
        self.handle = self.w.ctx.runner.submit(
            Lane.DB, _preview, self.w.ctx.engine, self.w.ctx.actor, head.data, self.w.kind().value,
            self.w.mapping_page.mapping(), self.w.options(),
            on_success=self._previewed, on_error=self._failed, name="csv-preview",
        )  # fmt: skip

    def cancel_task(self) -> None:
        """Cancel the running check or import (either writes nothing)."""
        if self.handle is not None:
            self.handle.cancel()

    def _busy(self, busy: bool, text: str = "", *, cancellable: bool = False) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setText(text)
        self.cancel.setVisible(busy and cancellable)
        self.completeChanged.emit()

    def _previewed(self, pv: ImportPreview) -> None:
        self._busy(False)
        self.w.preview = pv
        lines = [
            PreviewLine(r.line, r.ok, row_errors(r), " · ".join(f"{term(k)}: {v}" for k, v in r.values.items()))
            for r in pv.rows[:MAX_SHOWN_ROWS]
        ]
        self.model.set_rows(lines)
        self.table.resizeRowsToContents()
        text = translate("CsvImport", "{0}: {1} valid, {2} with errors.").format(
            plural(pv.total, translate("CsvImport", "%n row"), translate("CsvImport", "%n rows")),
            format_number(pv.valid_count),
            format_number(pv.error_count),
        )
        if pv.total > MAX_SHOWN_ROWS:
            text += " " + translate("CsvImport", "The first {0} rows are listed.").format(format_number(MAX_SHOWN_ROWS))
        if pv.has_errors:
            text += " " + translate(
                "CsvImport", "A file with errors is not imported unless you choose to import only the valid rows."
            )
        self.summary.setText(text)
        self.only_valid.setEnabled(pv.has_errors and pv.valid_count > 0)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):
            self.status.setText(translate("CsvImport", "Check cancelled; nothing was written."))
        elif isinstance(exc, UserError):
            self.error.set_error(user_message(exc))
        else:
            show_error(exc, self)

    def isComplete(self) -> bool:
        pv = self.w.preview
        if self.busy or pv is None or pv.valid_count == 0:
            return False
        return not pv.has_errors or self.only_valid.isChecked()

    def validatePage(self) -> bool:
        """Finish: run the import (one transaction) and close the wizard when it is written."""
        pv = self.w.preview
        if pv is None or self.busy:
            return False
        if self.w.result is not None:
            return True
        self.cancel.setText(translate("CsvImport", "&Cancel import"))
        self._busy(True, translate("CsvImport", "Writing… (one transaction: all rows or none)"), cancellable=True)
        self.w.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.handle = self.w.ctx.runner.submit(
            Lane.DB, _run_import, self.w.ctx.engine, self.w.ctx.actor, pv, self.only_valid.isChecked(),
            on_success=self._imported, on_error=self._import_failed, name="csv-import",
        )  # fmt: skip
        return False

    def _imported(self, result: ImportResult) -> None:
        self._busy(False)
        self.w.result = result
        self.w.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.w.ctx.changed(
            {ImportKind.DEALS: "deal_registrations", ImportKind.CONTACTS: "contacts", ImportKind.PARTNERS: "partners"}[
                result.kind
            ],
            *result.ids[:1000],
        )
        self.w.imported.emit(result)
        self.w.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.w.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if isinstance(exc, Cancelled):
            self.status.setText(translate("CsvImport", "Import cancelled; nothing was written."))
        elif isinstance(exc, UserError):
            self.error.set_error(user_message(exc))
        else:
            show_error(exc, self)


def _run_import(engine: Any, actor: Any, pv: ImportPreview, only_valid: bool, token: Any = None) -> ImportResult:
    def progress(done: int, total: int) -> None:
        if token is not None:
            token.report(done, total, "write")  # raises Cancelled once the user cancelled: nothing is written

    return run_import(engine, actor, pv, only_valid=only_valid, progress=progress)


class CsvImportWizard(QWizard):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CsvImportWizard")
        self.setWindowTitle(translate("CsvImport", "Import CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.head: FileHead | None = None
        self.source: Source | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.source_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("CsvImport", "&Import"))
        self.resize(self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().lineSpacing() * 38)
        ctx.db(deal_form_choices, ctx.engine, ctx.actor, on_success=self.source_page.fill, name="import-choices")

    def kind(self) -> ImportKind:
        return ImportKind(self.source_page.kind.currentData())

    def options(self) -> ImportOptions:
        return ImportOptions(
            program_id=self.source_page.program.currentData(), partner_id=self.source_page.partner.currentData()
        )
