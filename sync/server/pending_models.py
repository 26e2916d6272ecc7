"""Server tables not yet in the Alembic chain.

They live on their own `MetaData` (same naming convention) so `alembic check` keeps passing until the
lead moves them into `sync/server/models.py` (on the shared `Base`) and regenerates the revision; until
then `ensure_pending_tables(engine)` creates them (`serve`, `server-admin` and `create_app` call it).

* `device_scopes`: per device, the partner scopes its replica holds (what it last pulled). The pull
  compares it with the scopes the caller may see now; the difference becomes `scope_events`.
* `scope_events`: a scope a device gained or lost, at a `server_seq` allocated from the change-log
  counter when the difference was found. A pull whose window covers that seq sends every row of a lost
  scope as an `evict` change and every live row of a gained scope as a normal change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Engine, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.db.base import ID, NAMING_CONVENTION, UTCDateTime
from workbench.ids import new_id


class PendingBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DeviceScope(PendingBase):
    __tablename__ = "device_scopes"

    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ID, primary_key=True)


class ScopeEvent(PendingBase):
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


def ensure_pending_tables(engine: Engine) -> None:
    PendingBase.metadata.create_all(engine, checkfirst=True)
