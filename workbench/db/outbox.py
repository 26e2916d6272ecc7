"""The transactional outbox of the laptop replica: every local change is written here in the same
SQLite transaction as the change itself (ARCHITECTURE §4). `sync.client` pushes and settles it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.clock import utcnow
from workbench.db.base import ID, Base, UTCDateTime

SCHEMA_VERSION = 1


class OpKind(StrEnum):
    CREATE = "create"
    PATCH = "patch"
    DELETE = "delete"
    COMMAND = "command"


class OpState(StrEnum):
    PENDING = "pending"  # not yet accepted by the server
    IN_FLIGHT = "in_flight"  # sent, answer not yet settled (never coalesced into)
    REJECTED = "rejected"  # refused by the server; shown to the user until fixed or discarded
    CONFLICT = "conflict"  # answered with a conflict; resolution lives in sync_conflicts


class OutboxOp(Base):
    __tablename__ = "outbox_ops"

    op_id: Mapped[str] = mapped_column(ID, primary_key=True)
    client_seq: Mapped[int] = mapped_column(BigInteger, unique=True, nullable=False)
    tx_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    command: Mapped[str | None] = mapped_column(String(64), nullable=True)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    base: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    schema_version: Mapped[int] = mapped_column(Integer, nullable=False, default=SCHEMA_VERSION)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default=OpState.PENDING, index=True)
    result_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    result_detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)


class ReplicaMeta(Base):
    """Key/value facts about this replica: device id, next client_seq, pull cursor, signed-in user."""

    __tablename__ = "replica_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SyncConflict(Base):
    """A field the server kept while this replica had changed it too: base (what both started from),
    mine (the local value that was not applied) and theirs (the server's value, now in the row). Shown in
    the conflicts inbox until the user keeps mine (a new patch), keeps theirs, or edits. A conflict this
    user won (another user's value was not applied; `side` = won) arrives from the server on pull."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    op_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # mine | theirs | edited (chosen here), or elsewhere (resolved by the other side, sync.client.engine)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # The server's record of the conflict (sync: both sides hold it and a resolution goes to the other).
    server_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    # lost (NULL too): `mine` was not applied, `theirs` is in the row; won: this user's value `mine` is in
    # the row and the other user's `theirs` was not applied.
    side: Mapped[str | None] = mapped_column(String(8), nullable=True)
    other_user: Mapped[str | None] = mapped_column(ID, nullable=True)  # the user on the other side
