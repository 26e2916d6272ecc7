"""Attachment bytes (protocol §7): content-addressed, resumable upload and download.

Blobs live under the workspace's `blobs/` as `aa/bb/<sha256>` (workbench.records.commands.blob_path).
`upload_blob` asks the server how much of the blob it holds and sends only the rest, in chunks; a cut
upload resumes from the server's `received`. `fetch_blob` downloads into a `.part` file, resumes with a
Range request and checks the SHA-256 before the file takes its final name.

`upload_pending_blobs` runs before a push: the blobs of attachment rows whose `create` is still unsent
are uploaded first (else the server answers `rejected: missing_blobs`), and ops already rejected for a
missing blob are queued again once their blob is up."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.client.auth import AuthSession
from sync.client.errors import AuthRequired, NetworkError, ServerError, SyncError
from sync.client.status import retry_rejected
from sync.client.transport import answer_json, error_code
from sync.protocol import BlobStatus
from workbench.db.outbox import OpKind, OpState, OutboxOp
from workbench.errors import Cancelled
from workbench.records.commands import blob_path
from workbench.records.models import Attachment

log = logging.getLogger("sync.client.blobs")

CHUNK_BYTES = 4 * 1024 * 1024  # under the server's 8 MiB chunk limit
ATTACHMENTS = "attachments"
MISSING_BLOBS = "missing_blobs"


class _Cancel(Protocol):
    @property
    def is_cancelled(self) -> bool: ...


BlobProgress = Callable[[int, int], None]  # (bytes done, total)


def _status(auth: AuthSession, sha256: str) -> BlobStatus:
    response = auth.request("GET", f"/sync/v1/blobs/{sha256}/status")
    try:
        return BlobStatus.model_validate(answer_json(response))
    except ValidationError as exc:
        raise ServerError("sync_bad_answer", status=response.status_code) from exc


def upload_blob(
    auth: AuthSession,
    blob_dir: Path,
    sha256: str,
    *,
    chunk_bytes: int = CHUNK_BYTES,
    progress: BlobProgress | None = None,
    cancel: _Cancel | None = None,
) -> int:
    """Make sure the server holds the blob; returns the bytes sent (0 when it had it already)."""
    path = blob_path(blob_dir, sha256)
    size = path.stat().st_size
    state = _status(auth, sha256)
    offset = state.received
    sent = 0
    with path.open("rb") as fh:
        while not state.complete:
            if cancel is not None and cancel.is_cancelled:
                raise Cancelled()
            fh.seek(offset)
            data = fh.read(chunk_bytes)
            response = auth.request(
                "PUT",
                f"/sync/v1/blobs/{sha256}",
                params={"offset": offset, "size": size},
                data=data,
                headers={"Content-Type": "application/octet-stream"},
            )
            if response.status_code == 409 and error_code(response) == "offset_mismatch":
                offset = int(response.json().get("expected", 0))
                continue
            try:
                state = BlobStatus.model_validate(answer_json(response))
            except ValidationError as exc:
                raise ServerError("sync_bad_answer", status=response.status_code) from exc
            sent += len(data)
            offset = state.received
            if progress is not None:
                progress(offset, size)
            if not data and not state.complete:
                raise SyncError("sync_blob_incomplete", sha256=sha256)
    return sent


def fetch_blob(auth: AuthSession, blob_dir: Path, sha256: str) -> Path:
    """The local file of a blob, downloading (and resuming) it when it is missing."""
    final = blob_path(blob_dir, sha256)
    if final.exists():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    part = final.with_name(final.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else None
    response: Any = auth.request("GET", f"/sync/v1/blobs/{sha256}", headers=headers)
    if response.status_code == 416:  # the part file already holds everything
        response = None
    elif response.status_code not in (200, 206):
        answer_json(response)  # raises the matching SyncError
    if response is not None:
        content: bytes = response.content
        with part.open("ab" if response.status_code == 206 else "wb") as fh:
            fh.write(content)
    digest = hashlib.sha256()
    with part.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != sha256:
        part.unlink(missing_ok=True)
        raise SyncError("sync_blob_hash_mismatch", sha256=sha256)
    os.replace(part, final)
    return final


def upload_pending_blobs(
    engine: Engine, auth: AuthSession, blob_dir: Path, *, cancel: _Cancel | None = None
) -> tuple[int, int]:
    """Upload the blobs unsent attachment rows need; requeue ops rejected for a missing blob.
    Returns (blobs uploaded, ops requeued)."""
    with Session(engine) as session:
        ops = session.execute(
            select(OutboxOp.op_id, OutboxOp.row_id, OutboxOp.state, OutboxOp.result_code).where(
                OutboxOp.entity == ATTACHMENTS,
                OutboxOp.kind == OpKind.CREATE,
                OutboxOp.state.in_((OpState.PENDING, OpState.IN_FLIGHT, OpState.REJECTED)),
            )
        ).all()
        wanted = [(op_id, row_id, state, code) for op_id, row_id, state, code in ops]
        hashes = {
            a.id: a.sha256 for a in session.scalars(select(Attachment).where(Attachment.id.in_([w[1] for w in wanted])))
        }
    uploaded = requeued = 0
    done: set[str] = set()
    for op_id, row_id, state, code in wanted:
        if state == OpState.REJECTED and code != MISSING_BLOBS:
            continue
        sha = hashes.get(row_id)
        if sha is None or not blob_path(blob_dir, sha).exists():
            continue
        if sha not in done:
            try:
                if upload_blob(auth, blob_dir, sha, cancel=cancel):
                    uploaded += 1
            except (NetworkError, AuthRequired):
                raise
            except SyncError as exc:  # e.g. blobs disabled on the server: the row waits, the rest syncs
                log.warning("blob upload failed", extra={"sha256": sha, "code": exc.code})
                continue
            done.add(sha)
        if state == OpState.REJECTED:
            retry_rejected(engine, op_id)
            requeued += 1
    return uploaded, requeued
