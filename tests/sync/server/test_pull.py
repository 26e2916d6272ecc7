from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, pull_all, push, sign_in
from workbench.ids import new_id


def _contacts(dev: Device, partner_id: str, n: int, *, tx_id: str | None = None) -> list[str]:
    ids = [new_id() for _ in range(n)]
    ops = [
        op(dev, "contacts", i, "create", {"partner_id": partner_id, "last_name": f"N{k}", "role": "sales"}, tx_id=tx_id)
        for k, i in enumerate(ids)
    ]
    r = push(dev, *ops)
    assert r.status_code == 200, r.text
    assert {x["result"] for x in r.json()["results"]} == {"applied"}
    return ids


def _page(dev: Device, cursor: int, limit: int) -> dict[str, Any]:
    r = dev.get("/sync/v1/pull", cursor=cursor, limit=limit)
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_pull_pages_in_seq_order_and_never_splits_a_transaction(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    base = _page(admin, 0, 5000)["next_cursor"]
    singles_before = _contacts(admin, world.partner_a, 2)  # two transactions
    big = _contacts(admin, world.partner_a, 5, tx_id=new_id())  # one transaction of five rows
    singles_after = _contacts(admin, world.partner_b, 2)
    seen: list[dict[str, Any]] = []
    cursor, pages = base, []
    while True:
        page = _page(admin, cursor, 3)
        pages.append(page)
        seen.extend(page["changes"])
        assert page["next_cursor"] >= cursor
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    seqs = [c["server_seq"] for c in seen]
    assert seqs == sorted(seqs)
    assert [c["row_id"] for c in seen] == singles_before + big + singles_after
    big_seq = {c["server_seq"] for c in seen if c["row_id"] in big}
    assert len(big_seq) == 1
    # The page holding the big transaction holds all of it, even though the limit is 3.
    holding = [p for p in pages if any(c["row_id"] in big for c in p["changes"])]
    assert len(holding) == 1
    assert len(holding[0]["changes"]) >= 5
    assert all(len(p["changes"]) <= 3 for p in pages if p is not holding[0])
    assert _page(admin, cursor, 3) == {"changes": [], "next_cursor": cursor, "has_more": False, "conflicts": []}


def test_pull_returns_only_changes_after_the_cursor(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    cursor = _page(admin, 0, 5000)["next_cursor"]
    assert cursor > 0
    [row_id] = _contacts(admin, world.partner_a, 1)
    page = _page(admin, cursor, 100)
    assert [c["row_id"] for c in page["changes"]] == [row_id]
    change = page["changes"][0]
    assert change["entity"] == "contacts"
    assert change["version"] == 1
    assert change["row"]["last_name"] == "N0"
    assert (change["deleted"], change["evict"]) == (False, False)


def test_each_role_pulls_only_what_it_may_see(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    a_rows = _contacts(admin, world.partner_a, 2)
    b_rows = _contacts(admin, world.partner_b, 2)

    def visible_ids(who: str) -> set[str]:
        return {c["row_id"] for c in pull_all(sign_in(client, who))}

    vendor_wide = {world.program_id, world.product_id}
    everyone = vendor_wide | {world.partner_a, world.partner_b, *a_rows, *b_rows}
    assert visible_ids("admin") == everyone
    assert visible_ids("cm") == vendor_wide | {world.partner_a, *a_rows}
    assert visible_ids("cm_b") == vendor_wide | {world.partner_b, *b_rows}
    assert visible_ids("pa") == vendor_wide | {world.partner_a, *a_rows}
    assert visible_ids("pb") == vendor_wide | {world.partner_b, *b_rows}


def test_audit_events_never_travel(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    _contacts(admin, world.partner_a, 1)
    assert "audit_events" not in {c["entity"] for c in pull_all(admin)}


def test_pull_parameters_are_bounded(client: TestClient, world: World) -> None:
    admin = sign_in(client, "admin")
    for params in ({"cursor": -1}, {"limit": 0}, {"limit": 100_000}, {"cursor": "x"}, {"cursor": 2**70}):
        r = admin.get("/sync/v1/pull", **params)
        assert r.status_code == 422, params
        assert r.json()["error"] == "invalid_request"
