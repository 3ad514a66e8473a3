"""Countries and currencies from ISO tables: a country for a town is less precise, never another place."""

from __future__ import annotations

import pytest

from factcheck import keyterms, places
from factcheck.places import countries_in
from factcheck.quantities import claim_currency


def never_same(a: str, b: str) -> bool:
    return False


def test_country_names_codes_and_short_forms():
    assert places.country("Poland") == places.country("POL") == "POL"
    assert places.country("the United States") == places.country("US") == places.country("U.S.") == "USA"
    assert places.country("us") is None  # the word, not the country
    assert places.country("Chorzow") is None


def test_a_country_for_a_town_is_no_swap_but_another_town_or_country_is():
    claim = keyterms.terms("His previous record was set in Chorzow in August")
    assert keyterms.swaps(claim, "His previous record was set in Poland last August.", never_same) == []
    assert [s.found for s in keyterms.swaps(claim, "It was set in Xiamen last August.", never_same)] == ["Xiamen"]
    country = keyterms.terms("the first measles death in the United States since 2015")
    assert keyterms.swaps(country, "the first measles death in the US since 2015", never_same) == []
    found = keyterms.swaps(country, "the first measles death in Canada since 2015", never_same)
    assert [s.found for s in found] == ["Canada"]


def test_any_iso_currency_is_a_money_unit():
    assert claim_currency("GEL") == "GEL"
    assert claim_currency("gel") == "GEL"
    assert claim_currency("euros") == "EUR"
    assert claim_currency("km") is None
    assert claim_currency("mph") is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("18:30 - Venezuela reports two deaths", {"VEN"}),
        ("Venezuela's government said", {"VEN"}),
        ("US officials said", {"USA"}),
        ("Jamaica and Haiti", {"JAM", "HTI"}),
        ("Trinidad and Tobago", {"TTO"}),
        # A run of capitalised words is a country only as a whole.
        ("Jordan Smith said", set()),
        ("the Georgia Straight reported", set()),
        ("us and them", set()),
        # A country naming a news source is the source, not a place; "U.S." keeps its dot.
        ("France 24 reported", set()),
        ("Jamaica's Gleaner newspaper reported", set()),
        ("US broadcaster CNN reported", set()),
        ("U.S. officials said", {"USA"}),
        ("Venezuela reports news of two deaths", {"VEN"}),
    ],
)
def test_countries_in_a_text(text, codes):
    assert countries_in(text) == codes
