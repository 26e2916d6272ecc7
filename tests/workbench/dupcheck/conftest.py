"""Fixtures: the deal tests' encrypted replica (schema from the models) and reference world."""

from __future__ import annotations

from tests.workbench.deals.conftest import World, engine, world

__all__ = ["World", "engine", "world"]
