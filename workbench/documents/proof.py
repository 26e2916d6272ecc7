"""The proof-of-execution PDF (ARCHITECTURE §5).

`proof_dto_from_claim` collects what the document shows (claim detail, request, partner, program, evidence
metadata and where each evidence blob is); `render_proof_pdf` lays it out with reportlab (DejaVu Sans, so
umlauts and € render; "Page x of y" footers), then — in the same, single revision — embeds every evidence
file and creates the two empty signature fields (partner, approver). The result is ready for
`signing.sign_partner` (certification) and later `signing.countersign` (approver field, incremental)."""

from __future__ import annotations

import io
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench.documents.formatting import enum_label, format_date, format_datetime, format_money, format_size, label
from workbench.documents.types import APPROVER_FIELD, PARTNER_FIELD, Lang, ProofCostLine, ProofDTO, ProofEvidence
from workbench.errors import UserError
from workbench.mdf.evidence import PROOF_KIND
from workbench.mdf.models import FundRequest, MdfAllocation, MdfBudget
from workbench.mdf.queries import claim_detail
from workbench.partners.models import Partner
from workbench.programs.models import Program
from workbench.records.queries import attachment_file, list_attachments
from workbench.security.roles import SYSTEM, Actor

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MONO = "Courier"  # the hex digests are ASCII; the standard font needs no embedding

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FRAME_PAD = 6  # SimpleDocTemplate's frame padding on each side
CONTENT_W = PAGE_W - 2 * MARGIN - 2 * FRAME_PAD
SIG_BOX_H = 28 * mm
THUMB_W, THUMB_H = 55 * mm, 42 * mm
THUMB_PIXELS = 480
# Compressing these again gains nothing and costs time (the benchmark embeds 5 MB).
_PRECOMPRESSED = ("image/", "video/", "audio/", "application/pdf", "application/zip", "application/x-7z")


# --- the DTO from the database --------------------------------------------------------------------


def proof_dto_from_claim(
    engine: Engine,
    claim_id: str,
    blob_dir: Path,
    lang: Lang | str,
    *,
    actor: Actor = SYSTEM,
    vendor_name: str | None = None,
    now: datetime | None = None,
) -> ProofDTO:
    """Everything the proof shows for `claim_id`, read as `actor` (partner roles see only their own claims).
    `vendor_name` defaults to the program's name. Evidence whose blob is not on this machine raises
    UserError("evidence_blob_missing") — the PDF must embed every file it lists."""
    language = Lang(lang)
    detail = claim_detail(engine, actor, claim_id)
    claim = detail.claim
    attachments = list_attachments(engine, actor, "mdf_claims", claim_id)
    with Session(engine) as s:
        request = s.get(FundRequest, claim.request_id)
        partner = s.get(Partner, claim.partner_id)
        if request is None or partner is None:
            raise UserError("unknown_reference", field="claim_id", id=claim_id)
        program_name = s.scalar(
            select(Program.name)
            .join(MdfBudget, MdfBudget.program_id == Program.id)
            .join(MdfAllocation, MdfAllocation.budget_id == MdfBudget.id)
            .where(MdfAllocation.id == request.allocation_id)
        )
        req = (
            request.id,
            request.activity_type,
            request.title,
            request.description,
            request.start_date,
            request.end_date,
            request.requested_minor,
            request.approved_minor,
        )
        partner_vals = (partner.id, partner.legal_name, partner.city, partner.country)
    evidence: list[ProofEvidence] = []
    for att in attachments:
        if att.evidence_kind == PROOF_KIND:
            continue  # an earlier proof is not evidence of the activity
        path = attachment_file(blob_dir, att)
        if not path.is_file():
            raise UserError("evidence_blob_missing", field="evidence", sha256=att.sha256, file_name=att.file_name)
        evidence.append(
            ProofEvidence(
                file_name=att.file_name,
                mime_type=att.mime_type,
                size_bytes=att.size_bytes,
                sha256=att.sha256,
                evidence_kind=att.evidence_kind,
                path=path,
            )
        )
    return ProofDTO(
        lang=language,
        claim_id=claim.id,
        claim_status=str(claim.status),
        vendor_name=vendor_name or program_name or "",
        program_name=program_name or "",
        partner_id=partner_vals[0],
        partner_name=partner_vals[1],
        partner_city=partner_vals[2],
        partner_country=partner_vals[3],
        request_id=req[0],
        activity_type=req[1],
        activity_title=req[2],
        activity_description=req[3],
        start_date=req[4],
        end_date=req[5],
        currency=claim.currency,
        requested_minor=req[6],
        request_approved_minor=req[7],
        claimed_minor=claim.claimed_minor,
        actual_cost_minor=claim.actual_cost_minor,
        claim_approved_minor=claim.approved_minor,
        summary=claim.summary,
        submitted_at=claim.submitted_at,
        cost_lines=tuple(ProofCostLine(c.description, c.amount_minor, c.invoice_ref) for c in detail.cost_lines),
        cost_total_minor=detail.cost_lines_total_minor,
        evidence=tuple(evidence),
        generated_at=now or datetime.now(UTC),
    )


# --- fonts and styles -----------------------------------------------------------------------------

_fonts_ready = False


def _register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    # Binary Flate streams instead of ASCII85+Flate: smaller, and reportlab's pure-Python ASCII85 encoder
    # (no rl_accel) costs ~0.5 s per page of thumbnails.
    rl_config.useA85 = 0
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        path = FONT_DIR / file
        if not path.is_file():
            raise FileNotFoundError(path)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_ready = True


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    mono: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle


def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        cell=cell,
        cell_right=ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_b", parent=cell, fontName=FONT_BOLD),
        cell_bold_right=ParagraphStyle("cell_br", parent=cell, fontName=FONT_BOLD, alignment=TA_RIGHT),
        mono=ParagraphStyle("mono", parent=cell, fontName=MONO, fontSize=6.6, leading=8.5),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=4,
            textColor=colors.HexColor("#1f3a5f"),
        ),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
        caption=ParagraphStyle("caption", parent=body, fontSize=7.5, leading=9, alignment=TA_CENTER),
    )


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


_GRID = colors.HexColor("#b8c2cc")
_HEAD_BG = colors.HexColor("#e8eef4")


def _table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True, total_row: bool = False
) -> Table:
    t = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG))
    if total_row:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    t.setStyle(TableStyle(style))
    return t


# --- layout pieces --------------------------------------------------------------------------------


@dataclass
class _SigPlacement:
    """Where the signature boxes were drawn (filled in while the story is laid out)."""

    page_index: int = -1
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)


class _SignatureBoxes(Flowable):  # type: ignore[misc]
    """Two framed boxes (partner, approver) whose page and rectangle become the signature fields' widgets."""

    def __init__(self, lang: Lang, placement: _SigPlacement) -> None:
        super().__init__()
        self.lang = lang
        self.placement = placement
        self.width = CONTENT_W
        self.height = SIG_BOX_H + 12

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        gap = 8 * mm
        box_w = (self.width - gap) / 2
        for i, (name, key) in enumerate(((PARTNER_FIELD, "partner_signature"), (APPROVER_FIELD, "approver_signature"))):
            x = i * (box_w + gap)
            canv.setFont(FONT_BOLD, 8.5)
            canv.setFillColor(colors.black)
            canv.drawString(x, SIG_BOX_H + 3, label(self.lang, key))
            canv.setStrokeColor(_GRID)
            canv.setLineWidth(0.6)
            canv.rect(x, 0, box_w, SIG_BOX_H)
            ax, ay = canv.absolutePosition(x, 0)
            self.placement.boxes[name] = (int(ax) + 1, int(ay) + 1, int(ax + box_w) - 1, int(ay + SIG_BOX_H) - 1)
        self.placement.page_index = canv.getPageNumber() - 1


def _numbered_canvas(dto: ProofDTO) -> Callable[..., Canvas]:
    lang = dto.lang

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Defers page output so the footer can say "Page x of y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(_GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN + FRAME_PAD, 13 * mm, PAGE_W - MARGIN - FRAME_PAD, 13 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            left = f"{label(lang, 'claim')} {dto.claim_id} · {dto.partner_name}"
            self.drawString(MARGIN + FRAME_PAD, 9 * mm, left[:110])
            page = label(lang, "page").format(page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_W - MARGIN - FRAME_PAD, 9 * mm, page)
            self.restoreState()

    return NumberedCanvas


def _thumbnail(path: Path) -> Image | None:
    """A small JPEG of an image file (JPEG draft mode keeps decoding cheap); None if it is not decodable."""
    try:
        with PILImage.open(path) as img:
            img.draft("RGB", (THUMB_PIXELS, THUMB_PIXELS))
            img.thumbnail((THUMB_PIXELS, THUMB_PIXELS))
            rgb = img.convert("RGB")
    except (UnidentifiedImageError, OSError):
        return None
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=78)
    buf.seek(0)
    w, h = rgb.size
    scale = min(THUMB_W / w, (THUMB_H - 12) / h)
    return Image(buf, width=w * scale, height=h * scale)


def _story(dto: ProofDTO, st: _Styles, placement: _SigPlacement) -> list[Flowable]:
    lang = dto.lang

    def money(v: int | None) -> str:
        return label(lang, "none") if v is None else format_money(v, dto.currency, lang)

    story: list[Flowable] = []
    # Header: vendor left, partner right.
    partner_place = ", ".join(x for x in (dto.partner_city, dto.partner_country) if x)
    head = Table(
        [
            [
                _p(label(lang, "vendor").upper(), st.muted),
                _p(label(lang, "partner").upper(), st.muted),
            ],
            [
                Paragraph(f"<b>{escape(dto.vendor_name)}</b>", st.body),
                Paragraph(f"<b>{escape(dto.partner_name)}</b>", st.body),
            ],
            [
                _p(f"{label(lang, 'program')}: {dto.program_name}", st.small),
                _p(partner_place or " ", st.small),
            ],
        ],
        colWidths=[CONTENT_W / 2, CONTENT_W / 2],
    )
    head.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#1f3a5f")),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    story += [head, Spacer(1, 8)]
    story += [_p(label(lang, "title"), st.h1), _p(label(lang, "subtitle"), st.muted), Spacer(1, 4)]

    # Claim summary.
    story.append(_p(label(lang, "claim_summary"), st.h2))
    kv = [
        (label(lang, "claim"), dto.claim_id),
        (label(lang, "status"), enum_label(lang, dto.claim_status)),
        (
            label(lang, "submitted"),
            format_datetime(dto.submitted_at, lang) if dto.submitted_at else label(lang, "none"),
        ),
        (label(lang, "claimed"), money(dto.claimed_minor)),
        (label(lang, "actual_cost"), money(dto.actual_cost_minor)),
        (label(lang, "claim_approved"), money(dto.claim_approved_minor)),
        (label(lang, "request"), dto.request_id),
        (label(lang, "requested"), money(dto.requested_minor)),
        (label(lang, "request_approved"), money(dto.request_approved_minor)),
    ]
    story.append(_kv_table(kv, st))

    # Activity.
    story.append(_p(label(lang, "activity"), st.h2))
    act = [
        (label(lang, "activity_type"), enum_label(lang, dto.activity_type)),
        (label(lang, "activity_title"), dto.activity_title),
        (label(lang, "period"), f"{format_date(dto.start_date, lang)} – {format_date(dto.end_date, lang)}"),
    ]
    if dto.activity_description:
        act.append((label(lang, "description"), dto.activity_description))
    if dto.summary:
        act.append((label(lang, "summary"), dto.summary))
    story.append(_kv_table(act, st))

    # Costs.
    story.append(CondPageBreak(40 * mm))
    story.append(_p(label(lang, "costs"), st.h2))
    if dto.cost_lines:
        rows: list[list[Any]] = [
            [
                _p(label(lang, "cost_no"), st.cell_bold),
                _p(label(lang, "cost_description"), st.cell_bold),
                _p(label(lang, "invoice_ref"), st.cell_bold),
                _p(f"{label(lang, 'amount')} ({dto.currency})", st.cell_bold_right),
            ]
        ]
        # Plain strings, pre-wrapped with simpleSplit: a Paragraph per cell is wrapped three times by the
        # table (measure, split across pages, draw) and a 10-page claim has hundreds of rows.
        desc_w = CONTENT_W - 12 * mm - 38 * mm - 34 * mm - 6
        ref_w = 38 * mm - 6
        for i, line in enumerate(dto.cost_lines, 1):
            ref = line.invoice_ref or label(lang, "none")
            rows.append(
                [
                    str(i),
                    "\n".join(simpleSplit(line.description, FONT, 8.5, desc_w)),
                    "\n".join(simpleSplit(ref, FONT, 8.5, ref_w)),
                    money(line.amount_minor),
                ]
            )
        rows.append(
            ["", _p(label(lang, "total"), st.cell_bold), "", _p(money(dto.cost_total_minor), st.cell_bold_right)]
        )
        cost_table = _table(rows, [12 * mm, CONTENT_W - 12 * mm - 38 * mm - 34 * mm, 38 * mm, 34 * mm], total_row=True)
        cost_table.setStyle(
            TableStyle([("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.5), ("ALIGN", (3, 1), (3, -1), "RIGHT")])
        )
        story.append(cost_table)
    else:
        story.append(_p(label(lang, "no_costs"), st.body))

    # Evidence manifest.
    story.append(CondPageBreak(40 * mm))
    story.append(_p(label(lang, "evidence"), st.h2))
    story.append(_p(label(lang, "evidence_note"), st.muted))
    story.append(Spacer(1, 3))
    if dto.evidence:
        ev_rows: list[list[Any]] = [
            [
                _p(label(lang, "cost_no"), st.cell_bold),
                _p(label(lang, "file_name"), st.cell_bold),
                _p(label(lang, "kind"), st.cell_bold),
                _p(label(lang, "type"), st.cell_bold),
                _p(label(lang, "size"), st.cell_bold_right),
                _p("SHA-256", st.cell_bold),
            ]
        ]
        for i, ev in enumerate(dto.evidence, 1):
            ev_rows.append(
                [
                    _p(str(i), st.cell),
                    _p(ev.file_name, st.cell),
                    _p(enum_label(lang, ev.evidence_kind), st.cell),
                    _p(ev.mime_type, st.cell),
                    _p(format_size(ev.size_bytes, lang), st.cell_right),
                    Paragraph(f"{ev.sha256[:32]}<br/>{ev.sha256[32:]}", st.mono),
                ]
            )
        # 32 hex digits per line in 6.6 pt Courier (0.6 em each) plus padding.
        sha_w = 32 * 0.6 * 6.6 + 8
        widths = [9 * mm, 0.0, 27 * mm, 27 * mm, 16 * mm, sha_w]
        widths[1] = CONTENT_W - sum(widths)
        story.append(_table(ev_rows, widths))
    else:
        story.append(_p(label(lang, "no_evidence"), st.body))

    # Image thumbnails, three per row.
    thumbs: list[Any] = []
    for ev in dto.evidence:
        if ev.is_image:
            img = _thumbnail(ev.path)
            if img is not None:
                thumbs.append([img, Spacer(1, 2), _p(ev.file_name, st.caption)])
    if thumbs:
        story.append(CondPageBreak(THUMB_H + 20 * mm))
        story.append(_p(label(lang, "thumbnails"), st.h2))
        grid_rows = [thumbs[i : i + 3] + [""] * (3 - len(thumbs[i : i + 3])) for i in range(0, len(thumbs), 3)]
        grid = Table(grid_rows, colWidths=[CONTENT_W / 3] * 3)
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(grid)

    # Signatures.
    story.append(
        KeepTogether(
            [
                _p(label(lang, "signatures"), st.h2),
                _p(label(lang, "signature_note"), st.muted),
                Spacer(1, 6),
                _SignatureBoxes(lang, placement),
                Spacer(1, 4),
                _p(f"{label(lang, 'generated')}: {format_datetime(dto.generated_at, lang)}", st.muted),
            ]
        )
    )
    return story


def _kv_table(rows: Sequence[tuple[str, str]], st: _Styles) -> Table:
    data = [[_p(k, st.cell_bold), _p(v, st.cell)] for k, v in rows]
    return _table(data, [48 * mm, CONTENT_W - 48 * mm], header=False)


# --- rendering ------------------------------------------------------------------------------------


def render_layout(dto: ProofDTO) -> tuple[bytes, _SigPlacement]:
    """reportlab only: the pages, without embedded files or signature fields."""
    _register_fonts()
    placement = _SigPlacement()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=f"{label(dto.lang, 'title')} – {dto.claim_id}",
        author=dto.partner_name,
        subject=label(dto.lang, "subtitle"),
        creator="Partner Workbench",
        lang=dto.lang.value,
    )
    doc.build(_story(dto, _styles(), placement), canvasmaker=_numbered_canvas(dto))
    if placement.page_index < 0:
        raise RuntimeError("signature boxes were not laid out")
    return buf.getvalue(), placement


def _ascii_name(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in folded) or "file"


def embedded_file_key(index: int, file_name: str) -> str:
    """Name-tree key of the index-th (1-based) evidence file: sortable and ASCII ("01_invoice.pdf")."""
    return f"{index:02d}_{_ascii_name(file_name)}"


def finalize_pdf(layout: bytes, dto: ProofDTO, placement: _SigPlacement) -> bytes:
    """Copy the laid-out pages into one fresh revision with the evidence files embedded and both empty
    signature fields created (nothing is signed yet)."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(layout)))
    for i, ev in enumerate(dto.evidence, 1):
        data = ev.path.read_bytes()
        if len(data) != ev.size_bytes:
            raise UserError("evidence_blob_mismatch", field="evidence", sha256=ev.sha256, file_name=ev.file_name)
        if ev.mime_type.startswith(_PRECOMPRESSED):
            ef = embed.EmbeddedFileObject(writer, stream_data=data, mime_type=ev.mime_type)
        else:
            # Fast Flate (level 1): pyHanko's default level costs ~50 ms per MB for little gain.
            ef = embed.EmbeddedFileObject(
                writer,
                dict_data={generic.NameObject("/Filter"): generic.NameObject("/FlateDecode")},
                encoded_data=zlib.compress(data, 1),
                mime_type=ev.mime_type,
            )
        ef["/Params"] = generic.DictionaryObject(
            {
                generic.NameObject("/Size"): generic.NumberObject(len(data)),  # type: ignore[no-untyped-call]
                generic.NameObject("/CreationDate"): generic.pdf_date(dto.generated_at),
            }
        )
        embed.embed_file(
            writer,
            embed.FileSpec(
                file_spec_string=embedded_file_key(i, ev.file_name),
                file_name=ev.file_name,
                embedded_data=ef,
                description=f"{ev.evidence_kind or 'evidence'} sha256={ev.sha256}",
            ),
        )
    for name in (PARTNER_FIELD, APPROVER_FIELD):
        append_signature_field(
            writer, SigFieldSpec(sig_field_name=name, on_page=placement.page_index, box=placement.boxes[name])
        )
    # Readers open the attachments panel next to the pages.
    if dto.evidence:
        writer.root["/PageMode"] = generic.NameObject("/UseAttachments")
        writer.update_root()  # type: ignore[no-untyped-call]
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def render_proof_pdf(dto: ProofDTO) -> bytes:
    """The unsigned proof-of-execution PDF: pages + embedded evidence + empty partner and approver fields,
    all in one revision."""
    layout, placement = render_layout(dto)
    return finalize_pdf(layout, dto, placement)
