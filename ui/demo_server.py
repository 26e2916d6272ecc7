"""The local sync server of ``--demo``: a ``main.py serve`` subprocess on 127.0.0.1 with a free port, its
database (filled once with ``server-admin seed-demo``) inside the demo workspace.

``DemoServer.start()`` blocks (run it on the io lane): seed on first use, start, wait for ``/health``.
It raises :class:`DemoServerError` (a ``UserError`` with a code) when the server cannot start; the app
then falls back to a locally seeded, offline demo replica. ``stop()`` ends the subprocess (also at exit)."""

from __future__ import annotations

import atexit
import logging
import re
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import requests  # type: ignore[import-untyped]

from workbench.demo import CHANNEL_MANAGERS
from workbench.errors import UserError
from workbench.security.secrets import SecretStore

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo-password-1"
DEMO_DOMAIN = "demo.example.com"
MAIN_PY = Path(__file__).resolve().parent.parent / "main.py"
SEED_TIMEOUT_S = 600.0
START_TIMEOUT_S = 60.0


class DemoServerError(UserError):
    """The demo server could not be seeded or started. Codes: demo_server_seed_failed, demo_server_exited,
    demo_server_timeout."""


def default_demo_email() -> str:
    """The demo channel manager the workbench signs in as (the first one ``seed-demo`` creates)."""
    return f"{CHANNEL_MANAGERS[0].removeprefix('cm-')}@{DEMO_DOMAIN}"


def channel_manager_from_seed_output(output: str) -> str | None:
    """The first channel manager's e-mail in the ``seed-demo`` listing (None when there is none)."""
    match = re.search(r"^\s*channel_manager\s+(\S+@\S+)\s*$", output, re.MULTILINE)
    return match.group(1) if match else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DemoServer:
    """One local server process for a demo workspace (``<root>/server/server.db``)."""

    def __init__(
        self,
        root: Path,
        *,
        python: str = sys.executable,
        main_py: Path = MAIN_PY,
        port: int | None = None,
        password: str = DEMO_PASSWORD,
    ) -> None:
        self.dir = root / "server"
        self.db_path = self.dir / "server.db"
        self.db_url = f"sqlite:///{self.db_path}"
        self.python = python
        self.main_py = main_py
        self.port = port
        self.password = password
        self.email = default_demo_email()
        self.url = ""
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def _command(self, *args: str) -> list[str]:
        return [self.python, str(self.main_py), *args]

    def seed(self) -> None:
        """Fill a new server database with the demo data and the demo users (first use only)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        command = self._command("server-admin", "--db", self.db_url, "seed-demo", "--password", self.password)
        try:
            done = subprocess.run(
                command,
                cwd=self.main_py.parent,
                capture_output=True,
                timeout=SEED_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.db_path.unlink(missing_ok=True)
            raise DemoServerError("demo_server_seed_failed", detail=type(exc).__name__) from exc
        output = done.stdout.decode("utf-8", "replace")
        if done.returncode != 0:
            self.db_path.unlink(missing_ok=True)  # half-seeded: start over next time
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise DemoServerError("demo_server_seed_failed", detail=detail[0][:300])
        (self.dir / "seed-output.txt").write_text(output, "utf-8")
        log.info("demo server database seeded", extra={"path": str(self.db_path)})

    def start(self, timeout: float = START_TIMEOUT_S) -> str:
        """Seed (first use), start the server and wait until ``/health`` answers. Returns its base URL."""
        if not self.db_path.exists():
            self.seed()
        listing = self.dir / "seed-output.txt"
        if listing.exists():
            self.email = channel_manager_from_seed_output(listing.read_text("utf-8")) or self.email
        port = self.port or free_port()
        self.url = f"http://127.0.0.1:{port}"
        self._log = (self.dir / "server.log").open("ab")
        try:
            self.process = subprocess.Popen(
                self._command("serve", "--db", self.db_url, "--host", "127.0.0.1", "--port", str(port)),
                cwd=self.main_py.parent,
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
            )
        except OSError as exc:
            self._close_log()
            raise DemoServerError("demo_server_exited", detail=type(exc).__name__) from exc
        atexit.register(self.stop)
        deadline = time.monotonic() + timeout
        with requests.Session() as http:
            while True:
                code = self.process.poll()
                if code is not None:
                    self.stop()
                    raise DemoServerError("demo_server_exited", exit_code=code)
                try:
                    if http.get(self.url + "/health", timeout=1.0).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline:
                    self.stop()
                    raise DemoServerError("demo_server_timeout", seconds=timeout)
                time.sleep(0.1)
        log.info("demo server started", extra={"url": self.url, "pid": self.process.pid})
        return self.url

    def ensure_signing_key(self, engine: Any, store: SecretStore, workspace_root: Path) -> bool:
        """db lane, after the demo sign-in: see :func:`ensure_demo_signing_key`."""
        return ensure_demo_signing_key(engine, store, self.url, workspace_root)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """End the server process (terminate, then kill). Idempotent."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None


def ensure_demo_signing_key(engine: Any, store: SecretStore, server_url: str, workspace_root: Path) -> bool:
    """db lane, after the demo sign-in: enrol this demo workspace's signing key with the demo server's CA
    unless it already has a fit one from that CA, so signing and countersigning proofs work out of the box.
    A refusal (server unreachable, enrolment unavailable) is logged and leaves the demo running without a
    key (the claim screen then says that signing needs one). True when a key was enrolled now."""
    from sync.client.auth import AuthSession
    from sync.client.enrol import ensure_signing_key
    from sync.client.transport import RequestsTransport
    from workbench.documents.keys import IDENTITY_FILE

    transport = RequestsTransport(server_url)
    try:
        enrolled = ensure_signing_key(
            AuthSession(engine, transport, store), workspace_root / IDENTITY_FILE, store, now=datetime.now(UTC)
        )
    except UserError as exc:
        log.warning("demo signing key not enrolled", extra={"code": exc.code, "params": dict(exc.params)})
        return False
    finally:
        transport.close()
    if enrolled is not None:
        log.info("demo signing key enrolled", extra={"subject": enrolled.certificate.subject.rfc4514_string()})
    return enrolled is not None
