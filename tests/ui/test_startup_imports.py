"""Cold start stays light: what the desktop entry imports before the first window (main.py, ui.app and the
main window with the partner list) leaves out Alembic, the server, HTTP, the sync protocol models, PDF and
charts libraries, and the areas that are built on first use. (The time itself is measured in bench/bench_ui.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LAZY = (
    "alembic",
    "sync.server",
    "sync.client.engine",
    "sync.client.auth",
    "sync.client.status",
    "sync.protocol",
    "pydantic",
    "requests",
    "fastapi",
    "uvicorn",
    "pyhanko",
    "reportlab",
    "PySide6.QtCharts",
    "ui.conflicts",
    "ui.partners.profile",
    "ui.partners.editor",
    "ui.dashboard",
    "ui.demo_server",
    "workbench.demo",
)


def test_the_desktop_entry_imports_nothing_heavy_before_the_window() -> None:
    script = (
        "import json, sys\n"
        "import main\n"
        "import ui.app\n"
        "import ui.main_window\n"
        f"print(json.dumps(sorted(m for m in {LAZY!r} if m in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
