"""Enrolling the laptop's signing key with the server's CA over real HTTP (uvicorn): the key and CSR are made
here and only the CSR travels; the answer is checked (certificate for this key, issued by the returned CA,
fit for signing) before anything is stored; the identity is stored as an encrypted PKCS#12 with only its
passphrase in the secret store; and the `signing-key enrol|import|show` command."""

from __future__ import annotations

import argparse
import io
import json
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from sync.client.auth import AuthSession
from sync.client.enrol import ENROL_PATH, enrol_signing_key, ensure_signing_key
from sync.client.errors import AuthRequired, SyncError
from sync.client.signing_key_cli import EXIT_OK, EXIT_USER, add_signing_key_arguments, signing_key_command
from sync.client.transport import Response
from tests.sync.client.conftest import World, both_databases
from tests.sync.client.helpers import EMAILS, PASSWORD, Client, FakeResponse, LiveServer, Rewrite
from workbench.documents import keys
from workbench.documents.keys import IDENTITY_FILE, PKCS12_SECRET_NAME, load_certificates, load_stored_identity
from workbench.errors import UserError
from workbench.security.secrets import MemorySecretStore

NewClient = Callable[..., Client]


def _now() -> datetime:
    return datetime.now(UTC)


class Recording:
    """Passes requests on and keeps every JSON body sent."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.bodies: list[tuple[str, Any]] = []

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        self.bodies.append((path, kwargs.get("json")))
        return self.inner.request(method, path, **kwargs)  # type: ignore[no-any-return]


@both_databases
def test_enrolment_keeps_the_key_here_and_stores_an_encrypted_pkcs12(
    new_client: NewClient, world: World, tmp_path: Path, live: LiveServer
) -> None:
    pa = new_client("pa").login("pa")
    recording = Recording(pa.transport)
    target = tmp_path / "ws" / IDENTITY_FILE
    identity = enrol_signing_key(AuthSession(pa.engine, recording, pa.store), target, pa.store, now=_now())

    # Only the CSR went to the server, and it is for the stored key.
    [(path, body)] = [(p, b) for p, b in recording.bodies if p == ENROL_PATH]
    assert set(body) == {"csr"}
    csr = keys.load_csr(body["csr"].encode())
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    assert csr.public_key().public_bytes(der, spki) == identity.key.public_key().public_bytes(der, spki)

    # The certificate is the signed-in user's, issued by the server's CA.
    ca = load_certificates(pa.transport.request("GET", "/sync/v1/certificates/ca").content)
    assert list(identity.chain) == ca
    assert keys.verify_issued_by(identity.certificate, ca[0])
    assert EMAILS["pa"] in identity.certificate.subject.rfc4514_string()
    assert keys.certificate_problems(identity.certificate) == ()

    # Stored encrypted (0600); only the passphrase is in the secret store; it loads back.
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    key_der = identity.key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    assert key_der not in raw
    with pytest.raises(UserError) as info:
        keys.load_pkcs12(raw, b"wrong")
    assert info.value.code == "pkcs12_unreadable"
    passphrase = pa.store.get(PKCS12_SECRET_NAME)
    assert passphrase and passphrase.encode() not in raw
    loaded = load_stored_identity(target, pa.store)
    assert loaded.certificate == identity.certificate and list(loaded.chain) == ca


def _swap(field: str, value: Any) -> Callable[[str, str, Response], Response]:
    def hook(method: str, path: str, response: Response) -> Response:
        if method == "POST" and path == ENROL_PATH and response.status_code == 200:
            body = dict(response.json())
            body[field] = value
            return FakeResponse(200, body)
        return response

    return hook


def test_an_answer_that_does_not_fit_stores_nothing(
    new_client: NewClient, world: World, tmp_path: Path, live: LiveServer
) -> None:
    other_ca = keys.create_ca("Somebody else's CA")
    stranger = keys.issue_identity(other_ca, "Stranger")
    target = tmp_path / "ws" / IDENTITY_FILE
    cases = {
        "enrolment_key_mismatch": _swap("certificate", keys.cert_pem(stranger.certificate).decode()),
        "enrolment_chain_invalid": _swap("chain", [keys.cert_pem(other_ca.certificate).decode()]),
        "sync_bad_answer": _swap("certificate", "not a certificate"),
    }
    for code, hook in cases.items():
        pa = new_client(f"pa-{code}").login("pa")
        session = AuthSession(pa.engine, Rewrite(pa.transport, hook), pa.store)
        with pytest.raises(UserError) as info:
            enrol_signing_key(session, target, pa.store, now=_now())
        assert info.value.code == code
        assert not target.exists() and pa.store.get(PKCS12_SECRET_NAME) is None
    # An unfit certificate (the laptop's clock is far ahead): refused as well.
    pa = new_client("pa-late").login("pa")
    with pytest.raises(UserError) as info:
        enrol_signing_key(
            AuthSession(pa.engine, pa.transport, pa.store), target, pa.store, now=datetime(2099, 1, 1, tzinfo=UTC)
        )
    assert info.value.code == "enrolment_certificate_unfit"
    assert info.value.params["problems"] == ["certificate_expired"]
    assert not target.exists()


def test_not_signed_in_and_refused_requests(new_client: NewClient, world: World, tmp_path: Path) -> None:
    fresh = new_client("fresh")
    with pytest.raises(AuthRequired):
        enrol_signing_key(
            AuthSession(fresh.engine, fresh.transport, fresh.store), tmp_path / "x.p12", fresh.store, now=_now()
        )

    def refuse(method: str, path: str, response: Response) -> Response:
        return FakeResponse(400, {"error": "invalid_csr"}) if path == ENROL_PATH else response

    pa = new_client("pa").login("pa")
    with pytest.raises(SyncError) as info:
        enrol_signing_key(
            AuthSession(pa.engine, Rewrite(pa.transport, refuse), pa.store), tmp_path / "x.p12", pa.store, now=_now()
        )
    assert (info.value.code, info.value.params["error"]) == ("sync_request_refused", "invalid_csr")
    assert not (tmp_path / "x.p12").exists()


# --- the command ----------------------------------------------------------------------------------


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_signing_key_arguments(parser)
    return parser.parse_args(list(argv))


def _run(store: MemorySecretStore, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = signing_key_command(_args(*argv), store=store, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_signing_key_command(tmp_path: Path, world: World, live: LiveServer) -> None:
    store = MemorySecretStore()
    ws = str(tmp_path / "ws")
    code, _out, err = _run(store, "show", "--workspace", ws)
    assert code == EXIT_USER and "signing_identity_missing" in err
    code, _out, err = _run(store, "enrol", "--workspace", ws, "--server", live.url)
    assert code == EXIT_USER and "sign_in_required" in err

    code, out, err = _run(
        store, "enrol", "--workspace", ws, "--server", live.url, "--email", EMAILS["cm"], "--password-stdin",
        "--key-type", "ec", "--json", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == EXIT_OK, err
    answer = json.loads(out)
    assert answer["ok"] and answer["action"] == "enrolled"
    cert = answer["certificate"]
    assert cert["email"] == EMAILS["cm"] and cert["issuer"].endswith("Partner Workbench Enrolment CA")
    assert cert["key_usages"] == ["digitalSignature", "nonRepudiation"] and cert["problems"] == []

    code, out, _err = _run(store, "show", "--workspace", ws)  # text form
    assert code == EXIT_OK and "key usages: digitalSignature, nonRepudiation" in out and EMAILS["cm"] in out
    # Signed in now: enrolling again needs no password (the server URL is the workspace's).
    code, out, err = _run(store, "enrol", "--workspace", ws, "--json")
    assert code == EXIT_OK, err
    assert json.loads(out)["certificate"]["serial"] != cert["serial"]
    assert "Traceback" not in out + err


def test_signing_key_import(tmp_path: Path) -> None:
    store = MemorySecretStore()
    ws = str(tmp_path / "ws")
    ca = keys.create_ca("Company CA")
    good = keys.issue_identity(ca, "Jörg Müller", email="joerg@example.com")
    p12 = tmp_path / "joerg.p12"
    p12.write_bytes(keys.export_pkcs12(good, b"s3cret"))

    code, _out, err = _run(store, "import", str(p12), "--workspace", ws, "--passphrase-stdin", stdin="wrong\n")
    assert code == EXIT_USER and "pkcs12_unreadable" in err
    assert not (tmp_path / "ws" / IDENTITY_FILE).exists()
    code, _out, err = _run(store, "import", str(tmp_path / "missing.p12"), "--workspace", ws, "--passphrase-stdin")
    assert code == EXIT_USER and "file_not_found" in err

    # A certificate without nonRepudiation is refused; nothing is stored.
    key, csr = keys.generate_key_and_csr("No NR")
    unfit = keys.Identity(key, keys.issue_certificate(ca, csr, key_usage_non_repudiation=False), (ca.certificate,))
    bad = tmp_path / "unfit.p12"
    bad.write_bytes(keys.export_pkcs12(unfit, b"pw"))
    code, out, _err = _run(store, "import", str(bad), "--workspace", ws, "--passphrase-stdin", "--json", stdin="pw\n")
    assert code == EXIT_USER
    assert json.loads(out) == {
        "ok": False,
        "error": "signing_certificate_unfit",
        "params": {"field": "certificate", "problems": ["key_usage_non_repudiation_missing"]},
    }
    assert not (tmp_path / "ws" / IDENTITY_FILE).exists()

    code, out, err = _run(store, "import", str(p12), "--workspace", ws, "--passphrase-stdin", stdin="s3cret\n")
    assert code == EXIT_OK, err
    assert "signing key imported" in out and "Jörg Müller" in out
    stored = (tmp_path / "ws" / IDENTITY_FILE).read_bytes()
    assert stored != p12.read_bytes()  # re-encrypted under a new passphrase
    with pytest.raises(UserError):
        keys.load_pkcs12(stored, b"s3cret")
    assert load_stored_identity(tmp_path / "ws" / IDENTITY_FILE, store).certificate == good.certificate


# --- enrol when needed (the --demo start) -----------------------------------------------------------


def test_demo_start_enrols_once_and_again_when_the_server_ca_changed(
    new_client: NewClient, world: World, tmp_path: Path, live: LiveServer
) -> None:
    from ui.demo_server import ensure_demo_signing_key

    cm = new_client("cm").login("cm")
    root = tmp_path / "demo-ws"
    assert ensure_demo_signing_key(cm.engine, cm.store, live.url, root) is True
    first = load_stored_identity(root / IDENTITY_FILE, cm.store)
    assert EMAILS["cm"] in first.certificate.subject.rfc4514_string()
    assert ensure_demo_signing_key(cm.engine, cm.store, live.url, root) is False  # fit and from this CA: kept
    assert load_stored_identity(root / IDENTITY_FILE, cm.store).certificate == first.certificate

    # The server's CA was re-created (e.g. a new demo server): the old certificate is useless there.
    other_ca = keys.create_ca("Another CA")

    def new_ca(method: str, path: str, response: Response) -> Response:
        if path == "/sync/v1/certificates/ca":
            return FakeResponseWithContent(200, None, content=keys.cert_pem(other_ca.certificate))
        return response

    session = AuthSession(cm.engine, Rewrite(cm.transport, new_ca), cm.store)
    renewed = ensure_signing_key(session, root / IDENTITY_FILE, cm.store, now=_now())
    assert renewed is not None and renewed.certificate != first.certificate
    # Unreachable server: logged, no exception, the stored key stays.
    assert ensure_demo_signing_key(cm.engine, cm.store, "http://127.0.0.1:9", tmp_path / "elsewhere") is False
    assert not (tmp_path / "elsewhere" / IDENTITY_FILE).exists()


class FakeResponseWithContent(FakeResponse):
    def __init__(self, status_code: int, body: Any, *, content: bytes) -> None:
        super().__init__(status_code, body)
        self.content = content


# --- end to end: a default `main.py serve` and the CLI as processes ---------------------------------


def test_default_server_enrols_and_trusts_its_own_certificates(tmp_path: Path) -> None:
    """`main.py serve` with no trust configuration creates its CA beside the database (key 0600); the CLI
    enrols a key with it; a proof signed with that key passes the server's verification, one signed under
    another CA does not."""
    import os
    import subprocess
    import sys
    import time

    import requests  # type: ignore[import-untyped]

    from sync.server.cli import settings_for
    from sync.server.documents import check_proof, policy_from_settings
    from tests.workbench.documents.helpers import make_pki, sample_dto
    from ui.demo_server import free_port
    from workbench.documents.proof import render_proof_pdf
    from workbench.documents.signing import sign_partner
    from workbench.documents.types import Lang

    main_py = str(Path(__file__).resolve().parents[3] / "main.py")
    env = {**os.environ, "WORKBENCH_PASSPHRASE": "workspace-pass-123", "WORKBENCH_PROOF_TRUST_ROOTS": ""}
    env.pop("WORKBENCH_CA_DIR", None)
    db = f"sqlite:///{tmp_path / 'server.db'}"
    created = subprocess.run(
        [sys.executable, main_py, "server-admin", "--db", db, "create-user", "--email", "cm@e.test",
         "--role", "channel_manager"],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr[-500:]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, main_py, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, "server exited"
            try:
                if requests.get(url + "/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        enrolled = subprocess.run(
            [sys.executable, main_py, "--log-level", "WARNING", "--demo", "signing-key", "enrol",
             "--workspace", str(tmp_path / "ws"), "--server", url, "--email", "cm@e.test", "--password-stdin",
             "--json"],
            input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        assert enrolled.returncode == 0, enrolled.stderr[-500:]
        answer = json.loads(enrolled.stdout.strip().splitlines()[-1])
        assert answer["certificate"]["subject"] == "emailAddress=cm@e.test,CN=cm@e.test"
    finally:
        server.terminate()
        server.wait(10)
    ca_file = tmp_path / "ca" / "ca.pem"
    assert stat.S_IMODE(ca_file.stat().st_mode) == 0o600

    from workbench.security.secrets import FileSecretStore

    identity = load_stored_identity(
        tmp_path / "ws" / IDENTITY_FILE, FileSecretStore(tmp_path / "ws" / "demo-secrets.json")
    )
    pdf = render_proof_pdf(sample_dto(tmp_path / "blobs-proof", Lang.EN))
    policy = policy_from_settings(settings_for(db, None))  # what that server loads: its CA and nothing else
    assert len(policy.trust_roots) == 1
    assert check_proof(policy, sign_partner(pdf, identity).data).ok
    with pytest.raises(UserError) as info:
        check_proof(policy, sign_partner(pdf, make_pki().partner).data)
    assert info.value.code == "proof_invalid"
