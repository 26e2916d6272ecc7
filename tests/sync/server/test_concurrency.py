from __future__ import annotations

import threading

from fastapi.testclient import TestClient

from tests.sync.server.conftest import World
from tests.sync.server.helpers import op, push, sign_in
from workbench.ids import new_id

PUSHERS = 6
PUSHES = 8


def test_concurrent_pushers_and_a_puller_skip_no_change(client: TestClient, world: World) -> None:
    devices = [sign_in(client, "admin", f"laptop {i}") for i in range(PUSHERS)]
    reader = sign_in(client, "admin", "reader")
    created: list[str] = []
    errors: list[str] = []
    lock = threading.Lock()
    done = threading.Event()

    def pusher(k: int) -> None:
        dev = devices[k]
        for _ in range(PUSHES):
            ids = [new_id(), new_id()]
            tx = new_id()
            ops = [
                op(
                    dev,
                    "contacts",
                    i,
                    "create",
                    {"partner_id": world.partner_a, "last_name": "C", "role": "sales"},
                    tx_id=tx,
                )
                for i in ids
            ]
            r = push(dev, *ops)
            if r.status_code != 200 or {x["result"] for x in r.json()["results"]} != {"applied"}:
                errors.append(r.text)
                return
            with lock:
                created.extend(ids)

    seen: set[str] = set()
    cursors: list[int] = []

    def puller() -> None:
        cursor = 0
        while True:
            finished = done.is_set()
            r = reader.get("/sync/v1/pull", cursor=cursor, limit=7)
            if r.status_code != 200:
                errors.append(r.text)
                return
            body = r.json()
            seen.update(c["row_id"] for c in body["changes"])
            if body["next_cursor"] < cursor:
                errors.append("cursor went back")
                return
            cursor = body["next_cursor"]
            cursors.append(cursor)
            if finished and not body["has_more"]:
                return

    threads = [threading.Thread(target=pusher, args=(k,)) for k in range(PUSHERS)]
    reading = threading.Thread(target=puller)
    reading.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    reading.join()
    assert not errors
    assert len(created) == PUSHERS * PUSHES * 2
    # Every change was seen by the incremental puller although it read while others committed.
    assert set(created) <= seen
