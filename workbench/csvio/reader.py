"""Reading CSV bytes: encoding detection, separator detection, rows with their line numbers.

Encoding: a UTF-8 byte-order mark -> UTF-8 (BOM dropped); UTF-16 BOMs -> UTF-16; otherwise strict UTF-8;
if that fails cp1252 (what Excel on Windows writes), and if even that fails latin-1 (which decodes
anything). A fallback is reported (`ImportPreview.encoding_fallback`, warning code `encoding_fallback`) so
the user can check umlauts in the preview. A file with NUL bytes that is not UTF-16 is not text
(`not_text_file`).

Separator: `,`, `;`, tab or `|`, whichever occurs most often outside quotes in the header line (Excel in
German locales writes `;`), unless given."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.errors import UserError

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_FIELD_CHARS = 100_000
DELIMITERS = (",", ";", "\t", "|")
UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    fallback: bool  # not UTF-8: decoded as cp1252 or latin-1


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    if len(data) > MAX_FILE_BYTES:
        raise UserError("file_too_large", field="file", max_bytes=MAX_FILE_BYTES, size=len(data))
    if encoding is not None:
        try:
            return Decoded(data.decode(encoding).removeprefix("\ufeff"), encoding, False)
        except (UnicodeDecodeError, LookupError):
            raise UserError("encoding_mismatch", field="file", encoding=encoding) from None
    if data.startswith(UTF8_BOM):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig", False)
        except UnicodeDecodeError as exc:
            raise UserError("encoding_mismatch", field="file", encoding="utf-8-sig", position=exc.start) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16").removeprefix("\ufeff"), "utf-16", False)
        except UnicodeDecodeError as exc:
            raise UserError("encoding_mismatch", field="file", encoding="utf-16", position=exc.start) from None
    if b"\x00" in data:
        raise UserError("not_text_file", field="file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", True)
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", True)


def sniff_delimiter(text: str) -> str:
    """The separator of the header line (the most frequent candidate outside quotes; ',' if none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in ("\n", "\r"):
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class RawRow:
    line: int  # line number in the file where the record starts (header = 1)
    end_line: int  # where it ends (> line when a quoted cell spans lines, e.g. an unbalanced quote)
    cells: list[str]


def read_rows(text: str, delimiter: str) -> tuple[list[str], Iterator[RawRow]]:
    """Header cells and an iterator over the following non-empty records. A malformed file (a field over
    the size limit, an unbalanced quote that swallows the rest of the file) raises `csv_malformed` with
    the line where it happened."""
    if not text.strip():
        raise UserError("empty_file", field="file")
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise UserError("csv_malformed", field="file", line=1, detail=str(exc)[:200]) from None
    except StopIteration:
        raise UserError("empty_file", field="file") from None

    def rows() -> Iterator[RawRow]:
        start = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise UserError("csv_malformed", field="file", line=start, detail=str(exc)[:200]) from None
            if "".join(cells).strip():  # not a blank record (some cell has more than whitespace)
                yield RawRow(start, reader.line_num, cells)
            start = reader.line_num + 1

    return [h.strip() for h in header], rows()
