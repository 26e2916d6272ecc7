"""Generic creates and patches are re-checked with the workbench's validation helpers."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.sync.server.conftest import World
from tests.sync.server.helpers import Device, op, push, sign_in
from workbench.ids import new_id


def _deal(dev: Device, world: World, deal_id: str, **over: Any) -> list[dict[str, Any]]:
    tx = new_id()
    fields = {
        "program_id": world.program_id,
        "registered_by": dev.user_id,
        "customer_name": "Kunde AG",
        "customer_name_norm": "forged",
        "title": "T",
        "amount_minor": 100,
        "currency": "EUR",
        "expected_close": "2099-01-31",
        **over,
    }
    line = {"deal_id": deal_id, "product_id": world.product_id, "quantity": 1}
    return [
        op(dev, "deal_registrations", deal_id, "create", fields, tx_id=tx),
        op(dev, "deal_products", new_id(), "create", line, tx_id=tx),
    ]


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"currency": "XXX"}, "currency"),
        ({"customer_email": "not-an-email"}, "customer_email"),
        ({"customer_domain": "no domain"}, "customer_domain"),
        ({"customer_country": "1A"}, "customer_country"),
        ({"amount_minor": -5}, "amount_minor"),
        ({"title": "   "}, "title"),
    ],
)
def test_bad_values_are_rejected_with_the_workbench_codes(
    client: TestClient, world: World, over: dict[str, Any], field: str
) -> None:
    pa = sign_in(client, "pa")
    first = push(pa, *_deal(pa, world, new_id(), **over)).json()["results"][0]
    assert first["result"] == "rejected" and first["field"] == field, first


def test_derived_keys_are_recomputed_and_closed_records_are_not_editable(client: TestClient, world: World) -> None:
    pa, cm = sign_in(client, "pa"), sign_in(client, "cm")
    deal_id = new_id()
    created = push(pa, *_deal(pa, world, deal_id, currency="eur")).json()["results"][0]
    assert created["result"] == "applied"
    assert created["row"]["customer_name_norm"] == "kunde" and created["row"]["currency"] == "EUR"
    submit = op(pa, "deal_registrations", deal_id, "command", {}, command="submit")
    approve = op(cm, "deal_registrations", deal_id, "command", {}, command="approve")
    assert push(pa, submit).json()["results"][0]["result"] == "applied"
    assert push(cm, approve).json()["results"][0]["result"] == "applied"
    patch = op(pa, "deal_registrations", deal_id, "patch", {"amount_minor": 1}, {"amount_minor": 100})
    [res] = push(pa, patch).json()["results"]
    assert (res["result"], res["reason"]) == ("rejected", "not_editable")
    assert res["row"]["amount_minor"] == 100
