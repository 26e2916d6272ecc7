"""The import pauses Python's cyclic garbage collector only while it builds or writes rows: afterwards it
is on again (also after a refused preview or a failed write), and left off if it was off before."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.workbench.deals.conftest import World
from tests.workbench.dupcheck.helpers import VENDOR
from workbench.csvio import importer
from workbench.csvio.importer import ImportOptions, preview, run_import
from workbench.errors import UserError

CSV = "Name;Type;BillingCountry\nAlpha Neu GmbH;Reseller;Germany\nBeta Neu AG;Reseller;Atlantis\n"


@pytest.fixture(autouse=True)
def gc_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def _preview(engine: Engine, world: World, data: str = CSV) -> importer.ImportPreview:
    return preview(
        data.encode(), "partners", "salesforce", engine=engine, actor=VENDOR,
        options=ImportOptions(program_id=world.program_id),
    )  # fmt: skip


def test_collector_paused_during_the_work_and_on_again_after(
    engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.enable()
    seen: list[bool] = []
    validate = importer.VALIDATORS[importer.ImportKind.PARTNERS]

    def spy(*args: object) -> object:
        seen.append(gc.isenabled())
        return validate(*args)  # type: ignore[arg-type]

    monkeypatch.setitem(importer.VALIDATORS, importer.ImportKind.PARTNERS, spy)
    pv = _preview(engine, world)
    assert seen == [False, False] and gc.isenabled()
    assert pv.error_count == 1
    result = run_import(engine, VENDOR, pv, only_valid=True)
    assert result.created == 1 and gc.isenabled()


def test_collector_on_again_after_errors(engine: Engine, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    gc.enable()
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    with pytest.raises(UserError) as too_many:
        _preview(engine, world, "Name;Type\n" + "x;Reseller\n" * 4)
    assert too_many.value.code == "too_many_rows" and gc.isenabled()
    pv = _preview(engine, world)

    def broken(*_args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(importer, "_partner_values", broken)  # fails inside the write
    with pytest.raises(RuntimeError):
        run_import(engine, VENDOR, pv, only_valid=True)
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off(engine: Engine, world: World) -> None:
    gc.disable()
    run_import(engine, VENDOR, _preview(engine, world), only_valid=True)
    assert not gc.isenabled()
