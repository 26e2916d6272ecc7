"""The wire protocol between the workbench and the central server (ARCHITECTURE §4), version 1.

Both sides import these pydantic models: the server validates every request body with them and the
client parses every answer with them. Request models are strict (`extra="forbid"`, bounded lengths);
answers from a newer server may carry extra keys, which a client ignores.

Field values travel as JSON: datetimes as ISO 8601 with offset, dates as ISO 8601, money as integer minor
units, JSON columns as objects. `fields` of an op hold the changed values only, `base` their pre-images."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, StringConstraints, model_validator

PROTOCOL_VERSION = 1
MAX_OPS_PER_PUSH = 500
MAX_BODY_BYTES = 1_048_576
MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 1000
MAX_FIELDS_PER_OP = 200

Id = Annotated[str, StringConstraints(min_length=1, max_length=36, pattern=r"^[0-9A-Za-z_-]+$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]
FieldName = Annotated[str, StringConstraints(min_length=1, max_length=64)]
FieldMap = Annotated[dict[FieldName, JsonValue], Field(max_length=MAX_FIELDS_PER_OP)]
Row = dict[str, Any]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ErrorBody(_Answer):
    """Every 4xx/5xx answer: a stable `error` code (never a stack trace) and optional details."""

    error: str
    expected: int | None = None  # client_seq_gap: the client_seq the server expects next
    detail: list[dict[str, Any]] | None = None  # invalid_request: what did not validate
    limit: int | None = None  # body_too_large / blob_too_large: the limit in bytes
    horizon: int | None = None  # resnapshot_required: the oldest cursor the change log still serves


# --- hello -------------------------------------------------------------------------------------


class HelloStatus(StrEnum):
    OK = "ok"
    UPGRADE_REQUIRED = "upgrade_required"  # the client (or, with reason server_older, the server) must be upgraded
    RESNAPSHOT = "resnapshot"  # the cursor is older than the change-log window: re-snapshot, keep the outbox


class HelloRequest(_Request):
    protocol_version: Annotated[int, Field(ge=0, le=1_000_000)]
    schema_version: Annotated[int, Field(ge=0, le=1_000_000)]
    cursor: Annotated[int, Field(ge=0)] | None = None
    app_version: Annotated[str, StringConstraints(max_length=64)] = ""


class HelloResponse(_Answer):
    status: HelloStatus
    reason: str | None = None
    protocol_version: int
    schema_version: int
    min_schema_version: int
    server_time: datetime
    user_id: str
    role: str
    partner_id: str | None
    device_id: str
    next_client_seq: int


# --- auth --------------------------------------------------------------------------------------


class LoginRequest(_Request):
    email: Annotated[str, StringConstraints(min_length=3, max_length=254, strip_whitespace=True)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    # A device id the server gave this installation before; omitted on the first login.
    device_id: Id | None = None


class RefreshRequest(_Request):
    refresh_token: Annotated[str, StringConstraints(min_length=16, max_length=256)]


class TokenResponse(_Answer):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds until the access token expires
    refresh_expires_in: int
    user_id: str
    device_id: str
    role: str
    partner_id: str | None
    display_name: str


# --- push --------------------------------------------------------------------------------------


class OpKind(StrEnum):
    CREATE = "create"
    PATCH = "patch"
    DELETE = "delete"
    COMMAND = "command"


class ResultCode(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # this op_id was answered before; `original` and the rest are that answer
    MERGED = "merged"  # nothing to do: the server already holds these values
    CONFLICT = "conflict"  # some fields changed on both sides: server values kept, see `conflicts`
    REJECTED = "rejected"  # refused for good (`reason`); never retried
    RETRY = "retry"  # not processed now (transient); send again later with the same op_id


class Op(_Request):
    op_id: Id
    client_seq: Annotated[int, Field(ge=1)]
    tx_id: Id
    entity: Name
    row_id: Id
    kind: OpKind
    command: Name | None = None
    base_version: Annotated[int, Field(ge=0)] = 0
    fields: FieldMap = Field(default_factory=dict)
    base: FieldMap = Field(default_factory=dict)
    schema_version: Annotated[int, Field(ge=1, le=1_000_000)]

    @model_validator(mode="after")
    def _command_name(self) -> Op:
        if (self.kind == OpKind.COMMAND) != (self.command is not None):
            raise ValueError("command is required for kind=command and forbidden otherwise")
        return self


class PushRequest(_Request):
    device_id: Id
    ops: Annotated[list[Op], Field(min_length=1, max_length=MAX_OPS_PER_PUSH)]

    @model_validator(mode="after")
    def _unique(self) -> PushRequest:
        if len({op.op_id for op in self.ops}) != len(self.ops):
            raise ValueError("op_id repeated in one batch")
        if len({op.client_seq for op in self.ops}) != len(self.ops):
            raise ValueError("client_seq repeated in one batch")
        return self


class ConflictField(_Answer):
    base: JsonValue
    mine: JsonValue
    server: JsonValue
    id: str | None = None  # the server's record of this conflict (ConflictNotice.id), for a field conflict


class OpResult(_Answer):
    op_id: str
    result: ResultCode
    reason: str | None = None  # machine-readable code for rejected / retry / conflict
    field: str | None = None  # the field a rejection is about, when there is one
    original: ResultCode | None = None  # for duplicate: the result first given
    version: int | None = None
    row: Row | None = None  # the server row after the op (None when the caller may not see it)
    conflicts: dict[str, ConflictField] | None = None


class PushResponse(_Answer):
    results: list[OpResult]
    next_client_seq: int
    server_time: datetime


# --- pull --------------------------------------------------------------------------------------


class RowChange(_Answer):
    entity: str
    row_id: str
    server_seq: int
    version: int
    row: Row | None  # None for a tombstone or an eviction
    deleted: bool = False
    evict: bool = False  # the caller may no longer see this row: drop it locally


# Conflicts travel to both sides: a resolution is a command op on this pseudo-entity, row_id = the id.
CONFLICTS_ENTITY = "sync_conflicts"
RESOLVE_COMMAND = "resolve"
RESOLUTIONS = ("mine", "theirs", "edited")


class ConflictNotice(_Answer):
    """A field conflict recorded by the server, sent on pull to the devices of both users involved (when
    created and again when resolved). `mine` is the value that lost (typed by `loser_user_id` on
    `loser_device_id`, op `op_id`), `theirs` the value the server kept (last written by `winner_user_id`,
    null when unknown)."""

    id: str
    entity: str
    row_id: str
    field: str
    base: JsonValue
    mine: JsonValue
    theirs: JsonValue
    op_id: str
    server_seq: int
    loser_user_id: str
    loser_device_id: str
    winner_user_id: str | None = None
    winner_device_id: str | None = None
    created_at: datetime
    resolved: bool = False
    resolution: str | None = None  # mine | theirs | edited, as chosen by `resolved_by`
    resolved_by: str | None = None


class PullResponse(_Answer):
    changes: list[RowChange]
    next_cursor: int
    has_more: bool
    conflicts: list[ConflictNotice] = Field(default_factory=list)


# --- snapshot ----------------------------------------------------------------------------------

MAX_SNAPSHOT_LIMIT = 5000
DEFAULT_SNAPSHOT_LIMIT = 1000


class SnapshotResponse(_Answer):
    """One page of `GET /sync/v1/snapshot`: live rows the caller may see (never tombstones or evicts)."""

    rows: list[RowChange]
    cursor: int  # change-log position of this page; a client keeps the FIRST page's and pulls from it
    next_after: str | None  # pass as `after` to get the next page (opaque); None on the last page
    has_more: bool


# --- blobs -------------------------------------------------------------------------------------


class BlobStatus(_Answer):
    """State of a content-addressed upload (`HEAD`/`GET .../status`, and the answer of every chunk)."""

    sha256: str
    complete: bool  # the server holds the verified blob
    received: int  # bytes received so far (the offset of the next chunk); the size when complete
    size: int | None = None  # the declared total size, once known
    max_bytes: int  # the largest blob the server accepts
