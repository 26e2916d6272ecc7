"""Issue #5 screens: the db-lane reads behind the MDF screens on an encrypted replica, and the io-lane
thumbnail of a camera-sized photo.

Each figure is one call of the query a screen makes when it is shown or refreshed (after every DataChanged):
budgets and allocations with live balances (vendor: every allocation; partner: its own), the approver queue
(submitted requests and claims with their evidence), the paged lists (all ids in SQL order, then one page of
200 rows), the payment totals, the claim editor's context. Target: each <= 100 ms median (a refresh lands
within a frame or two of the user's action). Full: 5,000 partners, 100,000 fund requests; quick: 1,000
partners, 10,000 requests."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.common import emit, median_ms
from workbench.db.engine import replica_engine
from workbench.db.migrate import upgrade
from workbench.demo import DemoSizes, seed_demo
from workbench.mdf import queries as q
from workbench.security.roles import Actor, Role

KEY = b"\x5d" * 32
VENDOR = Actor("bench-cm", Role.CHANNEL_MANAGER, "bench")
TARGET = "<= 100 ms median"


def _thumbnail(tmp: Path, size: str) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from ui.mdf.evidence import load_thumbnail

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(30, 120, 200))
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, 4000, 3000), Qt.AlignmentFlag.AlignCenter, "booth")
    painter.end()
    path = tmp / "photo.jpg"
    image.save(str(path), quality=90)
    med, p95 = median_ms(lambda: load_thumbnail(path), repeat=11)
    emit(
        "mdf_screens",
        "thumbnail_12mp_jpeg",
        med,
        "ms",
        target="io lane, off the GUI thread",
        size="4000x3000",
        p95_ms=round(p95, 2),
        file_kb=path.stat().st_size // 1024,
    )


def run(*, quick: bool = False) -> None:
    partners, requests = (1_000, 10_000) if quick else (5_000, 100_000)
    size = f"{partners} partners, {requests} requests"
    tmp = Path(tempfile.mkdtemp(prefix="bench-mdf-"))
    try:
        engine = replica_engine(tmp / "r.db", KEY)
        upgrade(engine)
        seed_demo(engine, DemoSizes(partners=partners, deals=partners, training_events=partners, mdf_requests=requests))
        overview = q.mdf_overview(engine, VENDOR)
        some = next(a for a in overview.allocations if a.approved_minor)
        partner = Actor("bench-p", Role.PARTNER_ADMIN, "bench", partner_id=some.partner_id)
        queue = q.review_queue(engine, VENDOR)
        approved = next(r for r in q.list_request_rows(engine, VENDOR, limit=1000) if r.request.approved_minor)
        ids = {
            "request": q.request_ids(engine, VENDOR),
            "claim": q.claim_ids(engine, VENDOR),
            "payment": q.payment_ids(engine, VENDOR),
        }
        page = 200  # PagedTableModel's page
        figures = {
            "overview_vendor": lambda: q.mdf_overview(engine, VENDOR),
            "overview_partner": lambda: q.mdf_overview(engine, partner),
            "review_queue": lambda: q.review_queue(engine, VENDOR),
            "request_ids": lambda: q.request_ids(engine, VENDOR),
            "request_page": lambda: q.request_rows_by_ids(engine, VENDOR, ids["request"][:page]),
            "claim_ids": lambda: q.claim_ids(engine, VENDOR),
            "claim_page": lambda: q.claim_rows_by_ids(engine, VENDOR, ids["claim"][:page]),
            "payment_ids_filtered": lambda: q.payment_ids(engine, VENDOR, text="gmbh"),
            "payment_page": lambda: q.payment_rows_by_ids(engine, VENDOR, ids["payment"][:page]),
            "payment_totals": lambda: q.payment_totals(engine, VENDOR),
            "claim_context": lambda: q.claim_context(engine, VENDOR, approved.request.id),
        }
        rows = {
            "overview_vendor": len(overview.allocations),
            "overview_partner": len(q.mdf_overview(engine, partner).allocations),
            "review_queue": len(queue),
            "request_ids": len(ids["request"]),
            "claim_ids": len(ids["claim"]),
            "payment_ids_filtered": len(q.payment_ids(engine, VENDOR, text="gmbh")),
        }
        for metric, fn in figures.items():
            med, p95 = median_ms(fn, repeat=11)
            emit(
                "mdf_screens", metric, med, "ms", target=TARGET, size=size, p95_ms=round(p95, 2), rows=rows.get(metric)
            )
        engine.dispose()
        _thumbnail(tmp, size)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    run(quick=True)
