"""Appending to and verifying the hash chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.audit.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64


# What `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)` makes
# (the hashed format), with the encoder made once rather than per call (`json.dumps` builds a new
# JSONEncoder whenever an argument differs from the defaults).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def canonical(value: Any) -> str:
    return _CANONICAL.encode(value)


def entry_hash(
    *,
    prev_hash: str,
    seq: int,
    event_id: str,
    occurred_at: datetime,
    actor_id: str,
    actor_role: str,
    device_id: str,
    entity: str,
    row_id: str,
    action: str,
    changes: dict[str, Any],
    partner_id: str | None,
) -> str:
    body = canonical(
        [
            prev_hash,
            seq,
            event_id,
            occurred_at.isoformat(),
            actor_id,
            actor_role,
            device_id,
            entity,
            row_id,
            action,
            changes,
            partner_id,
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _head(session: Session) -> AuditChainHead:
    """The chain head, locked for the rest of the transaction. Cached per transaction: a head row created
    in this transaction is still pending (not yet flushed), so a second query would not see it."""
    transaction = session.get_transaction()
    cached = session.info.get("audit_chain_head")
    if cached is not None and cached[0] is transaction and cached[1] in session:
        head: AuditChainHead = cached[1]
        return head
    found = session.execute(select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()).scalar_one_or_none()
    if found is None:
        found = AuditChainHead(id=1, seq=0, hash=GENESIS)
        session.add(found)
    session.info["audit_chain_head"] = (transaction, found)
    return found


def append(session: Session, event: AuditEvent) -> AuditEvent:
    """Give `event` the next sequence number and its hash, and move the chain head."""
    head = _head(session)
    event.seq = head.seq + 1
    event.prev_hash = head.hash
    event.hash = entry_hash(
        prev_hash=event.prev_hash,
        seq=event.seq,
        event_id=event.id,
        occurred_at=event.occurred_at,
        actor_id=event.actor_id,
        actor_role=event.actor_role,
        device_id=event.device_id,
        entity=event.entity,
        row_id=event.row_id,
        action=event.action,
        changes=event.changes,
        partner_id=event.partner_id,
    )
    head.seq = event.seq
    head.hash = event.hash
    session.add(event)
    return event


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # changed | missing | head_mismatch
    detail: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: tuple[ChainProblem, ...]


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the whole chain: recompute every hash and check every link and the head."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    last_seq = 0
    while True:
        rows = (
            session.execute(select(AuditEvent).where(AuditEvent.seq > last_seq).order_by(AuditEvent.seq).limit(batch))
            .scalars()
            .all()
        )
        if not rows:
            break
        for ev in rows:
            count += 1
            if ev.seq != expected_seq:
                problems.append(ChainProblem(expected_seq, "missing", f"entries {expected_seq}..{ev.seq - 1} absent"))
            if ev.prev_hash != prev_hash:
                problems.append(ChainProblem(ev.seq, "missing", "link to the previous entry is broken"))
            recomputed = entry_hash(
                prev_hash=ev.prev_hash,
                seq=ev.seq,
                event_id=ev.id,
                occurred_at=ev.occurred_at,
                actor_id=ev.actor_id,
                actor_role=ev.actor_role,
                device_id=ev.device_id,
                entity=ev.entity,
                row_id=ev.row_id,
                action=ev.action,
                changes=ev.changes,
                partner_id=ev.partner_id,
            )
            if recomputed != ev.hash:
                problems.append(ChainProblem(ev.seq, "changed", "content does not match its hash"))
            prev_hash = ev.hash
            expected_seq = ev.seq + 1
            last_seq = ev.seq
        session.expunge_all()
    head = session.get(AuditChainHead, 1)
    if head is not None and (head.seq != last_seq or head.hash != prev_hash):
        problems.append(ChainProblem(head.seq, "head_mismatch", f"head at {head.seq}, log ends at {last_seq}"))
    return ChainReport(ok=not problems, entries=count, problems=tuple(problems))
