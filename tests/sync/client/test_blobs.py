"""Attachment bytes over real HTTP: upload before the row's create, resume after a cut, download with a
hash check, and ops rejected for a missing blob queued again once it is up."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sync.client.auth import AuthSession
from sync.client.blobs import fetch_blob, upload_blob
from sync.client.errors import NetworkError
from sync.client.status import rejected_ops
from tests.sync.client.conftest import World
from tests.sync.client.helpers import Client
from workbench.records.commands import add_attachment, blob_path
from workbench.records.models import Attachment

NewClient = Callable[..., Client]


def test_attachment_round_trip_with_upload_and_download(new_client: NewClient, world: World, tmp_path: Path) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    blobs_pa = tmp_path / "pa-blobs"
    data = os.urandom(50_000)
    dto = add_attachment(pa.engine, pa.actor, "partners", world.partner_a, data, blobs_pa, file_name="booth.jpg")
    report = pa.sync(blob_dir=blobs_pa)
    assert report.blobs_uploaded == 1 and report.applied == 1 and pa.ops() == []

    cm = new_client("cm").login("cm")
    cm.sync(blob_dir=tmp_path / "cm-blobs")
    row = cm.get(Attachment, dto.id)
    assert row is not None and row.sha256 == dto.sha256
    path = fetch_blob(AuthSession(cm.engine, cm.transport, cm.store), tmp_path / "cm-blobs", dto.sha256)
    assert path.read_bytes() == data and path == blob_path(tmp_path / "cm-blobs", dto.sha256)


def test_cut_upload_resumes_with_only_the_missing_part(new_client: NewClient, world: World, tmp_path: Path) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    blobs = tmp_path / "blobs"
    data = os.urandom(40_000)
    dto = add_attachment(pa.engine, pa.actor, "partners", world.partner_a, data, blobs, file_name="big.bin")
    inner = pa.transport
    sent: list[int] = []

    class CutAfterTwoChunks:
        def request(self, method: str, path: str, **kwargs: Any) -> Any:
            response = inner.request(method, path, **kwargs)
            if method == "PUT":
                sent.append(len(kwargs.get("data") or b""))
                if len(sent) == 2:
                    raise NetworkError("ConnectionResetError")  # the server kept both chunks
            return response

    auth = AuthSession(pa.engine, CutAfterTwoChunks(), pa.store)
    with pytest.raises(NetworkError):
        upload_blob(auth, blobs, dto.sha256, chunk_bytes=8192)
    assert sum(sent) == 16384
    resumed = upload_blob(auth, blobs, dto.sha256, chunk_bytes=8192)
    assert resumed == len(data) - 16384  # only the missing part travelled
    assert pa.sync().applied == 1  # the row goes up now that its blob is there
    assert upload_blob(auth, blobs, dto.sha256) == 0  # the server has it, and the row that shows it to pa


def test_a_create_rejected_for_its_missing_blob_is_requeued_after_the_upload(
    new_client: NewClient, world: World, tmp_path: Path
) -> None:
    pa = new_client("pa").login("pa")
    pa.sync()
    blobs = tmp_path / "blobs"
    dto = add_attachment(pa.engine, pa.actor, "partners", world.partner_a, b"evidence", blobs, file_name="a.txt")
    pa.sync()  # without the blob directory: the row goes first and is refused
    [rejected] = rejected_ops(pa.engine)
    assert (rejected.reason, rejected.row_id) == ("missing_blobs", dto.id)
    report = pa.sync(blob_dir=blobs)
    assert (report.blobs_uploaded, report.requeued, report.applied) == (1, 1, 1)
    assert pa.ops() == [] and rejected_ops(pa.engine) == []
