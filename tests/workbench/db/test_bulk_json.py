"""The bulk path joins the audit `changes` text from per-value JSON (`uow._json_scalar`): that text must be
exactly `chain.canonical` of the value, or the hash chain would not verify."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.audit import chain
from workbench.db.uow import _json_scalar

_any = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=False) | st.dates()


@settings(max_examples=3000, deadline=None)
@given(_any)
def test_scalar_json_is_canonical_or_declines(value: Any) -> None:
    text = _json_scalar(value)
    if type(value) in (str, bool, int) or value is None:
        assert text == chain.canonical(value)
    else:
        assert text is None  # floats, dates, ...: the full encoder
