"""A fire story of our own, tried as a new user would: each sentence met a wrong verdict once.

The claims are in ``tests/data/fire/claims.yaml``; every article below is correct about the
claims, or wrong in exactly the way the test names.
"""

from __future__ import annotations

import pytest

from factcheck import check, load_claims
from factcheck.articles import document_from_text

from .conftest import REPO

CLAIMS = load_claims(str(REPO / "tests" / "data" / "fire" / "claims.yaml"), check_articles=False)
QUOTE = '"The crews did everything they could in impossible conditions."'


def contradicted(body: str) -> list[tuple[str, str]]:
    doc = document_from_text("Published: Wednesday 12 March 2025\n\n" + body, "a.txt")
    return [(f.claim, f.found) for f in check(CLAIMS, [doc]) if f.verdict.value == "contradicted"]


@pytest.mark.parametrize(
    "tag",
    [
        "Ingrid Halvorsen of the West Ridings Fire and Rescue Service said:",
        "Ingrid Halvorsen, who leads the West Ridings Fire and Rescue Service, said:",
        "Ingrid Halvorsen from the West Ridings Fire and Rescue Service said:",
        "Ingrid Halvorsen praised the West Ridings Fire and Rescue Service and said:",
    ],
)
def test_a_verbatim_quote_stays_with_its_speaker_beside_her_organisation(tag: str) -> None:
    assert contradicted(f"{tag} {QUOTE}") == []


def test_the_quote_given_to_someone_else_is_still_a_misattribution() -> None:
    text = f"The fire service chief, Ingrid Halvorsen, arrived at dawn. Brekke Logistics said: {QUOTE}"
    assert [c for c, _ in contradicted(text)] == ["halvorsen-quote"]


@pytest.mark.parametrize(
    "text",
    [
        "The fire broke out on Monday night. The blaze was brought under control early on Wednesday.",
        "A vigil for the victims of the fire will be held on Friday.",
    ],
)
def test_another_events_day_is_not_the_fires(text: str) -> None:
    assert contradicted(text) == []


def test_the_fires_own_day_is_still_checked() -> None:
    assert contradicted("The fire broke out on Sunday night.") == [("fire-date", "Sunday night")]


@pytest.mark.parametrize(
    "text",
    [
        "Two of the seven dead were brothers.",
        "Eleven of the 23 injured were still in hospital.",
        "One of the 23 injured died on Tuesday.",
        "It was the deadliest fire in the town since 2007, when five people died.",
    ],
)
def test_parts_and_other_events_do_not_contradict_the_toll(text: str) -> None:
    assert contradicted(text) == []


def test_a_wrong_toll_is_still_found() -> None:
    assert contradicted("Eight people were killed in the fire.") == [("death-toll", "Eight")]


def test_a_spokesperson_speaks_for_the_company() -> None:
    text = "A spokesperson for Brekke Logistics admitted that it had ignored safety violations."
    assert [c for c, _ in contradicted(text)] == ["violations-denied"]


AGE_CLAIMS = """\
version: 1
entities:
  ruiz: {name: Ana Ruiz}
claims:
  - {id: ruiz-age, kind: quantity, about: age of Ana Ruiz, cues: [year-old, aged], value: 54}
  - {id: arrested, kind: quantity, about: people arrested, cues: [arrested, detained], value: 3}
"""


@pytest.mark.parametrize(
    "text",
    ["The 52-year-old Ana Ruiz was arrested.", "Ana Ruiz, 52, was arrested.", "Ana Ruiz, aged 52, led the crew."],
)
def test_an_age_before_or_after_the_name_is_checked(tmp_path, text: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(AGE_CLAIMS, encoding="utf-8")
    claims = load_claims(str(path), check_articles=False)
    found = [(f.claim, f.verdict.value, f.found) for f in check(claims, [document_from_text(text, "a.txt")])]
    assert found == [("ruiz-age", "contradicted", "52")]


def test_another_persons_age_and_ages_as_counts_are_not_the_claims(tmp_path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(AGE_CLAIMS, encoding="utf-8")
    claims = load_claims(str(path), check_articles=False)
    text = "Her son, 12, was with Ana Ruiz, 54, when a 19-year-old was arrested."
    found = [
        (f.claim, f.verdict.value) for f in check(claims, [document_from_text(text, "a.txt")], include_supported=True)
    ]
    assert found == [("ruiz-age", "supported")]
