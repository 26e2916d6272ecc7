"""One JSON log line per request with method, path, status, duration and user id; no secrets."""

from __future__ import annotations

import io
import json
import logging

from fastapi.testclient import TestClient

from sync.server.logs import JsonFormatter
from tests.sync.server.conftest import World
from tests.sync.server.helpers import PASSWORD, sign_in


def test_one_json_line_per_request_without_secrets(client: TestClient, world: World) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("sync.server")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        pa = sign_in(client, "pa")
        pa.get("/sync/v1/pull", cursor=0)
        client.get("/sync/v1/pull", headers={"Authorization": "Bearer forged.token"})
        logger.info("probe", extra={"refresh_token": "r-secret", "password": "p-secret", "detail": "fine"})
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    text = stream.getvalue()
    lines = [json.loads(line) for line in text.splitlines()]
    requests = [line for line in lines if line["msg"] == "request"]
    assert len(requests) == 3
    login, pull, forged = requests
    assert (login["method"], login["path"], login["status"], login["user_id"]) == (
        "POST",
        "/sync/v1/auth/login",
        200,
        None,
    )
    assert (pull["path"], pull["status"], pull["user_id"]) == ("/sync/v1/pull", 200, pa.user_id)
    assert "cursor" not in pull["path"]
    assert forged["status"] == 401 and forged["user_id"] is None
    assert all(isinstance(r["duration_ms"], float | int) for r in requests)
    probe = next(line for line in lines if line["msg"] == "probe")
    assert probe["detail"] == "fine" and "refresh_token" not in probe and "password" not in probe
    for secret in (PASSWORD, pa.access, pa.refresh, "r-secret", "p-secret", "forged.token"):
        assert secret not in text
