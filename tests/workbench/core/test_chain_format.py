"""The audit hash chain's canonical JSON (hashed format) stays exactly what it was: `chain.canonical`
equals the original `json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False,
default=str)` on any JSON-like value, and a known entry still hashes to the value recorded before."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.audit import chain


def _original(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_odd = st.dates() | st.decimals(allow_nan=False, allow_infinity=False)  # through default=str
_values = st.recursive(
    _scalars | _odd,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=2000, deadline=None)
@given(_values)
def test_canonical_is_the_original_encoding(value: Any) -> None:
    assert chain.canonical(value) == _original(value)


def test_a_known_entry_keeps_its_hash() -> None:
    fields: dict[str, Any] = dict(
        prev_hash=chain.GENESIS,
        seq=7,
        event_id="0191e2a0-0000-7000-8000-000000000001",
        occurred_at=datetime(2026, 11, 26, 20, 0, tzinfo=UTC),
        actor_id="u-cm",
        actor_role="channel_manager",
        device_id="dev-7",
        entity="partner",
        row_id="p-1",
        action="create",
        changes={
            "legal_name": [None, "Müller GmbH"],
            "amount": [None, 12],
            "on": [None, date(2027, 1, 31)],
            "ok": [None, True],
            "rate": [None, Decimal("1.50")],
        },  # fmt: skip
        partner_id="p-1",
    )
    # recorded with the implementation before the shared encoder (json.dumps per call)
    assert chain.entry_hash(**fields) == "55d97c98fe6927c3d964eab417f309986d1b868c11dde2703ba17f1c2068d31c"
