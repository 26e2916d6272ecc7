"""The partner 360° profile: master data, contract, onboarding checklist, tier compliance (what is missing for
the next tier), contacts, deals, certifications, MDF, notes, a timeline of activity and the audit history.
Everything is read in one db-lane task (``load_profile``) and shown from DTOs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.bridge import CoreEvent, DataChanged
from ui.context import AppContext
from ui.i18n import format_date, format_datetime, format_money, format_number, translate
from ui.labels import label
from ui.models.paged import ALIGN_RIGHT, Column
from ui.models.rows import RowsTableModel
from ui.widgets.common import EmptyState, FactGrid, fit_rows, heading, muted, table
from workbench.deals.queries import deals_by_ids, list_deal_ids
from workbench.deals.types import DealRow
from workbench.mdf.queries import list_claims, list_requests
from workbench.mdf.types import ClaimDTO, RequestDTO
from workbench.partners.queries import get_partner
from workbench.partners.types import AttributeKind, ContactDTO, OnboardingItemKind, PartnerDTO
from workbench.records.queries import list_notes
from workbench.records.types import NoteDTO
from workbench.search.activity import AuditEntryDTO, TimelineEntry, partner_audit, partner_timeline
from workbench.search.compliance import ComplianceDTO, Gap, partner_compliance
from workbench.security.roles import Actor
from workbench.training.queries import certifications_for_partner
from workbench.training.types import CertificationDTO

MAX_DEALS = 500


@dataclass(frozen=True)
class ProfileBundle:
    partner: PartnerDTO
    compliance: ComplianceDTO
    deals: list[DealRow]
    deal_total: int
    certifications: list[CertificationDTO]
    requests: tuple[RequestDTO, ...]
    claims: tuple[ClaimDTO, ...]
    notes: tuple[NoteDTO, ...]
    timeline: list[TimelineEntry]
    audit: list[AuditEntryDTO]


def load_profile(engine: Any, actor: Actor, partner_id: str) -> ProfileBundle:
    """Runs on the db lane."""
    partner = get_partner(engine, partner_id)
    deal_ids = list_deal_ids(engine, partner_id=partner_id)
    return ProfileBundle(
        partner=partner,
        compliance=partner_compliance(engine, partner_id),
        deals=deals_by_ids(engine, deal_ids[:MAX_DEALS]),
        deal_total=len(deal_ids),
        certifications=certifications_for_partner(engine, partner_id),
        requests=list_requests(engine, actor, partner_id),
        claims=list_claims(engine, actor, partner_id),
        notes=list_notes(engine, actor, "partners", partner_id),
        timeline=partner_timeline(engine, partner_id),
        audit=partner_audit(engine, partner_id),
    )


def _changes(entry: AuditEntryDTO) -> str:
    parts = []
    for field, change in sorted(entry.changes.items()):
        if isinstance(change, list) and len(change) == 2:
            old, new = change
            parts.append(f"{field}: {'' if old is None else old} → {'' if new is None else new}")
        else:
            parts.append(f"{field}: {json.dumps(change, ensure_ascii=False, default=str)}")
    return "; ".join(parts)


class PartnerProfile(QWidget):
    edit_requested = Signal(object)  # PartnerDTO
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PartnerProfile")
        self.partner_id: str | None = None
        self.bundle: ProfileBundle | None = None
        self._handle: Any = None

        self.title = heading("")
        self.subtitle = muted("")
        self.back_button = QPushButton(translate("Profile", "← Partners"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.edit_button = QPushButton(translate("Profile", "&Edit…"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(lambda: self.bundle and self.edit_requested.emit(self.bundle.partner))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        head = QVBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.subtitle)
        top.addLayout(head, 1)
        top.addWidget(self.edit_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        # Overview: master data | contract + onboarding | compliance
        self.master = FactGrid()
        self.contract = FactGrid()
        self.onboarding = FactGrid()
        self.compliance_title = QLabel()
        self.compliance_title.setWordWrap(True)
        self.compliance_model: RowsTableModel[tuple[str, str, str, str, str]] = RowsTableModel(
            [
                Column(translate("Profile", "Requirement"), lambda r: r[0]),
                Column(translate("Profile", "Has"), lambda r: r[1], ALIGN_RIGHT),
                Column(translate("Profile", "Current tier needs"), lambda r: r[2], ALIGN_RIGHT),
                Column(translate("Profile", "Next tier needs"), lambda r: r[3], ALIGN_RIGHT),
                Column(translate("Profile", "Missing for next tier"), lambda r: r[4], ALIGN_RIGHT),
            ],
            self,
        )
        self.compliance_table = table(self.compliance_model, stretch=0)
        self.compliance_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overview = QWidget()
        grid = QGridLayout(overview)
        grid.addWidget(self._group(translate("Profile", "Master data"), self.master), 0, 0, 2, 1)
        grid.addWidget(self._group(translate("Profile", "Contract"), self.contract), 0, 1)
        grid.addWidget(self._group(translate("Profile", "Onboarding checklist"), self.onboarding), 1, 1)
        compliance_box = QGroupBox(translate("Profile", "Tier compliance"))
        cb = QVBoxLayout(compliance_box)
        cb.addWidget(self.compliance_title)
        cb.addWidget(self.compliance_table)
        grid.addWidget(compliance_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)
        self.tabs.addTab(scroll, translate("Profile", "&Overview"))

        money = format_money
        self.contacts_model: RowsTableModel[ContactDTO] = RowsTableModel(
            [
                Column(translate("Profile", "Name"), lambda c: f"{c.first_name or ''} {c.last_name}".strip()),
                Column(translate("Profile", "Role"), lambda c: label(c.role)),
                Column(translate("Profile", "Job title"), lambda c: c.job_title),
                Column(translate("Profile", "E-mail"), lambda c: c.email),
                Column(translate("Profile", "Phone"), lambda c: c.phone),
                Column(translate("Profile", "Primary"), lambda c: "✓" if c.is_primary else ""),
            ],
            self,
        )
        self.deals_model: RowsTableModel[DealRow] = RowsTableModel(
            [
                Column(translate("Profile", "Deal"), lambda d: d.title),
                Column(translate("Profile", "Customer"), lambda d: d.customer_name),
                Column(translate("Profile", "Status"), lambda d: label(d.status)),
                Column(translate("Profile", "Amount"), lambda d: money(d.amount_minor, d.currency), ALIGN_RIGHT),
                Column(translate("Profile", "Expected close"), lambda d: format_date(d.expected_close)),
                Column(translate("Profile", "Protected until"), lambda d: format_date(d.protection_until)),
            ],
            self,
        )
        self._contact_names: dict[str, str] = {}
        self.certs_model: RowsTableModel[CertificationDTO] = RowsTableModel(
            [
                Column(translate("Profile", "Person"), lambda c: self._contact_names.get(c.contact_id, "")),
                Column(translate("Profile", "Certification"), lambda c: c.path_title),
                Column(translate("Profile", "Status"), lambda c: label(c.status)),
                Column(translate("Profile", "Earned"), lambda c: format_date(c.earned_on)),
                Column(translate("Profile", "Expires"), lambda c: format_date(c.expires_on)),
            ],
            self,
        )
        self.requests_model: RowsTableModel[RequestDTO] = RowsTableModel(
            [
                Column(translate("Profile", "Fund request"), lambda r: r.title),
                Column(translate("Profile", "Activity"), lambda r: label(r.activity_type)),
                Column(translate("Profile", "Status"), lambda r: label(r.status)),
                Column(translate("Profile", "Requested"), lambda r: money(r.requested_minor, r.currency), ALIGN_RIGHT),
                Column(
                    translate("Profile", "Approved"),
                    lambda r: money(r.approved_minor, r.currency) if r.approved_minor is not None else "",
                    ALIGN_RIGHT,
                ),
                Column(translate("Profile", "Start"), lambda r: format_date(r.start_date)),
            ],
            self,
        )
        self.claims_model: RowsTableModel[ClaimDTO] = RowsTableModel(
            [
                Column(translate("Profile", "Claim summary"), lambda c: c.summary or ""),
                Column(translate("Profile", "Status"), lambda c: label(c.status)),
                Column(translate("Profile", "Claimed"), lambda c: money(c.claimed_minor, c.currency), ALIGN_RIGHT),
                Column(
                    translate("Profile", "Approved"),
                    lambda c: money(c.approved_minor, c.currency) if c.approved_minor is not None else "",
                    ALIGN_RIGHT,
                ),
            ],
            self,
        )
        self.notes_model: RowsTableModel[NoteDTO] = RowsTableModel(
            [
                Column(translate("Profile", "When"), lambda n: format_datetime(n.created_at)),
                Column(translate("Profile", "Author"), lambda n: n.author_id),
                Column(translate("Profile", "Note"), lambda n: n.body),
            ],
            self,
        )
        self.timeline_model: RowsTableModel[TimelineEntry] = RowsTableModel(
            [
                Column(translate("Profile", "When"), lambda e: format_datetime(e.occurred_at)),
                Column(translate("Profile", "What"), lambda e: f"{label(e.kind)} {label(e.action)}"),
                Column(translate("Profile", "Detail"), lambda e: e.detail or ""),
                Column(translate("Profile", "By"), lambda e: e.actor_id or ""),
            ],
            self,
        )
        self.audit_model: RowsTableModel[AuditEntryDTO] = RowsTableModel(
            [
                Column(translate("Profile", "When"), lambda e: format_datetime(e.occurred_at)),
                Column(translate("Profile", "Record"), lambda e: label(e.entity)),
                Column(translate("Profile", "Action"), lambda e: label(e.action)),
                Column(translate("Profile", "By"), lambda e: e.actor_id),
                Column(translate("Profile", "Device"), lambda e: e.device_id),
                Column(translate("Profile", "Changes"), _changes, tooltip=_changes),
            ],
            self,
        )
        self.tabs.addTab(table(self.contacts_model, stretch=0), translate("Profile", "&Contacts"))
        self.deals_label = muted("")
        self.tabs.addTab(
            self._with_note(table(self.deals_model, stretch=0), self.deals_label), translate("Profile", "&Deals")
        )
        self.tabs.addTab(table(self.certs_model, stretch=1), translate("Profile", "Ce&rtifications"))
        mdf = QWidget()
        mb = QVBoxLayout(mdf)
        mb.addWidget(QLabel(translate("Profile", "Fund requests")))
        mb.addWidget(table(self.requests_model, stretch=0), 1)
        mb.addWidget(QLabel(translate("Profile", "Claims")))
        mb.addWidget(table(self.claims_model, stretch=0), 1)
        self.tabs.addTab(mdf, translate("Profile", "&MDF"))
        self.tabs.addTab(table(self.notes_model, stretch=2), translate("Profile", "&Notes"))
        self.tabs.addTab(table(self.timeline_model, stretch=2), translate("Profile", "&Timeline"))
        self.tabs.addTab(table(self.audit_model, stretch=5), translate("Profile", "&Audit history"))

        self.empty = EmptyState(translate("Profile", "Loading…"), "")
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.tabs, 1)
        ctx.bridge.subscribe(CoreEvent.DATA_CHANGED, self._on_data_changed, owner=self)

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        QVBoxLayout(group).addWidget(widget)
        return group

    @staticmethod
    def _with_note(widget: QWidget, note: QLabel) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        box.addWidget(note)
        return holder

    def show_partner(self, partner_id: str) -> None:
        if partner_id != self.partner_id:
            self.bundle = None
            self.title.setText(translate("Profile", "Loading…"))
            self.subtitle.setText("")
            self.edit_button.setEnabled(False)
            self.tabs.setCurrentIndex(0)
        self.partner_id = partner_id
        self.reload()

    def reload(self) -> None:
        if self.partner_id is None:
            return
        if self._handle is not None:
            self._handle.cancel()
        pid = self.partner_id
        self._handle = self.ctx.db(
            load_profile, self.ctx.engine, self.ctx.actor, pid, on_success=self._show, name="load-profile"
        )

    def _show(self, bundle: ProfileBundle) -> None:
        if bundle.partner.id != self.partner_id:
            return
        self._handle = None
        self.bundle = bundle
        p = bundle.partner
        self.title.setText(p.legal_name)
        where = ", ".join(x for x in (p.city, p.country) if x)
        bits = [label(p.partner_type), p.tier_name or translate("Profile", "no tier"), label(p.status), where]
        self.subtitle.setText(" · ".join(b for b in bits if b))
        self.edit_button.setEnabled(True)
        self.master.set_rows(
            [
                ("legal_name", translate("Profile", "Legal name"), p.legal_name),
                ("partner_type", translate("Profile", "Type"), label(p.partner_type)),
                ("tier", translate("Profile", "Tier"), p.tier_name or ""),
                ("status", translate("Profile", "Status"), label(p.status)),
                ("owner", translate("Profile", "Channel manager"), p.owner_id or ""),
                ("location", translate("Profile", "Location"), where),
                ("web_domain", translate("Profile", "Web domain"), p.web_domain or ""),
                ("email", translate("Profile", "E-mail"), p.email or ""),
                ("phone", translate("Profile", "Phone"), p.phone or ""),
                ("currency", translate("Profile", "Currency"), p.currency),
                ("segments", translate("Profile", "Segments"), ", ".join(p.values_of(AttributeKind.SEGMENT))),
                ("regions", translate("Profile", "Regions"), ", ".join(p.values_of(AttributeKind.REGION))),
                (
                    "competencies",
                    translate("Profile", "Competencies"),
                    ", ".join(p.values_of(AttributeKind.COMPETENCY)),
                ),
                ("approved_on", translate("Profile", "Approved on"), format_date(p.approved_on)),
                ("description", translate("Profile", "Description"), p.description or ""),
            ]
        )
        c = p.contract
        self.contract.set_rows(
            [
                (
                    "contract_status",
                    translate("Profile", "Status"),
                    label(c.status) if c else translate("Profile", "No contract"),
                ),
                ("contract_start", translate("Profile", "Start"), format_date(c.start_date) if c else ""),
                ("contract_end", translate("Profile", "End"), format_date(c.end_date) if c else ""),
                ("contract_signed", translate("Profile", "Signed on"), format_date(c.signed_on) if c else ""),
                ("contract_reference", translate("Profile", "Reference"), (c.reference or "") if c else ""),
            ]
        )
        done = {o.item: o.completed_on for o in p.onboarding}
        self.onboarding.set_rows(
            [
                (
                    f"onboarding_{kind.value}",
                    label(kind.value),
                    ("✓ " + format_date(done[kind.value])) if done.get(kind.value) else translate("Profile", "open"),
                )
                for kind in OnboardingItemKind
            ]
        )
        self._show_compliance(bundle.compliance, p.currency)
        self.contacts_model.set_rows(p.contacts)
        self._contact_names = {c.id: f"{c.first_name or ''} {c.last_name}".strip() for c in p.contacts}
        self.deals_model.set_rows(bundle.deals)
        self.deals_label.setText(
            translate("Profile", "Showing the newest {0} of {1} deals.").format(
                format_number(len(bundle.deals)), format_number(bundle.deal_total)
            )
            if bundle.deal_total > len(bundle.deals)
            else ""
        )
        self.certs_model.set_rows(bundle.certifications)
        self.requests_model.set_rows(bundle.requests)
        self.claims_model.set_rows(bundle.claims)
        self.notes_model.set_rows(bundle.notes)
        self.timeline_model.set_rows(bundle.timeline)
        self.audit_model.set_rows(bundle.audit)
        counts = [
            len(p.contacts),
            bundle.deal_total,
            len(bundle.certifications),
            len(bundle.requests) + len(bundle.claims),
            len(bundle.notes),
        ]
        names = [
            translate("Profile", "&Contacts"),
            translate("Profile", "&Deals"),
            translate("Profile", "Ce&rtifications"),
            translate("Profile", "&MDF"),
            translate("Profile", "&Notes"),
        ]
        for i, (name, n) in enumerate(zip(names, counts, strict=True), start=1):
            self.tabs.setTabText(i, f"{name} ({format_number(n)})")

    def _show_compliance(self, result: ComplianceDTO, currency: str) -> None:
        cur = result.figures.currency or currency

        def shown(g: Gap, value: int) -> str:
            return format_money(value, cur) if g.requirement == "revenue_12m" else format_number(value)

        cur_tier, next_tier = result.current_tier, result.next_tier
        lines = []
        if cur_tier is None:
            lines.append(translate("Profile", "No tier yet."))
        elif result.meets_current:
            lines.append(translate("Profile", "Meets every requirement of its tier {0}.").format(cur_tier.name))
        else:
            lines.append(translate("Profile", "Below the requirements of its tier {0}.").format(cur_tier.name))
        if next_tier is None:
            lines.append(translate("Profile", "Top tier: there is no higher tier."))
        elif result.ready_for_next:
            lines.append(translate("Profile", "Ready for {0}: every requirement is met.").format(next_tier.name))
        else:
            lines.append(translate("Profile", "Still missing for {0}: see the last column.").format(next_tier.name))
        if result.figures.unconverted_currencies:
            lines.append(
                translate("Profile", "Revenue in {0} has no exchange rate and is not counted.").format(
                    ", ".join(result.figures.unconverted_currencies)
                )
            )
        self.compliance_title.setText(" ".join(lines))
        current = {g.requirement: g for g in result.current_gaps}
        nxt = {g.requirement: g for g in result.next_gaps}
        rows = []
        for key in ("certified_people", "revenue_12m", "active_deals"):
            g = nxt.get(key) or current.get(key)
            if g is None:
                continue
            c, n = current.get(key), nxt.get(key)
            rows.append(
                (
                    label(key),
                    shown(g, g.have),
                    shown(c, c.need) if c else "—",
                    shown(n, n.need) if n else "—",
                    ("✓" if n.met else shown(n, n.missing)) if n else "—",
                )
            )
        self.compliance_model.set_rows(rows)
        fit_rows(self.compliance_table)

    def _on_data_changed(self, payload: DataChanged) -> None:
        if self.partner_id is not None and self.isVisible():
            if payload.entity in ("partner", "partners", "*") and not payload.touches(self.partner_id):
                return
            self.reload()
