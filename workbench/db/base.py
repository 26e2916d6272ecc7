"""Declarative base, naming convention and the columns every synced table carries (ARCHITECTURE §3)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar, cast

from sqlalchemy import JSON, BigInteger, Date, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.clock import utcnow
from workbench.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


ID = String(36)


class SyncedMixin:
    """Columns of every synced table.

    * `version`: server row version, 0 = never synced.
    * `server_seq`: position in the server change log of the last change of this row.
    * `partner_id`: the access scope (None = vendor-wide, visible to every signed-in user);
      the server always computes it and never takes it from a client.

    Class attributes a model may set:
    * `__sync_entity__`: wire name of the entity (defaults to the table name).
    * `__command_fields__`: fields only changed by state-machine commands, never by a plain patch.
    * `__server_fields__`: role-owned fields that only the server (or a vendor role) sets.
    * `__insert_only__`: rows are append-only (events, notes, evidence): cannot conflict.
    """

    __command_fields__: ClassVar[frozenset[str]] = frozenset()
    __server_fields__: ClassVar[frozenset[str]] = frozenset()
    __insert_only__: ClassVar[bool] = False

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)
    partner_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)

    SYNC_COLUMNS: ClassVar[frozenset[str]] = frozenset(
        {"id", "version", "server_seq", "deleted_at", "created_at", "updated_at", "partner_id"}
    )


def synced_models() -> list[type[Base]]:
    """Every mapped class that carries the sync columns, in table dependency order."""
    tables = Base.metadata.sorted_tables
    by_table = {m.class_.__table__: m.class_ for m in Base.registry.mappers}
    return [by_table[t] for t in tables if t in by_table and issubclass(by_table[t], SyncedMixin)]


def model_for_entity(entity: str) -> type[Base]:
    for m in Base.registry.mappers:
        cls = m.class_
        if issubclass(cls, SyncedMixin) and entity_name(cls) == entity:
            return cast("type[Base]", cls)
    raise KeyError(entity)


def entity_name(cls: type[Any]) -> str:
    return str(getattr(cls, "__sync_entity__", None) or cls.__tablename__)
