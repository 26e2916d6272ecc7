"""CSV export of partners, contacts and deals that opens cleanly in spreadsheet programs.

* UTF-8 with a byte-order mark (Excel then reads umlauts correctly), CRLF line ends.
* Locale-aware separator: `;` for German (Excel in de-DE uses the comma as decimal separator and expects
  `;`), `,` for English. Amounts use the locale's decimal separator (`1234,56` / `1234.56`), dates ISO.
* Formula injection: every cell that starts with `=`, `+`, `-`, `@` (and tab or carriage return, which
  some spreadsheet programs skip before evaluating) gets a leading apostrophe, so `=HYPERLINK(...)` shows
  as text. The importer removes that apostrophe again, so export -> import round-trips.
* Columns are the field names of the "workbench" mapping (`workbench.csvio.mappings`), so an export can
  be imported again as it is.

Partner roles export only their own partner's rows; vendor roles everything on the replica."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, select

from workbench.csvio.mappings import FIELDS, ImportKind
from workbench.deals.models import DealProduct, DealRegistration
from workbench.partners.models import Contact, Partner
from workbench.programs.models import Product
from workbench.security.roles import Actor
from workbench.validation import minor_to_decimal

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = {"de": ";", "en": ","}
BATCH = 5_000


def neutralise(cell: str) -> str:
    """`'=1+2` for `=1+2`: spreadsheet programs show it as text instead of evaluating it."""
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


def separator_for(locale: str) -> str:
    """`;` for German locales (de, de_DE, de-AT, ...), `,` otherwise."""
    return SEPARATORS.get(locale.replace("-", "_").split("_")[0].lower(), ",")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(str(value))


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], locale: str = "de") -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=separator_for(locale), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_cell(h) for h in header])
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def _amount(minor: int, currency: str, locale: str) -> str:
    text = format(minor_to_decimal(minor, currency), "f")
    return text.replace(".", ",") if separator_for(locale) == ";" else text


def _partner_rows(engine: Engine, actor: Actor) -> Iterator[list[Any]]:
    P = Partner
    stmt = select(
        P.legal_name, P.partner_type, P.country, P.city, P.web_domain, P.email, P.phone, P.currency, P.description
    ).where(P.deleted_at.is_(None))
    if not actor.is_vendor:
        stmt = stmt.where(P.id == (actor.partner_id or ""))
    with engine.connect() as conn:
        for r in conn.execute(stmt.order_by(P.name_norm, P.id)).yield_per(BATCH):
            yield list(r)


def _contact_rows(engine: Engine, actor: Actor) -> Iterator[list[Any]]:
    C = Contact
    stmt = (
        select(Partner.legal_name, C.first_name, C.last_name, C.email, C.phone, C.role, C.job_title, C.is_primary)
        .join(Partner, Partner.id == C.partner_id)
        .where(C.deleted_at.is_(None))
    )
    if not actor.is_vendor:
        stmt = stmt.where(C.partner_id == (actor.partner_id or ""))
    with engine.connect() as conn:
        for r in conn.execute(stmt.order_by(Partner.name_norm, C.last_name, C.id)).yield_per(BATCH):
            yield list(r)


def _deal_rows(engine: Engine, actor: Actor, locale: str) -> Iterator[list[Any]]:
    D = DealRegistration
    stmt = (
        select(
            D.id,
            Partner.legal_name,
            D.customer_name,
            D.customer_domain,
            D.customer_email,
            D.customer_country,
            D.title,
            D.description,
            D.amount_minor,
            D.currency,
            D.expected_close,
        )
        .join(Partner, Partner.id == D.partner_id)
        .where(D.deleted_at.is_(None))
    )
    if not actor.is_vendor:
        stmt = stmt.where(D.partner_id == (actor.partner_id or ""))
    with engine.connect() as conn:
        result = conn.execute(stmt.order_by(D.id)).yield_per(BATCH)
        for batch in result.partitions(BATCH):
            ids = [r.id for r in batch]
            skus: dict[str, list[str]] = {}
            product_stmt = (
                select(DealProduct.deal_id, Product.sku)
                .join(Product, Product.id == DealProduct.product_id)
                .where(DealProduct.deal_id.in_(ids), DealProduct.deleted_at.is_(None))
                .order_by(Product.sku)
            )
            with engine.connect() as inner:
                for deal_id, sku in inner.execute(product_stmt):
                    skus.setdefault(deal_id, []).append(sku)
            for r in batch:
                yield [
                    r.legal_name,
                    r.customer_name,
                    r.customer_domain,
                    r.customer_email,
                    r.customer_country,
                    r.title,
                    r.description,
                    _amount(r.amount_minor, r.currency, locale),
                    r.currency,
                    r.expected_close.isoformat(),
                    ";".join(skus.get(r.id, [])),
                ]


def export_csv(engine: Engine, actor: Actor, kind: ImportKind | str, *, locale: str = "de") -> bytes:
    """The whole export as bytes (UTF-8 with BOM). Columns: `FIELDS[kind]`."""
    what = ImportKind(kind)
    header = FIELDS[what]
    if what == ImportKind.PARTNERS:
        rows: Iterable[Sequence[Any]] = _partner_rows(engine, actor)
    elif what == ImportKind.CONTACTS:
        rows = _contact_rows(engine, actor)
    else:
        rows = _deal_rows(engine, actor, locale)
    return write_csv(header, rows, locale)


def export_partners(engine: Engine, actor: Actor, *, locale: str = "de") -> bytes:
    return export_csv(engine, actor, ImportKind.PARTNERS, locale=locale)


def export_contacts(engine: Engine, actor: Actor, *, locale: str = "de") -> bytes:
    return export_csv(engine, actor, ImportKind.CONTACTS, locale=locale)


def export_deals(engine: Engine, actor: Actor, *, locale: str = "de") -> bytes:
    return export_csv(engine, actor, ImportKind.DEALS, locale=locale)
