"""Primary keys: UUIDv7 text generated where the row is created."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    """A new time-ordered UUIDv7 as canonical text."""
    return str(uuid6.uuid7())
