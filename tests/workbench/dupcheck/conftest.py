"""Fixtures: the deal tests' encrypted replica (schema from the models) and reference world.
`workbench.deals.sla` is imported first so its table is part of the schema the fixture creates."""

from __future__ import annotations

import workbench.deals.sla  # noqa: F401  (registers deal_extension_requests before create_all)
from tests.workbench.deals.conftest import World, engine, world

__all__ = ["World", "engine", "world"]
