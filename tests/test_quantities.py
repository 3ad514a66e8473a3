from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck import check, load_claims, quantities
from factcheck.link import CONFIDENCE_THRESHOLD
from factcheck.model import QuantityClaim, Verdict
from factcheck.quantities import QuantityMatcher, find_mentions

from .conftest import claims_from, contradictions, doc, reported

TOLL = QuantityMatcher.compile(
    QuantityClaim(
        "death-toll", "quantity", about="people killed in the flood", cues=("killed", "dead", "died"), value=23
    )
)
MONEY = QuantityMatcher.compile(
    QuantityClaim("damage", "quantity", about="damage in euros", cues=("damage",), value=180_000_000)
)
SHARE = QuantityMatcher.compile(
    QuantityClaim("premium", "quantity", about="premium in percent", cues=("premium",), value=38)
)


def verdicts(matcher, sentence):
    return [(m.text, matcher.judge(m)) for m in matcher.tied_mentions(sentence)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("killed 145 people", 145, 145),
        ("more than 140", 140, math.inf),
        ("at least 15", 15, math.inf),
        ("fewer than 100", -math.inf, 100),
        ("up to 5,000", -math.inf, 5000),
        ("between 140 and 150", 140, 150),
        ("140-150", 140, 150),
        ("one hundred and forty-four", 144, 144),
        ("twenty-three", 23, 23),
        ("EUR180m", 180e6, 180e6),
        ("1,300", 1300, 1300),
        ("nearly 60%", 54, 60),
        ("a dozen", 12, 12),
        ("half a million", 500_000, 500_000),
        ("about half a billion", 0.45e9, 0.55e9),
        ("a quarter of a million", 250_000, 250_000),
        # A figure written in parts, as translations write it.
        ("killed 2 thousand 300 people", 2300, 2300),
        ("some 3 million 200 thousand euros", 2_880_000, 3_520_000),
    ],
)
def test_mentions_are_read_as_intervals(text, low, high):
    (m,) = find_mentions(text)
    assert (m.low, m.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    "text",
    [
        "the March 22 attack",
        "In 2019 it rained",
        "at 10:30 am",
        "22nd of March",
        "F-16 jets",
        "paying 11 times sales",
    ],
)
def test_numbers_that_are_not_figures_are_ignored(text):
    assert [m for m in find_mentions(text) if m.text] == []


@pytest.mark.parametrize(
    "text",
    [
        "the 48-year-old mayor",
        "Mayor Anna Kovac, 48, said",
        "a man aged 48",
        # A translation's word order: the years of a person in apposition after her name.
        "the post went to Anna Kovac, 48 years, which the party did not accept",
        "Anna Kovac, 48 years old, said",
        # A tabloid's capitals.
        "A 48-YEAR-OLD mayor",
        "the 48-Year-Old mayor",
    ],
)
def test_ages_are_figures_of_their_own_sort(text):
    # Only an age claim takes them; a count never does.
    assert [(m.low, m.currency) for m in find_mentions(text)] == [(48.0, "age")]


@pytest.mark.parametrize(
    "text", ["He ruled Zimbabwe, 37 years in all.", "Under Kovac, 12 years of growth followed", "Kovac, 12 years later"]
)
def test_years_after_a_comma_that_follow_no_person_are_a_span(text):
    assert [m.currency for m in find_mentions(text)] != ["age"]


def test_durations_are_labelled_and_only_tied_to_duration_claims():
    (m,) = find_mentions("six hours later")
    assert m.currency == "time:hour"
    assert verdicts(TOLL, "The flood killed people within six hours.") == []
    term = QuantityMatcher.compile(
        QuantityClaim("term", "quantity", about="prison sentence, in years", cues=("sentenced",), value=7)
    )
    assert verdicts(term, "He was sentenced to nine years in prison.") == [("nine", Verdict.CONTRADICTED)]
    assert verdicts(term, "He was sentenced to 7 years and fined 50,000 euros.") == [("7", Verdict.SUPPORTED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("38,4 million zlotys", 38.4e6), ("12 400 participants", 12400), ("1 180 000 votes", 1_180_000)],
)
def test_european_number_formats(text, value):
    assert find_mentions(text)[0].nominal == pytest.approx(value)


def test_a_total_after_of_is_not_a_count():
    assert [m.text for m in find_mentions("won 87 of the 169 seats")] == ["87"]
    assert [m.text for m in find_mentions("344 of around 6,000 flights were cancelled")] == ["344"]
    assert [m.text for m in find_mentions("12 out of some 40 patients")] == ["12"]
    assert [m.text for m in find_mentions("won more than 70 of parliament's 126 seats")] == ["more than 70"]


def test_rounded_scaled_figure_is_read_as_a_range_around_its_value():
    (m,) = find_mentions("$4.2bn")
    assert m.nominal == pytest.approx(4.2e9) and m.low < 4.2e9 < m.high and m.currency == "USD"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The flood killed 23 people.", [("23", Verdict.SUPPORTED)]),
        ("The flood killed 24 people.", [("24", Verdict.CONTRADICTED)]),
        ("More than 20 people died.", [("More than 20", Verdict.IMPRECISE)]),
        ("Fewer than 20 people died.", [("Fewer than 20", Verdict.CONTRADICTED)]),
        ("Twenty-three people were killed.", [("Twenty-three", Verdict.SUPPORTED)]),
        ("23 killed and 34 taken to hospital.", [("23", Verdict.SUPPORTED)]),
        ("Some 34 people were taken to hospital.", []),
        ("More than 20 people have died and at least 15 are missing.", [("More than 20", Verdict.IMPRECISE)]),
    ],
)
def test_figures_are_tied_to_their_own_cue(sentence, expected):
    assert verdicts(TOLL, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The damage is estimated at EUR180m.", Verdict.SUPPORTED),
        ("The damage is estimated at 180 million euros.", Verdict.SUPPORTED),
        ("The damage is estimated at EUR180bn.", Verdict.CONTRADICTED),
        ("The damage is estimated at 160 million euros.", Verdict.CONTRADICTED),
        ("The damage is estimated at over EUR300m.", Verdict.CONTRADICTED),
        ("Early estimates put the damage to homes at EUR0.18bn.", Verdict.SUPPORTED),
    ],
)
def test_money_with_scales(sentence, verdict):
    assert [v for _, v in verdicts(MONEY, sentence)] == [verdict]


def test_money_claim_ignores_counts_and_percent_claim_ignores_plain_numbers():
    assert verdicts(MONEY, "The flood damaged 300 homes.") == []
    assert verdicts(SHARE, "a premium for 2 buyers") == []
    assert verdicts(SHARE, "a premium of 38 per cent") == [("38 per cent", Verdict.SUPPORTED)]
    assert verdicts(SHARE, "a 40% premium") == [("40%", Verdict.CONTRADICTED)]


@given(st.integers(min_value=0, max_value=10_000_000))
def test_any_number_other_than_the_canonical_one_is_a_conflict(n):
    assume(n != 23)
    written = f"{n:,}" if n % 2 else str(n)
    assert verdicts(TOLL, f"The flood killed {written} people.") == [(written, Verdict.CONTRADICTED)]


@given(st.sampled_from(["23", "twenty-three", "Twenty three"]), st.sampled_from(["killed", "left dead"]))
def test_the_canonical_number_in_any_writing_is_supported(written, verb):
    (found,) = verdicts(TOLL, f"The flood {verb} {written} people.")
    assert found[1] is Verdict.SUPPORTED


def test_quantity_findings_point_at_the_figure():
    d = doc("Headline about it\n\nThe flood in the town\nkilled 24 people, officials said.\n")
    (finding,) = TOLL.check(d)
    assert (finding.line, finding.column, finding.found) == (4, 8, "24")
    assert finding.verdict is Verdict.CONTRADICTED and finding.expected == "23"


def test_a_part_of_the_counted_group_is_not_its_size():
    assert verdicts(TOLL, "Twelve of the dead were children.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The other nine killed were from the village.",
        "Police named the driver; the other 14 dead have not been identified.",
        "The captain and 11 other people died.",
    ],
)
def test_the_rest_of_a_group_is_not_its_size(sentence):
    assert verdicts(TOLL, sentence) == []
    # Without "other", the same figure is the toll and conflicts.
    assert verdicts(TOLL, sentence.replace(" other ", " ")) != []
    # "six others were killed": the whole of another group than the one just named.
    assert verdicts(TOLL, "A bus driver was hurt, and six others were killed in the blast.") != []


def test_figures_of_another_time_are_skipped_only_in_their_own_clause():
    toll = QuantityMatcher.compile(TOLL.claim, story_years=frozenset({2025}))
    assert verdicts(toll, "Last year a smaller flood killed two people.") == []
    assert verdicts(toll, "The flood killed 24 people, more than the 19 who died in 2019.") == [
        ("24", Verdict.CONTRADICTED)
    ]
    assert verdicts(toll, "The flood killed 24 people - far fewer than last year's storm.") == [
        ("24", Verdict.CONTRADICTED)
    ]


def test_a_figure_in_a_small_unit_is_not_a_count_and_a_small_unit_cue_still_ties():
    # "500 ml bottles", "a 9 mm pistol": sizes of the things counted, not their number.
    bottles = QuantityMatcher.compile(
        QuantityClaim("bottles", "quantity", about="bottles recalled", cues=("bottles", "recall"), value=184_000)
    )
    assert verdicts(bottles, "The recall covers 500 ml bottles made in May.") == []
    assert verdicts(bottles, "The recall covers 20 cl bottles and 2 litre bottles.") == []
    assert verdicts(bottles, "The recall covers 500 bottles made in May.") == [("500", Verdict.CONTRADICTED)]
    # A claim measured in a small unit keeps that unit as a cue: often the only word by the figure.
    rain = QuantityMatcher.compile(
        QuantityClaim("rain", "quantity", about="rain at the gauge", cues=("rainfall", "mm"), value=620, unit="mm")
    )
    assert verdicts(rain, "Rainfall was heavy: the station recorded more than 700 mm since Monday.") == [
        ("more than 700", Verdict.CONTRADICTED)
    ]


def test_a_figure_of_another_decade_is_another_event_and_the_storys_decade_is_not():
    toll = QuantityMatcher.compile(TOLL.claim, story_years=frozenset({2025}))
    assert verdicts(toll, "A flood in the 1940s killed 58 people.") == []
    assert verdicts(toll, "The worst flood in the 2020s killed 24 people.") == [("24", Verdict.CONTRADICTED)]


def test_a_figure_owned_by_another_entity_is_skipped_when_the_claim_names_its_owner():
    seats = QuantityMatcher.compile(
        QuantityClaim("seats", "quantity", about="seats won by the Progress Alliance", cues=("seats",), value=87),
        about_entities=frozenset({"alliance"}),
    )
    other = [(4, "labour")]
    assert seats.tied_mentions("The Labour Party fell to 54 seats.", entities=other) == []
    (mention,) = seats.tied_mentions("The Progress Alliance won 89 seats.", entities=[(4, "alliance")])
    assert seats.judge(mention) is Verdict.CONTRADICTED
    # Another entity as the clause's agent, the claim's own as its object: the figure is the owner's.
    counts = QuantityMatcher.compile(
        QuantityClaim("counts", "quantity", about="counts Ruiz was convicted on", cues=("counts",), value=7),
        about_entities=frozenset({"ruiz"}),
    )
    sentence = "The High Court found Ana Ruiz guilty on all nine counts."
    assert [m.text for m in counts.tied_mentions(sentence, entities=[(4, "court"), (20, "ruiz")])] == ["nine"]
    assert counts.tied_mentions("The High Court heard nine counts.", entities=[(4, "court")]) == []


def test_a_part_before_a_total_counts_the_totals_noun():
    seats = QuantityMatcher.compile(
        QuantityClaim("seats", "quantity", about="seats won by the party", cues=("seats",), value=68)
    )
    assert verdicts(seats, "The party won more than 70 of parliament's 126 seats.") == [
        ("more than 70", Verdict.CONTRADICTED)
    ]
    assert verdicts(seats, "The party won 68 of the 126 seats.") == [("68", Verdict.SUPPORTED)]


def test_no_tie_across_an_unrelated_verb_after_the_cue():
    police = QuantityMatcher.compile(
        QuantityClaim("marchers", "quantity", about="marchers counted by police", cues=("police",), value=48000)
    )
    assert verdicts(police, "Police said 11 people were arrested.") == []
    assert verdicts(police, "Police counted 48,000.") == [("48,000", Verdict.SUPPORTED)]


SPEED = QuantityMatcher.compile(
    QuantityClaim(
        "speed", "quantity", about="speed of the train", cues=("travelling at", "speed", "km/h"), value=118, unit="km/h"
    )
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was travelling at 118 km/h.", [("118", Verdict.SUPPORTED)]),
        ("It was travelling at 118 mph.", [("118", Verdict.CONTRADICTED)]),
        ("It was travelling at 73 mph.", [("73", Verdict.IMPRECISE)]),  # 72.5-73.5 mph holds 118 km/h
        ("It was travelling at nearly 120km/h.", [("nearly 120", Verdict.IMPRECISE)]),
        ("The limit there is 80 km/h.", []),
        ("It was travelling at 118 people.", []),
    ],
)
def test_units_of_measure_are_converted_to_the_claims_unit(sentence, expected):
    assert [(m.text, SPEED.judge(m)) for m in SPEED.tied_mentions(sentence)] == expected
    assert verdicts(TOLL, "The train was travelling at 80 km/h when 23 people died.") == [("23", Verdict.SUPPORTED)]


# "percentage points" is read as a percentage, and converted only for a claim in basis points.
@pytest.mark.parametrize("unit", sorted(u for u in quantities._PHYSICAL if u not in ("m", "percentage points")))
def test_every_unit_of_measure_is_read_and_converted_both_ways(unit):
    dimension, factor = quantities._PHYSICAL[unit]
    (mention,) = [m for m in find_mentions(f"It measured 40 {unit} that day.") if m.low == 40]
    assert mention.currency == f"unit:{unit}"
    # In a claim's own unit the figure is unchanged; in another unit of the dimension it is scaled.
    assert quantities._converted(mention, factor).low == 40
    base = quantities._converted(mention, 1.0)
    assert base.low == pytest.approx((40 - 0.5) * factor) if factor != 1.0 else base.low == 40
    assert dimension in {"speed", "length", "mass", "area", "volume", "rate", "power", "energy"}


@pytest.mark.parametrize(
    ("text", "low", "currency"),
    [
        ("a shaft 12 feet deep", 12.0, "unit:feet"),
        ("L2, about 1.5 million miles from Earth", 1.45e6 * 0.9, "unit:miles"),
        ("Revenue fell to Y921 billion", 921e9, "JPY"),
        ("a cut of 25 basis points", 25.0, "unit:basis points"),
    ],
)
def test_more_units_scales_and_currencies(text, low, currency):
    (mention,) = find_mentions(text)
    assert (mention.currency, mention.low) == (currency, pytest.approx(low))


def test_a_claim_in_basis_points_reads_percentage_points_and_catches_percent():
    claim = QuantityClaim(
        id="cut", kind="quantity", about="size of the rate cut", cues=("cut",), value=25, unit="basis points"
    )
    matcher = QuantityMatcher.compile(claim)
    (points,) = matcher.tied_mentions("The bank cut 0.25 percentage point off the rate.")
    assert matcher.judge(points) is Verdict.SUPPORTED
    (wrong,) = matcher.tied_mentions("The bank made a cut of 25 percent.")
    assert matcher.judge(wrong) is Verdict.CONTRADICTED


# --- classes met on blind set 5 (sentences of our own) ---------------------------------------

RANSOM = QuantityMatcher.compile(
    QuantityClaim("ransom", "quantity", about="ransom demanded", cues=("ransom",), value=8_000_000, unit="USD")
)
OUTAGE = QuantityMatcher.compile(
    QuantityClaim("outage", "quantity", about="how long the site was down", cues=("offline",), value=3, unit="days")
)
PROFIT = QuantityMatcher.compile(
    QuantityClaim(
        "op",
        "quantity",
        about="quarterly operating profit",
        cues=("operating profit", "profit"),
        value=4.1e12,
        unit="KRW",
    )
)
JAIL = QuantityMatcher.compile(
    QuantityClaim("jail", "quantity", about="prison sentence in years", cues=("sentenced", "jailed"), value=6.25)
)


@pytest.mark.parametrize(
    ("matcher", "sentence", "expected"),
    [
        # The claim's number in another currency or unit of time is the claim's figure, changed.
        (RANSOM, "The gang demanded a ransom of £8 million.", [("£8 million", Verdict.CONTRADICTED)]),
        (RANSOM, "They asked for an £8MILLION ransom.", [("£8MILLION", Verdict.CONTRADICTED)]),
        (RANSOM, "The ransom of $8 million was not paid.", [("$8 million", Verdict.SUPPORTED)]),
        (RANSOM, "The ransom of £5 million was not paid.", []),  # another number in another currency
        (OUTAGE, "The booking site stayed offline for three weeks.", [("three", Verdict.CONTRADICTED)]),
        (OUTAGE, "The booking site stayed offline for three days.", [("three", Verdict.SUPPORTED)]),
        # A won figure is money in won; a fact-box label ties its figure.
        (PROFIT, "- Operating profit: 4.1 trillion won", [("4.1 trillion won", Verdict.SUPPORTED)]),
        (PROFIT, "Key numbers - Operating profit: 4.0 trillion won", [("4.0 trillion won", Verdict.CONTRADICTED)]),
        # Another measure of the same noun, and a part of the total named before.
        (PROFIT, "Net profit was 3.2 trillion won.", []),
        (PROFIT, "Chips made 2.9 trillion won of that profit.", [("2.9 trillion won", Verdict.CONTRADICTED)]),
        # A duration in two units.
        (JAIL, "She was sentenced to six years and three months.", [("six years and three months", Verdict.SUPPORTED)]),
        (JAIL, "He was jailed for 6 years, 9 months.", [("6 years, 9 months", Verdict.CONTRADICTED)]),
    ],
)
def test_units_labels_qualifiers_and_compound_durations(matcher, sentence, expected):
    folded = doc(sentence).text.strip()  # as the reader gives it: "£" is "GBP"
    assert [(doc(text).text.strip(), v) for text, v in expected] == [
        (folded[m.start : m.end], v) for m, v in ((m, matcher.judge(m)) for m in matcher.tied_mentions(folded))
    ]


def test_a_part_of_that_total_is_not_confidently_the_total():
    sentence = doc("Chips made 2.9 trillion won of that profit.").text.strip()
    (mention,) = PROFIT.tied_mentions(sentence)
    confidence, why = PROFIT.confidence(sentence, mention)
    assert confidence < 0.5
    assert "part" in why


def test_a_round_figure_in_another_unit_was_rounded_in_that_unit():
    ash = QuantityMatcher.compile(
        QuantityClaim("ash", "quantity", about="height of the ash column", cues=("ash",), value=11, unit="km")
    )
    # 36,000 ft is 10.97 km: a writer converting 11 km rounds to the thousand feet.
    assert [ash.judge(m) for m in ash.tied_mentions("a tower of ash 36,000ft into the sky")] == [Verdict.IMPRECISE]
    # ...but a round figure is not a range of its last digit's size: 100 miles is 161 km.
    assert [ash.judge(m) for m in ash.tied_mentions("ash rose 100 miles")] == [Verdict.CONTRADICTED]
    assert [ash.judge(m) for m in ash.tied_mentions("ash rose 90,000 feet")] == [Verdict.CONTRADICTED]
    assert [ash.judge(m) for m in ash.tied_mentions("ash rose 30,000 feet")] == [Verdict.CONTRADICTED]


def test_a_percentage_said_of_another_noun_is_not_confidently_the_claims():
    growth = QuantityMatcher.compile(
        QuantityClaim(
            "growth",
            "quantity",
            about="rise in quarterly operating profit",
            cues=("rose", "jumped", "up"),
            value=31.4,
            unit="percent",
        )
    )

    def confidence(sentence: str) -> float:
        (mention,) = growth.tied_mentions(sentence)
        return growth.confidence(sentence, mention)[0]

    assert confidence("The shares jumped 4.2% on the news.") < 0.5
    assert confidence("Its stock closed up 4.2% in Seoul.") < 0.5
    # The claim's own noun, a pronoun, or a clause with no noun before the figure: the claim's.
    assert confidence("Operating profit rose 28% on the quarter.") >= 0.5
    assert confidence("It rose 28% on the quarter.") >= 0.5
    assert confidence("Profit reached 9 trillion won, up 28% on the quarter.") >= 0.5


def test_the_counted_noun_phrase_ends_at_punctuation():
    sentence = "Nearly 7,000 people left 11 villages; 43 people were treated in hospital."
    eleven = next(m for m in find_mentions(sentence) if m.low == 11)
    assert quantities.counted_words(sentence, eleven) == ["villages"]
    evacuated = QuantityMatcher.compile(
        QuantityClaim("ev", "quantity", about="people evacuated", cues=("left",), value=6800)
    )
    (mention,) = [m for m in evacuated.tied_mentions(sentence) if m.low == 11]
    assert evacuated.confidence(sentence, mention)[0] < 0.5  # villages, not people


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("1.2 lakh bottles", 115_000, 125_000),
        ("Rs 5 crore in fines", 50_000_000, 50_000_000),
        ("3 lakh people", 300_000, 300_000),
    ],
)
def test_south_asian_scales(text, low, high):
    (mention,) = [m for m in find_mentions(text) if m.high >= 1000]
    assert (mention.low, mention.high) == (low, high)


def test_an_age_bound_is_not_a_count():
    sick = QuantityMatcher.compile(
        QuantityClaim("sick", "quantity", about="children taken to hospital", cues=("children",), value=17)
    )
    sentence = "Parents were told not to give the syrup to children under two."
    (mention,) = sick.tied_mentions(sentence)
    assert sick.confidence(sentence, mention) == (0.0, " (an age)")
    counted = "Nineteen children were taken to hospital."
    (mention,) = sick.tied_mentions(counted)
    assert sick.confidence(counted, mention)[0] >= 0.5


def test_a_bare_m_is_metres_in_a_story_that_measures_lengths(tmp_path: Path) -> None:
    # "cleared 6.27m": in a vault story metres, not 6.27 million; elsewhere "1.2m people" stays millions.
    (metres,) = find_mentions("He cleared 6.27m at the first attempt.", metres=True)
    assert (metres.low, metres.currency, metres.scaled) == (6.27, "unit:m", False)
    (millions,) = find_mentions("Some 1.2m people were affected.")
    assert millions.scaled and millions.high > 1_000_000
    (money,) = find_mentions("It cost $4.2m to build.", metres=True)
    assert money.currency == "USD" and money.high > 4_000_000
    # In a story with a claim in metres, the count of records is not contradicted by the height.
    path = tmp_path / "claims.yaml"
    path.write_text(
        "version: 1\nclaims:\n"
        "  - {id: records, kind: quantity, about: world records he has set, cues: [record], value: 11}\n"
        "  - {id: height, kind: quantity, about: height of the record, cues: [record], value: 6.27, unit: m}\n",
        encoding="utf-8",
    )
    claims = load_claims(str(path), check_articles=False)
    found = check(claims, [doc("He raised the world record to 6.27m on Friday.")], include_supported=True)
    assert [(f.claim, f.verdict) for f in found] == [("height", Verdict.SUPPORTED)]


def test_a_sentence_opening_years_ago_and_a_range_of_days_are_not_the_count():
    claim = QuantityClaim(id="n", kind="quantity", about="records set", cues=("record", "records"), value=11)
    matcher = QuantityMatcher.compile(claim)
    assert [f.verdict for f in matcher.check(doc("Two years ago, on this track, he set 9 records."))] != [
        Verdict.CONTRADICTED
    ]
    assert find_mentions("The championships run from 21 to 23 March.") == []


def test_a_claim_dated_in_its_description_takes_last_year():
    # Written in 2025 about a vote of 14 December 2024: "last year" is the claim's year.
    claim = QuantityClaim(
        id="v",
        kind="quantity",
        about="lawmakers who voted for the motion on 14 December 2024",
        cues=("votes",),
        value=204,
    )
    matcher = QuantityMatcher.compile(claim, frozenset({2025}))
    (found,) = matcher.check(doc("Last year, on 14 December, the motion passed with 240 votes in favour."))
    assert found.verdict is Verdict.CONTRADICTED
    undated = QuantityMatcher.compile(
        QuantityClaim(id="v", kind="quantity", about="lawmakers who voted for the motion", cues=("votes",), value=204),
        frozenset({2025}),
    )
    assert undated.check(doc("Last year, a similar motion passed with 240 votes in favour.")) == []


def _one(claim: QuantityClaim, text: str) -> list[tuple[Verdict, float]]:
    return [(f.verdict, f.confidence) for f in QuantityMatcher.compile(claim).check(doc(text))]


def _conflict_confidence(claim: QuantityClaim, text: str) -> float:
    """Return the confidence of the one finding on ``text``, which must be a contradiction."""
    ((verdict, confidence),) = _one(claim, text)
    assert verdict is Verdict.CONTRADICTED, text
    return confidence


def test_units_written_with_a_hyphen_as_a_symbol_or_as_a_currency_name():
    height = QuantityClaim(id="h", kind="quantity", about="height of the crane", cues=("crane",), value=62, unit="m")
    assert [v for v, _ in _one(height, "Witnesses say the 72-metre crane bent before it fell.")] == [
        Verdict.CONTRADICTED
    ]
    margin = QuantityClaim(id="m", kind="quantity", about="margin of the win", cues=("by",), value=0.29, unit="s")
    assert [v for v, _ in _one(margin, "She beat the old mark by 0.92 seconds.")] == [Verdict.CONTRADICTED]
    wage = QuantityClaim(
        id="w", kind="quantity", about="new monthly minimum wage", cues=("minimum wage",), value=528, unit="TND"
    )
    assert [v for v, _ in _one(wage, "The minimum wage rises to 582 dinars a month.")] == [Verdict.CONTRADICTED]
    assert [v for v, _ in _one(wage, "The minimum wage rises to 528 dinars a month.")] == [Verdict.SUPPORTED]
    payout = QuantityClaim(id="p", kind="quantity", about="payout", cues=("payout",), value=1.2e9, unit="ISK")
    # The claim's number in pounds: a rounded figure carried into another currency.
    assert [v for v, _ in _one(payout, "It hands hunters a £1.2billion payout.")] == [Verdict.CONTRADICTED]


def test_a_currency_named_by_a_word_other_currencies_share_is_the_claims_money():
    # Morocco's and the UAE's money are both dirhams, Sri Lanka's and India's both rupees.
    fine = QuantityClaim(id="f", kind="quantity", about="the doctor's fine", cues=("fined",), value=300_000, unit="MAD")
    assert [v for v, _ in _one(fine, "The doctor was also fined 300,000 dirhams.")] == [Verdict.SUPPORTED]
    assert [v for v, _ in _one(fine, "The doctor was also fined 30,000 dirhams.")] == [Verdict.CONTRADICTED]
    aid = QuantityClaim(id="a", kind="quantity", about="relief fund", cues=("relief fund",), value=4e8, unit="LKR")
    assert [v for v, _ in _one(aid, "A relief fund of Rs 400 million was opened.")] == [Verdict.SUPPORTED]
    # Another currency's word is still other money: the claim's number in euros is a changed unit.
    assert [v for v, _ in _one(fine, "The doctor was also fined 300,000 euros.")] == [Verdict.CONTRADICTED]


def test_a_things_age_a_demand_a_requirement_and_the_value_before_a_change_are_not_the_claims():
    age = QuantityClaim(id="a", kind="quantity", about="age of Mizushima", cues=("year-old",), value=19)
    assert _one(age, "Teen smashes 16-year-old world record.") == []
    assert _one(age, "Teen smashes 16-year-old butterfly world record.") == []
    rise = QuantityClaim(id="r", kind="quantity", about="the wage rise", cues=("rise",), value=7.5, unit="percent")
    assert _conflict_confidence(rise, "The union had demanded a rise of at least 12 percent.") < 0.5
    cover = QuantityClaim(
        id="c", kind="quantity", about="vaccine coverage", cues=("coverage",), value=68, unit="percent"
    )
    ((verdict, confidence),) = _one(cover, "About 95% coverage is needed to stop the virus.")
    assert confidence < 0.5
    wage = QuantityMatcher.compile(
        QuantityClaim(id="w", kind="quantity", about="new minimum wage", cues=("minimum wage",), value=528)
    )
    sentence = "The minimum wage passes from 491 dinars to 528 dinars."
    old, new = find_mentions(sentence)
    assert wage.confidence(sentence, old)[0] < 0.5
    assert "before a change" not in wage.confidence(sentence, new)[1]


def test_the_claims_number_in_another_unit_of_the_same_measure_is_a_conflict():
    gust = QuantityClaim(id="g", kind="quantity", about="strongest gust", cues=("gusts",), value=94, unit="km/h")
    found = _one(gust, "Wind gusts of up to 94 mph swept the coast.")
    assert [v for v, _ in found] == [Verdict.CONTRADICTED]
    # Another number in another unit is converted: 58 mph is 93 km/h, about the claim's.
    assert [v for v, _ in _one(gust, "Wind gusts of 58 mph swept the coast.")] != [Verdict.CONTRADICTED]


def test_the_ones_in_a_serious_condition_are_part_of_the_count():
    claim = QuantityClaim(id="h", kind="quantity", about="children taken to hospital", cues=("hospital",), value=22)
    assert _conflict_confidence(claim, "Four children are in hospital in a serious condition.") < 0.5
    assert _conflict_confidence(claim, "Thirty children were taken to hospital.") >= 0.5


def _confidences(matcher: QuantityMatcher, sentence: str) -> dict[str, tuple[Verdict, float]]:
    return {f.found: (f.verdict, f.confidence) for f in matcher.check(doc(f"Headline\n\n{sentence}\n"))}


PASSENGERS = QuantityMatcher.compile(
    QuantityClaim(
        "helped",
        "quantity",
        about="passengers helped out of stranded trains",
        cues=("passengers", "on board"),
        value=35000,
    )
)


def test_a_sentence_that_gives_the_claims_figure_has_its_other_figures_for_other_counts():
    sentence = "About 35,000 passengers were helped out; 11 trains still have passengers on board."
    found = _confidences(PASSENGERS, sentence)
    assert found["11"][0] is Verdict.CONTRADICTED and found["11"][1] < 0.5
    # Alone, the same figure keeps its weight.
    assert _confidences(PASSENGERS, "In all 11 passengers were helped out.")["11"][1] >= 0.5


def test_figures_that_add_up_to_the_claims_figure_are_its_parts():
    aboard = QuantityMatcher.compile(
        QuantityClaim("aboard", "quantity", about="people aboard the balloon", cues=("on board", "aboard"), value=21)
    )
    found = _confidences(aboard, "Thirteen people on board got out; eight stayed aboard as it rose.")
    assert all(v is Verdict.CONTRADICTED and c < 0.5 for v, c in found.values()) and len(found) == 2
    found = _confidences(aboard, "Thirteen people on board got out; nine stayed aboard as it rose.")
    assert all(c >= 0.5 for _, c in found.values())  # 22 is not the claim's 21: a real conflict stays


@pytest.mark.parametrize(
    ("sentence", "sure"),
    [
        ("Floods across the region have killed about 350 in all.", False),  # another count
        ("Some 11 villages were hit where 23 people died in total, and 350 died nationally.", False),
        ("The flood killed 230.", True),  # the claim's digits at another scale: a slip
        ("The flood killed more than 1,000.", True),  # an open bound that excludes the claim's figure
        ("The flood killed 29.", True),  # a near miss
        ("The flood killed 1,000 people.", True),  # counts the claim's own noun: judged, not weighed
    ],
)
def test_a_figure_far_from_the_claims_with_other_digits_is_probably_another_count(sentence, sure):
    flood = QuantityMatcher.compile(
        QuantityClaim("toll", "quantity", about="people killed in the flood", cues=("killed", "died"), value=23)
    )
    conflicts = [c for v, c in _confidences(flood, sentence).values() if v is Verdict.CONTRADICTED]
    assert conflicts and all((c >= 0.5) is sure for c in conflicts)


def test_a_slip_of_scale_keeps_its_weight_against_a_claim_with_a_tolerance():
    distance = QuantityMatcher.compile(
        QuantityClaim(
            "d",
            "quantity",
            about="distance from the Sun",
            cues=("from the Sun",),
            value=670_000_000,
            tolerance=5,
            tolerance_is_percent=True,
            unit="km",
        )
    )
    ((verdict, confidence),) = _confidences(distance, "It was some 670 billion km from the Sun.").values()
    assert verdict is Verdict.CONTRADICTED and confidence >= 0.5


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The reactor has a capacity of 1.16 gigawatts.", Verdict.SUPPORTED),
        ("The reactor (output 1.16 million kilowatts) was stopped.", Verdict.SUPPORTED),
        ("Its output is 1,160 MW.", Verdict.SUPPORTED),
        ("Its output is 1,160 kW.", Verdict.CONTRADICTED),  # the claim's number in another unit
        ("Its capacity is 1.5 GW.", Verdict.CONTRADICTED),
    ],
)
def test_power_is_converted_between_watts_kilowatts_megawatts_and_gigawatts(sentence, verdict):
    output = QuantityMatcher.compile(
        QuantityClaim(
            "output", "quantity", about="the reactor's output", cues=("capacity", "output"), value=1160, unit="MW"
        )
    )
    assert [output.judge(m) for m in output.tied_mentions(sentence)] == [verdict]


@pytest.mark.parametrize(
    ("sentence", "sure"),
    [
        ("Earlier on Monday, state media had put the toll at 57.", False),
        ("Officials had given a toll of 57 before the last bodies were found.", False),
        ("The toll stood at 57 on Monday.", True),
        ("The blast killed 57 people earlier this week.", True),  # "earlier" of the event's own time
    ],
)
def test_a_figure_told_as_an_earlier_one_is_not_the_final_count(sentence, sure):
    toll = QuantityMatcher.compile(
        QuantityClaim("toll", "quantity", about="people killed in the blast", cues=("toll", "killed"), value=70)
    )
    ((verdict, confidence),) = _confidences(toll, sentence).values()
    assert verdict is Verdict.CONTRADICTED and (confidence >= 0.5) is sure


def test_a_unit_word_is_a_cue_of_a_claim_of_another_kind():
    # "points" is a unit only of a percentage: for a count of points it is the cue.
    total = QuantityMatcher.compile(
        QuantityClaim("total", "quantity", about="points scored", cues=("points", "tally"), value=436)
    )
    assert verdicts(total, "The winner finishes with 463 points.") == [("463", Verdict.CONTRADICTED)]
    share = QuantityMatcher.compile(
        QuantityClaim("share", "quantity", about="vote share", cues=("share", "points"), value=41, unit="percent")
    )
    assert verdicts(share, "Turnout rose 3 points.") == []


def test_a_change_between_the_cue_and_the_new_level_is_no_word():
    revenue = QuantityMatcher.compile(
        QuantityClaim("revenue", "quantity", about="annual revenue", cues=("revenue",), value=912e9, unit="JPY")
    )
    for sentence in ("Revenue down 7.4% to ¥921 billion.", "Revenue fell 7.4 per cent to ¥921 billion."):
        assert [v for _, v in verdicts(revenue, sentence)] == [Verdict.CONTRADICTED]
    # A percentage and a sum of money are two figures, never one range.
    assert len(find_mentions("down 7.4% to ¥921 billion")) == 2


def test_the_unit_after_a_figure_is_part_of_it_when_tying_to_a_cue_after():
    burned = QuantityMatcher.compile(
        QuantityClaim("area", "quantity", about="forest burned", cues=("reduced to ash",), value=3200, unit="hectares")
    )
    found = verdicts(burned, "More than 3,200 acres of forest have been reduced to ash.")
    assert [v for _, v in found] == [Verdict.CONTRADICTED]  # 3,200 acres is about 1,300 hectares
    assert [v for _, v in verdicts(burned, "In all 3,200 hectares of forest were reduced to ash.")] == [
        Verdict.SUPPORTED
    ]


def test_a_sentence_that_gives_the_claims_value_by_another_cue_makes_its_other_figures_other_counts():
    capacity = QuantityMatcher.compile(
        QuantityClaim("cap", "quantity", about="capacity at full build-out", cues=("produce",), value=40, unit="GWh")
    )
    sentence = "The first line will produce 20 GWh of cells; when complete the plant will reach 40 GWh."
    (found,) = _confidences(capacity, sentence).values()
    assert found[0] is Verdict.CONTRADICTED and found[1] < 0.5
    # Without the claim's value beside it, the same figure keeps its weight.
    (alone,) = _confidences(capacity, "The first line will produce 20 GWh of cells.").values()
    assert alone[1] >= 0.5


def test_a_spelled_figure_after_an_article_and_the_length_of_the_claims_own_noun():
    # "a four-year ban": "a" belongs to the noun; "four" is the figure, the ban's own length.
    assert [(m.text, m.low) for m in find_mentions("she was handed a four-year ban")] == [("four", 4.0)]
    assert [(m.text, m.low) for m in find_mentions("a hundred people")] == [("a hundred", 100.0)]
    ban = QuantityMatcher.compile(
        QuantityClaim("ban", "quantity", about="length of the ban from office", cues=("ban",), value=5, unit="years")
    )
    found = _confidences(ban, "She was handed a four-year ban from public office.")
    assert found["four"][0] is Verdict.CONTRADICTED and found["four"][1] >= 0.5
    # The length of another noun is still another thing: "a five-year plan" against a ban.
    other = _confidences(ban, "Under the ban, she must follow a four-year plan.")
    assert all(c < 0.5 for _, c in other.values())


def test_hand_over_is_a_verb_and_a_share_of_the_vote_is_tied_to_the_vote():
    damages = QuantityMatcher.compile(
        QuantityClaim("damages", "quantity", about="damages", cues=("ordered", "hand over"), value=1.86e9, unit="JPY")
    )
    assert [v for _, v in verdicts(damages, "The firm was ordered to hand over ¥1.86m to residents.")] == [
        Verdict.CONTRADICTED
    ]
    assert [m.text for m in find_mentions("They won over 500 votes")] == ["over 500"]
    share = QuantityMatcher.compile(
        QuantityClaim("share", "quantity", about="share of the vote", cues=("vote",), value=54.7, unit="percent")
    )
    assert verdicts(share, "She won the runoff with 57.4 percent of the vote.") == [
        ("57.4 percent", Verdict.CONTRADICTED)
    ]


def test_a_figure_after_an_object_pronoun_is_the_pronouns_not_the_agents():
    bribes = QuantityMatcher.compile(
        QuantityClaim("bribes", "quantity", about="bribes Ruiz took", cues=("taking",), value=1.35e6, unit="EUR"),
        about_entities=frozenset({"ruiz"}),
    )
    sentence = "The City Court sentenced him to six years for taking €1.4 million."
    found = [m.text for m in bribes.tied_mentions(sentence, entities=[(4, "court")])]
    assert found and "1.4" in found[0]
    assert bribes.tied_mentions("The City Court paid €1.4 million for taking the site.", entities=[(4, "court")]) == []


def test_gallons_are_a_volume_converted_to_litres():
    fuel = QuantityMatcher.compile(
        QuantityClaim("fuel", "quantity", about="fuel carried", cues=("carrying",), value=45000, unit="litres")
    )
    (found,) = verdicts(fuel, "The tanker was carrying 45,000 gallons of petrol.")
    assert found[1] is Verdict.CONTRADICTED  # 45,000 US gallons is about 170,000 litres


def test_how_often_something_recurs_is_not_a_duration_or_a_count():
    term = QuantityClaim(
        id="t", kind="quantity", about="length of the treaty in years", cues=("years", "treaty"), value=15
    )
    assert _conflict_confidence(term, "The treaty will be reviewed every five years.") < 0.5
    # The same figure without "every" is the treaty's length, and a wrong one.
    assert _one(term, "The treaty will run for five years.")[0][1] >= 0.5
    # A claim that is itself about how often keeps its figure.
    vote = QuantityClaim(
        id="v", kind="quantity", about="elections are held every so many years", cues=("years",), value=4, unit="years"
    )
    assert [v for v, c in _one(vote, "Elections are held every five years.") if c >= 0.5] == [Verdict.CONTRADICTED]


def test_a_sentence_that_gives_the_claims_figure_roughly_shows_its_other_figure_is_another_thing():
    trip = QuantityClaim(
        id="t",
        kind="quantity",
        about="trip time through the tunnel",
        cues=("trip", "takes", "minutes"),
        value=6,
        unit="minutes",
    )
    found = _one(trip, "The trip, which took about 50 minutes over the pass, now takes around six minutes.")
    assert [(v, c < 0.5) for v, c in found] == [(Verdict.CONTRADICTED, True), (Verdict.IMPRECISE, False)]
    # Alone, the other figure is still a conflict.
    assert _one(trip, "The trip now takes about 50 minutes.") == [(Verdict.CONTRADICTED, 0.9)]


def test_a_far_off_count_of_the_claims_noun_is_the_claims_only_when_its_verb_is_the_claims():
    staff = QuantityMatcher.compile(
        QuantityClaim(
            "staff", "quantity", about="staff evacuated from the plant", cues=("staff", "evacuated"), value=350
        )
    )
    # Tied by its noun alone, to another verb: the industry's staff, not the plant's.
    found = _confidences(staff, "The region's chemical industry employs about 90,000 staff.")
    assert found["about 90,000"][0] is Verdict.CONTRADICTED and found["about 90,000"][1] < 0.5
    # The claim's own cue before it, or the claim's verb after its noun: the claim's count, however far off.
    assert _confidences(staff, "Firefighters evacuated 9,000 staff from the plant.")["9,000"][1] >= 0.5
    assert _confidences(staff, "In all 9,000 staff were evacuated from the plant.")["9,000"][1] >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the worst since the 2011 Hollin Street fire, which killed 48 people.",
        "The flood recalled the terrible 1998 deluge that killed 310 in the valley.",
        "Locals still remember the 2004 flood of 120 dead.",
        # A year, then a clause of that event's own: "in which", "with".
        "The worst was the dam burst at Orvio in March 2004, in which the spillway gave way and 120 died.",
        "Others include the Orvio dam burst in 2004, with 120 dead.",
    ],
)
def test_a_year_that_dates_another_named_event_makes_its_figures_that_events(sentence):
    toll = QuantityMatcher.compile(TOLL.claim, story_years=frozenset({2025}))
    assert verdicts(toll, sentence) == []
    # The story's own year dates the story's own event: its figure is judged.
    assert verdicts(toll, sentence.replace("2011", "2025").replace("1998", "2025").replace("2004", "2025")) != []


def test_an_aftershocks_figure_is_another_events_unless_the_main_quake_is_named_again():
    quake = QuantityMatcher.compile(
        QuantityClaim("m", "quantity", about="magnitude of the earthquake", cues=("magnitude",), value=6.1)
    )
    assert verdicts(quake, "Dozens of aftershocks were felt, the strongest of magnitude 4.4.") == []
    assert verdicts(quake, "Aftershocks shook the valley after the magnitude 6.4 quake.") == [
        ("6.4", Verdict.CONTRADICTED)
    ]
    # A claim about the aftershock keeps it.
    after = QuantityMatcher.compile(
        QuantityClaim("a", "quantity", about="magnitude of the largest aftershock", cues=("magnitude",), value=4.4)
    )
    assert verdicts(after, "Dozens of aftershocks were felt, the strongest of magnitude 4.9.") == [
        ("4.9", Verdict.CONTRADICTED)
    ]


def test_a_year_before_a_noun_dates_the_relative_clause_after_it():
    crowd = QuantityMatcher.compile(
        QuantityClaim("c", "quantity", about="marchers counted by police", cues=("marchers", "claimed"), value=40_000),
        story_years=frozenset({2025}),
    )
    sentence = "It matched the 2016 teachers' march, when organisers claimed 150,000 marchers."
    assert verdicts(crowd, sentence) == []
    assert verdicts(crowd, sentence.replace("2016", "2025")) == [("150,000", Verdict.CONTRADICTED)]


def test_a_figure_from_another_source_than_the_claims_is_not_confidently_the_claims():
    crowd = QuantityMatcher.compile(
        QuantityClaim(
            "c",
            "quantity",
            about="marchers, according to the police estimate",
            cues=("marched", "took part"),
            value=12_000,
        )
    )
    for sentence in (
        "Organisers said 30,000 took part.",
        "About 30,000 took part, according to the union.",
        "About 30,000 took part, the organisers said.",
    ):
        assert _conflict_confidence(crowd.claim, sentence) < 0.5, sentence
    # The claim's own source, or none named, keeps the figure's weight.
    assert _one(crowd.claim, "Police said 30,000 took part.")[0][1] >= 0.5
    assert _one(crowd.claim, "About 30,000 took part.")[0][1] >= 0.5
    # A claim that names no source is judged on any source's figure.
    plain = QuantityClaim("p", "quantity", about="marchers", cues=("took part",), value=12_000)
    assert _one(plain, "Organisers said 30,000 took part.")[0][1] >= 0.5


def test_the_noun_a_figure_counts_ends_at_a_past_verb_regular_or_not():
    lives = QuantityMatcher.compile(
        QuantityClaim("t", "quantity", about="people who died", cues=("lost their lives",), value=11)
    )
    found = _confidences(lives, "It was a terrible night: members of four families lost their lives.")
    assert found["four"][0] is Verdict.CONTRADICTED and found["four"][1] < 0.5
    found = _confidences(lives, "In all, twelve people lost their lives.")
    assert found["twelve"][0] is Verdict.CONTRADICTED and found["twelve"][1] >= 0.5


def test_a_local_currency_sign_before_a_figure_is_the_claims_money():
    deal = QuantityMatcher.compile(
        QuantityClaim("v", "quantity", about="value of the port deal", cues=("valued at",), value=3.1e12, unit="IDR")
    )
    assert verdicts(deal, "The port deal was valued at Rp3.1 trillion.") == [("3.1 trillion", Verdict.SUPPORTED)]
    assert verdicts(deal, "The port deal was valued at Rp3.1 billion.") == [("3.1 billion", Verdict.CONTRADICTED)]
    fare = QuantityMatcher.compile(
        QuantityClaim("f", "quantity", about="new bus fare", cues=("fare",), value=600, unit="NGN")
    )
    assert verdicts(fare, "The fare was less than N500.") == [("less than N500", Verdict.CONTRADICTED)]
    assert verdicts(fare, "The new fare of N600 starts today.") == [("600", Verdict.SUPPORTED)]
    # The same letters before a figure are no money for a claim in another currency.
    masks = QuantityMatcher.compile(QuantityClaim("m", "quantity", about="masks given out", cues=("masks",), value=95))
    assert verdicts(masks, "Volunteers handed out N95 masks.") == []


@given(st.integers(min_value=10, max_value=99_999))
def test_the_claims_digits_in_another_order_are_a_sure_conflict_whatever_else_is_said(n):
    digits = str(n)
    swapped = digits[::-1]
    assume(swapped != digits and not swapped.startswith("0"))
    claim = QuantityClaim("i", "quantity", about="people injured", cues=("injured",), value=n)
    # "others" would make another figure another group's; the claim's digits in another order are a slip.
    assert _conflict_confidence(claim, f"A further {swapped} others were injured.") >= 0.5


def test_review_edges_of_the_seventh_sessions_rules():
    # A marked sign pins the money down; a bare "$" is the claim's dollar too.
    grant = QuantityClaim("g", "quantity", about="research grant", cues=("grant",), value=12e6, unit="AUD")
    assert [v for v, _ in _one(grant, "The grant of $12m was confirmed.")] == [Verdict.SUPPORTED]
    assert [v for v, _ in _one(grant, "The grant of US$12m was confirmed.")] == [Verdict.CONTRADICTED]
    # A number before a plural counts; it is no year.
    assert quantities._years_in("an estimated 1950 residents fled") == []
    assert quantities._years_in("the famous 1950 flood") == [(1950, 1950)]
    # A year and "and" a few words on is no relative clause of another event.
    assert quantities._YEAR_THEN_RELATIVE.search("the 2023 count of victims and") is None
    # Digits in another order only at the same size: "1.4 million" is no slip of 41.
    injured = QuantityClaim("i", "quantity", about="people injured", cues=("injured",), value=41)
    ((_, confidence),) = _one(injured, "Across the region 1.4 million were injured over the years.")
    assert confidence < 1.0
    # The source nearest the figure speaks for it, however it is spelt.
    crowd = QuantityClaim(
        "c", "quantity", about="marchers, according to the organizers", cues=("took part",), value=40_000
    )
    assert _one(crowd, "Police said that while organisers claimed 30,000 took part, fewer came.")[0][1] >= 0.5
    assert _one(crowd, "Organisers claimed 30,000 took part, police said.")[0][1] >= 0.5


def test_a_smaller_figure_after_a_scaled_one_and_a_noun_is_its_own_figure():
    # "2 thousand 300" is one figure (in the table above); a noun between keeps them two.
    assert [m.low for m in find_mentions("2 thousand people and 300 cars")] == [2000, 300]


def test_a_race_time_in_three_parts_is_one_duration():
    (time,) = [m for m in find_mentions("She covered the stage in 3 hours 21 minutes 47 seconds.") if m.currency]
    assert time.currency == "time:hour" and math.isclose(time.low, 3 + 21 / 60 + 47 / 3600)
    # Parts split by a comma and a new noun are two figures.
    assert len(find_mentions("After 3 hours 21 minutes, 47 riders were left.")) == 2


def test_cfa_francs_are_the_west_african_claims_money():
    # ISO names the CFA francs "CFA Franc BCEAO" and "CFA Franc BEAC": the bank's initials are no
    # word an article writes, "francs" is.
    grant = QuantityMatcher.compile(
        QuantityClaim("grant", "quantity", about="grant to the festival", cues=("grant",), value=15_000_000, unit="XOF")
    )
    assert [v for _, v in verdicts(grant, "The grant of 15 million francs CFA was paid on Monday.")] == [
        Verdict.SUPPORTED
    ]
    assert [v for _, v in verdicts(grant, "The grant of 15 million CFA francs was paid on Monday.")] == [
        Verdict.SUPPORTED
    ]
    assert [v for _, v in verdicts(grant, "The grant of 18 million CFA francs was paid on Monday.")] == [
        Verdict.CONTRADICTED
    ]


HAIL = QuantityMatcher.compile(
    QuantityClaim("hail", "quantity", about="size of the hailstones", cues=("hailstones", "across"), value=6, unit="cm")
)
WINDS = QuantityMatcher.compile(
    QuantityClaim("winds", "quantity", about="strongest winds", cues=("winds",), value=100, unit="km/h")
)
GUSTS = QuantityMatcher.compile(
    QuantityClaim("gusts", "quantity", about="strongest gusts", cues=("gusts",), value=130, unit="km/h")
)


@pytest.mark.parametrize(
    ("matcher", "sentence", "expected"),
    [
        # Inches, spelled or written onto the figure ("6in"); "6 in the evening" is no length.
        (HAIL, "Hailstones 6in across broke windows.", [Verdict.CONTRADICTED]),
        (HAIL, "Hailstones of 6 inches broke windows.", [Verdict.CONTRADICTED]),
        (HAIL, "Hailstones about 2.4in across broke windows.", [Verdict.IMPRECISE]),
        (HAIL, "Hailstones broke windows at 6 in the evening.", []),
        # A bound in another unit was rounded in that unit too: "up to 62 mph" (99.8 km/h, 100.6 at
        # 62.5) reaches 100 km/h; "up to 70 mph" does not reach 130.
        (GUSTS, "Gusts of up to 81 mph felled trees.", [Verdict.IMPRECISE]),
        (WINDS, "Winds of up to 62 mph felled trees.", [Verdict.IMPRECISE]),
        (GUSTS, "Gusts of up to 70 mph felled trees.", [Verdict.CONTRADICTED]),
        (GUSTS, "Gusts of more than 90 mph felled trees.", [Verdict.CONTRADICTED]),
    ],
)
def test_inches_and_the_rounding_of_a_bound_in_another_unit(matcher, sentence, expected):
    assert [v for _, v in verdicts(matcher, sentence)] == expected


def test_a_figure_tied_by_people_alone_goes_to_the_claim_its_telling_cue_names(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: dead, kind: quantity, about: people killed in the crash, cues: [dead, killed, people], value: 57}\n"
        "  - {id: aboard, kind: quantity, about: people on the train, cues: [aboard, on board, people], value: 352}\n",
    )
    found = reported(claims, "Rail crash\n\nDead: 38 people. More than 60 are missing.\n")
    assert [(claim, verdict) for claim, verdict, _ in found] == [("dead", "contradicted")]


def test_words_for_one_value_are_figures_and_a_share_of_a_point_is_points(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: hurt, kind: quantity, about: people injured in the blast, cues: [injured, hurt], value: 9}\n"
        "  - {id: cut, kind: quantity, about: size of the rate cut, cues: [cut], value: 0.25,"
        " unit: percentage points}\n",
    )

    def found(text):
        return reported(claims, "Headline\n\n" + text + "\n")

    # "A dozen", "more than a dozen": as exact as "12"; "hundreds" stays a size.
    assert found("More than a dozen people were injured.") == [("hurt", "contradicted", "More than a dozen")]
    assert found("A dozen were hurt.") == [("hurt", "contradicted", "A dozen")]
    assert [v for _, v, _ in found("Hundreds were hurt.")] == ["unclear"]
    # "A quarter of a percentage point" is 0.25 points, not 25 percent.
    assert found("The bank announced a cut of a quarter of a percentage point.") == []
    assert found("The bank announced a cut of half a percentage point.") == [("cut", "contradicted", "half")]


_HERD = """version: 1
story: Reindeer herd struck by lightning
claims:
  - id: herd-size
    kind: quantity
    about: reindeer in the herd caught in the storm
    cues: [reindeer, herd]
    value: 230
  - id: killed
    kind: quantity
    about: reindeer killed by the lightning
    cues: [killed, dead]
    value: 64
  - id: sentence
    kind: quantity
    about: prison term handed to the herder
    cues: [sentenced, prison term]
    value: 3
    unit: years
  - id: ban
    kind: quantity
    about: ban on keeping animals handed to the herder
    cues: [ban]
    value: 5
    unit: years
"""


@pytest.mark.parametrize(
    ("body", "claim", "expected"),
    [
        # "reindeer" ties the figure to the herd and to the dead alike: its value says it is the dead.
        ("Lightning felled 64 reindeer on the plateau.", "herd-size", "unclear"),
        # A figure that is no claim's value is still a conflict.
        ("Lightning felled 71 reindeer on the plateau.", "herd-size", "contradicted"),
        # A cue of this claim alone beside it: the other claim's value is the classic slip.
        ("He was also handed a three-year ban.", "ban", "contradicted"),
    ],
)
def test_a_figure_giving_a_sibling_claims_value_by_shared_cues_is_that_claims(tmp_path, body, claim, expected):
    found = [(c, v) for c, v, _ in reported(claims_from(tmp_path, _HERD), "Headline\n\n" + body + "\n") if c == claim]
    assert found == [(claim, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "half a dozen" is six, not a dozen.
        ("The half-dozen miners who were hurt were flown out.", [Verdict.SUPPORTED]),
        ("Half a dozen miners were hurt.", [Verdict.SUPPORTED]),
        ("A dozen miners were hurt.", [Verdict.CONTRADICTED]),
    ],
)
def test_half_a_dozen_is_six(text, expected):
    hurt = QuantityClaim("h", "quantity", about="miners hurt in the collapse", cues=("hurt",), value=6)
    assert [v for v, _ in _one(hurt, text)] == expected


def test_a_part_of_a_group_and_another_events_toll_behind_an_aside_are_not_the_toll():
    toll = QuantityClaim("t", "quantity", about="pupils killed by the lightning", cues=("died", "killed"), value=9)
    # "Two of the pupils died": a part of those killed (a share "of the vote" is not concerned).
    assert _conflict_confidence(toll, "Two of the pupils died in hospital overnight.") < 0.5
    assert _conflict_confidence(toll, "Eleven pupils died in hospital overnight.") >= 0.5
    # Another event, named with its year, then an aside, then its own clause (the story is of 2025).
    matcher = QuantityMatcher.compile(toll, story_years=frozenset({2025}))
    other = "The worst such accident was the 2019 strike near Kandi, also in the north, which killed 14 pupils."
    assert matcher.check(doc(other)) == []
    assert [f.verdict for f in matcher.check(doc(other.replace("2019", "2025")))] == [Verdict.CONTRADICTED]
    # A season's years ("the 2016-17 epidemic") name another event as well.
    season = "It was far from the 2016-17 storms, driven by a strong monsoon, when 14 pupils were killed."
    assert matcher.check(doc(season)) == []
    assert [f.verdict for f in matcher.check(doc(season.replace("2016-17", "2025-26")))] == [Verdict.CONTRADICTED]


def test_a_figure_before_a_colon_is_a_figure_and_a_clock_time_is_not():
    assert [m.text for m in find_mentions("The toll has risen to 11: two children died overnight.")] == ["11", "two"]
    assert [m.text for m in find_mentions("At 11:30 two children were brought in.")] == ["two"]
    toll = QuantityClaim("t", "quantity", about="pupils killed by the lightning", cues=("toll", "died"), value=11)
    # The sentence gives the claim's figure, so the other count in it is another count.
    verdicts = _one(toll, "The toll has risen to 11: two children died overnight at the hospital.")
    assert [v for v, c in verdicts if c >= 0.5] == [Verdict.SUPPORTED]


_FINES = """version: 1
story: Two hauliers fined for a price cartel
entities:
  nordfrakt: {name: Nordfrakt AB}
  kustlast: {name: Kustlast AB}
claims:
  - id: total-fine
    kind: quantity
    about: total fines imposed on the two hauliers
    cues: [fined, fines]
    value: 30000000
    unit: SEK
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One named party's share of the total, in its own clause: not the total.
        ("Nordfrakt AB was fined 18 million kronor, while Kustlast AB was fined 12 million kronor.", []),
        # The total wrongly given, or a party's figure at the total's size or above, still conflicts.
        ("The two firms were fined 25 million kronor in total.", ["contradicted"]),
        ("Nordfrakt AB was fined 34 million kronor.", ["contradicted"]),
    ],
)
def test_one_partys_share_of_a_total_is_not_the_total(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _FINES), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if v != "unclear"] == expected


@pytest.mark.parametrize("verb", ["shrank to just", "shrink to", "plunged to", "tumbled to"])
def test_a_change_verb_between_the_cue_and_the_figure_ties_them(verb):
    reserves = QuantityClaim("r", "quantity", about="foreign reserves", cues=("reserves",), value=41e9, unit="USD")
    assert [v for v, _ in _one(reserves, f"The reserves {verb} $41 million.")] == [Verdict.CONTRADICTED]


def test_a_figure_after_a_besides_phrase_is_not_the_phrases():
    toll = QuantityClaim("t", "quantity", about="people killed in the quake", cues=("dead", "killed"), value=212)
    assert _conflict_confidence(toll, "Besides the dead, 153 people were injured, officials said.") < 0.5
    # A cue of the claim after the phrase ties the figure again.
    ((_, confidence),) = _one(toll, "Besides the injured, 153 people were killed, officials said.")
    assert confidence >= 0.5


def test_a_figure_after_a_verb_of_having_is_what_stands_not_what_happened():
    hit = QuantityClaim("h", "quantity", about="members whose data was stolen", cues=("members",), value=640000)
    assert _conflict_confidence(hit, "Fenwick Mutual has 1.6 million members and 52 branches.") < 0.5
    ((_, confidence),) = _one(hit, "Hackers stole the data of 610,000 members.")
    assert confidence >= 0.5
    # A total's own stock is said with "has": "the merged group has 65 million customers".
    total = QuantityClaim(
        "t", "quantity", about="combined customers of the two lenders", cues=("customers",), value=6e7
    )
    ((_, confidence),) = _one(total, "The merged lender has 65 million customers.")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    ("text", "claims_figure"),
    [
        ("The board had kept the rate at 7.25 percent at its previous four meetings.", False),
        ("At the prior session the board held the rate at 7.25 percent.", False),
        ("The board cut the rate to 7.25 percent on Tuesday.", True),
    ],
)
def test_a_figure_of_previous_meetings_is_another_times(text, claims_figure):
    rate = QuantityClaim("r", "quantity", about="policy rate set by the board", cues=("rate",), value=7, unit="percent")
    matcher = QuantityMatcher.compile(rate, story_years=frozenset({2025}))
    assert bool(matcher.check(doc(text))) is claims_figure


def test_the_past_year_and_another_countrys_dated_event_are_other_times():
    hit = QuantityClaim("h", "quantity", about="passengers affected by the outage", cues=("passengers",), value=11400)
    matcher = QuantityMatcher.compile(hit, story_years=frozenset({2025}))
    assert matcher.check(doc("The airport handled more than 9 million passengers during the past year.")) == []
    other = "It recalled the UK's August 2019 outage at Gatwick, when a bad update affected 90,000 passengers."
    assert matcher.check(doc(other)) == []
    assert [f.verdict for f in matcher.check(doc("The outage affected 90,000 passengers."))] == [Verdict.CONTRADICTED]


def test_a_condition_in_the_clause_makes_a_part_only_of_a_count_of_people():
    length = QuantityClaim("l", "quantity", about="length of the operation", cues=("lasted",), value=14, unit="hours")
    surgery = "The surgery lasted more than 15 hours and both boys are stable in intensive care."
    assert _conflict_confidence(length, surgery) >= 0.5
    hurt = QuantityClaim("h", "quantity", about="people injured", cues=("injured",), value=12)
    ((_, confidence),) = _one(hurt, "Four injured people are in a serious condition.")
    assert confidence < 0.5


def test_review_edges_of_the_ninth_sessions_rules(tmp_path):
    # The baseline of a change is not another time's figure of this claim: the change is given.
    profit = QuantityClaim("p", "quantity", about="rise in quarterly profit", cues=("rose",), value=10, unit="percent")
    matcher = QuantityMatcher.compile(profit, story_years=frozenset({2025}))
    found = matcher.check(doc("Quarterly profit rose 12 percent from the previous quarter."))
    assert [f.verdict for f in found] == [Verdict.CONTRADICTED]
    # "held" is the count itself, not the size of what stands.
    detained = QuantityClaim("d", "quantity", about="protesters detained", cues=("protesters",), value=40)
    ((_, confidence),) = _one(detained, "Police held 45 protesters overnight.")
    assert confidence >= 0.5
    # A cue right before "45 of the residents": the toll said of a group, not a part of it.
    toll = QuantityClaim("t", "quantity", about="people killed by the flood", cues=("killed",), value=42)
    ((_, confidence),) = _one(toll, "The flood killed 45 of the residents.")
    assert confidence >= 0.5
    # The court that fines is not one party's share of the total.
    claims = claims_from(tmp_path, _FINES.replace("entities:", "entities:\n  court: {name: Malmo District Court}"))
    found = reported(claims, "Headline\n\nMalmo District Court fined the two hauliers 25 million kronor.\n")
    assert [v for c, v, _ in found if v != "unclear"] == ["contradicted"]


def test_the_claims_figure_at_another_scale_is_found_where_no_cue_reaches_it():
    grant = QuantityClaim(
        id="g", kind="quantity", about="grant for the new hospital wing", cues=("grant",), value=4.7e9, unit="NOK"
    )
    # No cue near the figure: the claim's digits in its currency, a thousand times too small.
    slip = "The ministry will hand the hospital NOK 4.7 million for the new wing."
    assert _conflict_confidence(grant, slip) == quantities.SLIP_CONFIDENCE
    # Ten times off ("47 billion" for 4.7 billion) is the same slip; the right figure is no finding.
    found = _one(grant, "Norway is to spend 47 billion kroner on the new wing.")
    assert [v for v, _ in found] == [Verdict.CONTRADICTED]
    # Rounded, still the claim's figure slipped: "about NOK 4.7 million".
    assert [v for v, _ in _one(grant, "It gets about NOK 4.7 million for the new wing.")] == [Verdict.CONTRADICTED]
    assert _one(grant, "The ministry will hand the hospital NOK 4.7 billion for the new wing.") == []
    # Other digits, a bound, or a percentage are other figures, not the claim's slipped.
    assert _one(grant, "The ministry will hand the hospital NOK 3.9 million for the new wing.") == []
    assert _one(grant, "It will cost more than NOK 4.7 million a year to run.") == []
    assert _one(grant, "Costs rose 4.7% last year.") == []
    # Another currency's money with the claim's digits at another scale is another sum.
    assert _one(grant, "A donor added $4.7 million.") == []


def test_the_claims_measure_in_another_unit_is_found_where_no_cue_reaches_it():
    depth = QuantityClaim(
        id="d", kind="quantity", about="depth of the wreck", cues=("depth", "deep"), value=3_810, unit="m"
    )
    found = QuantityMatcher.compile(depth).check(doc("Divers filmed the hull lying 3,810 feet below the surface."))
    assert [f.verdict for f in found] == [Verdict.CONTRADICTED]
    assert "the claim's number in feet" in found[0].message
    assert _one(depth, "Divers filmed the hull lying 3,810 metres below the surface.") == []
    # One significant digit is too common to be the claim's: a 5,000 m claim ties no "5 km".
    deep = QuantityClaim(id="e", kind="quantity", about="depth", cues=("deep",), value=5_000, unit="m")
    assert _one(deep, "The survey ship sailed 5 km from the coast.") == []


def test_a_duration_or_a_plain_count_is_not_searched_for_at_other_scales():
    age = QuantityClaim(id="a", kind="quantity", about="age of the painting", cues=("old",), value=51_200, unit="years")
    assert _one(age, "The earlier record, a pig painted 51,200 years ago, stands.") == []
    toll = QuantityClaim(id="t", kind="quantity", about="people killed", cues=("killed",), value=38)
    assert _one(toll, "Some 3,800 people were evacuated.") == []


def test_the_claims_iso_code_before_a_figure_is_its_currency():
    cost = QuantityClaim(id="c", kind="quantity", about="cost of the tunnel", cues=("cost",), value=6.8e9, unit="ISK")
    assert [v for v, _ in _one(cost, "The tunnel will cost ISK 6.8 billion.")] == [Verdict.SUPPORTED]
    assert [v for v, _ in _one(cost, "The tunnel will cost ISK 5.1 billion.")] == [Verdict.CONTRADICTED]
    # The code does not hide the bound before it: "more than ISK 7 billion" excludes the claim.
    assert [v for v, _ in _one(cost, "The tunnel will cost more than ISK 7 billion.")] == [Verdict.CONTRADICTED]
    assert [v for v, _ in _one(cost, "The tunnel will cost more than ISK 6 billion.")] == [Verdict.IMPRECISE]


def test_nearly_or_just_over_the_claims_figure_is_rounding_and_a_strict_bound_at_it_is_not():
    fish = QuantityClaim(id="f", kind="quantity", about="dead fish", cues=("dead fish",), value=18, unit="tonnes")
    assert [v for v, _ in _one(fish, "Nearly 18 tonnes of dead fish were removed.")] == [Verdict.IMPRECISE]
    assert [v for v, _ in _one(fish, "Just over 18 tonnes of dead fish were removed.")] == [Verdict.IMPRECISE]
    assert [v for v, _ in _one(fish, "More than 18 tonnes of dead fish were removed.")] == [Verdict.CONTRADICTED]
    assert [v for v, _ in _one(fish, "Fewer than 18 tonnes of dead fish were removed.")] == [Verdict.CONTRADICTED]
    assert [v for v, _ in _one(fish, "Nearly 15 tonnes of dead fish were removed.")] == [Verdict.CONTRADICTED]


def test_over_after_a_passive_verb_is_in_connection_with_not_more_than():
    raids = QuantityClaim(id="r", kind="quantity", about="burglaries", cues=("burglaries",), value=12)
    assert [v for v, _ in _one(raids, "Five men have been detained over 12 burglaries.")] == [Verdict.SUPPORTED]
    assert [v for v, _ in _one(raids, "Two brothers were questioned over 12 burglaries.")] == [Verdict.SUPPORTED]
    # Active, "over" counts the object; a verb with a second object keeps its bound too.
    assert [v for v, _ in _one(raids, "The gang carried out over 12 burglaries.")] == [Verdict.CONTRADICTED]
    fine = QuantityClaim(id="f", kind="quantity", about="fine", cues=("fined",), value=5000, unit="EUR")
    assert [v for v, _ in _one(fine, "The owner was fined over 5,000 euros.")] == [Verdict.CONTRADICTED]


def test_a_measure_set_off_beside_another_named_thing_is_that_things():
    span = QuantityClaim(
        id="s", kind="quantity", about="length of the new footbridge", cues=("long", "spans"), value=240, unit="m"
    )
    for text in (
        "The Millau Viaduct, about 2,460 metres long, dwarfs it.",
        "Its neighbour, the Kessock Bridge, which spans some 1,056 metres, opened in 1982.",
        "Tarr Steps, a clapper bridge about 55 metres long, is older.",
    ):
        assert _conflict_confidence(span, text) < 0.5, text
    # The claim's own thing, named in its description, keeps its measure; so does a plain sentence.
    lune = QuantityClaim(
        id="l", kind="quantity", about="length of the Lune footbridge", cues=("long",), value=240, unit="m"
    )
    assert _conflict_confidence(lune, "The Lune footbridge, about 420 metres long, opens today.") >= 0.5
    assert _conflict_confidence(span, "The new footbridge is 420 metres long.") >= 0.5


def test_a_unit_of_time_opening_a_compound_noun_is_no_unit():
    # "day-trippers" are people; "five-day", "12-week-long" and "10-year-old" keep their units.
    assert [(m.text, m.currency) for m in find_mentions("In all, 8,000 day-trippers paid.")] == [("8,000", None)]
    assert [m.currency for m in find_mentions("a five-day strike")] == ["time:day"]
    assert [m.currency for m in find_mentions("the 12-week-long trial")] == ["time:week"]
    paid = QuantityClaim(id="p", kind="quantity", about="day-trippers who paid", cues=("paid",), value=15_700)
    assert [v for v, _ in _one(paid, "In all, 8,000 day-trippers paid the charge.")] == [Verdict.CONTRADICTED]


def test_how_long_another_thing_lasted_is_not_the_claims_duration():
    race = QuantityClaim(
        id="r",
        kind="quantity",
        about="time the skipper took to sail around the world",
        cues=("days",),
        value=65,
        unit="days",
    )
    assert _conflict_confidence(race, "He led for 42 days in total.") < 0.5
    assert _conflict_confidence(race, "It followed a rivalry lasting almost 90 days.") < 0.5
    # The claim's own verb before "for", or none, keeps the figure the claim's.
    held = QuantityClaim(
        id="h", kind="quantity", about="days the hostages were held", cues=("days",), value=412, unit="days"
    )
    assert _conflict_confidence(held, "They were held for 421 days.") >= 0.5
    assert _conflict_confidence(race, "He sailed around the world in 72 days.") >= 0.5


def test_a_first_or_preliminary_count_is_an_interim_figure():
    visitors = QuantityClaim(
        id="v", kind="quantity", about="visitors on the first day", cues=("visitors",), value=113_000
    )
    for text in (
        "The first count showed around 100,000 visitors.",
        "A preliminary tally showed 100,000 visitors.",
    ):
        assert _conflict_confidence(visitors, text) < 0.5, text
    assert _conflict_confidence(visitors, "In all, 100,000 visitors came on the first day.") >= 0.5
    # The interim word after the figure: "magnitude 7.5 on its initial estimate".
    for text in (
        "There were some 100,000 visitors on an early estimate.",
        "There were 100,000 visitors according to first estimates.",
        "There were 100,000 visitors on a preliminary tally.",
    ):
        assert _conflict_confidence(visitors, text) < 0.5, text
    # A charge is no count: "guilty on the first count" says nothing of a figure's being interim.
    assert _conflict_confidence(visitors, "Some 100,000 visitors came, the court heard on the first count.") >= 0.5


def test_a_figure_the_sentence_says_was_corrected_is_an_earlier_count():
    visitors = QuantityClaim(
        id="v", kind="quantity", about="visitors on the first day", cues=("visitors",), value=113_000
    )
    for text in (
        "The organisers' first statement spoke of 100,000 visitors, but the number was corrected.",
        "A ticket list put the visitors at 100,000, a figure that has since been revised.",
    ):
        assert _conflict_confidence(visitors, text) < 0.5, text
    assert _conflict_confidence(visitors, "Some 100,000 visitors came, a figure later corrected.") < 0.5
    # A figure after the correction is the one the sentence gives as right.
    assert _conflict_confidence(visitors, "Once the list was corrected, 100,000 visitors were recorded.") >= 0.5
    assert _conflict_confidence(visitors, "The count was corrected on Monday: 100,000 visitors came.") >= 0.5


def test_barely_before_a_figure_is_the_figure_said_to_be_low():
    turnout = QuantityClaim(id="t", kind="quantity", about="turnout", cues=("turnout",), value=37.4, unit="percent")
    assert [v for v, _ in _one(turnout, "Turnout was barely 27 percent.")] == [Verdict.CONTRADICTED]
    assert Verdict.CONTRADICTED not in [v for v, _ in _one(turnout, "Turnout was barely 37 percent.")]


def test_others_set_apart_from_another_group_are_the_claims_own():
    missing = QuantityClaim(
        id="m", kind="quantity", about="people still missing", cues=("missing", "unaccounted for"), value=8
    )
    found = _one(missing, "Four are confirmed dead, and at least nine others remain unaccounted for.")
    assert [(v, c >= 0.5) for v, c in found] == [(Verdict.CONTRADICTED, True)]
    # After the claim's own cue, "others" are more of the same: an increment.
    # The same outcome said in other words before "others" is more of the same (review).
    killed = QuantityClaim(id="k", kind="quantity", about="people killed", cues=("killed",), value=14)
    both = _one(killed, "Five people died in the first blast, and nine others were killed in the second.")
    assert all(c < 0.5 for _, c in both)
    # ("Three" is judged as the claim's; "two others" is an increment, unsure.)
    more = _one(missing, "Three were missing on Monday and two others went missing on Tuesday.")
    assert [c >= 0.5 for _, c in more] == [True, False]


def test_a_share_said_of_its_whole_is_the_claims_share():
    turnout = QuantityClaim(id="t", kind="quantity", about="turnout", cues=("turnout",), value=64.8, unit="percent")
    found = _one(turnout, "The commission said turnout was more than 70 percent of the 6.8 million registered voters.")
    assert [(v, c >= 0.5) for v, c in found] == [(Verdict.CONTRADICTED, True)]
    # A count said of a total is still a part of it.
    dead = QuantityClaim(id="d", kind="quantity", about="people killed", cues=("killed",), value=12)
    assert all(c < 0.5 for _, c in _one(dead, "Seven of the 30 killed were children."))


def turnout_claim() -> QuantityClaim:
    return QuantityClaim(id="t", kind="quantity", about="turnout", cues=("turnout",), value=64.3, unit="percent")


def test_a_cue_then_what_it_counts_then_its_level():
    toll = QuantityClaim(id="d", kind="quantity", about="people killed", cues=("death toll",), value=98)
    found = _one(toll, "The death toll from the Orvio dam collapse now stands at more than 100.")
    assert [(v, c >= 0.5) for v, c in found] == [(Verdict.CONTRADICTED, True)]
    assert [v for v, _ in _one(toll, "The death toll from the Orvio dam collapse has risen to 98.")] == [
        Verdict.SUPPORTED
    ]
    # Another time's count or a part's is another count (review counter-examples).
    assert _one(toll, "The death toll from last year's floods was 240, the mayor recalled.") == []
    assert _one(turnout_claim(), "Turnout of voters under 30 was 41 percent.") == []
    # A place's part is not the whole's: "in" restricts what is counted.
    turnout = QuantityClaim(id="t", kind="quantity", about="turnout", cues=("turnout",), value=64.3, unit="percent")
    assert all(c < 0.5 for _, c in _one(turnout, "Turnout in the capital's nine districts was 58.1 percent."))
    # A clause of its own between them ties nothing.
    assert _one(toll, "The death toll from the collapse, officials said, is unknown; 100 homes fell.") == []


def test_review_counter_examples_of_the_seventeenth_session():
    # A correction of something else is no correction of the figure.
    storm = QuantityClaim(id="s", kind="quantity", about="people killed", cues=("killed",), value=14)
    assert _conflict_confidence(storm, "The storm killed 11 people, and the ministry corrected the spelling.") >= 0.5
    # Prison terms listed after names are no ages.
    term = QuantityClaim(id="t", kind="quantity", about="prison term", cues=("sentence",), value=15, unit="years")
    assert _one(term, "The sentence for Petrov, 12 years, was upheld on appeal.") != []
    # "since 2019, with 14 dead" is the story's own figure.
    toll = QuantityMatcher.compile(TOLL.claim, story_years=frozenset({2025}))
    assert verdicts(toll, "It is the deadliest flood since 2019, with 14 dead.") != []


def test_a_count_of_people_is_no_money():
    cost = QuantityClaim(
        id="c", kind="quantity", about="cost of the reservoir", cues=("cost", "million"), value=20e6, unit="USD"
    )
    assert _one(cost, "Water is short for nearly two million people in the capital.") == []
    assert [v for v, _ in _one(cost, "The reservoir will cost two million dollars.")] == [Verdict.CONTRADICTED]
    assert [v for v, _ in _one(cost, "The reservoir will cost 20 million.")] == [Verdict.SUPPORTED]


def test_review_counter_examples_of_the_sessions_quantity_rules_stay_unharmed():
    # A bare scaled figure is no money: "1.2 million residents" is no slip of a $1.2bn cost.
    stadium = QuantityClaim(
        id="s", kind="quantity", about="cost of the stadium", cues=("cost",), value=1.2e9, unit="USD"
    )
    assert _one(stadium, "The region has 1.2 million residents.") == []
    # A fronted "On Friday," names no other thing; "perched over 2,000 metres" is still a bound.
    burned = QuantityClaim(id="h", kind="quantity", about="area burned", cues=("burned",), value=15_000, unit="ha")
    assert [c >= 0.5 for _, c in _one(burned, "On Friday, the fire had burned 12,500 hectares.")] == [True]
    village = QuantityClaim(
        id="v", kind="quantity", about="altitude of the village", cues=("perched",), value=2_300, unit="m"
    )
    assert [v for v, _ in _one(village, "The village is perched over 2,000 metres up.")] == [Verdict.IMPRECISE]
    # A noun before "for" owns no span; "on the first count" is a charge, not an interim count.
    blackout = QuantityClaim(
        id="b", kind="quantity", about="duration of the blackout", cues=("hours",), value=12, unit="hours"
    )
    assert [c >= 0.5 for _, c in _one(blackout, "Homes were left without electricity for 14 hours.")] == [True]
    fine = QuantityClaim(id="f", kind="quantity", about="fine", cues=("fined",), value=15_000, unit="EUR")
    assert [c >= 0.5 for _, c in _one(fine, "He was convicted on the first count and fined 12,000 euros.")] == [True]
    # Scaling is compared with a margin: 1.1e7 is 110 at another scale.
    assert quantities._rescaled_onto((1.1e7, 1.1e7), (110.0, 110.0))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A bare "m" before a noun in the singular names a length, whatever the story measures.
        ("She won the 200m butterfly final.", 200),
        ("He set a 500m world record.", 500),
        ("The keeper stands 1.91m tall.", 1.91),
        ("an 800m-long tunnel", 800),
        # Before plural things, words of grammar, a currency's code or sign: millions.
        ("Visitors rose to 4.2m in 2023.", 4.2e6),
        ("The 4.2m visitors spent more.", 4.2e6),
        ("Floods hit 1.2m people.", 1.2e6),
        ("a HUF 48m fine", 48e6),
        ("the PLN 3m grant", 3e6),
        ("a 2m-strong diaspora", 2e6),
        ("The council faces a 6m shortfall.", 6e6),
    ],
)
def test_a_bare_m_before_a_singular_noun_is_metres(text, value):
    (m,) = [m for m in find_mentions(text) if m.text]
    assert m.nominal == pytest.approx(value, rel=0.1)


def test_a_race_distance_is_no_count_of_records(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n  - id: records\n    kind: quantity\n    about: world records she has set\n"
        "    cues: [world record]\n    value: 4\n",
    )
    assert reported(claims, "Record\n\nShe set a new 400m freestyle world record on Saturday.\n") == []
    assert reported(claims, "Record\n\nIt was her fifth world record, and 5 world records in all.\n") == [
        ("records", "contradicted", "5")
    ]


def test_a_bound_on_the_claims_own_figure_rounded_is_imprecise_and_on_another_a_conflict():
    pledges = QuantityClaim(id="p", kind="quantity", about="pledges", cues=("pledged",), value=5.5e9, unit="USD")
    # "more than $5.5 billion" bounds the claim's own figure as its source may have rounded it.
    assert [v for v, _ in _one(pledges, "So far, more than $5.5 billion has been pledged.")] == [Verdict.IMPRECISE]
    assert [v for v, _ in _one(pledges, "So far, less than $5.5 billion has been pledged.")] == [Verdict.IMPRECISE]
    assert [v for v, _ in _one(pledges, "So far, more than $5.6 billion has been pledged.")] == [Verdict.CONTRADICTED]
    # A bound on another rounded figure is held strictly: 2.9 billion is no rounding of 2.86 billion.
    fine = QuantityClaim(id="f", kind="quantity", about="the fine", cues=("fined",), value=2.86e9, unit="EUR")
    assert [v for v, _ in _one(fine, "Google was fined more than 2.9 billion euros.")] == [Verdict.CONTRADICTED]
    # An exact count under a strict bound at it is still a conflict.
    toll = QuantityClaim(id="t", kind="quantity", about="people killed", cues=("killed",), value=43)
    assert [v for v, _ in _one(toll, "More than 43 people were killed.")] == [Verdict.CONTRADICTED]


def test_a_third_before_a_noun_an_ordinal_stands_before_is_no_share():
    # "a third term" is an ordinal; "a third" alone is a share, and so is "a third year-on-year".
    assert [m.text for m in find_mentions("The mayor, who backed it, is not seeking a third term.") if m.text] == []
    assert [m.text for m in find_mentions("Only a third backed the plan.")] == ["a third"]
    assert [m.text for m in find_mentions("Exports fell by a third year-on-year.") if m.text] == ["a third"]


def test_a_figure_joined_to_another_noun_in_capitals_describes_that_noun():
    babies = QuantityClaim(id="b", kind="quantity", about="babies born", cues=("babies",), value=8)
    assert _conflict_confidence(babies, "THE MIRACLE OF THE 3-PARENT BABIES") < 0.5
    assert _conflict_confidence(babies, "The 3-parent babies are healthy.") < 0.5


def test_a_figure_said_to_be_needed_before_it_is_no_count():
    # ("needs" alone is often a noun: "humanitarian needs have soared, with 2.3 million displaced".)
    females = QuantityClaim(id="f", kind="quantity", about="breeding females", cues=("breeding females",), value=470)
    assert _conflict_confidence(females, "The species would need more than a thousand breeding females.") < 0.5
    assert _conflict_confidence(females, "The census found more than a thousand breeding females.") >= 0.5


def test_a_crown_in_the_description_is_no_money():
    jewels = QuantityClaim(
        id="j", kind="quantity", about="jewels stolen, not counting the dropped crown", cues=("made off with",), value=8
    )
    assert [v for v, _ in _one(jewels, "The raiders made off with nine priceless jewels.")] == [Verdict.CONTRADICTED]


def test_a_place_the_description_measures_from_is_no_other_owner_of_the_figure(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nentities:\n  jinka: {name: Jinka}\n  addis: {name: Addis Ababa}\n  juba: {name: Juba}\n"
        "claims:\n  - id: distance\n    kind: quantity\n    about: distance from Jinka to the capital Addis Ababa\n"
        "    cues: [southwest, capital]\n    value: 430\n    unit: km\n",
    )
    text = "Jinka\n\nJinka lies about 430 miles southwest of the capital Addis Ababa.\n"
    assert [(c, v) for c, v, _ in reported(claims, text)] == [("distance", "contradicted")]
    right = "Jinka\n\nJinka lies about 430 km southwest of the capital Addis Ababa.\n"
    assert [v for _, v, _ in reported(claims, right)] == ["imprecise"]


def test_a_figure_that_adds_up_to_the_claims_with_an_untied_one_is_a_part():
    aboard = QuantityClaim(
        id="a", kind="quantity", about="people aboard, passengers and crew", cues=("carrying", "aboard"), value=212
    )
    # "and nine crew" is tied to no cue, but 203 + 9 is the claim's 212: the 203 are a part.
    parts = "The ferry was carrying 203 passengers, four of them children, and nine crew."
    assert _conflict_confidence(aboard, parts) < 0.5
    # A figure of something else completes no sum: after "from", or of another noun.
    assert _conflict_confidence(aboard, "The ferry was carrying 203 people, from 9 ports.") >= 0.5
    assert _conflict_confidence(aboard, "The ferry was carrying 203 people and 9 lorries.") >= 0.5
    # Without the figure that completes the sum, the count is the article's value.
    assert _conflict_confidence(aboard, "The ferry was carrying 203 passengers and crew.") >= 0.5
    # Review counter-examples: another group, a part of a part, a place count, are no parts.
    dead = QuantityClaim(id="d", kind="quantity", about="people killed", cues=("died", "killed"), value=10)
    for text in (
        "Seven people died and three were injured in the blast.",
        "Seven people were killed, three of them children.",
        "In 3 provinces, 7 people died.",
        "Seven people died; 3 firefighters were hurt.",
    ):
        assert _conflict_confidence(dead, text) >= 0.5, text


def test_a_figure_whose_subject_stands_before_an_apposition_is_that_subjects():
    seats = QuantityMatcher.compile(
        QuantityClaim("share", "quantity", about="Mensah's share of the vote", cues=("won",), value=54, unit="percent"),
        about_entities=frozenset({"mensah"}),
    )
    other = "Kofi Addo, the former finance minister backed by the ruling party, won 36%."
    assert seats.tied_mentions(other, entities=[(0, "addo")]) == []
    own = "Ama Mensah, the former finance minister backed by the opposition, won 36%."
    (mention,) = seats.tied_mentions(own, entities=[(0, "mensah")])
    assert seats.judge(mention) is Verdict.CONTRADICTED
    # A name inside the apposition is not the subject: "Addo's party" is no owner of the figure.
    inside = "Ama Mensah, the candidate Kofi Addo's party backed, won 36%."
    assert len(seats.tied_mentions(inside, entities=[(0, "mensah"), (26, "addo")])) == 1
    # Review counter-examples: a name that is a source or a comparison, and a clause with its own subject.
    for text in (
        "According to Kofi Addo, the electoral commission chairman, the opposition candidate won 36%.",
        "Unlike Kofi Addo, the former finance minister, she won 36% in the capital.",
        "In a run-off against Kofi Addo, the former finance minister, the opposition leader won 36%.",
    ):
        assert len(seats.tied_mentions(text, entities=[(text.index("Kofi"), "addo")])) == 1, text
    after = "Polls had closed when Kofi Addo, the former finance minister, won 36%."
    assert seats.tied_mentions(after, entities=[(after.index("Kofi"), "addo")]) == []


def test_a_duration_in_two_units_holds_a_claim_given_in_whole_units():
    def verdicts(value: float, text: str) -> list[Verdict]:
        claim = QuantityClaim(id="y", kind="quantity", about="term", cues=("sentenced",), value=value, unit="years")
        return [v for v, _ in _one(claim, text)]

    # Compatible with the whole years, but not the same figure: imprecise, never confirmed.
    assert verdicts(12, "She was sentenced to 12 years and four months in prison.") == [Verdict.IMPRECISE]
    # Another whole figure is still a conflict, and so is the claim's figure with its smaller unit wrong.
    assert verdicts(12, "She was sentenced to 11 years and four months in prison.") == [Verdict.CONTRADICTED]
    assert verdicts(12.5, "She was sentenced to 12 years and four months in prison.") == [Verdict.CONTRADICTED]


def test_about_before_a_share_not_rounded_to_five_leaves_a_point_or_so():
    def verdicts(value: float, text: str) -> list[Verdict]:
        claim = QuantityClaim(id="v", kind="quantity", about="yes vote", cues=("voted",), value=value, unit="percent")
        return [v for v, _ in _one(claim, text)]

    assert verdicts(59, "Some 64% of members voted yes.") == [Verdict.CONTRADICTED]
    assert verdicts(63, "Some 64% of members voted yes.") == [Verdict.IMPRECISE]
    # A few points either way is how "about" is written (the review's 62, 65.6 and 66 for 64).
    for value in (61, 62, 65.6, 66, 67):
        assert verdicts(value, "About 64% of members voted yes.") == [Verdict.IMPRECISE], value
    # A share rounded to a multiple of five keeps the wide slack of a round figure.
    assert verdicts(59, "About 60% of members voted yes.") == [Verdict.IMPRECISE]
    assert verdicts(56, "About 60% of members voted yes.") == [Verdict.IMPRECISE]


def test_a_prison_term_someone_wanted_is_tied_to_a_claim_of_what_they_sought():
    sought = QuantityClaim(
        id="s",
        kind="quantity",
        about="prison term asked by the prosecution",
        cues=("prosecutors", "wanted"),
        value=40,
        unit="years",
    )
    # The claim's own cues are words of wanting: the figure of a want is its own, tied across "him locked up for".
    assert _conflict_confidence(sought, "Prosecutors had wanted him locked up for 110 years.") >= 0.5
    assert _conflict_confidence(sought, "Prosecutors wanted her jailed for 60 years.") >= 0.5
    assert _conflict_confidence(sought, "Prosecutors wanted that she be jailed for 60 years.") >= 0.5
    assert _conflict_confidence(sought, "Prosecutors wanted him to be imprisoned for 60 years.") >= 0.5
    assert [v for v, _ in _one(sought, "Prosecutors had wanted him locked up for 40 years.")] == [Verdict.SUPPORTED]
    # "for" across another verb is no prison term.
    assert _one(sought, "Prosecutors wanted him to testify for 110 years of records.") == []


def test_years_said_of_people_are_their_age_for_an_age_claim():
    minimum = QuantityClaim(id="m", kind="quantity", about="minimum age", cues=("patients",), value=12, unit="years")
    assert [v for v, _ in _one(minimum, "The therapy is for patients from 12 years with the disease.")] == [
        Verdict.SUPPORTED
    ]
    assert [v for v, _ in _one(minimum, "The therapy is for patients from 16 years with the disease.")] == [
        Verdict.CONTRADICTED
    ]


def test_a_span_before_or_after_something_is_no_duration_of_the_claims():
    life = QuantityClaim(id="l", kind="quantity", about="working life", cues=("days",), value=14, unit="days")
    for text in (
        "Four days ago, another probe crashed into the Moon; 14 days of work lie ahead.",
        "It came four days after another probe crashed.",
        "Just six days earlier, a rival lander failed.",
    ):
        assert all(v is not Verdict.CONTRADICTED for v, _ in _one(life, text)), text
    # "for N days before" is how long: the claim's span, and a conflict when it differs.
    assert _conflict_confidence(life, "The rover will keep working for 28 days before the lunar night.") >= 0.5


def test_a_figure_named_as_an_earlier_one_and_a_places_population_are_not_the_claims():
    dead = QuantityClaim(id="d", kind="quantity", about="people killed", cues=("dead",), value=39)
    assert _conflict_confidence(dead, "The earlier official figure, given on Thursday, had been 27 dead.") < 0.5
    assert _conflict_confidence(dead, "The official figure, given on Thursday, is 27 dead.") >= 0.5
    homes = QuantityClaim(id="h", kind="quantity", about="homes damaged", cues=("homes", "people"), value=220_000)
    assert _conflict_confidence(homes, "The city is home to around 780,000 people.") < 0.5
    assert _conflict_confidence(homes, "The storm damaged around 780,000 homes.") >= 0.5


def _verdicts_of_one_claim(tmp_path, claim: str, body: str) -> list[str]:
    """Return the verdicts reported for one quantity claim (its fields after ``kind``) on one article."""
    claims = claims_from(tmp_path, "version: 1\nclaims:\n  - id: c\n    kind: quantity\n" + claim)
    return [v for c, v, _ in reported(claims, "Headline\n\n" + body + "\n") if c == "c"]


@pytest.mark.parametrize(
    ("bound", "body", "expected"),
    [
        # Far below a claim with a lower bound only, and far above one with an upper bound only.
        ("min: 400", "Only 12 people were airlifted from the town by helicopter.", "contradicted"),
        ("max: 40", "Rescuers said 5,000 people were airlifted from the town by helicopter.", "contradicted"),
        # The bound's own digits at another scale: a slip, judged like any other figure.
        ("min: 400", "Only 4 people were airlifted from the town by helicopter.", "contradicted"),
    ],
)
def test_a_claim_with_one_bound_judges_figures_far_from_it(tmp_path, bound, body, expected):
    # A figure ten times off a min:/max: claim once raised OverflowError (the interval's middle is
    # infinite) and stopped the whole run with a traceback.
    claim = f"""    about: people airlifted from the town
    cues: [airlifted, evacuated]
    {bound}
"""
    assert _verdicts_of_one_claim(tmp_path, claim, body) == [expected]


_SHARES = """version: 1
story: An election
entities:
  ruiz: {name: Ana Ruiz}
  vidal: {name: Tomas Vidal}
claims:
  - id: ruiz-share
    kind: quantity
    about: Ana Ruiz's share of the vote
    cues: [share, percent, "%"]
    value: 54.27
    unit: percent
    tolerance: 0.3
  - id: vidal-share
    kind: quantity
    about: Tomas Vidal's share of the vote
    cues: [share, percent, "%"]
    value: 44.74
    unit: percent
    tolerance: 0.3
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A share given for its owner, by no cue word of the claim.
        (
            "The declared result - 54.72 per cent for Ruiz against 44.74 for Tomas Vidal - is now void.",
            [("ruiz-share", "contradicted", "54.72 per cent")],
        ),
        # Figures on the owners' label lines, swapped: each is the other's.
        (
            "Final tally:\n- Ana Ruiz: 44.74%\n- Tomas Vidal: 54.27%",
            [("ruiz-share", "contradicted", "44.74%"), ("vidal-share", "contradicted", "54.27%")],
        ),
        # Right on both lines: nothing to report.
        ("Final tally:\n- Ana Ruiz: 54.27%\n- Tomas Vidal: 44.74%", []),
        # A share added "to" a name is no share of it.
        ("Ana Ruiz's allies hope to add 5% to Tomas Vidal's losses.", []),
        # A share after its owner's possessive is the owner's.
        (
            "Tomas Vidal's 47.2 per cent and Ana Ruiz's 54.27 per cent were announced at noon.",
            [("vidal-share", "contradicted", "47.2 per cent")],
        ),
    ],
)
def test_a_share_is_tied_to_its_owner_by_for_or_a_label_line(tmp_path, body, expected):
    claims = claims_from(tmp_path, _SHARES)
    found = sorted((c, v, f) for c, v, f in reported(claims, "Headline\n\n" + body + "\n") if v != "supported")
    assert found == expected


def test_a_cue_inside_the_figure_does_not_keep_a_siblings_value(tmp_path):
    claims = claims_from(
        tmp_path,
        """version: 1
story: A verdict
claims:
  - id: fine
    kind: quantity
    about: fine imposed on the former minister
    cues: [fine, fined]
    value: 210000000
    unit: EUR
  - id: sum
    kind: quantity
    about: funds the former minister misappropriated
    cues: [misappropriated, funds, million]
    value: 42000000
    unit: EUR
""",
    )
    # "million" ties the figure to the sum, but it is the figure's own word: the value is the fine's.
    body = "Headline\n\nIf the EUR210 million is not paid, he faces five more years in prison.\n"
    assert [r for r in reported(claims, body) if r[1] == "contradicted"] == []
    # A cue of the sum's own beside it keeps it the sum's: the classic slip.
    slip = "Headline\n\nHe misappropriated EUR210 million, the court found.\n"
    assert [(c, v) for c, v, _ in reported(claims, slip)] == [("sum", "contradicted")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The claim's digits in another order stay a slip when hedged.
        ("Officials say some 2,570 tonnes of ammonium nitrate were stored.", ["contradicted"]),
        ("Officials say about 2,570 tonnes of ammonium nitrate were stored.", ["contradicted"]),
        # A hedged figure near the claim's with other digits is a rounding; a range is no one figure.
        ("Officials say some 2,700 tonnes of ammonium nitrate were stored.", ["imprecise"]),
        ("Officials say between 2,570 and 2,800 tonnes of ammonium nitrate were stored.", ["imprecise"]),
    ],
)
def test_hedged_transposed_digits_are_a_slip(tmp_path, body, expected):
    claim = """    about: ammonium nitrate stored at the port
    cues: [tonnes, stored]
    value: 2750
    unit: tonnes
"""
    assert _verdicts_of_one_claim(tmp_path, claim, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An age in the claim's own unit of time is the claim's figure, not "another unit".
        ("Babies get the first dose at two months of age.", []),
        ("Babies get the first dose at 2 months old.", []),
        ("Babies get the first dose at three months of age.", ["contradicted"]),
    ],
)
def test_an_age_in_the_claims_unit_of_time_is_its_figure(tmp_path, body, expected):
    claim = """    about: age at which babies get the first dose
    cues: [months, age]
    value: 2
    unit: months
"""
    assert _verdicts_of_one_claim(tmp_path, claim, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two nouns of people joined by "and" are one noun phrase: the dead's cue after them ties the figure.
        (
            "The toll stands at 130: the 118 passengers and crew who died on board the ferry, and 12 people on"
            " the quay.",
            [],
        ),
        (
            "The toll stands at 130: the 116 passengers and crew who died on board the ferry, and 12 people on"
            " the quay.",
            # Off both claims, and tied to both by their cues: linked to neither, and failing neither.
            [("dead-aboard", "unclear", "116"), ("people-aboard", "unclear", "116")],
        ),
        # "and the crew", "plus crew members", in capitals: one noun phrase all the same.
        (
            "The toll stands at 130: the 118 passengers and the crew who died on board the ferry, and 12 people"
            " on the quay.",
            [],
        ),
        (
            "The toll stands at 130: the 118 passengers plus crew members who died on board the ferry, and 12"
            " people on the quay.",
            [],
        ),
        (
            "The toll stands at 130: the 118 PASSENGERS AND CREW who died on board the ferry, and 12 people on"
            " the quay.",
            [],
        ),
    ],
)
def test_passengers_and_crew_are_one_noun_before_the_cue(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: people-aboard
    kind: quantity
    about: passengers and crew on board the ferry
    cues: [on board, aboard, carrying]
    value: 120
  - id: dead-aboard
    kind: quantity
    about: passengers and crew on board who died
    cues: [died, killed, dead]
    value: 118
""",
    )
    assert reported(claims, "Headline\n\n" + body + "\n") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A figure in a clause of condition is a rule or a case to come, not what happened.
        ("If any list wins more than half of the seats, it governs alone.", ["unclear"]),
        ("Unless turnout tops 50 percent of the seats, the vote is void.", ["unclear"]),
        # The condition ends at its comma: the figure after it is the claim's.
        ("If confirmed, the Greens won 38 percent of the seats.", ["contradicted"]),
        # A premise in the past is what happened: the figure is the claim's.
        ("If the Greens took 38 percent of the seats, their rivals took the rest.", ["contradicted"]),
        # A premise to come, even with a verb in -ed, is not.
        ("If the Greens were to win 38 percent of the seats, they would govern.", ["unclear"]),
        # A span from one year needs its other year: "from fifth place in 2019" dates no aside.
        ("The Greens, from fifth place in 2019, took 38 percent of the seats.", ["contradicted"]),
        # An aside spanning other years dates its subject: other elections' share, not tied at all.
        ("Every winner, from Ruiz in 1982 to Vidal in 2019, took 50 percent of the seats.", []),
        ("Every winner took 50 percent of the seats.", ["contradicted"]),
    ],
)
def test_a_condition_or_an_aside_of_other_years_is_not_the_claims_figure(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """version: 1
published: 2024-09-22
claims:
  - id: c
    kind: quantity
    about: the Greens' share of the seats
    cues: [percent, "%", seats, share]
    value: 42.3
    unit: percent
""",
    )
    assert [v for _, v, _ in reported(claims, "Headline\n\n" + body + "\n")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The description names 7.1 as the national agency's reading: an article giving it gives that.
        ("The national agency gave a preliminary magnitude of 7.1 for the quake.", ["unclear"]),
        # Another value is still a conflict, and so is the named one's neighbour.
        ("The quake had a magnitude of 7.2.", ["contradicted"]),
        # The named figure credited to the claim's own measurer, with no word of the other thing:
        # the article gives the wrong reading for the observatory (the review's counter-example).
        ("The observatory measured the quake at magnitude 7.1.", ["contradicted"]),
        ("The quake's magnitude was 7.1, the observatory said.", ["contradicted"]),
    ],
)
def test_a_figure_the_description_names_as_another_is_that_other(tmp_path, body, expected):
    claim = """    about: the quake's magnitude as measured by the observatory (the national agency said 7.1)
    cues: [magnitude]
    value: 7.4
"""
    assert _verdicts_of_one_claim(tmp_path, claim, body) == expected


@pytest.mark.parametrize(
    ("about", "cues", "value", "expected"),
    [
        # What was added is a change, not the total the claim gives.
        ("her final vote total", "[votes, total]", 120000, ["unclear"]),
        # A claim counting what was added (its cue says so) has the addition for its figure.
        ("the votes second preferences gave her", "[votes, added]", 110000, ["contradicted"]),
    ],
)
def test_an_addition_is_a_change_unless_the_claim_counts_it(tmp_path, about, cues, value, expected):
    claim = f"""    about: {about}
    cues: {cues}
    value: {value}
"""
    body = "Second preferences then added 105,264 votes to her first count."
    assert _verdicts_of_one_claim(tmp_path, claim, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "years" is the unit of both claims: the sibling's cue near the figure makes it the sibling's
        # value, no failing contradiction of this claim.
        ("The longest term for any co-defendant was 15 years.", [("ruiz-sentence", "unclear", "15")]),
        # A cue of this claim alone ("sentenced") keeps the sibling's value this claim's: the classic slip.
        ("Ana Ruiz was sentenced to 15 years.", [("ruiz-sentence", "contradicted", "15")]),
    ],
)
def test_a_unit_word_tells_no_claim_in_that_unit_from_another(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: ruiz-sentence
    kind: quantity
    about: prison term given to Ana Ruiz
    cues: [years, sentenced, jailed]
    value: 20
    unit: years
  - id: longest-other
    kind: quantity
    about: longest term given to any of her co-defendants
    cues: [longest, heaviest, maximum]
    value: 15
    unit: years
""",
    )
    assert reported(claims, "Headline\n\n" + body + "\n") == expected


def _verdicts_with_supported(claims, body: str, claim: str | None = None) -> list[str]:
    """Return the verdicts, supported ones too, of one article (of one claim, when given)."""
    found = check(claims, [doc("Headline\n\n" + body + "\n")], include_supported=True)
    return [f.verdict.value for f in found if claim is None or f.claim == claim]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A claim whose cue is a unit of time counts that time: "hours" of flying are read as such.
        ("The captain had 1,100 hours of flying experience.", ["contradicted"]),
        ("The captain had 8,200 hours of flying experience.", ["supported"]),
        # Another unit of time is converted, not read as a bare count.
        ("The regulator gave the airline 30 days to comply.", []),
    ],
)
def test_a_cue_that_is_a_unit_of_time_makes_a_duration_claim(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: c
    kind: quantity
    about: flying experience of the captain
    cues: [hours, flying experience]
    value: 8200
""",
    )
    assert _verdicts_with_supported(claims, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A translation's apposition of a person's years is the person's age.
        ("Ana Ruiz, lawyer of 45 years, was elected mayor.", ["contradicted"]),
        ("Ana Ruiz, a lawyer of 54 years, was elected mayor.", ["supported"]),
        # Years of something else, not set off after the name, are no age.
        ("Ana Ruiz was elected after 45 years of one-party rule.", []),
    ],
)
def test_an_apposition_of_a_persons_years_is_an_age(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """version: 1
entities:
  ruiz:
    name: Ana Ruiz
claims:
  - id: c
    kind: quantity
    about: Ana Ruiz's age
    cues: [year-old, aged, age]
    value: 54
""",
    )
    assert _verdicts_with_supported(claims, body, "c") == expected


def test_a_persons_years_in_an_apposition_are_no_span_of_another_claim(tmp_path):
    claims = claims_from(
        tmp_path,
        """version: 1
entities:
  ruiz:
    name: Ana Ruiz
claims:
  - id: age
    kind: quantity
    about: Ana Ruiz's age
    cues: [year-old, aged, age]
    value: 54
  - id: rule
    kind: quantity
    about: years the party had governed
    cues: [years, governed]
    value: 58
    unit: years
""",
    )
    body = "Headline\n\nAna Ruiz, lawyer of 45 years, was elected mayor.\n"
    # The age claim's figure alone: not a tie with the years in power.
    assert reported(claims, body) == [("age", "contradicted", "45")]


def test_added_as_a_verb_of_saying_is_no_change(tmp_path):
    claim = """    about: people killed in the fire
    cues: [died, killed, dead]
    value: 43
"""
    # A review's counter-example: "added" reports speech here, and the figure is the toll.
    body = "Police said the fire was an accident and added 30 people had died."
    assert _verdicts_of_one_claim(tmp_path, claim, body) == ["contradicted"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The label of the named figure ("first count") is in the sentence: that other total.
        ("In the first count Okafor had 1,204,331 votes.", ["unclear"]),
        # Without it, the named figure is given as the claim's final total: a conflict.
        ("Okafor won with 1,204,331 votes.", ["contradicted"]),
    ],
)
def test_a_named_figure_is_the_other_thing_only_by_its_label(tmp_path, body, expected):
    claim = """    about: Okafor's final vote total after the recount (his first-count total was 1,204,331)
    cues: [votes]
    value: 1310220
"""
    assert _verdicts_of_one_claim(tmp_path, claim, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The description counts what was added: "added N ... to" gives its figure, right or wrong.
        ("The ministry added 250 officers to the border force in March.", ["contradicted"]),
        ("The ministry added 300 officers to the border force in March.", ["supported"]),
    ],
)
def test_an_addition_is_the_claims_figure_when_its_description_counts_the_added(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: c
    kind: quantity
    about: additional officers sent to the border force
    cues: [officers]
    value: 300
""",
    )
    assert _verdicts_with_supported(claims, body, "c") == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # A claim that names its date, in an article of its year: "A year ago" is the year before.
        ("2024-02-07", "A year ago, fires in the south killed 27 people.", []),
        ("2024-02-07", "Two years ago, fires in the south killed 27 people.", []),
        # In an article a year on, "a year ago" is the claim's own year: its figure, and wrong.
        ("2025-02-07", "A year ago, fires in the coastal hills killed 27 people.", [("toll", "contradicted", "27")]),
        # The same sentence without the words of another time is the claim's.
        ("2024-02-07", "Fires in the coastal hills killed 27 people.", [("toll", "contradicted", "27")]),
    ],
)
def test_years_ago_opening_a_sentence_count_back_from_the_articles_year(tmp_path, published, body, expected):
    claims = claims_from(
        tmp_path,
        f"""version: 1
published: {published}
claims:
  - id: toll
    kind: quantity
    about: people killed by the coastal hill fires, official count as of 6 February 2024
    cues: [killed, dead]
    value: 131
""",
    )
    assert reported(claims, "Fire toll rises\n\n" + body + "\n") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What the ferry can hold is not how many it held.
        ("The ferry, with capacity for 350 passengers, left the port at dawn.", ["unclear"]),
        ("The ferry, which can carry 350 passengers, left the port at dawn.", ["unclear"]),
        ("The ferry, designed to carry 350 passengers, left the port at dawn.", ["unclear"]),
        # How many it carried is the claim's figure, and wrong.
        ("The ferry carried 350 passengers when it left the port at dawn.", ["contradicted"]),
    ],
)
def test_a_capacity_is_not_a_count(tmp_path, body, expected):
    claim = """    about: passengers on board the ferry when it sank
    cues: [passengers]
    value: 212
"""
    assert _verdicts_of_one_claim(tmp_path, claim, body) == expected


def test_a_claim_about_a_capacity_takes_the_capacity(tmp_path):
    claim = """    about: the ferry's passenger capacity
    cues: [passengers, capacity]
    value: 400
"""
    body = "The ferry, with capacity for 350 passengers, left the port at dawn."
    assert _verdicts_of_one_claim(tmp_path, claim, body) == ["contradicted"]


@pytest.mark.parametrize(
    ("about", "body", "expected"),
    [
        # A part of the match named before the figure: not the whole match's length.
        ("length of the final", "Okafor took the first set in 41 minutes, and the match lasted 3 hours.", []),
        ("length of the final", "The match lasted 151 minutes.", ["contradicted"]),
        # A claim about that part takes its figure.
        ("length of the first set", "Okafor took the first set in 41 minutes.", ["contradicted"]),
    ],
)
def test_a_part_of_the_event_is_not_the_whole(tmp_path, about, body, expected):
    claim = f"""    about: {about}
    cues: [minutes, lasted]
    value: 180
    unit: minutes
"""
    assert [v for v in _verdicts_of_one_claim(tmp_path, claim, body) if v != "unclear"] == expected


@pytest.mark.parametrize(
    ("about", "body", "expected"),
    [
        # A place's population is not the claim's count.
        ("votes won by Okafor", "Velmora, a country of about 9 million people, is among the poorest.", []),
        ("votes won by Okafor", "Okafor won about 9 million votes.", ["contradicted"]),
        # A claim about the population takes it.
        (
            "population of Velmora",
            "Velmora, a country of about 9 million people, is among the poorest.",
            ["contradicted"],
        ),
    ],
)
def test_a_places_population_is_not_a_count(tmp_path, about, body, expected):
    claim = f"""    about: {about}
    cues: [votes, million]
    value: 2100000
"""
    assert [v for v in _verdicts_of_one_claim(tmp_path, claim, body) if v != "unclear"] == expected


def test_a_figure_in_other_money_is_the_claims_number_only_at_the_claims_own_bound():
    debt = QuantityClaim(
        id="d", kind="quantity", about="the group's total liabilities", cues=("liabilities",), minimum=300e9, unit="USD"
    )
    # Any large figure is above a lower bound: other money above it is no number carried over.
    text = "The group reported liabilities of 2.39 trillion yuan, roughly $333 billion, as of June."
    assert Verdict.CONTRADICTED not in [v for v, _ in _one(debt, text)]
    # The bound's own digits in other money are.
    assert [v for v, _ in _one(debt, "The group reported liabilities of 300 billion euros.")] == [Verdict.CONTRADICTED]


_TAKEOVER = """\
version: 1
story: A board agrees to sell the company for about $30 billion
articles: ["articles/*.txt"]
claims:
  - id: deal-value
    kind: quantity
    about: total value of the takeover deal
    cues: [deal, valued, billion, takeover]
    value: 30000000000
    unit: USD
    tolerance: 5%
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money of one part of the paying (the financing, its equity, its debt) is not the deal's value.
        (
            "The board gave way after the buyer set out $32 billion in financing last week, including $14 billion"
            " of his own equity and $18 billion in debt and margin loans arranged by banks.",
            ["unclear", "unclear", "unclear"],
        ),
        ("About $14 billion in equity, with the rest from loans backed by his shares.", ["unclear"]),
        # The deal's value paid in cash is the deal's value.
        ("The board agreed the deal at $40 billion in cash.", ["contradicted"]),
    ],
)
def test_money_of_a_part_of_the_paying_is_not_the_deals_value(tmp_path, text, expected):
    assert [v for _, v, _ in reported(claims_from(tmp_path, _TAKEOVER), "Headline\n\n" + text + "\n")] == expected


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # A bound carries its one number into another unit as a plain figure does.
        (
            QuantityClaim(
                id="f", kind="quantity", about="the most a fine can be", cues=("fines",), value=2000, unit="EUR"
            ),
            "Offenders face fines of up to £2,000.",
        ),
        (
            QuantityClaim(id="m", kind="quantity", about="winning margin", cues=("margin",), value=9, unit="days"),
            "Her winning margin was more than nine hours.",
        ),
    ],
)
def test_a_bound_is_the_claims_number_in_another_unit(claim, text):
    ((verdict, confidence),) = _one(claim, text)
    assert verdict is Verdict.CONTRADICTED and confidence >= 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where a thing lies ties its figure: "lay", "located".
        ("The epicentre lay about 57 miles north-east of the town.", [Verdict.CONTRADICTED]),
        ("The epicentre was located 60 km north-east of the town.", [Verdict.CONTRADICTED]),
        ("The epicentre lay 57 km north-east of the town.", [Verdict.SUPPORTED]),
    ],
)
def test_a_verb_of_lying_ties_the_figure(text, expected):
    distance = QuantityClaim(
        id="d", kind="quantity", about="distance of the epicentre", cues=("epicentre",), value=57, unit="km"
    )
    assert [v for v, _ in _one(distance, text)] == expected


def test_an_age_in_months_given_in_years_is_the_claims_number_in_another_unit():
    start = QuantityClaim(id="a", kind="quantity", about="age at the first dose", cues=("age",), value=6, unit="months")
    assert [v for v, c in _one(start, "The first dose is given from the age of 6 years.") if c >= 0.5] == [
        Verdict.CONTRADICTED
    ]
    assert [v for v, _ in _one(start, "The first dose is given from the age of 6 months.")] == [Verdict.SUPPORTED]


_RUNOFF = """\
version: 1
story: A runoff
articles: ["articles/*.txt"]
entities:
  ruiz: {name: Ana Ruiz, aliases: [Ruiz]}
  vidal: {name: Luis Vidal, aliases: [Vidal]}
claims:
  - id: ruiz-share
    kind: quantity
    about: Ruiz's share of the runoff vote
    cues: [percent, "%", votes, share]
    value: 44.3
    unit: percent
    tolerance: 0.15
  - id: winner-share
    kind: quantity
    about: the winner's share of the runoff vote
    cues: [percent, "%", votes, share]
    value: 55.7
    unit: percent
    tolerance: 0.15
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The owner as the subject of a verb of winning, or with its party in brackets, owns the share.
        ("Vidal won the runoff with 55.7 percent. Ana Ruiz managed 45.3 percent.", [("ruiz-share", "contradicted")]),
        ("Final results: Luis Vidal (PP) 55.7%, Ana Ruiz (PSD) 45.3%.", [("ruiz-share", "contradicted")]),
        # A fronted part of the event sets the whole sentence: the first round's share is another.
        ("In the first round, held on 19 October, Ana Ruiz had won 38.9 percent.", []),
    ],
)
def test_a_share_is_owned_by_the_subject_of_a_verb_of_winning(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _RUNOFF), "Headline\n\n" + body + "\n")
    assert [(c, v) for c, v, _ in found if v == "contradicted"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The claim's bound with its scale word changed is no looser bound but the number misread.
        ("The group is drowning in debts of more than $300 million.", [Verdict.CONTRADICTED]),
        ("The group is drowning in debts of more than $300 billion.", [Verdict.IMPRECISE]),
        # Another bound below the claim's, not the claim's number at another scale: a looser bound.
        ("The group is drowning in debts of more than $250 billion.", [Verdict.IMPRECISE]),
    ],
)
def test_a_bound_at_another_scale_is_a_slip(text, expected):
    debt = QuantityClaim(id="d", kind="quantity", about="the group's debts", cues=("debts",), minimum=300e9, unit="USD")
    assert [v for v, _ in _one(debt, text)] == expected


_CRASH = """\
version: 1
story: An airliner crashed on 10 March 2019
articles: ["articles/*.txt"]
published: 2019-03-11
claims:
  - id: total-killed
    kind: quantity
    about: people killed in the crash
    cues: [killed, dead, killing]
    value: 157
  - id: crash-date
    kind: date
    cues: [crashed]
    value: 2019-03-10
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A day months before the article's, before the figure: another event's toll.
        ("A jet of the same model plunged into the sea on Oct. 29, killing 189 people.", ["unclear"]),
        # The story's own day, or a day after the figure, or the state since a day: the claim's figure.
        ("The jet crashed on March 10, killing 189 people.", ["contradicted"]),
        ("All 189 people aboard were killed, the ministry said on 31 January.", ["contradicted"]),
        ("Since October 29, 189 people have been killed in crashes of the model.", ["contradicted"]),
    ],
)
def test_a_figure_after_a_far_day_is_another_events(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _CRASH), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "total-killed"] == expected


def test_a_day_in_an_aside_does_not_date_the_figure(tmp_path):
    body = "The jet, delivered to the airline on November 15, crashed, killing 149 people."
    found = reported(claims_from(tmp_path, _CRASH), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "total-killed"] == ["contradicted"]


_COLD = """\
version: 1
story: A vaccine approved on 2 December 2020
articles: ["articles/*.txt"]
published: 2020-12-03
claims:
  - id: storage
    kind: quantity
    about: temperature the vaccine is stored at
    cues: [stored, storage, kept]
    value: -70
    unit: celsius
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Below zero, written every way: the claim's figure.
        ("It must be stored at minus 70 degrees Celsius.", []),
        ("It must be stored at -70C.", []),
        ("It must be stored at \u221270 \u00b0C.", []),
        ("It must be kept at 70 degrees below zero.", []),
        # Rounded, below zero as above it: compatible, less precise.
        ("It must be kept at around minus 70 degrees.", ["imprecise"]),
        ("It must be kept at nearly minus 70 degrees.", ["imprecise"]),
        ("It must be kept at about minus 90 degrees.", ["contradicted"]),
        # Another figure below zero, or the same digits above it: a conflict.
        ("It must be stored at minus 80 degrees Celsius.", ["contradicted"]),
        ("It must be stored at 70 degrees Celsius.", ["contradicted"]),
    ],
)
def test_a_figure_below_zero_keeps_its_sign(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _COLD), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "storage"] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("minus 70", -70, -70),
        ("-4.5", -4.5, -4.5),
        ("12 degrees below zero", -12, -12),
        # A margin, a score, a name's number: no sign.
        ("plus or minus 3", 3, 3),
        ("won 2-1", 1, 1),
    ],
)
def test_a_sign_is_read_only_where_it_is_one(text, low, high):
    ms = find_mentions(text)
    assert (ms[-1].low, ms[-1].high) == pytest.approx((low, high))


_RESCUE = """\
version: 1
story: A mine flooded on 3 May 2025
articles: ["articles/*.txt"]
published: 2025-05-05
claims:
  - id: rescued
    kind: quantity
    about: miners rescued alive
    cues: [rescued, survivors, brought out]
    value: 9
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The count of the people it names, beside its noun: those people, perhaps a part of the group.
        ("Two survivors, Tomas Ilie and Petru Sandu, went back underground on Friday.", ["unclear"]),
        ("Three rescued miners (Ana Ruiz, Li Wei and Tom Hale) spoke to reporters.", ["unclear"]),
        # Named after a verb, or with more names than the count, or none: the count itself.
        ("Two miners were rescued, Tomas Ilie and Petru Sandu, officials said.", ["contradicted"]),
        ("Two survivors, Tomas Ilie, Petru Sandu and Ion Rusu, went back.", ["contradicted"]),
        ("Seven survivors were brought out on Sunday.", ["contradicted"]),
    ],
)
def test_a_count_of_the_people_it_names_is_a_part(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _RESCUE), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "rescued"] == expected


_POLL = """\
version: 1
story: A presidential election declared on 4 June 2025
articles: ["articles/*.txt"]
published: 2025-06-05
entities:
  lima:
    name: Ana Lima
    aliases: [Lima]
  costa:
    name: Rui Costa
    aliases: [Costa]
claims:
  - id: lima-votes
    kind: quantity
    about: votes won by Ana Lima
    cues: [votes, won, polled]
    value: 4120000
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A relative clause's figure is the name its comma follows.
        ("Lima finished well ahead of Rui Costa of the Liberal Front, who won 3.2 million.", []),
        ("Lima beat Costa, who polled 3.2 million votes, by a wide margin.", []),
        # Her own relative clause, or no relative clause: her figure.
        ("The winner was Ana Lima of the Union Party, who won 3.2 million votes.", ["contradicted"]),
        ("Lima won 3.2 million votes, ahead of Costa.", ["contradicted"]),
    ],
)
def test_a_relative_clauses_figure_is_the_name_before_it(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _POLL), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "lima-votes"] == expected


_HAUL = """\
version: 1
story: A probe returned its sample on 24 September 2023
articles: ["articles/*.txt"]
published: 2023-09-25
claims:
  - id: sample
    kind: quantity
    about: mass of the sample brought back
    cues: [sample, grams, brought back, bring]
    value: 121
    unit: grams
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A requirement's, an objective's or an aim's figure is what was wanted, not what came.
        ("The mission's requirement was to bring back at least 60 grams of sample.", ["unclear"]),
        ("Its objective was to bring back 60 grams of sample.", ["unclear"]),
        ("The team aimed to bring back 60 grams of sample.", ["unclear"]),
        # What came is the claim's.
        ("The capsule brought back 60 grams of sample.", ["contradicted"]),
    ],
)
def test_a_requirements_figure_is_what_was_wanted(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _HAUL), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "sample"] == expected


# A toll of 23, for the tests of what ties a figure to it and what makes it another group.
_TOLL_23 = """\
version: 1
story: A crash on 2 July 2024
articles: ["articles/*.txt"]
claims:
  - id: toll
    kind: quantity
    about: people killed in the crash
    cues: [killed, dead, deaths]
    value: 23
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "crushed to death": the manner of dying and "to death" tie the figure as "died" does.
        ("In all, 31 people were crushed to death in the crowd.", ["contradicted"]),
        ("At least 40 people were burnt to death.", ["contradicted"]),
        ("Exactly 23 people were burnt to death.", []),
        # No "to death": the participle alone is no cue.
        ("Some 31 people were crushed in the crowd, but survived.", []),
    ],
)
def test_a_manner_of_dying_then_to_death_is_the_deaths_cue(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _TOLL_23), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "toll"] == expected


def test_a_figure_counting_the_claims_own_unit_is_the_claims_even_an_unknown_unit():
    # "megajoules" is no unit our patterns know; as the claim's own unit it is what the figure counts.
    energy = QuantityClaim(
        id="e",
        kind="quantity",
        about="laser energy fired at the target",
        cues=("laser energy", "fired"),
        value=2.05,
        unit="megajoules",
    )
    assert _conflict_confidence(energy, "Using less than 2 megajoules of laser energy, it worked.") >= 0.5


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The claim's digits on the other scale: the unit changed.
        ("It must be stored at minus 70 degrees Fahrenheit.", ["contradicted"]),
        # The same cold on the other scale (-94 F is -70 C): compatible, less precise.
        ("It must be stored at minus 94 degrees Fahrenheit.", ["imprecise"]),
        # Another cold on the other scale: a conflict.
        ("It must be stored at minus 58 degrees Fahrenheit.", ["contradicted"]),
    ],
)
def test_a_temperature_on_the_other_scale_is_converted_or_a_changed_unit(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _COLD), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "storage"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The figure's own verb tells another outcome than the claim's: another group.
        ("Four crew members survived.", []),
        ("In all, 40 crew were rescued from the river.", []),
        # The claim's own outcome: its figure.
        ("Officials said 40 people were killed in the flood.", ["contradicted"]),
    ],
)
def test_a_figure_whose_verb_tells_another_outcome_is_another_group(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        """\
version: 1
story: A flood on 2 July 2024
articles: ["articles/*.txt"]
claims:
  - id: toll
    kind: quantity
    about: people killed in the flood
    cues: [killed, died, dead, crew]
    value: 19
""",
    )
    found = reported(claims, "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "toll" and v == "contradicted"] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # The eighteenth session's review: a hyphen after a mark is no minus sign.
        ("a margin of error of +/-3 percentage points", 3, 3),
        ("temperatures of 20°-30°C", 20, 30),
    ],
)
def test_review_a_hyphen_after_a_mark_is_no_sign(text, low, high):
    ms = find_mentions(text)
    assert (min(m.low for m in ms), max(m.high for m in ms)) == pytest.approx((low, high))


def test_review_a_range_of_percentages_stays_a_range():
    (m,) = find_mentions("forecast growth of 3%-4% next year")
    assert (m.low, m.high) == pytest.approx((3, 4))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A sentence to death is no death; a toll named after its verb stays the toll.
        ("Three men were sentenced to death over the attack.", []),
        ("The crash killed three people, Ana Ruiz, Li Wei and Tom Hale.", ["contradicted"]),
        # An aim across "and" is no aim of the figure's.
        ("The rescue beat its objective and brought out 40 people alive, but 31 people were killed.", ["contradicted"]),
    ],
)
def test_review_counter_examples_of_the_eighteenth_session(tmp_path, body, expected):
    found = reported(claims_from(tmp_path, _TOLL_23), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "toll" and v == "contradicted"] == expected


def test_review_a_relative_clause_after_a_name_of_a_party_is_the_persons(tmp_path):
    text = _POLL.replace("claims:", "  party:\n    name: Union Party\nclaims:")
    found = reported(
        claims_from(tmp_path, text),
        "Headline\n\nAna Lima of the Union Party, who won 3.2 million votes, was sworn in.\n",
    )
    assert [v for c, v, _ in found if c == "lima-votes"] == ["contradicted"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "by" after a passive participle names who did it: the count of the claim's own noun.
        (
            "The search was assisted by more than 45 volunteers from nearby towns.",
            [("v", "contradicted", "more than 45")],
        ),
        ("The search team was formed by around a hundred volunteers.", [("v", "contradicted", "around a hundred")]),
        ("The search was assisted by 41 volunteers from nearby towns.", []),
        # A participle of a change keeps "by" a change; so does another noun after the figure.
        ("The pool of volunteers was boosted by 45 volunteers on Monday.", []),
        ("Volunteers searching the hills were joined by 45 soldiers.", []),
    ],
)
def test_by_after_a_passive_participle_names_the_doers_not_a_change(
    tmp_path: Path, body: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: v
    kind: quantity
    about: volunteers who took part in the search
    cues: [volunteers]
    value: 41
""",
    )
    assert [
        r for r in reported(claims, "Headline\n\n" + body + "\n") if r[1] in ("contradicted", "supported")
    ] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A speed is a rate by its unit: "per hour" after the figure is the claim's kind of figure.
        ("Trains on the bend are limited to 60 miles per hour.", [("limit", "contradicted", "60")]),
        ("Trains on the bend are limited to 60 km/h.", []),
    ],
)
def test_a_speed_claim_is_a_rate_by_its_unit(tmp_path: Path, body: str, expected: list[tuple[str, str, str]]) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: limit
    kind: quantity
    about: speed limit on the bend
    cues: [limit, limited]
    value: 60
    unit: km/h
""",
    )
    assert contradictions(claims, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A condition after another figure is that figure's: the toll stays the toll.
        (
            "The blast killed more than 30 people and left dozens more fighting for their lives.",
            [("death-toll", "contradicted", "more than 30")],
        ),
        ("The blast killed 31 people and left 12 in a critical condition.", [("death-toll", "contradicted", "31")]),
        # With no other figure between, the figure is of the group in that condition.
        ("The blast left 30 people fighting for their lives.", []),
    ],
)
def test_a_condition_after_another_figure_is_that_figures(
    tmp_path: Path, body: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: death-toll
    kind: quantity
    about: people killed in the blast
    cues: [killed, dead, died]
    value: 23
""",
    )
    assert contradictions(claims, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The nineteenth session's review: a correction is a change ("underestimated by 40 deaths"),
        (
            "The first toll from the quake was underestimated by 40 deaths, officials said.",
            [],
        ),
        ("On Friday the quake's toll was revised by 40 deaths, officials said.", []),
        # and an age, a time or a group's size before a condition is no figure of another clause.
        ("Four injured people aged 20 to 30 are in a critical condition.", []),
        ("Four injured tourists from a group of 40 are in a critical condition.", []),
    ],
)
def test_review_counter_examples_of_the_nineteenth_session(
    tmp_path: Path, body: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: toll
    kind: quantity
    about: people killed in the quake
    cues: [killed, dead, deaths]
    value: 145
"""
        if "toll" in body
        else """version: 1
claims:
  - id: injured
    kind: quantity
    about: people injured in the bus crash
    cues: [injured, hurt, wounded]
    value: 12
""",
    )
    assert contradictions(claims, body) == expected


def test_how_much_a_level_was_lost_or_gained_is_not_the_level(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: altitude, kind: quantity, about: height the balloon was flying at, cues: [altitude, flying at],"
        " value: 12000, unit: feet}\n",
    )
    assert contradictions(claims, "The balloon kept losing about 3,000 feet of altitude over the lake.") == []
    assert contradictions(claims, "The balloon gained 500 feet of altitude after the ballast went.") == []
    # The level itself, however worded, is still judged.
    assert [c for c, _, _ in contradictions(claims, "The balloon was flying at an altitude of 3,000 feet.")] == [
        "altitude"
    ]
    # A claim of the change itself takes the figure.
    lost = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: loss, kind: quantity, about: altitude the balloon lost, cues: [altitude, losing], value: 2000,"
        " unit: feet}\n",
    )
    assert [c for c, _, _ in contradictions(lost, "The balloon kept losing about 3,000 feet of altitude.")] == ["loss"]


def test_a_measure_after_lost_or_gaining_that_describes_something_is_the_level(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: wind, kind: quantity, about: top wind speed of the storm, cues: [winds], value: 120, unit: mph}\n",
    )
    assert [c for c, _, _ in contradictions(claims, "The storm, gaining 90 mph winds overnight, hit the coast.")] == [
        "wind"
    ]


def test_a_scaled_figure_with_the_claims_digits_in_another_order_is_a_slip(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: collateral, kind: quantity, about: cash collateral unlocked, cues: [collateral], value: 145000000,"
        " unit: USD}\n",
    )
    assert [(c, f) for c, _, f in contradictions(claims, "The filing unlocks about $154 million in collateral.")] == [
        ("collateral", "about $154 million")
    ]
    # A hedged figure that rounds the claim's is no slip.
    assert contradictions(claims, "The filing unlocks about $150 million in collateral.") == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("put the terms at $700 million over 10 years", False),
        ("a deal worth $426.5 million over 12 years", False),
        ("payments spread over 12 months", False),
        ("He has worked there for over 10 years", True),
        ("It happened over 10 years ago", True),
    ],
)
def test_over_a_span_after_a_sum_is_across_it_not_more_than(text, bound):
    (span,) = [m for m in find_mentions(text) if (m.currency or "").startswith("time:")]
    assert span.low_open is bound


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Gunmen slaughtered 25 people before dawn.", [("killed", "25")]),
        ("In all, 23 people perished when the dam gave way.", []),
        ("There were 31 fatalities in all.", [("killed", "31")]),
    ],
)
def test_a_word_of_the_cues_family_ties_a_figure(tmp_path, body, expected):
    # The claim says "killed"; an article says "slaughtered", "perished" or "fatalities".
    claim = "  - {id: killed, kind: quantity, about: people killed, cues: [killed], value: 23}\n"
    claims = claims_from(tmp_path, "version: 1\nclaims:\n" + claim)
    assert [(c, found) for c, _, found in contradictions(claims, body)] == expected


def test_a_family_word_ties_and_a_word_of_no_family_of_the_cues_does_not():
    cost = QuantityMatcher.compile(
        QuantityClaim("cost", "quantity", about="cost of the new bridge", cues=("cost",), value=2_000_000, unit="EUR")
    )
    assert verdicts(cost, "The price tag reached EUR3m.") == [("EUR3m", Verdict.CONTRADICTED)]
    # "bill" is a law as often as a sum: it is no word of the family of "cost".
    assert verdicts(cost, "The bill passed with EUR3m in amendments.") == []


AIRLINE = "airline employees who will lose their jobs"


@pytest.mark.parametrize(
    ("about", "body", "expected"),
    [
        # A proper adjective the claim does not give: a part of the claim's group.
        (AIRLINE, "About 300 Danish employees will lose their jobs.", []),
        (AIRLINE, "About 300 employees will lose their jobs.", ["About 300"]),
        (AIRLINE, "About 300 airline employees will lose their jobs.", ["About 300"]),
        # The claim's own adjective, or the company's name it gives, is its group.
        ("Danish " + AIRLINE, "About 300 Danish employees will lose their jobs.", ["About 300"]),
        ("Vestair " + AIRLINE, "About 300 Vestair employees will lose their jobs.", ["About 300"]),
    ],
)
def test_a_proper_adjective_the_claim_lacks_names_a_part_of_its_group(tmp_path, about, body, expected):
    claim = f"  - {{id: job-cuts, kind: quantity, about: {about}, cues: [employees, jobs], value: 1200}}\n"
    claims = claims_from(tmp_path, "version: 1\nclaims:\n" + claim)
    assert [found for _, _, found in contradictions(claims, body)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Her lawyers asked that she be given 18 months in prison.",
        "The defence requested 18 months in prison.",
        "Prosecutors are asking for 18 months in prison.",
    ],
)
def test_a_term_someone_asked_for_is_not_the_sentence_handed_down(sentence):
    term = QuantityClaim(id="t", kind="quantity", about="prison sentence", cues=("prison",), value=135, unit="months")
    assert _conflict_confidence(term, sentence) < 0.5
    assert _conflict_confidence(term, "She was sent to prison for 18 months.") >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "An official who requested anonymity said 31 people were killed.",
        "A police officer, who asked that his name not be used, said 31 people were killed.",
        "According to a witness who asked for anonymity, 31 people were killed.",
    ],
)
def test_what_a_source_asked_for_is_not_the_figure_it_gives(sentence):
    toll = QuantityClaim(id="t", kind="quantity", about="people killed", cues=("killed",), value=23)
    assert _conflict_confidence(toll, sentence) >= 0.5


def test_a_span_after_within_or_in_is_when_not_how_often():
    raise_ = QuantityClaim(
        id="r", kind="quantity", about="capital increase", cues=("capital increase",), value=7e9, unit="EUR"
    )
    # "within a month" says by when; "a month" alone says how often.
    assert _conflict_confidence(raise_, "It will launch a capital increase of 7 million euros within a month.") >= 0.5
    assert _conflict_confidence(raise_, "It will launch a capital increase of 7 million euros in a week.") >= 0.5
    assert _conflict_confidence(raise_, "It raises a capital increase of 7 million euros a month.") < 0.5


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An age in words is an age, as one in digits is.
        ("The survivor is the six-year-old Ana Ruiz.", ["six"]),
        ("The survivor is the 6-year-old Ana Ruiz.", ["6"]),
        # The age someone was when something began is not the age the claim gives.
        ("Ana Ruiz started to ride as a nine-year-old.", []),
        ("Ana Ruiz started to ride as a 9-year-old.", []),
    ],
)
def test_an_age_in_words_is_an_age_and_an_age_then_is_not_the_claims(tmp_path, body, expected):
    claims = claims_from(
        tmp_path,
        "version: 1\nentities:\n  ruiz: {name: Ana Ruiz, aliases: [Ruiz]}\nclaims:\n"
        "  - {id: age, kind: quantity, about: age of Ana Ruiz, cues: [year-old, aged], value: 5, unit: years}\n",
    )
    assert [found for _, _, found in contradictions(claims, body)] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A number in a name ("Line 5", "Terminal 2", "Shaft 11") is a label, not a count.
        ("Twelve died on Line 5 of the metro.", [12.0]),
        ("Flights left Terminal 2 late.", []),
        ("Rescuers went down Shaft 11 on Monday.", []),
        # A numbered game, chapter, flight or article of a law: its name, not a count of anything.
        ("The hosts won Game 6 of the final on penalties.", []),
        ("The fraud is set out in Chapter 9 of the report.", []),
        ("Relatives of those on Flight 412 gathered at the airport.", []),
        ("The ban breached Article 21 of the charter.", []),
        # A grade the claim may give stays a figure; and a lower-case "line" is no name.
        ("It was a Category 5 hurricane.", [5.0]),
        ("Police held a line 5 metres from the gate.", [5.0]),
    ],
)
def test_a_number_in_the_name_of_a_numbered_thing_is_a_label(text, values):
    assert [m.low for m in find_mentions(text)] == values


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # "another", "a further", "an additional" before a figure: an increment or another group,
        # as "five more" after it, not the claim's whole.
        ("Another five died in hospital on Monday.", Verdict.UNCLEAR),
        ("After another five died in a fire at another mine in August, the minister spoke.", Verdict.UNCLEAR),
        ("A further 12 people were killed on Sunday.", Verdict.UNCLEAR),
        ("An additional four people died overnight.", Verdict.UNCLEAR),
        # Without the marker the figure is the toll.
        ("Five people died in the flood.", Verdict.CONTRADICTED),
        ("The flood killed 22 people, and another died in hospital.", Verdict.CONTRADICTED),
    ],
)
def test_another_or_a_further_before_a_figure_is_an_increment(sentence, verdict):
    ((found, confidence),) = [(f.verdict, f.confidence) for f in TOLL.check(doc("Headline\n\n" + sentence + "\n"))]
    assert found is Verdict.CONTRADICTED
    assert (Verdict.CONTRADICTED if confidence >= CONFIDENCE_THRESHOLD else Verdict.UNCLEAR) is verdict


def test_another_before_money_or_before_a_parts_source_is_still_the_figure():
    points = QuantityClaim(
        "televote", "quantity", about="points from the public televote", cues=("public", "televote"), value=178
    )
    body = "She collected 436 points: 258 from the juries and another 78 from the public."
    ((verdict, confidence),) = _one(points, "Headline\n\n" + body + "\n")
    assert verdict is Verdict.CONTRADICTED and confidence >= CONFIDENCE_THRESHOLD
    addons = QuantityClaim(
        "add-ons", "quantity", about="add-ons in the transfer fee", cues=("add-ons",), value=8_000_000, unit="EUR"
    )
    body = "The club could bank another EUR 6m if add-ons are triggered."
    ((verdict, confidence),) = _one(addons, "Headline\n\n" + body + "\n")
    assert verdict is Verdict.CONTRADICTED and confidence >= CONFIDENCE_THRESHOLD


def test_a_figure_whose_clause_names_another_country_first_is_that_countrys():
    deaths = QuantityClaim(
        "d", "quantity", about="deaths in Grenada confirmed by the prime minister", cues=("deaths", "dead"), value=3
    )
    # Another country before the figure, the claim's nowhere in the sentence: that country's figure.
    assert _one(deaths, "Headline\n\n18:30 - Venezuela reports two deaths in Sucre state.\n") == []
    assert _one(deaths, "Headline\n\nJamaica and Haiti reported two deaths each.\n") == []
    # The claim's country in the sentence, or no country at all, leaves the figure the claim's.
    assert [v for v, _ in _one(deaths, "Headline\n\nVenezuela said two deaths were confirmed in Grenada.\n")] == [
        Verdict.CONTRADICTED
    ]
    assert [v for v, _ in _one(deaths, "Headline\n\nOfficials reported two deaths on Carriacou.\n")] == [
        Verdict.CONTRADICTED
    ]
    # A country naming the source, or the claim's own place named by an entity, leaves it the claim's.
    for sentence in ("France 24 reported two deaths.", "US broadcaster CNN reported two deaths."):
        assert [v for v, _ in _one(deaths, "Headline\n\n" + sentence + "\n")] == [Verdict.CONTRADICTED], sentence
    # A person named like a country is no country ("Jordan Smith").
    assert [v for v, _ in _one(deaths, "Headline\n\nJordan Smith reported two deaths.\n")] == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # A count gathered over years is not the event's.
        ("Local media say more than 100 people have died in floods in the region over the past 15 years.", "unclear"),
        ("More than 100 people have died in floods in the region in recent years.", "unclear"),
        ("Over the past decade, more than 100 people were killed by floods in the region.", "unclear"),
        ("Since 2006, more than 100 people have died in floods in the region.", "unclear"),
        # "since" a year or "in recent years" to mark a record, or the event's own count, stays the
        # claim's figure.
        ("The flood killed 25 people, the worst toll since 2006.", "contradicted"),
        ("The flood killed 25 people in the region's worst disaster since 2006.", "contradicted"),
        ("The flood killed 25 people in the deadliest flooding in recent years.", "contradicted"),
        ("The flood killed 25 people over the weekend.", "contradicted"),
    ],
)
def test_a_count_over_years_is_not_the_events(sentence, verdict):
    ((found, confidence),) = [(f.verdict, f.confidence) for f in TOLL.check(doc("Headline\n\n" + sentence + "\n"))]
    assert found is Verdict.CONTRADICTED
    assert ("contradicted" if confidence >= CONFIDENCE_THRESHOLD else "unclear") == verdict


def test_a_claim_over_years_takes_a_count_over_years():
    decade = QuantityClaim(
        "d", "quantity", about="people killed by floods in the region over the past decade", cues=("killed",), value=90
    )
    body = "Headline\n\nOver the past decade, more than 100 people were killed by floods in the region.\n"
    ((verdict, confidence),) = _one(decade, body)
    assert verdict is Verdict.CONTRADICTED and confidence >= CONFIDENCE_THRESHOLD


def _dated_verdicts(claims_yaml: str, tmp_path: Path, sentence: str) -> list[str]:
    claims = claims_from(tmp_path, claims_yaml)
    return [v for c, v, _ in reported(claims, "Headline\n\n" + sentence + "\n") if c == "toll"]


_MINE_STORY = """version: 1
story: Fire at a coal mine
published: "2023-10-30"
claims:
  - id: toll
    kind: quantity
    about: miners killed in the mine fire
    cues: [died, killed]
    value: 46
  - id: fire-date
    kind: date
    cues: [fire]
    value: 2023-10-28
"""


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        # A month long before the story's dates, or an earlier year, in the figure's clause: another event.
        ("Five miners died in a fire at another of its mines in August.", ["unclear"]),
        ("In August, five miners died in a fire at another of its mines.", ["unclear"]),
        ("In the disaster of 2019, five miners died.", ["unclear"]),
        # The story's own month, or no time, leaves the figure the claim's; so does a month to come.
        ("Five miners died in the fire in October.", ["contradicted"]),
        ("Memorial services for the 45 miners killed in the fire will be held in November.", ["contradicted"]),
        ("An inquiry into how 45 miners died will report in December.", ["contradicted"]),
        ("Five miners died in the fire.", ["contradicted"]),
    ],
)
def test_a_figure_in_a_clause_of_a_time_long_before_the_story_is_another_events(tmp_path, sentence, verdicts):
    assert _dated_verdicts(_MINE_STORY, tmp_path, sentence) == verdicts


def test_a_month_between_the_storys_dates_is_the_storys_own(tmp_path):
    # A crash in April 2018, a sentencing in March 2019: "in January" is the plea's month, the story's.
    story = """version: 1
story: Sentencing for a bus crash
published: "2019-03-22"
claims:
  - id: toll
    kind: quantity
    about: counts of dangerous driving he pleaded guilty to
    cues: [counts]
    value: 29
  - id: crash-date
    kind: date
    cues: [crash]
    value: 2018-04-06
  - id: sentence-date
    kind: date
    cues: [sentenced]
    value: 2019-03-22
"""
    assert _dated_verdicts(story, tmp_path, "He pleaded guilty in January to more than 30 counts.") == ["contradicted"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # A share given while the count runs is a partial count, not the result.
        ("With 412 of 600 precincts reporting, Torres had 35.8% of the vote.", "unclear"),
        ("With about 60 percent of ballots counted, Torres had 35.8% of the vote.", "unclear"),
        ("With 99% of tally sheets processed, Torres had 35.8% of the vote.", "unclear"),
        # Without it, or with the whole count in, the share is the result.
        ("Torres won 35.8% of the vote.", "contradicted"),
        ("With 100 percent of ballots counted, Torres had 35.8% of the vote.", "contradicted"),
        ("With 35.8% of the vote, Torres came second.", "contradicted"),
    ],
)
def test_a_share_given_while_the_count_runs_is_partial(sentence, verdict):
    share = QuantityClaim(
        "s",
        "quantity",
        about="Torres's share of the votes cast in the runoff",
        cues=("of the vote",),
        value=37,
        unit="percent",
    )
    ((found, confidence),) = _one(share, "Headline\n\n" + sentence + "\n")
    assert found is Verdict.CONTRADICTED
    assert ("contradicted" if confidence >= CONFIDENCE_THRESHOLD else "unclear") == verdict


def test_the_time_a_when_clause_hangs_on_is_the_figures(tmp_path):
    # "in August, when five died": the "when" clause's figure is of August's event.
    sentence = (
        "The company's record was poor long before: in August, when five miners died at another pit, it paid a fine."
    )
    assert _dated_verdicts(_MINE_STORY, tmp_path, sentence) == ["unclear"]
    assert _dated_verdicts(_MINE_STORY, tmp_path, "On Saturday, when five miners died, the alarm failed.") == [
        "contradicted"
    ]


def test_another_proper_word_for_a_group_the_claim_names_by_one_is_another_group():
    kenyans = QuantityClaim(
        "k", "quantity", about="Kenyan nationals among the dead", cues=("Kenyans", "nationals", "citizens"), value=32
    )
    body = "Headline\n\nAmong the victims there are also eight Italian citizens, the ministry confirmed.\n"
    ((verdict, confidence),) = _one(kenyans, body)
    assert verdict is Verdict.CONTRADICTED and confidence < CONFIDENCE_THRESHOLD
    # The claim's own group, however written, stays its figure.
    for sentence in ("Among the victims were 30 Kenyan citizens.", "Among the victims were 30 citizens of Kenya."):
        ((verdict, confidence),) = _one(kenyans, "Headline\n\n" + sentence + "\n")
        assert verdict is Verdict.CONTRADICTED and confidence >= CONFIDENCE_THRESHOLD, sentence


def test_the_share_of_a_count_so_far_is_no_result():
    share = QuantityClaim(
        "s",
        "quantity",
        about="Arevalo's share of the votes cast",
        cues=("percent", "%", "votes"),
        value=58,
        unit="percent",
    )
    body = "Headline\n\nWith 99.9 percent of the votes counted, Arevalo took 57.2% of the vote.\n"
    found = {f.found: f.confidence for f in QuantityMatcher.compile(share).check(doc(body))}
    assert found["99.9 percent"] < CONFIDENCE_THRESHOLD


@pytest.mark.parametrize(
    ("claim", "body", "contradicted"),
    [
        # A source's own estimate, named by its possessive, against the claim's source's figure.
        ("crowd", "The march filled the square; the organisers' own estimate was around 15,000.", False),
        ("crowd", "The police estimate of the march was 15,000.", True),
        # What a vessel can reach, not what it did.
        ("speed", "The ferry, which has a top speed of 38 knots, struck the pier.", False),
        ("speed", "The ferry was doing 38 knots when it struck the pier.", True),
        # What is left of a count later, not the count; a lasting state's count is the count itself.
        ("evacuated", "By Sunday about 2,100 residents were still evacuated from the valley.", False),
        ("evacuated", "About 2,100 residents were evacuated from the valley.", True),
        ("missing", "Eleven fishermen are still missing off the cape.", True),
    ],
)
def test_another_source_a_top_speed_and_a_later_remainder_are_not_the_claims(
    tmp_path: Path, claim: str, body: str, contradicted: bool
) -> None:
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: crowd, kind: quantity, about: police estimate of the march through the old town,"
        " cues: [march, marchers, estimate, police], value: 9000}\n"
        "  - {id: speed, kind: quantity, about: speed of the ferry when it struck the pier,"
        " cues: [knots, speed, doing], value: 24, unit: knots}\n"
        "  - {id: evacuated, kind: quantity, about: residents evacuated from the valley at the height of the flood,"
        " cues: [evacuated, evacuees], value: 5200}\n"
        "  - {id: missing, kind: quantity, about: fishermen missing after the storm, cues: [missing], value: 7}\n",
    )
    found = [c for c, _, _ in contradictions(claims, body) if c == claim]
    assert bool(found) is contradicted


@pytest.mark.parametrize(
    ("body", "contradicted"),
    [
        # The stretch of time a comparison looks over is no term of the claim's.
        ("Critics called it the harshest ruling of the past 12 years.", False),
        ("The court jailed the mayor for 12 years.", True),
        # A count of an earlier moment, told as such.
        ("At that point the hospital's count stood at 19 dead.", False),
        ("By then officials had counted 19 dead.", False),
        # "At the time of" the event is the event's own time.
        ("At the time of the collapse, 19 people died.", True),
    ],
)
def test_a_window_of_years_and_an_earlier_moments_count_are_not_the_claims(
    tmp_path: Path, body: str, contradicted: bool
) -> None:
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: term, kind: quantity, about: prison term imposed on the mayor, cues: [years, jailed, ruling],"
        " value: 4, unit: years}\n"
        "  - {id: dead, kind: quantity, about: people killed in the collapse, cues: [dead, died, killed], value: 31}\n",
    )
    assert bool(contradictions(claims, body)) is contradicted


@pytest.mark.parametrize(
    ("body", "contradicted"),
    [
        # "wiped out" is a verb of the killed.
        ("The poisoned batch wiped out more than 40 people.", True),
        ("The poisoned batch wiped out 31 people.", False),
        # A count someone had put earlier, with an adverb between.
        ("Local officials had put the number of dead at 29.", False),
        ("Local officials had briefly put the number of dead at 29.", False),
    ],
)
def test_wiped_out_is_a_verb_of_the_killed_and_an_earlier_count_is_not_the_claims(
    tmp_path: Path, body: str, contradicted: bool
) -> None:
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: dead, kind: quantity, about: people killed by the poisoned liquor, cues: [killed, dead, died],"
        " value: 31}\n",
    )
    assert bool(contradictions(claims, body)) is contradicted
