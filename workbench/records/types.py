"""Record DTOs and inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class AttachmentDTO:
    id: str
    partner_id: str | None
    owner_entity: str
    owner_id: str
    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    evidence_kind: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NoteDTO:
    id: str
    partner_id: str | None
    owner_entity: str
    owner_id: str
    body: str
    author_id: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TaskInput:
    owner_entity: str
    owner_id: str
    title: str
    due_on: date | None = None
    assignee_id: str | None = None


@dataclass(frozen=True, slots=True)
class TaskDTO:
    id: str
    partner_id: str | None
    owner_entity: str
    owner_id: str
    title: str
    due_on: date | None
    done_at: datetime | None
    assignee_id: str | None
    created_at: datetime
    version: int
