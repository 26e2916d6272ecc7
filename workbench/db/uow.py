"""Unit of work: one transaction, one actor, and change capture.

Every flush inside a unit of work is inspected (SQLAlchemy `before_flush`): each created, edited or
soft-deleted synced row gets an audit entry (who, when, device, old -> new) in the hash chain, and
on the laptop replica an outbox op, all in the same transaction as the change itself. Status and
other state-machine fields may change only inside `uow.command(...)`, which records a command op
instead of a field patch."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from hashlib import sha256
from operator import itemgetter
from types import TracebackType
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Engine, Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from workbench.audit import chain
from workbench.audit.models import AuditEvent
from workbench.clock import utcnow
from workbench.db.base import Base, SyncedMixin, entity_name
from workbench.db.outbox import SCHEMA_VERSION, OpKind, OpState, OutboxOp, ReplicaMeta
from workbench.errors import NotFound
from workbench.ids import new_id, new_ids
from workbench.security.roles import Actor

T = TypeVar("T", bound=Base)

BOOKKEEPING = frozenset({"version", "server_seq", "updated_at", "created_at"})


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def column_keys(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(type(obj)).column_attrs]


class UnitOfWork:
    """`with UnitOfWork(engine, actor) as uow:` commits on a clean exit and rolls back on an error."""

    def __init__(self, engine: Engine, actor: Actor, *, replica: bool = False, capture: bool = True) -> None:
        self.engine = engine
        self.actor = actor
        self.replica = replica
        self.capture = capture
        self.tx_id = new_id()
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        self.session.info["uow"] = self
        self._commands: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        self._now = utcnow()

    def __enter__(self) -> UnitOfWork:
        if engine_is_sqlite(self.engine):
            self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    @property
    def now(self) -> datetime:
        return self._now

    def get(self, model: type[T], row_id: str, *, include_deleted: bool = False) -> T:
        obj = self.session.get(model, row_id)
        if obj is None or (not include_deleted and getattr(obj, "deleted_at", None) is not None):
            raise NotFound(entity_name(model) if issubclass(model, SyncedMixin) else model.__tablename__, row_id)
        return obj

    @contextmanager
    def restamped(self) -> Iterator[None]:
        """Inside the block, `now` is a fresh clock reading (as a unit of work begun here would have),
        then the unit of work's own again: a workbench command run inside a longer server transaction
        (a pushed `submit`) stamps its rows and audit entries with the time it ran, exactly as when it
        ran in a unit of work of its own. Pending changes are flushed first (under the old time)."""
        self.session.flush()
        saved, self._now = self._now, utcnow()
        try:
            yield
        finally:
            self._now = saved

    def add(self, obj: T) -> T:
        self.session.add(obj)
        return obj

    def flush(self) -> None:
        self.session.flush()

    @contextmanager
    def command(self, obj: SyncedMixin, name: str, **args: Any) -> Iterator[None]:
        """Wrap a state-machine change of `obj`: its command fields may change inside the block and
        the change is recorded as one command op (`name`, `args`) rather than a patch."""
        self.session.flush()
        self._commands.setdefault(id(obj), []).append((name, {k: to_wire(v) for k, v in args.items()}))
        try:
            yield
            self.session.flush()
        finally:
            self._commands.pop(id(obj), None)

    def soft_delete(self, obj: SyncedMixin) -> None:
        obj.deleted_at = self._now

    def bulk_insert(self, model: type[SyncedMixin], rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Insert many NEW rows of `model` with Core `executemany` (no ORM objects), with exactly the
        change capture a flush of the same objects would write: per row, in order, column defaults
        applied, `created_at = updated_at = now`, an audit entry `create` with the same `changes` appended
        to the hash chain, and (replica) an outbox `create` op with the same `fields` and the next
        `client_seq`. Rows are attribute -> value mappings (an `id` is generated where missing); the
        caller has validated them (the bulk path is for imports whose rows went through the commands'
        validators). Pending ORM changes are flushed first, so the chain keeps the order of the writes.
        Returns the ids in row order."""
        if not rows:
            return []
        session = self.session
        session.flush()
        spec = _bulk_spec(model)
        now = self._now
        entity = entity_name(model)
        table_rows: list[tuple[Any, ...]] = []
        audit_rows: list[tuple[Any, ...]] = []
        outbox_rows: list[tuple[Any, ...]] = []
        # The same head `chain.append` moves (locked, cached per transaction), so ORM appends before and
        # after this call continue the one chain.
        head = chain._head(session) if self.capture else None
        # the head's seq and hash as plain locals in the loop (ORM attribute access per row costs), moved
        # on the head once all rows are built
        last_seq, last_hash = (head.seq, head.hash) if head is not None else (0, "")
        first_seq = reserve_client_seqs(session, len(rows)) if self.capture and self.replica else 0
        actor, role, device = self.actor.user_id, str(self.actor.role), self.actor.device_id
        create, pending = OpKind.CREATE.value, OpState.PENDING.value
        keys, captured, date_keys = spec.keys, spec.captured, spec.date_keys
        template: dict[str, Any] = dict.fromkeys(key for key, _ in spec.defaults)
        makers = [(key, maker) for key, maker in spec.defaults if maker is not None]
        no_base: dict[str, Any] = {}  # one object for every op: bound (serialised) once
        # the entry fields between event id and row id, the same for every row (see chain.entry_hash)
        canonical = chain.canonical
        fixed_json = ",".join(canonical(v) for v in (now.isoformat(), actor, role, device, entity))
        create_json = canonical("create")
        # JSON texts of `changes` (canonical: sorted keys) and of the outbox `fields` (column order) are
        # joined from each value's canonical text, made once per value (see `_json_scalar`)
        change_keys = [(k, canonical(k) + ":[null,") for k in sorted(captured) if k != "id"]
        field_keys = [(k, canonical(k) + ":") for k in captured]
        ids: list[str] = []
        # event ids (and op ids on the replica), one batch, in the order the per-row calls would make them:
        # per row the event id, then the op id
        per_row = 0 if head is None else (2 if self.replica else 1)
        fresh = new_ids(per_row * len(rows))
        encode_str = _encode_str
        # the captured values as a tuple, in `captured` order (itemgetter of one key gives the bare value)
        get_captured = itemgetter(*captured) if len(captured) > 1 else lambda d: (d[captured[0]],)
        for n, given in enumerate(rows):
            if not keys.issuperset(given):
                raise TypeError(f"{entity}: unknown attributes {sorted(set(given) - keys)}")
            values: dict[str, Any] = template.copy()  # every attribute None, in column order
            values.update(given)  # (keys already present keep their place: still column order)
            for key, default in makers:
                if values[key] is None:
                    values[key] = default()
            values["created_at"] = values["updated_at"] = now
            row_id = values["id"]
            ids.append(row_id)
            table_rows.append(tuple(values.values()))
            if head is None:
                continue
            wire = values  # read only by the captured keys; a copy where dates become text (`to_wire`)
            if date_keys:
                wire = {k: values[k] for k in captured}
                for k in date_keys:
                    if wire[k] is not None:
                        wire[k] = wire[k].isoformat()
            # each value's canonical JSON text (strings, the common case, straight through the encoder's
            # C function; None where the full encoder is needed, see `_json_scalar`)
            enc = {
                k: encode_str(v) if type(v) is str else "null" if v is None else _json_scalar(v)
                for k, v in zip(captured, get_captured(wire), strict=True)
            }
            event_id = fresh[n * per_row]
            seq = last_seq + 1
            partner_id = values.get("partner_id")
            # `chain.entry_hash` over the canonical JSON list of the entry's fields; the canonical text of
            # `changes` ({k: [None, v]} for every set value but the id) is made once and also stored (the JSON
            # column reads it back as the same value).
            changes_json = (
                "{"
                + ",".join(
                    [
                        f"{prefix}{canonical(wire[k]) if enc[k] is None else enc[k]}]"
                        for k, prefix in change_keys
                        if wire[k] is not None
                    ]
                )
                + "}"
            )
            body = (
                f"[{encode_str(last_hash)},{seq},{encode_str(event_id)},{fixed_json},"
                f"{enc['id'] or canonical(row_id)},{create_json},{changes_json},"
                f"{'null' if partner_id is None else encode_str(partner_id)}]"
            )
            digest = sha256(body.encode("utf-8")).hexdigest()
            # in _AUDIT_COLUMNS order
            audit_rows.append(
                (event_id, 0, None, None, now, now, partner_id, seq, now, actor, role, device, entity, row_id,
                 "create", _Bound(changes_json), last_hash, digest)
            )  # fmt: skip
            last_seq, last_hash = seq, digest
            if self.replica:
                # the wire values as JSON (read back as `wire`); values other than text/number/bool/null
                # (none in today's models) leave it to the column's serialiser
                fields: Any
                if None not in enc.values():
                    fields = _Bound("{" + ",".join([f"{prefix}{enc[k]}" for k, prefix in field_keys]) + "}")
                else:
                    fields = {k: wire[k] for k in captured}
                # in _OUTBOX_COLUMNS order
                outbox_rows.append(
                    (fresh[n * per_row + 1], first_seq + n, self.tx_id, entity, row_id, create, None, 0, fields,
                     no_base, SCHEMA_VERSION, pending, None, None, now)
                )  # fmt: skip
        if head is not None:
            head.seq, head.hash = last_seq, last_hash
        conn = session.connection()
        _insert_many(conn, cast(Table, model.__table__), spec.columns, table_rows)  # type: ignore[attr-defined]
        _insert_many(conn, cast(Table, AuditEvent.__table__), _AUDIT_COLUMNS, audit_rows)
        _insert_many(conn, cast(Table, OutboxOp.__table__), _OUTBOX_COLUMNS, outbox_rows)
        session.flush()  # the chain head and the client_seq counter
        return ids

    # --- change capture -------------------------------------------------------------------------

    def _apply_defaults(self, obj: SyncedMixin) -> None:
        mapper = inspect(type(obj))
        for attr in mapper.column_attrs:
            col = attr.columns[0]
            if getattr(obj, attr.key) is None and col.default is not None:
                default = col.default
                if getattr(default, "is_scalar", False):
                    setattr(obj, attr.key, default.arg)  # type: ignore[attr-defined]
                elif getattr(default, "is_callable", False):
                    setattr(obj, attr.key, default.arg(None))  # type: ignore[attr-defined]

    def _capture_create(self, session: Session, obj: SyncedMixin) -> None:
        self._apply_defaults(obj)
        obj.created_at = obj.updated_at = self._now
        values = {k: to_wire(getattr(obj, k)) for k in column_keys(obj) if k not in BOOKKEEPING}
        entity = entity_name(type(obj))
        self._audit(session, obj, "create", {k: [None, v] for k, v in values.items() if v is not None and k != "id"})
        if self.replica:
            self._outbox(session, entity, obj.id, OpKind.CREATE, None, 0, values, {})

    def _capture_update(self, session: Session, obj: SyncedMixin) -> None:
        state = inspect(obj)
        changed: dict[str, tuple[Any, Any]] = {}
        for attr in state.mapper.column_attrs:
            if attr.key in BOOKKEEPING:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changed[attr.key] = (to_wire(old), to_wire(new))
        if not changed:
            return
        entity = entity_name(type(obj))
        if type(obj).__insert_only__:
            raise RuntimeError(f"{entity} rows are append-only; {sorted(changed)} cannot change")
        commands = self._commands.get(id(obj))
        command_fields = type(obj).__command_fields__
        guarded = sorted(set(changed) & command_fields)
        if guarded and not commands:
            raise RuntimeError(f"{entity}.{guarded} change only through a command")
        if "deleted_at" in changed and changed["deleted_at"][0] is None:
            self._audit(session, obj, "delete", {k: list(v) for k, v in changed.items()})
            if self.replica:
                self._outbox(session, entity, obj.id, OpKind.DELETE, None, obj.version, {}, {})
            return
        if commands:
            name, args = commands[-1]
            cmd_changes = {k: list(v) for k, v in changed.items() if k in command_fields}
            self._audit(session, obj, name, {**cmd_changes, **({"args": args} if args else {})})
            if self.replica:
                self._outbox(session, entity, obj.id, OpKind.COMMAND, name, obj.version, args, {})
            commands.clear()
            changed = {k: v for k, v in changed.items() if k not in command_fields}
            if not changed:
                return
        self._audit(session, obj, "update", {k: list(v) for k, v in changed.items()})
        if self.replica:
            fields = {k: v[1] for k, v in changed.items()}
            base = {k: v[0] for k, v in changed.items()}
            self._outbox(session, entity, obj.id, OpKind.PATCH, None, obj.version, fields, base)

    def _audit(self, session: Session, obj: SyncedMixin, action: str, changes: dict[str, Any]) -> None:
        ev = AuditEvent(
            id=new_id(),
            occurred_at=self._now,
            actor_id=self.actor.user_id,
            actor_role=str(self.actor.role),
            device_id=self.actor.device_id,
            entity=entity_name(type(obj)),
            row_id=obj.id,
            action=action,
            changes=changes,
            partner_id=obj.partner_id,
            version=0,
            created_at=self._now,
            updated_at=self._now,
        )
        chain.append(session, ev)

    def _outbox(
        self,
        session: Session,
        entity: str,
        row_id: str,
        kind: OpKind,
        command: str | None,
        base_version: int,
        fields: dict[str, Any],
        base: dict[str, Any],
    ) -> None:
        if kind == OpKind.PATCH:
            last = session.execute(
                select(OutboxOp)
                .where(OutboxOp.entity == entity, OutboxOp.row_id == row_id)
                .order_by(OutboxOp.client_seq.desc())
                .limit(1)
            ).scalar_one_or_none()
            if last is not None and last.state == OpState.PENDING and last.kind in (OpKind.CREATE, OpKind.PATCH):
                last.fields = {**last.fields, **fields}
                if last.kind == OpKind.PATCH:
                    last.base = {**base, **last.base}  # keep the first pre-image of every field
                return
        session.add(
            OutboxOp(
                op_id=new_id(),
                client_seq=next_client_seq(session),
                tx_id=self.tx_id,
                entity=entity,
                row_id=row_id,
                kind=kind,
                command=command,
                base_version=base_version,
                fields=fields,
                base=base,
                schema_version=SCHEMA_VERSION,
                state=OpState.PENDING,
                created_at=self._now,
            )
        )


def next_client_seq(session: Session) -> int:
    """The device's next client_seq."""
    return reserve_client_seqs(session, 1)


def reserve_client_seqs(session: Session, count: int) -> int:
    """The first of `count` consecutive client_seq numbers of this device (the counter moves on by
    `count`). The counter row is cached per transaction: one created in this transaction is still
    pending during the flush, so a second lookup would not find it."""
    transaction = session.get_transaction()
    cached = session.info.get("client_seq_meta")
    if cached is not None and cached[0] is transaction and cached[1] in session:
        meta: ReplicaMeta = cached[1]
    else:
        found = session.get(ReplicaMeta, "next_client_seq")
        if found is None:
            found = ReplicaMeta(key="next_client_seq", value="1")
            session.add(found)
        meta = found
        session.info["client_seq_meta"] = (transaction, meta)
    seq = int(meta.value)
    meta.value = str(seq + count)
    return seq


BULK_CHUNK = 5_000  # rows per executemany

_AUDIT_COLUMNS = (
    "id", "version", "server_seq", "deleted_at", "created_at", "updated_at", "partner_id", "seq", "occurred_at",
    "actor_id", "actor_role", "device_id", "entity", "row_id", "action", "changes", "prev_hash", "hash",
)  # fmt: skip
_OUTBOX_COLUMNS = (
    "op_id", "client_seq", "tx_id", "entity", "row_id", "kind", "command", "base_version", "fields", "base",
    "schema_version", "state", "result_code", "result_detail", "created_at",
)  # fmt: skip


def _json_scalar(value: Any) -> str | None:
    """The canonical JSON text (as `chain.canonical` makes it) of a str, None, bool or int; None for other
    values (they go through the full encoder)."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return None


_encode_str: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class _Bound:
    """A value already in its stored form (JSON text made for the hash): `_insert_many` passes it on."""

    text: str


def _insert_many(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """INSERT `rows` (tuples in `columns` order) in chunks. On SQLite straight through the driver's
    `executemany` with each column's own bind processor applied here (SQLAlchemy's per-row parameter
    handling costs more than the insert itself); elsewhere a Core `insert()`. None is stored as SQL NULL,
    as the ORM does for an attribute it never set (a JSON column would otherwise store JSON `null`)."""
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        for start in range(0, len(rows), BULK_CHUNK):
            chunk = rows[start : start + BULK_CHUNK]
            conn.execute(
                insert(table),
                [
                    {c: json.loads(v.text) if type(v) is _Bound else v for c, v in zip(columns, r, strict=True)}
                    for r in chunk
                ],
            )
        return
    processors = [(i, table.c[name].type._cached_bind_processor(dialect)) for i, name in enumerate(columns)]
    active = [(i, proc) for i, proc in processors if proc is not None]
    preparer = dialect.identifier_preparer
    sql = (
        f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(c) for c in columns)})"
        f" VALUES ({', '.join('?' for _ in columns)})"
    )
    for start in range(0, len(rows), BULK_CHUNK):
        chunk = rows[start : start + BULK_CHUNK]
        if active:
            memo: dict[int, tuple[Any, Any]] = {}  # column -> (last value, its bound form): timestamps repeat
            bound: list[Any] = []
            for row in chunk:
                out = list(row)
                for i, proc in active:
                    value = out[i]
                    if value is None:
                        continue
                    if type(value) is _Bound:
                        out[i] = value.text
                        continue
                    last = memo.get(i)
                    if last is not None and last[0] is value:
                        out[i] = last[1]
                    else:
                        out[i] = proc(value)
                        memo[i] = (value, out[i])
                bound.append(tuple(out))
            conn.exec_driver_sql(sql, bound)
        else:
            conn.exec_driver_sql(sql, chunk)


@dataclass(frozen=True, slots=True)
class _BulkSpec:
    keys: frozenset[str]  # attribute keys of the model's columns
    columns: tuple[str, ...]  # column names, in the order of `defaults`
    defaults: tuple[tuple[str, Callable[[], Any] | None], ...]  # every attribute with its default maker
    captured: tuple[str, ...]  # attributes a create records (all but BOOKKEEPING), in column order
    date_keys: tuple[str, ...]  # captured attributes of date/datetime columns (`to_wire` -> isoformat)


_BULK_SPECS: dict[type[Any], _BulkSpec] = {}


def _bulk_spec(model: type[Any]) -> _BulkSpec:
    """What `_apply_defaults` and `_capture_create` do per object, precomputed per model."""
    found = _BULK_SPECS.get(model)
    if found is not None:
        return found
    names: dict[str, str] = {}
    defaults: list[tuple[str, Callable[[], Any] | None]] = []
    date_columns: set[str] = set()
    for attr in inspect(model).column_attrs:
        col = attr.columns[0]
        names[attr.key] = col.name
        if col.type.python_type in (date, datetime):
            date_columns.add(attr.key)
        default = col.default
        maker: Callable[[], Any] | None = None
        if attr.key in ("created_at", "updated_at"):
            pass  # bulk_insert sets both to the unit of work's `now`: no clock read per row
        elif default is not None and getattr(default, "is_scalar", False):
            arg = default.arg  # type: ignore[attr-defined]
            maker = lambda arg=arg: arg  # noqa: E731
        elif default is not None and getattr(default, "is_callable", False):
            fn = default.arg  # type: ignore[attr-defined]
            maker = lambda fn=fn: fn(None)  # noqa: E731
        defaults.append((attr.key, maker))
    spec = _BulkSpec(
        keys=frozenset(names),
        columns=tuple(names.values()),
        defaults=tuple(defaults),
        captured=tuple(k for k in names if k not in BOOKKEEPING),
        date_keys=tuple(k for k in names if k not in BOOKKEEPING and k in date_columns),
    )
    _BULK_SPECS[model] = spec
    return spec


def engine_is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    uow = session.info.get("uow")
    if not isinstance(uow, UnitOfWork) or not uow.capture:
        return
    with session.no_autoflush:
        for obj in list(session.new):
            if isinstance(obj, SyncedMixin) and not isinstance(obj, AuditEvent):
                uow._capture_create(session, obj)
        for obj in list(session.dirty):
            if isinstance(obj, AuditEvent) and session.is_modified(obj):
                raise RuntimeError("audit_events rows are append-only")
            if isinstance(obj, SyncedMixin) and session.is_modified(obj):
                uow._capture_update(session, obj)
        for obj in list(session.deleted):
            if isinstance(obj, SyncedMixin):
                raise RuntimeError(f"synced rows are soft-deleted, never removed ({entity_name(type(obj))})")
