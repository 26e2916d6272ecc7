"""Imports every ORM module so `Base.metadata` is complete (Alembic, create_all in tests)."""

from __future__ import annotations

import importlib

from workbench.db.base import Base

MODEL_MODULES = (
    "workbench.audit.models",
    "workbench.db.outbox",
    "workbench.programs.models",
    "workbench.partners.models",
    "workbench.deals.models",
    "workbench.training.models",
    "workbench.mdf.models",
    "workbench.records.models",
    "workbench.deals.sla",
    "workbench.reminders.models",
    "workbench.analytics.models",
)


def load_all() -> type[Base]:
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base
