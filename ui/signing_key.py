"""The signing-key dialog: this computer's certificate for signing proofs of execution.

Shows the stored certificate (name, e-mail, issuer, validity, key usages, whether it is fit for signing) and
offers two ways to get one:

* **Enrol with the server**: a new key pair and certificate request are made here (the private key never
  leaves this computer); the server's certificate authority certifies the key for the signed-in user
  (``sync.client.enrol.enrol_signing_key``; HTTP and the replica's sign-in tokens: on the db lane, like a
  sync). Needs a sync server.
* **Import a PKCS#12 file** (.p12/.pfx) with its passphrase (io lane): a certificate unfit for signing proofs
  (expired, without digitalSignature + nonRepudiation) is refused.

Either way the identity is stored as an encrypted PKCS#12 file in the workspace; only its random passphrase
goes to the keyring. Reachable from the proof panel of the claim screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.client.enrol import IdentityInfo, describe_identity, enrol_signing_key, import_signing_identity
from ui.context import AppContext
from ui.errors import MESSAGES, show_error, user_message
from ui.i18n import QT_TRANSLATE_NOOP, format_datetime, translate
from ui.mdf.common import MdfPaths, run_for
from ui.tasks import Lane
from ui.widgets.forms import FieldError
from workbench.documents.keys import load_stored_identity
from workbench.errors import UserError
from workbench.security.secrets import SecretStore

MAX_PKCS12_BYTES = 1024 * 1024

MESSAGES.update(
    {
        "enrolment_key_mismatch": QT_TRANSLATE_NOOP(
            "errors", "The server returned a certificate for another key. Nothing was stored."
        ),
        "enrolment_chain_invalid": QT_TRANSLATE_NOOP(
            "errors", "The server's certificate is not issued by its certificate authority. Nothing was stored."
        ),
        "enrolment_certificate_unfit": QT_TRANSLATE_NOOP(
            "errors", "The issued certificate cannot sign proofs ({problems}). Check this computer's clock."
        ),
        "signing_certificate_unfit": QT_TRANSLATE_NOOP(
            "errors", "This certificate cannot sign proofs ({problems}). Nothing was imported."
        ),
        "pkcs12_unreadable": QT_TRANSLATE_NOOP(
            "errors", "The file cannot be opened: the passphrase is wrong or it is not a PKCS#12 file."
        ),
        "pkcs12_incomplete": QT_TRANSLATE_NOOP("errors", "The file holds no private key with its certificate."),
    }
)

PROBLEM_TEXT = {
    "certificate_expired": QT_TRANSLATE_NOOP("SigningKey", "expired"),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP("SigningKey", "not yet valid"),
    "key_usage_digital_signature_missing": QT_TRANSLATE_NOOP("SigningKey", "digital signature not allowed"),
    "key_usage_non_repudiation_missing": QT_TRANSLATE_NOOP("SigningKey", "non-repudiation not allowed"),
    "key_usage_missing": QT_TRANSLATE_NOOP("SigningKey", "no key usage"),
}


def problems_text(problems: tuple[str, ...] | list[str]) -> str:
    return ", ".join(translate("SigningKey", PROBLEM_TEXT[p]) if p in PROBLEM_TEXT else p for p in problems)


def _message(exc: UserError) -> str:
    if "problems" in exc.params:
        return user_message(UserError(exc.code, **{**exc.params, "problems": problems_text(exc.params["problems"])}))
    return user_message(exc)


# --- work off the GUI thread -------------------------------------------------------------------------------------


def current_identity(identity_file: Path, secrets: SecretStore, now: datetime) -> IdentityInfo | None:
    """io lane: the stored identity's certificate, or None when this computer has none."""
    try:
        return describe_identity(load_stored_identity(identity_file, secrets), now=now)
    except UserError as exc:
        if exc.code == "signing_identity_missing":
            return None
        raise


def enrol_with_server(
    engine: Any, server_url: str, tokens: SecretStore, identity_file: Path, secrets: SecretStore, now: datetime
) -> IdentityInfo:
    """db lane (the replica's sign-in tokens and HTTP, like a sync): enrol a new key with the server's CA."""
    from sync.client.auth import AuthSession
    from sync.client.transport import RequestsTransport

    transport = RequestsTransport(server_url)
    try:
        identity = enrol_signing_key(AuthSession(engine, transport, tokens), identity_file, secrets, now=now)
    finally:
        transport.close()
    return describe_identity(identity, now=now)


def import_file(
    source: Path, passphrase: str, identity_file: Path, secrets: SecretStore, now: datetime
) -> IdentityInfo:
    """io lane: import a PKCS#12 file."""
    if not source.is_file():
        raise UserError("file_not_found", field="file", path=str(source)[:300])
    size = source.stat().st_size
    if size > MAX_PKCS12_BYTES:
        raise UserError("file_too_large", field="file", size=size, limit=MAX_PKCS12_BYTES)
    identity = import_signing_identity(source.read_bytes(), passphrase.encode(), identity_file, secrets, now=now)
    return describe_identity(identity, now=now)


# --- the dialog --------------------------------------------------------------------------------------------------


class SigningKeyDialog(QDialog):
    """See the module docstring. ``changed`` carries the new :class:`IdentityInfo`."""

    changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        paths: MdfPaths,
        secrets: SecretStore,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.secrets = secrets
        self.clock = clock
        self.info: IdentityInfo | None = None
        self.setObjectName("SigningKeyDialog")
        self.setWindowTitle(translate("SigningKey", "Signing key"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        box = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SigningKey",
                "Proofs of execution are signed with your personal certificate. Its key is kept encrypted in "
                "this workspace; only the key's passphrase is stored in the system keyring.",
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)

        current = QGroupBox(translate("SigningKey", "Current certificate"))
        form = self.form = QFormLayout(current)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.none_label = QLabel(translate("SigningKey", "Loading…"))
        self.none_label.setObjectName("signingKeyNone")
        self.none_label.setWordWrap(True)
        form.addRow(self.none_label)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", translate("SigningKey", "Name")),
            ("email", translate("SigningKey", "E-mail")),
            ("issuer", translate("SigningKey", "Issued by")),
            ("valid", translate("SigningKey", "Valid")),
            ("usages", translate("SigningKey", "Key usages")),
            ("status", translate("SigningKey", "Status")),
        ):
            value = QLabel()
            value.setObjectName(f"signingKey_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        box.addWidget(current)

        enrol = QGroupBox(translate("SigningKey", "Enrol with the server"))
        enrol_box = QVBoxLayout(enrol)
        self.enrol_text = QLabel(
            translate(
                "SigningKey",
                "Creates a new key on this computer and has the server's certificate authority certify it for "
                "your account. Only the certificate request is sent; the key never leaves this computer.",
            )
        )
        self.enrol_text.setWordWrap(True)
        self.enrol_button = QPushButton(translate("SigningKey", "&Enrol with server"))
        self.enrol_button.setObjectName("enrolSigningKey")
        self.enrol_button.clicked.connect(lambda: self.enrol())
        enrol_box.addWidget(self.enrol_text)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        enrol_box.addLayout(row)
        if self.ctx.sync is None:
            self.enrol_button.setEnabled(False)
            self.enrol_text.setText(
                self.enrol_text.text() + " " + translate("SigningKey", "This workspace is not connected to a server.")
            )
        box.addWidget(enrol)

        imp = QGroupBox(translate("SigningKey", "Import a PKCS#12 file"))
        imp_form = QFormLayout(imp)
        imp_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.file = QLineEdit()
        self.file.setObjectName("pkcs12File")
        self.file.setPlaceholderText(translate("SigningKey", "certificate.p12"))
        browse = QPushButton(translate("SigningKey", "&Browse…"))
        browse.setObjectName("pkcs12Browse")
        browse.clicked.connect(lambda: self.browse())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("pkcs12Passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.import_button = QPushButton(translate("SigningKey", "&Import"))
        self.import_button.setObjectName("importSigningKey")
        self.import_button.clicked.connect(lambda: self.import_pkcs12())
        file_label = QLabel(translate("SigningKey", "&File"))
        file_label.setBuddy(self.file)
        imp_form.addRow(file_label, file_row)
        imp_form.addRow(translate("SigningKey", "&Passphrase"), self.passphrase)
        imp_form.addRow("", self.import_button)
        box.addWidget(imp)

        self.status = QLabel()
        self.status.setObjectName("signingKeyStatus")
        self.status.setWordWrap(True)
        self.error = FieldError(self)
        self.status.setVisible(False)
        box.addWidget(self.status)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.reload()

    # -- state ----------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        run_for(
            self,
            self.ctx,
            Lane.IO,
            current_identity,
            self.paths.identity_file,
            self.secrets,
            self.clock(),
            on_success=self.show_identity,
            on_error=self._failed,
            name="signing-key-load",
        )

    def show_identity(self, info: IdentityInfo | None) -> None:
        self.info = info
        self.none_label.setVisible(info is None)
        self.none_label.setText(translate("SigningKey", "There is no signing key on this computer yet."))
        for value in self.fields.values():
            value.setVisible(info is not None)
            value.setText("")
        for value in self.fields.values():
            label = self.form.labelForField(value)
            if label is not None:
                label.setVisible(info is not None)
        if info is None:
            return
        self.fields["name"].setText(info.common_name)
        self.fields["email"].setText(info.email or "–")
        self.fields["issuer"].setText(info.issuer.removeprefix("CN="))
        self.fields["valid"].setText(
            translate("SigningKey", "{0} to {1}").format(
                format_datetime(info.not_before), format_datetime(info.not_after)
            )
        )
        self.fields["usages"].setText(", ".join(info.key_usages) or "–")
        self.fields["status"].setText(
            translate("SigningKey", "Ready for signing proofs.")
            if not info.problems
            else translate("SigningKey", "Cannot sign proofs: {0}.").format(problems_text(info.problems))
        )
        self.adjustSize()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _busy(self, text: str) -> None:
        self.error.set_error(None)
        self._set_status(text)
        self.enrol_button.setEnabled(False)
        self.import_button.setEnabled(False)

    def _idle(self) -> None:
        self.enrol_button.setEnabled(self.ctx.sync is not None)
        self.import_button.setEnabled(True)

    def _done(self, info: IdentityInfo, text: str) -> None:
        self._idle()
        self._set_status(text)
        self.passphrase.clear()
        self.show_identity(info)
        self.changed.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self._set_status("")
        if isinstance(exc, UserError):
            self.error.set_error(_message(exc))
            return
        show_error(exc, self)

    # -- actions --------------------------------------------------------------------------------------------------

    def enrol(self) -> None:
        sync = self.ctx.sync
        if sync is None:
            return
        self._busy(translate("SigningKey", "Creating a key and asking the server to certify it…"))
        run_for(
            self,
            self.ctx,
            Lane.DB,
            enrol_with_server,
            self.ctx.engine,
            sync.server_url,
            sync.store,
            self.paths.identity_file,
            self.secrets,
            self.clock(),
            on_success=lambda info: self._done(info, translate("SigningKey", "The new key is certified and stored.")),
            on_error=self._failed,
            name="signing-key-enrol",
        )

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("SigningKey", "Import a PKCS#12 file"), "", translate("SigningKey", "PKCS#12 (*.p12 *.pfx)")
        )
        if name:
            self.file.setText(name)

    def import_pkcs12(self) -> None:
        source = self.file.text().strip()
        if not source:
            self.error.set_error(translate("SigningKey", "Choose a PKCS#12 file first."))
            return
        if not self.passphrase.text():
            self.error.set_error(translate("SigningKey", "Enter the file's passphrase."))
            return
        self._busy(translate("SigningKey", "Importing…"))
        run_for(
            self,
            self.ctx,
            Lane.IO,
            import_file,
            Path(source),
            self.passphrase.text(),
            self.paths.identity_file,
            self.secrets,
            self.clock(),
            on_success=lambda info: self._done(info, translate("SigningKey", "The certificate is imported.")),
            on_error=self._failed,
            name="signing-key-import",
        )
