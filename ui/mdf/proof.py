"""The signed proof of execution on the claim screen. "Sign and attach" renders the claim's proof (evidence
embedded), certifies it with this computer's signing certificate and stores it as the claim's proof
(``workbench.documents.claims``); "Verify attached proof", "Save proof as…" and "Verify a PDF file…" check a
proof against the trusted CAs. Keys and files are read and signatures checked on the io lane; the claim is
read and the proof recorded on the db lane (the replica's single writer). The result shows each signature's
signer, time, verdict and what changed in the file after it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from PySide6.QtCore import QLocale, Qt, Signal
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
from ui.mdf.common import MdfPaths, announcing, mdf_message, run_for
from ui.models.paged import Column
from ui.models.rows import RowsTableModel
from ui.tasks import Lane
from ui.widgets.common import fit_rows, table
from ui.widgets.forms import FieldError
from workbench.documents.claims import SignedProof, latest_proof, sign_and_attach_proof
from workbench.documents.keys import PKCS12_SECRET_NAME, Identity, load_certificates, load_stored_identity
from workbench.documents.types import ClockSource, Lang, SignatureReport, VerificationReport
from workbench.documents.verify import verify_pdf
from workbench.errors import UserError
from workbench.security.secrets import KeyringSecretStore, SecretStore


def secret_store(ctx: AppContext) -> SecretStore:
    """The app's secret store: one set on the context, the sync controller's, else the OS keyring."""
    explicit = ctx.secrets
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
    name: str
    report: VerificationReport
    data: bytes = b""


@dataclass(frozen=True)
class Signer:
    """What signing needs, loaded on the io lane: the identity and the trusted CAs."""

    identity: Identity
    roots: tuple[x509.Certificate, ...]


def load_signer(paths: MdfPaths, secrets: SecretStore) -> Signer:
    """io lane: this computer's signing identity (UserError signing_identity_missing without one) and roots."""
    identity = load_stored_identity(paths.identity_file, secrets)
    return Signer(identity, tuple(trust_roots(paths, identity.chain)))


def verify_bytes(name: str, data: bytes, paths: MdfPaths, secrets: SecretStore) -> ProofResult:
    """io lane: verify ``data`` against the workspace's trust roots (UserError no_trust_roots without any)."""
    roots = trust_roots(paths, _identity_chain(paths, secrets))
    if not roots:
        raise UserError("no_trust_roots", field="trust_roots")
    return ProofResult(name, verify_pdf(data, roots), data)


def verify_file(source: Path, paths: MdfPaths, secrets: SecretStore) -> ProofResult:
    """io lane: verify a proof PDF file."""
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise UserError("file_not_found", field="file", path=str(source)[:300]) from None
    return verify_bytes(source.name, data, paths, secrets)


def write_file(target: Path, data: bytes) -> Path:
    """io lane: save a copy of the proof."""
    target.write_bytes(data)
    return target


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


def signer_name(sig: SignatureReport) -> str:
    """The signer's common name (the whole subject is the tooltip)."""
    marker = "Common Name: "
    if marker in sig.signer:
        return sig.signer.split(marker, 1)[1].split(", ", 1)[0]
    return sig.signer


def signature_columns() -> list[Column[SignatureReport]]:
    return [
        Column(translate("ProofPanel", "Signature"), lambda s: s.field_name),
        Column(translate("ProofPanel", "Signer"), signer_name, tooltip=lambda s: s.signer),
        Column(translate("ProofPanel", "Time"), time_text),
        Column(translate("ProofPanel", "Verdict"), verdict_text),
        Column(translate("ProofPanel", "Changes after it"), modification_text, tooltip=modification_text),
    ]


class ProofPanel(QWidget):
    """Sign and attach the proof, verify it or any PDF, save a copy; the verdict per signature below."""

    verified = Signal(object)  # ProofResult
    attached = Signal(object)  # AttachmentDTO of the new signed proof

    def __init__(self, ctx: AppContext, paths: MdfPaths | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.claim_id: str | None = None
        self.result: ProofResult | None = None
        self.setObjectName("ProofPanel")
        self.signable = False
        self.has_proof = False
        self.sign_button = QPushButton(translate("ProofPanel", "Sign and &attach proof"))
        self.sign_button.setObjectName("signProof")
        self.sign_button.setToolTip(
            translate(
                "ProofPanel",
                "Renders the proof of execution with the evidence embedded and signs it with your certificate.",
            )
        )
        self.verify_attached_button = QPushButton(translate("ProofPanel", "Verify attached proof"))
        self.verify_attached_button.setObjectName("verifyAttached")
        self.save_button = QPushButton(translate("ProofPanel", "Save proof &as…"))
        self.save_button.setObjectName("saveProof")
        self.verify_button = QPushButton(translate("ProofPanel", "&Verify a PDF file…"))
        self.verify_button.setObjectName("verifyProof")
        self.sign_button.clicked.connect(lambda: self.sign())
        self.verify_attached_button.clicked.connect(lambda: self.verify_attached())
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.key_button = QPushButton(translate("ProofPanel", "Signing &key…"))
        self.key_button.setObjectName("signingKey")
        self.key_button.setToolTip(translate("ProofPanel", "Enrol a signing key with the server or import one."))
        self.key_button.clicked.connect(lambda: self.open_signing_key())
        self.summary = QLabel()
        self.summary.setObjectName("proofSummary")
        self.summary.setWordWrap(True)
        self.error = FieldError(self)
        self.model: RowsTableModel[SignatureReport] = RowsTableModel(signature_columns(), self)
        self.table = table(self.model, stretch=4)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        for b in (self.sign_button, self.verify_attached_button, self.save_button, self.verify_button, self.key_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(buttons)
        box.addWidget(self.summary)
        box.addWidget(self.error)
        box.addWidget(self.table)
        fit_rows(self.table, max_rows=3)
        self.set_claim(None)

    def set_claim(self, claim_id: str | None, *, signable: bool = False, has_proof: bool = False) -> None:
        """``signable``: the claim may be signed now (editable and its evidence complete)."""
        self.claim_id = claim_id
        self.signable = signable
        self.has_proof = has_proof
        usable = self.paths is not None
        self.sign_button.setEnabled(usable and claim_id is not None and signable)
        self.verify_attached_button.setEnabled(usable and has_proof)
        self.save_button.setEnabled(usable and has_proof)
        self.verify_button.setEnabled(usable)
        self.key_button.setEnabled(usable)
        if claim_id is not None and not has_proof and not self.summary.text():
            self.summary.setText(translate("ProofPanel", "No signed proof is attached to this claim yet."))

    @staticmethod
    def _lang() -> Lang:
        """The proof is written in the user's language (German or English)."""
        return Lang.DE if QLocale().language() == QLocale.Language.German else Lang.EN

    def _busy(self, text: str) -> None:
        self.error.set_error(None)
        self.summary.setText(text)
        for b in (self.sign_button, self.verify_attached_button, self.save_button):
            b.setEnabled(False)

    def _io(self, fn: Any, *args: Any, on_success: Any, name: str) -> None:
        run_for(self, self.ctx, Lane.IO, fn, *args, on_success=on_success, on_error=self._failed, name=name)

    def sign(self) -> None:
        """Sign and attach: load the identity (io), render + certify + record the proof (db), verify it (io)."""
        if self.claim_id is None or self.paths is None:
            return
        self._busy(translate("ProofPanel", "Rendering and signing…"))
        paths, secrets, claim_id = self.paths, secret_store(self.ctx), self.claim_id

        def signed(result: SignedProof) -> None:
            self.attached.emit(result.attachment)
            self._io(
                verify_bytes,
                result.attachment.file_name,
                result.outcome.data,
                paths,
                secrets,
                on_success=self._show,
                name="mdf-verify-proof",
            )

        def loaded(signer: Signer) -> None:
            work = announcing(
                self.ctx,
                "mdf_claims",
                functools.partial(sign_and_attach_proof, now=datetime.now(UTC)),
                lambda _r: claim_id,
            )
            run_for(
                self,
                self.ctx,
                Lane.DB,
                work,
                self.ctx.engine,
                self.ctx.actor,
                claim_id,
                signer.identity,
                paths.blob_dir,
                self._lang(),
                on_success=signed,
                on_error=self._failed,
                name="mdf-sign-proof",
            )

        self._io(load_signer, paths, secrets, on_success=loaded, name="mdf-load-identity")

    def open_signing_key(self) -> Any:
        """The signing-key dialog (enrol with the server or import a PKCS#12); returns it (tests)."""
        if self.paths is None:
            return None
        from ui.signing_key import SigningKeyDialog

        dialog = SigningKeyDialog(self.ctx, self.paths, secret_store(self.ctx), parent=self)
        dialog.changed.connect(lambda _info: self.error.set_error(None))
        dialog.open()
        return dialog

    def _with_attached(self, then: Any) -> None:
        if self.claim_id is None or self.paths is None:
            return
        run_for(
            self,
            self.ctx,
            Lane.DB,
            latest_proof,
            self.ctx.engine,
            self.ctx.actor,
            self.claim_id,
            self.paths.blob_dir,
            on_success=lambda found: then(found[0], found[1]),
            on_error=self._failed,
            name="mdf-latest-proof",
        )

    def verify_attached(self) -> None:
        paths = self.paths
        if paths is None:
            return
        self._busy(translate("ProofPanel", "Verifying…"))
        secrets = secret_store(self.ctx)
        self._with_attached(
            lambda att, data: self._io(
                verify_bytes, att.file_name, data, paths, secrets, on_success=self._show, name="mdf-verify-proof"
            )
        )

    def save_copy(self, target: Path | None = None) -> None:
        if self.claim_id is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("ProofPanel", "Save the signed proof"), f"proof-{self.claim_id[:8]}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return
            target = Path(name)
        chosen = target
        self._with_attached(
            lambda _att, data: self._io(write_file, chosen, data, on_success=self._saved, name="mdf-save-proof")
        )

    def _saved(self, path: Path) -> None:
        self.summary.setText(translate("ProofPanel", "Saved a copy as {0}.").format(str(path)))
        self.set_claim(self.claim_id, signable=self.signable, has_proof=self.has_proof)

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
        self._busy(translate("ProofPanel", "Verifying…"))
        self._io(verify_file, source, self.paths, secret_store(self.ctx), on_success=self._show, name="mdf-verify-file")

    def _show(self, result: ProofResult) -> None:
        self.result = result
        self.set_claim(self.claim_id, signable=self.signable, has_proof=self.has_proof)
        self.model.set_rows(result.report.signatures)
        fit_rows(self.table, max_rows=3)
        name = result.name
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
        self.summary.setText("")
        self.set_claim(self.claim_id, signable=self.signable, has_proof=self.has_proof)
        if isinstance(exc, UserError):
            self.error.set_error(mdf_message(exc))
            return
        show_error(exc, self)
