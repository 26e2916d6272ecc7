"""Each named fault of ARCHITECTURE §7 as its own test, with the six invariants checked at the end."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import sync.client.blobs as blobs_module
import sync.client.engine as client_engine
import sync.server.push as server_push
from sync.client import meta
from sync.client.errors import NetworkError, ServerError, SyncError
from sync.client.status import open_conflicts, rejected_ops
from sync.server.changelog import server_uow
from sync.server.models import AppliedOp, Device, SeqCounter
from sync.server.prune import prune
from tests.sync.client.helpers import DropAnswers
from tests.sync.faults.conftest import Cluster
from tests.sync.faults.harness import PUSH, Edit, FaultRates, check_all
from workbench.db.outbox import OpState
from workbench.db.uow import UnitOfWork
from workbench.partners.commands import update_partner
from workbench.partners.models import Contact, Partner
from workbench.records.commands import add_attachment
from workbench.security.roles import SYSTEM

CONTACT_KEY = (Contact, lambda c: (c.partner_id, c.last_name))


def add_contact(node: Any, partner_id: str, last_name: str) -> str:
    with node.local_clock(), UnitOfWork(node.engine, node.actor, replica=True) as uow:
        contact = uow.add(Contact(partner_id=partner_id, last_name=last_name, role="sales"))
        uow.flush()
        return str(contact.id)


def server_count(cluster: Cluster, model: type[Any], *where: Any) -> int:
    with Session(cluster.server_db) as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_kill_after_server_commit_before_the_answer(cluster: Cluster) -> None:
    """The push commits, the answer is lost: the op stays in flight, is sent again and answered
    duplicate: one contact on the server, nothing lost."""
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    row = add_contact(pa, w.partner_a, "Lost-Answer")
    assert pa.faulty is not None
    pa.faulty.rates, pa.faulty.paths = FaultRates(drop_after=1.0), (PUSH,)
    with pytest.raises(NetworkError):
        pa.sync()
    assert server_count(cluster, Contact, Contact.id == row) == 1  # committed
    assert [op.state for op in pa.ops()] == [OpState.IN_FLIGHT]
    update_partner(pa.engine, pa.actor, w.partner_a, {"phone": "+49 1"})  # a later edit does not coalesce
    assert len(pa.ops()) == 2
    report = pa.sync_ok()
    assert (report.duplicates, report.applied) == (1, 2)  # the duplicate counts under its original result
    edits = [
        Edit("pa", "contacts", row, "last_name", "Lost-Answer", "create"),
        Edit("pa", "partners", w.partner_a, "phone", "+49 1"),
    ]
    check_all(cluster.server_db, [pa], edits, [CONTACT_KEY])
    assert server_count(cluster, Contact, Contact.last_name == "Lost-Answer") == 1


def test_duplicate_delivery(cluster: Cluster) -> None:
    """Every push reaches the server twice: the second delivery answers duplicate, nothing twice."""
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    rows = [add_contact(pa, w.partner_a, f"Twice-{i}") for i in range(3)]
    update_partner(pa.engine, pa.actor, w.partner_a, {"city": "Twice City"})
    assert pa.faulty is not None
    pa.faulty.rates = FaultRates(duplicate=1.0)
    report = pa.sync()
    assert report.duplicates == 4 and report.pending_after == 0
    with Session(cluster.server_db) as session:
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == 4
    edits = [Edit("pa", "contacts", r, "last_name", f"Twice-{i}", "create") for i, r in enumerate(rows)]
    check_all(
        cluster.server_db, [pa], [*edits, Edit("pa", "partners", w.partner_a, "city", "Twice City")], [CONTACT_KEY]
    )


def test_reordered_batches(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of one op each; the first one is held back in the network and arrives after all the newer
    ones were applied: it is answered duplicate and changes nothing (no contact twice, the partner keeps
    the last value)."""
    monkeypatch.setattr(client_engine, "PUSH_MAX_OPS", 1)
    w = cluster.world
    pa = cluster.node("pa", "pa", seed=3)
    pa.sync_ok()
    names = [f"Order-{i}" for i in range(3)]
    rows = [add_contact(pa, w.partner_a, n) for n in names]
    update_partner(pa.engine, pa.actor, w.partner_a, {"city": "First"})
    assert pa.faulty is not None
    pa.faulty.rates, pa.faulty.late = FaultRates(reorder=1.0), 0.0
    with pytest.raises(NetworkError):
        pa.sync()  # batch 1 held back in the network
    pa.faulty.rates = FaultRates()
    pa.sync()  # batch 1 sent again (applied), then the newer ones
    update_partner(pa.engine, pa.actor, w.partner_a, {"city": "Second"})
    pa.sync()
    assert len(pa.faulty.held) == 1
    pa.faulty.flush_held()  # the stale batch arrives last
    with Session(cluster.server_db) as session:
        assert session.get_one(Partner, w.partner_a).city == "Second"
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == 5
    edits = [Edit("pa", "contacts", r, "last_name", n, "create") for r, n in zip(rows, names, strict=True)]
    check_all(cluster.server_db, [pa], [*edits, Edit("pa", "partners", w.partner_a, "city", "Second")], [CONTACT_KEY])
    assert server_count(cluster, Contact, Contact.last_name.like("Order-%")) == 3


def test_kill_during_pull_apply_rolls_back_page_and_cursor(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    w = cluster.world
    cm = cluster.node("cm", "cm")
    pa = cluster.node("pa", "pa")
    cm.sync_ok()
    pa.sync_ok()
    cursor_before = meta.read(pa.engine, meta.CURSOR)
    rows = [add_contact(cm, w.partner_a, f"Pulled-{i}") for i in range(5)]
    update_partner(cm.engine, cm.actor, w.partner_a, {"city": "Pulled City"})
    cm.sync_ok()
    real = client_engine._apply_changes

    def apply_then_die(session: Session, changes: list[Any], report: Any, **kwargs: Any) -> None:
        real(session, changes, report, **kwargs)
        session.flush()
        raise KeyboardInterrupt  # the process dies inside the page's transaction

    monkeypatch.setattr(client_engine, "_apply_changes", apply_then_die)
    with pytest.raises(KeyboardInterrupt):
        pa.sync()
    assert meta.read(pa.engine, meta.CURSOR) == cursor_before
    assert pa.count(Contact) == 0 and pa.get(Partner, w.partner_a).city == "Munich"
    monkeypatch.setattr(client_engine, "_apply_changes", real)
    pa.sync_ok()
    assert pa.count(Contact) == 5
    edits = [Edit("cm", "contacts", r, "last_name", f"Pulled-{i}", "create") for i, r in enumerate(rows)]
    check_all(
        cluster.server_db, [cm, pa], [*edits, Edit("cm", "partners", w.partner_a, "city", "Pulled City")], [CONTACT_KEY]
    )


def test_clock_skew_of_days_never_decides_a_winner(cluster: Cluster) -> None:
    """A laptop five days ahead edits first, one five days behind edits later: the first push wins, the
    second is a conflict — whatever the clocks say; the server's own timestamps stay its own."""
    w = cluster.world
    ahead = cluster.node("cm", "cm")
    behind = cluster.node("pa", "pa")
    ahead.skew, behind.skew = timedelta(days=5), timedelta(days=-5)
    ahead.sync_ok()
    behind.sync_ok()
    with behind.local_clock():
        update_partner(behind.engine, behind.actor, w.partner_a, {"city": "Behind"})
    with ahead.local_clock():
        update_partner(ahead.engine, ahead.actor, w.partner_a, {"city": "Ahead"})
    behind.sync_ok()  # pushed first although typed with the older clock
    ahead.sync_ok()
    with Session(cluster.server_db) as session:
        stored = session.get_one(Partner, w.partner_a)
        assert stored.city == "Behind"
        assert abs(stored.updated_at - cluster.clock()) < timedelta(hours=1)
    [conflict] = open_conflicts(ahead.engine)
    assert (conflict.field, conflict.mine, conflict.theirs) == ("city", "Ahead", "Behind")
    edits = [
        Edit("pa", "partners", w.partner_a, "city", "Behind"),
        Edit("cm", "partners", w.partner_a, "city", "Ahead"),
    ]
    check_all(cluster.server_db, [ahead, behind], edits)


def test_offline_past_the_log_window_resnapshots_and_keeps_the_outbox(cluster: Cluster) -> None:
    w = cluster.world
    cm = cluster.node("cm", "cm")
    pa = cluster.node("pa", "pa")
    cm.sync_ok()
    pa.sync_ok()
    doomed = add_contact(cm, w.partner_a, "Doomed")
    cm.sync_ok()
    pa.sync_ok()
    assert pa.get(Contact, doomed) is not None
    assert pa.faulty is not None
    pa.faulty.offline = True
    mine = add_contact(pa, w.partner_a, "Typed-Offline")
    update_partner(pa.engine, pa.actor, w.partner_a, {"phone": "+49 99"})
    with UnitOfWork(cm.engine, cm.actor, replica=True) as uow:
        uow.soft_delete(uow.get(Contact, doomed))
    cm.sync_ok()
    result = prune(cluster.server_db, now=cluster.clock() + timedelta(days=200))  # 200 days later
    assert result.rows >= 1 and result.horizon > 0
    report = pa.sync_ok()
    assert report.resnapshot and report.applied == 2
    assert pa.get(Contact, doomed) is None  # the delete it never saw as a tombstone is swept
    edits = [
        Edit("pa", "contacts", mine, "last_name", "Typed-Offline", "create"),
        Edit("pa", "partners", w.partner_a, "phone", "+49 99"),
    ]
    check_all(cluster.server_db, [cm, pa], [*edits, Edit("cm", "contacts", doomed, "", None, "delete")], [CONTACT_KEY])


def test_scope_change_while_offline_evicts_and_rejects_no_access(cluster: Cluster) -> None:
    w = cluster.world
    cm = cluster.node("cm", "cm")
    cm.sync_ok()
    row = add_contact(cm, w.partner_a, "Before-Move")
    cm.sync_ok()
    assert cm.faulty is not None
    cm.faulty.offline = True
    update_partner(cm.engine, cm.actor, w.partner_a, {"description": "typed while offline"})
    with UnitOfWork(cm.engine, cm.actor, replica=True) as uow:
        uow.get(Contact, row).first_name = "Offline"
    with server_uow(cluster.server_db, SYSTEM) as uow:  # reassigned to another channel manager meanwhile
        uow.get(Partner, w.partner_a).owner_id = w.users["cm_b"]
    report = cm.sync_ok()
    assert report.evicted >= 2 and report.rejected == 2
    assert cm.get(Partner, w.partner_a) is None and cm.count(Contact) == 0
    assert {r.reason for r in rejected_ops(cm.engine)} == {"no_access"}
    edits = [
        Edit("cm", "contacts", row, "last_name", "Before-Move", "create"),
        Edit("cm", "partners", w.partner_a, "description", "typed while offline"),
        Edit("cm", "contacts", row, "first_name", "Offline"),
    ]
    check_all(cluster.server_db, [cm], edits, [CONTACT_KEY])


@pytest.mark.parametrize("failure", ["database", "crash"])
def test_server_failure_mid_transaction_leaves_nothing_half_applied(
    cluster: Cluster, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """The server fails inside the push transaction after the rows were written (before the change-log
    stamp and the commit): nothing of the transaction is visible, the client retries, all goes in once."""
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    with UnitOfWork(pa.engine, pa.actor, replica=True) as uow:  # one local transaction, three ops
        for i in range(3):
            uow.add(Contact(partner_id=w.partner_a, last_name=f"Atomic-{i}", role="sales"))
    update_partner(pa.engine, pa.actor, w.partner_a, {"city": "Atomic City"})
    real = server_push.stamp_each
    calls = {"n": 0}

    def failing_stamp(session: Session, groups: list[list[Any]]) -> list[int]:
        calls["n"] += 1
        if calls["n"] == 1:
            session.flush()
            if failure == "database":
                raise OperationalError("UPDATE seq_counter", {}, Exception("database is locked"))
            raise RuntimeError("worker killed")
        return real(session, groups)

    monkeypatch.setattr(server_push, "stamp_each", failing_stamp)
    seq_before = server_count(cluster, SeqCounter)
    if failure == "database":
        report = pa.sync()
        assert report.retry >= 3 and report.incomplete
    else:
        with pytest.raises(ServerError):
            pa.sync()
    assert server_count(cluster, Contact) == 0
    with Session(cluster.server_db) as session:
        assert session.get_one(Partner, w.partner_a).city == "Munich"
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == 0
    assert server_count(cluster, SeqCounter) == seq_before
    pa.sync_ok()
    edits = [Edit("pa", "partners", w.partner_a, "city", "Atomic City")]
    check_all(cluster.server_db, [pa], edits, [CONTACT_KEY])
    assert server_count(cluster, Contact) == 3


class CountPuts:
    """Counts the attachment bytes sent; `cut_at` cuts the connection once that many went through."""

    def __init__(self, inner: Any, cut_at: int | None = None) -> None:
        self.inner = inner
        self.cut_at = cut_at
        self.sent = 0

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        if method == "PUT":
            if self.cut_at is not None and self.sent >= self.cut_at:
                raise NetworkError("ConnectionResetError")
            self.sent += len(kwargs.get("data") or b"")
        return self.inner.request(method, path, **kwargs)


def test_attachment_upload_cut_halfway_resumes_with_only_the_missing_part(
    cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync uploading an attachment is cut at 50 %; the next sync sends only the missing half, then
    the row."""
    monkeypatch.setitem(blobs_module.upload_blob.__kwdefaults__ or {}, "chunk_bytes", 8192)
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    blobs = cluster.root / "pa-blobs"
    data = os.urandom(64 * 1024)
    dto = add_attachment(pa.engine, pa.actor, "partners", w.partner_a, data, blobs, file_name="half.bin")
    inner = pa.transport
    pa.transport = CountPuts(inner, cut_at=len(data) // 2)
    with pytest.raises(NetworkError):
        pa.sync(blob_dir=blobs)
    assert pa.transport.sent == len(data) // 2
    pa.transport = CountPuts(inner)
    report = pa.sync(blob_dir=blobs)
    assert pa.transport.sent == len(data) - len(data) // 2  # only the missing half travelled
    assert report.applied == 1 and report.blobs_uploaded == 1
    pa.transport = inner
    check_all(cluster.server_db, [pa], [Edit("pa", "attachments", dto.id, "sha256", dto.sha256, "create")])


def test_attachment_upload_with_the_last_answer_lost_is_not_sent_again(
    cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(blobs_module.upload_blob.__kwdefaults__ or {}, "chunk_bytes", 8192)
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    blobs = cluster.root / "pa-blobs"
    data = os.urandom(32 * 1024)
    add_attachment(pa.engine, pa.actor, "partners", w.partner_a, data, blobs, file_name="whole.bin")
    inner = pa.transport

    class LoseLastAnswer:
        def request(self, method: str, path: str, **kwargs: Any) -> Any:
            answer = inner.request(method, path, **kwargs)
            params = kwargs.get("params") or {}
            if method == "PUT" and params["offset"] + len(kwargs["data"]) == params["size"]:
                raise NetworkError("ReadTimeout")  # the server verified and stored the whole blob
            return answer

    pa.transport = LoseLastAnswer()
    with pytest.raises(NetworkError):
        pa.sync(blob_dir=blobs)
    pa.transport = CountPuts(inner)
    pa.sync(blob_dir=blobs)
    assert pa.transport.sent == 0


def test_a_clean_run_passes_every_invariant(cluster: Cluster) -> None:
    """The harness's baseline: no faults, two users, every invariant holds."""
    w = cluster.world
    pa = cluster.node("pa", "pa")
    cm = cluster.node("cm", "cm")
    pa.sync_ok()
    cm.sync_ok()
    row = add_contact(pa, w.partner_a, "Plain")
    check_all(cluster.server_db, [pa, cm], [Edit("pa", "contacts", row, "last_name", "Plain", "create")], [CONTACT_KEY])


def test_a_lost_token_refresh_answer_does_not_sign_the_user_out(cluster: Cluster) -> None:
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    update_partner(pa.engine, pa.actor, w.partner_a, {"phone": "+49 7"})
    inner = pa.transport
    pa.transport = DropAnswers(inner, "/sync/v1/auth/refresh")
    later = time.time() + 3600  # the access token has expired on the laptop's clock
    with pytest.raises(NetworkError):
        pa.sync(clock=lambda: later)
    pa.transport = inner
    report = pa.sync(clock=lambda: later)  # the network is back: no new sign-in should be needed
    assert report.applied == 1


def test_scope_change_while_offline_with_a_row_created_offline(cluster: Cluster) -> None:
    """The channel manager creates a contact offline; meanwhile the partner goes to another manager.
    The create comes back rejected (visible), the partner and its rows are evicted, nothing crashes."""
    w = cluster.world
    cm = cluster.node("cm", "cm")
    cm.sync_ok()
    assert cm.faulty is not None
    cm.faulty.offline = True
    row = add_contact(cm, w.partner_a, "Created-Offline")
    with server_uow(cluster.server_db, SYSTEM) as uow:
        uow.get(Partner, w.partner_a).owner_id = w.users["cm_b"]
    report = cm.sync_ok()
    assert report.rejected == 1 and cm.get(Partner, w.partner_a) is None
    [rejected] = rejected_ops(cm.engine)
    assert rejected.row_id == row
    check_all(cluster.server_db, [cm], [Edit("cm", "contacts", row, "last_name", "Created-Offline", "create")])


def test_kill_during_a_resnapshot_starts_it_again(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline past the window, and the re-snapshot dies after its first page: the next run re-snapshots
    again from the start, the outbox still goes up, and the invariants hold."""
    monkeypatch.setattr(client_engine, "SNAPSHOT_LIMIT", 2)
    w = cluster.world
    cm = cluster.node("cm", "cm")
    pa = cluster.node("pa", "pa")
    cm.sync_ok()
    pa.sync_ok()
    rows = [add_contact(cm, w.partner_a, f"Snap-{i}") for i in range(4)]
    cm.sync_ok()
    mine = add_contact(pa, w.partner_a, "Mine-Offline")
    with Session(cluster.server_db) as session, session.begin():  # the log moved past pa's cursor
        session.execute(update(SeqCounter).values(horizon=SeqCounter.value + 1))
    real = client_engine._apply_changes
    calls = {"n": 0}

    def die_on_second_page(session: Session, changes: list[Any], report: Any, **kwargs: Any) -> None:
        real(session, changes, report, **kwargs)
        if kwargs.get("snapshot"):
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt

    monkeypatch.setattr(client_engine, "_apply_changes", die_on_second_page)
    with pytest.raises(KeyboardInterrupt):
        pa.sync()
    assert meta.read(pa.engine, meta.RESNAPSHOT) == "1"
    report = pa.sync_ok()
    assert report.resnapshot and meta.read(pa.engine, meta.RESNAPSHOT) is None
    edits = [Edit("cm", "contacts", r, "last_name", f"Snap-{i}", "create") for i, r in enumerate(rows)]
    check_all(
        cluster.server_db, [cm, pa], [*edits, Edit("pa", "contacts", mine, "last_name", "Mine-Offline", "create")]
    )


def test_ops_resent_after_the_device_was_revoked_answer_duplicate(cluster: Cluster) -> None:
    """A push commits but its answer is lost; the device is revoked before the next sync; the user signs
    in again (a new device, client_seq from 1) and the outbox goes up again with the same op_ids: the
    server answers duplicate with the stored result, nothing is created twice or shown as rejected."""
    w = cluster.world
    pa = cluster.node("pa", "pa")
    pa.sync_ok()
    row = add_contact(pa, w.partner_a, "Before-Revocation")
    assert pa.faulty is not None
    pa.faulty.rates, pa.faulty.paths = FaultRates(drop_after=1.0), (PUSH,)
    with pytest.raises(NetworkError):
        pa.sync()
    assert server_count(cluster, Contact, Contact.id == row) == 1
    old_device = meta.read(pa.engine, meta.DEVICE_ID)
    with Session(cluster.server_db) as session, session.begin():
        session.execute(update(Device).where(Device.id == old_device).values(revoked_at=cluster.clock()))
    pa.faulty.rates = FaultRates()
    with pytest.raises(SyncError) as info:
        pa.sync()
    assert info.value.code == "sync_device_revoked"
    pa.login("pa")
    assert meta.read(pa.engine, meta.DEVICE_ID) != old_device
    report = pa.sync_ok()
    assert (report.duplicates, report.applied, report.rejected) == (1, 1, 0)
    assert rejected_ops(pa.engine) == []
    check_all(
        cluster.server_db,
        [pa],
        [Edit("pa", "contacts", row, "last_name", "Before-Revocation", "create")],
        [CONTACT_KEY],
    )
