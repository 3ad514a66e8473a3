"""A statement put forward as a possibility, a denial said with its own "not", a year named with "the year".

The sentences are our own. A claim that states or confirms something ("confirmed that the terminal
will open in March") is changed by a report that hedges it with a modal right before the claim's own
verb ("said the terminal could open in March"): a possibility, not a fact. A claim that hedges
already, or is an offer, is not; nor is a modal of another verb, a purpose or a condition. A claim
of modality deny whose text says "said he did not regret" is the negation, read once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.dates import another_occasion
from factcheck.model import ClaimsFile

from .conftest import claims_from, contradictions

CLAIMS = """version: 1
published: 2025-03-04
entities:
  ministry: {name: Ministry of Transport, aliases: [the ministry, transport ministry]}
  adler: {name: Mira Adler, aliases: [Adler]}
claims:
  - id: terminal
    kind: statement
    holder: ministry
    modality: confirm
    text: The Ministry of Transport confirmed that the new ferry terminal will open in March
  - id: meeting
    kind: statement
    holder: adler
    text: Adler offered to meet the dockworkers' leaders before the end of the week
  - id: delay
    kind: statement
    holder: adler
    text: Adler said the dredging works may delay the opening of the northern quay
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> ClaimsFile:
    return claims_from(tmp_path_factory.mktemp("hedged"), CLAIMS)


def _verdicts(claims: ClaimsFile, body: str, claim: str) -> list[str]:
    return [found for c, _, found in contradictions(claims, body) if c == claim]


@pytest.mark.parametrize(
    "body",
    [
        "The transport ministry said the new ferry terminal could open in March.",
        "The transport ministry said on Monday that the new ferry terminal might open in March.",
    ],
)
def test_a_confirmed_fact_reported_as_a_possibility_is_a_modality_change(claims: ClaimsFile, body: str) -> None:
    assert len(_verdicts(claims, body, "terminal")) == 1


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        ("terminal", "The transport ministry confirmed that the new ferry terminal will open in March."),
        ("terminal", "The transport ministry said the new ferry terminal will open in March."),
        # A modal of a purpose, or of another verb: not the claim's.
        ("terminal", "The ministry said the new ferry terminal will open in March so that ferries could dock there."),
        # An offer is a possibility already.
        ("meeting", "Adler said she could meet the dockworkers' leaders before the end of the week."),
        # A claim that hedges itself.
        ("delay", "Adler said the dredging works could delay the opening of the northern quay."),
    ],
)
def test_a_hedge_the_claim_shares_or_another_verbs_hedge_is_no_change(
    claims: ClaimsFile, claim: str, body: str
) -> None:
    assert _verdicts(claims, body, claim) == []


def test_a_year_named_with_the_year_is_another_occasion() -> None:
    published = dt.date(2025, 10, 16)
    assert another_occasion("in the year 2019 a blast in the same seam killed nine", published, frozenset({2025}))
    assert another_occasion("in 2019 a blast in the same seam killed nine", published, frozenset({2025}))
    assert not another_occasion("in the year 2025 the seam was sealed", published, frozenset({2025}))


DENIAL = """version: 1
entities:
  okafor: {name: Emeka Okafor, aliases: [Okafor]}
claims:
  - id: no-regret
    kind: statement
    holder: okafor
    modality: deny
    text: Okafor said he did not regret selling the club's stadium to the city council
"""


@pytest.mark.parametrize(
    ("body", "contradicted"),
    [
        # A denial whose text says its own "not" with a plain "said": the claim is the negation.
        ("Okafor said he did not regret selling the club's stadium to the city council.", False),
        ("Okafor said he had no regrets about selling the club's stadium to the city council.", False),
        ("Okafor denied regretting selling the club's stadium to the city council.", False),
        ("Okafor said he regretted selling the club's stadium to the city council.", True),
        ("Okafor admitted he regretted selling the club's stadium to the city council.", True),
    ],
)
def test_a_denial_said_with_its_own_not_is_read_once(tmp_path: Path, body: str, contradicted: bool) -> None:
    claims = claims_from(tmp_path, DENIAL)
    assert bool(contradictions(claims, body)) is contradicted
