"""The MDF screens on a real encrypted replica: live balances that refresh on DataChanged, the request and
claim editors with messages next to the field, the evidence drop zone (a dropped image gets a thumbnail and
ticks the checklist; Submit stays disabled until the proof is complete), keyboard triage in the approver queue,
payments, the signed proof PDF (generate, verify, tamper refused) and every model under qtmodeltester."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.workbench.documents.helpers import flip_hex, signature_value_offset
from tests.workbench.mdf.conftest import create_schema, insert_partner, insert_program
from ui.bridge import EventBridge
from ui.context import AppContext
from ui.i18n import format_date
from ui.mdf.budgets import BudgetsPanel
from ui.mdf.claim_editor import ClaimEditor
from ui.mdf.request_editor import RequestEditor
from ui.mdf.review import ReviewQueue
from ui.mdf.view import MdfView
from ui.tasks import SyncTaskRunner
from workbench.documents import keys
from workbench.errors import UserError
from workbench.mdf import commands as cmd
from workbench.mdf import queries as q
from workbench.mdf.types import (
    AllocationInput,
    BudgetInput,
    ClaimInput,
    ClaimStatus,
    PaymentInput,
    RequestInput,
    RequestStatus,
)
from workbench.records.commands import add_attachment
from workbench.security.roles import Actor, Role
from workbench.security.secrets import MemorySecretStore

D = Decimal
TODAY = date.today()


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@dataclass
class Mdf:
    engine: Any
    root: Path
    partner: str
    allocation: str
    manager: Actor
    partner_admin: Actor
    admin: Actor


@pytest.fixture
def mdf(tmp_path: Path) -> Iterator[Mdf]:
    from workbench.db.engine import replica_engine

    engine = replica_engine(tmp_path / "r.db", b"\x02" * 32)
    create_schema(engine)
    with engine.begin() as conn:
        prog = insert_program(conn, "STD")
        partner = insert_partner(conn, prog, "Alpha Systems GmbH")
    admin = Actor("u-admin", Role.ADMIN, "dev-1")
    manager = Actor("u-cm", Role.CHANNEL_MANAGER, "dev-1", name="Anna Becker")
    pa = Actor("u-pa", Role.PARTNER_ADMIN, "dev-2", partner_id=partner)
    bid = cmd.create_budget(
        engine, admin, BudgetInput(prog, "FY26 H2", TODAY, TODAY + timedelta(days=180), D("10000.00"), "EUR")
    ).id
    aid = cmd.allocate(engine, manager, AllocationInput(bid, partner, D("5000.00"), "EUR")).id
    (tmp_path / "ws").mkdir()
    yield Mdf(engine, tmp_path / "ws", partner, aid, manager, pa, admin)
    engine.dispose()


def _ctx(mdf: Mdf, actor: Actor) -> AppContext:
    runner = SyncTaskRunner()
    errors: list[BaseException] = []
    runner.error_handler = errors.append
    ctx = AppContext(runner, mdf.engine, EventBridge(), actor, "test")
    ctx.workspace_root = mdf.root  # type: ignore[attr-defined]
    ctx.secrets = MemorySecretStore()  # type: ignore[attr-defined]
    ctx.errors = errors  # type: ignore[attr-defined]
    return ctx


def _request(mdf: Mdf, title: str = "Trade fair booth", amount: str = "1000.00", *, approve: bool = True) -> str:
    data = RequestInput(mdf.allocation, "event", title, TODAY, TODAY + timedelta(days=2), D(amount), "EUR")
    rid = cmd.create_request(mdf.engine, mdf.partner_admin, data).id
    cmd.submit_request(mdf.engine, mdf.partner_admin, rid)
    if approve:
        cmd.approve_request(mdf.engine, mdf.manager, rid)
    return rid


def _png(path: Path, size: tuple[int, int] = (640, 400)) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    return path


def _drop(widget: Any, paths: list[Path]) -> None:
    """What a drag from the file manager delivers: drag enter (must be accepted), then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, mods))


def _evidence_claim(mdf: Mdf, rid: str, claimed: str = "300.00", *, submit: bool = True) -> str:
    cid = cmd.create_claim(mdf.engine, mdf.partner_admin, ClaimInput(rid, D(claimed), D("800.00"), "EUR")).id
    for kind in ("photos", "invoice", "attendee_list", "summary"):
        add_attachment(
            mdf.engine,
            mdf.partner_admin,
            "mdf_claims",
            cid,
            kind.encode() * 10,
            mdf.root / "blobs",
            kind,
            file_name=f"{kind}.txt",
        )
    if submit:
        cmd.submit_claim(mdf.engine, mdf.partner_admin, cid)
    return cid


# --- budgets ---------------------------------------------------------------------------------------------------


def test_budgets_show_live_balances_and_refresh_on_data_changed(qtbot: QtBot, mdf: Mdf, qtmodeltester: Any) -> None:
    ctx = _ctx(mdf, mdf.manager)
    panel = BudgetsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.allocations_model.rowCount() == 1)
    row = panel.allocations_model.rows[0]
    assert (row.allocated_minor, row.approved_minor, row.available_minor) == (500000, 0, 500000)
    texts = [panel.allocations_model.index(0, c).data() for c in range(panel.allocations_model.columnCount())]
    assert texts[0] == "Alpha Systems GmbH" and "5,000.00" in texts[2]
    assert panel.totals_model.rows[0].budget_minor == 1000000
    _request(mdf, amount="1200.00")
    ctx.changed("mdf_requests")
    qtbot.waitUntil(lambda: panel.allocations_model.rows[0].approved_minor == 120000)
    assert panel.allocations_model.rows[0].available_minor == 380000
    for model in (panel.allocations_model, panel.budgets_model, panel.totals_model):
        qtmodeltester.check(model)


# --- request editor --------------------------------------------------------------------------------------------


def test_request_editor_validates_as_you_type_and_creates(qtbot: QtBot, mdf: Mdf) -> None:
    ctx = _ctx(mdf, mdf.partner_admin)
    overview = q.mdf_overview(mdf.engine, mdf.partner_admin)
    editor = RequestEditor(ctx, overview.allocations, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.save_button.isEnabled()  # title and amount still empty
    qtbot.keyClicks(editor.amount, "12.345")
    assert "at most 2 decimal places" in editor.form.binding("requested").label.message
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, "abc")
    assert "not a valid amount" in editor.form.binding("requested").label.message
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, "6,000.00")
    assert editor.form.binding("requested").label.message == ""
    assert "more than is available" in editor.balance.text()
    editor.amount.clear()
    qtbot.keyClicks(editor.amount, "2,500.50")
    assert "more than" not in editor.balance.text() and "5,000.00" in editor.balance.text()
    qtbot.keyClicks(editor.title, "x")
    editor.title.clear()
    assert "Title is required" in editor.form.binding("title").label.message
    qtbot.keyClicks(editor.title, "Regional IT fair")
    editor.end.setDate(editor.start.date().addDays(-1))
    assert "before the start date" in editor.dates_error.message
    assert not editor.save_button.isEnabled()
    editor.end.setDate(editor.start.date().addDays(3))
    assert editor.dates_error.message == "" and editor.save_button.isEnabled()
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    (row,) = q.list_request_rows(mdf.engine, mdf.partner_admin)
    assert (row.request.title, row.request.requested_minor, row.request.status) == (
        "Regional IT fair",
        250050,
        RequestStatus.SUBMITTED,
    )
    assert row.request.end_date == TODAY + timedelta(days=3)


def test_request_editor_edits_a_draft(qtbot: QtBot, mdf: Mdf) -> None:
    ctx = _ctx(mdf, mdf.partner_admin)
    data = RequestInput(mdf.allocation, "webinar", "Webinar", TODAY, TODAY, D("100.00"), "EUR")
    draft = cmd.create_request(mdf.engine, mdf.partner_admin, data)
    editor = RequestEditor(ctx, q.mdf_overview(mdf.engine, mdf.partner_admin).allocations, today=TODAY, request=draft)
    qtbot.addWidget(editor)
    assert editor.amount.text() == "100.00" and not editor.allocation.isEnabled()
    editor.title.setText("Webinar series")
    editor.amount.setText("150")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = q.get_request(mdf.engine, mdf.partner_admin, draft.id)
    assert (saved.title, saved.requested_minor, saved.status) == ("Webinar series", 15000, RequestStatus.DRAFT)


# --- claim editor and evidence ---------------------------------------------------------------------------------


def test_claim_editor_evidence_drop_thumbnail_checklist_and_submit(qtbot: QtBot, mdf: Mdf, tmp_path: Path) -> None:
    rid = _request(mdf, amount="1000.00")
    ctx = _ctx(mdf, mdf.partner_admin)
    editor = ClaimEditor(ctx, today=TODAY, request_id=rid)
    qtbot.addWidget(editor)
    editor.load()
    editor.show()
    assert editor.facts.values["rate"].text() == "50%"
    due = q.get_request(mdf.engine, mdf.partner_admin, rid).claim_due
    assert due == TODAY + timedelta(days=32)  # activity end + the program's 30 days
    assert editor.facts.values["due"].text() == f"{format_date(due)} (32 days left)"
    qtbot.keyClicks(editor.actual_cost, "1,000.00")
    qtbot.keyClicks(editor.claimed, "600.00")
    message = editor.form.binding("claimed").label.message
    assert "participation rate of 50%" in message and "€500.00" in message
    assert not editor.save_button.isEnabled()
    editor.claimed.clear()
    qtbot.keyClicks(editor.claimed, "450.00")
    assert editor.form.binding("claimed").label.message == ""
    assert "€450.00" not in editor.cap.text() and "€500.00" in editor.cap.text()
    assert not editor.submit_button.isEnabled()  # not saved yet
    assert not editor.evidence.drop.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.claim is not None and editor.claim.status == ClaimStatus.DRAFT
    assert editor.evidence.drop.isEnabled()
    assert not editor.submit_button.isEnabled()
    assert editor.evidence.missing_label.message == (
        "Cannot submit yet. Missing: Photos of the booth or event, Invoice, Attendee or lead list, Short summary."
    )

    _drop(editor.evidence.drop, [_png(tmp_path / "booth.png")])
    assert editor.evidence.error.message == "", editor.evidence.error.message
    assert editor.evidence.files.rowCount() == 1
    assert editor.evidence.files.item(0, 0).text() == "booth.png"
    assert len(editor.evidence.files.item(0, 4).text()) == 64  # SHA-256 shown
    assert editor.evidence.files.item(0, 2).text() == "image/png"
    qtbot.waitUntil(lambda: not editor.evidence.files.item(0, 0).icon().isNull())
    thumb = next(iter(editor.evidence.thumbnails.values()))
    assert max(thumb.width(), thumb.height()) == 96 and thumb.width() == 96  # scaled, aspect kept
    assert editor.evidence.checked_kinds() == ["photos"]
    assert not editor.submit_button.isEnabled()
    assert editor.evidence.missing_label.message == (
        "Cannot submit yet. Missing: Invoice, Attendee or lead list, Short summary."
    )
    assert editor.evidence.kind.currentData() == "invoice"  # the next missing item is preselected
    files = []
    for name in ("invoice.pdf", "attendees.csv"):
        (tmp_path / name).write_bytes(name.encode() * 50)
        files.append(tmp_path / name)
    editor.evidence.add_files(files[:1])
    editor.evidence.add_files(files[1:])
    assert editor.evidence.checked_kinds() == ["photos", "invoice", "attendee_list"]
    assert "Missing: Short summary." in editor.evidence.missing_label.message
    assert not editor.submit_button.isEnabled()
    assert "Short summary" in editor.submit_button.toolTip()
    (tmp_path / "summary.txt").write_text("420 visitors, 35 leads")
    editor.evidence.add_files([tmp_path / "summary.txt"])
    assert editor.evidence.missing_label.message == ""
    assert editor.submit_button.isEnabled()
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    detail = q.claim_detail(mdf.engine, mdf.partner_admin, editor.claim.id)
    assert detail.claim.status == ClaimStatus.SUBMITTED and detail.missing_evidence == ()
    assert not editor.submit_button.isEnabled() and not editor.evidence.drop.isEnabled()
    assert editor.claimed.isReadOnly()


def test_claim_editor_refused_file_shows_its_message_and_adds_nothing(qtbot: QtBot, mdf: Mdf, tmp_path: Path) -> None:
    rid = _request(mdf)
    cid = cmd.create_claim(mdf.engine, mdf.partner_admin, ClaimInput(rid, D("10"), D("20"), "EUR")).id
    ctx = _ctx(mdf, mdf.partner_admin)
    editor = ClaimEditor(ctx, today=TODAY, claim_id=cid)
    qtbot.addWidget(editor)
    editor.load()
    (tmp_path / "empty.pdf").write_bytes(b"")
    _drop(editor.evidence.drop, [tmp_path / "empty.pdf"])
    assert editor.evidence.error.message == "The file is empty."
    assert editor.evidence.files.rowCount() == 0
    assert q.claim_detail(mdf.engine, mdf.partner_admin, cid).evidence_kinds == ()


# --- approver queue --------------------------------------------------------------------------------------------


def test_keyboard_triage_of_several_items(qtbot: QtBot, mdf: Mdf, monkeypatch: pytest.MonkeyPatch) -> None:
    approved = _request(mdf, "Approved earlier", "500.00")
    claim_id = _evidence_claim(mdf, approved)
    pending = [_request(mdf, f"Request {i}", "100.00", approve=False) for i in range(3)]
    ctx = _ctx(mdf, mdf.manager)
    queue = ReviewQueue(ctx)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 4)
    assert queue.count.text() == "4 items await review"
    titles = [i.title for i in queue.model.rows]
    assert titles == ["Approved earlier", "Request 0", "Request 1", "Request 2"]  # oldest submission first
    assert queue.model.rows[0].kind == "claim" and queue.model.rows[0].missing_evidence == ()
    table = queue.table
    table.setFocus()
    # J moves down, Shift+J extends: the first two requests; A approves them (bulk: one confirmation).
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClick(table, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert [i.title for i in queue.selected_items()] == ["Request 0", "Request 1"]
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert queue.confirm_box is not None and "2 items" in queue.confirm_box.text()
    qtbot.mouseClick(queue.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert queue.result.text() == "2 items approved."
    statuses = {r.request.title: r.request.status for r in q.list_request_rows(mdf.engine, mdf.manager)}
    assert statuses["Request 0"] == statuses["Request 1"] == RequestStatus.APPROVED
    assert statuses["Request 2"] == RequestStatus.SUBMITTED
    assert [i.title for i in queue.model.rows] == ["Approved earlier", "Request 2"]
    # K moves up, J down to the remaining request; R asks for the reason (OK only with a text).
    qtbot.keyClick(table, Qt.Key.Key_K)
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert [i.title for i in queue.selected_items()] == ["Request 2"]
    qtbot.keyClick(table, Qt.Key.Key_R)
    dialog = queue.reason_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.text, "Outside the program's target segment")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rejected = q.get_request(mdf.engine, mdf.manager, pending[2])
    assert (
        rejected.status == RequestStatus.REJECTED and rejected.decision_reason == "Outside the program's target segment"
    )
    # I on the claim: information requested with the text.
    assert [i.kind for i in queue.model.rows] == ["claim"]
    qtbot.keyClick(table, Qt.Key.Key_K)
    qtbot.keyClick(table, Qt.Key.Key_I)
    assert queue.reason_dialog is not None and queue.reason_dialog is not dialog
    qtbot.keyClick(queue.reason_dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert queue.reason_dialog.isVisible()  # no reason yet: Ctrl+Enter does nothing
    qtbot.keyClicks(queue.reason_dialog.text, "Please add the lead list as CSV")
    qtbot.keyClick(queue.reason_dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    claim = q.claim_detail(mdf.engine, mdf.manager, claim_id).claim
    assert claim.status == ClaimStatus.INFO_REQUESTED and claim.decision_reason == "Please add the lead list as CSV"
    assert queue.model.rowCount() == 0 and queue.count.text() == "0 items await review"


def test_bulk_approval_reports_refused_items_and_keeps_them(qtbot: QtBot, mdf: Mdf) -> None:
    # The allocation holds 5,000.00: two requests of 3,000.00 cannot both be approved.
    first = _request(mdf, "Big fair", "3000.00", approve=False)
    second = _request(mdf, "Bigger fair", "3000.00", approve=False)
    ctx = _ctx(mdf, mdf.manager)
    queue = ReviewQueue(ctx)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2)
    queue.table.selectAll()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    assert queue.confirm_box is not None
    qtbot.mouseClick(queue.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert queue.result.text() == "1 item approved."
    assert "Bigger fair" in queue.refusals.message and "€2,000.00" in queue.refusals.message
    assert q.get_request(mdf.engine, mdf.manager, first).status == RequestStatus.APPROVED
    assert q.get_request(mdf.engine, mdf.manager, second).status == RequestStatus.SUBMITTED
    assert [i.id for i in queue.model.rows] == [second]


def test_partner_roles_have_no_review_tab(qtbot: QtBot, mdf: Mdf) -> None:
    view = MdfView(_ctx(mdf, mdf.partner_admin))
    qtbot.addWidget(view)
    tabs = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    assert "Review queue" not in tabs and "Payments" in tabs
    manager_view = MdfView(_ctx(mdf, mdf.manager))
    qtbot.addWidget(manager_view)
    assert manager_view.tabs.indexOf(manager_view.review) >= 0


# --- payments, view and models -----------------------------------------------------------------------------------


def test_view_lists_requests_claims_payments_and_models_pass(qtbot: QtBot, mdf: Mdf, qtmodeltester: Any) -> None:
    rid = _request(mdf, "Paid fair", "800.00")
    cid = _evidence_claim(mdf, rid, "400.00")
    cmd.approve_claim(mdf.engine, mdf.manager, cid)
    cmd.record_payment(mdf.engine, mdf.manager, PaymentInput(cid, D("150.00"), "EUR", TODAY, "PAY-42"))
    view = MdfView(_ctx(mdf, mdf.manager))
    qtbot.addWidget(view)
    view.show()
    for widget in (view.requests, view.claims, view.review, view.payments, view.budgets):
        view.show_tab(widget)
    qtbot.waitUntil(lambda: view.payments.model.rowCount() == 1)
    pay = [view.payments.model.index(0, c).data() for c in range(view.payments.model.columnCount())]
    assert "PAY-42" in pay and "€150.00" in pay and "Alpha Systems GmbH" in pay
    assert view.payments.total.text() == "Total: €150.00"
    qtbot.keyClicks(view.payments.filter, "beta")  # filtered in SQL once typing pauses
    qtbot.waitUntil(lambda: view.payments.model.rowCount() == 0 and view.payments.total.text() == "")
    view.payments.filter.setText("PAY-4")
    qtbot.waitUntil(lambda: view.payments.model.rowCount() == 1)
    assert view.payments.total.text() == "Total: €150.00"
    view.show_tab(view.claims)
    qtbot.waitUntil(lambda: view.claims_model.row_at(0) is not None)
    claim_row = view.claims_model.row_at(0)
    assert claim_row is not None and claim_row.claim.status == ClaimStatus.APPROVED
    view.show_tab(view.requests)
    view.requests.table.selectRow(0)
    qtbot.waitUntil(view.claim_button.isEnabled)  # enabled once the selected row's page has arrived
    assert not view.edit_request_button.isEnabled()
    view.file_claim()
    assert isinstance(view.editor, ClaimEditor)
    qtbot.waitUntil(lambda: view.editor.bundle is not None)
    for model in (
        view.requests_model,
        view.claims_model,
        view.payments.model,
        view.review.model,
        view.budgets.allocations_model,
        view.editor.payments_model,
        view.editor.proof.model,
    ):
        qtmodeltester.check(model)
    view.editor.close()


# --- proof PDF -----------------------------------------------------------------------------------------------------


def _identity(ctx: AppContext, mdf: Mdf, ca: keys.Identity, name: str) -> keys.Identity:
    identity = keys.issue_identity(ca, name, email="signer@example.com")
    keys.store_identity(identity, mdf.root / keys.IDENTITY_FILE, ctx.secrets)  # type: ignore[attr-defined]
    return identity


def test_sign_attach_verify_and_save_the_proof(qtbot: QtBot, mdf: Mdf, tmp_path: Path) -> None:
    rid = _request(mdf)
    cid = _evidence_claim(mdf, rid, submit=False)
    ctx = _ctx(mdf, mdf.partner_admin)
    ca = keys.create_ca("Vendor CA")
    _identity(ctx, mdf, ca, "Jörg Partner")
    editor = ClaimEditor(ctx, today=TODAY, claim_id=cid)
    qtbot.addWidget(editor)
    editor.load()
    assert editor.proof.sign_button.isEnabled() and not editor.proof.verify_attached_button.isEnabled()
    assert editor.proof.summary.text() == "No signed proof is attached to this claim yet."
    qtbot.mouseClick(editor.proof.sign_button, Qt.MouseButton.LeftButton)
    result = editor.proof.result
    assert result is not None and result.report.ok
    texts = [editor.proof.model.index(0, c).data() for c in range(editor.proof.model.columnCount())]
    assert "Jörg Partner" in texts[1] and "(signer's clock)" in texts[2] and texts[3] == "Valid"
    assert texts[4] == "Nothing changed after this signature."
    assert "every signature is valid" in editor.proof.summary.text()
    # The proof is attached to the claim (listed with the evidence) and can be verified and saved again.
    kinds = [editor.evidence.files.item(r, 1).text() for r in range(editor.evidence.files.rowCount())]
    assert "Signed proof of execution" in kinds
    assert editor.proof.verify_attached_button.isEnabled() and editor.proof.save_button.isEnabled()
    editor.proof.verify_attached()
    assert editor.proof.result is not None and editor.proof.result.report.ok
    target = tmp_path / "proof.pdf"
    editor.proof.save_copy(target)
    assert target.read_bytes() == result.data
    # A doctored copy is refused, and the screen says why.
    doctored = tmp_path / "doctored.pdf"
    doctored.write_bytes(flip_hex(result.data, signature_value_offset(result.data)))
    editor.proof.verify(doctored)
    assert editor.proof.result is not None and not editor.proof.result.report.ok
    assert "doctored.pdf: REFUSED" in editor.proof.summary.text()
    assert editor.proof.model.index(0, 3).data().startswith("Invalid")
    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_bytes(b"hello")
    editor.proof.verify(not_pdf)
    assert "REFUSED" in editor.proof.summary.text() and "Problems:" in editor.proof.summary.text()
    # Without a trusted CA on this computer the check refuses to guess.
    bare = ClaimEditor(_ctx(mdf, mdf.partner_admin), today=TODAY, claim_id=cid)
    qtbot.addWidget(bare)
    bare.proof.verify(target)
    assert "No trusted certificate authority" in bare.proof.error.message


def test_approving_a_claim_in_the_queue_countersigns_its_proof(qtbot: QtBot, mdf: Mdf) -> None:
    from workbench.documents.claims import latest_proof
    from workbench.documents.verify import verify_pdf

    rid = _request(mdf, "Signed fair", "500.00")
    cid = _evidence_claim(mdf, rid, submit=False)
    unsigned = _evidence_claim(mdf, _request(mdf, "Unsigned fair", "300.00"), "100.00")
    partner = _ctx(mdf, mdf.partner_admin)
    ca = keys.create_ca("Vendor CA")
    _identity(partner, mdf, ca, "Jörg Partner")
    editor = ClaimEditor(partner, today=TODAY, claim_id=cid)
    qtbot.addWidget(editor)
    editor.load()
    editor.proof.sign()
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert q.claim_detail(mdf.engine, mdf.manager, cid).claim.status == ClaimStatus.SUBMITTED

    manager = _ctx(mdf, mdf.manager)
    queue = ReviewQueue(manager)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2)
    shown = {i.id: queue.model.index(r, 7).data() for r, i in enumerate(queue.model.rows)}
    assert shown == {cid: "Complete, signed proof", unsigned: "Complete, no signed proof"}
    # Without a certificate on this computer no claim is approved: each says why.
    queue.table.selectAll()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    assert queue.confirm_box is not None
    qtbot.mouseClick(queue.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert queue.result.text() == "0 items approved."
    assert queue.refusals.message.count("No signing certificate") == 2
    _identity(manager, mdf, ca, "Anna Becker")
    queue.table.selectAll()
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    qtbot.mouseClick(queue.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert queue.result.text() == "1 item approved."
    assert "Unsigned fair" in queue.refusals.message and "No signed proof" in queue.refusals.message
    assert q.claim_detail(mdf.engine, mdf.manager, cid).claim.status == ClaimStatus.APPROVED
    assert q.claim_detail(mdf.engine, mdf.manager, unsigned).claim.status == ClaimStatus.SUBMITTED
    _att, data = latest_proof(mdf.engine, mdf.manager, cid, mdf.root / "blobs")
    report = verify_pdf(data, [ca.certificate])
    signers = " | ".join(s.signer for s in report.signatures)
    assert report.ok and "Jörg Partner" in signers and "Anna Becker" in signers
    assert [s.field_name for s in report.signatures] == ["PartnerSignature", "ApproverSignature"]


def test_no_sql_on_the_gui_thread_nor_the_io_lane(qtbot: QtBot, mdf: Mdf, tmp_path: Path) -> None:
    """The MDF flow on the real two-lane runner: every statement runs on the db lane (thumbnails, keys and
    signature checks on the io lane run none)."""
    import threading

    from sqlalchemy import event

    from ui.tasks import TaskRunner

    rid = _request(mdf)
    pending = _request(mdf, "Waiting", "100.00", approve=False)
    cid = cmd.create_claim(mdf.engine, mdf.partner_admin, ClaimInput(rid, D("100"), D("200"), "EUR")).id
    threads: list[str] = []

    def record(*_args: Any) -> None:
        threads.append(threading.current_thread().name)

    event.listen(mdf.engine, "before_cursor_execute", record)
    runner = TaskRunner(io_workers=2)
    try:
        ctx = AppContext(runner, mdf.engine, EventBridge(), mdf.manager, "t")
        ctx.workspace_root = mdf.root  # type: ignore[attr-defined]
        ctx.secrets = MemorySecretStore()  # type: ignore[attr-defined]
        _identity(ctx, mdf, keys.create_ca("Vendor CA"), "Anna Becker")
        view = MdfView(ctx)
        qtbot.addWidget(view)
        view.show()
        for widget in (view.requests, view.claims, view.review, view.payments, view.budgets):
            view.show_tab(widget)
        qtbot.waitUntil(lambda: view.budgets.allocations_model.rowCount() == 1, timeout=5_000)
        view.open_claim(cid)
        editor = view.editor
        qtbot.waitUntil(lambda: editor.bundle is not None, timeout=5_000)
        _drop(editor.evidence.drop, [_png(tmp_path / "booth.png")])
        qtbot.waitUntil(lambda: bool(editor.evidence.thumbnails), timeout=5_000)
        for kind in ("invoice", "attendee_list", "summary"):
            (tmp_path / f"{kind}.txt").write_text(kind)
            editor.evidence.add_files([tmp_path / f"{kind}.txt"])
            qtbot.waitUntil(lambda k=kind: k in editor.evidence.checked_kinds(), timeout=5_000)
        qtbot.waitUntil(editor.proof.sign_button.isEnabled, timeout=5_000)
        editor.proof.sign()
        qtbot.waitUntil(lambda: editor.proof.result is not None, timeout=15_000)
        assert editor.proof.result is not None and editor.proof.result.report.ok
        editor.close()
        view.show_tab(view.review)
        qtbot.waitUntil(lambda: view.review.model.rowCount() == 1, timeout=5_000)
        view.review.perform("approve", view.review.model.rows, None)
        qtbot.waitUntil(lambda: view.review.result.text() == "1 item approved.", timeout=5_000)
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
        view.close()  # hidden views ignore the DataChanged events still queued for them
    finally:
        runner.shutdown(wait=True)
        event.remove(mdf.engine, "before_cursor_execute", record)
    assert threads and set(threads) == {"workbench-db"}
    assert q.get_request(mdf.engine, mdf.manager, pending).status == RequestStatus.APPROVED


def test_a_refusal_from_the_command_shows_next_to_its_field_and_writes_nothing(qtbot: QtBot, mdf: Mdf) -> None:
    rid = _request(mdf, amount="1000.00")
    ctx = _ctx(mdf, mdf.partner_admin)
    editor = ClaimEditor(ctx, today=TODAY, request_id=rid)
    qtbot.addWidget(editor)
    editor.load()
    qtbot.keyClicks(editor.actual_cost, "1,000.00")
    qtbot.keyClicks(editor.claimed, "400.00")
    assert editor.save_button.isEnabled()
    # Meanwhile (another window, a sync) most of the request is claimed: the command refuses on save.
    cmd.create_claim(mdf.engine, mdf.partner_admin, ClaimInput(rid, D("700.00"), D("1400.00"), "EUR"))
    before = q.list_claim_rows(mdf.engine, mdf.partner_admin)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.claim is None
    assert editor.form.binding("claimed").label.message == (
        "Only €300.00 of the approved €1,000.00 can still be claimed (€700.00 already claimed)."
    )
    assert q.list_claim_rows(mdf.engine, mdf.partner_admin) == before


def test_cost_lines_are_added_with_checks_and_totalled(qtbot: QtBot, mdf: Mdf, qtmodeltester: Any) -> None:
    rid = _request(mdf)
    cid = cmd.create_claim(mdf.engine, mdf.partner_admin, ClaimInput(rid, D("100"), D("200"), "EUR")).id
    editor = ClaimEditor(_ctx(mdf, mdf.partner_admin), today=TODAY, claim_id=cid)
    qtbot.addWidget(editor)
    editor.load()
    costs = editor.costs
    assert costs.description.isEnabled() and not costs.add_button.isEnabled()
    qtbot.keyClicks(costs.description, "Booth rent, hall 7")
    qtbot.keyClicks(costs.amount, "1.2.3")
    assert costs.errors[2].message == "“1.2.3” is not a valid amount." and not costs.add_button.isEnabled()
    costs.amount.clear()
    qtbot.keyClicks(costs.amount, "1,250.50")
    qtbot.keyClicks(costs.invoice, "RE-2026-0042")
    qtbot.mouseClick(costs.add_button, Qt.MouseButton.LeftButton)
    assert [c.description for c in costs.model.rows] == ["Booth rent, hall 7"]
    assert costs.total.text() == "Total of the cost lines: €1,250.50"
    assert costs.description.text() == "" and costs.errors[0].message == ""  # ready for the next line
    detail = q.claim_detail(mdf.engine, mdf.partner_admin, cid)
    assert [(c.amount_minor, c.invoice_ref) for c in detail.cost_lines] == [(125050, "RE-2026-0042")]
    qtmodeltester.check(costs.model)


def test_refusal_messages_show_money_dates_and_labels() -> None:
    from ui.mdf.common import mdf_message

    limit = UserError("approval_limit_exceeded", field="approved", limit=100000, amount=250000, currency="EUR")
    assert mdf_message(limit, "USD") == (
        "€2,500.00 is above your approval limit of €1,000.00; someone with a higher limit has to decide."
    )
    missing = UserError("evidence_missing", field="evidence", missing=["invoice", "attendee_list"])
    assert mdf_message(missing) == "Proof is missing: Invoice, Attendee or lead list."
    cap = UserError(
        "claim_exceeds_cap", field="claimed", claimed=60000, actual_cost=100000, participation_rate_bp=5000, cap=50000
    )
    assert mdf_message(cap, "EUR") == (
        "At the participation rate of 50% at most €500.00 of the actual cost €1,000.00 can be claimed."
    )
    late = UserError("claim_deadline_passed", field="request_id", claim_due="2026-12-16")
    assert mdf_message(late) == "The claim deadline 12/16/26 has passed."
