from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from factcheck import check, load_claims
from factcheck.articles import Document, document_from_text
from factcheck.model import ClaimsFile

# The corpora are data for the tests, not claims files to collect.
collect_ignore_glob = ["corpus/*", "data/*", "heldout/*"]

pytest_plugins = ["pytester"]

# No test is timed: hypothesis's per-example deadline (200 ms) fails a property on a busy machine
# (a CI runner, two pytest workers beside a benchmark) for a reason that is not the property's.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"
HELDOUT = Path(__file__).resolve().parent / "heldout"


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A copy of the repository's claims.yaml and seeds, safe to modify."""
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def doc(text: str, path: str = "a.txt") -> Document:
    """Build a document from text written in a test."""
    return document_from_text(text, path)


def claims_from(tmp_path: Path, text: str) -> ClaimsFile:
    """Load a claims file written in a test; its articles are given to ``check`` directly."""
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return load_claims(str(path), check_articles=False)


def reported(claims: ClaimsFile, text: str) -> list[tuple[str, str, str]]:
    """Return (claim, verdict, found) of each finding reported on an article written in a test."""
    return [(f.claim, f.verdict.value, f.found) for f in check(claims, [doc(text)])]


def contradictions(claims: ClaimsFile, body: str) -> list[tuple[str, str, str]]:
    """Return (claim, verdict, found) of the contradictions in an article of ``body`` under a headline."""
    return [r for r in reported(claims, "Headline\n\n" + body + "\n") if r[1] == "contradicted"]
