"""Countries and currencies, from the ISO 3166 and ISO 4217 tables (pycountry).

A statement that names a town ("the record set in Chorzow") is not contradicted by an article
that names the country instead ("set in Poland"): that is less precise, not another place. And
"US", "U.S." and "the United States" are one country. Money claims may be in any ISO 4217
currency ("unit: GEL"), not only the handful our text patterns know by symbol.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from factcheck.text import fold_simple

# Short forms newsrooms write that ISO's names and codes do not cover.
_EXTRA_FORMS = {
    "u.s.": "USA",
    "u.s.a.": "USA",
    "us": "USA",
    "america": "USA",
    "uk": "GBR",
    "u.k.": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "england": "GBR",
    "holland": "NLD",
    "russia": "RUS",
    "south korea": "KOR",
    "north korea": "PRK",
    "iran": "IRN",
    "syria": "SYR",
    "vietnam": "VNM",
    "turkey": "TUR",
    "czechia": "CZE",
    "the netherlands": "NLD",
    "ivory coast": "CIV",
}
_THE = re.compile(r"^the\s+")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Return every name of every country (folded, lower case) with its ISO alpha-3 code."""
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                out[fold_simple(value).lower()] = country.alpha_3
        out[country.alpha_3.lower()] = country.alpha_3
    out.update(_EXTRA_FORMS)
    return out


def country(name: str) -> str | None:
    """Return the ISO alpha-3 code of the country a name stands for, or None.

    Two-letter and three-letter codes count only when written in capitals ("US", "USA"), so the
    word "us" is not the United States.
    """
    folded = _THE.sub("", fold_simple(name).strip().lower())
    if len(folded) <= 3 and not name.strip().replace(".", "").isupper():
        return None
    return _countries().get(folded)


# A run of capitalised words, joined by the small words of countries' names ("Republic of the
# Congo"), with a possessive's ending left out ("Venezuela's").
_CAPITALISED_RUN = re.compile(r"(?<![\w'])[A-Z][\w.-]*(?:\s+(?:(?:of|the|and)\s+)*[A-Z][\w.-]*)*(?=(?:'s)?(?![\w']))")


# After a country's name, what makes it a news source's: a number ("France 24"), a word of the press.
# (The word between must be capitalised, a paper's name: "Jamaica's Gleaner newspaper"; not "Venezuela
# reports news".)
_SOURCE_AFTER = re.compile(
    r"(?:'s)?\s+(?:\d|(?:[A-Z]\w*\s+)?(?i:newspaper|broadcaster|television|tv|radio|media|news|press|"
    r"agency|daily|times|post|herald|tribune)\b)"
)


def countries_in(text: str) -> frozenset[str]:
    """Return the ISO alpha-3 codes of the countries a text names, each a whole run of capitalised words.

    "Venezuela reports two deaths" names Venezuela; "Jordan Smith said" names no country, and
    neither does "the Georgia Straight" (a run is a country only as a whole).
    """
    found = set()
    for m in _CAPITALISED_RUN.finditer(text):
        if _SOURCE_AFTER.match(text, m.end()):
            continue  # "France 24", "Jamaica's Gleaner newspaper", "US broadcaster CNN": a source, not a place
        run = m.group().rstrip(".")
        code = country(run) or country(m.group())  # ("U.S." with its last dot)
        if code is not None:
            found.add(code)
        elif " and " in run:
            # "Jamaica and Haiti" names two ("Trinidad and Tobago", whole, one).
            found.update(c for part in run.split(" and ") if (c := country(part)) is not None)
    return frozenset(found)


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """Return the ISO 4217 currency codes ("GEL", "NOK", "KRW")."""
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=256)
def currency_words(code: str) -> frozenset[str]:
    """Return how a currency is named after a figure: its name's last word, singular and plural.

    "Tunisian Dinar" gives "dinar" and "dinars"; "Lari" gives "lari" and "laris"; "CFA Franc
    BCEAO" (the West African CFA franc) gives "franc" and "francs": the issuing bank's initials
    after the name are no word an article writes after a figure.
    """
    found = pycountry.currencies.get(alpha_3=code)
    if found is None:
        return frozenset()
    words = found.name.split()
    named = [w for w in words if not w.isupper()] or words
    word = fold_simple(named[-1]).lower()
    return frozenset({word, word + "s"})


def same_currency(first: str, second: str) -> bool:
    """Say whether two currency codes may be the same money as an article names it.

    Articles name money by its last word ("500,000 dirhams", "Rs 40 million"), and several
    currencies share that word: the UAE's and Morocco's dirham, India's and Sri Lanka's rupee,
    the US and Canadian dollar. A figure in "dirhams" is therefore a Moroccan claim's money too.
    """
    return first == second or bool(currency_words(first) & currency_words(second))
