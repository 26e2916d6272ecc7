"""Signing in to the sync server: server URL, e-mail, password and "remember this device".

The sign-in runs ``sync.client.auth.login`` on the **io lane** (one HTTP request plus a few replica-meta writes;
the GUI thread never waits). Each failure is shown next to the field it is about:

* the server cannot be reached, or the URL does not answer like a sync server -> under the server URL;
* wrong e-mail or password -> under the password (the server does not tell which of the two is wrong);
* the workspace belongs to another user -> under the e-mail;
* the device was revoked by an administrator -> next to "remember this device".

"Remember this device" keeps the tokens in the system keyring (``store``), so the next start syncs without
asking; without it they live in memory for this session only (and tokens remembered earlier are forgotten).

The dialog is reachable from the Sync menu and opens by itself when a sync needs the user to sign in (tokens
expired or revoked, device revoked); ``reason`` then explains why at the top."""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import user_message
from ui.i18n import translate
from ui.tasks import Lane, TaskHandle
from ui.widgets.forms import FieldError
from workbench.errors import Cancelled, UserError
from workbench.security.secrets import MemorySecretStore, SecretStore, SecretStoreUnavailable

if TYPE_CHECKING:
    from sync.client.auth import SignedIn

FIELDS = ("server_url", "email", "password", "remember")


@dataclass(frozen=True, slots=True)
class SignInResult:
    """A successful sign-in: who, where, and the store that now holds the tokens."""

    who: SignedIn
    server_url: str
    remember: bool
    store: SecretStore


def clean_server_url(value: str) -> str:
    """``https://host[:port][/path]`` without a trailing slash; raises UserError(field=server_url)."""
    text = value.strip()
    if not text:
        raise UserError("required", field="server_url")
    if "://" not in text:
        raise UserError("signin_url_scheme", field="server_url", value=text[:100])
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise UserError("signin_url_invalid", field="server_url", value=text[:100])
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number or out of range
    except ValueError as exc:
        raise UserError("signin_url_invalid", field="server_url", value=text[:100]) from exc
    return text.rstrip("/")


def sign_in(
    engine: Any,
    keyring: SecretStore,
    server_url: str,
    email: str,
    password: str,
    remember: bool,
    device_name: str,
) -> SignInResult:
    """io lane: log in; tokens go to ``keyring`` when ``remember``, else to a session-only memory store (and any
    tokens remembered earlier are removed from the keyring)."""
    from sync.client.auth import login, logout
    from sync.client.transport import RequestsTransport

    store: SecretStore = keyring if remember else MemorySecretStore()
    transport = RequestsTransport(server_url)
    try:
        who = login(
            engine, transport, store, email=email, password=password, device_name=device_name, server_url=server_url
        )
    except SecretStoreUnavailable as exc:  # only the keyring store can raise this (remember was ticked)
        raise UserError("signin_no_keyring", field="remember") from exc
    finally:
        transport.close()
    if not remember:
        with contextlib.suppress(SecretStoreUnavailable):  # no keyring: nothing was remembered in it
            logout(engine, keyring)  # forget tokens remembered by an earlier sign-in
    return SignInResult(who, server_url, remember, store)


def field_of(exc: UserError) -> str | None:
    """Which field of the dialog a sign-in failure belongs to (None: the dialog as a whole)."""
    code = exc.code
    if code in ("sync_network", "sync_bad_answer", "sync_server_error", "sync_upgrade_required"):
        return "server_url"
    if code == "sync_request_refused" and exc.params.get("status") == 404:
        return "server_url"  # answers, but not like a sync server (wrong path or port)
    if code == "sync_auth_required":
        return "password"
    if code == "sync_other_user":
        return "email"
    if code == "sync_device_revoked":
        return "remember"
    field = exc.params.get("field")
    return str(field) if field in FIELDS else None


def message_of(exc: UserError) -> str:
    """The sign-in dialog's own wording where the generic sync message would mislead."""
    code = exc.code
    if code == "sync_network":
        return translate("SignIn", "The server cannot be reached. Check the address and your network connection.")
    if code == "sync_auth_required":
        return translate("SignIn", "The e-mail address or the password is wrong.")
    if code == "sync_device_revoked":
        return translate(
            "SignIn", "An administrator revoked this device. Ask them to allow it again, or sign in on another device."
        )
    if code == "sync_request_refused" and exc.params.get("status") == 404:
        return translate("SignIn", "No sync server answers at this address. Check the URL (and its port).")
    if code == "signin_no_keyring":
        return translate(
            "SignIn", "This computer has no keyring to remember the device in. Sign in without remembering it."
        )
    if code == "required":
        return translate("SignIn", "Please fill in this field.")
    if code == "signin_url_scheme":
        return translate("SignIn", "Start the address with https:// (or http:// for a server on this computer).")
    if code == "signin_url_invalid":
        return translate("SignIn", "“{0}” is not a server address.").format(exc.params.get("value", ""))
    return user_message(exc)


def reason_text(exc: UserError) -> str:
    """Why the dialog opened by itself (a sync that needs a sign-in)."""
    if exc.code == "sync_device_revoked":
        return translate("SignIn", "An administrator signed this device out. Sign in again to continue syncing.")
    return translate("SignIn", "Your session with the server has ended. Sign in again to continue syncing.")


class SignInDialog(QDialog):
    """See the module docstring. ``signed_in`` carries a :class:`SignInResult`."""

    signed_in = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        keyring: SecretStore,
        *,
        server_url: str = "",
        email: str = "",
        reason: UserError | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keyring = keyring
        self.setObjectName("SignInDialog")
        self.setWindowTitle(translate("SignIn", "Sign in to the sync server"))
        self.setModal(True)
        self._handle: TaskHandle | None = None
        self.result_value: SignInResult | None = None

        box = QVBoxLayout(self)
        self.reason = QLabel(reason_text(reason) if reason is not None else "")
        self.reason.setObjectName("signInReason")
        self.reason.setWordWrap(True)
        self.reason.setVisible(reason is not None)
        box.addWidget(self.reason)
        intro = QLabel(
            translate(
                "SignIn",
                "Sign in with your Partner Workbench account. Your changes stay on this computer until they are sent.",
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        box.addLayout(form)
        self.server_url = QLineEdit(server_url)
        self.server_url.setObjectName("signInServer")
        self.server_url.setPlaceholderText("https://workbench.example.com")
        self.email = QLineEdit(email)
        self.email.setObjectName("signInEmail")
        self.email.setPlaceholderText(translate("SignIn", "name@example.com"))
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(translate("SignIn", "Remember this device (stay signed in after quitting)"))
        self.remember.setObjectName("signInRemember")
        self.remember.setChecked(True)
        self.errors: dict[str, FieldError] = {}
        chars = self.fontMetrics().averageCharWidth()
        rows = (
            ("server_url", translate("SignIn", "Server &URL"), self.server_url),
            ("email", translate("SignIn", "&E-mail"), self.email),
            ("password", translate("SignIn", "&Password"), self.password),
            ("remember", "", self.remember),
        )
        for key, title, widget in rows:
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            widget.setMinimumWidth(chars * 40)
            inner.addWidget(widget)
            error = FieldError(holder)
            error.setObjectName(f"signInError_{key}")
            inner.addWidget(error)
            self.errors[key] = error
            if title:
                label = QLabel(title)
                label.setBuddy(widget)
                form.addRow(label, holder)
            else:
                form.addRow("", holder)
        self.general = FieldError(self)
        self.general.setObjectName("signInError")
        box.addWidget(self.general)
        self.busy = QLabel(translate("SignIn", "Signing in…"))
        self.busy.setObjectName("signInBusy")
        self.busy.setVisible(False)
        box.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(translate("SignIn", "&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("signInButton")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        for widget in (self.server_url, self.email, self.password):
            widget.textEdited.connect(lambda _t, w=widget: self._edited(w))
        self.remember.toggled.connect(lambda _c: self.errors["remember"].set_error(None))
        (self.password if server_url and email else self.email if server_url else self.server_url).setFocus()
        self.setMinimumWidth(chars * 70)  # messages under the fields wrap at a readable width

    # -- input -------------------------------------------------------------------------------------------------

    def _edited(self, widget: QLineEdit) -> None:
        key = {self.server_url: "server_url", self.email: "email", self.password: "password"}[widget]
        self.errors[key].set_error(None)
        self.general.set_error(None)

    def show_error(self, exc: UserError) -> None:
        """Show ``exc`` next to its field (or under the form) and put the focus there."""
        key = field_of(exc)
        label = self.errors.get(key) if key is not None else None
        (label or self.general).set_error(message_of(exc))
        self._fit()
        widget = {"server_url": self.server_url, "email": self.email, "password": self.password}.get(key or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.selectAll()

    def _fit(self) -> None:
        """Grow (never shrink below what the user chose) so every shown message fits without clipping."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        hint = self.sizeHint()
        width = max(self.width(), hint.width())
        height = max(self.height(), layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else hint.height())
        self.resize(width, height)

    def _validate(self) -> dict[str, Any] | None:
        from workbench import validation

        for label in (*self.errors.values(), self.general):
            label.set_error(None)
        values: dict[str, Any] = {}
        problems: list[UserError] = []
        try:
            values["server_url"] = clean_server_url(self.server_url.text())
        except UserError as exc:
            problems.append(exc)
        try:
            values["email"] = validation.email(self.email.text(), "email", required=True)
        except UserError as exc:
            problems.append(exc)
        if not self.password.text():
            problems.append(UserError("required", field="password"))
        values["password"] = self.password.text()
        for problem in reversed(problems):  # the focus ends on the first problem
            self.show_error(problem)
        return None if problems else values

    # -- sign-in -----------------------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._handle is not None and not self._handle.done

    def submit(self) -> None:
        if self.is_busy:
            return
        values = self._validate()
        if values is None:
            return
        self._set_busy(True)
        self._handle = self.ctx.runner.submit(
            Lane.IO,
            sign_in,
            self.ctx.engine,
            self.keyring,
            values["server_url"],
            values["email"],
            values["password"],
            self.remember.isChecked(),
            socket.gethostname() or "workbench",
            on_success=self._done,
            on_error=self._failed,
            name="sign-in",
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        for widget in (self.server_url, self.email, self.password, self.remember):
            widget.setEnabled(not busy)

    def _done(self, result: SignInResult) -> None:
        self._handle = None
        self._set_busy(False)
        self.password.clear()
        self.result_value = result
        self.signed_in.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._handle = None
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError):
            self.show_error(exc)
            return
        self.ctx.runner.report_error(exc)  # a bug: the crash dialog with details

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        super().reject()
