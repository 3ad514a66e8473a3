from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check, load_claims, read_article
from factcheck.html import document_from_html
from factcheck.text import fold_simple

from .conftest import REPO, SEEDS

HTML = Path(__file__).resolve().parent / "data" / "html"
PAGES = sorted(HTML.glob("*.html")) + sorted((HTML / "other").glob("*.html"))


def paragraphs(d):
    return [" ".join(d.text[p.start : p.end].lower().split()) for p in d.paragraphs]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_body_paragraph_is_extracted(page):
    d = read_article(page)
    expected = [fold_simple(p) for p in page.with_suffix(".txt").read_text("utf-8").split("\n\n") if p.strip()]
    got = paragraphs(d)
    assert [p for p in expected if p not in got] == []
    assert len(got) - len(expected) <= 1  # at most a kicker or a caption-like line more


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_scripts_teasers_and_comments_are_never_checked(page):
    text = read_article(page).lower
    for decoy in ("killed 150", "rises to 150", "sejournez"):
        assert decoy not in text


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_html_and_text_give_the_same_verdicts(seed):
    claims = load_claims(REPO / "claims.yaml")

    def verdicts(path):
        return {(f.claim, fold_simple(f.found), f.verdict) for f in check(claims, [read_article(path)])}

    assert verdicts(HTML / f"{seed.stem}.html") == verdicts(seed)


def test_findings_point_into_the_html_file():
    page = HTML / "002_bc6c499723999b2f.html"
    claims = load_claims(REPO / "claims.yaml")
    (toll,) = [f for f in check(claims, [read_article(page, "p.html")]) if f.claim == "death-toll"]
    source_line = page.read_text("utf-8").splitlines()[toll.line - 1]
    assert source_line[toll.column - 1 :].startswith("144 people")


def test_publication_date_comes_from_page_metadata():
    assert read_article(HTML / "003_d8e05f0d29ce9697.html").published == dt.date(2024, 4, 8)  # JSON-LD only
    assert read_article(HTML / "004_7e7e3c935f1ec144.html").published == dt.date(2024, 4, 8)  # <time> only
    assert read_article(HTML / "other" / "windows1252.html").published == dt.date(2024, 2, 20)


def test_entities_map_back_to_their_position():
    source = "<html><body><article><p>Caf&eacute; owner S&#233;journ&eacute; said 23 died.</p></article></body></html>"
    d = document_from_html(source, "x.html")
    at = d.text.index("23")
    assert source[d.to_source(at) : d.to_source(at) + 2] == "23"
    # Found text is the decoded page text, never markup.
    assert d.original(d.text.index("Sejourne"), d.text.index("Sejourne") + 8) == "Séjourné"


@pytest.mark.parametrize(
    "source",
    ["", "<html>", "<<<>>>", "<p>" * 10_000, "<script>never closed", "<div class='a'" * 100, "\x00<p>x</p>"],
)
def test_broken_html_gives_a_document(source):
    d = document_from_html(source, "x.html")
    assert isinstance(d.text, str)
