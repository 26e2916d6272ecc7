"""Attachments, notes and tasks. `owner_entity` is the owner's table (sync entity) name, `owner_id` its id;
`partner_id` is copied from the owner (access scope)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import ID, Base, SyncedMixin


class Attachment(SyncedMixin, Base):
    """Metadata of a content-addressed file (blob named by its SHA-256). Evidence: append-only."""

    __tablename__ = "attachments"
    __insert_only__ = True

    owner_entity: Mapped[str] = mapped_column(String(64), nullable=False)
    owner_id: Mapped[str] = mapped_column(ID, nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    mime_type: Mapped[str] = mapped_column(String(127), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    evidence_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)

    __table_args__ = (
        CheckConstraint("size_bytes > 0", name="size_positive"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        Index("ix_attachments_owner", "owner_entity", "owner_id"),
    )


class Note(SyncedMixin, Base):
    __tablename__ = "notes"
    __insert_only__ = True

    owner_entity: Mapped[str] = mapped_column(String(64), nullable=False)
    owner_id: Mapped[str] = mapped_column(ID, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    author_id: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_notes_owner", "owner_entity", "owner_id"),)


class Task(SyncedMixin, Base):
    __tablename__ = "tasks"
    __command_fields__ = frozenset({"done_at"})

    owner_entity: Mapped[str] = mapped_column(String(64), nullable=False)
    owner_id: Mapped[str] = mapped_column(ID, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    due_on: Mapped[date | None] = mapped_column(nullable=True, index=True)
    done_at: Mapped[datetime | None] = mapped_column(nullable=True)
    assignee_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)

    __table_args__ = (Index("ix_tasks_owner", "owner_entity", "owner_id"),)
