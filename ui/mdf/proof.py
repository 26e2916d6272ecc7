"""Generate and verify the proof-of-execution PDF from the claim screen. The claim is read on the db lane;
rendering, signing (the workspace's PKCS#12, passphrase from the keyring) and verification run on the io lane.
The result shows each signature's signer, time, verdict and what changed in the file after it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import QT_TRANSLATE_NOOP, format_datetime, translate
from ui.mdf.common import MdfPaths, mdf_message
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.tasks import Lane
from ui.widgets.common import fit_rows, table
from ui.widgets.forms import FieldError
from workbench.documents.keys import PKCS12_SECRET_NAME, load_certificates, load_stored_identity
from workbench.documents.proof import proof_dto_from_claim, render_proof_pdf
from workbench.documents.signing import sign_partner
from workbench.documents.types import ClockSource, Lang, ProofDTO, SignatureReport, VerificationReport
from workbench.documents.verify import verify_pdf
from workbench.errors import UserError
from workbench.security.secrets import KeyringSecretStore, SecretStore


def secret_store(ctx: AppContext) -> SecretStore:
    """The app's secret store: one set on the context, the sync controller's, else the OS keyring."""
    explicit = getattr(ctx, "secrets", None)
    if explicit is not None:
        return explicit  # type: ignore[no-any-return]
    if ctx.sync is not None and getattr(ctx.sync, "store", None) is not None:
        return ctx.sync.store  # type: ignore[no-any-return]
    return KeyringSecretStore()


def trust_roots(paths: MdfPaths, chain: Sequence[x509.Certificate] = ()) -> list[x509.Certificate]:
    """Trusted CA certificates: every PEM in ``keys/trust`` of the workspace plus the CA chain that came with
    the signing identity (the server's CA from enrolment)."""
    roots: list[x509.Certificate] = list(chain)
    if paths.trust_dir.is_dir():
        for pem in sorted(paths.trust_dir.glob("*.pem")):
            roots.extend(load_certificates(pem.read_bytes()))
    return roots


def _identity_chain(paths: MdfPaths, secrets: SecretStore) -> tuple[x509.Certificate, ...]:
    if not paths.identity_file.is_file() or secrets.get(PKCS12_SECRET_NAME) is None:
        return ()  # no identity on this computer (verifying needs only the trusted CAs)
    return tuple(load_stored_identity(paths.identity_file, secrets).chain)


@dataclass(frozen=True)
class ProofResult:
    path: Path | None
    report: VerificationReport
    clock: ClockSource | None = None


def sign_and_save(dto: ProofDTO, target: Path, paths: MdfPaths, secrets: SecretStore) -> ProofResult:
    """io lane: render the proof, certify it with the workspace identity (B-B, laptop clock), write it to
    ``target`` and verify what was written."""
    identity = load_stored_identity(paths.identity_file, secrets)
    outcome = sign_partner(render_proof_pdf(dto), identity, reason="Proof of execution")
    target.write_bytes(outcome.data)
    roots = trust_roots(paths, identity.chain)
    return ProofResult(target, verify_pdf(outcome.data, roots), outcome.clock)


def verify_file(source: Path, paths: MdfPaths, secrets: SecretStore) -> ProofResult:
    """io lane: verify a proof PDF against the workspace's trust roots."""
    roots = trust_roots(paths, _identity_chain(paths, secrets))
    if not roots:
        raise UserError("no_trust_roots", field="trust_roots")
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise UserError("file_not_found", field="file", path=str(source)[:300]) from None
    return ProofResult(source, verify_pdf(data, roots))


MODIFICATION_TEXT = {
    "NONE": QT_TRANSLATE_NOOP("ProofPanel", "Nothing changed after this signature."),
    "LTA_UPDATES": QT_TRANSLATE_NOOP("ProofPanel", "Only timestamps were added after this signature."),
    "FORM_FILLING": QT_TRANSLATE_NOOP(
        "ProofPanel", "Only signature fields were filled in after this signature (allowed)."
    ),
    "ANNOTATIONS": QT_TRANSLATE_NOOP("ProofPanel", "Comments were added after this signature."),
    "OTHER": QT_TRANSLATE_NOOP("ProofPanel", "The content was changed after this signature (not allowed)."),
}
PROBLEM_TEXT = {
    "not_intact": QT_TRANSLATE_NOOP("ProofPanel", "the signed bytes were changed"),
    "bad_signature": QT_TRANSLATE_NOOP("ProofPanel", "the signature value is wrong"),
    "untrusted": QT_TRANSLATE_NOOP("ProofPanel", "the certificate is not from a trusted authority"),
    "disallowed_modification": QT_TRANSLATE_NOOP("ProofPanel", "the file was changed in a way that is not allowed"),
    "docmdp_violation": QT_TRANSLATE_NOOP("ProofPanel", "changes break the certification"),
    "incomplete_coverage": QT_TRANSLATE_NOOP("ProofPanel", "the signature does not cover the whole file"),
    "timestamp_invalid": QT_TRANSLATE_NOOP("ProofPanel", "the timestamp is invalid"),
    "revoked": QT_TRANSLATE_NOOP("ProofPanel", "the certificate was revoked"),
    "unsigned": QT_TRANSLATE_NOOP("ProofPanel", "not signed"),
}

DOCUMENT_PROBLEMS = {
    "no_signatures": QT_TRANSLATE_NOOP("ProofPanel", "the file has no signature"),
    "unreadable_pdf": QT_TRANSLATE_NOOP("ProofPanel", "the file is not a readable PDF"),
    "not_a_pdf": QT_TRANSLATE_NOOP("ProofPanel", "the file is not a PDF"),
    "multiple_certifications": QT_TRANSLATE_NOOP("ProofPanel", "the file is certified more than once"),
    "certification_not_first": QT_TRANSLATE_NOOP("ProofPanel", "the certification is not the first signature"),
}


def modification_text(sig: SignatureReport) -> str:
    key = sig.modification_level or ("NONE" if sig.coverage == "ENTIRE_FILE" else "OTHER")
    source = MODIFICATION_TEXT.get(key, MODIFICATION_TEXT["OTHER"])
    return translate("ProofPanel", source)


def verdict_text(sig: SignatureReport) -> str:
    if sig.verdict == "valid":
        return translate("ProofPanel", "Valid")
    problems = [translate("ProofPanel", PROBLEM_TEXT[p]) if p in PROBLEM_TEXT else p for p in sig.problems]
    return translate("ProofPanel", "Invalid: {0}").format(", ".join(problems) or "—")


def time_text(sig: SignatureReport) -> str:
    when = format_datetime(sig.signing_time) if sig.signing_time else "—"
    if sig.clock == ClockSource.TSA:
        return translate("ProofPanel", "{0} (timestamp authority)").format(when)
    return translate("ProofPanel", "{0} (signer's clock)").format(when)


def signature_columns() -> list[Column[SignatureReport]]:
    return [
        Column(translate("ProofPanel", "Signature"), lambda s: s.field_name),
        Column(translate("ProofPanel", "Signer"), lambda s: s.signer, tooltip=lambda s: s.signer_email),
        Column(translate("ProofPanel", "Time"), time_text),
        Column(translate("ProofPanel", "Verdict"), verdict_text),
        Column(translate("ProofPanel", "Changes after it"), modification_text),
    ]


class ProofPanel(QWidget):
    """Buttons to generate the signed proof and to verify a PDF; the verdict per signature below."""

    verified = Signal(object)  # ProofResult

    def __init__(self, ctx: AppContext, paths: MdfPaths | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.claim_id: str | None = None
        self.result: ProofResult | None = None
        self.setObjectName("ProofPanel")
        self.generate_button = QPushButton(translate("ProofPanel", "&Generate signed proof PDF…"))
        self.generate_button.setObjectName("generateProof")
        self.verify_button = QPushButton(translate("ProofPanel", "&Verify a proof PDF…"))
        self.verify_button.setObjectName("verifyProof")
        self.generate_button.clicked.connect(lambda: self.generate())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.summary = QLabel()
        self.summary.setObjectName("proofSummary")
        self.summary.setWordWrap(True)
        self.error = FieldError(self)
        self.model: RowsTableModel[SignatureReport] = RowsTableModel(signature_columns(), self)
        self.table = table(self.model, stretch=4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(buttons)
        box.addWidget(self.summary)
        box.addWidget(self.error)
        box.addWidget(self.table)
        fit_rows(self.table, max_rows=3)
        self.set_claim(None)

    def set_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        self.generate_button.setEnabled(claim_id is not None and self.paths is not None)
        self.verify_button.setEnabled(self.paths is not None)

    @staticmethod
    def _lang() -> Lang:
        """The proof is written in the user's language (German or English)."""
        return Lang.DE if QLocale().language() == QLocale.Language.German else Lang.EN

    def generate(self, target: Path | None = None) -> None:
        if self.claim_id is None or self.paths is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("ProofPanel", "Save the signed proof"), f"proof-{self.claim_id[:8]}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return
            target = Path(name)
        self.error.set_error(None)
        self.summary.setText(translate("ProofPanel", "Rendering and signing…"))
        self.generate_button.setEnabled(False)
        paths, secrets, chosen = self.paths, secret_store(self.ctx), target

        def signed(dto: ProofDTO) -> None:
            self.ctx.runner.submit(
                Lane.IO,
                sign_and_save,
                dto,
                chosen,
                paths,
                secrets,
                on_success=self._show,
                on_error=self._failed,
                name="mdf-sign-proof",
            )

        read = functools.partial(proof_dto_from_claim, actor=self.ctx.actor, now=datetime.now(UTC))
        self.ctx.db(
            read,
            self.ctx.engine,
            self.claim_id,
            paths.blob_dir,
            self._lang(),
            on_success=signed,
            on_error=self._failed,
            name="mdf-proof-dto",
        )

    def verify(self, source: Path | None = None) -> None:
        if self.paths is None:
            return
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self, translate("ProofPanel", "Verify a proof PDF"), "", "PDF (*.pdf)"
            )
            if not name:
                return
            source = Path(name)
        self.error.set_error(None)
        self.summary.setText(translate("ProofPanel", "Verifying…"))
        self.ctx.runner.submit(
            Lane.IO,
            verify_file,
            source,
            self.paths,
            secret_store(self.ctx),
            on_success=self._show,
            on_error=self._failed,
            name="mdf-verify-proof",
        )

    def _show(self, result: ProofResult) -> None:
        self.result = result
        self.generate_button.setEnabled(self.claim_id is not None)
        self.model.set_rows(result.report.signatures)
        fit_rows(self.table, max_rows=3)
        name = result.path.name if result.path else ""
        if result.report.ok:
            text = translate("ProofPanel", "{0}: every signature is valid and nothing was changed that is not allowed.")
        else:
            text = translate("ProofPanel", "{0}: REFUSED — the file is not a valid signed proof.")
            if result.report.problems:
                text += " " + translate("ProofPanel", "Problems: {1}.")
        problems = ", ".join(
            translate("ProofPanel", DOCUMENT_PROBLEMS[p]) if p in DOCUMENT_PROBLEMS else p
            for p in result.report.problems
        )
        self.summary.setText(text.format(name, problems))
        self.verified.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(self.claim_id is not None)
        self.summary.setText("")
        if isinstance(exc, UserError):
            self.error.set_error(mdf_message(exc))
            return
        show_error(exc, self)
