"""The demo generator is deterministic and realistic: umlauts, several currencies, every deal, request and
claim state, training histories with certifications."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.demo import DemoSizes, seed_demo
from workbench.errors import UserError

SMALL = DemoSizes(partners=120, deals=1500, training_events=1500, mdf_requests=300)


def _fresh(path: Path) -> Engine:
    eng = replica_engine(path, b"\x09" * 32)
    upgrade(eng)
    return eng


def _col(eng: Engine, sql: str) -> list[object]:
    with eng.connect() as conn:
        return [r[0] for r in conn.execute(text(sql))]


def test_same_seed_same_data(tmp_path: Path) -> None:
    a, b = _fresh(tmp_path / "a.db"), _fresh(tmp_path / "b.db")
    assert seed_demo(a, SMALL, seed=7) == seed_demo(b, SMALL, seed=7)
    q = "SELECT id || legal_name || currency FROM partners ORDER BY id"
    assert _col(a, q) == _col(b, q)
    q = "SELECT id || status || amount_minor FROM deal_registrations ORDER BY id"
    assert _col(a, q) == _col(b, q)
    c = _fresh(tmp_path / "c.db")
    seed_demo(c, SMALL, seed=8)
    assert _col(a, "SELECT legal_name FROM partners ORDER BY id") != _col(
        c, "SELECT legal_name FROM partners ORDER BY id"
    )


def test_demo_is_realistic(tmp_path: Path) -> None:
    eng = _fresh(tmp_path / "d.db")
    counts = seed_demo(eng, SMALL)
    assert counts["partners"] == 120 and counts["deal_registrations"] == 1500
    assert counts["mdf_requests"] == 300
    assert 1400 <= counts["training_events"] <= 1500
    assert set(_col(eng, "SELECT DISTINCT status FROM deal_registrations")) == {
        "draft",
        "submitted",
        "info_requested",
        "approved",
        "rejected",
        "won",
        "lost",
        "expired",
        "withdrawn",
    }
    assert set(_col(eng, "SELECT DISTINCT status FROM mdf_requests")) == {
        "draft",
        "submitted",
        "info_requested",
        "approved",
        "rejected",
        "expired",
    }
    assert set(_col(eng, "SELECT DISTINCT status FROM mdf_claims")) == {
        "draft",
        "submitted",
        "info_requested",
        "approved",
        "rejected",
        "paid",
    }
    assert len(set(_col(eng, "SELECT DISTINCT currency FROM partners"))) >= 4
    assert len(set(_col(eng, "SELECT DISTINCT tier_id FROM partners"))) == 4
    names = _col(eng, "SELECT legal_name FROM partners")
    assert any(ch in str(n) for n in names for ch in "äöüßÄÖÜ")
    assert _col(eng, "SELECT count(*) FROM certifications")[0] > 0
    # Amount rules hold in the generated data: allocations within budgets, approved requests within allocations.
    over = _col(
        eng,
        """
        SELECT a.id FROM mdf_allocations a JOIN mdf_requests r ON r.allocation_id = a.id
        WHERE r.status = 'approved' GROUP BY a.id HAVING sum(r.approved_minor) > max(a.amount_minor)""",
    )
    assert over == []
    # Every deal's partner and product exists (foreign keys are on).
    assert _col(eng, "SELECT count(*) FROM pragma_foreign_key_check") == [0]


def test_seeding_twice_is_refused(tmp_path: Path) -> None:
    eng = _fresh(tmp_path / "e.db")
    seed_demo(eng, DemoSizes(partners=5, deals=10, training_events=10, mdf_requests=5))
    with pytest.raises(UserError) as err:
        seed_demo(eng, DemoSizes(partners=5, deals=10, training_events=10, mdf_requests=5))
    assert err.value.code == "demo_data_exists"
