"""Duplicate / conflict check of deal registrations (DOMAIN.md "Deal registration").

Rule: another registration is a possible duplicate of the candidate when it is OPEN (submitted,
info_requested, or approved with its protection not yet run out), it names the SAME END CUSTOMER and it
shares AT LEAST ONE PRODUCT with the candidate. Same end customer means either

* ``name``: equal normalised company names (`normalize_company`: case, umlauts, accents, punctuation and
  trailing legal forms such as GmbH, AG, Ltd., Inc. folded), or
* ``domain``: the same web or e-mail domain. Public mail providers (gmail.com, web.de, gmx.de,
  outlook.com, ...; see `PUBLIC_MAIL_DOMAINS`) never count: two customers with a gmail address are not
  the same company.

Each match explains itself: which rules matched, the products in common, and who registered first.
Priority is decided by the server's receipt time (`server_received_at`); a registration the server has not
seen yet (provisional) falls back to its local `submitted_at`, and one not yet submitted comes last.

Disclosure: a competing partner's identity is never shown to a partner role. `find_duplicates` returns
`DuplicateMatch` (no partner id, no partner name, no deal id, title or amount of another partner's
registration) to partner roles and `VendorDuplicateMatch` (everything) to vendor roles.

Offline and confirmation: the check is a plain read over whatever database it is given. On the laptop it
runs against the local replica (the partner's own registrations, or a channel manager's assigned
partners) the moment the form changes, so the user is warned at once; the registration is created with
``provisional = True``. The server runs the same function against all registrations when the submit op
arrives (`submit_deal(..., replica=False)` stamps `server_received_at` and clears `provisional`); its
decision (and the rejection reason, if a channel manager rejects the duplicate) comes back with the next
pull. Until then the UI shows the local result as provisional.

Speed: one join per rule: the open registrations of the customer come index-only from
ix_deal_registrations_customer_open (status, normalised name) and ix_deal_registrations_domain_open (domain,
status), each probed in the partial unique index on deal_products for the candidate's products; only the few
registrations that share customer AND product are read from the table (bench/bench_deals.py: 1,000,000
deals)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, select, text, union_all
from sqlalchemy.engine import Connection

from workbench import validation as v
from workbench.clock import utcnow
from workbench.deals.models import DealProduct, DealRegistration
from workbench.deals.normalize import normalize_company
from workbench.deals.types import ConflictState, DealStatus
from workbench.errors import NotFound, UserError
from workbench.partners.models import Partner
from workbench.programs.models import Product
from workbench.security.roles import Actor

D = DealRegistration

# Statuses a duplicate can be in (draft is private to its author; closed ones no longer compete).
DUPLICATE_STATUSES: frozenset[DealStatus] = frozenset(
    {DealStatus.SUBMITTED, DealStatus.INFO_REQUESTED, DealStatus.APPROVED}
)

# Free mail and ISP mail domains: a shared one says nothing about the customer.
PUBLIC_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.de",
        "yahoo.co.uk",
        "ymail.com",
        "hotmail.com",
        "hotmail.de",
        "hotmail.co.uk",
        "outlook.com",
        "outlook.de",
        "live.com",
        "live.de",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "aol.de",
        "gmx.de",
        "gmx.net",
        "gmx.at",
        "gmx.ch",
        "gmx.com",
        "web.de",
        "t-online.de",
        "freenet.de",
        "arcor.de",
        "posteo.de",
        "mailbox.org",
        "online.de",
        "1und1.de",
        "protonmail.com",
        "proton.me",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "bluewin.ch",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "virgilio.it",
        "wp.pl",
        "o2.pl",
        "seznam.cz",
    }
)

MAX_CANDIDATE_PRODUCTS = 500
MAX_MATCHES = 200


class MatchRule(StrEnum):
    NAME = "name"  # equal normalised company names
    DOMAIN = "domain"  # same web or e-mail domain


class Priority(StrEnum):
    OTHER_FIRST = "other_first"  # the other registration was there first: it has priority
    CANDIDATE_FIRST = "candidate_first"


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """What is checked: a registration being typed (no `deal_id` yet) or an existing one (`deal_id`,
    which is excluded from its own matches and whose receipt time decides priority). Domains are taken
    from `customer_domain` and from the domain of `customer_email`."""

    customer_name: str
    product_ids: tuple[str, ...]
    customer_domain: str | None = None
    customer_email: str | None = None
    deal_id: str | None = None
    partner_id: str | None = None  # the registering partner (own registrations are marked as such)


@dataclass(frozen=True, slots=True)
class ProductRef:
    product_id: str
    sku: str
    name: str


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """A possible duplicate as any role may see it: why it matches and who was first, never whose it is.
    `other_deal_id` is set only when the other registration belongs to the candidate's own partner (or for
    vendor roles)."""

    rules: tuple[MatchRule, ...]
    matched_name: str | None  # the folded company name both share (rule name), else None
    matched_domain: str | None
    common_products: tuple[ProductRef, ...]
    other_status: DealStatus
    other_registered_at: datetime | None  # server receipt time, else local submission time
    other_confirmed: bool  # True when `other_registered_at` is the server's receipt time
    other_protection_until: date | None
    priority: Priority
    own_registration: bool  # the other registration is the candidate's own partner's
    other_deal_id: str | None


@dataclass(frozen=True, slots=True)
class VendorDuplicateMatch(DuplicateMatch):
    """The vendor view adds who the other registration belongs to and what it is about."""

    other_partner_id: str = ""
    other_partner_name: str = ""
    other_customer_name: str = ""
    other_title: str = ""
    other_amount_minor: int = 0
    other_currency: str = ""


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    partner_id: str
    customer_name: str
    customer_name_norm: str
    customer_domain: str | None
    title: str
    status: str
    amount_minor: int
    currency: str
    submitted_at: datetime | None
    server_received_at: datetime | None
    protection_until: date | None


def customer_domains(customer_domain: str | None, customer_email: str | None) -> tuple[str, ...]:
    """The candidate's comparable domains (web and e-mail), validated, lower-case, public mail left out."""
    found: list[str] = []
    web = v.web_domain(customer_domain, "customer_domain")
    if web is not None:
        found.append(web.removeprefix("www."))
    mail = v.email(customer_email, "customer_email")
    if mail is not None:
        found.append(mail.rpartition("@")[2])
    return tuple(d for d in dict.fromkeys(found) if not is_public_domain(d))


def is_public_domain(domain: str) -> bool:
    return domain.lower() in PUBLIC_MAIL_DOMAINS


def registered_at(server_received_at: datetime | None, submitted_at: datetime | None) -> datetime | None:
    """The time that decides priority: the server's receipt time, else the local submission time."""
    return server_received_at if server_received_at is not None else submitted_at


def _first(
    candidate_time: datetime | None, candidate_id: str | None, other_time: datetime | None, other_id: str
) -> Priority:
    """Earlier registration wins; not yet submitted is last; equal times fall back to the (time-ordered
    UUIDv7) id."""
    if other_time is None:
        if candidate_time is not None:
            return Priority.CANDIDATE_FIRST
        return (
            Priority.CANDIDATE_FIRST if candidate_id is not None and candidate_id < other_id else Priority.OTHER_FIRST
        )
    if candidate_time is None:
        return Priority.OTHER_FIRST
    if other_time != candidate_time:
        return Priority.OTHER_FIRST if other_time < candidate_time else Priority.CANDIDATE_FIRST
    return Priority.OTHER_FIRST if candidate_id is None or other_id < candidate_id else Priority.CANDIDATE_FIRST


_COLUMNS = (
    D.id,
    D.partner_id,
    D.customer_name,
    D.customer_name_norm,
    D.customer_domain,
    D.title,
    D.status,
    D.amount_minor,
    D.currency,
    D.submitted_at,
    D.server_received_at,
    D.protection_until,
)
_OPEN = sorted(s.value for s in DUPLICATE_STATUSES)


CHUNK = 5_000  # ids per IN list (SQLite allows 32,766 bound values)


def _same_customer_products(
    conn: Connection, norm: str, domains: Sequence[str], product_ids: Sequence[str]
) -> dict[str, set[str]]:
    """Live registrations in a duplicate status (`DUPLICATE_STATUSES`) with the same end customer, each with
    the candidate's products it shares (only those sharing one), in one join per rule: the open ones of the
    customer come from the covering indexes ix_deal_registrations_customer_open (status, norm, deleted_at,
    id) and ix_deal_registrations_domain_open (domain, status, deleted_at, id), so the closed registrations
    of a common customer are never read, and each is probed in the partial unique index of deal_products
    (deal_id, product_id)."""
    common: dict[str, set[str]] = {}
    shared = select(DealProduct.deal_id, DealProduct.product_id).join(D, D.id == DealProduct.deal_id)
    shared = shared.where(
        DealProduct.product_id.in_(list(product_ids)),
        DealProduct.deleted_at.is_(None),
        D.status.in_(_OPEN),
        D.deleted_at.is_(None),
    )
    rules = [D.customer_name_norm == norm]
    if domains:
        # Stored domains keep a leading "www." if the user typed one: probe both spellings.
        rules.append(D.customer_domain.in_([form for d in domains for form in (d, f"www.{d}")]))
    # one round trip for both rules (UNION ALL keeps each rule's own index plan; a registration both rules
    # find comes twice and lands in the same set)
    stmt = shared.where(rules[0]) if len(rules) == 1 else union_all(*(shared.where(rule) for rule in rules))
    for deal_id, product_id in conn.execute(stmt):
        common.setdefault(deal_id, set()).add(product_id)
    return common


def _open_rows(conn: Connection, ids: Sequence[str], exclude: str | None, today: date) -> list[_Row]:
    """The open ones among `ids` (few: only registrations that share customer AND product)."""
    rows = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        # `status || ''` keeps SQLite on the primary key instead of the status index (without ANALYZE it
        # would take the status filter for the more selective one).
        stmt = select(*_COLUMNS).where(D.id.in_(chunk), D.deleted_at.is_(None), D.status.concat("").in_(_OPEN))
        for r in conn.execute(stmt):
            if r.id == exclude:
                continue
            if r.status == DealStatus.APPROVED and r.protection_until is not None and r.protection_until < today:
                continue  # protection ran out: expired in all but name (the sweep will mark it)
            rows.append(_Row(**r._mapping))
    return rows


def _product_refs(conn: Connection, ids: Iterable[str]) -> dict[str, ProductRef]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    stmt = select(Product.id, Product.sku, Product.name).where(Product.id.in_(wanted))
    return {r.id: ProductRef(r.id, r.sku, r.name) for r in conn.execute(stmt)}


def _partner_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {
        r.id: r.legal_name for r in conn.execute(select(Partner.id, Partner.legal_name).where(Partner.id.in_(wanted)))
    }


def find_duplicates(
    engine: Engine, actor: Actor, candidate: DuplicateCandidate, *, today: date | None = None
) -> list[DuplicateMatch]:
    """Open registrations that may collide with `candidate`, first-registered first. Partner roles get
    `DuplicateMatch` only (no identity of another partner); vendor roles get `VendorDuplicateMatch`.
    Bad input raises UserError (invalid_customer_name, invalid_domain, invalid_email, too_many_products)."""
    day = today if today is not None else utcnow().date()
    with engine.connect() as conn:
        return find_duplicates_on(conn, actor, candidate, day)


def find_duplicates_on(
    conn: Connection,
    actor: Actor,
    candidate: DuplicateCandidate,
    day: date,
    *,
    received_first: bool = False,
    stored: tuple[datetime | None, datetime | None, str] | None = None,
) -> list[DuplicateMatch]:
    """`find_duplicates` on an open connection (the server runs it inside the submit's transaction).
    `received_first`: every other registration the server has confirmed counts as received before the
    candidate (the server's first receipt of a submission, see `server_check`). `stored`: the candidate
    registration's stored (server_received_at, submitted_at, partner_id), when the caller holds the flushed
    row (saves reading them back); read from the database otherwise."""
    name = v.required_text(candidate.customer_name, "customer_name")
    norm = normalize_company(name)
    if not norm:
        raise UserError("invalid_customer_name", field="customer_name")
    domains = customer_domains(candidate.customer_domain, candidate.customer_email)
    products = tuple(dict.fromkeys(p for p in candidate.product_ids if isinstance(p, str) and p))
    if len(products) > MAX_CANDIDATE_PRODUCTS:
        raise UserError("too_many_products", field="products", max=MAX_CANDIDATE_PRODUCTS)
    if not products:
        return []
    own_partner = candidate.partner_id if candidate.partner_id is not None else actor.partner_id
    candidate_time: datetime | None = None
    if candidate.deal_id is not None:
        if stored is None:
            me = conn.execute(
                select(D.server_received_at, D.submitted_at, D.partner_id).where(D.id == candidate.deal_id)
            ).first()
            if me is None:
                raise NotFound("deal_registrations", candidate.deal_id)
            stored = (me.server_received_at, me.submitted_at, me.partner_id)
        candidate_time = registered_at(stored[0], stored[1])
        own_partner = stored[2]
    common = _same_customer_products(conn, norm, domains, products)
    common.pop(candidate.deal_id or "", None)
    rows = _open_rows(conn, sorted(common), candidate.deal_id, day) if common else []
    refs = _product_refs(conn, (p for ids in common.values() for p in ids))
    names = _partner_names(conn, (r.partner_id for r in rows)) if actor.is_vendor else {}

    def sort_key(r: _Row) -> tuple[int, datetime, str]:
        t = registered_at(r.server_received_at, r.submitted_at)
        return (0, t, r.id) if t is not None else (1, datetime.min, r.id)

    matches: list[DuplicateMatch] = []
    for r in sorted(rows, key=sort_key)[:MAX_MATCHES]:
        rules: list[MatchRule] = []
        if r.customer_name_norm == norm:
            rules.append(MatchRule.NAME)
        bare = r.customer_domain.removeprefix("www.") if r.customer_domain else None
        matched_domain = bare if bare in domains else None
        if matched_domain is not None:
            rules.append(MatchRule.DOMAIN)
        own = own_partner is not None and r.partner_id == own_partner
        other_time = registered_at(r.server_received_at, r.submitted_at)
        if received_first and r.server_received_at is not None:
            priority = Priority.OTHER_FIRST
        else:
            priority = _first(candidate_time, candidate.deal_id, other_time, r.id)
        base = {
            "rules": tuple(rules),
            "matched_name": norm if MatchRule.NAME in rules else None,
            "matched_domain": matched_domain,
            "common_products": tuple(
                sorted((refs.get(p, ProductRef(p, "", "")) for p in common[r.id]), key=lambda x: (x.sku, x.product_id))
            ),
            "other_status": DealStatus(r.status),
            "other_registered_at": other_time,
            "other_confirmed": r.server_received_at is not None,
            "other_protection_until": r.protection_until,
            "priority": priority,
            "own_registration": own,
        }
        if actor.is_vendor:
            matches.append(
                VendorDuplicateMatch(
                    **base,  # type: ignore[arg-type]
                    other_deal_id=r.id,
                    other_partner_id=r.partner_id,
                    other_partner_name=names.get(r.partner_id, ""),
                    other_customer_name=r.customer_name,
                    other_title=r.title,
                    other_amount_minor=r.amount_minor,
                    other_currency=r.currency,
                )
            )
        else:
            matches.append(DuplicateMatch(**base, other_deal_id=r.id if own else None))  # type: ignore[arg-type]
    return matches


# --- the server's check at submission ---------------------------------------------------------------


def lock_customer(conn: Connection, candidate: DuplicateCandidate) -> None:
    """Serialise the server's checks of registrations that could match each other: on PostgreSQL a
    transaction-scoped advisory lock per normalised name and per domain (sorted, so two checks never wait
    for each other crosswise); SQLite serialises every write transaction anyway (BEGIN IMMEDIATE). Without
    it, two submissions of the same customer committing concurrently would each miss the other."""
    if conn.dialect.name != "postgresql":
        return
    keys = {"name:" + normalize_company(candidate.customer_name)}
    keys.update("domain:" + d for d in customer_domains(candidate.customer_domain, candidate.customer_email))
    # one statement for all keys: the function scan of the sorted array takes the locks in array order
    conn.execute(_LOCK_KEYS, {"keys": sorted(keys)})


_LOCK_KEYS = text("SELECT pg_advisory_xact_lock(hashtextextended(k, 6)) FROM unnest(CAST(:keys AS text[])) AS k")


def server_check(
    conn: Connection,
    actor: Actor,
    candidate: DuplicateCandidate,
    day: date,
    *,
    first_receipt: bool,
    stored: tuple[datetime | None, datetime | None, str] | None = None,
) -> tuple[ConflictState, list[dict[str, Any]]]:
    """The server's decision on a submitted registration, inside the submit's transaction, against every
    registration the server holds (all partners): "possible_duplicate" when an open registration of the
    same end customer with a product in common was received first, else "clear"; with the explanation
    of each earlier one as JSON (`explanation`), which never names the competing partner.

    `first_receipt`: the server receives this submission for the first time (`server_received_at` was
    stamped just now). The check runs under `lock_customer`, so every other confirmed registration it
    can see was received before this one: it has priority whatever its clock reading. On a resubmission
    the receipt times decide, as in `find_duplicates`."""
    lock_customer(conn, candidate)
    matches = find_duplicates_on(conn, actor, candidate, day, received_first=first_receipt, stored=stored)
    earlier = [m for m in matches if m.priority == Priority.OTHER_FIRST]
    if not earlier:
        return ConflictState.CLEAR, []
    return ConflictState.POSSIBLE_DUPLICATE, [explanation(m) for m in earlier]


def explanation(match: DuplicateMatch) -> dict[str, Any]:
    """A match as stored on the flagged registration (JSON): only what `DuplicateMatch` shows to a partner
    role, whatever the subclass, so a vendor's submission on a partner's behalf discloses nothing either."""
    own = match.own_registration
    return {
        "rules": [str(r) for r in match.rules],
        "matched_name": match.matched_name,
        "matched_domain": match.matched_domain,
        "common_products": [{"sku": p.sku, "name": p.name} for p in match.common_products],
        "other_status": str(match.other_status),
        "other_registered_at": match.other_registered_at.isoformat() if match.other_registered_at else None,
        "own_registration": own,
        "other_deal_id": match.other_deal_id if own else None,
    }


def candidate_for_deal(engine: Engine, deal_id: str) -> DuplicateCandidate:
    """The candidate for an existing registration (its customer, live products and partner)."""
    with engine.connect() as conn:
        deal = conn.execute(
            select(D.customer_name, D.customer_domain, D.customer_email, D.partner_id, D.deleted_at).where(
                D.id == deal_id
            )
        ).first()
        if deal is None or deal.deleted_at is not None:
            raise NotFound("deal_registrations", deal_id)
        product_ids = tuple(
            conn.scalars(
                select(DealProduct.product_id)
                .where(DealProduct.deal_id == deal_id, DealProduct.deleted_at.is_(None))
                .order_by(DealProduct.product_id)
            )
        )
    return DuplicateCandidate(
        customer_name=deal.customer_name,
        product_ids=product_ids,
        customer_domain=deal.customer_domain,
        customer_email=deal.customer_email,
        deal_id=deal_id,
        partner_id=deal.partner_id,
    )


def find_duplicates_of_deal(
    engine: Engine, actor: Actor, deal_id: str, *, today: date | None = None
) -> list[DuplicateMatch]:
    """`find_duplicates` for a stored registration (review queue, side-by-side comparison). Partner roles
    may only ask about their own partner's registrations."""
    candidate = candidate_for_deal(engine, deal_id)
    actor.require_partner_access("find_duplicates", candidate.partner_id)
    return find_duplicates(engine, actor, candidate, today=today)
