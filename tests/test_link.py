"""The linking stage and the confidence of findings, on sentences of our own.

Each test is one class of false alarm met on unseen stories (the sentences here are new):
a figure fitting a sibling claim, a figure of another group, an increment, another year's
event, the article's own date, a date inside a quote, a date of a saying, another form of a
name's word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check, load_claims
from factcheck.articles import document_from_text
from factcheck.link import CONFIDENCE_THRESHOLD, link
from factcheck.model import Finding, Severity, Verdict

CLAIMS = """\
version: 1
published: 2025-05-14
entities:
  ostrova: {name: Lena Ostrova}
  survey: {name: Norrland Geological Survey}
claims:
  - {id: dead, kind: quantity, about: workers killed in the blast, cues: [dead, killed, died], value: 4}
  - {id: crew, kind: quantity, about: workers on the platform, cues: [workers, crew], value: 7}
  - {id: blast-date, kind: date, about: the blast, cues: [blast, explosion], value: 2025-05-12}
"""


def load_text(folder: Path, text: str, name: str = "c.yaml"):  # type: ignore[no-untyped-def]
    """Write a claims file of the test's own into ``folder`` and load it (articles are given to check)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_claims(str(path), check_articles=False)


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return load_text(tmp_path_factory.mktemp("c"), CLAIMS, "claims.yaml")


def verdicts(claims, text: str, claim: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = document_from_text(text, "a.txt")
    return [f.verdict.value for f in check(claims, [doc], include_supported=True) if f.claim == claim]


def test_a_figure_that_fits_one_claim_never_contradicts_its_sibling(claims) -> None:  # type: ignore[no-untyped-def]
    text = "The four missing workers are presumed dead after the blast on the platform."
    assert verdicts(claims, text, "crew") == []
    assert verdicts(claims, text, "dead") == ["supported"]


def test_a_figure_of_another_group_is_unclear(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "Two firefighters were killed when the roof fell.", "dead") == ["unclear"]
    assert verdicts(claims, "Six people were killed in the blast.", "dead") == ["contradicted"]
    # "workers" is the crew claim's cue and "killed" the dead claim's: a tie, a contradiction of neither.
    assert verdicts(claims, "Six workers were killed in the blast.", "dead") == ["unclear"]


def test_an_increment_is_not_the_total(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "Divers recovered two more dead on Tuesday.", "dead") == ["unclear"]


def test_another_years_event_is_not_the_claims(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "In 2011 a similar blast at the site killed 12.", "dead") == []
    assert verdicts(claims, "In the year 2009 a gas leak killed 30.", "dead") == []


def test_a_year_fronting_the_sentence_or_a_relative_clause_is_another_event(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "In the year 2009, a gas leak killed 30.", "dead") == []
    assert verdicts(claims, "It was the worst since a fire in 1998, which killed 19 at the pit.", "dead") == []
    assert verdicts(claims, "The worst was at Brenna in March 2004, when 11 were killed.", "dead") == []
    # The story's own year does not make a figure another event's.
    assert verdicts(claims, "In May 2025, the blast killed 5.", "dead") == ["contradicted"]


def test_ages_rates_and_parts_are_not_the_total(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "The youngest of the dead was 19.", "dead") == ["unclear"]
    assert verdicts(claims, "Mines in the region record about 12 dead a year.", "dead") == ["unclear"]
    assert verdicts(claims, "Four workers died, including two killed outright.", "dead") == ["supported", "unclear"]


def test_adjectives_of_a_place_and_lone_first_names_are_not_misspellings(tmp_path: Path) -> None:
    claims = load_text(
        tmp_path, "version: 1\nentities:\n  karlovac: {name: Karlovac}\n  nuria: {name: Nuria Albalat}\nclaims: []\n"
    )
    text = "Nuria Albalat spoke. The Karlovacki Glasnik and Croatian papers ran it. Original: El Diario del Turia."
    assert [f.found for f in check(claims, [document_from_text(text, "a.txt")])] == []
    typo = "Nuria Albalt spoke in Karlovak, an hour from the Karlovac bridge."
    assert sorted(f.found for f in check(claims, [document_from_text(typo, "a.txt")])) == ["Albalt", "Karlovak"]


def test_the_articles_own_date_and_a_date_in_a_quote_are_not_the_events(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "Blast at the mine. Published: Wednesday 14 May 2025", "blast-date") == []
    text = 'Ostrova said of the blast: "Today was the worst day of my life."'
    assert verdicts(claims, text, "blast-date") == []


def test_a_date_of_a_saying_is_unclear(claims) -> None:  # type: ignore[no-untyped-def]
    text = "The blast inquiry, the ministry said on Tuesday, would report in June."
    assert verdicts(claims, text, "blast-date") == ["unclear"]


def test_another_form_of_a_names_word_is_not_a_misspelling(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "Norrland's hills are steep. The Norrland Geological Survey agreed.", "survey") == []
    assert verdicts(claims, "The Norrland Geologcal Survey agreed.", "survey") == ["contradicted"]


def _finding(claim: str, verdict: Verdict, confidence: float) -> Finding:
    return Finding("a.txt", claim, "quantity", verdict, Severity.ERROR, "4", "9", 1, 5, "", "", (), confidence)


def test_link_keeps_the_claim_a_mention_fits_and_ties_are_neither() -> None:
    fits = link([_finding("a", Verdict.SUPPORTED, 0.9), _finding("b", Verdict.CONTRADICTED, 0.9)])
    assert [(f.claim, f.verdict) for f in fits] == [("a", Verdict.SUPPORTED)]
    tie = link([_finding("a", Verdict.CONTRADICTED, 0.8), _finding("b", Verdict.CONTRADICTED, 0.75)])
    assert {f.verdict for f in tie} == {Verdict.UNCLEAR}
    best = link([_finding("a", Verdict.CONTRADICTED, 0.9), _finding("b", Verdict.CONTRADICTED, 0.6)])
    assert [(f.claim, f.verdict) for f in best] == [("a", Verdict.CONTRADICTED)]
    # The margin is a tie, whatever the floating point makes of 0.9 - 0.8; a sure finding (1.0) wins.
    for high, low in ((0.9, 0.8), (0.8, 0.7), (0.7, 0.6)):
        tied = link([_finding("a", Verdict.CONTRADICTED, high), _finding("b", Verdict.CONTRADICTED, low)])
        assert {f.verdict for f in tied} == {Verdict.UNCLEAR}, (high, low)
    sure = link([_finding("a", Verdict.CONTRADICTED, 1.0), _finding("b", Verdict.CONTRADICTED, 0.9)])
    assert [(f.claim, f.verdict) for f in sure] == [("a", Verdict.CONTRADICTED)]


def test_below_the_threshold_a_contradiction_is_unclear_and_never_fails() -> None:
    (low,) = link([_finding("a", Verdict.CONTRADICTED, CONFIDENCE_THRESHOLD - 0.01)])
    assert low.verdict is Verdict.UNCLEAR and not low.fails("warning")
    (sure,) = link([_finding("a", Verdict.CONTRADICTED, CONFIDENCE_THRESHOLD)])
    assert sure.verdict is Verdict.CONTRADICTED and sure.fails()


QUOTE_CLAIMS = """\
version: 1
entities:
  varga: {name: Ilona Varga}
  union: {name: Miners Union of Hungary, aliases: [MUH]}
claims:
  - {id: varga-quote, kind: quote, speaker: varga, text: We will not go back underground until the shaft is safe}
"""


def test_the_claimed_speaker_named_beside_the_quote_is_its_speaker(tmp_path: Path) -> None:
    claims = load_text(tmp_path, QUOTE_CLAIMS)
    text = '"We will not go back underground until the shaft is safe," MUH leader Ilona Varga told miners.'
    assert [f.verdict.value for f in check(claims, [document_from_text(text, "a.txt")])] == []


def test_in_a_declared_translation_changed_quote_words_are_unclear(tmp_path: Path) -> None:
    claims = load_text(tmp_path, QUOTE_CLAIMS)
    body = 'Ilona Varga said: "We will not return underground until the shaft is safe."'
    plain = check(claims, [document_from_text(body, "a.txt")])
    assert [f.verdict.value for f in plain] == ["contradicted"]
    translated = check(claims, [document_from_text("Nepszava (translated from Hungarian)\n\n" + body, "a.txt")])
    assert [f.verdict.value for f in translated] == ["unclear"]
    assert "translation" in translated[0].message


def test_a_swapped_key_term_in_a_statement_is_a_contradiction(tmp_path: Path) -> None:
    claims = load_text(
        tmp_path,
        "version: 1\nentities:\n  vela: {name: Vela Motors}\nclaims:\n"
        "  - {id: closure, kind: statement, holder: vela, text: Vela Motors will close its engine plant in Tarnow}\n"
        "  - {id: blast-time, kind: statement, text: The explosion tore through the mine shortly before midnight}\n"
        "  - {id: since, kind: statement, text: It was the worst mine accident in Poland since the disaster of 1979}\n",
    )

    def found(text: str) -> list[tuple[str, str, str]]:
        doc = document_from_text(text, "a.txt")
        return [(f.claim, f.verdict.value, f.found) for f in check(claims, [doc]) if f.kind == "statement"]

    assert found("Vela Motors said it will close its engine plant in Rzeszow.") == [
        ("closure", "contradicted", "Rzeszow")
    ]
    assert found("Vela Motors said it will close its engine plant in Tarnow.") == []
    assert found("The explosion tore through the mine shortly before midday.") == [
        ("blast-time", "contradicted", "midday")
    ]
    assert found("The explosion tore through the mine at 23:40.") == []
    swapped_year = found("It was the worst mine accident in Poland since the disaster of 1974.")
    assert swapped_year[0][1:] == ("contradicted", "1974")


def test_vague_words_and_years_in_an_aside_do_not_fail(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "The blast killed dozens, witnesses said.", "dead") == ["unclear"]
    assert verdicts(claims, "Over fifteen people were killed in the blast.", "dead") == ["contradicted"]
    text = "The worst accident, at Brenna in 2004, killed 11 miners."
    assert verdicts(claims, text, "dead") == []
    assert verdicts(claims, "The number of dead rises to 9 after the blast.", "dead") == ["contradicted"]


def test_datelines_and_ordinary_words_are_not_names_but_titled_ones_are(tmp_path: Path) -> None:
    claims = load_text(
        tmp_path,
        "version: 1\nentities:\n  kobo: {name: MV Kobo Star, aliases: [Kobo Star]}\n  vidal: {name: Marta Vidal}\n"
        "claims: []\n",
    )

    def names(text: str) -> list[str]:
        return [f.found for f in check(claims, [document_from_text(text, "a.txt")])]

    assert names("KOBE, Japan (Wire) - The MV Kobo Star ran aground, said Marta Vidal.") == []
    assert names("Vital supplies reached the Kobo Star, said Marta Vidal.") == []
    assert names("Mayor Vital said the Kobo Star was safe.") == ["Vital"]
    assert names("Marta Vital said the Kobo Star was safe.") == ["Vital"]


def test_a_change_and_another_verbs_count_are_not_the_level(tmp_path: Path) -> None:
    claims = load_text(
        tmp_path,
        "version: 1\nclaims:\n"
        "  - {id: rate, kind: quantity, about: the policy rate after the decision, cues: [rate], unit: percent,"
        " value: 4.75}\n"
        "  - {id: recalled, kind: quantity, about: scooters recalled, cues: [recalled, scooters], value: 214000}\n",
    )

    def found(text: str) -> list[tuple[str, str]]:
        doc = document_from_text(text, "a.txt")
        return [(f.found, f.verdict.value) for f in check(claims, [doc])]

    assert found("The bank cut its rate by 0.25 percent to 4.75%.") == [("0.25 percent", "unclear")]
    assert found("The bank cut its rate to 4.5%.") == [("4.5%", "contradicted")]
    assert found("The firm had sold about 1.19 million scooters by June.") == [("about 1.19 million", "unclear")]
    assert found("The firm recalled 241,000 scooters.") == [("241,000", "contradicted")]


def test_a_possessive_before_an_organisation_is_not_a_misspelling(tmp_path: Path) -> None:
    claims = load_text(
        tmp_path,
        "version: 1\nentities:\n  ems: {name: Emergency Management Service,"
        " aliases: [Georgian Emergency Management Service]}\nclaims: []\n",
    )
    text = "A spokesman for Georgia's Emergency Management Service said the road was shut."
    assert [f.found for f in check(claims, [document_from_text(text, "a.txt")])] == []
    typo = "A spokesman for the Georgain Emergency Management Service said the road was shut."
    assert [f.found for f in check(claims, [document_from_text(typo, "a.txt")])] == ["Georgain"]


def test_places_in_a_phrase_and_translated_ages_are_not_the_count(claims, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hospital = load_text(
        tmp_path,
        "version: 1\nclaims:\n  - {id: in-hospital, kind: quantity, about: people treated in hospital,"
        " cues: [hospital, hospitalised], value: 52}\n",
        "h.yaml",
    )
    doc = document_from_text("Doctors at two city hospitals reported the cluster.", "a.txt")
    assert [(f.found, f.verdict.value) for f in check(hospital, [doc])] == [("two", "unclear")]
    doc = document_from_text("Some 25 people are in hospital.", "a.txt")
    assert [(f.found, f.verdict.value) for f in check(hospital, [doc])] == [("Some 25", "contradicted")]
    assert verdicts(claims, "The foreman, of 58 years, said four died.", "dead") == ["supported"]


def test_statements_questions_lexical_negation_and_unnamed_holders(tmp_path: Path) -> None:
    claims = load_text(
        tmp_path,
        "version: 1\nentities:\n  museum: {name: Casa Ferrandiz}\nclaims:\n"
        "  - {id: alarm, kind: statement, holder: museum, modality: deny,"
        " text: The museum denied that its alarm system had failed during the theft}\n"
        "  - {id: solo, kind: statement, text: Kiptoo ran the final 12 kilometres without pacemakers}\n"
        "  - {id: schools, kind: statement, text: Schools in Kielce will stay open}\n",
    )

    def verdict(text: str) -> list[tuple[str, str]]:
        doc = document_from_text(text, "a.txt")
        return [(f.claim, f.verdict.value) for f in check(claims, [doc]) if f.kind == "statement"]

    # A view given to nobody by name may be the holder's: "The museum admitted" is checked.
    assert verdict("The museum admitted that its alarm system had failed during the theft.") == [
        ("alarm", "contradicted")
    ]
    assert verdict("Kiptoo ran the final 12 kilometres alone after her pacemakers dropped out.") in (
        [],
        [("solo", "unclear")],
    )
    assert verdict("Will schools in Kielce stay open?") == []


def test_partitives_interim_counts_and_possessive_days(claims) -> None:  # type: ignore[no-untyped-def]
    assert verdicts(claims, "Of the four workers who died, two died at the scene.", "dead") == ["supported", "unclear"]
    assert verdicts(claims, "Police had initially reported six dead.", "dead") == ["unclear"]
    assert verdicts(claims, "Six are confirmed dead so far.", "dead") == ["unclear"]
    assert verdicts(claims, "Shares fell below Tuesday's close after the blast.", "blast-date") == []


def test_a_place_name_in_its_grammatical_case_is_not_a_misspelling(tmp_path: Path) -> None:
    claims = load_text(tmp_path, "version: 1\nentities:\n  krsko: {name: Krško}\nclaims: []\n")
    text = "Voters queued in Leskovec pri Krškem, near Krško."
    assert [f.found for f in check(claims, [document_from_text(text, "a.txt")])] == []
    assert [f.found for f in check(claims, [document_from_text("The plant at Krsqo, near Krško.", "a.txt")])] == [
        "Krsqo"
    ]


# --- an article that states the claim's value --------------------------------------------------

STATED = """\
version: 1
published: 2025-05-14
entities:
  ostrova: {name: Lena Ostrova}
claims:
  - {id: magnitude, kind: quantity, about: the main quake, cues: [magnitude, quake], value: 6.1}
  - {id: quake-date, kind: date, about: the main quake, cues: [quake, struck], value: 2025-05-12}
  - {id: ostrova-quote, kind: quote, speaker: ostrova, text: "The school walls held and every child walked out"}
"""


@pytest.fixture(scope="module")
def stated(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return load_text(tmp_path_factory.mktemp("s"), STATED, "claims.yaml")


def test_another_figure_in_an_article_that_states_the_value_is_unclear(stated) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Quake shakes the valley\n\nA magnitude 6.1 quake struck the valley on Monday.\n\n"
        "Dozens of aftershocks followed, the strongest a magnitude 4.9 quake at dawn.\n"
    )
    found = [
        f for f in check(stated, [document_from_text(text, "a.txt")], include_supported=True) if f.claim == "magnitude"
    ]
    assert [(f.found, f.verdict.value) for f in found] == [("6.1", "supported"), ("4.9", "unclear")]
    assert "gives the claim's value at 3:13" in found[1].message
    assert found[1].confidence < CONFIDENCE_THRESHOLD
    # Without the body's 6.1, the aftershock's figure is a contradiction as before.
    alone = "Quake shakes the valley\n\nA magnitude 4.9 quake struck the valley on Monday.\n"
    assert [f.verdict.value for f in check(stated, [document_from_text(alone, "a.txt")]) if f.claim == "magnitude"] == [
        "contradicted"
    ]


def test_a_headline_stating_the_value_does_not_excuse_the_body(stated) -> None:  # type: ignore[no-untyped-def]
    text = "Magnitude 6.1 quake shakes the valley\n\nA magnitude 5.1 quake struck the valley on Monday.\n"
    assert verdicts(stated, text, "magnitude") == ["supported", "contradicted"]


def test_a_date_stated_in_the_body_makes_another_day_unclear(stated) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Published: Wednesday 14 May 2025\n\nThe quake struck on Monday before dawn.\n\n"
        "A second, weaker quake struck on Tuesday evening.\n"
    )
    assert verdicts(stated, text, "quake-date") == ["supported", "unclear"]


def test_names_and_quotes_are_not_excused_by_a_correct_mention(stated) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Lena Ostrova said: "The school walls held and every child walked out."\n\n'
        'Later Lena Ostrowa repeated: "The school walls held and every pupil walked out."\n'
    )
    got = [(f.claim, f.verdict.value) for f in check(stated, [document_from_text(text, "a.txt")])]
    assert ("ostrova", "contradicted") in got
    assert ("ostrova-quote", "contradicted") in got


COACH = """\
version: 1
published: 2025-05-14
claims:
  - {id: dead, kind: quantity, about: people killed in the crash, cues: [dead, killed, died], value: 9}
  - {id: aboard, kind: quantity, about: people aboard the coach, cues: [people, aboard, passengers], value: 52}
"""


def test_a_bound_far_below_a_figure_does_not_fit_it(tmp_path: Path) -> None:
    coach = load_text(tmp_path, COACH)
    # "more than 20" holds of the 52 aboard, but says little of them: the figure is the toll's, wrong.
    killing = "The coach plunged into a ravine, killing more than 20 people."
    assert verdicts(coach, killing, "dead") == ["contradicted"]
    assert verdicts(coach, killing, "aboard") == []
    # A bound near the figure fits it, as the writer rounds it.
    assert verdicts(coach, "More than 50 people were aboard the coach.", "aboard") == ["imprecise"]
    assert verdicts(coach, "The crash killed more than five people.", "dead") == ["imprecise"]


def _placed(claim: str, verdict: Verdict, found: str, line: int, confidence: float = 0.9) -> Finding:
    return Finding(
        "a.txt", claim, "quantity", verdict, Severity.ERROR, "20,000,000", found, line, 1, "", "", (), confidence
    )


def test_a_claims_figure_rounded_elsewhere_makes_another_figure_by_its_cue_unclear() -> None:
    other = _placed("items", Verdict.CONTRADICTED, "Around 2 million", 9)
    # "roughly 20 million items" on line 3: the article has the claim's figure, so the 2 million
    # items on line 9 are other items (those that survived).
    rounded = link([_placed("items", Verdict.IMPRECISE, "roughly 20 million", 3), other], one_value=("quantity",))
    assert [f.verdict for f in rounded] == [Verdict.IMPRECISE, Verdict.UNCLEAR]
    # A bound says less of the figure: "more than 15 million" on line 3 leaves the 2 million a conflict.
    bound = link([_placed("items", Verdict.IMPRECISE, "more than 15 million", 3), other], one_value=("quantity",))
    assert [f.verdict for f in bound] == [Verdict.IMPRECISE, Verdict.CONTRADICTED]
    # The claim's digits in another order (a sure slip) stay a conflict beside the rounded figure.
    slip = _placed("items", Verdict.CONTRADICTED, "2,000,000", 9, confidence=1.0)
    kept = link([_placed("items", Verdict.IMPRECISE, "roughly 20 million", 3), slip], one_value=("quantity",))
    assert [f.verdict for f in kept] == [Verdict.IMPRECISE, Verdict.CONTRADICTED]


def test_beside_a_rounded_figure_only_a_hedged_one_is_another_thing_and_an_exact_statement_wins() -> None:
    rounded = _placed("dead", Verdict.IMPRECISE, "About 50", 3)
    # "The flood killed 38 people" beside "About 50 died, according to early reports": a conflict.
    exact_wrong = _placed("dead", Verdict.CONTRADICTED, "38", 5)
    assert [f.verdict for f in link([rounded, exact_wrong], one_value=("quantity",))] == [
        Verdict.IMPRECISE,
        Verdict.CONTRADICTED,
    ]
    # With the exact figure stated too, any other figure of the claim is another thing's, whatever
    # order the two statements come in.
    exact = _placed("dead", Verdict.SUPPORTED, "47", 7)
    slip = _placed("dead", Verdict.CONTRADICTED, "74", 9, confidence=1.0)
    verdicts = [f.verdict for f in link([rounded, exact, slip], one_value=("quantity",))]
    assert verdicts == [Verdict.IMPRECISE, Verdict.SUPPORTED, Verdict.UNCLEAR]
