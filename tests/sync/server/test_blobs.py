"""Content-addressed blobs: resumable chunked upload, hash and size checks, access-checked download,
and push answering missing_blobs for an attachment whose blob the server lacks."""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi.testclient import TestClient

from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, push, sign_in
from workbench.ids import new_id

DATA = bytes(range(256)) * 1200  # 307,200 bytes: two chunks under the 256 KiB test chunk limit
SHA = hashlib.sha256(DATA).hexdigest()


def _put(dev: Device, sha: str, offset: int, size: int, data: bytes) -> Any:
    return dev.client.put(
        f"/sync/v1/blobs/{sha}",
        params={"offset": offset, "size": size},
        content=data,
        headers={**dev.headers, "content-type": "application/octet-stream"},
    )


def _status(dev: Device, sha: str) -> dict[str, Any]:
    r = dev.get(f"/sync/v1/blobs/{sha}/status")
    assert r.status_code == 200, r.text
    return dict(r.json())


def _upload(dev: Device, data: bytes, chunk: int = 200_000) -> dict[str, Any]:
    sha = hashlib.sha256(data).hexdigest()
    offset = _status(dev, sha)["received"]
    body: dict[str, Any] = {}
    while offset < len(data):
        r = _put(dev, sha, offset, len(data), data[offset : offset + chunk])
        assert r.status_code == 200, r.text
        body = r.json()
        offset = body["received"]
    return body


def _attachment(dev: Device, world: World, sha: str = SHA, size: int = len(DATA)) -> dict[str, Any]:
    fields = {
        "owner_entity": "partners",
        "owner_id": world.partner_a,
        "file_name": "booth.jpg",
        "mime_type": "image/jpeg",
        "size_bytes": size,
        "sha256": sha,
        "evidence_kind": "photo",
    }
    return op(dev, "attachments", new_id(), "create", fields)


def test_resumable_upload_then_attachment_then_download(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    assert _status(pa, SHA) == {"sha256": SHA, "complete": False, "received": 0, "size": None, "max_bytes": 1_000_000}

    # a push referencing the blob before it is uploaded is refused, for good, with missing_blobs
    [res] = push(pa, _attachment(pa, world)).json()["results"]
    assert (res["result"], res["reason"], res["field"]) == ("rejected", "missing_blobs", "sha256")

    # first half, then the upload is "cut": the status tells where to resume
    r = _put(pa, SHA, 0, len(DATA), DATA[:150_000])
    assert r.status_code == 200 and r.json()["received"] == 150_000 and not r.json()["complete"]
    assert _status(pa, SHA)["received"] == 150_000
    # a chunk at the wrong offset is refused with the right one
    r = _put(pa, SHA, 0, len(DATA), DATA[:10])
    assert r.status_code == 409 and r.json() == {"error": "offset_mismatch", "expected": 150_000}
    done = _upload(pa, DATA)
    assert done["complete"] and done["received"] == len(DATA)

    [res] = push(pa, _attachment(pa, world)).json()["results"]
    assert res["result"] == "applied", res
    assert _status(pa, SHA)["complete"] is True
    r = pa.get(f"/sync/v1/blobs/{SHA}")
    assert r.status_code == 200 and r.content == DATA
    r = pa.client.get(f"/sync/v1/blobs/{SHA}", headers={**pa.headers, "Range": "bytes=100-199"})
    assert r.status_code == 206 and r.content == DATA[100:200]


def test_another_partner_cannot_download_or_learn_of_a_blob(client: TestClient, world: World) -> None:
    pa, pb = sign_in(client, "pa"), sign_in(client, "pb")
    _upload(pa, DATA)
    assert push(pa, _attachment(pa, world)).json()["results"][0]["result"] == "applied"
    assert pb.get(f"/sync/v1/blobs/{SHA}").status_code == 404
    unknown = hashlib.sha256(b"nothing").hexdigest()
    assert pb.get(f"/sync/v1/blobs/{unknown}").json() == pb.get(f"/sync/v1/blobs/{SHA}").json()
    assert _status(pb, SHA) == {"sha256": SHA, "complete": False, "received": 0, "size": None, "max_bytes": 1_000_000}
    # pb may upload the same content itself (it has the bytes): verified, deduplicated
    assert _upload(pb, DATA)["complete"] is True
    assert pb.get(f"/sync/v1/blobs/{SHA}").status_code == 404  # still no attachment pb may see


def test_the_uploader_learns_complete_before_its_attachment_row_exists(client: TestClient, world: World) -> None:
    """A verified upload is `complete` for the user who sent every byte (a lost last answer is not sent
    again), while another user still learns nothing about it."""
    pa, pa2, pb = sign_in(client, "pa"), sign_in(client, "pa"), sign_in(client, "pb")
    _upload(pa, DATA)
    size = len(DATA)
    done = {"sha256": SHA, "complete": True, "received": size, "size": size, "max_bytes": 1_000_000}
    assert _status(pa, SHA) == done
    assert _status(pa2, SHA) == done  # the same user on another device
    assert _status(pb, SHA) == {"sha256": SHA, "complete": False, "received": 0, "size": None, "max_bytes": 1_000_000}
    assert pa.get(f"/sync/v1/blobs/{SHA}").status_code == 404  # still no attachments row: no download
    assert pb.get(f"/sync/v1/blobs/{SHA}").status_code == 404


def test_partial_uploads_are_per_user(client: TestClient, world: World) -> None:
    pa, pb = sign_in(client, "pa"), sign_in(client, "pb")
    assert _put(pa, SHA, 0, len(DATA), DATA[:1000]).status_code == 200
    assert _status(pb, SHA)["received"] == 0
    assert _status(pa, SHA)["received"] == 1000


def test_hash_mismatch_discards_the_partial_data(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    wrong = hashlib.sha256(b"other").hexdigest()
    r = _put(pa, wrong, 0, 5000, b"x" * 5000)
    assert r.status_code == 422 and r.json() == {"error": "hash_mismatch"}
    assert _status(pa, wrong)["received"] == 0


def test_size_limits(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    r = _put(pa, SHA, 0, 1_000_001, b"x")
    assert r.status_code == 413 and r.json() == {"error": "blob_too_large", "limit": 1_000_000}
    r = _put(pa, SHA, 0, 900_000, b"x" * (256 * 1024 + 1))  # one chunk over the chunk limit
    assert r.status_code == 413 and r.json()["error"] == "body_too_large"
    r = _put(pa, SHA, 0, 10, b"x" * 11)
    assert r.status_code == 400 and r.json() == {"error": "chunk_past_size"}
    assert pa.get("/sync/v1/blobs/NOT-A-SHA/status").status_code == 422


def test_attachment_with_a_wrong_size_is_refused(client: TestClient, world: World) -> None:
    pa = sign_in(client, "pa")
    _upload(pa, DATA)
    [res] = push(pa, _attachment(pa, world, size=len(DATA) - 1)).json()["results"]
    assert (res["result"], res["reason"]) == ("rejected", "missing_blobs")


def test_blobs_need_a_token(client: TestClient, world: World) -> None:
    assert client.get(f"/sync/v1/blobs/{SHA}").status_code == 401
    assert client.put(f"/sync/v1/blobs/{SHA}", params={"offset": 0, "size": 1}, content=b"x").status_code == 401
