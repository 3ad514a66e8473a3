"""A key term in the same slot after the same word, in a sentence that words the statement its own way.

The sentences are our own. A claim's place, year or number is governed by a word ("set off *from*
Velmora", "joined the orchestra *in* 1994", "violated Article 46 *of*"). A sentence that shares only
part of the statement but puts another term of the same sort in that slot, after the same word,
tells the same thing with another term: a swap. Another slot, another governing word, a term of
another kind (a country for a town, a person for a place), a spelling of the same name, a term the
claim itself holds, a hedged figure, or the story's own year is not.
"""

from __future__ import annotations

import pytest

from factcheck.model import ClaimsFile

from .conftest import claims_from, contradictions

CLAIMS = """version: 1
published: 2025-06-12
entities:
  marquez: {name: Elena Marquez}
  orsini: {name: Paolo Orsini}
claims:
  - id: convoy
    kind: statement
    text: The aid convoy set off from Velmora towards the northern border crossing
  - id: joined
    kind: statement
    holder: marquez
    text: Marquez joined the city orchestra in 1994 as a second violinist
  - id: article
    kind: statement
    text: The constitutional court found that the curfew violated Article 46 of the constitution
  - id: talks
    kind: statement
    text: The envoy travelled to Maputo for two days of ceasefire talks with rebel commanders
  - id: lab
    kind: statement
    text: The probe was assembled at the Hollis Applied Research Laboratory in Laurel, Maryland
  - id: reopened
    kind: statement
    text: The harbour museum reopened to visitors in 2009 after a long renovation
  - id: spill
    kind: statement
    text: The grounded tanker spilled 40 tonnes of crude oil into Marsh Bay overnight
  - id: previous
    kind: statement
    text: The hosts had lost the previous continental final, the Cup of 2021, on penalties
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> ClaimsFile:
    return claims_from(tmp_path_factory.mktemp("anchored"), CLAIMS)


def _found(claims: ClaimsFile, body: str, claim: str) -> list[str]:
    return [found for c, _, found in contradictions(claims, "Published 12 June 2025\n\n" + body) if c == claim]


@pytest.mark.parametrize(
    ("claim", "body", "expected"),
    [
        # Another place, year or article in the claim's slot after the claim's own word.
        ("convoy", "Witnesses said the convoy set off from Dranick before dawn.", ["Dranick"]),
        ("talks", "The envoy travelled to Beira on Monday.", ["Beira"]),
        ("spill", "Divers said the tanker spilled 50 tonnes.", ["50 tonnes"]),
        ("reopened", "Shut for years, the harbour museum reopened in 2011 with a new wing.", ["2011"]),
        ("article", "The curfew, judges said, breached Article 48 of the constitution.", ["48 of"]),
    ],
)
def test_another_term_after_the_claims_governing_word_is_a_swap(
    claims: ClaimsFile, claim: str, body: str, expected: list[str]
) -> None:
    assert _found(claims, body, claim) == expected


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        # The claim's own term, or another slot, or another governing word.
        ("convoy", "Witnesses said the convoy set off from Velmora before dawn."),
        ("convoy", "The convoy passed through Dranick before dawn."),
        ("reopened", "Shut for years, the harbour museum was repainted in 2011."),
        ("convoy", "Aid from Dranick was loaded onto the convoy's lorries before dawn."),
        ("joined", "The orchestra Marquez plays in was founded in 1998."),
        # A place of another kind: the country for the town, less precise.
        ("talks", "The envoy travelled to Mozambique for the talks on Tuesday."),
        # A spelling of the claim's name, not another place.
        ("talks", "The envoy travelled to Maputu for the talks on Tuesday."),
        # A term the claim holds itself, said less precisely.
        ("lab", "The probe was assembled at the laboratory in Maryland, which cost $300 million."),
        # A figure with a bound is no exact figure to swap.
        ("spill", "Divers said the tanker spilled more than 30 tonnes."),
        # The story's own year names the story's event, not the claim's earlier one.
        ("previous", "The hosts lost the final of the Cup of 2025 to the visitors."),
    ],
)
def test_the_same_term_another_slot_or_another_kind_is_no_swap(claims: ClaimsFile, claim: str, body: str) -> None:
    assert _found(claims, body, claim) == []
