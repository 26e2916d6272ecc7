"""Screenshots of the MDF screens for ``python -m ui.screenshots``: a claim with image evidence and a signed,
verified proof, the request editor showing its messages, the approver queue with a reason dialog, payments.

``prepare_mdf_demo`` adds what the demo data lacks (evidence files, a signing certificate, a signed and
submitted claim) to the screenshot workspace; ``mdf_shots`` grabs every MDF screen of a main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget

from workbench.documents import keys
from workbench.documents.claims import sign_and_attach_proof
from workbench.documents.types import Lang
from workbench.mdf import commands as cmd
from workbench.mdf.queries import mdf_overview
from workbench.mdf.types import ClaimInput, CostLineInput, RequestInput
from workbench.records.commands import EVIDENCE_OWNER, add_attachment
from workbench.security.roles import Actor
from workbench.security.secrets import MemorySecretStore, SecretStore


@dataclass(frozen=True)
class MdfDemo:
    root: Path
    secrets: SecretStore
    draft_claim: str  # evidence partly attached, not yet signed
    signed_claim: str  # complete, signed and submitted (waits in the review queue)


def _photo(path: Path, title: str, hue: int) -> Path:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(1200, 800))
    gradient.setColorAt(0, QColor.fromHsv(hue, 120, 230))
    gradient.setColorAt(1, QColor.fromHsv((hue + 40) % 360, 200, 120))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(96)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 1200, 800), Qt.AlignmentFlag.AlignCenter, title)
    painter.end()
    image.save(str(path))  # the format follows the file name
    return path


def prepare_mdf_demo(engine: Any, root: Path, actor: Actor) -> MdfDemo:
    """As the demo channel manager: two fresh approved requests on the largest EUR allocation, a draft claim
    with two photos and an invoice, and a complete claim signed by the demo certificate and submitted."""
    files = root / "demo-evidence"
    files.mkdir(parents=True, exist_ok=True)
    secrets = MemorySecretStore()
    ca = keys.create_ca("Nordlicht Partner CA", organization="Nordlicht Software AG")
    identity = keys.issue_identity(ca, "Anna Becker", email="anna.becker@example.com", organization="Nordlicht")
    keys.store_identity(identity, root / keys.IDENTITY_FILE, secrets)
    (root / "keys" / "trust").mkdir(parents=True, exist_ok=True)
    (root / "keys" / "trust" / "partner-ca.pem").write_bytes(keys.cert_pem(ca.certificate))

    allocation = max(
        (a for a in mdf_overview(engine, actor).allocations if a.currency == "EUR"), key=lambda a: a.available_minor
    )
    today = date.today()
    claims: list[str] = []
    for title, amount in (("Booth at it-sa Nürnberg", "2400.00"), ("Partner day Hamburg", "1800.00")):
        data = RequestInput(
            allocation.id,
            "event",
            title,
            today - timedelta(days=12),
            today - timedelta(days=10),
            Decimal(amount),
            "EUR",
        )
        rid = cmd.create_request(engine, actor, data).id
        cmd.submit_request(engine, actor, rid)
        cmd.approve_request(engine, actor, rid)
        claimed = Decimal(amount) / 2
        claims.append(
            cmd.create_claim(
                engine, actor, ClaimInput(rid, claimed, Decimal(amount), "EUR", "Booth, 3 days, 420 visitors")
            ).id
        )
    for claim_id in claims:
        for description, amount, ref in (
            ("Booth rent, 9 m²", "1200.00", "RE-2026-0042"),
            ("Stand construction", "800.00", "RE-2026-0057"),
            ("Flyers and roll-ups", "400.00", None),
        ):
            cmd.add_cost_line(engine, actor, CostLineInput(claim_id, description, Decimal(amount), "EUR", ref))
    blobs = root / "blobs"
    evidence: list[tuple[Path, str]] = [
        (_photo(files / "booth-front.png", "Booth · Hall 7", 210), "photos"),
        (_photo(files / "booth-demo.png", "Live demo", 150), "photos"),
    ]
    invoice = files / "invoice-2026-0042.pdf"
    invoice.write_bytes(b"%PDF-1.4\n% demo invoice\n" + b"0" * 4000)
    evidence.append((invoice, "invoice"))
    for path, kind in evidence:
        add_attachment(engine, actor, EVIDENCE_OWNER, claims[0], path, blobs, kind)
    attendees = files / "attendees.csv"
    attendees.write_text("name;company\n" + "\n".join(f"Visitor {i};Company {i}" for i in range(120)), "utf-8")
    summary = files / "summary.txt"
    summary.write_text("420 visitors, 35 qualified leads, 6 demos booked.", "utf-8")
    for path, kind in (*evidence, (attendees, "attendee_list"), (summary, "summary")):
        add_attachment(engine, actor, EVIDENCE_OWNER, claims[1], path, blobs, kind)
    sign_and_attach_proof(engine, actor, claims[1], identity, blobs, Lang.EN, now=datetime.now(UTC))
    cmd.submit_claim(engine, actor, claims[1])
    return MdfDemo(root, secrets, claims[0], claims[1])


def mdf_shots(
    window: Any, prefix: str, grab: Callable[[QWidget, str], None], settle: Callable[[], None], demo: MdfDemo
) -> None:
    """Every MDF screen of ``window`` (a MainWindow), named ``{prefix}mdf-…``; ``settle`` waits for the lanes."""
    from PySide6.QtTest import QTest

    ctx = window.ctx
    ctx.workspace_root = demo.root
    ctx.secrets = demo.secrets
    window.go("mdf")
    view = window.mdf
    for widget, name in (
        (view.budgets, "budgets"),
        (view.requests, "requests"),
        (view.claims, "claims"),
        (view.review, "review-queue"),
        (view.payments, "payments"),
    ):
        view.show_tab(widget)
        grab(window, f"{prefix}mdf-{name}")

    view.show_tab(view.review)
    settle()
    view.review.table.selectRow(0)
    view.review.start("reject")
    dialog = view.review.reason_dialog
    if dialog is not None:
        QTest.keyClicks(dialog.text, "x")
        dialog.text.clear()
        grab(dialog, f"{prefix}mdf-reject-reason")
        dialog.reject()

    view.show_tab(view.requests)
    view.new_request()
    settle()  # the allocations arrive, then the editor opens
    editor = view.editor
    editor.show()
    editor.title.setText("Roadshow Süd")
    QTest.keyClicks(editor.amount, "99999.999")
    editor.end.setDate(editor.start.date().addDays(-2))
    grab(editor, f"{prefix}mdf-request-editor")
    editor.close()

    view.open_claim(demo.draft_claim)
    claim = view.editor
    claim.resize(1300, 1000)
    grab(claim, f"{prefix}mdf-claim-editor")
    claim.close()
    view.open_claim(demo.signed_claim)
    signed = view.editor
    signed.resize(1300, 1000)
    settle()
    signed.proof.verify_attached()
    grab(signed, f"{prefix}mdf-claim-signed")
    signed.close()
