from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync.server.app import create_app
from tests.sync.server.conftest import World
from tests.sync.server.helpers import EMAILS, PASSWORD, op, push, sign_in
from workbench.ids import new_id


def _no_trace(r: Any) -> None:
    assert r.headers["content-type"].startswith("application/json")
    text = r.text
    assert "Traceback" not in text
    assert 'File "' not in text
    assert "sqlalchemy" not in text.lower()


def test_oversized_body_is_413_with_a_json_error(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    big = {"device_id": admin.device_id, "ops": [op(admin, "products", new_id(), "create", {"name": "x" * 1_100_000})]}
    r = admin.post("/sync/v1/push", big)
    assert r.status_code == 413
    assert r.json() == {"error": "body_too_large", "limit": 1_048_576}
    _no_trace(r)


def test_oversized_chunked_body_is_413(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"x" * 32_768

    r = client.post("/sync/v1/push", content=chunks(), headers={**admin.headers, "content-type": "application/json"})
    assert r.status_code == 413
    _no_trace(r)


def test_malformed_bodies_are_4xx_without_a_traceback(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    good = op(admin, "products", new_id(), "create", {})
    bodies: list[bytes] = [
        b"{not json",
        b"",
        b"[]",
        b"\xff\xfe",
        json.dumps({"device_id": admin.device_id, "ops": []}).encode(),  # no ops
        json.dumps({"device_id": admin.device_id, "ops": [good], "extra": 1}).encode(),
        json.dumps({"device_id": admin.device_id, "ops": [{**good, "kind": "explode"}]}).encode(),
        json.dumps({"device_id": admin.device_id, "ops": [{**good, "client_seq": "1; drop"}]}).encode(),
        json.dumps({"device_id": admin.device_id, "ops": [{**good, "entity": "x" * 65}]}).encode(),
        json.dumps({"device_id": admin.device_id, "ops": [{**good, "kind": "command"}]}).encode(),
        json.dumps({"device_id": admin.device_id, "ops": [good, good]}).encode(),
        json.dumps(
            {"device_id": admin.device_id, "ops": [{**good, "client_seq": i, "op_id": new_id()} for i in range(1, 502)]}
        ).encode(),
        json.dumps({"device_id": "../../etc", "ops": [good]}).encode(),
    ]
    for body in bodies:
        r = client.post("/sync/v1/push", content=body, headers={**admin.headers, "content-type": "application/json"})
        assert 400 <= r.status_code < 500, (body[:80], r.status_code, r.text)
        assert r.json()["error"] == "invalid_request"
        _no_trace(r)
    r = client.post("/sync/v1/auth/login", content=b'{"email": 5}', headers={"content-type": "application/json"})
    assert r.status_code == 422
    _no_trace(r)


def test_unknown_route_and_method_are_json(client: TestClient, world: World) -> None:
    r = client.get("/nope")
    assert (r.status_code, r.json()) == (404, {"error": "not_found"})
    r = client.get("/sync/v1/auth/login")
    assert (r.status_code, r.json()) == (405, {"error": "method_not_allowed"})


def test_rate_limit_answers_429(server_engine: Engine, settings: Any, world: World) -> None:
    from dataclasses import replace

    tight = replace(settings, login_rate_per_second=0.001, login_burst=2)
    with TestClient(create_app(server_engine, tight)) as c:
        body = {"email": EMAILS["pa"], "password": PASSWORD, "device_name": "d"}
        assert c.post("/sync/v1/auth/login", json=body).status_code == 200
        assert c.post("/sync/v1/auth/login", json=body).status_code == 200
        r = c.post("/sync/v1/auth/login", json=body)
        assert r.status_code == 429
        assert r.json() == {"error": "rate_limited"}
        assert int(r.headers["Retry-After"]) >= 1


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/health",
        "/sync/v1/hello",
        "/sync/v1/auth/login",
        "/sync/v1/auth/refresh",
        "/sync/v1/devices/{device_id}/revoke",
        "/sync/v1/push",
        "/sync/v1/pull",
    ):
        assert path in paths


def test_exhausted_connection_pool_answers_503_with_retry_after_and_writes_nothing(
    server_engine: Engine, settings: Any, world: World
) -> None:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from sync.client.errors import ServerError
    from sync.client.transport import answer_json
    from workbench.db.engine import server_engine as make_server_engine
    from workbench.programs.models import Product

    url = server_engine.url.render_as_string(hide_password=False)
    busy = make_server_engine(url, pool_size=1, pool_timeout=0.3)  # two connections (pool 1 + overflow 1)
    try:
        with TestClient(create_app(busy, settings)) as c:
            admin = sign_in(c, "admin")
            create = op(
                admin,
                "products",
                new_id(),
                "create",
                {"program_id": world.program_id, "sku": "BUSY-1", "name": "Gadget", "family": ""},
            )
            with busy.connect() as held_1, busy.connect() as held_2:  # every connection in use
                assert held_1 is not held_2
                r = push(admin, create)
            assert r.status_code == 503
            assert r.json() == {"error": "server_busy"}
            assert r.headers["Retry-After"] == "2"
            _no_trace(r)
            with pytest.raises(ServerError) as err:
                answer_json(r)
            assert (err.value.code, err.value.retry_after) == ("sync_server_busy", 2.0)
            with Session(server_engine) as s:
                assert s.execute(select(func.count()).select_from(Product).where(Product.sku == "BUSY-1")).scalar() == 0
            r = push(admin, create)  # the same op again once a connection is free
            assert r.status_code == 200, r.text
            assert r.json()["results"][0]["result"] == "applied"
    finally:
        busy.dispose()
