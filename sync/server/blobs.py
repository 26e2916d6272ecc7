"""Content-addressed attachment blobs: resumable chunked upload, verified download.

Layout under `settings.blob_dir`: a verified blob lives at `ab/cd/<sha256>` (the same layout as the
workspace's `blobs/`, workbench.records.commands.blob_path); an upload in progress at
`.partial/<user id>/<sha256>`, so one user's partial upload is neither visible to nor disturbed by another.
A user whose own upload of a blob was verified gets an empty marker `.verified/<user id>/<sha256>`.

* status: `complete` only when the server holds the blob AND the caller may see an attachments row that
  references it, or the caller uploaded all of its bytes itself (the marker: they proved they hold the
  content, so nothing leaks; an uploader whose last chunk's answer was lost learns "complete" instead of
  sending everything again); otherwise the bytes of the caller's own partial upload. So nobody learns from
  the store whether someone else's file exists: a caller who may not see it simply uploads it (the bytes
  are then verified and dropped as a duplicate).
* chunk: `offset` must equal the bytes received so far (else 409 `offset_mismatch`, `expected` = the
  right offset), the declared total `size` must not exceed `max_blob_bytes` (413 `blob_too_large`),
  and a chunk may not run past `size`. When the last byte arrives the SHA-256 is checked: a mismatch
  discards the partial data (422 `hash_mismatch`); a match moves the file into place atomically.
* download: only when the caller may see a live attachments row referencing the blob; 404 otherwise,
  whether the blob exists or not. Range requests are honoured (resumable download).
* push: creating an attachments row whose blob the server lacks is `rejected: missing_blobs`
  (`blob_missing` below); the client uploads it and pushes the op again under a new op."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.protocol import BlobStatus
from sync.server.auth import Principal
from sync.server.scopes import visible
from sync.server.settings import ServerSettings
from workbench.records.commands import blob_path
from workbench.records.models import Attachment

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_READ = 1024 * 1024


class BlobError(Exception):
    def __init__(self, status: int, code: str, **extra: Any) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.extra = extra


@dataclass(frozen=True)
class Store:
    root: Path
    max_bytes: int

    def final(self, sha256: str) -> Path:
        return blob_path(self.root, sha256)

    def partial(self, user_id: str, sha256: str) -> Path:
        return self.root / ".partial" / _safe_user(user_id) / sha256

    def verified(self, user_id: str, sha256: str) -> Path:
        """Marker: this user uploaded every byte of the blob and the server verified them."""
        return self.root / ".verified" / _safe_user(user_id) / sha256


def _safe_user(user_id: str) -> str:
    return hashlib.sha256(user_id.encode("utf-8")).hexdigest()[:32]


def store(settings: ServerSettings) -> Store:
    if settings.blob_dir is None:
        raise BlobError(503, "blobs_unavailable")
    return Store(Path(settings.blob_dir), settings.max_blob_bytes)


def check_sha(sha256: str) -> str:
    if not SHA256_RE.fullmatch(sha256):
        raise BlobError(400, "invalid_sha256")
    return sha256


def may_read(engine: Engine, principal: Principal, sha256: str) -> bool:
    """May the caller see a live attachments row referencing this blob?"""
    with Session(engine) as session:
        found = session.execute(
            select(Attachment.id)
            .where(Attachment.sha256 == sha256, Attachment.deleted_at.is_(None), visible(Attachment, principal))
            .limit(1)
        ).first()
    return found is not None


def status(engine: Engine, settings: ServerSettings, principal: Principal, sha256: str) -> BlobStatus:
    s = store(settings)
    check_sha(sha256)
    final = s.final(sha256)
    if final.exists() and (s.verified(principal.user_id, sha256).exists() or may_read(engine, principal, sha256)):
        size = final.stat().st_size
        return BlobStatus(sha256=sha256, complete=True, received=size, size=size, max_bytes=s.max_bytes)
    partial = s.partial(principal.user_id, sha256)
    received = partial.stat().st_size if partial.exists() else 0
    return BlobStatus(sha256=sha256, complete=False, received=received, max_bytes=s.max_bytes)


def put_chunk(
    settings: ServerSettings, principal: Principal, sha256: str, offset: int, size: int, data: bytes
) -> BlobStatus:
    s = store(settings)
    check_sha(sha256)
    if size < 1 or size > s.max_bytes:
        raise BlobError(413, "blob_too_large", limit=s.max_bytes)
    partial = s.partial(principal.user_id, sha256)
    partial.parent.mkdir(parents=True, exist_ok=True)
    received = partial.stat().st_size if partial.exists() else 0
    if offset != received:
        raise BlobError(409, "offset_mismatch", expected=received)
    if offset + len(data) > size:
        raise BlobError(400, "chunk_past_size")
    if data:
        with partial.open("ab") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        received += len(data)
    if received < size:
        return BlobStatus(sha256=sha256, complete=False, received=received, size=size, max_bytes=s.max_bytes)
    digest = hashlib.sha256()
    with partial.open("rb") as fh:
        while chunk := fh.read(_READ):
            digest.update(chunk)
    if digest.hexdigest() != sha256:
        partial.unlink(missing_ok=True)
        raise BlobError(422, "hash_mismatch")
    final = s.final(sha256)
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        partial.unlink(missing_ok=True)  # someone stored the same content before: keep theirs
    else:
        os.replace(partial, final)
    marker = s.verified(principal.user_id, sha256)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    return BlobStatus(sha256=sha256, complete=True, received=size, size=size, max_bytes=s.max_bytes)


def download_path(engine: Engine, settings: ServerSettings, principal: Principal, sha256: str) -> Path:
    s = store(settings)
    check_sha(sha256)
    final = s.final(sha256)
    if not final.exists() or not may_read(engine, principal, sha256):
        raise BlobError(404, "not_found")
    return final


def blob_missing(settings: ServerSettings, sha256: object, size: object) -> bool:
    """For push: True when an attachments row would reference a blob the server does not hold (or one
    whose size differs from the row's)."""
    if settings.blob_dir is None or not isinstance(sha256, str) or not SHA256_RE.fullmatch(sha256):
        return True
    final = blob_path(Path(settings.blob_dir), sha256)
    if not final.exists():
        return True
    return isinstance(size, int) and final.stat().st_size != size
