from __future__ import annotations

import shutil

import pytest

from .conftest import REPO, SEEDS


@pytest.fixture
def project(pytester: pytest.Pytester):
    shutil.copy(REPO / "claims.yaml", pytester.path / "claims.yaml")
    shutil.copytree(SEEDS, pytester.path / "seeds")
    # In-process runs import factcheck before pytest could rewrite it; that warning is about the harness.
    pytester.makeini("[pytest]\nfilterwarnings = ignore::pytest.PytestAssertRewriteWarning\n")
    return pytester


def test_pytest_claims_yaml_fails_with_the_conflicts(project):
    result = project.runpytest_subprocess("claims.yaml")
    # Warnings: the two imprecise "more than 140" and one unclear statement ("It is claimed that ...").
    result.assert_outcomes(failed=6, passed=11, warnings=3)
    result.stdout.fnmatch_lines(
        [
            "*quantity claim 'death-toll' is contradicted in 1 place(s):",
            "seeds/002_bc6c499723999b2f.txt:9:178: error [[]death-toll] found 144, expected 145 (confidence *)",
            "*evidence: Russia said in a summary*",
        ]
    )
    result.stdout.fnmatch_lines(["*'Leghorn' looks like a misspelling of 'Sébastien Lecornu'*"])
    assert "Traceback" not in result.stdout.str()
    assert "pytest_plugin.py" not in result.stdout.str().split("warnings summary")[0]


def test_items_are_named_by_claim_and_sorted(project):
    result = project.runpytest("claims.yaml", "--collect-only", "-q")
    ids = [line for line in result.stdout.lines if line.startswith("claims.yaml::")]
    assert ids[0] == "claims.yaml::articles"
    assert ids[1:] == sorted(ids[1:])
    assert "claims.yaml::death-toll" in ids and "claims.yaml::sejourne" in ids


def test_k_selects_one_claim(project):
    result = project.runpytest("claims.yaml", "-k", "death-toll")
    result.assert_outcomes(failed=1, warnings=2)


def test_imprecise_warnings_can_be_made_errors(project):
    result = project.runpytest("claims.yaml", "-k", "death-toll", "-W", "error::factcheck.FactcheckWarning")
    result.assert_outcomes(failed=1)
    assert "imprecise [death-toll] found more than 140" in result.stdout.str()


def test_broken_claims_file_is_a_collection_error(project):
    (project.path / "claims.yaml").write_text("version: 1\nclaims:\n  - {id: a, kind: quantty, cues: [x], value: 3}\n")
    result = project.runpytest("claims.yaml")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert "claims.yaml:3:19: claims[0].kind is 'quantty'" in result.stdout.str()
    assert "did you mean 'quantity'?" in result.stdout.str()
    assert "Traceback" not in result.stdout.str()


def test_only_claims_files_are_collected(project):
    (project.path / "other.yaml").write_text("a: 1\n")
    (project.path / "claims-notes.yaml").write_text("a: 1\n")
    shutil.copy(project.path / "claims.yaml", project.path / "story.claims.yaml")
    result = project.runpytest("--collect-only", "-q")
    assert "other.yaml" not in result.stdout.str() and "claims-notes" not in result.stdout.str()
    assert "story.claims.yaml::death-toll" in result.stdout.str()
    assert "claims.yaml::death-toll" in result.stdout.lines


def test_unreadable_article_fails_the_articles_item(project):
    (project.path / "seeds" / "zz.txt").write_bytes(b"\x00\x01" * 4000)
    result = project.runpytest("claims.yaml", "-k", "articles")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*seeds/zz.txt: is a binary file*"])


def test_passing_claims_pass(project):
    text = (project.path / "claims.yaml").read_text()
    (project.path / "claims.yaml").write_text(text.replace('articles: ["seeds/*.txt"]', 'articles: ["seeds/001*.txt"]'))
    result = project.runpytest("claims.yaml", "-k", "not death-toll")
    result.assert_outcomes(passed=16)


@pytest.mark.parametrize(
    ("args", "imported"), [(("claims.yaml",), False), (("claims.yaml", "test_uses_hypothesis.py"), True)]
)
def test_a_claims_run_does_not_import_hypothesis_for_its_summary(project, args, imported):
    # hypothesis's own plugin imports hypothesis (about 0.7 s) at every terminal summary; a claims
    # run that used no hypothesis leaves it out. A run whose tests use hypothesis keeps it.
    project.makeconftest(
        """
import sys

def pytest_unconfigure(config):
    print("HYPOTHESIS-IMPORTED", "hypothesis" in sys.modules)
"""
    )
    project.makepyfile(
        test_uses_hypothesis="""
from hypothesis import given, strategies as st

@given(st.integers())
def test_int(n):
    assert isinstance(n, int)
"""
    )
    result = project.runpytest_subprocess(*args, "-s", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines([f"HYPOTHESIS-IMPORTED {imported}"])
