"""Deterministic demo data: German and European partners (umlauts, several currencies), a realistic
mix of tiers, deals in every state, training histories and MDF in every state.

The same seed gives the same data, ids included. Rows are written as if pulled from the server
(version 1, no outbox ops, no local audit entries): demo data stands for the server's state. Writes go
through SQLAlchemy Core in large batches, so 100,000 partners and 1,000,000 deals build in minutes."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select

from workbench.db.base import Base
from workbench.db.registry import load_all

BASE_TIME = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)
BATCH = 20_000


@dataclass(frozen=True)
class DemoSizes:
    partners: int = 200
    deals: int = 3000
    training_events: int = 5000
    mdf_requests: int = 400


# --- vocabulary -----------------------------------------------------------------------------------

COUNTRIES: list[tuple[str, str, list[str], list[str]]] = [
    # country, currency, legal forms, cities
    (
        "DE",
        "EUR",
        ["GmbH", "AG", "GmbH & Co. KG", "SE", "KG"],
        [
            "München",
            "Köln",
            "Düsseldorf",
            "Nürnberg",
            "Würzburg",
            "Lübeck",
            "Göttingen",
            "Saarbrücken",
            "Berlin",
            "Hamburg",
            "Frankfurt am Main",
            "Stuttgart",
            "Leipzig",
            "Dresden",
            "Münster",
            "Osnabrück",
            "Fürth",
        ],
    ),
    ("AT", "EUR", ["GmbH", "AG"], ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Pöchlarn"]),
    ("CH", "CHF", ["AG", "GmbH", "SA"], ["Zürich", "Genève", "Basel", "Bern", "Lausanne", "Luzern", "St. Gallen"]),
    ("PL", "PLN", ["Sp. z o.o.", "S.A."], ["Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Warszawa"]),
    ("SE", "SEK", ["AB"], ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro"]),
    ("DK", "DKK", ["A/S", "ApS"], ["København", "Aarhus", "Odense", "Aalborg"]),
    ("GB", "GBP", ["Ltd", "plc", "LLP"], ["London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff"]),
    ("FR", "EUR", ["SARL", "SAS", "S.A."], ["Paris", "Lyon", "Toulouse", "Nîmes", "Besançon", "Orléans"]),
    ("NL", "EUR", ["B.V.", "N.V."], ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"]),
    ("CZ", "CZK", ["s.r.o.", "a.s."], ["Praha", "Brno", "Ostrava", "Plzeň", "České Budějovice"]),
    ("ES", "EUR", ["S.L.", "S.A."], ["Madrid", "Barcelona", "Sevilla", "Málaga", "A Coruña", "Logroño"]),
    ("IT", "EUR", ["S.r.l.", "S.p.A."], ["Milano", "Torino", "Bologna", "Forlì", "Cantù", "Napoli"]),
    ("FI", "EUR", ["Oy"], ["Helsinki", "Espoo", "Tampere", "Jyväskylä", "Hämeenlinna"]),
    ("NO", "NOK", ["AS"], ["Oslo", "Bergen", "Trondheim", "Tromsø", "Bodø"]),
]
COUNTRY_WEIGHTS = [34, 9, 8, 6, 5, 3, 8, 6, 5, 3, 5, 4, 2, 2]

NAME_HEADS = [
    "Müller",
    "Schäfer",
    "Köhler",
    "Groß",
    "Weiß",
    "Bäcker",
    "Jäger",
    "Krüger",
    "Fuchs",
    "Schröder",
    "Löwe",
    "Nordlicht",
    "Alpenglühen",
    "Rheinblick",
    "Donautal",
    "Bodensee",
    "Hanse",
    "Elbe",
    "Spreewald",
    "Brückner",
    "Lindqvist",
    "Øresund",
    "Kowalczyk",
    "Dvořák",
    "Søndergaard",
    "Höglund",
    "Nyström",
    "Åkesson",
    "Lefèvre",
    "Beaulieu",
    "García",
    "Muñoz",
    "Ibáñez",
    "Rossi",
    "Conté",
    "Van der Berg",
    "De Vries",
    "Virtanen",
    "Mäkinen",
    "Blackwood",
    "Ashford",
    "Thornbury",
    "Fjordlys",
    "Polarstern",
    "Sonnenhof",
    "Sturm",
    "Wolkenwerk",
    "Quelle",
    "Adler",
    "Falke",
    "Kranich",
    "Eiche",
    "Linde",
    "Birke",
    "Tanne",
    "Ahorn",
    "Zeder",
    "Granit",
    "Basalt",
    "Quarz",
]
NAME_TAILS = [
    "Systemhaus",
    "IT-Solutions",
    "Datentechnik",
    "Consulting",
    "Digital",
    "Netzwerke",
    "Informatik",
    "Cloud Services",
    "Security",
    "Software",
    "Technologies",
    "Data & AI",
    "Integration",
    "Media",
    "Distribution",
    "Kommunikation",
    "Rechenzentrum",
    "Business Solutions",
    "Group",
    "Partners",
]
FIRST_NAMES = [
    "Jürgen",
    "Jörg",
    "Günther",
    "Björn",
    "Sören",
    "Jörn",
    "Käthe",
    "Lüder",
    "Anna",
    "Lena",
    "Mia",
    "Lukas",
    "Jonas",
    "Felix",
    "Sophie",
    "Marie",
    "Zoë",
    "Chloé",
    "Renée",
    "Søren",
    "Åsa",
    "Björk",
    "Mikołaj",
    "Łukasz",
    "Agnieszka",
    "Tomáš",
    "Jiří",
    "Zdeněk",
    "François",
    "Hélène",
    "Éloïse",
    "José",
    "María",
    "Íñigo",
    "Niccolò",
    "Giulia",
    "Matti",
    "Päivi",
    "Oliver",
    "Charlotte",
    "Emma",
    "Noah",
    "Elias",
    "Hannah",
    "Leonie",
    "Maximilian",
    "Paul",
]
LAST_NAMES = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Köhler",
    "Jäger",
    "Groß",
    "Weiß",
    "Böhm",
    "Öztürk",
    "Nowak",
    "Wiśniewski",
    "Dvořák",
    "Novák",
    "Lindström",
    "Jørgensen",
    "Dubois",
    "Lefèvre",
    "García",
    "Fernández",
    "Rossi",
    "Bianchi",
    "Smith",
    "O'Brien",
]
CUSTOMER_HEADS = [
    "Stadtwerke",
    "Klinikum",
    "Versicherung",
    "Brauerei",
    "Maschinenbau",
    "Logistik",
    "Spedition",
    "Autohaus",
    "Bäckerei",
    "Möbelwerk",
    "Druckerei",
    "Zahnärzte",
    "Anwaltskanzlei",
    "Steuerberatung",
    "Landratsamt",
    "Universität",
    "Hochschule",
    "Gemeinde",
    "Sparkasse",
    "Volksbank",
    "Molkerei",
    "Chemie",
    "Stahlbau",
    "Kunststofftechnik",
    "Elektro",
    "Pharma",
    "Textil",
    "Hotel",
    "Reederei",
    "Flughafen",
]
CUSTOMER_PLACES = [
    "München",
    "Köln",
    "Düsseldorf",
    "Nürnberg",
    "Würzburg",
    "Lübeck",
    "Göttingen",
    "Bremen",
    "Bochum",
    "Gießen",
    "Tübingen",
    "Jena",
    "Erfurt",
    "Wien",
    "Graz",
    "Zürich",
    "Basel",
    "Kraków",
    "Malmö",
    "Aarhus",
    "Rotterdam",
    "Lyon",
    "Brno",
    "Sevilla",
    "Torino",
    "Tampere",
    "Bergen",
    "Leeds",
    "Düren",
    "Fürstenfeldbruck",
]
CUSTOMER_FORMS = ["GmbH", "AG", "e.V.", "KG", "GmbH & Co. KG", "SE", "Ltd", "S.A.", "B.V.", "AB", "Oy", ""]
SEGMENTS = ["SMB", "Mid-Market", "Enterprise", "Public Sector", "Healthcare", "Manufacturing"]
REGIONS = ["DACH", "Nordics", "Benelux", "CEE", "UK & Ireland", "France", "Southern Europe"]
COMPETENCIES = ["Cloud", "Security", "Networking", "Data & AI", "Modern Workplace", "ERP", "Industrial IoT"]
CHANNEL_MANAGERS = [
    "cm-anna.becker",
    "cm-jonas.weiss",
    "cm-sophie.krueger",
    "cm-lukas.schaefer",
    "cm-marie.lefevre",
    "cm-oliver.ashford",
    "cm-asa.lindqvist",
    "cm-tomas.dvorak",
]
PARTNER_TYPES = ["reseller", "distributor", "system_integrator", "agency", "marketplace", "referral"]
PARTNER_TYPE_WEIGHTS = [45, 5, 25, 12, 3, 10]
PRODUCT_FAMILIES = {
    "Cloud": ["Cloud Compute", "Object Storage", "Managed Kubernetes", "Backup Vault", "CDN Edge"],
    "Security": ["Firewall Appliance", "Endpoint Protection", "Zero Trust Gateway", "SIEM Cloud", "MFA Tokens"],
    "Networking": ["Campus Switch 48P", "Wi-Fi 7 Access Point", "SD-WAN Edge", "Core Router"],
    "Data & AI": ["Analytics Warehouse", "AI Assistant Seats", "Data Catalog"],
    "Workplace": ["Collaboration Suite", "Device Management", "Video Conferencing Room Kit"],
}
FX_TO_EUR = {
    "EUR": "1",
    "CHF": "1.06",
    "PLN": "0.23",
    "SEK": "0.087",
    "DKK": "0.134",
    "GBP": "1.17",
    "CZK": "0.040",
    "NOK": "0.085",
    "USD": "0.92",
}
DEAL_STATES = ["draft", "submitted", "info_requested", "approved", "rejected", "won", "lost", "expired", "withdrawn"]
DEAL_STATE_WEIGHTS = [6, 7, 3, 22, 8, 26, 14, 10, 4]
REQUEST_STATES = ["draft", "submitted", "info_requested", "approved", "rejected", "expired"]
REQUEST_STATE_WEIGHTS = [8, 10, 4, 62, 10, 6]
CLAIM_STATES = ["draft", "submitted", "info_requested", "approved", "rejected", "paid"]
CLAIM_STATE_WEIGHTS = [10, 15, 5, 20, 8, 42]
ACTIVITY_TYPES = ["event", "digital", "email", "print", "webinar", "training"]
ACTIVITY_TITLES = {
    "event": ["Messestand it-sa Nürnberg", "Kundentag Süd", "Roadshow Österreich", "Partner-Frühstück Köln"],
    "digital": ["LinkedIn-Kampagne Q3", "Google Ads Sicherheit", "Retargeting Cloud-Migration"],
    "email": ["Newsletter Herbst", "Mailing Zero Trust", "E-Mail-Serie Backup"],
    "print": ["Direktmailing Mittelstand", "Broschüre Rechenzentrum", "Anzeige c't"],
    "webinar": ["Webinar NIS2 für Mittelständler", "Live-Demo SD-WAN", "Webinar KI im Büro"],
    "training": ["Vertriebsschulung Q2", "Technik-Bootcamp", "Workshop Förderprogramme"],
}
COURSES = [
    # code, title, track, minutes
    ("S-101", "Produktportfolio Grundlagen", "sales", 60),
    ("S-201", "Lösungsverkauf Security", "sales", 90),
    ("S-202", "Lösungsverkauf Cloud", "sales", 90),
    ("S-301", "Verhandlung & Angebotswesen", "sales", 120),
    ("T-101", "Installation & Inbetriebnahme", "technical", 180),
    ("T-201", "Netzwerk-Design", "technical", 240),
    ("T-202", "Security-Architektur", "technical", 240),
    ("T-301", "Fehleranalyse für Profis", "technical", 300),
    ("T-302", "Cloud-Migration in der Praxis", "technical", 240),
    ("M-101", "Co-Marketing Grundlagen", "marketing", 45),
    ("M-201", "MDF richtig planen", "marketing", 60),
    ("M-202", "Kampagnen messen", "marketing", 60),
]
PATHS = [
    # code, title, track, validity months, courses
    ("P-SALES", "Certified Sales Professional", "sales", 24, ["S-101", "S-201", "S-202"]),
    ("P-SALES-ADV", "Certified Sales Expert", "sales", 24, ["S-101", "S-301"]),
    ("P-TECH", "Certified Technical Associate", "technical", 36, ["T-101", "T-201"]),
    ("P-TECH-SEC", "Certified Security Engineer", "technical", 24, ["T-101", "T-202", "T-301"]),
    ("P-TECH-CLOUD", "Certified Cloud Engineer", "technical", 12, ["T-101", "T-302"]),
    ("P-MKT", "Certified Marketing Partner", "marketing", 0, ["M-101", "M-201", "M-202"]),
]


def fold_ascii(text: str) -> str:
    """ASCII form for e-mail addresses and domains: umlauts as ae/oe/ue, other accents dropped."""
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("æ", "ae")
        .replace("ł", "l")
        .replace("Ł", "L")
    )
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    return "".join(ch for ch in fold_ascii(text).lower() if ch.isalnum() or ch == "-")[:40] or "x"


class IdMaker:
    """Deterministic UUIDv7-shaped ids: time from a fixed base plus a counter, random bits from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ms = int(BASE_TIME.timestamp() * 1000) - 400 * 86_400_000
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        ms = self.ms + self.count // 16
        rand_a = self.rng.getrandbits(12)
        rand_b = self.rng.getrandbits(62)
        value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Writer:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.tables = Base.metadata.tables
        self.counts: dict[str, int] = {}
        self.buffers: dict[str, list[dict[str, Any]]] = {}

    def add(self, table: str, row: dict[str, Any]) -> None:
        buf = self.buffers.setdefault(table, [])
        buf.append(row)
        if len(buf) >= BATCH:
            self.flush()  # every table, parents first, so foreign keys hold

    def flush(self, table: str | None = None) -> None:
        names = [table] if table else [t.name for t in Base.metadata.sorted_tables if t.name in self.buffers]
        for name in names:
            rows = self.buffers.get(name)
            if rows:
                tbl: Table = self.tables[name]
                self.conn.execute(tbl.insert(), rows)
                self.counts[name] = self.counts.get(name, 0) + len(rows)
                self.buffers[name] = []


def _synced(row_id: str, partner_id: str | None, created: datetime, **values: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "version": 1,
        "server_seq": None,
        "deleted_at": None,
        "created_at": created,
        "updated_at": created,
        "partner_id": partner_id,
        **values,
    }


def seed_demo(
    engine: Engine,
    sizes: DemoSizes = DemoSizes(),
    *,
    seed: int = 42,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty replica (or server database) with demo data; returns row counts per table."""
    load_all()
    from workbench.deals.normalize import normalize_company
    from workbench.partners.normalize import fold as fold_partner_name

    rng = random.Random(seed)
    new_id = IdMaker(random.Random(seed + 1))
    with engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(Base.metadata.tables["partners"])).scalar():
            from workbench.errors import UserError

            raise UserError("demo_data_exists")
        w = _Writer(conn)
        step = progress or (lambda _name, _n: None)

        # Program, tiers, products -------------------------------------------------------------
        program_id = new_id()
        t0 = BASE_TIME - timedelta(days=800)
        w.add(
            "programs",
            _synced(
                program_id,
                None,
                t0,
                code="PN-2026",
                name="Partner Network 2026",
                currency="EUR",
                protection_days=90,
                review_sla_days=3,
                claim_deadline_days=30,
                participation_rate_bp=5000,
                allow_negative_balance=False,
                request_expiry_days=30,
                fx_rates=dict(FX_TO_EUR),
            ),
        )
        tiers = [
            ("Registered", 1, 0, 0, 0),
            ("Silver", 2, 2, 5_000_000, 2),
            ("Gold", 3, 5, 25_000_000, 5),
            ("Platinum", 4, 10, 100_000_000, 10),
        ]
        tier_ids: list[str] = []
        for name, rank, certified_people, revenue, active in tiers:
            tid = new_id()
            tier_ids.append(tid)
            w.add(
                "tier_levels",
                _synced(
                    tid,
                    None,
                    t0,
                    program_id=program_id,
                    name=name,
                    rank=rank,
                    required_certified_people=certified_people,
                    required_revenue_12m_minor=revenue,
                    required_active_deals=active,
                ),
            )
        product_ids: list[str] = []
        n = 0
        for family, names in PRODUCT_FAMILIES.items():
            for pname in names:
                n += 1
                pid = new_id()
                product_ids.append(pid)
                w.add(
                    "products",
                    _synced(pid, None, t0, program_id=program_id, sku=f"SKU-{n:04d}", name=pname, family=family),
                )

        # Training catalogue ---------------------------------------------------------------------
        course_ids: dict[str, str] = {}
        for code, title, track, minutes in COURSES:
            cid = new_id()
            course_ids[code] = cid
            w.add("courses", _synced(cid, None, t0, code=code, title=title, role_track=track, duration_minutes=minutes))
        path_defs: list[tuple[str, int, list[str], str]] = []
        for code, title, track, months, codes in PATHS:
            path_id = new_id()
            path_defs.append((path_id, months, [course_ids[c] for c in codes], track))
            w.add(
                "learning_paths",
                _synced(path_id, None, t0, code=code, title=title, role_track=track, validity_months=months or None),
            )
            for c in codes:
                w.add(
                    "learning_path_courses",
                    _synced(new_id(), None, t0, path_id=path_id, course_id=course_ids[c], required=True),
                )

        # Partners -------------------------------------------------------------------------------
        partners: list[tuple[str, str, str, datetime, str]] = []  # id, currency, status, created, domain
        contacts_by_partner: dict[str, list[tuple[str, str]]] = {}
        used_names: set[str] = set()
        for i in range(sizes.partners):
            country, currency, forms, cities = rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
            city = rng.choice(cities)
            base = f"{rng.choice(NAME_HEADS)} {rng.choice(NAME_TAILS)}"
            name = f"{base} {rng.choice(forms)}"
            if name in used_names:
                name = f"{base} {city} {rng.choice(forms)}"
            k = 2
            while name in used_names:
                name = f"{base} {city} {k} {rng.choice(forms)}"
                k += 1
            used_names.add(name)
            pid = new_id()
            created = t0 + timedelta(days=rng.randint(0, 760), minutes=rng.randint(0, 1439))
            status = rng.choices(["active", "onboarding", "prospect", "suspended", "terminated"], [78, 8, 6, 4, 4])[0]
            tier_id = rng.choices(tier_ids, [45, 30, 18, 7])[0] if status != "prospect" else tier_ids[0]
            domain = f"{slug(base)}.{ {'GB': 'co.uk'}.get(country, country.lower()) }"
            approved = (created + timedelta(days=rng.randint(5, 40))).date() if status not in ("prospect",) else None
            partners.append((pid, currency, status, created, domain))
            w.add(
                "partners",
                _synced(
                    pid,
                    pid,
                    created,
                    legal_name=name,
                    name_norm=fold_partner_name(name),
                    name_alt=_alt(name),
                    partner_type=rng.choices(PARTNER_TYPES, PARTNER_TYPE_WEIGHTS)[0],
                    tier_id=tier_id,
                    program_id=program_id,
                    status=status,
                    country=country,
                    city=city,
                    web_domain=domain,
                    email=f"partner@{domain}",
                    phone=f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 9999999)}",
                    currency=currency,
                    owner_id=rng.choice(CHANNEL_MANAGERS),
                    approved_on=approved,
                    description=None,
                ),
            )
            for kind, pool, count in (
                ("segment", SEGMENTS, rng.randint(1, 2)),
                ("region", REGIONS, rng.randint(1, 2)),
                ("competency", COMPETENCIES, rng.randint(1, 3)),
            ):
                for value in rng.sample(pool, count):
                    w.add("partner_attributes", _synced(new_id(), pid, created, kind=kind, value=value))
            people: list[tuple[str, str]] = []
            for j, role in enumerate(["owner", "sales", "technical", "marketing", "finance"][: rng.randint(2, 5)]):
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                cid = new_id()
                people.append((cid, role))
                w.add(
                    "contacts",
                    _synced(
                        cid,
                        pid,
                        created,
                        first_name=first,
                        last_name=last,
                        email=f"{slug(first)}.{slug(last)}@{domain}",
                        phone=None,
                        role=role,
                        job_title={
                            "owner": "Geschäftsführung",
                            "sales": "Vertrieb",
                            "technical": "Technik",
                            "marketing": "Marketing",
                            "finance": "Buchhaltung",
                        }[role],
                        is_primary=j == 0,
                    ),
                )
            contacts_by_partner[pid] = people
            start = created.date()
            w.add(
                "partner_contracts",
                _synced(
                    new_id(),
                    pid,
                    created,
                    status={"terminated": "terminated"}.get(status, "active" if approved else "draft"),
                    start_date=start,
                    end_date=start + timedelta(days=365 * 3),
                    signed_on=approved,
                    reference=f"PA-{i + 1:06d}",
                ),
            )
            for item_no, item in enumerate(["agreement_signed", "kyc_done", "first_training", "portal_access"]):
                done = approved is not None and (status == "active" or item_no < 2)
                w.add(
                    "onboarding_items",
                    _synced(
                        new_id(),
                        pid,
                        created,
                        program_id=program_id,
                        item=item,
                        completed_on=(created.date() + timedelta(days=3 + 7 * item_no)) if done else None,
                    ),
                )
            for q in range(4):
                qs = date(2026, 1 + 3 * q, 1)
                qe = date(2026 + (q == 3), (4 + 3 * q) % 12 or 12, 1) - timedelta(days=1)
                w.add(
                    "partner_targets",
                    _synced(
                        new_id(),
                        pid,
                        created,
                        period_start=qs,
                        period_end=qe,
                        metric="revenue",
                        target_minor=rng.randint(5, 200) * 1_000_000,
                        target_value=None,
                        currency=currency,
                    ),
                )
            if (i + 1) % 10_000 == 0:
                step("partners", i + 1)
        w.flush()
        step("partners", sizes.partners)

        # Deals ----------------------------------------------------------------------------------
        weights = [1.0 / (k + 1) ** 0.6 for k in range(len(partners))]  # a few partners register most deals
        customers = [
            f"{rng.choice(CUSTOMER_HEADS)} {rng.choice(CUSTOMER_PLACES)} {rng.choice(CUSTOMER_FORMS)}".strip()
            for _ in range(max(50, sizes.deals // 6))
        ]
        owners = rng.choices(partners, weights, k=sizes.deals) if partners else []
        for i, (pid, currency, _pstatus, pcreated, _dom) in enumerate(owners):
            did = new_id()
            status = rng.choices(DEAL_STATES, DEAL_STATE_WEIGHTS)[0]
            created = min(BASE_TIME, pcreated + timedelta(days=rng.randint(1, 700), minutes=rng.randint(0, 1439)))
            customer = rng.choice(customers)
            amount = rng.choice([5, 8, 12, 20, 35, 50, 80, 120, 250, 400]) * rng.randint(1_000, 10_000) * 100 // 10
            submitted = created + timedelta(hours=rng.randint(1, 72)) if status != "draft" else None
            decided = (
                submitted + timedelta(hours=rng.randint(2, 120))
                if submitted and status not in ("submitted", "info_requested", "withdrawn")
                else None
            )
            protection = (
                (decided.date() + timedelta(days=90))
                if decided and status in ("approved", "won", "lost", "expired")
                else None
            )
            closed = (
                (decided.date() + timedelta(days=rng.randint(10, 80)))
                if decided and status in ("won", "lost")
                else None
            )
            cdom = f"{slug(customer.split()[0])}-{slug(customer.split()[1])}.de"
            w.add(
                "deal_registrations",
                _synced(
                    did,
                    pid,
                    created,
                    program_id=program_id,
                    registered_by=f"user-{pid[:8]}",
                    customer_name=customer,
                    customer_name_norm=normalize_company(customer),
                    customer_domain=cdom,
                    customer_email=f"einkauf@{cdom}",
                    customer_country="DE",
                    title=f"{rng.choice(product_names_flat())} für {customer.split()[0]}",
                    description=None,
                    amount_minor=amount,
                    currency=currency,
                    expected_close=(created + timedelta(days=rng.randint(20, 180))).date(),
                    status=status,
                    submitted_at=submitted,
                    server_received_at=submitted,
                    decided_at=decided,
                    decided_by=rng.choice(CHANNEL_MANAGERS) if decided else None,
                    decision_reason=(
                        "Kunde bereits durch anderen Partner registriert" if status == "rejected" else None
                    ),
                    protection_until=protection,
                    provisional=status == "draft",
                    closed_at=closed,
                    won_amount_minor=amount if status == "won" else None,
                ),
            )
            for product in rng.sample(product_ids, rng.choice([1, 1, 2])):
                w.add(
                    "deal_products",
                    _synced(
                        new_id(),
                        pid,
                        created,
                        deal_id=did,
                        product_id=product,
                        quantity=rng.choice([1, 1, 2, 5, 10, 25]),
                    ),
                )
            if (i + 1) % 100_000 == 0:
                step("deals", i + 1)
        w.flush()
        step("deals", sizes.deals)

        # Training -------------------------------------------------------------------------------
        all_contacts = [(cid, pid, role) for pid, people in contacts_by_partner.items() for cid, role in people]
        events = 0
        guard = 0
        while events < sizes.training_events and all_contacts and guard < sizes.training_events * 4:
            guard += 1
            cid, pid, role = rng.choice(all_contacts)
            track = {"sales": "sales", "owner": "sales", "technical": "technical", "marketing": "marketing"}.get(
                role, rng.choice(["sales", "technical", "marketing"])
            )
            candidates = [p for p in path_defs if p[3] == track]
            path_id, months, courses, _t = rng.choice(candidates)
            when = BASE_TIME - timedelta(days=rng.randint(5, 900))
            passed_all = True
            last_pass = when
            for course in courses:
                if events >= sizes.training_events:
                    passed_all = False
                    break
                w.add(
                    "training_events",
                    _synced(
                        new_id(),
                        pid,
                        when,
                        contact_id=cid,
                        course_id=course,
                        kind="started",
                        score=None,
                        occurred_at=when,
                    ),
                )
                events += 1
                when += timedelta(days=rng.randint(1, 10))
                if rng.random() < 0.15 and events < sizes.training_events:
                    w.add(
                        "training_events",
                        _synced(
                            new_id(),
                            pid,
                            when,
                            contact_id=cid,
                            course_id=course,
                            kind="exam_failed",
                            score=rng.randint(30, 69),
                            occurred_at=when,
                        ),
                    )
                    events += 1
                    when += timedelta(days=rng.randint(2, 14))
                if rng.random() < 0.12 or events >= sizes.training_events:
                    passed_all = False
                    break
                w.add(
                    "training_events",
                    _synced(
                        new_id(),
                        pid,
                        when,
                        contact_id=cid,
                        course_id=course,
                        kind="exam_passed",
                        score=rng.randint(70, 100),
                        occurred_at=when,
                    ),
                )
                events += 1
                last_pass = when
                when += timedelta(days=rng.randint(1, 20))
            if passed_all:
                earned = last_pass.date()
                expires = _add_months(earned, months) if months else None
                status = _cert_status(expires)
                w.add(
                    "certifications",
                    _synced(
                        new_id(),
                        pid,
                        last_pass,
                        contact_id=cid,
                        path_id=path_id,
                        status=status,
                        earned_on=earned,
                        expires_on=expires,
                    ),
                )
        w.flush()
        step("training_events", events)

        # MDF ------------------------------------------------------------------------------------
        budgets: dict[str, tuple[str, int]] = {}
        for cur in sorted({p[1] for p in partners}):
            bid = new_id()
            amount = 250_000_000 * max(1, sizes.partners // 200)
            budgets[cur] = (bid, amount)
            w.add(
                "mdf_budgets",
                _synced(
                    bid,
                    None,
                    t0,
                    program_id=program_id,
                    name=f"MDF 2026 {cur}",
                    period_start=date(2026, 1, 1),
                    period_end=date(2026, 12, 31),
                    amount_minor=amount,
                    currency=cur,
                ),
            )
        eligible = [p for p in partners if p[2] in ("active", "suspended")]
        allocs: list[tuple[str, str, str, int]] = []  # alloc id, partner, currency, amount
        per_currency: dict[str, int] = {}
        for pid, cur, _st, _cr, _d in eligible[: max(1, int(len(eligible) * 0.6))]:
            bid, budget_amount = budgets[cur]
            amount = rng.choice([10_000, 20_000, 30_000, 50_000]) * 100
            if per_currency.get(cur, 0) + amount > budget_amount:
                continue
            per_currency[cur] = per_currency.get(cur, 0) + amount
            aid = new_id()
            allocs.append((aid, pid, cur, amount))
            w.add("mdf_allocations", _synced(aid, pid, t0, budget_id=bid, amount_minor=amount, currency=cur))
        approved_by_alloc: dict[str, int] = {}
        for i in range(sizes.mdf_requests if allocs else 0):
            aid, pid, cur, alloc_amount = allocs[i % len(allocs)]
            status = rng.choices(REQUEST_STATES, REQUEST_STATE_WEIGHTS)[0]
            activity = rng.choice(ACTIVITY_TYPES)
            requested = rng.choice([1_500, 2_500, 4_000, 6_000, 8_000]) * 100
            if status == "approved" and approved_by_alloc.get(aid, 0) + requested > alloc_amount:
                status = "submitted"
            start = TODAY - timedelta(days=rng.randint(-60, 300))
            end = start + timedelta(days=rng.randint(0, 5))
            created = datetime.combine(start - timedelta(days=rng.randint(20, 60)), datetime.min.time(), UTC)
            submitted = created + timedelta(days=1) if status != "draft" else None
            decided = (
                submitted + timedelta(days=rng.randint(1, 5))
                if submitted and status in ("approved", "rejected", "expired")
                else None
            )
            approved_amount = requested if status in ("approved", "expired") else None
            if status == "approved":
                approved_by_alloc[aid] = approved_by_alloc.get(aid, 0) + requested
            rid = new_id()
            w.add(
                "mdf_requests",
                _synced(
                    rid,
                    pid,
                    created,
                    allocation_id=aid,
                    activity_type=activity,
                    title=rng.choice(ACTIVITY_TITLES[activity]),
                    description=None,
                    start_date=start,
                    end_date=end,
                    requested_minor=requested,
                    approved_minor=approved_amount,
                    currency=cur,
                    status=status,
                    submitted_at=submitted,
                    decided_at=decided,
                    decided_by=rng.choice(CHANNEL_MANAGERS) if decided else None,
                    decision_reason="Aktivität passt nicht zur Zielgruppe" if status == "rejected" else None,
                    claim_due=end + timedelta(days=30) if approved_amount else None,
                ),
            )
            if status == "approved" and end < TODAY and rng.random() < 0.85:
                cstatus = rng.choices(CLAIM_STATES, CLAIM_STATE_WEIGHTS)[0]
                cost = requested * 2
                claimed = requested
                ccreated = datetime.combine(end + timedelta(days=rng.randint(1, 20)), datetime.min.time(), UTC)
                csub = ccreated + timedelta(days=1) if cstatus != "draft" else None
                cdec = (
                    csub + timedelta(days=rng.randint(1, 10))
                    if csub and cstatus in ("approved", "rejected", "paid")
                    else None
                )
                claim_id = new_id()
                w.add(
                    "mdf_claims",
                    _synced(
                        claim_id,
                        pid,
                        ccreated,
                        request_id=rid,
                        claimed_minor=claimed,
                        actual_cost_minor=cost,
                        approved_minor=claimed if cstatus in ("approved", "paid") else None,
                        currency=cur,
                        status=cstatus,
                        submitted_at=csub,
                        decided_at=cdec,
                        decided_by=rng.choice(CHANNEL_MANAGERS) if cdec else None,
                        decision_reason="Nachweis der Teilnehmerliste fehlt" if cstatus == "rejected" else None,
                        summary="Durchgeführt wie geplant.",
                    ),
                )
                for line_no, (desc, share) in enumerate(
                    [("Standmiete / Medien", 60), ("Catering", 25), ("Druck & Versand", 15)]
                ):
                    w.add(
                        "mdf_cost_lines",
                        _synced(
                            new_id(),
                            pid,
                            ccreated,
                            claim_id=claim_id,
                            description=desc,
                            amount_minor=cost * share // 100,
                            currency=cur,
                            invoice_ref=f"RE-{i + 1:05d}-{line_no + 1}",
                        ),
                    )
                if cstatus == "paid":
                    w.add(
                        "mdf_payments",
                        _synced(
                            new_id(),
                            pid,
                            ccreated,
                            claim_id=claim_id,
                            amount_minor=claimed,
                            currency=cur,
                            paid_on=(cdec or ccreated).date() + timedelta(days=14),
                            reference=f"ZAHLUNG-{i + 1:05d}",
                        ),
                    )
        w.flush()
        step("mdf_requests", sizes.mdf_requests)

        # A few notes and tasks on the first partners ---------------------------------------------
        for pid, _cur, _st, created, _d in partners[: min(len(partners), 300)]:
            w.add(
                "notes",
                _synced(
                    new_id(),
                    pid,
                    created,
                    owner_entity="partners",
                    owner_id=pid,
                    body="Quartalsgespräch geführt: Pipeline für Q1 besprochen, Schulungsbedarf im Technik-Team.",
                    author_id=rng.choice(CHANNEL_MANAGERS),
                ),
            )
            w.add(
                "tasks",
                _synced(
                    new_id(),
                    pid,
                    created,
                    owner_entity="partners",
                    owner_id=pid,
                    title="Jahresplanung MDF abstimmen",
                    due_on=TODAY + timedelta(days=rng.randint(-5, 30)),
                    done_at=None,
                    assignee_id=rng.choice(CHANNEL_MANAGERS),
                ),
            )
        w.flush()
    return dict(sorted(w.counts.items()))


_PRODUCT_NAMES: list[str] = [n for names in PRODUCT_FAMILIES.values() for n in names]


def product_names_flat() -> list[str]:
    return _PRODUCT_NAMES


def _alt(name: str) -> str | None:
    from workbench.partners.normalize import alt

    return alt(name)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(d)


def _cert_status(expires: date | None) -> str:
    if expires is None:
        return "active"
    if expires < TODAY:
        return "expired"
    if (expires - TODAY).days <= 90:
        return "expiring"
    return "active"
