"""Fixtures: the deal tests' encrypted replica and world, with the reminder and extension tables."""

from __future__ import annotations

import workbench.deals.sla
import workbench.reminders.models  # noqa: F401
from tests.workbench.deals.conftest import World, engine, world

__all__ = ["World", "engine", "world"]
