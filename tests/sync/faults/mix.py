"""The seeded random mix: two or three laptops (a channel manager and partner users) edit partners,
contacts and deals while the network drops, duplicates, reorders and fails requests, pull applies die
mid-page and the server fails inside push transactions. `run_mix` returns what was typed; the caller
checks the six invariants (harness.check_all). Shared by the test (few ops, many seeds) and
bench/bench_sync_faults.py (more ops, more seeds)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import sync.client.engine as client_engine
import sync.server.push as server_push
from sync.client.errors import SyncError
from tests.sync.faults.harness import Edit, FaultRates, Node
from workbench.db.uow import UnitOfWork
from workbench.deals.commands import approve_deal, create_deal, reject_deal, submit_deal
from workbench.deals.models import DealProduct, DealRegistration
from workbench.deals.types import DealInput, DealProductInput
from workbench.errors import UserError
from workbench.partners.commands import update_partner
from workbench.partners.models import Contact, Partner
from workbench.programs.models import Product

MIX_RATES = FaultRates(drop_before=0.06, drop_after=0.12, duplicate=0.08, reorder=0.2, server_error=0.05)
PARTNER_FIELDS = ("city", "phone", "description")
MIX_MODELS: list[type[Any]] = [Partner, Contact, DealRegistration, DealProduct]  # what the mix changes


class Killed(BaseException):
    """The process dies (not an Exception: nothing may catch it on the way)."""


@dataclass
class Sabotage:
    """Armed faults inside the client's pull apply and the server's push transaction."""

    kill_apply: set[int] = field(default_factory=set)  # id(engine) of replicas whose next page apply dies
    fail_push: int = 0  # the next N push transactions fail before their commit
    kills: int = 0
    failures: int = 0


@contextmanager
def sabotage() -> Iterator[Sabotage]:
    state = Sabotage()
    real_apply = client_engine._apply_changes
    real_stamp = server_push.stamp_each

    def apply(session: Session, changes: list[Any], report: Any, **kwargs: Any) -> None:
        real_apply(session, changes, report, **kwargs)
        bind: Any = session.get_bind()
        engine = getattr(bind, "engine", bind)
        if id(engine) in state.kill_apply:
            state.kill_apply.discard(id(engine))
            state.kills += 1
            session.flush()
            raise Killed()

    def stamp(session: Session, groups: list[list[Any]]) -> list[int]:
        if state.fail_push > 0:
            state.fail_push -= 1
            state.failures += 1
            session.flush()
            raise RuntimeError("server worker died mid-transaction")
        return real_stamp(session, groups)

    client_engine._apply_changes = apply  # type: ignore[assignment]
    setattr(server_push, "stamp_each", stamp)  # noqa: B010
    try:
        yield state
    finally:
        client_engine._apply_changes = real_apply
        setattr(server_push, "stamp_each", real_stamp)  # noqa: B010


@dataclass
class MixResult:
    edits: list[Edit]
    faults: dict[str, int]
    steps: int


def _live_ids(node: Node, model: type[Any], *where: Any) -> list[str]:
    with Session(node.engine) as session:
        query = select(model.id).where(model.deleted_at.is_(None), *where).order_by(model.id)
        return list(session.scalars(query))


def run_mix(nodes: list[Node], partner_id: str, program_id: str, seed: int, steps: int) -> MixResult:
    """`nodes[0]` is the channel manager of `partner_id`, the others its partner users."""
    rng = random.Random(seed)
    last: dict[tuple[str, str, str, str], Edit] = {}
    creates: list[Edit] = []
    commands: list[Edit] = []
    with Session(nodes[0].engine) as session:
        product = session.scalars(select(Product.id).where(Product.program_id == program_id)).first()
    for i, node in enumerate(nodes):
        assert node.faulty is not None
        node.faulty.rng = random.Random(seed * 31 + i)
        node.faulty.rates = MIX_RATES
        if rng.random() < 0.3:
            node.skew = timedelta(days=rng.choice((-4, -1, 2, 6)))
    counter = 0

    def note(edit: Edit) -> None:
        last[(edit.node, edit.entity, edit.row_id, edit.field)] = edit

    with sabotage() as sab:
        for _step in range(steps):
            node = rng.choice(nodes)
            vendor = node is nodes[0]
            roll = rng.random()
            counter += 1
            try:
                with node.local_clock():
                    if roll < 0.30:
                        assert node.faulty is not None
                        if rng.random() < 0.1:
                            node.faulty.offline = not node.faulty.offline
                        if rng.random() < 0.2:
                            sab.kill_apply.add(id(node.engine))
                        if rng.random() < 0.15:
                            sab.fail_push += 1
                        try:
                            node.sync()
                        except SyncError:
                            pass
                        except Killed:
                            pass
                    elif roll < 0.45:
                        name = f"{node.name}-{seed}-{counter}"
                        with UnitOfWork(node.engine, node.actor, replica=True) as uow:
                            contact = uow.add(Contact(partner_id=partner_id, last_name=name, role="sales"))
                            uow.flush()
                            creates.append(Edit(node.name, "contacts", contact.id, "last_name", name, "create"))
                    elif roll < 0.65:
                        name = rng.choice(PARTNER_FIELDS)
                        value = f"{name[:2]}{rng.randrange(4)}"
                        if name == "phone":
                            value = f"+49 {rng.randrange(4)}"
                        update_partner(node.engine, node.actor, partner_id, {name: value})
                        note(Edit(node.name, "partners", partner_id, name, value))
                    elif roll < 0.75:
                        ids = _live_ids(node, Contact)
                        if ids:
                            row = rng.choice(ids)
                            value = f"fn{rng.randrange(3)}"
                            with UnitOfWork(node.engine, node.actor, replica=True) as uow:
                                uow.get(Contact, row).first_name = value
                            note(Edit(node.name, "contacts", row, "first_name", value))
                    elif roll < 0.80:
                        ids = _live_ids(node, Contact)
                        if ids:
                            row = rng.choice(ids)
                            with UnitOfWork(node.engine, node.actor, replica=True) as uow:
                                uow.soft_delete(uow.get(Contact, row))
                            commands.append(Edit(node.name, "contacts", row, "", None, "delete"))
                    elif roll < 0.88 and not vendor and product is not None:
                        dto = create_deal(
                            node.engine,
                            node.actor,
                            DealInput(
                                partner_id=partner_id,
                                program_id=program_id,
                                customer_name=f"Customer {seed}-{counter}",
                                title="Deal",
                                amount=Decimal("1000.00"),
                                currency="EUR",
                                expected_close=_future(),
                                products=(DealProductInput(product),),
                            ),
                        )
                        creates.append(Edit(node.name, "deal_registrations", dto.id, "title", "Deal", "create"))
                    else:
                        deals = _deals(node)
                        if deals:
                            deal_id, status = rng.choice(deals)
                            if status == "draft" and not vendor:
                                submit_deal(node.engine, node.actor, deal_id)
                                commands.append(Edit(node.name, "deal_registrations", deal_id, "", "submit", "command"))
                            elif status == "submitted" and vendor:
                                if rng.random() < 0.7:
                                    approve_deal(node.engine, node.actor, deal_id)
                                    action = "approve"
                                else:
                                    reject_deal(node.engine, node.actor, deal_id, "no")
                                    action = "reject"
                                commands.append(Edit(node.name, "deal_registrations", deal_id, "", action, "command"))
            except UserError:
                pass  # refused locally (e.g. an illegal transition): nothing was written
        for node in nodes:
            assert node.faulty is not None
            node.faulty.offline = False
        faults = {"apply_kills": sab.kills, "push_failures": sab.failures}
    for node in nodes:
        assert node.faulty is not None
        for name in node.faulty.log:
            faults[name] = faults.get(name, 0) + 1
    return MixResult([*creates, *last.values(), *commands], faults, steps)


def _future() -> Any:
    from workbench.clock import today

    return today() + timedelta(days=90)


def _deals(node: Node) -> list[tuple[str, str]]:
    with Session(node.engine) as session:
        return [
            (row_id, status)
            for row_id, status in session.execute(
                select(DealRegistration.id, DealRegistration.status)
                .where(DealRegistration.deleted_at.is_(None))
                .order_by(DealRegistration.id)
            )
        ]
