"""`python main.py verify-pdf FILE [--trust-root PEM ...] [--pdfsig] [--json]`

Exit codes: 0 every signature valid and trusted with no disallowed change after it; 1 invalid (including
no signatures or untrusted signers); 2 bad input (missing/unreadable file, not a PDF, bad trust root). Never
prints a traceback."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from cryptography import x509

from workbench.documents.keys import load_certificates
from workbench.documents.types import VerificationReport
from workbench.documents.verify import pdfsig_report, verify_pdf
from workbench.errors import UserError

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_BAD_INPUT = 2

_BAD_INPUT_PROBLEMS = frozenset({"not_a_pdf", "unreadable_pdf"})


def add_verify_pdf_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the `verify-pdf` subcommand (the composition root adds the subparser)."""
    parser.add_argument("file", help="signed PDF to verify")
    parser.add_argument(
        "--trust-root",
        action="append",
        default=[],
        metavar="PEM",
        help="trusted CA certificate(s) in a PEM file; repeat for several",
    )
    parser.add_argument(
        "--pdfsig", action="store_true", help="also require poppler's pdfsig to report every signature valid"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _roots(paths: list[str] | str | None) -> list[x509.Certificate]:
    if paths is None:
        return []
    items = [paths] if isinstance(paths, str) else list(paths)
    certs: list[x509.Certificate] = []
    for item in items:
        certs.extend(load_certificates(Path(item).read_bytes()))
    return certs


def _print_text(report: VerificationReport, out: TextIO, pdfsig_line: str | None) -> None:
    print(f"verdict: {'VALID' if report.ok else 'INVALID'}", file=out)
    for p in report.problems:
        print(f"problem: {p}", file=out)
    for i, s in enumerate(report.signatures, 1):
        when = s.signing_time.isoformat() if s.signing_time else "unknown"
        print(f"signature {i}: {s.field_name} [{s.verdict.value}]", file=out)
        print(f"  signer: {s.signer}", file=out)
        print(f"  time: {when} ({'timestamp authority' if s.clock.value == 'tsa' else 'signer clock'})", file=out)
        print(
            f"  intact={s.intact} valid={s.valid} trusted={s.trusted} certifying={s.certifying} "
            f"coverage={s.coverage} changes_after={s.modification_level}",
            file=out,
        )
        for p in s.problems:
            print(f"  problem: {p}", file=out)
    if report.embedded_files:
        print(f"embedded files: {len(report.embedded_files)}", file=out)
    if pdfsig_line:
        print(pdfsig_line, file=out)


def verify_pdf_command(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    as_json = bool(getattr(args, "json", False))
    # pyHanko logs failed path building with tracebacks; the report carries the outcome instead.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    def bad_input(code: str, detail: str) -> int:
        if as_json:
            print(json.dumps({"ok": False, "error": code, "detail": detail}), file=out)
        else:
            print(f"error: {code}: {detail}", file=err)
        return EXIT_BAD_INPUT

    path = Path(str(args.file))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return bad_input("file_unreadable", f"{path}: {exc.strerror or exc}")
    try:
        roots = _roots(getattr(args, "trust_root", None))
    except OSError as exc:
        return bad_input("trust_root_unreadable", str(exc.filename or exc))
    except UserError as exc:
        return bad_input("trust_root_invalid", exc.code)

    report = verify_pdf(data, roots)
    if set(report.problems) & _BAD_INPUT_PROBLEMS:
        return bad_input(report.problems[0], str(path))

    ok = report.ok
    pdfsig_info: dict[str, Any] | None = None
    pdfsig_line: str | None = None
    if getattr(args, "pdfsig", False):
        ps = pdfsig_report(path)
        if not ps.available:
            return bad_input("pdfsig_missing", "poppler-utils is not installed")
        ok = ok and ps.all_valid
        pdfsig_info = {"all_valid": ps.all_valid, "signatures": [_jsonable(asdict(s)) for s in ps.signatures]}
        pdfsig_line = f"pdfsig: {'every signature valid' if ps.all_valid else 'NOT every signature valid'}"
    if not roots and not as_json:
        print("note: no --trust-root given; no signer can be trusted", file=err)

    if as_json:
        payload = _jsonable(asdict(report))
        payload["ok"] = ok
        payload["file"] = str(path)
        if pdfsig_info is not None:
            payload["pdfsig"] = pdfsig_info
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
    else:
        _print_text(report, out, pdfsig_line)
    return EXIT_VALID if ok else EXIT_INVALID


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (`python -m workbench.documents.cli FILE ...`) until main.py wires `verify-pdf`."""
    parser = argparse.ArgumentParser(prog="verify-pdf", description="Verify a signed proof-of-execution PDF.")
    add_verify_pdf_arguments(parser)
    return verify_pdf_command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
