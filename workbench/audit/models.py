from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import ID, Base, SyncedMixin, UTCDateTime


class AuditEvent(SyncedMixin, Base):
    """Who changed what, when, from which device (old -> new). Append-only; each entry's hash covers
    its content and the previous entry's hash, so a changed or removed entry breaks the chain."""

    __tablename__ = "audit_events"
    __insert_only__ = True

    seq: Mapped[int] = mapped_column(BigInteger, unique=True, nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(64), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(32), nullable=False)
    device_id: Mapped[str] = mapped_column(String(64), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    row_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditChainHead(Base):
    """Single row (id = 1): the last sequence number and hash of this database's chain. Locked for
    the rest of the transaction while a writer appends, so the chain never forks; it also reveals
    entries cut off the end of the log."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
