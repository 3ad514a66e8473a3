"""Key terms of statements: times of day as spans of hours, race times, and loosely worded sentences.

The sentences are our own. What is tested is the class: a time that can be the claim's is never a
conflict, one that cannot be is; a race time is compared exactly however it is written; a term that
is another claim's belongs to that claim; a sentence that words the statement its own way is judged
only on the one time, race time, ordinal or "since" year it gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import keyterms, lexicon
from factcheck.model import ClaimsFile

from .conftest import claims_from, reported


def never_same(a: str, b: str) -> bool:
    return False


def swapped(claim: str, sentence: str, **kw: object) -> list[str]:
    return [s.found for s in keyterms.swaps(keyterms.terms(claim), sentence, never_same, **kw)]  # type: ignore[arg-type]


def test_a_time_that_can_be_the_claims_is_no_swap_and_one_that_cannot_is() -> None:
    claim = "The fire broke out at about 3:40 a.m. on the sixth floor"
    assert swapped(claim, "It broke out shortly before 4am.") == []
    assert swapped(claim, "It broke out in the early hours.") == []
    assert swapped(claim, "It broke out overnight.") == []
    assert swapped(claim, "It broke out at around 1am.") == ["1am"]
    assert swapped(claim, "It broke out on Sunday afternoon.") == ["afternoon"]
    # 13:40 is afternoon as people say it, and lunchtime too: neighbours never conflict.
    assert swapped("The dam failed in the afternoon", "The dam failed at 13:40.") == []
    assert swapped("The dam failed at lunchtime", "The dam failed in the early afternoon.") == []


def test_spoken_hours_and_time_zones_are_read_as_times() -> None:
    claim = "The dike gave way at about 2 a.m., in the early hours before dawn"
    assert swapped(claim, "The dike gave way at around two in the morning.") == []
    assert swapped(claim, "The dike gave way at 2 o'clock in the afternoon.") == ["2 o'clock in the afternoon"]
    # The claim's own "dawn" is not a conflict with its "2 a.m.".
    assert swapped(claim, "The dike gave way before dawn.") == []
    terms = keyterms.terms("The probe passed closest at 14:52 GMT on Tuesday")
    assert [(t.sort, t.text) for t in terms if t.sort not in keyterms.DAY_SORTS] == [("time", "14:52 GMT")]


def test_a_bare_twenty_four_hour_time_needs_a_word_of_time_before_it() -> None:
    assert [t.sort for t in keyterms.terms("She reached 5 km in 15:12 for the lead group")] == ["number"]
    assert [t.value for t in keyterms.terms("The alarm was raised at 15:12")] == ["15:12"]
    # A live blog's timestamp opening the sentence is the blog's, not the event's.
    assert keyterms.terms("15:12 The alarm was raised") == []


def test_race_times_are_durations_compared_exactly_however_written() -> None:
    claim = "Okafor won the race in a course record of 2:09:31"
    assert swapped(claim, "Okafor won in 2 hours 9 minutes 31 seconds.") == []
    assert swapped(claim, "Okafor won in 2h 09min 31s.") == []
    assert swapped(claim, "Okafor won in 2:09:13.") == ["2:09:13"]
    assert "1:04:00" in [t.value for t in keyterms.terms("in 1h 4m")]


def test_a_term_that_is_another_claims_is_no_swap() -> None:
    men = keyterms.terms("Okafor won the men's race in 2:07:48")
    women = keyterms.terms("Lindahl won the women's race in 2:24:05")
    sentence = "Lindahl took the women's title in 2:24:05."
    assert keyterms.swaps(men, sentence, never_same) != []
    assert keyterms.swaps(men, sentence, never_same, taken=tuple(women)) == []
    # A clock time of a sibling claim ("under control at 9 a.m.") is that claim's.
    start = keyterms.terms("The fire started at about 3:40 a.m.")
    control = keyterms.terms("The fire was under control at 9 a.m.")
    assert keyterms.swaps(start, "The fire, under control by 9 a.m., had started at 1am.", never_same) != []
    only_control = "The fire was brought under control at 9 a.m."
    assert keyterms.swaps(start, only_control, never_same, taken=tuple(control)) == []


def test_loosely_worded_sentences_compare_only_pinned_terms_and_only_one_of_a_sort() -> None:
    claim = "Kessler became the fourth woman to lead the party, in Bremen, since 2011"
    assert swapped(claim, "She is the third woman to do so.", bound_only=True) == ["third woman"]
    assert swapped(claim, "She spoke in Hamburg.", bound_only=True) == []  # a place is not pinned down
    assert swapped(claim, "Unemployment has risen since 2015.", bound_only=True) == ["2015"]
    assert swapped(claim, "Unemployment rose in 2015.", bound_only=True) == []  # "in" does not pin a year
    race = "Okafor won the race in 2:09:31"
    several = "The pacers went through halfway in 1:04:40; Mensah was second in 2:12:48."
    assert swapped(race, several) != []
    assert swapped(race, several, bound_only=True) == []


@given(st.integers(0, 23), st.integers(0, 59), st.integers(-600, 600))
def test_any_clock_time_further_than_the_slack_is_a_swap(hour: int, minute: int, shift: int) -> None:
    claimed = hour * 60 + minute
    other = (claimed + shift) % (24 * 60)
    claim = f"The blast happened at {hour:02d}:{minute:02d}"
    sentence = f"The blast happened at {other // 60:02d}:{other % 60:02d}."
    apart = min(abs(shift) % 1440, 1440 - abs(shift) % 1440)
    # Two times to the minute, neither a multiple of five, have no rounding's slack between them.
    precise = claimed % 5 != 0 and other % 5 != 0
    slack = lexicon.PRECISE_CLOCK_MINUTES if precise else 30
    expected = [] if apart <= slack else [f"{other // 60:02d}:{other % 60:02d}"]
    assert swapped(claim, sentence) == expected


def test_a_reworded_sentence_with_another_time_contradicts_the_statement(tmp_path: Path) -> None:
    claims = claims_from(
        tmp_path,
        "version: 1\n"
        "entities:\n  okafor: {name: Chidi Okafor}\n  rana: {name: Rana Haddad}\n"
        "claims:\n"
        "  - {id: start, kind: statement, text: The fire broke out at about 3:40 a.m. in a flat on the sixth floor}\n"
        "  - {id: win, kind: statement, text: Chidi Okafor won the city marathon in 2:09:31}\n",
    )

    def found(text: str) -> list[tuple[str, str, str]]:
        return reported(claims, text)

    assert found("The blaze broke out around 1am, residents said.") == [("start", "contradicted", "1am")]
    assert found("The blaze broke out just before 4 a.m., residents said.") == []
    assert found("Okafor won it in 2:09:13, his best ever.") == [("win", "contradicted", "2:09:13")]
    # Someone else's time, in a sentence naming someone else: not the claim's subject.
    assert found("In the women's race, Rana Haddad won in 2:24:05.") == []


def test_a_relative_clause_aside_tells_of_other_doings():
    claim = keyterms.terms("Gelashvili was arrested in Marbella in March 2025")
    aside = "Gelashvili, who has lived in Spain since 2019, was arrested in March."
    assert keyterms.swaps(claim, aside, never_same) == []
    assert [s.found for s in keyterms.swaps(claim, "Gelashvili was arrested in March 2019.", never_same)] == ["2019"]


def test_a_modifier_of_the_part_of_the_day_belongs_to_the_time_and_a_list_of_places_to_the_slot():
    terms = keyterms.terms("The crane collapsed in the early afternoon")
    assert [(t.sort, t.text) for t in terms] == [("time", "early afternoon")]
    sites = keyterms.terms("The trial ran at sites in Mali and Burkina Faso")
    sentence = "The trial ran at sites in southern Mali and in Nanoro, Burkina Faso."
    assert keyterms.swaps(sites, sentence, never_same) == []
    assert [s.found for s in keyterms.swaps(sites, "The trial ran at sites in Ghana.", never_same)] == ["Ghana"]


def test_a_deadline_or_an_end_is_another_moment_than_the_events():
    claim = "The grid collapsed at 12:33 local time, shortly after midday"
    assert swapped(claim, "By 7 a.m. the grid was supplying 99% of demand again.") == []
    assert swapped(claim, "The lights stayed off until midnight.") == []
    assert swapped(claim, "The grid collapsed at 7 a.m.") == ["7 a.m."]


@pytest.mark.parametrize(
    ("claim", "sentence", "expected"),
    [
        # Neighbouring parts of the day touch but are two times.
        ("The quay collapsed in the early afternoon", "The quay collapsed on Monday morning.", ["morning"]),
        ("The quay collapsed around midday", "The quay collapsed on Monday morning.", ["morning"]),
        ("The quay collapsed in the morning", "The quay collapsed in the afternoon.", ["afternoon"]),
        ("The quay collapsed in the afternoon", "The quay collapsed on Monday evening.", ["evening"]),
        # A clock time just before noon is not the afternoon; "late morning" it is.
        ("The quay collapsed at 11:50 a.m.", "The quay collapsed on Monday afternoon.", ["afternoon"]),
        ("The quay collapsed at 11:50 a.m.", "The quay collapsed late on Monday morning.", []),
        # Modified neighbours, overlapping parts and a part's own name are one time.
        ("The quay collapsed in the late morning", "The quay collapsed in the early afternoon.", []),
        ("The quay collapsed in the late afternoon", "The quay collapsed in the evening.", []),
        ("The quay collapsed at dusk", "The quay collapsed on Monday evening.", []),
        ("The quay collapsed at dawn", "The quay collapsed early on Monday morning.", []),
        ("The quay collapsed at 3 a.m.", "The quay collapsed in the early hours.", []),
    ],
)
def test_parts_of_the_day_that_only_touch_are_two_times(claim: str, sentence: str, expected: list[str]) -> None:
    assert swapped(claim, sentence) == expected


def test_a_spelled_count_is_a_key_term_like_digits() -> None:
    claim = "The buyer committed to keeping the headquarters in Zaragoza for at least five years"
    assert swapped(claim, "It will keep the headquarters in Zaragoza for at least three years.") == ["three years"]
    assert swapped(claim, "It will keep the headquarters in Zaragoza for at least 5 years.") == []
    # "one" is as often a pronoun: not a count.
    assert [t.sort for t in keyterms.terms("one of the two trains")] == ["number"]


def test_a_name_after_an_ordinal_says_first_of_what() -> None:
    claim = "She is the first West African woman to lead the agency"
    assert swapped(claim, "She becomes the first East African woman to lead the agency.") == ["East African"]
    assert swapped(claim, "She becomes the first West African woman to lead the agency.") == []


def test_a_bare_24_hour_time_with_its_zone_is_a_time() -> None:
    claim = "The quake struck at 03:20 local time"
    # Given in two zones, one of them the claim's: no swap.
    assert swapped(claim, "The quake struck at 04:20 Lisbon time (03:20 local time).") == []
    assert [t.value for t in keyterms.terms("(03:20 local time)") if t.sort == "time"] == ["03:20"]
    assert [t.value for t in keyterms.terms("She ran the 5 km in 15:12 on Sunday.") if t.sort == "time"] == []


def test_clock_times_exactly_the_slack_apart_fit_at_any_hour() -> None:
    # Found by the property above: 00:01 and 00:31 missed each other by floating point (a rounded
    # time and one to the minute: 00:05 and 00:35 now, as two times to the minute have no slack).
    for hour in range(24):
        claim = f"The blast happened at {hour:02d}:01"
        assert swapped(claim, f"The blast happened at {hour:02d}:30.") == [], hour
        claim = f"The blast happened at {hour:02d}:05"
        assert swapped(claim, f"The blast happened at {hour:02d}:35.") == [], hour


@pytest.mark.parametrize(
    ("claim", "sentence", "expected"),
    [
        # A word of a closed set of alternatives, given as another of the set.
        (
            "The agency had issued a yellow flood warning for the valley",
            "had issued an orange warning for the valley",
            ["orange"],
        ),
        ("The agency had issued a yellow flood warning for the valley", "had issued a red flood warning", ["red"]),
        ("The ring was made in the second century BC", "the ring was made in the second century AD", ["AD"]),
        ("The regulator suspended the airline's licence", "the regulator revoked the airline's licence", ["revoked"]),
        # The claim's own alternative, another name for it, or both words in the sentence: no swap.
        ("The agency had issued a yellow flood warning for the valley", "a yellow warning for the valley", []),
        ("The agency had issued an orange flood warning", "had issued an amber warning", []),
        ("The agency had issued a yellow flood warning", "upgraded its yellow warning to orange", []),
        # "ad" in lower case is an advertisement, not an era.
        ("The ring was made in the second century BC", "the ad for the ring ran for a second century", []),
        # A code's letters are its slot: another subtype, rating or model is a swap.
        ("Tests confirmed the H5N1 subtype of bird flu", "tests confirmed the H5N8 subtype", ["H5N8"]),
        ("The tornado was rated EF2 by the survey team", "the survey team rated it an EF4 tornado", ["EF4"]),
        # "H5" is the claim's subtype written less precisely; a code of other letters is something else.
        ("Tests confirmed the H5N1 subtype of bird flu", "tests confirmed an H5 subtype", []),
        ("Tests confirmed the H5N1 subtype of bird flu", "tests on the A320 crew confirmed the subtype", []),
    ],
)
def test_alternatives_of_a_closed_set_and_codes_are_key_terms(claim: str, sentence: str, expected: list[str]) -> None:
    assert swapped(claim, sentence) == expected


def test_a_pinned_term_in_a_sentence_holding_most_of_the_statement_is_a_contradiction(tmp_path: Path) -> None:
    # Less than a full match (the sentence leaves out "flu" and "geese"), but a code is pinned by
    # its letters: judged as in a loosely worded sentence, not left unclear.
    claims = claims_from(
        tmp_path,
        "version: 1\n"
        "claims:\n"
        "  - {id: strain, kind: statement, text: The laboratory confirmed the highly pathogenic H5N1 subtype of"
        " bird flu in geese}\n",
    )

    def found(text: str) -> list[tuple[str, str, str]]:
        return reported(claims, text)

    assert found("Headline\n\nThe laboratory confirmed the highly pathogenic H5N8 subtype in the birds.") == [
        ("strain", "contradicted", "H5N8")
    ]
    assert found("Headline\n\nThe laboratory confirmed the highly pathogenic H5N1 subtype in the birds.") == []


def test_two_bodies_of_one_sort_are_a_swap_whatever_the_preposition(tmp_path: Path) -> None:
    claim = "The defence said it would appeal the verdict at the Court of Appeal"
    assert swapped(claim, "the defence will take the case to the Supreme Court") == ["Supreme Court"]
    assert swapped(claim, "the defence will take the case to the Court of Appeal") == []
    # The claim's own body named too: the other court is another step of the story.
    assert swapped(claim, "after the Supreme Court ruling, the defence will go to the Court of Appeal") == []
    # Names of another sort of body are not compared this way.
    assert swapped(claim, "the defence told the Harbour Times it would take the case further") == []
    # And the sentence's swapped name is not "someone else" standing in the clause.
    claims = claims_from(tmp_path, "version: 1\nclaims:\n  - {id: appeal, kind: statement, text: " + claim + "}\n")
    article = "Headline\n\nThe defence said it would appeal the verdict, at the Supreme Court.\n"
    assert reported(claims, article) == [("appeal", "contradicted", "Supreme Court")]


def test_digits_glued_to_one_letter_are_a_name_not_a_count() -> None:
    claim = "3I/ATLAS is the third interstellar object ever detected"
    assert swapped(claim, "it follows 1I/'Oumuamua, found in 2017") == []
    # A count with its noun is still a key term.
    assert swapped("The union called a 48-hour strike", "the union called a 72-hour strike") == ["72-hour"]


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # A capitalised word of another name is no alternative; an era stands by a year or century.
        ("The agency had issued a yellow warning for the valley", "the Red Cross said the warning for the valley held"),
        ("Flooding hit southern England on Sunday", "flooding hit Northern Ireland and England on Sunday"),
        ("The ring was made in the second century AD", "the ring, made in BC by a local jeweller, was sold"),
        # Codes of one letter and digits name too many things; "A3" is no part of "A320".
        ("The jet was an Airbus A320 on the Lisbon route", "the jet was an A321 on the Lisbon route"),
        # A name whose last word is no sort of body ("Airport Road") is not compared as one.
        ("The crash happened near Heathrow Airport on Monday", "the crash happened on Airport Road on Monday"),
    ],
)
def test_words_of_names_and_loose_codes_are_no_alternatives(claim: str, sentence: str) -> None:
    assert swapped(claim, sentence) == []


def test_a_unit_written_onto_a_figure_is_still_a_count() -> None:
    assert swapped("The wave was 5m high at the harbour", "the wave was 7m high at the harbour") == ["7m"]


def test_a_swapped_body_that_is_an_entity_of_the_story_is_still_the_swap(tmp_path: Path) -> None:
    claims = claims_from(
        tmp_path,
        "version: 1\nentities:\n  supreme: {name: Supreme Court}\n  appeals: {name: Court of Appeal}\n"
        "claims:\n  - {id: appeal, kind: statement, text: The defence said it would appeal the verdict"
        " at the Court of Appeal}\n",
    )
    article = "Headline\n\nThe defence said it would appeal the verdict, at the Supreme Court.\n"
    assert reported(claims, article) == [("appeal", "contradicted", "Supreme Court")]


@pytest.mark.parametrize(
    ("expected", "found", "apart"),
    [
        ("evening", "morning", True),
        ("afternoon", "late morning", True),
        ("night", "overnight", False),  # two words for one part
        ("evening", "evening", False),
        ("evening", "6 p.m.", False),  # a clock time against a part may be a loose rendering
        ("evening", "Saturday", False),
    ],
)
def test_parts_of_the_day_named_by_word(expected, found, apart):
    assert keyterms.day_parts_apart(expected, found) is apart


def test_the_claims_own_year_anywhere_in_the_sentence_is_no_swap(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: s, kind: statement, text: The appeals court upheld a 2019 ruling that the dam was unsafe}\n",
    )

    def verdicts(body):
        return [v for _, v, _ in reported(claims, "Headline\n\n" + body + "\n") if v != "unclear"]

    assert verdicts("The appeals court upheld a 2017 ruling that the dam was unsafe.") == ["contradicted"]
    assert (
        verdicts("The decision, which upheld the district court's 2019 ruling on the dam, covers 40 who sued in 2016.")
        == []
    )


def test_a_month_named_with_no_day_is_a_key_term(tmp_path):
    assert [(t.sort, t.slot, t.value) for t in keyterms.terms("The ferry capsized in a storm in February")] == [
        ("month", "in", "2")
    ]
    # A full date is a date claim's to judge.
    assert all(t.sort != "month" for t in keyterms.terms("The ferry sank on 3 February"))
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n  - {id: s, kind: statement, text: Pay talks with the dockers will start in January}\n",
    )

    def verdicts(body):
        return [v for _, v, _ in reported(claims, "Headline\n\n" + body + "\n") if v != "unclear"]

    assert verdicts("Pay talks with the dockers will start in March.") == ["contradicted"]
    assert verdicts("Pay talks with the dockers will start in January, the port said.") == []


def test_a_swapped_year_outside_a_relative_clause_is_still_a_swap(tmp_path):
    claims = claims_from(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: s, kind: statement, text: The appeals court upheld a 2019 ruling that the dam was unsafe}\n",
    )
    body = "The appeals court, which first heard the case in 2019, upheld a 2017 ruling that the dam was unsafe."
    assert [v for _, v, _ in reported(claims, "Headline\n\n" + body + "\n") if v != "unclear"] == ["contradicted"]


def test_a_span_of_times_is_compared_end_by_end() -> None:
    claim = "The museum said visitors can enter from 9 am until midnight"
    # Loosely worded: one end the same makes it the claim's span, the other end is swapped.
    assert swapped(claim, "Visitors can enter from 9am to 10pm.", bound_only=True) == ["10pm"]
    assert swapped(claim, "Visitors can enter from 9am until midnight.", bound_only=True) == []
    # Two times that are no span, or a span that shares no end with the claim's, say nothing sure.
    assert swapped(claim, "At 8am the doors stay shut; the first tour is at 10pm.", bound_only=True) == []
    assert swapped(claim, "Visitors can enter from 7am to 10pm.", bound_only=True) == []


def test_said_that_before_a_time_leaves_the_time_the_statements() -> None:
    assert swapped("The dam failed at 3 pm", "Officials said that at 9 pm the dam failed.") == ["9 pm"]
    assert swapped("The dam failed at 3 pm", "Officials said on Monday night the dam failed at 3 pm.") == []


def test_the_decimals_of_a_race_time_are_no_figure_of_their_own() -> None:
    claim = "The old record of 4:02.16 was set by Lena Ostrova at the 2019 championships"
    sentence = "Her 4:01.37 was almost a second under the 4:02.16 Ostrova swam at the {} championships."
    assert swapped(claim, sentence.format(2019)) == []
    assert swapped(claim, sentence.format(2017)) == ["2017"]


def test_a_span_of_two_day_parts_is_neither_part_alone() -> None:
    claim = "The tram derailed shortly after 6pm, in the early evening of Wednesday"
    assert swapped(claim, "The tram derailed this Wednesday in the afternoon-evening and hit a wall.") == []
    assert swapped(claim, "The tram derailed this Wednesday morning and hit a wall.") == ["morning"]


def test_a_year_that_closes_a_full_date_is_no_key_term() -> None:
    declared = "The agency declared on Wednesday 14 August 2024 a new emergency"
    assert [t.value for t in keyterms.terms(declared) if t.sort == "year"] == []
    assert [t.value for t in keyterms.terms("The first was declared on August 14, 2024") if t.sort == "year"] == []
    # A year of its own is one: "since 2022", "in 2022", a month and year without a day.
    assert [t.value for t in keyterms.terms("the first emergency since 2022") if t.sort == "year"] == ["2022"]
    assert [t.value for t in keyterms.terms("the rule in force from January 2022") if t.sort == "year"] == ["2022"]


def test_a_one_letter_code_is_compared_with_the_noun_after_it() -> None:
    claim = keyterms.terms("The bridge carried the A10 motorway linking the port with the border")

    def swapped(sentence: str) -> list[tuple[str, str]]:
        return [(s.expected, s.found) for s in keyterms.swaps(claim, sentence, lambda a, b: False)]

    assert swapped("The viaduct carried the A12 motorway that links the port with the border.") == [("A10", "A12")]
    # Another thing named by a letter and digits, or the same road: no swap.
    assert swapped("The viaduct, printed on A4 paper in the plans, carried the A10 motorway.") == []
    assert swapped("The viaduct carried the A10 motorway, not far from the M25 junction.") == []


def _reported_not_supported(claims: ClaimsFile, body: str) -> list[tuple[str, str, str]]:
    """Return (claim, verdict, found) of the findings on one article that are not supported."""
    return [r for r in reported(claims, "Headline\n\n" + body + "\n") if r[1] != "supported"]


def test_a_years_slot_passes_over_its_month() -> None:
    (year,) = [t for t in keyterms.terms("The flood was the worst since the September 1999 storm") if t.sort == "year"]
    assert (year.slot, year.value) == ("since", "1999")
    (plain,) = [t for t in keyterms.terms("The flood was the worst since 1999") if t.sort == "year"]
    assert plain.slot == "since"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Loosely worded, the "since" year is compared though the claim names its month.
        ("Forecasters called it the worst flood in the valley since 1986.", [("c", "contradicted", "1986")]),
        ("Forecasters called it the worst flood in the valley since 1999.", []),
    ],
)
def test_a_since_year_with_its_month_is_pinned_by_since(
    tmp_path: Path, body: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: c
    kind: statement
    text: The flood was the worst to hit the valley since the September 1999 storm that destroyed about 400 homes
""",
    )
    assert _reported_not_supported(claims, body) == expected


def test_a_numbered_place_is_a_term_by_its_noun() -> None:
    (seat,) = keyterms.terms("The survivor sat in seat 11A")
    assert (seat.sort, seat.slot, seat.value) == ("position", "seat", "11A")
    assert [t.value for t in keyterms.terms("The jet landed on runway 34R")] == ["34R"]
    # A bare number after the noun is a count's or nobody's, not a numbered place.
    assert [t for t in keyterms.terms("The survivor sat in seat 11") if t.sort == "position"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police said the passenger had been sitting in seat 11J.", [("c", "contradicted", "11J")]),
        ("Police said the passenger had been sitting in seat 11A.", []),
        # Less precise is no other seat.
        ("Police said the passenger had been sitting in row 11.", []),
    ],
)
def test_another_numbered_place_in_a_reworded_sentence_is_a_swap(
    tmp_path: Path, body: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
claims:
  - id: c
    kind: statement
    text: Police said the lone survivor was found to have been sitting in seat 11A, next to an emergency exit
""",
    )
    assert _reported_not_supported(claims, body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A 24-hour time with a dot, and its zone after it, is a time of day.
        ("The quake struck at 04.10 local time.", ["04:10"]),
        ("Trading resumed at 14.30 GMT.", ["14:30"]),
        # With no zone, a dotted figure is a decimal, not a time.
        ("The shares closed at 12.50 on Friday.", []),
    ],
)
def test_a_dotted_24_hour_time_needs_its_zone(sentence, expected):
    assert [t.value for t in keyterms.terms(sentence) if t.sort == "time"] == expected


def test_a_year_before_a_noun_dates_that_noun_not_the_statement() -> None:
    claim = "The mayor was cleared in March 2023 of charges over the harbour contract"
    text = dict(claim_text=claim)
    # "the council's 2017 tender": the tender's year, not the clearing's.
    assert swapped(claim, "She was cleared in March of charges over the council's 2017 tender.", **text) == []
    assert swapped(claim, "She was cleared in March of charges tied to the 2017 harbour tender.", **text) == []
    # A year in the statement's own slot is still a swap.
    assert swapped(claim, "She was cleared in March 2021 of charges over the harbour contract.", **text) == ["2021"]
    assert swapped(claim, "She was cleared in 2021 of charges over the harbour contract.", **text) == ["2021"]


def test_review_a_year_after_that_is_no_attributive_year() -> None:
    claim = "The harbour floods were the worst since 2011"
    text = dict(claim_text=claim)
    assert swapped(claim, "The harbour floods were the worst since that 2009 storm.", **text) == ["2009"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A statement's day: a weekday, a day of a month, or both, with the word before it for slot.
        (
            "The council declared Sunday, 9 March, a day of mourning",
            [("weekday", "declared", "sunday"), ("day", "declared", "03-09")],
        ),
        ("The new mayor takes office on April 3", [("day", "on", "04-03")]),
        ("The curfew stays in force until the 14th of July", [("day", "until", "07-14")]),
        ("The ferry will sail again on Thursday", [("weekday", "on", "thursday")]),
        # "May" is a month only with a capital and a day; a month and a year are no day.
        ("The firm said prices may 5 per cent higher", []),
        ("The firm was founded on March 2019 terms", []),
    ],
)
def test_a_statements_day_is_a_key_term(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(t.sort, t.slot, t.value) for t in keyterms.terms(text) if t.sort in keyterms.DAY_SORTS]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council declared Tuesday a day of mourning for the victims.", ["Tuesday"]),
        ("The council declared Sunday a day of mourning for the victims.", []),
        ("The council declared 16 March a day of mourning for the victims.", ["16 March"]),
        # Another day in another slot is the day of something else ("on Friday" is the declaring).
        ("On Friday the council declared Sunday a day of mourning.", []),
        ("The council on Friday declared a day of mourning.", []),
    ],
)
def test_another_day_in_the_statements_slot_is_a_swap(sentence: str, expected: list[str]) -> None:
    assert swapped("The council declared Sunday, 9 March, a day of mourning", sentence) == expected


@pytest.mark.parametrize(
    ("claims_text", "expected"),
    [
        # With no date claim for that day, the statement's day is its own key term ...
        ("", [("c", "contradicted", "12 June")]),
        # ... and with one, the date claim judges the day, not the statement as well.
        (
            "  - id: d\n    kind: date\n    about: the swearing-in\n    cues: [sworn in]\n    value: 2023-05-29\n",
            [("d", "contradicted", "12 June")],
        ),
    ],
)
def test_a_day_a_date_claim_holds_is_that_claims(
    tmp_path: Path, claims_text: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        """version: 1
published: 2023-03-01
claims:
  - id: c
    kind: statement
    text: Bola Tinubu is due to be sworn in as president on 29 May, succeeding Muhammadu Buhari
"""
        + claims_text,
    )
    body = "Bola Tinubu is due to be sworn in as president on 12 June, succeeding Muhammadu Buhari."
    assert _reported_not_supported(claims, body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two times to the minute, neither rounded, are one time only when they nearly agree.
        ("Radar lost the aircraft at 2:12 pm.", ["2:12 pm"]),
        ("Radar lost the aircraft at 2:22 pm.", []),
        # A rounded time is within the usual slack.
        ("Radar lost the aircraft at about 2:10 pm.", []),
        ("Radar lost the aircraft at 2:30 pm.", []),
    ],
)
def test_two_times_to_the_minute_must_agree(sentence: str, expected: list[str]) -> None:
    assert swapped("Radar lost the aircraft at 2:21 pm", sentence) == expected


def test_a_timeline_entrys_time_is_no_term() -> None:
    # "- 11:28 a.m.: ...": a bulleted timeline gives each entry's own time, as a live blog's stamp.
    assert [t for t in keyterms.terms("- 11:28 a.m.: The truck crashed into a ditch") if t.sort == "time"] == []
    assert [t.value for t in keyterms.terms("The truck crashed at 11:28 a.m.") if t.sort == "time"] == ["11:28"]


@pytest.mark.parametrize(
    ("claim", "body", "expected"),
    [
        # The nineteenth session's review: the day a sentence was said, or the day it opens with, is
        # not the statement's day in its slot.
        (
            "The ministry said the ferries would sail again on Monday",
            "The ministry said on Friday that the ferries would sail again next week.",
            [],
        ),
        (
            "Anika Osei was sworn in as mayor of Kessel on May 29",
            "On June 12, Anika Osei, sworn in as mayor of Kessel last month, addressed the council.",
            [],
        ),
        # A time hedged by "around" keeps the half hour's slack, even to the minute.
        (
            "The first blast at the depot was heard at 2:21 pm",
            "The first blast at the depot was heard at around 2:18 pm.",
            [],
        ),
        (
            "The first blast at the depot was heard at 2:21 pm",
            "The first blast at the depot was heard at 2:12 pm.",
            [("c", "contradicted", "2:12 pm")],
        ),
    ],
)
def test_review_counter_examples_of_the_nineteenth_session(
    tmp_path: Path, claim: str, body: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = claims_from(
        tmp_path,
        f"""version: 1
published: 2024-06-13
claims:
  - id: c
    kind: statement
    text: {claim}
""",
    )
    assert _reported_not_supported(claims, body) == expected


def test_a_name_written_as_its_initials_is_the_same_name() -> None:
    claim = "The site was handed over to the Northern Cape Harbour Police for a formal investigation"
    assert swapped(claim, "The site was handed to NCHP for a formal investigation.") == []
    assert swapped(claim, "The site was handed over to the NCHP for a formal investigation.") == []
    # Other initials, or another name, in the slot are a swap.
    assert swapped(claim, "The site was handed over to the SAPS for a formal investigation.") == ["SAPS"]
    assert swapped(claim, "The site was handed over to the Hawks Unit for a formal investigation.") == ["Hawks Unit"]
    # The small words of a name have no letter in its initials.
    of = "Complaints go to the Department of Employment and Labour"
    assert swapped(of, "Complaints go to the DEL.") == []


def test_a_capitalised_word_before_a_number_is_a_numbered_thing_not_a_place() -> None:
    claim = "The firm filed in the bankruptcy court for the Southern District of Texas"
    assert swapped(claim, "The firm filed for Chapter 11 protection in the bankruptcy court.") == []
    assert swapped(claim, "The firm filed in the bankruptcy court for the Northern District of Texas.") == [
        "Northern District of Texas"
    ]


def test_another_month_beside_the_claims_own_month_is_another_doings() -> None:
    claim = "The governor lifted the curfew on the harbour district in December 2022"
    assert (
        swapped(
            claim,
            "The curfew, imposed by the governor in October and lifted on 17 December 2022, still rankles.",
            claim_text=claim,
        )
        == []
    )
    assert swapped(
        claim, "The governor lifted the curfew on the harbour district in October 2022.", claim_text=claim
    ) == ["October"]
