"""Hostile articles and claims files: a clear message or a normal result, never a traceback."""

from __future__ import annotations

import io
import json
import os

import pytest

from factcheck.cli import run_cli

from .conftest import REPO

SEED_TEXT = (REPO / "seeds" / "001_7cc50bb4219283b2.txt").read_text(encoding="utf-8")

ARTICLES = {
    "empty": b"",
    "binary": os.urandom(50_000),
    "nul-bytes": b"The attack killed 144 people.\x00\n" * 200,
    "million-quotes": b'"' * 1_000_000,
    "million-digits": b"1" * 1_000_000,
    "dense-figures": b"killed 1 " * 20_000,
    # The same after a span of years fronting the sentence, and after a day: every clause test of a
    # figure looks a bounded stretch around it, so these stay linear too.
    "dense-figures-over-years": b"Over the past 15 years, " + b"killed 1 " * 20_000,
    "dense-figures-dated": b"On 3 January 2021, in Russia, " + b"killed 1 " * 20_000,
    "one-long-line": ("The attack killed 144 people. " * 20_000).encode(),
    "too-long": (SEED_TEXT.replace("Loading", "") + "\n\n").encode() * 400,
    "latin-1": "Séjourné said the attack killed 144 people.".encode("cp1252"),
    "utf-16": "Séjourné said the attack killed 144 people.".encode("utf-16"),
    "crlf": b"Title\r\n\r\nThe attack killed\r\n144 people.\r\n",
    "mojibake": "Séjourné said the attack killed 144 people.".encode().decode("latin-1").encode("utf-8"),
}


@pytest.fixture
def project(tmp_path):
    (tmp_path / "seeds").mkdir()
    claims = (REPO / "claims.yaml").read_text(encoding="utf-8")
    # (With the story's date, the checks of a figure's time run as well.)
    (tmp_path / "claims.yaml").write_text(claims.replace("version: 1\n", 'version: 1\npublished: "2024-03-25"\n', 1))
    return tmp_path


def check(path):
    out, err = io.StringIO(), io.StringIO()
    status = run_cli(["check", str(path), "--format", "json"], out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_hostile_article_gives_an_exit_status_and_no_traceback(project, name):
    (project / "seeds" / f"{name}.txt").write_bytes(ARTICLES[name])
    status, out, err = check(project / "claims.yaml")
    assert status in (0, 1, 2)
    assert "Traceback" not in out + err
    if status == 2:
        assert f"seeds/{name}.txt" in err


@pytest.mark.parametrize(
    ("name", "status", "message"),
    [
        ("binary", 2, "is a binary file"),
        ("too-long", 2, "is not one news article"),
        ("empty", 0, "has no article text to check"),
        ("nul-bytes", 1, ""),
        ("crlf", 1, ""),
        ("latin-1", 1, ""),
        ("utf-16", 1, ""),
        ("mojibake", 1, ""),
    ],
)
def test_hostile_articles_are_named_or_checked(project, name, status, message):
    (project / "seeds" / f"{name}.txt").write_bytes(ARTICLES[name])
    got, out, err = check(project / "claims.yaml")
    assert got == status
    assert message in err


def test_repaired_text_is_noted_in_the_finding(project):
    (project / "seeds" / "m.txt").write_bytes(ARTICLES["mojibake"])
    _, out, _ = check(project / "claims.yaml")
    assert "mojibake repaired (ftfy)" in out


def test_crlf_positions(project):
    (project / "seeds" / "c.txt").write_bytes(ARTICLES["crlf"])
    _, out, _ = check(project / "claims.yaml")
    assert '"line": 4' in out and '"column": 1' in out


@pytest.mark.parametrize(
    "claims",
    [
        "a: &a [1,2,3,4,5,6,7,8,9]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
        "[" * 10_000,
        "version: 1\nclaims: " + "[" * 200 + "]" * 200 + "\n",
        "x: " + "y" * 3_000_000,
        "\x00\x01\x02",
        "version: 1\nclaims:\n  - !!python/object/apply:os.system ['echo hi']\n",
    ],
    ids=["anchor-bomb", "deep-nesting", "nested-claims", "huge", "binary", "python-tag"],
)
def test_hostile_claims_files_exit_2_with_a_message(tmp_path, claims):
    path = tmp_path / "claims.yaml"
    path.write_text(claims)
    status, out, err = check(path)
    assert status == 2
    # --format json still prints one JSON object, whose errors say why.
    report = json.loads(out)
    assert report["findings"] == [] and report["errors"][0].startswith(str(path))
    assert err.startswith(f"factcheck: error: {path}")
    assert "Traceback" not in err
