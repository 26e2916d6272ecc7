"""The import's bulk write path: every imported row (and every deal product) is audited on the one hash
chain and queued as an outbox create whose fields are the stored row, in one transaction, more rows than
one bulk chunk, after and before ordinary command writes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tests.workbench.deals.conftest import World, snapshot
from tests.workbench.dupcheck.helpers import VENDOR
from workbench.audit import chain
from workbench.audit.models import AuditEvent
from workbench.csvio import importer
from workbench.csvio.importer import ImportOptions, preview, run_import
from workbench.db.outbox import OutboxOp
from workbench.db.uow import column_keys, to_wire
from workbench.deals.commands import create_deal
from workbench.deals.models import DealProduct, DealRegistration
from workbench.deals.types import DealInput, DealProductInput


def _deals_csv(rows: int) -> bytes:
    close = (date.today() + timedelta(days=60)).isoformat()
    lines = ["Account Name;Opportunity Name;Amount;Close Date;Product Code;Currency"]
    for i in range(rows):
        products = "SRV-1;LIC-1" if i % 3 == 0 else "SRV-1"
        lines.append(f'Kunde {i} GmbH;Deal {i};{1000 + i},50;{close};"{products}";EUR')
    return ("\n".join(lines) + "\n").encode("utf-8")


def _wire(obj: Any) -> dict[str, Any]:
    return {
        k: to_wire(getattr(obj, k))
        for k in column_keys(obj)
        if k not in {"version", "server_seq", "created_at", "updated_at"}
    }


def test_deal_import_in_several_chunks_is_audited_and_queued_like_a_command(
    engine: Engine, world: World, monkeypatch: Any
) -> None:
    monkeypatch.setattr(importer, "BULK_ROWS", 400)  # several chunks: parents before children in each
    first = create_deal(
        engine,
        VENDOR,
        DealInput(
            partner_id=world.partner_a,
            program_id=world.program_id,
            customer_name="Vorher AG",
            title="Before",
            amount=Decimal("10"),
            currency="EUR",
            expected_close=date.today() + timedelta(days=30),
            products=(DealProductInput(world.product_1),),
        ),
    )
    rows = 1_000
    mapping = {
        "partner": "Account Name",
        "customer_name": "Account Name",
        "title": "Opportunity Name",
        "amount": "Amount",
        "expected_close": "Close Date",
        "products": "Product Code",
        "currency": "Currency",
    }
    options = ImportOptions(program_id=world.program_id, partner_id=world.partner_a)
    pv = preview(_deals_csv(rows), "deals", {k: v for k, v in mapping.items() if k != "partner"},
                 engine=engine, actor=VENDOR, options=options)  # fmt: skip
    assert pv.error_count == 0, [r.errors for r in pv.rows if r.errors][:3]
    before = snapshot(engine)
    result = run_import(engine, VENDOR, pv)
    assert result.created == rows
    lines = rows + (rows + 2) // 3
    after = snapshot(engine)
    assert after["deal_registrations"] == before["deal_registrations"] + rows
    assert after["deal_products"] == before["deal_products"] + lines
    assert after["audit_events"] == before["audit_events"] + rows + lines
    assert after["outbox_ops"] == before["outbox_ops"] + rows + lines

    with Session(engine) as s:
        report = chain.verify(s)
        assert report.ok, report.problems[:3]
        ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.client_seq)))
        assert [o.client_seq for o in ops] == list(range(1, len(ops) + 1))
        assert [o.row_id for o in ops[:2]][0] == first.id  # the deal created before (and its product)
        new_ops = ops[2:]
        assert len(new_ops) == rows + lines
        assert {o.kind for o in new_ops} == {"create"} and len({o.tx_id for o in new_ops}) == 1
        # every op carries the stored row, and each chunk's deals come before their products
        by_id = {d.id: d for d in s.scalars(select(DealRegistration))}
        lines_by_id = {p.id: p for p in s.scalars(select(DealProduct))}
        seen_deals: set[str] = set()
        for o in new_ops:
            if o.entity == "deal_registrations":
                assert o.fields == _wire(by_id[o.row_id])
                seen_deals.add(o.row_id)
            else:
                assert o.entity == "deal_products"
                assert o.fields == _wire(lines_by_id[o.row_id])
                assert o.fields["deal_id"] in seen_deals
        events = {e.row_id: e for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "create"))}
        sample = by_id[new_ops[0].row_id]
        assert events[sample.id].changes["customer_name"] == [None, sample.customer_name]
        assert events[sample.id].actor_id == VENDOR.user_id and events[sample.id].partner_id == world.partner_a
        assert sample.status == "draft" and sample.provisional is True
    # a command after the import continues the same chain
    create_deal(
        engine,
        VENDOR,
        DealInput(
            partner_id=world.partner_b,
            program_id=world.program_id,
            customer_name="Nachher AG",
            title="After",
            amount=Decimal("10"),
            currency="EUR",
            expected_close=date.today() + timedelta(days=30),
            products=(DealProductInput(world.product_2),),
        ),
    )
    with Session(engine) as s:
        assert chain.verify(s).ok


def test_name_keys_are_fold_and_alt() -> None:
    from workbench.partners.normalize import alt, fold

    for name in ("Müller Systemhaus GmbH", "ACME  Corp\tLtd ", "Øresund IT", "Straße & Co. KG", "plain", "Ærø Æble"):
        assert importer.name_keys(name) == (fold(name), alt(name)), name
