"""The start-up check that avoids importing Alembic: the head read from the revision files agrees with
Alembic's, a current replica opens without Alembic, an old or empty one is still upgraded."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from workbench.db.engine import replica_engine
from workbench.db.migrate import (
    current_revision,
    downgrade,
    head_revision,
    quick_head_revision,
    schema_is_current,
    stored_revision,
    upgrade_if_needed,
)

ROOT = Path(__file__).resolve().parents[2]


def test_quick_head_is_alembics_head() -> None:
    assert quick_head_revision() is not None
    assert quick_head_revision() == head_revision()


def test_schema_is_current_follows_the_stored_revision(tmp_path: Path) -> None:
    eng = replica_engine(tmp_path / "r.db", b"\x07" * 32)
    assert stored_revision(eng) is None
    assert not schema_is_current(eng)
    assert upgrade_if_needed(eng) is True
    assert schema_is_current(eng)
    assert current_revision(eng) == head_revision()
    assert upgrade_if_needed(eng) is False
    downgrade(eng, "0001")
    assert stored_revision(eng) == ["0001"]
    assert not schema_is_current(eng)
    assert upgrade_if_needed(eng) is True
    assert current_revision(eng) == head_revision()
    eng.dispose()


def test_opening_a_current_replica_does_not_import_alembic(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from workbench.paths import Workspace
        from workbench.security.secrets import FileSecretStore
        from workbench.workspace import open_workspace
        root = Path(sys.argv[1])
        engine = open_workspace(Workspace.at(root), FileSecretStore(root.parent / "secrets.json"))
        print("alembic" in sys.modules)
        engine.dispose()
        """
    )
    ws = tmp_path / "fresh"
    first = subprocess.run(
        [sys.executable, "-c", script, str(ws)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert first.stdout.strip() == "True"  # a new replica is built by Alembic
    second = subprocess.run(
        [sys.executable, "-c", script, str(ws)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert second.stdout.strip() == "False"  # at head: one SELECT, no Alembic
