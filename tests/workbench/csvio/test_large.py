"""100,000 rows with some broken ones: every broken row is reported with its line, nothing is written."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.workbench.deals.conftest import World, count, snapshot
from tests.workbench.dupcheck.helpers import VENDOR
from workbench.csvio.importer import ImportOptions, preview, run_import
from workbench.errors import UserError

ROWS = 100_000


def big_csv(rows: int, broken_every: int) -> tuple[bytes, set[int]]:
    lines = ["Name;Type;BillingCountry;Website;Email;Phone"]
    broken: set[int] = set()
    for i in range(1, rows + 1):
        if i % broken_every == 0:
            kind = (i // broken_every) % 4
            lines.append(
                [
                    f"Firma {i} GmbH;Reseller;Atlantis;firma{i}.de;;",  # bad country
                    ";Reseller;DE;;;",  # no name
                    f"Firma {i} GmbH;Reseller;DE;firma{i}.de;kaputt@;",  # bad e-mail
                    f"Firma {i} GmbH;Reseller;DE",  # too few columns
                ][kind]
            )
            broken.add(i + 1)  # file line (header = 1)
        else:
            lines.append(f"Firma {i} GmbH;Reseller;DE;firma{i}.de;info@firma{i}.de;+49 30 {i}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8"), broken


def test_hundred_thousand_rows_some_broken(engine: Engine, world: World) -> None:
    data, broken = big_csv(ROWS, 997)
    pv = preview(data, "partners", "salesforce", engine=engine, actor=VENDOR,
                 options=ImportOptions(program_id=world.program_id))  # fmt: skip
    assert pv.total == ROWS
    assert {r.line for r in pv.rows if r.errors} == broken
    assert all(len(r.errors) >= 1 and r.errors[0].code for r in pv.rows if r.errors)
    before = snapshot(engine) | {"partners": count(engine, "partners")}
    try:
        run_import(engine, VENDOR, pv)
    except UserError as exc:
        assert exc.code == "import_has_errors" and exc.params["rows"] == len(broken)
    else:
        raise AssertionError("an import with errors must be refused")
    assert snapshot(engine) | {"partners": count(engine, "partners")} == before
