"""Facts about this replica kept in `replica_meta` (key/value): who is signed in, the device, the pull
cursor, the outcome of the last sync. Secrets never go here (they live in a SecretStore)."""

from __future__ import annotations

from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session

from workbench.db.outbox import ReplicaMeta

INSTALL_ID = "install_id"  # random id naming this replica's secrets in the keyring
SERVER_URL = "server_url"
DEVICE_ID = "device_id"
USER_ID = "user_id"
ROLE = "role"
PARTNER_ID = "partner_id"
DISPLAY_NAME = "display_name"
CURSOR = "pull_cursor"
RESNAPSHOT = "resnapshot"  # "1" while a re-snapshot of the scope is under way
LAST_SYNC = "last_sync"  # ISO timestamp of the last sync that finished
LAST_ERROR = "last_error"  # code of the last failed sync ("" after a success)
NEXT_CLIENT_SEQ = "next_client_seq"  # owned by workbench.db.uow.next_client_seq


def get(session: Session, key: str) -> str | None:
    row = session.get(ReplicaMeta, key)
    return row.value if row is not None else None


def put(session: Session, key: str, value: str) -> None:
    row = session.get(ReplicaMeta, key)
    if row is None:
        session.add(ReplicaMeta(key=key, value=value))
    else:
        row.value = value


def remove(session: Session, key: str) -> None:
    session.execute(delete(ReplicaMeta).where(ReplicaMeta.key == key))


def read(engine: Engine, key: str) -> str | None:
    with Session(engine) as session:
        return get(session, key)


def write(engine: Engine, **values: str | None) -> None:
    """Set (or, with None, remove) keys in one transaction."""
    with Session(engine) as session, session.begin():
        for key, value in values.items():
            if value is None:
                remove(session, key)
            else:
                put(session, key, value)
