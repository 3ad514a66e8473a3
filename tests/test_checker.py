from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import check, compile_claims, load_claims, read_article
from factcheck.articles import document_from_text
from factcheck.model import Verdict

from .conftest import REPO, SEEDS

# The conflicts of the seed story (shared/eval/seeds/gold.yaml), plus the other
# translation of Sejourne's quote in 000, which the gold accepts either way.
SEED_CONTRADICTIONS = {
    ("002", "death-toll", "144"),
    ("000", "sejourne", "Sejournet"),
    ("002", "sejourne", "Sejournay"),
    ("003", "lecornu", "Leghorn"),
    (
        "002",
        "sejourne-quote",
        "We don't want to talk to the Russian authorities at the moment because the press "
        "releases and summaries that are being published are false",
    ),
    ("002", "macron-quote", "baroque and ominous remarks"),
    ("002", "russia-hoped-not-involved", "believed French secret forces were not involved in the March 22 attack"),
    ("003", "russia-hoped-not-involved", "believe that the French secret services are not behind"),
    (
        "000",
        "sejourne-quote",
        "It is not in our interest at this time to have discussions with Russian officials, "
        "that the press releases and reports they submit are lies",
    ),
}


def seed_findings(**kwargs):
    claims = load_claims(REPO / "claims.yaml")
    docs = [read_article(p, f"seeds/{p.name}") for p in sorted(SEEDS.glob("*.txt"))]
    return check(claims, docs, **kwargs)


def test_seed_contradictions_exactly():
    found = {(f.article[6:9], f.claim, f.found) for f in seed_findings() if f.verdict is Verdict.CONTRADICTED}
    assert found == SEED_CONTRADICTIONS


def test_seed_imprecise_death_tolls():
    imprecise = {(f.article[6:9], f.claim, f.found) for f in seed_findings() if f.verdict is Verdict.IMPRECISE}
    assert imprecise == {("001", "death-toll", "more than 140"), ("004", "death-toll", "more than 140")}


def test_findings_are_sorted_and_located():
    findings = seed_findings(include_supported=True)
    assert findings == sorted(findings, key=lambda f: f.sort_key())
    toll = next(f for f in findings if f.claim == "death-toll" and f.found == "144")
    assert (toll.article, toll.line, toll.column) == ("seeds/002_bc6c499723999b2f.txt", 9, 178)
    assert "killed 144 people" in toll.evidence


def test_supported_mentions_on_request():
    supported = {
        (f.article[6:9], f.claim) for f in seed_findings(include_supported=True) if f.verdict is Verdict.SUPPORTED
    }
    assert {("000", "death-toll"), ("001", "russia-hoped-not-involved"), ("001", "sejourne-quote")} <= supported


COMPILED = compile_claims(load_claims(REPO / "claims.yaml"))
PIECES = st.sampled_from(
    [
        "killed",
        "145",
        "more than",
        "“",
        "”",
        '"',
        "'",
        "Sejournet",
        "said",
        "hoped",
        "not",
        "March 22",
        "attack",
        "\n\n",
        "\n",
        ", ",
        ". ",
        "—",
        "Comments (2)",
        "€",
        "1,300",
        "8.400",
        "one in five",
        "Monday",
        "—",
        "(",
        ")",
        "Russia",
        "believed",
        "French secret services",
        "involved",
        "IS",
        "é",
        "\u00a0",
        "\x0c",
    ]
)


@settings(max_examples=300)
@given(st.lists(PIECES | st.text(max_size=8), max_size=60).map(" ".join))
def test_the_checker_never_raises_on_any_text(text):
    doc = document_from_text(text, "x.txt")
    for f in COMPILED.check_document(doc, include_supported=True):
        assert f.line >= 1 and f.column >= 1
        assert f.verdict in tuple(Verdict)
        assert 0.0 <= f.confidence <= 1.0
