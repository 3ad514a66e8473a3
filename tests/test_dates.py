from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checker import check
from factcheck.dates import DateMatcher, find_dates
from factcheck.model import DateClaim, Verdict

from .conftest import claims_from, contradictions, doc

FLOOD = DateMatcher.compile(DateClaim("flood-date", "date", cues=("flood", "struck"), value=dt.date(2025, 9, 18)))
PUBLISHED = dt.date(2025, 9, 20)  # a Saturday


def sure(findings):
    """Each finding's verdict, and whether it is sure enough to fail (confidence 0.5 or more)."""
    return [(f.verdict, f.confidence >= 0.5) for f in findings]


def verdicts(sentence, published=PUBLISHED):
    return [FLOOD.judge(m)[0] for m in FLOOD.tied(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The flood struck on Thursday, September 18.", [Verdict.SUPPORTED]),
        ("The flood struck on 18 September 2025.", [Verdict.SUPPORTED]),
        ("The flood of 2025-09-18 was the worst.", [Verdict.SUPPORTED]),
        ("The flood struck on September 19.", [Verdict.CONTRADICTED]),
        ("The flood struck on 18 November.", [Verdict.CONTRADICTED]),
        ("The flood struck on Friday, September 18.", [Verdict.CONTRADICTED]),
        ("The flood struck on Thursday.", [Verdict.SUPPORTED]),
        ("The flood struck on Wednesday.", [Verdict.CONTRADICTED]),
        ("The flood struck on the 18th of September 2024.", [Verdict.CONTRADICTED]),
        ("Officials met on Monday; the flood was worse than feared.", []),
        ("The minister, who visited on Saturday, said the flood was a tragedy.", []),
    ],
)
def test_dates_near_the_cue_are_judged(sentence, expected):
    assert verdicts(sentence) == expected


def test_relative_dates_need_the_article_date():
    assert verdicts("The flood struck yesterday.", dt.date(2025, 9, 19)) == [Verdict.SUPPORTED]
    assert verdicts("The flood struck yesterday.", dt.date(2025, 9, 21)) == [Verdict.CONTRADICTED]
    assert verdicts("The flood struck yesterday.", None) == []
    assert verdicts("The flood struck last Thursday.", dt.date(2025, 9, 22)) == [Verdict.SUPPORTED]


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_any_other_day_is_a_conflict(day):
    written = f"{day.day} {day.strftime('%B')} {day.year}"
    expected = Verdict.SUPPORTED if day == FLOOD.claim.value else Verdict.CONTRADICTED
    assert verdicts(f"The flood struck on {written}.") == [expected]


def test_find_dates_iso_and_month_day():
    (iso,) = find_dates("on 2024-03-22", None)
    assert iso.date == dt.date(2024, 3, 22)
    (md,) = find_dates("the March 22 attack", None)
    assert md.month_day == (3, 22) and md.year is None


def test_a_weekday_in_a_clause_about_the_future_is_the_day_to_come():
    # Said on Sunday 14 September: "should reopen on Monday" is the 15th, not the 8th.
    claim = DateClaim(id="reopen", kind="date", about="the reopening", cues=("reopen",), value=dt.date(2025, 9, 15))
    matcher = DateMatcher.compile(claim)
    published = dt.date(2025, 9, 14)
    for text in (
        "Officials say the canal should reopen on Monday morning.",
        "The port is expected to reopen on Monday.",
        "The road would reopen on Monday, the ministry said.",
        # An adverb between the verb and the future it tells of.
        "The port is now set to reopen on Monday.",
        "The canal is still expected to reopen on Monday.",
        "The locks are provisionally scheduled to reopen on Monday.",
    ):
        (finding,) = matcher.check(_doc(text), published)
        assert finding.verdict is Verdict.SUPPORTED, text
    (wrong,) = matcher.check(_doc("The canal should reopen on Tuesday."), published)
    assert wrong.verdict is Verdict.CONTRADICTED


def _doc(text: str):  # type: ignore[no-untyped-def]
    from factcheck.articles import document_from_text

    return document_from_text(text, "a.txt")


def test_a_date_at_the_end_of_a_long_place_phrase_is_the_events():
    claim = DateClaim(id="b", kind="date", about="the blast", cues=("explosion",), value=dt.date(2025, 10, 9))
    matcher = DateMatcher.compile(claim)
    text = (
        "Eleven died after an explosion at a paint works in the northern industrial district of Ruda Slaska "
        "on Wednesday."
    )
    (finding,) = matcher.check(_doc(text), dt.date(2025, 10, 10))
    assert finding.verdict is Verdict.CONTRADICTED  # Wednesday the 8th, not Thursday the 9th
    far = "An explosion was heard. " + " ".join(["word"] * 20) + " on Wednesday."
    assert matcher.check(_doc(far), dt.date(2025, 10, 10)) == []


def test_a_night_from_one_day_to_the_next_holds_the_claims_day():
    claim = DateClaim(id="f", kind="date", about="the fire", cues=("fire",), value=dt.date(2025, 9, 14))  # a Sunday
    matcher = DateMatcher.compile(claim)
    published = dt.date(2025, 9, 15)
    for text in (
        "The fire ravaged the market in the night from Saturday to Sunday.",
        "The fire broke out on Saturday-Sunday night.",
    ):
        assert [f.verdict for f in matcher.check(_doc(text), published)] != [Verdict.CONTRADICTED], text
    wrong = matcher.check(_doc("The fire ravaged the market in the night from Friday to Saturday."), published)
    assert Verdict.CONTRADICTED in [f.verdict for f in wrong]


def test_a_verb_published_is_an_event_and_a_published_line_is_the_articles_date():
    from factcheck.dates import _DATELINE

    assert _DATELINE.search("A new study published on ") is None
    assert _DATELINE.search("Published: ")
    assert _DATELINE.search("NewsBite staff | Updated on ")
    assert _DATELINE.search("The Daily Ledger - Published ")


def test_a_header_line_ending_with_a_full_date_gives_the_articles_date():
    from factcheck.articles import find_published

    source = "Headline here\n[Translation. Original: El Correo, Wednesday 11 June 2025]\n\nBody text follows.\n"
    assert find_published(source) == dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On September 20, the flood struck the lower town.", [Verdict.CONTRADICTED]),
        ("At about 23h30 on September 20, a flood struck the lower town.", [Verdict.CONTRADICTED]),
        ("On September 18, the flood struck the lower town.", [Verdict.SUPPORTED]),
        # Not fronting the sentence, the date after a comma is another clause's.
        ("Rescuers arrived on September 20, long after the flood struck.", []),
    ],
)
def test_a_date_fronting_the_sentence_sets_its_main_clause(sentence, expected):
    assert verdicts(sentence) == expected


def test_a_wire_dateline_is_the_reports_day_and_a_counts_rise_is_not_the_events():
    published = dt.date(2025, 9, 19)
    dateline = _doc(
        "Flood hits Lorvik\nBy Ann Berg\nLORVIK, Norway, September 19 (Nordic Wire) - The toll from the flood rose."
    )
    assert [f.verdict for f in FLOOD.check(dateline, published)] == []
    rise = _doc("The death toll from the flood rose to nine on Friday, officials said.")
    assert all(f.confidence < 0.5 for f in FLOOD.check(rise, published))
    # The event's own day after its cue is still judged.
    struck = _doc("The flood struck the lower town on Friday.")
    assert sure(FLOOD.check(struck, published)) == [(Verdict.CONTRADICTED, True)]


def test_a_day_after_an_event_verb_is_no_counts_rise():
    published = dt.date(2025, 9, 19)
    for text in ("The flood hit the coast on Friday.", "The flood reached the town on Friday."):
        assert sure(FLOOD.check(_doc(text), published)) == [(Verdict.CONTRADICTED, True)]


def test_a_photo_captions_date_is_the_photos_day():
    published = dt.date(2025, 9, 20)
    caption = _doc("Photo caption: Neighbours clear mud after the flood struck Lorvik, 20 September 2025.")
    assert FLOOD.check(caption, published) == []
    plain = _doc("Neighbours clear mud after the flood struck Lorvik on 20 September 2025.")
    assert [f.verdict for f in FLOOD.check(plain, published)] == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The comma after "Friday, 18 September" closes the date's apposition: the flood is its.
        ("This happened on Friday, 18 September, during the flood.", [Verdict.CONTRADICTED]),
        ("This happened on Thursday, 18 September, during the flood.", [Verdict.SUPPORTED]),
        # A date with no comma of its own: the comma after it still ends its clause.
        ("Crews came on 20 September, after the flood.", []),
    ],
)
def test_the_comma_closing_a_weekdays_date_opens_no_clause(sentence, expected):
    assert verdicts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A date inside an aside, or one without a weekday ("March 3, 2019"), keeps its comma.
        "Wardens, hired on Sunday, 14 September, fought the flood.",
        "The dam, finished on March 3, 2019, failed in the flood.",
    ],
)
def test_a_dates_comma_in_an_aside_or_a_year_still_ends_its_clause(sentence):
    assert verdicts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A date set off by commas between a verb and its object dates that clause.
        ("The mayor declared, Friday 19 September, the flood a disaster.", [Verdict.CONTRADICTED]),
        ("The mayor declared, Thursday 18 September, the flood a disaster.", [Verdict.SUPPORTED]),
        # Closed by a comma only, the date is another clause's.
        ("The mayor spoke on Friday 19 September, the flood having receded.", []),
    ],
)
def test_a_date_in_commas_before_the_object_dates_its_clause(sentence, expected):
    assert verdicts(sentence) == expected


def test_a_day_of_something_done_at_the_events_place_is_not_surely_the_events():
    slide = DateMatcher.compile(
        DateClaim("slide-date", "date", cues=("landslide", "buried"), value=dt.date(2025, 9, 17))
    )
    published = dt.date(2025, 9, 20)  # a Saturday; the landslide was on Wednesday
    for text in (
        "Volunteers pulled a survivor on Friday from the landslide that buried the village.",
        "Mourners laid flowers on Friday at the landslide.",
        "Crews hauled a car on Friday out of the deadly landslide.",
    ):
        assert all(f.confidence < 0.5 for f in slide.check(_doc(text), published)), text
    # The event's own clause dates it: a cue before the date, or the cue as the date's subject.
    for text in ("The landslide struck on Friday near the village.", "The landslide buried the road on Friday."):
        assert sure(slide.check(_doc(text), published)) == [(Verdict.CONTRADICTED, True)], text


def test_a_weekday_before_a_word_that_starts_like_a_month_is_still_a_date():
    # "declared" starts like "Dec", "marked" like "Mar", "novel" like "Nov": no month follows the weekday.
    published = dt.date(2024, 10, 21)  # a Monday
    for text in ("The agency on Monday declared the outbreak over.", "The agency on Monday marked the end of it."):
        (found,) = find_dates(text, published)
        assert found.date == published and found.month_day is None, text
    # A month after the weekday is the weekday's date.
    (found,) = find_dates("It rained on Monday, Dec. 3.", published)
    assert found.month_day == (12, 3)


def test_the_day_a_state_began_is_not_surely_the_day_of_the_event_after_it():
    rescue = DateMatcher.compile(
        DateClaim("rescue-date", "date", cues=("brought out", "rescued"), value=dt.date(2025, 9, 19))
    )
    published = dt.date(2025, 9, 20)  # a Saturday; the rescue was on Friday
    text = "Four miners who had been trapped deep underground in the flooded shaft since Tuesday were brought out."
    assert all(f.confidence < 0.5 for f in rescue.check(_doc(text), published))
    # "since" after the claim's own cue dates the event's state: sure.
    strike = DateMatcher.compile(DateClaim("strike", "date", cues=("on strike",), value=dt.date(2025, 9, 16)))
    found = strike.check(_doc("Dockers have been on strike since Monday."), published)
    assert sure(found) == [(Verdict.CONTRADICTED, True)]


def test_the_day_something_was_told_to_an_audience_is_perhaps_not_the_events():
    record = DateMatcher.compile(DateClaim("r", "date", cues=("record", "run"), value=dt.date(2025, 9, 16)))
    published = dt.date(2025, 9, 20)  # a Saturday; the record run was on Tuesday
    told = "The director told a news briefing on Thursday that the run had set a record."
    assert all(f.confidence < 0.5 for f in record.check(_doc(told), published))
    # What was said ("said the record run came on Thursday") dates the event.
    said = "The director said the record run came on Thursday."
    assert sure(record.check(_doc(said), published)) == [(Verdict.CONTRADICTED, True)]


def test_a_date_in_an_aside_on_a_person_is_that_persons_doing():
    breach = DateMatcher.compile(DateClaim("b", "date", cues=("breach", "burst"), value=dt.date(2025, 9, 17)))
    published = dt.date(2025, 9, 20)  # a Saturday; the dike burst on Wednesday
    aside = "The governor, who toured the breach by helicopter on Friday, said it was overwhelmed."
    assert all(f.confidence < 0.5 for f in breach.check(_doc(aside), published))
    plain = "The dike burst on Friday, the governor said."
    assert sure(breach.check(_doc(plain), published)) == [(Verdict.CONTRADICTED, True)]


def test_a_date_in_an_aside_on_what_someone_else_did_is_that_doing():
    quit_ = DateMatcher.compile(DateClaim("q", "date", cues=("quit", "resigned"), value=dt.date(2025, 9, 17)))
    published = dt.date(2025, 9, 20)  # a Saturday; the mayor quit on Wednesday
    aside = "The ultimatum to quit, issued by the council on Friday, ran out before the mayor resigned."
    assert all(f.confidence < 0.5 for f in quit_.check(_doc(aside), published))
    # Not when the aside's own verb is the event's: "resigned" is the cue.
    own = "The mayor, who resigned on Friday, left the hall."
    assert sure(quit_.check(_doc(own), published)) == [(Verdict.CONTRADICTED, True)]
    plain = "The mayor quit on Friday, issuing a statement through the council."
    assert sure(quit_.check(_doc(plain), published)) == [(Verdict.CONTRADICTED, True)]


def test_the_day_of_an_announcement_is_perhaps_not_the_events():
    burst = DateMatcher.compile(DateClaim("b", "date", cues=("burst", "breach"), value=dt.date(2025, 9, 16)))
    published = dt.date(2025, 9, 20)  # a Saturday; the dike burst on Tuesday
    for text in (
        "The revelation on Thursday that the dike burst because of a faulty sluice shocked the town.",
        "The announcement on Thursday that the breach was man-made angered farmers.",
    ):
        assert all(f.confidence < 0.5 for f in burst.check(_doc(text), published)), text
    # An admission to hospital is an event, not a saying (review).
    admitted = DateMatcher.compile(DateClaim("a", "date", cues=("admission",), value=dt.date(2025, 9, 15)))
    found = admitted.check(_doc("Her hospital admission on Tuesday was kept secret."), published)
    assert sure(found) == [(Verdict.CONTRADICTED, True)]
    assert sure(burst.check(_doc("The dike burst on Thursday."), published)) == [(Verdict.CONTRADICTED, True)]


def test_one_end_of_a_span_whose_other_end_is_the_claims_day_is_no_conflict():
    end = DateMatcher.compile(DateClaim("e", "date", cues=("until", "end", "last"), value=dt.date(2025, 10, 5)))
    published = dt.date(2025, 9, 22)  # a Monday; the programme ends on Sunday 5 October
    for text in (
        "Flights run from today until Sunday 5 October.",
        "The airlift lasts from 22 September to 5 October, the last day.",
    ):
        assert [f.verdict for f in end.check(_doc(text), published)].count(Verdict.CONTRADICTED) == 0, text
    # A claim whose cues make its day the start: the span's first day, another, is wrong (review).
    began = DateMatcher.compile(DateClaim("b", "date", cues=("began", "strike"), value=dt.date(2025, 10, 5)))
    assert Verdict.CONTRADICTED in [
        f.verdict for f in began.check(_doc("The strike ran from 28 September to 5 October."), published)
    ]
    # The other end wrong is still wrong, and a lone day too.
    assert Verdict.CONTRADICTED in [f.verdict for f in end.check(_doc("Flights run until 6 October."), published)]
    assert Verdict.CONTRADICTED in [
        f.verdict for f in end.check(_doc("Flights run from today until Sunday 12 October."), published)
    ]


def test_a_plan_or_hope_to_do_something_on_a_day_is_no_past_events_day():
    opening = DateMatcher.compile(DateClaim("o", "date", cues=("open", "opened"), value=dt.date(2025, 9, 14)))
    published = dt.date(2025, 9, 20)
    for text in (
        "The operator hopes to open the east line on 5 October.",
        "The operator plans to open the east line, which runs along the river, on 5 October.",
    ):
        assert opening.check(_doc(text), published) == [], text
    assert [f.verdict for f in opening.check(_doc("The east line opened on 5 October."), published)] == [
        Verdict.CONTRADICTED
    ]


def test_an_aside_whose_own_verb_is_the_cue_dates_the_event():
    burst = DateMatcher.compile(DateClaim("b", "date", cues=("burst",), value=dt.date(2025, 9, 17)))
    found = burst.check(_doc("Residents, who fled when the dike burst on Friday, returned home."), dt.date(2025, 9, 20))
    assert sure(found) == [(Verdict.CONTRADICTED, True)]


def test_a_date_after_a_bar_is_a_bylines_stamp_not_the_event():
    # A headline and its stamp on the next line read as one sentence; the stamp dates the page.
    text = "Flood struck the lower town overnight\nRiver News Desk | 19 September 2025, 08:12 AM\n\nBody.\n"
    assert [f.verdict for f in FLOOD.check(_doc(text), PUBLISHED)] == []
    wrong = "Flood struck the lower town on 19 September 2025, officials said.\n"
    assert [f.verdict for f in FLOOD.check(_doc(wrong), PUBLISHED)] == [Verdict.CONTRADICTED]
    # A bar with no time of day after the date may set off any fact.
    fact = "Residents left on 17 September. The flood struck the lower town | 19 September 2025.\n"
    assert Verdict.CONTRADICTED in [f.verdict for f in FLOOD.check(_doc(fact), PUBLISHED)]


def test_the_day_something_was_revealed_is_perhaps_not_the_events():
    heist = DateMatcher.compile(DateClaim("h", "date", cues=("raided", "stole"), value=dt.date(2025, 9, 14)))
    published = dt.date(2025, 9, 20)  # a Saturday; the raid was the Sunday before
    revealed = "Thieves who raided the museum stole eight jewels, prosecutors revealed today."
    assert all(f.confidence < 0.5 for f in heist.check(_doc(revealed), published))
    plain = "Thieves raided the museum today and stole eight jewels."
    assert sure(heist.check(_doc(plain), published)) == [(Verdict.CONTRADICTED, True)]


_DATE_WORDS = (
    "on",
    "the",
    "last",
    "this",
    "next",
    "since",
    "until",
    "by",
    "yesterday",
    "today",
    "tonight",
    "of",
    "Monday",
    "Saturday",
    "sunday",
    "March",
    "Sept.",
    "december",
    "3",
    "14th",
    "2025",
    "21",
    "early",
    "late",
    "morning",
    "said",
    "fire",
    "week",
    ",",
    "-",
)


@given(st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=12))
def test_the_fast_date_scan_finds_what_the_date_pattern_finds(words):
    # ``_DATE_LOWER`` puts a look-ahead for every date's first word in front of ``_DATE``: it may
    # only turn away places where no date starts, never change a match.
    from factcheck.dates import _DATE, _DATE_LOWER

    text = " ".join(words).lower()
    assert [m.span() for m in _DATE_LOWER.finditer(text)] == [m.span() for m in _DATE.finditer(text)]


def test_a_lone_weekday_starts_at_its_own_first_letter():
    # The pattern of a lone weekday opens with the spaces before it; the mention (and the column a
    # finding reports) must not.
    text = "The ferry sank Saturday, officials said."
    (mention,) = find_dates(text, dt.date(2025, 9, 20))
    assert text[mention.start : mention.end] == "Saturday"
    (on,) = find_dates("It sank on Saturday.", dt.date(2025, 9, 20))
    assert "It sank on Saturday."[on.start : on.end] == "Saturday"
    (last,) = find_dates("It sank last Saturday.", dt.date(2025, 9, 20))
    assert "It sank last Saturday."[last.start : last.end] == "last Saturday"


def test_said_without_on_before_a_weekday_dates_the_saying():
    quake = DateMatcher.compile(DateClaim("q", "date", cues=("earthquake", "hit"), value=dt.date(2025, 9, 19)))
    published = dt.date(2025, 9, 20)  # a Saturday; the quake hit on Friday
    for text in (
        "The strongest earthquake to hit the region in decades has killed 90 people, officials said Saturday.",
        "The strongest earthquake to hit the region in decades has killed 90 people, officials said on Saturday.",
    ):
        assert all(f.confidence < 0.5 for f in quake.check(_doc(text), published)), text
    plain = "The strongest earthquake to hit the region in decades struck on Saturday, officials said."
    assert sure(quake.check(_doc(plain), published)) == [(Verdict.CONTRADICTED, True)]


def test_the_day_of_a_report_is_perhaps_not_the_events():
    quake = DateMatcher.compile(DateClaim("q", "date", cues=("earthquake", "quake"), value=dt.date(2025, 9, 19)))
    published = dt.date(2025, 9, 21)
    for text in (
        "Updated health ministry figures on Saturday showed the quake had killed 90 people.",
        "A statement released on Saturday said the quake had destroyed 300 homes.",
    ):
        assert all(f.confidence < 0.5 for f in quake.check(_doc(text), published)), text
    plain = "Health ministry figures show the quake on Saturday killed 90 people."
    assert sure(quake.check(_doc(plain), published)) == [(Verdict.CONTRADICTED, True)]
    # A report on an event of a day (the day the cue's modifier) dates the event (the review's).
    about = "A government report on the 20 September quake blamed poor building codes."
    assert sure(quake.check(_doc(about), published)) == [(Verdict.CONTRADICTED, True)]


def test_a_colon_that_opens_a_clause_of_its_own_breaks_the_tie():
    landing = DateMatcher.compile(DateClaim("l", "date", cues=("landing",), value=dt.date(2025, 8, 23)))
    published = dt.date(2025, 8, 25)
    other = "Low sun angles make a landing difficult: another probe crashed on 19 August while trying."
    assert landing.check(_doc(other), published) == []
    # A colon right before the date labels it; a clock time's colon is no break.
    assert sure(landing.check(_doc("Landing: 19 August."), published)) == [(Verdict.CONTRADICTED, True)]
    timed = "The landing was at 18:04 on 19 August."
    assert sure(landing.check(_doc(timed), published)) == [(Verdict.CONTRADICTED, True)]
    # The review's labels: a word or two, or a clock time, after the colon.
    for label in ("Landing: expected on 19 August.", "Landing: set for 19 August.", "Landing: 18:04 IST on 19 August."):
        assert [f.verdict for f in landing.check(_doc(label), published)] == [Verdict.CONTRADICTED], label


def test_todays_weekday_is_perhaps_the_same_weekday_a_week_before():
    quake = DateMatcher.compile(DateClaim("q", "date", cues=("struck",), value=dt.date(2025, 9, 12)))  # a Friday
    text = "The earthquake which struck in the night from Friday to Saturday has killed 90 people."
    a_week_on = dt.date(2025, 9, 19)  # the next Friday
    assert all(f.confidence < 0.5 for f in quake.check(_doc(text), a_week_on))
    # Another weekday, or a longer gap, is still a conflict; and so is a plain "on Friday" in a
    # Friday's article: today (the review's).
    assert sure(quake.check(_doc("The earthquake struck on Thursday."), a_week_on)) == [(Verdict.CONTRADICTED, True)]
    assert sure(quake.check(_doc("The earthquake struck on Friday."), a_week_on)) == [(Verdict.CONTRADICTED, True)]
    assert sure(quake.check(_doc("The earthquake struck early on Friday."), a_week_on)) == [
        (Verdict.CONTRADICTED, True)
    ]
    assert sure(quake.check(_doc("The earthquake struck on Friday."), dt.date(2025, 9, 26))) == [
        (Verdict.CONTRADICTED, True)
    ]


def test_the_comma_after_an_american_dates_year_closes_the_date():
    riot = DateMatcher.compile(DateClaim("r", "date", cues=("rampage",), value=dt.date(2023, 1, 8)))
    published = dt.date(2025, 9, 12)
    text = "The scheme culminated in the January 6, 2023, rampage in the capital."
    assert sure(riot.check(_doc(text), published)) == [(Verdict.CONTRADICTED, True)]
    assert sure(riot.check(_doc(text.replace("6", "8")), published)) == [(Verdict.SUPPORTED, True)]


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("KUALA LUMPUR, July 28 (Malaysia Newswire) -", []),
        ("GENOA, Italy, 28 July (Wire) -", []),
        # The dateline's day decides what "today" is, not the claims file's date.
        ("KUALA LUMPUR, July 27 (Malaysia Newswire) -", [("verdict-date", "contradicted", "today")]),
        # A dateline on a line of its own, under the byline, with no dash.
        ("SEREMBAN, Tuesday July 28\n", []),
        ("SEREMBAN, July 27\n", [("verdict-date", "contradicted", "today")]),
    ],
)
def test_a_wire_dateline_without_a_year_dates_the_article(tmp_path, dateline, expected):
    from factcheck import check, load_claims
    from factcheck.articles import document_from_text

    path = tmp_path / "claims.yaml"
    path.write_text(
        """version: 1
story: A verdict
published: 2020-07-29
claims:
  - id: verdict-date
    kind: date
    cues: [found guilty, convicted]
    value: 2020-07-28
""",
        encoding="utf-8",
    )
    claims = load_claims(str(path), check_articles=False)
    body = f"Headline of the report\n\n{dateline} The former minister was today found guilty on all seven charges.\n"
    found = [(f.claim, f.verdict.value, f.found) for f in check(claims, [document_from_text(body, "a.txt")])]
    assert found == expected


def test_a_datelines_year_is_the_one_nearest_the_claims_date():
    from factcheck.articles import find_dateline, nearest_day

    assert nearest_day(12, 31, dt.date(2021, 1, 2)) == dt.date(2020, 12, 31)
    assert nearest_day(1, 2, dt.date(2020, 12, 31)) == dt.date(2021, 1, 2)
    assert nearest_day(2, 29, dt.date(2020, 3, 1)) == dt.date(2020, 2, 29)
    # No 29 February within reach of the claims file's date: no date, not one a year off.
    assert nearest_day(2, 29, dt.date(2023, 3, 1)) is None
    assert find_dateline("Title\n\nJAKARTA, Sept 8 (Reuters) - Text.") == (9, 8)
    # Accented capitals, an ordinal day, a weekday before the date.
    assert find_dateline("Title\n\nBOGOTÁ, Colombia, March 3 (Reuters) - Text.") == (3, 3)
    assert find_dateline("Title\n\nKUALA LUMPUR, 14th August (Wire) - Text.") == (8, 14)
    assert find_dateline("Title\n\nMANILA, Monday, July 28 - Text.") == (7, 28)
    # A sentence that merely opens with a place and a date, or a label in capitals, is no dateline.
    assert find_dateline("Title\n\nIn Jakarta, Sept 8 was a holiday.") is None
    assert find_dateline("Title\n\nUPDATE, July 28 - Police said more.") is None
    # A line of its own: the place and the day, nothing after them.
    assert find_dateline("Title\nBy A. Writer\nHUALIEN, Sunday April 7\nText.") == (4, 7)
    assert find_dateline("Title\n\nHUALIEN, Sunday April 7 was a day of rain.") is None


def test_a_cue_that_names_a_body_is_not_the_event():
    vote = DateMatcher.compile(DateClaim("vote-date", "date", cues=("election",), value=dt.date(2025, 9, 14)))

    def tied(sentence):
        return [(m.date, vote.judge(m)[0]) for m in vote.tied(sentence, PUBLISHED)]

    # The commission confirmed the result on Thursday; the election itself was on the 14th.
    assert tied("On Thursday the election commission confirmed the result.") == []
    assert tied("On Thursday the Election Board confirmed the result.") == []
    assert tied("The election was held on Thursday.") == [(dt.date(2025, 9, 18), Verdict.CONTRADICTED)]
    assert [v for _, v in tied("The election on 14 September passed off calmly.")] == [Verdict.SUPPORTED]


def test_a_days_possessive_dates_the_event_only_when_it_describes_the_cue():
    blast = DateMatcher.compile(DateClaim("b", "date", cues=("explosion", "blast"), value=dt.date(2025, 9, 16)))

    def found(body):
        d = doc("Headline\n\n" + body + "\n")
        return [(f.verdict, f.found) for f in blast.check(d, PUBLISHED) if f.confidence >= 0.5]

    # PUBLISHED is Saturday 20 September: Wednesday is the 17th, Tuesday the 16th.
    assert found("Wednesday's deadly explosion killed 100 people.") == [(Verdict.CONTRADICTED, "Wednesday")]
    # A passive before it says nothing of a later phase when the day is the explosion's own.
    assert found("Nearly 100 people had been killed in Wednesday evening's explosion.") == [
        (Verdict.CONTRADICTED, "Wednesday evening")
    ]
    assert found("Tuesday's explosion killed 100 people.") == [(Verdict.SUPPORTED, "Tuesday")]
    # The possessive of another noun: the day of something else.
    assert found("Wednesday's share price fell after the explosion.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The cue "beat" finds "has beaten": the weekday beside it is the final's.
        ("On Wednesday, at the main stadium, Okafor has beaten Lindqvist in straight sets.", [Verdict.CONTRADICTED]),
        ("On Thursday, at the main stadium, Okafor has beaten Lindqvist in straight sets.", [Verdict.SUPPORTED]),
    ],
)
def test_a_cue_of_an_irregular_verb_ties_its_past_forms(sentence, expected):
    final = DateMatcher.compile(DateClaim("final-date", "date", cues=("final", "beat"), value=dt.date(2025, 9, 18)))
    assert [final.judge(m)[0] for m in final.tied(sentence, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The event named as a thing, the day of someone's doing with it: not sure enough to fail.
        ("The governor visited the flood zone and the shelters on Wednesday.", [(Verdict.CONTRADICTED, False)]),
        (
            "Regulators imposed a ban on coverage of the flood, which they lifted on Wednesday.",
            [(Verdict.CONTRADICTED, False)],
        ),
        # A verb of the event taking place, or the cue as the verb: the event's own day.
        ("The flood, which began on Wednesday, cut the valley in two.", [(Verdict.CONTRADICTED, True)]),
        ("The flood struck the valley on Wednesday.", [(Verdict.CONTRADICTED, True)]),
        # The event the subject of a reported clause: its own doing, its own day.
        ("Officials said the flood reached the town on Wednesday.", [(Verdict.CONTRADICTED, True)]),
    ],
)
def test_the_day_of_another_doing_with_the_event_is_not_sure(sentence, expected):
    assert sure(FLOOD.check(_doc("Flood\n\n" + sentence + "\n"), PUBLISHED)) == expected


_COLLAPSE = """\
version: 1
story: A quarry wall collapsed on Thursday 18 September 2025
articles: ["articles/*.txt"]
published: 2025-09-18
claims:
  - id: collapse-date
    kind: date
    cues: [collapsed]
    value: 2025-09-18
"""


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # No date of its own: a paper of the next morning says "yesterday" for the claims file's day.
        ("Quarry disaster\n\nThe quarry wall collapsed yesterday, trapping four men.\n", "unclear"),
        # Its own dateline: "yesterday" counts from it, and a day off is a contradiction.
        (
            "Quarry disaster\n\nTARVA, Sept 18 (Wire) - The quarry wall collapsed yesterday, trapping four men.\n",
            "contradicted",
        ),
        # Two days off is no next-morning paper.
        ("Quarry disaster\n\nThe quarry wall collapsed the day before yesterday, trapping four men.\n", "contradicted"),
    ],
)
def test_yesterday_in_an_article_with_no_date_of_its_own_may_be_a_day_off(tmp_path, article, expected):
    from .conftest import claims_from, reported

    assert [v for _, v, _ in reported(claims_from(tmp_path, _COLLAPSE), article)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Saturday 20 September 2025: Tuesday last week is 9 September, Thursday last week the 11th.
        ("The flood struck on Thursday last week.", [Verdict.CONTRADICTED]),
        ("The flood struck on Thursday of last week.", [Verdict.CONTRADICTED]),
        ("The flood struck on Thursday.", [Verdict.SUPPORTED]),
    ],
)
def test_a_weekday_last_week_is_in_the_week_before(sentence, expected):
    assert verdicts(sentence) == expected


def test_a_weekday_last_week_resolves_to_the_week_before():
    (mention,) = find_dates("stuck since Tuesday last week", dt.date(2021, 3, 31))  # a Wednesday
    assert mention.date == dt.date(2021, 3, 23)


_RESIGNATION = """\
version: 1
story: Prime minister Ana Ruiz resigned on Thursday 20 October 2022
articles: ["articles/*.txt"]
published: 2022-10-20
entities:
  ruiz: {name: Ana Ruiz, aliases: [Ruiz]}
  vidal: {name: Marta Vidal, aliases: [Vidal]}
  costa: {name: Pablo Costa, aliases: [Costa]}
claims:
  - id: resignation-date
    kind: date
    about: Ana Ruiz announcing her resignation
    cues: [resigned, quit]
    value: 2022-10-20
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Someone else opens the clause and quits: that day is hers, not the prime minister's.
        ("TOLEDO, Oct 20 (Wire) - Pablo Costa was sacked last week, and Marta Vidal quit yesterday.", ["unclear"]),
        # The claim's own person, or someone named in another role, still dates the event.
        ("TOLEDO, Oct 20 (Wire) - Ana Ruiz quit yesterday, a day after Marta Vidal.", ["contradicted"]),
        ("TOLEDO, Oct 20 (Wire) - Ruiz resigned yesterday, as Judge Vidal looked on.", ["contradicted"]),
    ],
)
def test_the_day_someone_else_did_the_cues_doing_is_not_the_events(tmp_path, body, expected):
    from .conftest import claims_from, reported

    found = reported(claims_from(tmp_path, _RESIGNATION), "Headline\n\n" + body + "\n")
    assert [v for c, v, _ in found if c == "resignation-date"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A date fronting the sentence, with no comma, dates its main clause however long the subject.
        (
            "On Friday afternoon the riverside district, its old town and its farms, was struck by the flood.",
            [Verdict.CONTRADICTED],
        ),
        (
            "On 19 September the five villages of the lower valley and their farms were struck by the flood.",
            [Verdict.CONTRADICTED],
        ),
        # Past a verb of saying, the date is the saying's.
        ("On 19 September the regional emergency office announced that the flood had struck five villages.", []),
    ],
)
def test_a_fronted_date_dates_the_main_clause(sentence, expected):
    assert verdicts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A future verb, then "after" the event: the date is the event's, before what is to come.
        ("There will be no return home for anyone after the flood struck on Friday.", [Verdict.CONTRADICTED]),
        # A future verb that governs the date: an event still to come, not the claim's.
        ("A vigil will be held on Friday where the flood struck.", []),
    ],
)
def test_a_future_verb_before_after_the_event_does_not_make_its_date_a_future_one(sentence, expected):
    found = FLOOD.check(doc("Headline of the story\n\n" + sentence + "\n"), PUBLISHED)
    assert [f.verdict for f in found] == expected


def test_a_future_verb_before_after_something_else_is_still_to_come():
    reopen = DateMatcher.compile(DateClaim("r", "date", cues=("reopen",), value=dt.date(2025, 9, 22)))
    found = reopen.check(doc("Headline of the story\n\nThe airport will reopen after repairs on Monday.\n"), PUBLISHED)
    assert [f.verdict for f in found if f.verdict is Verdict.CONTRADICTED and f.confidence >= 0.5] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Thursday the 18th of September" is one date: the weekday is the day's, not "on Thursday" alone.
        ("The flood struck on Thursday the 18th of September.", [Verdict.SUPPORTED]),
        ("The flood struck on Thursday the 18th September, at dawn.", [Verdict.SUPPORTED]),
        ("The flood struck on Tuesday the 16th of September.", [Verdict.CONTRADICTED]),
    ],
)
def test_a_weekday_before_an_ordinal_day_and_month_is_one_date(sentence, expected):
    # Published on Saturday 27 September: "on Thursday" alone would be the 25th.
    assert verdicts(sentence, dt.date(2025, 9, 27)) == expected


def test_a_year_after_of_closes_a_translated_date():
    # "the 18 of September of 2024": a translation's date, its year after "of".
    (d,) = find_dates("The flood struck the 18 of September of 2024.", None)
    assert d.date == dt.date(2024, 9, 18)
    assert verdicts("The flood struck the 18 of September of 2024.") == [Verdict.CONTRADICTED]
    assert verdicts("The flood struck the 18 of September of 2025.") == [Verdict.SUPPORTED]


def test_since_a_days_own_event_dates_the_event():
    # "since Thursday's flood": the possessive names the flood's day; "since Thursday" alone may be
    # when a state began before it.
    def at(sentence):
        return sure(FLOOD.check(doc("Headline\n\n" + sentence + "\n"), PUBLISHED))

    assert at("Some 40 people have been treated since Friday's flood.") == [(Verdict.CONTRADICTED, True)]
    assert at("Some 40 people have been treated since Thursday's flood.") == [(Verdict.SUPPORTED, True)]


_EVENT_CLAIMS = """version: 1
published: 2024-03-12
claims:
  - id: blast-date
    kind: date
    about: the gas explosion
    cues: [exploded, explosion]
    value: 2024-03-08
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The event said with a noun of its own: "the tragedy happened" is the explosion's day.
        (
            "The tragedy happened on Thursday evening, when the street was full.",
            [("blast-date", "contradicted", "Thursday evening")],
        ),
        (
            "The accident occurred on Friday evening, when the street was full.",
            [("blast-date", "supported", "Friday evening")],
        ),
        # A tabloid's noun for it.
        (
            "The nightmare unfolded on Thursday evening, when the street was full.",
            [("blast-date", "contradicted", "Thursday evening")],
        ),
        # A relative day with its weekday after it: the weekday says which day ("yesterday" from the
        # article's Tuesday would be Monday).
        ("The disaster happened yesterday evening, Friday, in the old town.", []),
    ],
)
def test_the_events_own_noun_ties_its_date(tmp_path, body, expected):
    claims = claims_from(tmp_path, _EVENT_CLAIMS)
    found = check(claims, [doc("Headline\n\n" + body + "\n")], include_supported=True)
    assert [(f.claim, f.verdict.value, f.found) for f in found if f.verdict.value != "unclear"] == expected


def test_the_events_noun_ties_no_date_when_two_claims_name_events(tmp_path):
    claims = claims_from(
        tmp_path,
        _EVENT_CLAIMS
        + """  - id: fire-date
    kind: date
    about: the warehouse fire
    cues: [fire, blaze]
    value: 2024-03-10
""",
    )
    body = "The tragedy happened on Thursday evening, when the street was full."
    assert contradictions(claims, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # The nineteenth session's review: "incident" is as often a later clash, and "a similar
        # accident" another event.
        "Protesters angry over the blast clashed with police. The incident happened on Tuesday evening.",
        "A similar accident occurred on Tuesday at a depot in the north.",
    ],
)
def test_review_another_incident_is_not_the_events(tmp_path, body):
    claims = claims_from(tmp_path, _EVENT_CLAIMS)
    assert contradictions(claims, body) == []


def test_a_live_blogs_entry_heading_is_when_the_entry_was_written():
    # "Saturday September 20, 3.30pm" opening an entry (its line break joined away): the entry's time.
    stamps = (
        "Saturday September 20, 3.30pm",
        "Saturday 20 September, 15:30",
        "September 20, 9 am",
        "20 September, 3 PM",
    )
    for stamp in stamps:
        text = f"{stamp} Crews are still clearing the mud the flood struck the village with."
        assert FLOOD.check(_doc(text), PUBLISHED) == [], stamp
    # A date opening a sentence of the event is still the event's; so is a figure after a bare date.
    for text in (
        "Saturday September 20: the flood struck the village.",
        "September 20, 15 homes were lost as the flood struck.",
    ):
        assert [f.verdict for f in FLOOD.check(_doc(text), PUBLISHED)] == [Verdict.CONTRADICTED], text


def test_a_weekday_after_tomorrow_or_yesterday_is_that_day():
    mourning = DateMatcher.compile(
        DateClaim("mourning-date", "date", cues=("day of mourning",), value=dt.date(2025, 9, 20))
    )
    friday = dt.date(2025, 9, 19)

    def judged(text):
        return [f.verdict for f in mourning.check(_doc(text), friday)]

    assert judged("Flags will fly tomorrow, Saturday, for a national day of mourning.") == [Verdict.SUPPORTED]
    assert judged("Flags flew yesterday, Thursday, for a national day of mourning.") == [Verdict.CONTRADICTED]


def test_a_date_fronting_its_sentence_without_a_comma_dates_the_main_verb_however_far():
    announced = DateMatcher.compile(DateClaim("alert-date", "date", cues=("announced",), value=dt.date(2025, 9, 18)))
    far = "On Friday morning the head of the regional flood agency in front of the town hall announced an alert."
    assert [announced.judge(m)[0] for m in announced.tied(far, PUBLISHED)] == [Verdict.CONTRADICTED]
    # A noun of the object, or a verb in a clause of its own, is not the fronted date's this far.
    toll = "On Friday the agency put out a corrected toll for the terrible flood in the valley."
    assert FLOOD.tied(toll, PUBLISHED) == []
    assert FLOOD.tied("On Friday the agency revised the toll of the storm that struck the valley.", PUBLISHED) == []


def test_today_after_still_or_even_is_the_present_time_not_a_day():
    for text in (
        "The flood struck the valley whose dikes still protect the town today.",
        "The flood struck a region that even today has no warning system.",
    ):
        assert FLOOD.check(_doc(text), PUBLISHED) == [], text
    # "today" as a day is still the article's day.
    assert [f.verdict for f in FLOOD.check(_doc("The flood struck the valley today."), PUBLISHED)] == [
        Verdict.CONTRADICTED
    ]


def test_a_full_date_of_an_earlier_year_and_another_day_is_another_event():
    other = "Residents remember the flood that struck on 8 August 2019 and buried 17 people."
    assert FLOOD.check(_doc(other), PUBLISHED) == []
    # A slip changes the day or the year, not both: each alone is still a conflict.
    for text in ("The flood struck on 18 September 2024.", "The flood struck on 8 September 2025."):
        assert [f.verdict for f in FLOOD.check(_doc(text), PUBLISHED)] == [Verdict.CONTRADICTED], text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police apprehended the suspect on Wednesday at a roadside inn.", [Verdict.CONTRADICTED]),
        ("He was taken into custody on Thursday.", [Verdict.SUPPORTED]),
        # A detention is often a step of its own, days before the arrest: no word of the family.
        ("Police detained him on Monday for questioning.", []),
    ],
)
def test_a_word_of_the_cues_family_dates_the_event(sentence, expected):
    # The claim's cue is "arrested"; the articles say "apprehended", "taken into custody".
    arrest = DateMatcher.compile(DateClaim("arrest-date", "date", cues=("arrested",), value=dt.date(2025, 9, 18)))
    assert [arrest.judge(m)[0] for m in arrest.tied(sentence, PUBLISHED)] == expected


def test_a_wire_datelines_day_ending_its_line_is_the_reports():
    # The agency ends the dateline's line, with no dash: the day the report was filed, even when the
    # headline above it holds the claim's cue and the two read as one sentence.
    text = "Flood toll rises as rescuers end search\nHOLMVIK, Norway, Sep 19 (Nordic Wire Service)\n\nRescuers went on."
    assert FLOOD.check(_doc(text), dt.date(2025, 9, 19)) == []
    (wrong,) = FLOOD.check(_doc("Rescue goes on\n\nThe flood struck on Sep 19 (a Friday)."), dt.date(2025, 9, 20))
    assert wrong.verdict is Verdict.CONTRADICTED


def test_a_day_set_for_something_to_come_is_not_the_past_events():
    # Said on Thursday 18 September, the day of the flood: "a hearing was set for Friday" is the 19th,
    # a day appointed for something to come.
    published = dt.date(2025, 9, 18)
    for text in (
        "Residents asked a judge to stop work on the flood barrier, and a hearing was set for Friday morning.",
        "A meeting on the flood has been scheduled for Friday.",
    ):
        assert FLOOD.check(_doc(text), published) == [], text
    # The first plan, moved since: "had first been set for", "was originally scheduled for".
    for text in (
        "The vote on the flood levy had first been set for Friday and was then moved to Monday.",
        "The flood inquiry was originally scheduled for Friday.",
    ):
        assert FLOOD.check(_doc(text), published) == [], text
    (wrong,) = FLOOD.check(_doc("The flood struck on Friday morning."), published)
    assert wrong.verdict is Verdict.CONTRADICTED
    # "set for" something else than a day: the date is still the event's.
    (record,) = FLOOD.check(_doc("A flood record was set for the river on Friday."), published)
    assert record.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("cue", "sentence"),
    [
        ("takeover", "On Wednesday the rival bank took over the lender for one euro."),
        ("disclosed", "The regulator made public its test results on Wednesday."),
    ],
)
def test_a_phrase_of_the_cues_family_dates_the_event(cue, sentence):
    # The claim says "takeover" or "disclosed"; the article "took over" or "made public".
    claim = DateMatcher.compile(DateClaim("d", "date", cues=(cue,), value=dt.date(2025, 9, 18)))
    assert [claim.judge(m)[0] for m in claim.tied(sentence, PUBLISHED)] == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The event again, on another day: a repeat, not the event's day.
        ("The river flooded again on Saturday, swamping the same streets.", []),
        ("Engineers pumped the streets dry, but the river flooded again on Saturday.", []),
        # Without "again", the day is the event's.
        ("The river flooded on Saturday.", [Verdict.CONTRADICTED]),
        # What is to come again may be the claim's own: "will flood again on Saturday" is judged.
        ("Forecasters said the river will flood again on Saturday.", [Verdict.SUPPORTED]),
    ],
)
def test_a_day_the_event_happened_again_is_not_its_day(sentence, expected):
    flood = DateMatcher.compile(DateClaim("f", "date", cues=("flooded", "flood"), value=dt.date(2025, 9, 20)))
    published = dt.date(2025, 9, 18)  # a Thursday: the Saturday to come is the 20th
    assert [f.verdict for f in flood.check(_doc(sentence), published)] == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # A day in what a warning or a forecast tells of is to come, not the event's past day.
        ("Forecasters have warned of floods striking the valley on Monday.", []),
        ("The agency forecast of a flood striking the town on Monday was wrong.", []),
        # The event's own day stays judged, also when the warning came before it.
        ("The flood struck the valley on Monday.", [Verdict.CONTRADICTED]),
        ("Forecasters had warned of heavy rain for days before the flood struck on Monday.", [Verdict.CONTRADICTED]),
        ("The agency warned of rising water as the flood struck the town on Monday.", [Verdict.CONTRADICTED]),
    ],
)
def test_a_day_in_a_warning_of_what_is_to_come_is_not_the_events(sentence, found):
    assert [f.verdict for f in FLOOD.check(_doc("Headline\n\n" + sentence + "\n"), PUBLISHED)] == found


@pytest.mark.parametrize(
    ("cue", "sentence", "expected"),
    [
        # A sentencing told as a jailing, a collapse as a giving way, a crash as a plunge.
        ("sentenced", "The former minister was caged for 24 years on Wednesday.", [Verdict.CONTRADICTED]),
        ("sentenced", "He was jailed for life on Thursday.", [Verdict.SUPPORTED]),
        ("collapsed", "The old bridge gave way on Wednesday evening.", [Verdict.CONTRADICTED]),
        ("crashed", "The jet plunged into a field on Wednesday.", [Verdict.CONTRADICTED]),
        # A word of no family of the cue dates nothing.
        ("crashed", "The airline cancelled flights on Wednesday.", []),
    ],
)
def test_the_cue_families_of_sentencing_collapse_and_crash_date_the_event(cue, sentence, expected):
    event = DateMatcher.compile(DateClaim("event-date", "date", cues=(cue,), value=dt.date(2025, 9, 18)))
    assert [event.judge(m)[0] for m in event.tied(sentence, PUBLISHED)] == expected
