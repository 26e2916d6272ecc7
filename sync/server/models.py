"""Server-only tables: users, devices, refresh tokens, the idempotency log, permanent tombstones and the
change-log counter. They live on the shared `Base` metadata so one Alembic chain creates everything;
they are plain tables (not synced). Channel-manager assignment is `partners.owner_id`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.clock import utcnow
from workbench.db.base import ID, Base, UTCDateTime
from workbench.ids import new_id

ROLES = ("admin", "channel_manager", "partner_admin", "partner_user")


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(254), unique=True, nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    partner_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        CheckConstraint("role IN ('admin', 'channel_manager', 'partner_admin', 'partner_user')", name="role"),
        CheckConstraint(
            "(role IN ('partner_admin', 'partner_user')) = (partner_id IS NOT NULL)", name="partner_for_partner_roles"
        ),
    )


class Device(Base):
    """One installation of the workbench signed in as a user. `next_client_seq` is the client_seq the
    server expects next from this device (ops are applied strictly in order)."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    next_client_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=1)


class RefreshToken(Base):
    """A refresh token, stored as its SHA-256 only. Rotated on every use: the used one is revoked and
    `replaced_by` names the token issued for it. Within `ServerSettings.refresh_grace` of its rotation a
    token whose successor was never used may be presented once more (the rotation's answer was lost):
    the successor is revoked, a fresh pair issued and `replaced_by` cleared, so a third presentation is a
    replay."""

    __tablename__ = "refresh_tokens"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), nullable=False, index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    replaced_by: Mapped[str | None] = mapped_column(ID, nullable=True)


class AppliedOp(Base):
    """Every op answered for good (applied, merged, conflict, rejected), written in the same transaction
    as its effect: a re-sent op is answered `duplicate` with the stored result."""

    __tablename__ = "applied_ops"

    op_id: Mapped[str] = mapped_column(ID, primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), nullable=False)
    client_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    # SHA-256 of the op's content without client_seq, tx_id and schema_version (push.op_fingerprint): the
    # same op re-sent by the same user under another device (after a revocation) is answered duplicate.
    op_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_applied_ops_device_seq", "device_id", "client_seq", unique=True),)


class DeletedId(Base):
    """Ids deleted for good: never created again (no resurrection)."""

    __tablename__ = "deleted_ids"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(ID, primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)


class SeqCounter(Base):
    """Single row (id = 1): the last allocated `server_seq`. Incremented at the end of each write
    transaction, its row lock held to commit, so `server_seq` follows commit order. `horizon` is the
    oldest cursor the change log still serves completely (tombstones pruned below it): a client with
    an older cursor must re-snapshot."""

    __tablename__ = "seq_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    horizon: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


# Scope tracking for evict (see sync/server/scopechanges.py):
# * `device_scopes`: per device, the partner scopes its replica holds (what it last pulled).
# * `scope_events`: a scope a device gained or lost, at a `server_seq` allocated from the change-log counter.
class DeviceScope(Base):
    __tablename__ = "device_scopes"

    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ID, primary_key=True)


class ScopeEvent(Base):
    __tablename__ = "scope_events"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(ID, nullable=False)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    partner_id: Mapped[str] = mapped_column(ID, nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)

    __table_args__ = (
        CheckConstraint("kind IN ('gain', 'loss')", name="kind"),
        Index("ix_scope_events_device_seq", "device_id", "server_seq"),
    )


class ServerConflict(Base):
    """A field a push could not apply because the server already held another value since the op's base
    (three-way merge, push.py `_patch`): `mine` is the losing value, `theirs` the value kept. Delivered on
    pull to every device of both users involved (conflicts.py) when they may see `partner_id` (the row's
    scope); `server_seq` is the change-log seq of its creation or of its resolution, whichever is later.
    Resolving it on either side (a `resolve` command on entity `sync_conflicts`) marks it resolved for
    the other side too."""

    __tablename__ = "server_conflicts"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(ID, nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    partner_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    op_id: Mapped[str] = mapped_column(ID, nullable=False)
    loser_user_id: Mapped[str] = mapped_column(ID, nullable=False)
    loser_device_id: Mapped[str] = mapped_column(ID, nullable=False)
    winner_user_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    winner_device_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    server_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(ID, nullable=True)

    __table_args__ = (
        CheckConstraint("resolution IS NULL OR resolution IN ('mine', 'theirs', 'edited')", name="resolution"),
        Index("ix_server_conflicts_loser_seq", "loser_user_id", "server_seq"),
        Index("ix_server_conflicts_winner_seq", "winner_user_id", "server_seq"),
        Index("ix_server_conflicts_row", "entity", "row_id"),
    )
