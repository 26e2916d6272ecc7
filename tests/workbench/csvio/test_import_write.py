"""The import's write: all or nothing when the database refuses a row in a later chunk, only the valid rows
with `only_valid`, and the per-file reuse of checks of repeated cells (every row still gets its own errors)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.workbench.deals.conftest import World, count, snapshot
from tests.workbench.dupcheck.helpers import VENDOR
from workbench.audit import chain
from workbench.audit.models import AuditChainHead
from workbench.csvio import importer
from workbench.csvio.importer import ImportOptions, preview, run_import
from workbench.errors import Cancelled
from workbench.ids import new_ids

ROWS = "Name,Type,BillingCity,BillingCountry\n" + "".join(f"Firma {i} GmbH,Reseller,Köln,DE\n" for i in range(7))


def _state(engine: Engine) -> dict[str, object]:
    with Session(engine) as s:
        heads = [(h.seq, h.hash) for h in s.scalars(select(AuditChainHead))]
    return snapshot(engine) | {"partners": count(engine, "partners"), "head": heads}


def _verified(engine: Engine) -> bool:
    with Session(engine) as s:
        return chain.verify(s).ok


def test_a_refused_row_in_a_later_chunk_writes_nothing(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BULK_ROWS", 3)  # three chunks: 3 + 3 + 1 rows
    pv = preview(ROWS, "partners", "salesforce", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    assert pv.valid_count == 7
    calls: list[int] = []

    def colliding(n: int) -> list[str]:  # the third chunk's row takes an id that exists: the database refuses it
        calls.append(n)
        return [world.partner_a] if len(calls) == 3 else new_ids(n)

    monkeypatch.setattr(importer, "new_ids", colliding)
    before = _state(engine)
    with pytest.raises(IntegrityError):
        run_import(engine, VENDOR, pv)
    assert calls == [3, 3, 1]  # two chunks were written inside the transaction before the failure
    assert _state(engine) == before  # partners, audit entries, outbox ops, chain head: unchanged
    monkeypatch.setattr(importer, "new_ids", new_ids)
    result = run_import(engine, VENDOR, pv)
    assert result.created == 7 and count(engine, "partners") == before["partners"] + 7  # type: ignore[operator]
    assert _verified(engine)


def test_only_valid_rows_are_written_audited_and_queued(engine: Engine, world: World) -> None:
    data = ROWS + "Kaputt GmbH,Reseller,Köln,Atlantis\n,Reseller,Köln,DE\n"
    pv = preview(data, "partners", "salesforce", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    assert (pv.valid_count, pv.error_count) == (7, 2)
    before = _state(engine)
    result = run_import(engine, VENDOR, pv, only_valid=True)
    assert (result.created, result.skipped) == (7, 2)
    after = _state(engine)
    for table in ("partners", "audit_events", "outbox_ops"):
        assert after[table] == before[table] + 7, table  # type: ignore[operator]
    with Session(engine) as s:
        names = set(s.scalars(select(importer.Partner.legal_name).where(importer.Partner.id.in_(result.ids))))
    assert names == {f"Firma {i} GmbH" for i in range(7)}
    assert _verified(engine)


def test_repeated_cells_are_checked_once_but_reported_on_every_row(engine: Engine, world: World) -> None:
    data = (
        "Name,Type,BillingCity,BillingCountry,CurrencyIsoCode\n"
        "A GmbH,Vendor,Köln,Atlantis,EUR\n"
        "B GmbH,Vendor,Köln,Atlantis,XXX\n"
        ",Vendor,Köln,Atlantis,XXX\n"
        "C GmbH,Reseller,Köln,Germany,\n"
    )
    pv = preview(data, "partners", "salesforce", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    got = [[(e.field, e.code) for e in r.errors] for r in pv.rows]
    assert got == [
        [("partner_type", "invalid_choice"), ("country", "invalid_country")],
        [("partner_type", "invalid_choice"), ("country", "invalid_country"), ("currency", "unknown_currency")],
        [("legal_name", "required"), ("partner_type", "invalid_choice"), ("country", "invalid_country"),
         ("currency", "unknown_currency")],
        [],
    ]  # fmt: skip
    assert pv.rows[0].errors[1].params == {"value": "Atlantis"}
    assert pv.rows[3].cleaned["city"] == "Köln" and pv.rows[3].cleaned["country"] == "DE"
    assert pv.rows[3].cleaned["currency"] == "EUR"  # empty: the program's currency
    assert pv.rows[3].values == {"legal_name": "C GmbH", "partner_type": "Reseller", "city": "Köln",
                                 "country": "Germany"}  # fmt: skip


def test_check_reuse_is_bounded(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "MEMO_MAX", 2)
    data = "Name,BillingCity\n" + "".join(f"F{i} GmbH,Stadt {i % 4}\n" for i in range(12))
    pv = preview(data, "partners", "salesforce", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    assert [r.cleaned["city"] for r in pv.rows] == [f"Stadt {i % 4}" for i in range(12)]


@pytest.mark.parametrize("stop_at", [0, 3, 6, 7])  # before the first chunk, mid-way, before the last, before commit
def test_a_cancelled_import_writes_nothing(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch, stop_at: int
) -> None:
    monkeypatch.setattr(importer, "BULK_ROWS", 3)
    pv = preview(ROWS, "partners", "salesforce", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == stop_at:
            raise Cancelled()

    before = _state(engine)
    with pytest.raises(Cancelled):
        run_import(engine, VENDOR, pv, progress=progress)
    assert seen[-1] == (stop_at, 7) and [d for d, _ in seen] == [0, 3, 6, 7][: len(seen)]
    assert _state(engine) == before
    result = run_import(engine, VENDOR, pv, progress=lambda _done, _total: None)
    assert result.created == 7 and _verified(engine)
