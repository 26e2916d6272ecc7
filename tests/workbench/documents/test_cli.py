"""`verify-pdf`: exit 0 valid, 1 invalid, 2 bad input; JSON output; never a traceback."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.workbench.documents.conftest import Docs
from tests.workbench.documents.helpers import Pki, overlay_total
from workbench.documents import keys
from workbench.documents.cli import add_verify_pdf_arguments, verify_pdf_command


def run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    add_verify_pdf_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    code = verify_pdf_command(parser.parse_args(list(argv)), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def roots(pki: Pki, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    path.write_bytes(keys.cert_pem(pki.ca.certificate))
    return path


def test_valid_file_exits_0_text_and_json(docs: Docs, roots: Path) -> None:
    code, out, _ = run(str(docs.dir / "countersigned.pdf"), "--trust-root", str(roots))
    assert code == 0
    assert "verdict: VALID" in out and "PartnerSignature" in out and "ApproverSignature" in out
    code, out, _ = run(str(docs.dir / "countersigned.pdf"), "--trust-root", str(roots), "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["ok"] is True
    assert [s["field_name"] for s in payload["signatures"]] == ["PartnerSignature", "ApproverSignature"]
    assert payload["signatures"][0]["verdict"] == "valid"


def test_pdfsig_option(docs: Docs, roots: Path) -> None:
    from tests.workbench.documents.helpers import require_pdfsig

    require_pdfsig()
    code, out, _ = run(str(docs.dir / "signed.pdf"), "--trust-root", str(roots), "--pdfsig", "--json")
    assert code == 0 and json.loads(out)["pdfsig"]["all_valid"] is True


def test_invalid_file_exits_1(docs: Docs, roots: Path, tmp_path: Path) -> None:
    bad = tmp_path / "overlay.pdf"
    bad.write_bytes(overlay_total(docs.signed))
    code, out, _ = run(str(bad), "--trust-root", str(roots))
    assert code == 1 and "disallowed_modification" in out
    code, out, err = run(str(docs.dir / "signed.pdf"))  # no trust roots: nobody is trusted
    assert code == 1 and "untrusted" in out and "--trust-root" in err
    code, out, _ = run(str(docs.dir / "unsigned.pdf"), "--trust-root", str(roots), "--json")
    assert code == 1 and json.loads(out)["problems"] == ["no_signatures"]


def test_bad_input_exits_2(tmp_path: Path, docs: Docs) -> None:
    code, _, err = run(str(tmp_path / "missing.pdf"))
    assert code == 2 and err.startswith("error: file_unreadable")
    text = tmp_path / "x.pdf"
    text.write_text("hello")
    code, out, _ = run(str(text), "--json")
    assert code == 2 and json.loads(out)["error"] == "not_a_pdf"
    garbage_root = tmp_path / "root.pem"
    garbage_root.write_text("nope")
    code, _, err = run(str(docs.dir / "signed.pdf"), "--trust-root", str(garbage_root))
    assert code == 2 and "trust_root_invalid" in err
    code, _, err = run(str(docs.dir / "signed.pdf"), "--trust-root", str(tmp_path / "none.pem"))
    assert code == 2 and "trust_root_unreadable" in err


def test_module_entry_point_has_no_traceback(tmp_path: Path) -> None:
    text = tmp_path / "x.pdf"
    text.write_bytes(b"%PDF-1.4\n\x00\x01 broken")
    proc = subprocess.run(
        [sys.executable, "-m", "workbench.documents.cli", str(text)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout


@pytest.mark.parametrize("case", ["page_content", "evidence_file", "signature_value", "rewritten_whole", "overlay"])
@pytest.mark.parametrize("base_name", ["signed", "countersigned"])
def test_every_tamper_case_exits_1(docs: Docs, roots: Path, tmp_path: Path, case: str, base_name: str) -> None:
    """Each doctored copy of issue #5 is refused by `verify-pdf` too (the same cases the app and the
    server refuse), with the problem named."""
    from tests.workbench.documents.test_tamper import _tampered

    base = getattr(docs, base_name)
    bad = overlay_total(base) if case == "overlay" else _tampered(docs, case, base)
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(bad)
    code, out, _ = run(str(path), "--trust-root", str(roots), "--json")
    payload = json.loads(out)
    assert code == 1 and payload["ok"] is False
    problems = {p for s in payload["signatures"] for p in s["problems"]} | set(payload["problems"])
    expected = {"disallowed_modification"} if case == "overlay" else {"not_intact", "bad_signature"}
    assert problems & expected, payload
