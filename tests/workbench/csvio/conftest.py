"""Fixtures: the deal tests' encrypted replica and world (a program with products SRV-1 and LIC-1, the
partners "Alpha Systems GmbH" and "Beta IT AG")."""

from __future__ import annotations

from tests.workbench.deals.conftest import World, engine, world

__all__ = ["World", "engine", "world"]
