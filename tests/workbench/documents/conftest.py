"""Fixtures for the documents tests: one PKI and one rendered, signed and countersigned proof per session
(key generation and rendering are the slow parts), plus the replica engine for the DTO builder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.workbench.documents.helpers import Pki, make_pki, sample_dto
from tests.workbench.mdf.conftest import World, create_schema, world
from workbench.documents.proof import render_proof_pdf
from workbench.documents.signing import countersign, sign_partner
from workbench.documents.types import Lang, ProofDTO

__all__ = ["Docs", "World", "docs", "engine", "pki", "world"]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    from workbench.db.engine import replica_engine

    eng = replica_engine(tmp_path / "r.db", b"\x01" * 32)
    create_schema(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def pki() -> Pki:
    return make_pki()


@dataclass(frozen=True)
class Docs:
    dto: ProofDTO
    unsigned: bytes
    signed: bytes
    countersigned: bytes
    dir: Path


@pytest.fixture(scope="session")
def docs(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Docs:
    d = tmp_path_factory.mktemp("docs")
    dto = sample_dto(d / "blobs", Lang.DE)
    unsigned = render_proof_pdf(dto)
    signed = sign_partner(unsigned, pki.partner).data
    countersigned = countersign(signed, pki.approver).data
    for name, data in (("unsigned", unsigned), ("signed", signed), ("countersigned", countersigned)):
        (d / f"{name}.pdf").write_bytes(data)
    return Docs(dto=dto, unsigned=unsigned, signed=signed, countersigned=countersigned, dir=d)
