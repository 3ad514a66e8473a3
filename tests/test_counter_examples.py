"""Counter-examples a reviewer wrote against the twenty-third session's classes (sentences of our own).

Each case is a correct sentence the first version of a class flagged, or a true conflict it lost;
the classes were narrowed until all of them read right.
"""

from __future__ import annotations

import pytest

from factcheck.checker import check
from factcheck.model import ClaimsFile

from .conftest import claims_from, contradictions, doc

CLAIMS = """version: 1
published: 2025-06-12
entities:
  vidal: {name: Rosa Vidal, aliases: [Vidal]}
  police: {name: Harbour Police, aliases: [police]}
  ministry: {name: Ministry of Transport, aliases: [the ministry, transport ministry]}
claims:
  - id: spill
    kind: statement
    text: The grounded tanker spilled 40 tonnes of crude oil into Marsh Bay overnight
  - id: talks
    kind: statement
    text: The envoy travelled to Maputo for two days of ceasefire talks with rebel commanders
  - id: convoy
    kind: statement
    text: The aid convoy set off from Kananga towards the Angolan border on Monday
  - id: curfew
    kind: statement
    text: The governor lifted the curfew on the harbour district in December
  - id: terminal
    kind: statement
    holder: ministry
    modality: confirm
    text: The Ministry of Transport confirmed that the new ferry terminal will open in March
  - id: returned
    kind: statement
    text: Residents returned to their homes on Sunday after the evacuation order was lifted
  - id: no-fire
    kind: statement
    holder: police
    modality: deny
    text: Police said the officers did not open fire on the protesters
  - id: cause
    kind: quote
    speaker: vidal
    text: "Human error led to the derailment"
  - id: quake-dead
    kind: quantity
    about: people killed in the earthquake
    cues: [killed, dead, died]
    value: 280
  - id: train-speed
    kind: quantity
    about: speed of the train when it derailed
    cues: [travelling at, speed, km/h]
    value: 160
    unit: km/h
  - id: stage
    kind: quantity
    about: stage of load-shedding imposed by the grid operator
    cues: [load-shedding, stage]
    value: 6
  - id: top-deck
    kind: quantity
    about: passengers on the top deck of the bus when it overturned
    cues: [passengers, top deck]
    value: 23
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> ClaimsFile:
    return claims_from(tmp_path_factory.mktemp("counter"), CLAIMS)


def _flagged(claims: ClaimsFile, body: str, claim: str) -> bool:
    return any(c == claim for c, _, _ in contradictions(claims, "Published 12 June 2025\n\n" + body))


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        # The subject doing something else: the nearest governing word is not the claim's.
        ("spill", "The tanker was carrying 80,000 tonnes of crude oil when it ran aground."),
        ("talks", "The envoy returned to Lisbon on Friday after the ceasefire talks ended."),
        # Another of the kind, a body for a place, another occasion.
        ("convoy", "A second aid convoy set off from Tshikapa on Wednesday."),
        ("talks", "The envoy travelled to the Senate for a hearing on the ceasefire talks."),
        ("convoy", "Two years ago an aid convoy set off from Tshikapa towards the border."),
        # A hedge of another clause, or of a question the sentence answers.
        (
            "terminal",
            "The ministry said the new ferry terminal will open in March, though some routes might open later.",
        ),
        ("terminal", "Asked whether the new ferry terminal could open in March, the ministry confirmed that it would."),
        # A plain past fact: "could" is a permission.
        (
            "returned",
            "Officials said residents could return to their homes on Sunday after the evacuation order was lifted.",
        ),
        # A figure whose "still" is another clause's, the moment of the event, a capacity.
        ("top-deck", "The double-decker, which can carry 80 passengers, overturned on the ring road."),
    ],
)
def test_correct_sentences_stay_green(claims: ClaimsFile, claim: str, body: str) -> None:
    assert not _flagged(claims, body, claim)


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        ("terminal", "The ministry said the new ferry terminal could finally open in March."),
        (
            "curfew",
            "The governor lifted the curfew on the harbour district in February, citing calm since"
            " the riots of 12 December.",
        ),
        ("no-fire", "Police admitted that officers opened fire on the protesters."),
        ("quake-dead", "The earthquake that killed 300 people still haunts the valley."),
        ("train-speed", "The driver braked on the curve; at that point the train was travelling at 190 km/h."),
        ("stage", "The grid operator imposed Stage 4 load-shedding on Tuesday evening."),
    ],
)
def test_true_conflicts_are_still_found(claims: ClaimsFile, claim: str, body: str) -> None:
    assert _flagged(claims, body, claim)


def test_a_lead_in_that_disowns_the_quote_is_no_lead_in(claims: ClaimsFile) -> None:
    body = '"Not one of us believes this: human error led to the derailment," Vidal told reporters.'
    assert _flagged(claims, body, "cause")
    assert not _flagged(claims, '"Our first conclusion: human error led to the derailment," Vidal said.', "cause")


def test_a_denial_read_as_its_negation_still_shows_the_claims_modality(claims: ClaimsFile) -> None:
    (finding,) = [
        f
        for f in check(claims, [doc("Headline\n\nPolice said the officers opened fire on the protesters.\n")])
        if f.claim == "no-fire"
    ]
    assert finding.expected.startswith("deny: ")
