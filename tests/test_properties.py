"""Injected errors are caught, benign rewrites are not: properties over a clean article.

The article and claims below were written for this test (a harbour fire). Each strategy
injects exactly one error of one type into the clean text; the checker must report exactly
that claim as contradicted. Benign rewrites (accents dropped, quote style, re-wrapping,
numbers written out, aliases) must leave the article without any contradiction.
"""

from __future__ import annotations

import textwrap

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import check, parse_claims
from factcheck.articles import document_from_text
from factcheck.model import Verdict

CLAIMS = parse_claims(
    """
version: 1
entities:
  moreau: {name: Hélène Moreau}
  brigade: {name: Harbour Fire Brigade, aliases: [the brigade, HFB]}
claims:
  - {id: injured, kind: quantity, about: people injured in the harbour fire, cues: [injured, hurt], value: 37}
  - {id: damage, kind: quantity, about: damage to the warehouses in euros, cues: [damage], value: 12000000}
  - {id: fire-date, kind: date, about: the harbour fire, cues: [fire, blaze], value: 2025-06-12}
  - {id: moreau-quote, kind: quote, speaker: moreau,
     text: "The crews held the line for six hours and saved the grain terminal"}
  - {id: no-arson, kind: statement, holder: brigade, modality: assert,
     text: The brigade said there was no sign of arson}
"""
)

CLEAN = """Harbour fire injures dozens

A fire that broke out on Thursday, June 12, in the old warehouses of the harbour injured 37 people, \
two of them seriously.

"The crews held the line for six hours and saved the grain terminal," said fire chief Hélène Moreau.

The Harbour Fire Brigade said there was no sign of arson. Insurers put the damage at €12m.
"""


def contradicted(text: str) -> set[str]:
    doc = document_from_text(text, "a.txt")
    return {f.claim for f in check(CLAIMS, [doc]) if f.verdict is Verdict.CONTRADICTED}


def test_clean_article_has_no_contradiction():
    assert contradicted(CLEAN) == set()


@given(st.integers(1, 5000).filter(lambda n: n != 37))
def test_a_changed_figure_is_caught(n):
    assert contradicted(CLEAN.replace("injured 37", f"injured {n}")) == {"injured"}


@given(st.sampled_from(["€12bn", "€12,000", "€1.2m", "€120m", "12 billion euros"]))
def test_a_scale_change_is_caught(written):
    assert contradicted(CLEAN.replace("€12m", written)) == {"damage"}


@given(st.sampled_from(["June 13", "July 12", "June 21"]), st.sampled_from(["Thursday, ", ""]))
def test_a_shifted_date_is_caught(day, weekday):
    assert contradicted(CLEAN.replace("Thursday, June 12", weekday + day)) == {"fire-date"}


def _typo(word: str, i: int, kind: str) -> str:
    i = 1 + i % (len(word) - 2)
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + ("z" if word[i] != "z" else "x") + word[i + 1 :]


@given(st.integers(0, 10), st.sampled_from(["swap", "drop", "double", "replace"]))
def test_a_typo_in_a_name_is_caught(i, kind):
    typo = _typo("Moreau", i, kind)
    if typo.lower() == "moreau":
        return
    assert contradicted(CLEAN.replace("Hélène Moreau", f"Hélène {typo}")) == {"moreau"}


QUOTE_WORDS = "held line six hours saved grain terminal".split()


@given(st.sampled_from(QUOTE_WORDS), st.sampled_from(["lost", "ten", "harbour", "fuel"]))
def test_a_swapped_word_in_the_quote_is_caught(old, new):
    import re

    assert contradicted(re.sub(rf"\b{old}\b", new, CLEAN, count=1)) == {"moreau-quote"}


@given(st.sampled_from(["there was a sign of arson", "there were signs of arson"]))
def test_a_flipped_negation_is_caught(flipped):
    assert contradicted(CLEAN.replace("there was no sign of arson", flipped)) == {"no-arson"}


def _strip_accents(text: str) -> str:
    return text.replace("é", "e").replace("è", "e").replace("É", "E")


BENIGN = st.sampled_from(
    [
        _strip_accents,
        lambda t: t.replace("“", '"').replace('"The', "“The").replace('terminal,"', "terminal,”"),
        lambda t: t.replace("injured 37 people", "injured thirty-seven people"),
        lambda t: t.replace("The Harbour Fire Brigade said", "The brigade said"),
        lambda t: t.replace("€12m", "12 million euros"),
        lambda t: "\n\n".join(textwrap.fill(p, 40) for p in t.split("\n\n")),
    ]
)
COMMENTS = "\nComments (2)\nbob: 60 were injured, not 37!\nann: the fire was on Friday, Moreu lied\n"


@settings(max_examples=60)
@given(st.lists(BENIGN, min_size=1, max_size=4), st.booleans())
def test_benign_rewrites_change_nothing(rewrites, comments):
    text = CLEAN
    for rewrite in rewrites:
        text = rewrite(text)
    assert contradicted(text + (COMMENTS if comments else "")) == set()


# Small and round numbers as well as any: the figures a claim's bound is ten or a thousand times off.
_NUMBERS = st.one_of(st.sampled_from([0, 1, 4, 12, 40, 400, 4000, 10**6]), st.integers(0, 10**9))
_BOUNDS = st.one_of(
    _NUMBERS.map(lambda n: f"value: {n}"),
    _NUMBERS.map(lambda n: f"min: {n}"),
    _NUMBERS.map(lambda n: f"max: {n}"),
    st.tuples(_NUMBERS, _NUMBERS).map(lambda t: f"min: {min(t)}\n    max: {max(t)}"),
)
_TOLERANCE = st.sampled_from(["", "\n    tolerance: 2", "\n    tolerance: 5%", "\n    tolerance: 0"])
_UNIT = st.sampled_from(["", "\n    unit: percent", "\n    unit: EUR", "\n    unit: km", "\n    unit: months"])
_FIGURE = st.tuples(
    st.sampled_from(["", "about ", "some ", "more than ", "at least ", "up to ", "nearly ", "fewer than "]),
    st.one_of(_NUMBERS.map(str), st.sampled_from(["0", "0.5", "1,200", "4.2bn", "a dozen", "five"])),
    st.sampled_from(["", " people", "%", " euros", " km", " months", " million", "-340"]),
)


@settings(max_examples=300, deadline=None)
@given(_BOUNDS, _TOLERANCE, _UNIT, _FIGURE)
@example("min: 400", "", "", ("", "4", " people"))  # the case blind set 30 found (Kaikoura)
@example("max: 40", "\n    tolerance: 5%", "", ("about ", "4000", ""))
def test_any_figure_against_any_quantity_claim_is_judged_without_an_error(bound, tolerance, unit, figure):
    # A claim with one bound only once raised OverflowError on a figure ten times off it: every
    # figure, against every kind of bound, must give findings, never an exception.
    claims = parse_claims(
        f"""
version: 1
claims:
  - id: evacuated
    kind: quantity
    about: people evacuated from the town
    cues: [evacuated]
    {bound}{tolerance}{unit}
"""
    )
    hedge, number, tail = figure
    body = f"Headline\n\nRescuers said {hedge}{number}{tail} were evacuated from the town on Friday.\n"
    findings = check(claims, [document_from_text(body, "a.txt")])
    assert all(f.claim == "evacuated" for f in findings)
