"""Generic handling of synced rows on the wire: which tables sync, column lookup, JSON <-> Python values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import JSON, Column, String, TypeDecorator, inspect
from sqlalchemy.orm import ColumnProperty

from workbench.db.base import Base, SyncedMixin, entity_name, model_for_entity, synced_models
from workbench.db.uow import to_wire

# Synced tables that never travel: each database keeps its own audit hash chain.
SERVER_LOCAL_ENTITIES = frozenset({"audit_events"})
# Sync bookkeeping the server owns; a client's values for these are ignored.
IGNORED_FIELDS = frozenset({"version", "server_seq", "created_at", "updated_at", "deleted_at"})


class Rejected(Exception):
    """An op refused for good: `reason` is the machine-readable code, `field` the field concerned."""

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(reason if field is None else f"{reason}({field})")
        self.reason = reason
        self.field = field


def wire_models() -> list[type[Base]]:
    """Every synced table that travels, in table dependency order."""
    return [m for m in synced_models() if entity_name(m) not in SERVER_LOCAL_ENTITIES]


def wire_model(entity: str) -> type[Base]:
    if entity in SERVER_LOCAL_ENTITIES:
        raise Rejected("unknown_entity")
    try:
        model = model_for_entity(entity)
    except KeyError as exc:
        raise Rejected("unknown_entity") from exc
    return model


def model_for_table(table_name: str) -> type[Base] | None:
    for model in synced_models():
        if model.__tablename__ == table_name:
            return model
    return None


@cache
def _columns(model: type[Base]) -> dict[str, Column[Any]]:
    out: dict[str, Column[Any]] = {}
    for attr in inspect(model).column_attrs:
        col = attr.columns[0]
        if isinstance(col, Column):
            out[attr.key] = col
    return out


def columns(model: type[Base]) -> dict[str, Column[Any]]:
    """Attribute key -> column of a mapped model."""
    return _columns(model)


def attr_key(model: type[Base], column: Column[Any]) -> str:
    prop = inspect(model).get_property_by_column(column)
    if not isinstance(prop, ColumnProperty):
        raise TypeError(column.name)
    return prop.key


def row_to_wire(obj: SyncedMixin) -> dict[str, Any]:
    return {key: to_wire(getattr(obj, key)) for key in columns(type(obj))}  # type: ignore[arg-type]


def mapping_to_wire(values: dict[str, Any]) -> dict[str, Any]:
    return {key: to_wire(value) for key, value in values.items()}


def _python_type(column: Column[Any]) -> type[Any] | None:
    type_: Any = column.type
    if isinstance(type_, TypeDecorator):  # e.g. UTCDateTime: the type it stores
        type_ = type_.impl_instance
    if isinstance(type_, JSON):
        return dict
    try:
        return type_.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def from_wire(column: Column[Any], key: str, value: Any) -> Any:
    """Convert one JSON value to the column's Python type, refusing anything that does not fit."""
    if value is None:
        return None
    pytype = _python_type(column)
    bad = Rejected("invalid_value", key)
    if pytype is None:
        return value
    if pytype is bool:
        if not isinstance(value, bool):
            raise bad
        return value
    if pytype is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
        return value
    if pytype is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad
        return float(value)
    if pytype is Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise bad
        try:
            return Decimal(str(value))
        except InvalidOperation as exc:
            raise bad from exc
    if pytype is str:
        if not isinstance(value, str):
            raise bad
        length = column.type.length if isinstance(column.type, String) else None
        if length is not None and len(value) > length:
            raise Rejected("too_long", key)
        return value
    if pytype is datetime:
        if not isinstance(value, str):
            raise bad
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as exc:
            raise bad from exc
        if parsed.tzinfo is None:
            raise bad
        return parsed
    if pytype is date:
        if not isinstance(value, str) or len(value) != 10:
            raise bad
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise bad from exc
    if pytype is dict:
        if not isinstance(value, dict | list):
            raise bad
        return value
    return value


def same(a: Any, b: Any) -> bool:
    """Equality of two Python values of one column (datetimes compared as instants)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def scalar_default(column: Column[Any]) -> tuple[bool, Any]:
    """(True, value) when the column has a plain (non-callable) default or none at all (None)."""
    default = column.default
    if default is None:
        return True, None
    if getattr(default, "is_scalar", False):
        return True, getattr(default, "arg", None)
    return False, None
