from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import Entity, StatementClaim, Verdict
from factcheck.names import NameIndex
from factcheck.statements import StatementMatcher, read_sentence, stem

from .conftest import doc

ENTITIES = {
    "russia": Entity("russia", "Russia", aliases=("Moscow", "Kremlin")),
    "france": Entity("france", "France", aliases=("Paris",)),
    "mayor": Entity("mayor", "Ines Calderon"),
}
INDEX = NameIndex.compile(ENTITIES.values())


def matcher(text, holder, modality):
    return StatementMatcher.compile(
        StatementClaim("s", "statement", holder=holder, text=text, modality=modality), ENTITIES, INDEX
    )


HOPE = matcher("Russia hoped the French secret services had not been involved in the attack", "russia", "hope")
DENY = matcher("Ines Calderon denied that the evacuation order had come too late", "mayor", "deny")


def verdicts(m, body):
    d = doc("Headline of the story\n\n" + body + "\n")
    return [f.verdict for f in m.check(d, INDEX.mentions(d))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Russia said it hoped the French secret services had not been involved in the attack.", [Verdict.SUPPORTED]),
        ("Moscow hoped French secret services were not involved in the attack.", [Verdict.SUPPORTED]),
        ("Russia said it believed French secret forces were not involved in the attack.", [Verdict.CONTRADICTED]),
        ("Russia hoped the French secret services had been involved in the attack.", [Verdict.CONTRADICTED]),
        ("The Kremlin denied that the French secret services were involved in the attack.", [Verdict.CONTRADICTED]),
        ("Moscow said Paris tried to convince it that Ukraine was not involved in the attack.", []),
        ("France said the French secret services were not involved in the attack.", []),
    ],
)
def test_modality_and_polarity(body, expected):
    assert verdicts(HOPE, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ines Calderon denied that the order to evacuate had come too late.", [Verdict.SUPPORTED]),
        ("Ines Calderon said the evacuation order had not come too late.", [Verdict.SUPPORTED]),
        (
            "Mayor Ines Calderon spoke. She rejected claims that the evacuation order came too late.",
            [Verdict.SUPPORTED],
        ),
        ("Ines Calderon confirmed that the evacuation order had come too late.", [Verdict.CONTRADICTED]),
        ("Ines Calderon admitted the evacuation order had come too late.", [Verdict.CONTRADICTED]),
    ],
)
def test_denial_equals_asserting_the_negation(body, expected):
    assert verdicts(DENY, body) == expected


@given(st.sampled_from(["hoped", "said it hoped", "was hoping"]), st.sampled_from(["had not been", "were not"]))
def test_paraphrase_keeping_holder_polarity_and_modality_is_supported(verb, neg):
    body = f"Russia {verb} the French secret services {neg} involved in the attack."
    assert verdicts(HOPE, body) == [Verdict.SUPPORTED]


@given(st.sampled_from(["were", "had been"]))
def test_flipped_negation_is_caught(copula):
    assert verdicts(HOPE, f"Russia hoped the French secret services {copula} involved in the attack.") == [
        Verdict.CONTRADICTED
    ]


def test_read_sentence_finds_innermost_attitude():
    lowered = "russia said in a summary that it believed french secret forces were not involved"
    positions = [8, 9, 10, 13]
    reading = read_sentence(lowered, positions)
    assert reading.attitude == "believe" and reading.negative


def test_stem_and_synonyms():
    assert stem("involvement") == stem("involved") == stem("behind")
    assert stem("forces") == stem("services")


def test_claim_modality_names_map_to_verb_classes():
    alleged = matcher("Ines Calderon alleged that the mayor had hidden the flood warning", "mayor", "allege")
    assert verdicts(alleged, "Ines Calderon alleged that the mayor had hidden the flood warning.") == [
        Verdict.SUPPORTED
    ]
    assert verdicts(alleged, "Ines Calderon confirmed that the mayor had hidden the flood warning.") == [
        Verdict.CONTRADICTED
    ]


def test_negated_denial_is_caught():
    assert verdicts(DENY, "Ines Calderon did not deny that the evacuation order had come too late.") == [
        Verdict.CONTRADICTED
    ]


# A denial of something the holder "had been promised": "promised" is part of what is denied.
PROMISED = matcher("Ines Calderon had been promised a seat on the port authority board", "mayor", "deny")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ines Calderon denied reports that she had been promised a seat on the port authority board.",
            [Verdict.SUPPORTED],
        ),
        (
            "Ines Calderon confirmed that she had been promised a seat on the port authority board.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_an_attitude_verb_inside_the_denied_statement_is_content(body, expected):
    assert verdicts(PROMISED, body) == expected


REJECTED = matcher("The Kremlin rejected the proposal, saying it ignored Russia's interests", "russia", "assert")
PASSIVE_DENIAL = matcher("Russia denied that its embassy in Paris had been closed", "russia", "deny")


@pytest.mark.parametrize(
    ("m", "body", "expected"),
    [
        # The claim's second attitude verb is what was said: read both sentences the same way.
        (
            REJECTED,
            "The Kremlin has rejected the proposal, arguing it ignores Russia's interests.",
            [Verdict.SUPPORTED],
        ),
        # A passive denial governs what stands before it, whatever content words follow.
        (
            PASSIVE_DENIAL,
            "Reports that the embassy in Paris had been closed were denied by Moscow, "
            "a relief for Russians in Paris waiting for visas at the embassy.",
            [Verdict.SUPPORTED],
        ),
        (
            PASSIVE_DENIAL,
            "Reports that the embassy in Paris had been closed were confirmed by Moscow, "
            "a blow for Russians in Paris waiting for visas at the embassy.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_second_attitude_verbs_and_passive_denials(m, body, expected):
    assert verdicts(m, body) == expected


def test_a_verb_of_saying_inside_an_asserted_statement_is_part_of_what_is_stated():
    # "... when the general proclaimed a state of siege": "proclaimed" is the statement's, not the holder's.
    m = matcher(
        "The tribunal found there was no real threat to the state when the general declared a state of siege in May",
        "",
        "assert",
    )
    same = (
        "The tribunal found that there had been no real threat to the state when the general declared a state of "
        "siege in the middle of May, and called it an abuse of office."
    )
    assert verdicts(m, same) == [Verdict.SUPPORTED]
    flipped = (
        "The tribunal found that there had been a real threat to the state when the general declared a state "
        "of siege in May."
    )
    assert verdicts(m, flipped) == [Verdict.CONTRADICTED]


def test_a_loose_sentence_gives_no_time_from_a_clause_of_someone_else():
    m = StatementMatcher.compile(
        StatementClaim(
            "t", "statement", text="The tribunal's verdict removing Calderon took effect at 10:05 a.m. on Friday"
        ),
        ENTITIES,
        INDEX,
    )
    other = (
        "Deputy Mayor Tomas Ruiz spoke on Friday evening to calm the city, hours after the verdict removed Calderon."
    )
    assert Verdict.CONTRADICTED not in verdicts(m, other)
    own = "The verdict removing Calderon took effect on Friday evening."
    assert Verdict.CONTRADICTED in verdicts(m, own)


def test_a_caption_time_and_a_claims_own_said_are_not_conflicts():
    start = StatementMatcher.compile(
        StatementClaim("t", "statement", text="The crane collapsed at about 2:40 pm in Bayrakli"), ENTITIES, INDEX
    )
    caption = "Photo caption: The jib of the collapsed crane lies across the boulevard on Thursday evening."
    assert Verdict.CONTRADICTED not in verdicts(start, caption)
    assert verdicts(start, "The crane came down on Thursday evening.") == [Verdict.CONTRADICTED]
    said = matcher(
        "Ines Calderon said initial findings pointed to a failure of the pump rather than the storm", "mayor", "suggest"
    )
    plain = "Ines Calderon said initial findings pointed to a failure of the pump rather than the storm."
    d = doc("Headline of the story\n\n" + plain + "\n")
    assert all(f.confidence < 0.5 for f in said.check(d, INDEX.mentions(d)) if f.verdict is Verdict.CONTRADICTED)


def test_unable_to_negates_and_an_answering_no_does_not():
    warn = matcher("Ines Calderon warned that the harbour might not recover if the storms returned", "mayor", "warn")
    same = "Ines Calderon warned that returning storms could leave the harbour unable to recover."
    assert verdicts(warn, same) == [Verdict.SUPPORTED]
    appeal = matcher("Ines Calderon said the council would appeal the ruling", "mayor", "assert")
    assert verdicts(appeal, "No. Ines Calderon said the council would appeal the ruling.") == [Verdict.SUPPORTED]


def test_a_number_sign_is_not_a_negation():
    # "No. 2" and "No 4" name a unit or an address; they negate nothing on either side.
    fault = matcher("Ines Calderon said that no fault runs beneath the No. 2 reactor building", "mayor", "assert")
    supported = "Ines Calderon said that no fault runs beneath the reactor building."
    assert verdicts(fault, supported) == [Verdict.SUPPORTED]
    assert verdicts(fault, "Ines Calderon said a fault runs beneath the No 2 reactor building.") == [
        Verdict.CONTRADICTED
    ]
    assert read_sentence("the no. 2 reactor was shut", [2, 3]).negative is False
    assert read_sentence("no reactor was shut", [1, 3]).negative is True


def test_a_negated_subject_of_a_passive_report_negates_the_statement():
    # "No injuries were reported": the report verb is passive and its subject carries the "no".
    none = matcher("No injuries have been linked to the contaminated water supply", "mayor", "assert")
    assert verdicts(none, "No injuries have been reported in connection with the contaminated water.") != [
        Verdict.CONTRADICTED
    ]
    assert verdicts(none, "Injuries have been reported in connection with the contaminated water.") == [
        Verdict.CONTRADICTED
    ]
    assert read_sentence("no injuries have been reported in connection with the water", [1, 6, 9]).negative
    assert not read_sentence("injuries have been reported in connection with the water", [0, 5, 8]).negative


@pytest.mark.parametrize("comparative", ["no bigger than", "no larger than", "no more than", "no heavier than"])
def test_no_before_a_comparative_is_a_measure_not_a_negation(comparative):
    # "a drone no bigger than a shoebox" sizes a thing; it negates nothing the sentence states.
    flew = matcher("The drone crossed the border on Friday", "mayor", "assert")
    body = f"The drone, a craft {comparative} a shoebox, crossed the border on Friday."
    assert verdicts(flew, body) != [Verdict.CONTRADICTED]
    sentence = f"the drone, a craft {comparative} a shoebox, crossed the border"
    assert read_sentence(sentence, [1, 8, 10]).negative is False


def test_certainty_before_that_is_a_confirmation_and_otherwise_no_attitude():
    # "established that", "is certain that": a suspicion stated as settled is a modality change.
    cable = matcher("Ines Calderon suspected that a faulty cable caused the fire", "mayor", "suspect")
    for verb in ("established", "is certain", "was sure", "has verified"):
        body = f"Ines Calderon {verb} that a faulty cable caused the fire."
        assert verdicts(cable, body) == [Verdict.CONTRADICTED], verb
    # "established in 1974", "determined to": no attitude, so the suspicion read is the sentence's own.
    same = "Ines Calderon, whose brigade was established in 1974, suspected that a faulty cable caused the fire."
    assert verdicts(cable, same) == [Verdict.SUPPORTED]
    assert read_sentence("officials were determined to find the cable", [4, 5]).attitude == "assert"
    assert read_sentence("officials determined that the cable failed", [4, 5]).attitude == "confirm"


@pytest.mark.parametrize(
    "body",
    [
        "Ines Calderon repeated her denial that the evacuation order had come too late.",
        "Ines Calderon has refused that the evacuation order came too late.",
    ],
)
def test_a_denial_said_with_a_noun_or_a_translated_refused_is_a_denial(body):
    assert verdicts(DENY, body) == [Verdict.SUPPORTED]
    # "refused to" is a refusal to act, not a denial of anything.
    assert read_sentence("she refused to say the order came too late", [5, 6, 7]).attitude != "deny"


def test_a_view_is_not_contradicted_by_the_articles_own_account_naming_no_one():
    # The denial is the mayor's; the article stating the content as fact is its own account.
    assert verdicts(DENY, "By then the evacuation order had come too late for the lower town.") == []
    # Attributed to the holder, or to an unnamed speaker with a verb, it is still judged.
    assert verdicts(DENY, "Ines Calderon said the evacuation order had come too late.") == [Verdict.CONTRADICTED]
    fact = matcher("The evacuation order had come too late", "mayor", "assert")
    assert verdicts(fact, "By then the evacuation order had not come too late for the lower town.") == [
        Verdict.CONTRADICTED
    ]


def test_a_negation_in_an_aside_negates_nothing_the_statement_says():
    fell = matcher("Ines Calderon said the crane collapsed onto the scaffold", "mayor", "assert")
    aside = "Ines Calderon said the crane, for a reason not yet known, collapsed onto the scaffold."
    assert verdicts(fell, aside) == [Verdict.SUPPORTED]
    # Outside an aside, or with the statement's own words in it, the negation counts.
    assert verdicts(fell, "Ines Calderon said the crane had not, as feared, collapsed onto the scaffold.") == [
        Verdict.CONTRADICTED
    ]
    assert verdicts(fell, "Ines Calderon said the tower, not the crane, collapsed onto the scaffold.") == [
        Verdict.CONTRADICTED
    ]


def test_ruled_out_negates_and_not_ruled_out_does_not():
    closures = matcher("Ines Calderon said there would be no plant closures", "mayor", "assert")
    assert verdicts(closures, "Ines Calderon ruled out plant closures.") == [Verdict.SUPPORTED]
    assert verdicts(closures, "Ines Calderon did not rule out plant closures.") == [Verdict.CONTRADICTED]
    assert read_sentence("closures could not be ruled out", [0]).negative is False


ALLEGED = matcher("Ines Calderon alleged that the harbour contractor had forged the safety reports", "mayor", "allege")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ines Calderon says the harbour contractor forged the safety reports.", [Verdict.SUPPORTED]),
        ("Calderon told reporters the harbour contractor had forged the safety reports.", [Verdict.SUPPORTED]),
        ("Calderon accused the harbour contractor of having forged the safety reports.", [Verdict.SUPPORTED]),
        # An allegation reported as confirmed, or denied, is not what she said.
        ("Calderon confirmed that the harbour contractor had forged the safety reports.", [Verdict.CONTRADICTED]),
        ("Calderon denied that the harbour contractor had forged the safety reports.", [Verdict.CONTRADICTED]),
    ],
)
def test_an_allegation_is_reported_with_a_plain_verb_of_saying_but_not_as_confirmed(body, expected):
    assert verdicts(ALLEGED, body) == expected


def test_a_view_quoted_from_another_person_named_just_before_is_not_the_holders():
    entities = {
        "owner": Entity("owner", "Tomasz Wierzbicki", aliases=("Wierzbicki",)),
        "steward": Entity("steward", "Halina Oktaba", aliases=("Oktaba",)),
    }
    index = NameIndex.compile(entities.values())
    denial = StatementMatcher.compile(
        StatementClaim(
            "s", "statement", holder="owner", text="Wierzbicki denied the fire doors had been chained", modality="deny"
        ),
        entities,
        index,
    )

    def found(body):
        d = doc("Headline of the story\n\n" + body + "\n")
        return [f.verdict for f in denial.check(d, index.mentions(d)) if f.confidence >= 0.5]

    quoted = (
        "Halina Oktaba, a shop steward, spoke to reporters at the gates. "
        '"Our people say the fire doors were chained. Nobody could get out," she said.'
    )
    assert found(quoted) == []
    # The same words given to nobody else still reach the holder's claim, less surely.
    assert found('At the gates, a statement was read out. "The fire doors were chained," it said.') == [
        Verdict.CONTRADICTED
    ]


def test_a_holder_named_after_words_of_the_claims_own_subject_is_still_the_holder():
    # The claim's subject ("the harbour board") is among its words, so the sentence's reading
    # starts there, before the holder's name; the subject runs to the verb, not to that start.
    entities = {
        "moen": Entity("moen", "Kari Moen", aliases=("Moen",)),
        "tromso": Entity("tromso", "Tromso"),
    }
    index = NameIndex.compile(entities.values())
    denial = StatementMatcher.compile(
        StatementClaim(
            "s",
            "statement",
            holder="moen",
            text="The harbour board denied that the pier had been closed",
            modality="deny",
        ),
        entities,
        index,
    )

    def found(body):
        d = doc("Headline of the story\n\n" + body + "\n")
        return [f.verdict for f in denial.check(d, index.mentions(d)) if f.confidence >= 0.5]

    named_late = "As ferries left Tromso, the harbour board's chair, Kari Moen, confirmed that the pier was closed."
    assert found(named_late) == [Verdict.CONTRADICTED]
    assert found(named_late.replace("confirmed", "denied")) == [Verdict.SUPPORTED]
    # Someone else of the story before the verb, and the holder nowhere: not the holder's view.
    assert found("As ferries left, the harbour board in Tromso confirmed that the pier had been closed.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ana Ruiz did not have to win the regional title to qualify.", False),
        ("Ana Ruiz didn't need to win the regional title to qualify.", False),
        ("Ana Ruiz need not win the regional title to qualify.", False),
        ("Ana Ruiz has not had to win the regional title to qualify.", False),
        ("Ana Ruiz did not win the regional title.", True),
    ],
)
def test_no_obligation_is_no_negation_of_what_was_not_obliged(body, expected):
    title = matcher("Ana Ruiz won the regional title", "", "assert")
    assert (Verdict.CONTRADICTED in verdicts(title, body)) is expected


def test_needs_is_requires_and_a_passive_verb_with_an_infinitive_reports_nothing_before_it():
    entities = {
        "office": Entity("office", "Federal Cartel Office"),
        "commission": Entity("commission", "Monopolies Commission"),
    }
    index = NameIndex.compile(entities.values())
    approval = StatementMatcher.compile(
        StatementClaim("s", "statement", text="The takeover requires approval from the Federal Cartel Office"),
        entities,
        index,
    )

    def found(body):
        d = doc("Headline of the story\n\n" + body + "\n")
        return [(f.verdict, f.found) for f in approval.check(d, index.mentions(d)) if f.confidence >= 0.5]

    swapped = "The takeover still needs approval from the Monopolies Commission and is expected to close in May."
    assert found(swapped) == [(Verdict.CONTRADICTED, "Monopolies Commission")]
    assert [v for v, _ in found(swapped.replace("Monopolies Commission", "Federal Cartel Office"))] == [
        Verdict.SUPPORTED
    ]


def test_hedges_of_a_time_or_figure_are_no_content():
    # "shortly" shared with the claim made a sentence about another moment report the statement.
    m = matcher("The ferry sank shortly before dawn", "", "assert")
    assert verdicts(m, "Shortly before noon, rescuers found wreckage.") == []
    assert verdicts(m, "The ferry sank before noon.") == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The storm hit Valletta on Tuesday afternoon and flooded streets.", [Verdict.CONTRADICTED]),
        ("The storm tore through Valletta on Tuesday afternoon.", [Verdict.CONTRADICTED]),
        ("The storm battered Valletta at about 9.15 pm.", [Verdict.SUPPORTED]),
    ],
)
def test_hit_is_struck(body, expected):
    m = matcher("The storm struck Valletta in the evening, shortly after 9 pm", "", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The owner pledged to avoid compulsory redundancies at the mill.", [Verdict.SUPPORTED]),
        ("The owner pledged to make compulsory redundancies at the mill.", [Verdict.CONTRADICTED]),
    ],
)
def test_to_avoid_is_to_make_none(body, expected):
    m = matcher("The owner pledged to make no compulsory redundancies at the mill", "", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The coach said the record was not the target: the skater had not been aiming for it in Oslo.", False),
        ("The coach said the skater had been aiming for the record in Oslo.", True),
    ],
)
def test_two_clauses_each_saying_the_content_negatively_say_it_once(body, expected):
    m = matcher("The coach said the skater had not been aiming for the record in Oslo", "", "assert")
    assert (Verdict.CONTRADICTED in verdicts(m, body)) is expected


def test_what_is_required_is_negated_by_no_need_and_a_fronted_purpose_negates_nothing():
    required = matcher("The takeover requires approval from the cartel office", "", "assert")
    assert Verdict.CONTRADICTED in verdicts(required, "The takeover does not need approval from the cartel office.")
    accepted = matcher("The union accepted the pay offer", "", "assert")
    assert verdicts(accepted, "To avoid a strike, the union accepted the pay offer.") == [Verdict.SUPPORTED]


def _sure_of(holder: Entity, text: str, modality: str, body: str) -> list[tuple[Verdict, str]]:
    """Return (verdict, found) of each finding above the confidence threshold, for a named holder."""
    index = NameIndex.compile([holder])
    m = StatementMatcher.compile(
        StatementClaim("s", "statement", holder=holder.id, text=text, modality=modality), {holder.id: holder}, index
    )
    d = doc("Headline of the story\n\n" + body + "\n")
    return [(f.verdict, f.found) for f in m.check(d, index.mentions(d)) if f.confidence >= 0.5]


def test_a_hope_reported_as_said_is_overstated_and_a_belief_is_not():
    ruiz = Entity("ruiz", "Ana Ruiz", aliases=("Ruiz",))

    def sure(text, modality, body):
        return [verdict for verdict, _ in _sure_of(ruiz, text, modality, body)]

    hope = "Ana Ruiz hoped the museum would reopen in May"
    assert sure(hope, "hope", "Ana Ruiz said the museum will reopen in May.") == [Verdict.CONTRADICTED]
    assert sure(hope, "hope", "Ana Ruiz said she hoped the museum would reopen in May.") == [Verdict.SUPPORTED]
    belief = "Ana Ruiz believed the museum would reopen in May"
    assert sure(belief, "believe", "Ana Ruiz said the museum will reopen in May.") == []


VARGA = Entity("varga", "Tomas Varga", aliases=("Varga",))
INSPECTORATE = Entity("inspectorate", "State Mining Inspectorate", aliases=("Inspectorate",))


@pytest.mark.parametrize(
    ("holder", "claim", "modality", "body", "expected"),
    [
        # The holder, by name, takes the opposite stance on part of the statement.
        (
            VARGA,
            "Varga denied accepting payments from the developer of the harbour project",
            "deny",
            "Varga, who admitted accepting payments from a builder, resigned on Monday.",
            True,
        ),
        (
            INSPECTORATE,
            "The Inspectorate suspected that a gas leak had caused the explosion at the shaft",
            "suspect",
            "The Inspectorate confirmed that leaking gas set off the blast.",
            True,
        ),
        (
            INSPECTORATE,
            "The Inspectorate confirmed that the ventilation fans had failed before the explosion",
            "confirm",
            "The Inspectorate suspects the fans failed during the night.",
            True,
        ),
        (
            VARGA,
            "Varga hoped the stadium would reopen before the derby",
            "hope",
            "Varga vowed that the stadium would reopen in time.",
            True,
        ),
        # Someone else's stance, the same stance, or a plain report: no conflict read off part of it.
        (
            VARGA,
            "Varga denied accepting payments from the developer",
            "deny",
            "His deputy admitted accepting cash from a builder on Monday.",
            False,
        ),
        (
            VARGA,
            "Varga denied accepting payments from the developer",
            "deny",
            "Varga again denied taking cash from a builder.",
            False,
        ),
        (
            VARGA,
            "Varga denied accepting payments from the developer",
            "deny",
            "Varga said he had accepted cash from a builder as a loan.",
            False,
        ),
        (
            INSPECTORATE,
            "The Inspectorate suspected that a gas leak had caused the explosion at the shaft",
            "suspect",
            "The Inspectorate believes leaking gas set off the blast.",
            False,
        ),
        # A confirmation by the holder is read on less of the statement than another stance.
        (
            INSPECTORATE,
            "The Inspectorate suspected that a gas leak in the air shaft had caused the explosion at the pumps",
            "suspect",
            "The Inspectorate confirmed that gas had caused it.",
            True,
        ),
        # A stance on one shared word may be on anything.
        (
            VARGA,
            "Varga denied accepting payments from the developer",
            "deny",
            "Varga admitted meeting the developer at a dinner in May.",
            False,
        ),
        (
            VARGA,
            "Varga hoped the stadium would reopen before the derby",
            "hope",
            "Varga thought the derby would be moved to another city.",
            False,
        ),
        # The holder named just before and the subject a pronoun: "it" may be the Inspectorate, "he" not.
        (
            INSPECTORATE,
            "The Inspectorate suspected that a gas leak had caused the explosion at the shaft",
            "suspect",
            "The Inspectorate met the families. It confirmed that leaking gas set off the blast.",
            True,
        ),
        (
            INSPECTORATE,
            "The Inspectorate suspected that a gas leak had caused the explosion at the shaft",
            "suspect",
            "The Inspectorate met the families. At the same time, he confirmed that leaking gas set off the blast.",
            False,
        ),
    ],
)
def test_an_opposite_stance_on_part_of_the_statement_is_a_conflict(holder, claim, modality, body, expected):
    found = _sure_of(holder, claim, modality, body)
    assert any(v is Verdict.CONTRADICTED for v, _ in found) is expected, found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The verb's own object stands before the content, across "and": it denies the appeal only.
        ("The tribunal dismissed the club's appeal and upheld the 2024 ban on the stadium.", [Verdict.SUPPORTED]),
        ("The tribunal rejected the club's plea but upheld the 2024 ban on the stadium.", [Verdict.SUPPORTED]),
        # With no object of its own, the verb governs the content.
        ("The tribunal rejected that it had upheld the 2024 ban on the stadium.", [Verdict.CONTRADICTED]),
    ],
)
def test_an_attitude_verb_with_its_own_object_does_not_govern_a_coordinated_clause(body, expected):
    m = matcher("The tribunal upheld the 2024 ban on the stadium", "", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ", not to the gallery" names the alternative: the content is said positively.
        ("Ownership of the paintings passed to the city, not directly to the gallery.", [Verdict.SUPPORTED]),
        ("Ownership of the paintings passed to the city, not the gallery.", [Verdict.SUPPORTED]),
        (
            "Ownership of the paintings did not pass to the city, which will lend them to the gallery.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_a_contrast_naming_the_alternative_negates_nothing(body, expected):
    m = matcher("Ownership of the paintings passed to the city, which will lend them to the gallery", "", "assert")
    assert verdicts(m, body) == expected


def test_a_denial_of_a_clause_with_a_coordination_in_it_is_still_a_denial():
    m = matcher("The tribunal upheld the 2024 ban on the stadium", "", "assert")
    assert verdicts(m, "The tribunal denied that the club and its owners had upheld the 2024 ban on the stadium.") == [
        Verdict.CONTRADICTED
    ]


def test_a_plain_statement_reported_as_its_holders_view_is_no_change_of_stance():
    cost = matcher("Ines Calderon said the new tram line would cost more than it raised", "mayor", "assert")
    assert verdicts(cost, "Ines Calderon expects the new tram line to cost more than it raised.") == [Verdict.SUPPORTED]
    assert verdicts(cost, "Ines Calderon believes the new tram line will cost more than it raised.") == [
        Verdict.SUPPORTED
    ]
    # A view against the claim's confirmation, a hope, or the opposite, are still changes.
    assert verdicts(cost, "Ines Calderon hopes the new tram line will cost more than it raised.") == [
        Verdict.CONTRADICTED
    ]
    assert verdicts(cost, "Ines Calderon denied the new tram line would cost more than it raised.") == [
        Verdict.CONTRADICTED
    ]
    confirmed = matcher("Ines Calderon confirmed the new tram line would cost more than it raised", "mayor", "confirm")
    assert verdicts(confirmed, "Ines Calderon expects the new tram line to cost more than it raised.") == [
        Verdict.CONTRADICTED
    ]


def test_words_of_one_family_report_the_statement_and_its_swapped_time():
    cuts = StatementMatcher.compile(
        StatementClaim(
            "c",
            "statement",
            text="Ines Calderon said each district's water cut begins at 6 a.m.",
            holder="mayor",
            modality="assert",
        ),
        ENTITIES,
        INDEX,
    )
    # "start" for "begins": one family; the time is the swapped term.
    d = doc("Headline of the story\n\nInes Calderon said each district's water cut will start at 6 p.m.\n")
    assert [f.verdict for f in cuts.check(d, INDEX.mentions(d))] == [Verdict.CONTRADICTED]
    d = doc("Headline of the story\n\nInes Calderon said each district's water cut will start at 6 a.m.\n")
    assert [f.verdict for f in cuts.check(d, INDEX.mentions(d))] == [Verdict.SUPPORTED]


def test_the_time_of_the_saying_is_no_time_of_the_statement():
    outage = StatementMatcher.compile(
        StatementClaim(
            "o",
            "statement",
            text="The grid collapse began at 12:33 local time, shortly after midday",
            holder=None,
            modality="assert",
        ),
        ENTITIES,
        INDEX,
    )
    said = "Ines Calderon said in the night of Monday that the grid collapse started within five seconds."
    d = doc("Headline of the story\n\n" + said + "\n")
    assert [f.verdict for f in outage.check(d, INDEX.mentions(d)) if f.verdict is Verdict.CONTRADICTED] == []
    wrong = "The grid collapse began in the night, officials said."
    d = doc("Headline of the story\n\n" + wrong + "\n")
    assert [f.verdict for f in outage.check(d, INDEX.mentions(d))] == [Verdict.CONTRADICTED]


SUGGEST = matcher(
    "Ines Calderon suggested that the old dam appeared to be the most likely cause of the flooding", "mayor", "suggest"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "said" with a hedge in what it reports puts it forward, as "suggested" does.
        ("Ines Calderon said it appeared the old dam was the most likely cause of the flooding.", [Verdict.SUPPORTED]),
        ("Ines Calderon said the old dam may have been the cause of the flooding.", [Verdict.SUPPORTED]),
        # Without a hedge, "said" states it as fact: a suggestion overstated.
        ("Ines Calderon said the old dam was the cause of the flooding.", [Verdict.CONTRADICTED]),
        ("Ines Calderon confirmed the old dam was the cause of the flooding.", [Verdict.CONTRADICTED]),
        # "May" the month, or a hedge in another clause, hedges nothing she said.
        ("Ines Calderon said on 5 May the old dam was the cause of the flooding.", [Verdict.CONTRADICTED]),
    ],
)
def test_a_plain_report_with_a_hedge_fits_a_suggestion(body, expected):
    assert verdicts(SUGGEST, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A "no" negates its own noun phrase: "no sign of braking" says nothing of the derailing.
        ("The car sped up with no sign of braking before it derailed near the square.", [Verdict.SUPPORTED]),
        ("The car did not derail near the square, witnesses said.", [Verdict.CONTRADICTED]),
        # Its phrase holding the statement's words, it negates the statement.
        ("There was no derailment near the square, officials said.", [Verdict.CONTRADICTED]),
        # A "no" before a word of evidence denies what the evidence would show, however far.
        ("Police saw no indication whatsoever that the car derailed near the square.", [Verdict.CONTRADICTED]),
    ],
)
def test_a_no_negates_the_statement_only_through_its_own_noun_phrase(body, expected):
    derailed = matcher("The car derailed near the square", "", "assert")
    assert verdicts(derailed, body) == expected


def test_a_term_left_out_as_the_holders_name_is_still_the_statements_own():
    # "East Africa" shares a word with the holder's name (Africa CDC), so it is no term to compare;
    # given by the article, it is the statement's own, not another place than "Jinka".
    entities = {"acdc": Entity("acdc", "Africa Centres for Disease Control", aliases=("Africa CDC",))}
    index = NameIndex.compile(entities.values())
    claim = StatementClaim(
        "s",
        "statement",
        holder="acdc",
        modality="assert",
        text="Africa CDC said the strain found in Jinka was similar to strains seen in East Africa",
    )
    m = StatementMatcher.compile(claim, entities, index)

    def said(body):
        d = doc("Headline of the story\n\n" + body + "\n")
        return [(f.verdict, f.found) for f in m.check(d, index.mentions(d))]

    assert [v for v, _ in said("Africa CDC said the strain was similar to strains seen in East Africa.")] == [
        Verdict.SUPPORTED
    ]
    assert said("Africa CDC said the strain found in Jimma was similar to strains seen in East Africa.") == [
        (Verdict.CONTRADICTED, "Jimma")
    ]


def test_a_day_and_one_word_of_the_statement_are_no_flip_of_its_negation():
    m = matcher("Ines Calderon said she had not expected to swim that time on Saturday", "mayor", "assert")

    def sure(body):
        d = doc("Headline of the story\n\n" + body + "\n")
        return [(f.verdict, f.confidence >= 0.5) for f in m.check(d, INDEX.mentions(d))]

    # A sentence about something else done that day: "Saturday" says when, not what.
    for body in (
        "Ines Calderon celebrates after her swim on Saturday evening.",
        "The record is two seconds slower than Saturday's swim.",
    ):
        assert (Verdict.CONTRADICTED, True) not in sure(body), body
    # The statement itself, its "not" dropped, is a flip; so is it with a weak word missing, its verb there
    # (the review's).
    assert sure("Ines Calderon said she had expected to swim that time on Saturday.") == [(Verdict.CONTRADICTED, True)]
    assert sure("Ines Calderon said she had expected to swim on Saturday.") == [(Verdict.CONTRADICTED, True)]
    # A claim with one word besides its day needs that word only (the review's).
    short = matcher("Ines Calderon said she would not swim on Saturday", "mayor", "assert")
    d = doc("Headline of the story\n\nInes Calderon will swim on Saturday.\n")
    assert [(f.verdict, f.confidence >= 0.5) for f in short.check(d, INDEX.mentions(d))] == [
        (Verdict.CONTRADICTED, True)
    ]


def test_nor_after_another_negation_goes_on_with_it():
    m = matcher("Officials said there was no indication of an intentional act or of terrorism", None, "assert")

    def verdicts_of(body):
        d = doc("Headline of the story\n\n" + body + "\n")
        return [f.verdict for f in m.check(d, INDEX.mentions(d))]

    assert verdicts_of("Officials said there was no indication of an intentional act nor of terrorism.") == [
        Verdict.SUPPORTED
    ]
    assert verdicts_of("Officials said there was every indication of an intentional act or of terrorism.") == [
        Verdict.CONTRADICTED
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A negation the sentence adds, of something the claim does not say.
        (
            "Ines Calderon said the council would keep the terminal open and does not plan to change the ferry"
            " timetable all winter.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon said the council would keep open a terminal that is not profitable, for the ferry,"
            " all winter.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon said the council would keep the terminal open without a break all winter for the ferry.",
            Verdict.SUPPORTED,
        ),
        ("Ines Calderon said the council would not let the ferry terminal close this winter.", Verdict.SUPPORTED),
        # A negation of the claim's own words, or of a "no sign that" clause, still flips it.
        ("Ines Calderon said the council would not keep the ferry terminal open all winter.", Verdict.CONTRADICTED),
        ("Ines Calderon said there was no sign the ferry terminal would stay open all winter.", Verdict.CONTRADICTED),
    ],
)
def test_a_negation_of_words_the_claim_lacks_is_no_flip(body, expected):
    m = matcher("Ines Calderon said the council would keep the ferry terminal open all winter", "mayor", "assert")
    assert verdicts(m, body) == [expected]


def test_a_claims_own_negation_said_with_another_verb_is_still_a_flip():
    # The claim's negation is its statement's: the article that says the words without it flips it.
    m = matcher("Ines Calderon said the council would not seek a review of the ferry contract", "mayor", "assert")
    assert verdicts(m, "Ines Calderon said the council would push for a review of the ferry contract.") == [
        Verdict.CONTRADICTED
    ]


@pytest.mark.parametrize(
    ("claim", "modality", "body", "expected"),
    [
        # "decided against closing" is "decided not to close".
        (
            "Ines Calderon said the council had decided not to close the ferry terminal",
            "assert",
            "Ines Calderon said the council had decided against closing the ferry terminal.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon said the council had decided not to close the ferry terminal",
            "assert",
            "Ines Calderon said the council had decided to close the ferry terminal.",
            Verdict.CONTRADICTED,
        ),
        # "Never before had ..." is "the first time ...".
        (
            "Ines Calderon said it was the first time a ferry had crossed the frozen strait",
            "assert",
            "Ines Calderon said never before had a ferry crossed the frozen strait.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon said a ferry had crossed the frozen strait",
            "assert",
            "Ines Calderon said never before had a ferry crossed the frozen strait.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_negations_said_without_a_negator_word(claim, modality, body, expected):
    assert verdicts(matcher(claim, "mayor", modality), body) == [expected]


def test_a_groups_view_of_the_holder_is_not_the_holders():
    denial = matcher("Ines Calderon denied that she had ignored the flood warnings", "mayor", "deny")
    before = "Ines Calderon is under investigation. "
    # The prosecutors' suspicion about her, and the police's belief, are not her view.
    assert verdicts(denial, before + "Prosecutors suspect she ignored the flood warnings.") == []
    assert verdicts(denial, before + "Police now believe she ignored the flood warnings.") == []
    # Her own words still count, named or not, and so does a group of hers that is the holder.
    assert verdicts(denial, before + "She admitted she had ignored the flood warnings.") == [Verdict.CONTRADICTED]
    assert verdicts(denial, "Ines Calderon said she had not ignored the flood warnings.") == [Verdict.SUPPORTED]


_REOPEN = "Ines Calderon said the council would reopen the ferry terminal in March"
_CLOSE = "Ines Calderon said the council would close the ferry terminal in March"


@pytest.mark.parametrize(
    ("claim", "body", "expected"),
    [
        # A reviewer's counter-examples to the first version of the rule: the negation reaches the
        # claim's word past an adverb, "longer", "able to", a noun governing "to"/"of"/"whether".
        (
            "Ines Calderon said the council had approved the ferry contract",
            "Ines Calderon said the council had not formally approved the ferry contract.",
            Verdict.CONTRADICTED,
        ),
        (
            "Ines Calderon said the council had approved the ferry contract",
            "Ines Calderon said the ferry contract had not been officially approved by the council.",
            Verdict.CONTRADICTED,
        ),
        (
            _REOPEN,
            "Ines Calderon said the council would no longer reopen the ferry terminal in March.",
            Verdict.CONTRADICTED,
        ),
        (
            _REOPEN,
            "Ines Calderon said the council would not be able to reopen the ferry terminal in March.",
            Verdict.CONTRADICTED,
        ),
        (
            _REOPEN,
            "Ines Calderon said the council had no money to reopen the ferry terminal in March.",
            Verdict.CONTRADICTED,
        ),
        (
            _REOPEN,
            "Ines Calderon said it was not clear whether the council would reopen the ferry terminal in March.",
            Verdict.CONTRADICTED,
        ),
        (_CLOSE, "Ines Calderon said there were no plans to close the ferry terminal in March.", Verdict.CONTRADICTED),
        (
            _CLOSE,
            "Ines Calderon said the council had no intention of closing the ferry terminal in March.",
            Verdict.CONTRADICTED,
        ),
        (
            _CLOSE,
            "Ines Calderon said it was not true that the council would close the ferry terminal in March.",
            Verdict.CONTRADICTED,
        ),
        # Irregular verbs by their base form on the article's side too.
        (
            "Ines Calderon said the ferry broke the crossing record",
            "Ines Calderon said the ferry has not broken the crossing record.",
            Verdict.CONTRADICTED,
        ),
        (
            "Ines Calderon said the crew underwent safety training",
            "Ines Calderon said the crew did not undergo safety training.",
            Verdict.CONTRADICTED,
        ),
        (
            "Ines Calderon said the ferry would leave the harbour",
            "Ines Calderon said the ferry has not left the harbour.",
            Verdict.CONTRADICTED,
        ),
        # "failed to" read as "not" whatever other negation an aside holds.
        (
            "Ines Calderon said the rescue team reached the trapped fishermen on Tuesday",
            "Ines Calderon said the rescue team, with no light, failed to reach the trapped fishermen on Tuesday.",
            Verdict.CONTRADICTED,
        ),
        # "against" negates only after a verb of deciding or advising.
        (
            "Ines Calderon said thousands had protested over rising ferry fares",
            "Ines Calderon said thousands had protested against rising ferry fares.",
            Verdict.SUPPORTED,
        ),
        # "unless" is not read as a negation of the clause it qualifies.
        (
            "Ines Calderon said the ferry service would stop in March",
            "Ines Calderon said the ferry service would stop in March unless the ferry operator paid its debts.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon said the ferry service would not resume unless the harbour was dredged",
            "Ines Calderon said the ferry service would not resume until the harbour was dredged.",
            Verdict.SUPPORTED,
        ),
        # "never before" stands for "the first time" only as the clause's one negation.
        (
            "Ines Calderon said it was the first time a ferry had crossed the frozen strait",
            "Ines Calderon said it was not the first time a ferry had crossed the frozen strait, although never before"
            " in January.",
            Verdict.CONTRADICTED,
        ),
        (
            "Ines Calderon said the first aid convoy had reached the harbour on Monday",
            "Ines Calderon said the first aid convoy had not reached the harbour on Monday, a delay never seen before.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_review_counter_examples_of_the_negation_rules(claim, body, expected):
    assert verdicts(matcher(claim, "mayor", "assert"), body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The verb of a second clause after a semicolon governs none of the first clause's words.
        (
            "Ines Calderon never signed the ferry contract; she told reporters the council would review the"
            " tender in spring.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon signed the ferry contract; she told reporters the council would review the tender in"
            " spring.",
            Verdict.CONTRADICTED,
        ),
        # With no semicolon the verb still governs what follows it.
        (
            "Ines Calderon told reporters she had signed the ferry contract and the council would review the"
            " tender in spring.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_verb_after_a_semicolon_heads_its_own_clause(body, expected):
    m = matcher(
        "Ines Calderon did not sign the ferry contract, leaving the council to review the tender in spring",
        "mayor",
        "assert",
    )
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The trailing clause that holds the claim's negation left out: nothing said of it.
        ("Ines Calderon said the council would order two new ferries for the island route.", Verdict.SUPPORTED),
        # The clause's own words said without the negation: a flip.
        (
            "Ines Calderon said the council would order two new ferries for the island route, which had been budgeted.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_left_out_trailing_clause_that_holds_the_negation_is_no_flip(body, expected):
    m = matcher(
        "Ines Calderon said the council would order two new ferries for the island route, which had not been budgeted",
        "mayor",
        "assert",
    )
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ines Calderon said the ferry did not answer the harbour radio after leaving port.", Verdict.SUPPORTED),
        ("Ines Calderon said the ferry answered the harbour radio after leaving port.", Verdict.CONTRADICTED),
        # The claim's own words.
        (
            "Ines Calderon said the ferry stopped answering the harbour radio after leaving port.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_stopping_a_doing_says_it_no_longer_happens(body, expected):
    m = matcher(
        "Ines Calderon said the ferry stopped answering the harbour radio after leaving port", "mayor", "assert"
    )
    assert verdicts(m, body) == [expected]


def test_ceasing_a_doing_negates_it_and_stopping_a_thing_does_not():
    m = matcher("Ines Calderon said the ferry company had ceased trading", "mayor", "assert")
    assert verdicts(m, "Ines Calderon said the ferry company was no longer trading.") == [Verdict.SUPPORTED]
    assert verdicts(m, "Ines Calderon said the ferry company was still trading.") == [Verdict.CONTRADICTED]
    n = matcher("Ines Calderon said the crew stopped the engines of the ferry", "mayor", "assert")
    assert verdicts(n, "Ines Calderon said the crew stopped the engines of the ferry.") == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A negation in a clause before the comma is not the saying's ("did not say").
        (
            "Ines Calderon warned the crisis may not be over, saying the ferry terminal could close next winter.",
            Verdict.SUPPORTED,
        ),
        ("Ines Calderon did not warn that the ferry terminal could close next winter.", Verdict.CONTRADICTED),
    ],
)
def test_a_negation_before_a_comma_does_not_negate_the_saying_after_it(body, expected):
    m = matcher("Ines Calderon warned that the ferry terminal could close next winter", "mayor", "warn")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ines Calderon has denied that the council bore responsibility for the ferry delays, arguing that"
            " the timetable lies outside its authority and rests with the port board.",
            Verdict.SUPPORTED,
        ),
        (
            "Ines Calderon admitted that the council was responsible for the ferry delays, saying the timetable"
            " lay outside its authority and rested with the port board.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_denial_with_a_saying_after_it_is_still_the_denial(body, expected):
    m = matcher(
        "Ines Calderon denied that the council was responsible for the ferry delays, saying the timetable lay"
        " outside its authority and rested with the port board",
        "mayor",
        "deny",
    )
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Other ways of saying it stopped trading read alike: no flip.
        ("Ines Calderon said the ferry company halted trading after the sinking.", Verdict.SUPPORTED),
        ("Ines Calderon said the ferry company ceased to trade after the sinking.", Verdict.SUPPORTED),
        ("Ines Calderon said the ferry company quit trading after the sinking.", Verdict.SUPPORTED),
        # Its opposite is still a flip.
        ("Ines Calderon said the ferry company kept trading after the sinking.", Verdict.CONTRADICTED),
    ],
)
def test_ways_of_stopping_a_doing_read_alike(body, expected):
    m = matcher("Ines Calderon said the ferry company ceased trading after the sinking", "mayor", "assert")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "stopped during the night" stops the ferry, it negates nothing: against "did not stop", a flip.
        ("Ines Calderon said the ferry stopped during the night near the island.", Verdict.CONTRADICTED),
        ("Ines Calderon said the ferry did not stop during the night near the island.", Verdict.SUPPORTED),
    ],
)
def test_a_word_in_ing_that_is_no_verb_is_no_stopped_doing(body, expected):
    m = matcher("Ines Calderon said the ferry did not stop during the night near the island", "mayor", "assert")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A dash before the participle parts the clauses as a comma does.
        (
            "Ines Calderon warned the crisis may not be over - saying the ferry terminal could close next winter.",
            Verdict.SUPPORTED,
        ),
        # A comma before anything else does not: "did not, however, warn" is a saying negated.
        (
            "Ines Calderon did not, however, warn that the ferry terminal could close next winter.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_only_a_participle_after_a_comma_or_dash_parts_a_negation_from_the_saying(body, expected):
    m = matcher("Ines Calderon warned that the ferry terminal could close next winter", "mayor", "warn")
    assert verdicts(m, body) == [expected]


def test_an_american_speech_tag_after_a_quoted_denial_keeps_the_denial():
    # The comma inside the quotation marks ('... not true," said') joins the tag to the quote.
    body = '"The evacuation order came too late? That is not true," said Ines Calderon.'
    assert verdicts(DENY, body) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The claim's content after the verb that follows the semicolon: that verb is the statement's.
        (
            "The ferry company has lost money for years; Ines Calderon denied it would close its island route.",
            Verdict.SUPPORTED,
        ),
        (
            "The ferry company has lost money for years; Ines Calderon confirmed it would close its island route.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_verb_after_a_semicolon_governs_the_content_after_it(body, expected):
    m = matcher("Ines Calderon denied that the ferry company would close its island route", "mayor", "deny")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The relative clause ends at its comma: the rest is the claim's own, said without the aside.
        ("Ines Calderon said the two new ferries would sail on the island route in June.", Verdict.SUPPORTED),
        # The aside's own word said without its negation: a flip.
        (
            "Ines Calderon said the two new ferries, which had been budgeted, would sail on the island route in June.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_trailing_clause_between_commas_ends_at_its_comma(body, expected):
    m = matcher(
        "Ines Calderon said the two new ferries, which had not been budgeted, would sail on the island route in June",
        "mayor",
        "assert",
    )
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "No woman had led ... since" says "the first woman ... since", with a negator.
        ("Ines Calderon said no woman had led the island council since 1987.", Verdict.SUPPORTED),
        # A negation of "the first" itself is still a flip.
        ("Ines Calderon said she is not the first woman to lead the island council since 1987.", Verdict.CONTRADICTED),
    ],
)
def test_none_since_says_the_first_since(body, expected):
    m = matcher("Ines Calderon said she is the first woman to lead the island council since 1987", "mayor", "assert")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A cost said in words of negation is "free", no negation of the statement.
        ("Ines Calderon said islanders would pay nothing for the new ferry passes.", Verdict.SUPPORTED),
        ("Ines Calderon said islanders would get the new ferry passes at no cost.", Verdict.SUPPORTED),
        # A negation of the statement itself is still a flip.
        ("Ines Calderon said islanders would not get the new ferry passes free of charge.", Verdict.CONTRADICTED),
    ],
)
def test_paying_nothing_says_free(body, expected):
    m = matcher("Ines Calderon said islanders would get the new ferry passes free of charge", "mayor", "assert")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Reports of the claim's content called false: a denial, said without a verb of denying.
        (
            'Ines Calderon says reports that the evacuation order had come too late are "completely false".',
            Verdict.SUPPORTED,
        ),
        ("Ines Calderon said claims that the evacuation order had come too late were baseless.", Verdict.SUPPORTED),
        # Called true, or no word of falsehood: what the reports said, asserted.
        ("Ines Calderon said reports that the evacuation order had come too late were accurate.", Verdict.CONTRADICTED),
    ],
)
def test_reports_called_false_are_a_denial(body, expected):
    assert verdicts(DENY, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The claim is declared a plain statement, though its text names a view: said plainly, no change.
        ("Ines Calderon said the ferry terminal would reopen in spring.", Verdict.SUPPORTED),
        # Another stance is still one.
        ("Ines Calderon denied that the ferry terminal would reopen in spring.", Verdict.CONTRADICTED),
    ],
)
def test_a_declared_plain_statement_naming_a_view_is_said_plainly(body, expected):
    m = matcher("Ines Calderon said she expects the ferry terminal to reopen in spring", "mayor", "assert")
    assert verdicts(m, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What a denial denied, stated as fact, does not say the holder did not deny it.
        ("An inquiry found on Monday that Ines Calderon's evacuation order had come too late.", [Verdict.SUPPORTED]),
        ("Ines Calderon was censured because the evacuation order had come too late.", [Verdict.SUPPORTED]),
        # Another view of the holder's is a change; so is a view said in words ("did not rule out").
        ("Ines Calderon admitted the evacuation order had come too late.", [Verdict.CONTRADICTED]),
        ("Ines Calderon did not rule out that the evacuation order had come too late.", [Verdict.CONTRADICTED]),
    ],
)
def test_a_view_is_not_contradicted_by_its_content_stated_as_fact(body, expected):
    assert verdicts(DENY, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A finding "suggests": no holder's suggestion, a plain report.
        ("Ines Calderon: nothing so far suggests the dam failure was deliberate.", Verdict.SUPPORTED),
        ("Ines Calderon said the evidence suggests the dam failure was not deliberate.", Verdict.SUPPORTED),
        # A person who suggests holds a view of her own.
        ("Ines Calderon suggested the dam failure was not deliberate.", Verdict.CONTRADICTED),
    ],
)
def test_what_a_finding_suggests_is_reported_not_suggested(body, expected):
    m = matcher("Ines Calderon said the dam failure was not deliberate", "mayor", "assert")
    assert verdicts(m, body) == [expected]


def test_a_finding_that_suggests_fits_a_suggestion():
    m = matcher(
        "Ines Calderon said initial findings pointed to a failure at the dam's spillway rather than heavy rain",
        "mayor",
        "suggest",
    )
    assert verdicts(
        m, "Ines Calderon has said initial findings suggest the dam's spillway failed, rather than heavy rain."
    ) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # A headline leaves out as much as it says: no "not" in it is no flip of a negative claim.
        ("Ines Calderon and the evacuation order: what the inquiry found", []),
        # Its own negation still flips a positive reading, and a body sentence is still read whole.
        ("Ines Calderon admits evacuation order came too late", [Verdict.CONTRADICTED]),
    ],
)
def test_a_headline_without_the_claims_negation_does_not_flip_it(headline, expected):
    m = matcher("Ines Calderon said the evacuation order had not come too late", "mayor", "assert")
    d = doc(headline + "\n\nThe inquiry into the flood reported on Monday.\n")
    assert [f.verdict for f in m.check(d, INDEX.mentions(d)) if f.verdict is Verdict.CONTRADICTED] == expected
    body = doc("Headline of the story\n\n" + headline + ".\n")
    assert [f.verdict for f in m.check(body, INDEX.mentions(body))] == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Everyday paraphrases ("crash" for "collision", "occurred" for "happened") report the statement.
        ("Ines Calderon said the crash occurred after the barriers were lowered.", [Verdict.SUPPORTED]),
        ("Ines Calderon said the crash never occurred after the barriers were lowered.", [Verdict.CONTRADICTED]),
    ],
)
def test_everyday_paraphrases_report_the_statement(body, expected):
    m = matcher("Ines Calderon said the collision happened after the barriers were lowered", "mayor", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An aside that says the statement itself gives its terms: the year there is the statement's.
        (
            "The Harbour Party, which governed the island since independence from Spain in 1976, lost.",
            [Verdict.CONTRADICTED],
        ),
        (
            "The Harbour Party, which governed the island since independence from Spain in 1968, lost.",
            [Verdict.SUPPORTED],
        ),
        # An aside of another doing keeps its terms to itself.
        (
            "The Harbour Party, which won a by-election in 1976, had governed the island since independence.",
            [Verdict.SUPPORTED],
        ),
    ],
)
def test_an_aside_that_says_the_statement_gives_its_terms(body, expected):
    m = matcher("The Harbour Party had governed the island since independence from Spain in 1968", "", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("modality", "verb"),
    [("allege", "alleged"), ("suspect", "suspected"), ("confirm", "confirmed"), ("hope", "hoped")],
)
def test_a_denial_by_the_holder_opposes_any_other_view_of_part_of_the_statement(modality, verb):
    m = matcher(
        f"Ines Calderon {verb} the count was marred by irregularities, including intimidation of her party's monitors",
        "mayor",
        modality,
    )
    body = "Ines Calderon denied allegations of intimidation of election monitors on Sunday."
    assert Verdict.CONTRADICTED in verdicts(m, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A split is a part of the race: its time is no swap of the winning time.
        ("Ana Ruiz went through halfway in 1:04:16 and won the Lisbon marathon.", []),
        ("Halfway for Ana Ruiz in 1:04:16 as she won the Lisbon marathon.", []),
        # The winning time itself, changed, is.
        ("Ana Ruiz won the Lisbon marathon in 2:11:56.", [Verdict.CONTRADICTED]),
    ],
)
def test_a_race_split_is_no_swap_of_the_result(body, expected):
    m = matcher("Ana Ruiz won the Lisbon marathon in 2:09:56", "", "assert")
    assert [v for v in verdicts(m, body) if v is Verdict.CONTRADICTED] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "too early to say" is "could not yet say".
        ("Ines Calderon said it was too early to say what caused the dam to fail.", [Verdict.SUPPORTED]),
        ("Ines Calderon said it was too soon to say what caused the dam to fail.", [Verdict.SUPPORTED]),
        # Saying it plainly is a flip of not knowing.
        ("Ines Calderon said she knew what caused the dam to fail.", [Verdict.CONTRADICTED]),
    ],
)
def test_too_early_to_say_is_not_saying(body, expected):
    m = matcher("Ines Calderon said she did not yet know what caused the dam to fail", "mayor", "assert")
    assert verdicts(m, body) == expected


def test_no_word_stands_in_two_synonym_groups():
    from collections import Counter

    from factcheck.statements import SYNONYMS

    counts = Counter(word for group in SYNONYMS for word in group)
    # "intelligence" is both the services and the information, on purpose: the last group wins.
    assert [w for w, n in counts.items() if n > 1 and w != "intelligence"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "not too early to say" is saying it.
        ("Ines Calderon said it was not too early to say the dam failure was deliberate.", [Verdict.SUPPORTED]),
        ("Ines Calderon said it was too early to say the dam failure was deliberate.", [Verdict.CONTRADICTED]),
        # An evidence word in an aside is no subject: the person suggests, a view of her own.
        (
            "Ines Calderon, who has seen the footage, suggested the dam failure was deliberate.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_review_counter_examples_of_the_sixteenth_session(body, expected):
    m = matcher("Ines Calderon said the dam failure was deliberate", "mayor", "assert")
    assert verdicts(m, body) == expected


def test_not_yet_named_is_no_appointment():
    m = matcher("Ines Calderon said a new harbour master had been appointed", "mayor", "assert")
    assert Verdict.CONTRADICTED not in verdicts(
        m, "Ines Calderon said the harbour master who died had not yet been named."
    )


@pytest.mark.parametrize(
    "body",
    [
        "Ines Calderon questioned whether the harbour board was properly funded to clear the channel.",
        "Ines Calderon, asked about the dredging, wondered whether the harbour board was properly funded.",
        "The mayor also asks whether the harbour board is properly funded to clear the channel.",
        "Ines Calderon said she wanted to know whether the harbour board was properly funded.",
    ],
)
def test_asking_whether_puts_a_question_not_a_fact(body):
    # A question ("asked whether", "questioned whether") states nothing as fact: it is read as the
    # suggestion the claim declares, not as a plain statement of it.
    m = matcher("Ines Calderon questioned whether the harbour board was properly funded", "mayor", "suggest")
    assert verdicts(m, body) == [Verdict.SUPPORTED]


def test_a_question_is_not_what_a_plain_statement_states():
    m = matcher("Ines Calderon said the harbour board was properly funded", "mayor", "assert")
    assert verdicts(m, "Ines Calderon questioned whether the harbour board was properly funded.") == [
        Verdict.CONTRADICTED
    ]
    assert verdicts(m, "Ines Calderon said the harbour board was properly funded.") == [Verdict.SUPPORTED]


RUNNERS = {
    "calderon": Entity("calderon", "Ines Calderon", aliases=("Calderon",)),
    "ruiz": Entity("ruiz", "Marta Ruiz", aliases=("Ruiz",)),
}
RUNNERS_INDEX = NameIndex.compile(RUNNERS.values())
WIN = StatementMatcher.compile(
    StatementClaim("w", "statement", text="Ines Calderon won the Lisbon half marathon in 1:02:10, a course record"),
    RUNNERS,
    RUNNERS_INDEX,
)


def race_verdicts(body: str) -> list[Verdict]:
    import datetime as dt

    d = doc("Headline of the story\n\n" + body + "\n")
    return [f.verdict for f in WIN.check(d, RUNNERS_INDEX.mentions(d), published=dt.date(2025, 10, 13))]


@pytest.mark.parametrize(
    "body",
    [
        # Another occasion: a month far from the article's date, or another year, in the term's clause.
        "Calderon first made her name in March, when she won in Porto in 1:04:33.",
        "Calderon had won the Lisbon half marathon last March in 1:03:15 as well.",
        "Calderon won the Porto half marathon in 2023 in 1:04:33, a course record then.",
        # Someone else: the claim's own runner is not in the sentence, another of the story's is.
        "Marta Ruiz won the Lisbon wheelchair half marathon in 1:09:40, a course record.",
    ],
)
def test_a_term_of_another_occasion_or_person_is_no_swap(body):
    # No finding at all: the sentence tells of another race, neither against the claim nor for it
    # (a support here would make the article's real error elsewhere look like another figure).
    assert race_verdicts(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Calderon won the Lisbon half marathon in 1:02:50, a course record.",
        "Calderon won the Lisbon half marathon on Sunday in 1:02:50, a course record.",
        "Calderon won the Lisbon half marathon in October in 1:02:50, a course record.",
        "Ines Calderon won the Lisbon half marathon in 1:09:40, a course record, ahead of Marta Ruiz.",
    ],
)
def test_a_term_of_this_occasion_is_still_a_swap(body):
    assert Verdict.CONTRADICTED in race_verdicts(body)


@pytest.mark.parametrize(
    "body",
    [
        # Times still to come are the story's own: a plan, not another occasion.
        "Calderon will defend the Lisbon half marathon title in December in 1:02:50, a course record.",
        "Calderon hopes to run the Lisbon half marathon in 2027 in 1:02:50, a course record.",
    ],
)
def test_a_time_to_come_is_no_other_occasion(body):
    assert Verdict.CONTRADICTED in race_verdicts(body)


def test_a_time_of_saying_after_a_weekday_is_no_swap():
    m = StatementMatcher.compile(
        StatementClaim("t", "statement", text="The dam at Orvio gave way at 12:33 local time, shortly after midday"),
        ENTITIES,
        INDEX,
    )
    assert Verdict.CONTRADICTED not in verdicts(
        m, "The operator said by Tuesday morning that the dam at Orvio had been sealed."
    )
    assert Verdict.CONTRADICTED in verdicts(m, "The dam at Orvio gave way on Tuesday morning.")


@pytest.mark.parametrize(
    "body",
    [
        # Review counter-examples: "since" a time, or a count, is no other occasion.
        "Calderon won the Lisbon half marathon in 1:02:50 for her first win since 2019.",
        "Calderon won the Lisbon half marathon in 1:02:50 in her first race since April.",
        "Calderon won the Lisbon half marathon in 1:02:50, ahead of 2000 runners.",
    ],
)
def test_since_a_time_or_a_count_is_no_other_occasion(body):
    assert Verdict.CONTRADICTED in race_verdicts(body)


def test_a_reporters_question_before_the_answer_is_no_question_of_the_holder():
    m = matcher("Ines Calderon said the harbour board was properly funded", "mayor", "assert")
    body = "Asked whether the harbour board was properly funded, Ines Calderon said it was."
    assert Verdict.CONTRADICTED not in verdicts(m, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A word of attitude inside a short quoted title or slogan is its wording, no stance.
        (
            'Calderon, elected under the slogan "New Hope", confirmed the dredging would start in May.',
            [Verdict.SUPPORTED],
        ),
        (
            'Calderon, author of the pamphlet "We Deny Nothing", confirmed the dredging would start in May.',
            [Verdict.SUPPORTED],
        ),
        ('For Calderon, whose slogan was "Hope Again", the dredging would start in May.', [Verdict.SUPPORTED]),
        # A quoted verb that goes on into the content is the holder's word for the stance.
        ('Calderon "strongly denies" that the dredging would start in May.', [Verdict.CONTRADICTED]),
        ('Calderon said she "hoped" the dredging would start in May.', [Verdict.CONTRADICTED]),
    ],
)
def test_a_stance_word_inside_a_quoted_title_is_no_stance(body, expected):
    m = matcher("Ines Calderon said the dredging would start in May", "mayor", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two clauses spliced by a comma, each negative, say the denial once, not twice.
        (
            'Calderon said: "It was not sabotage, it was not arson, it was a failure of the valves."',
            [Verdict.SUPPORTED],
        ),
        ('"It was not arson, it was not sabotage," Calderon told reporters.', [Verdict.SUPPORTED]),
        # One negative clause and one positive: still the denial; none at all: the opposite.
        ('Calderon said: "It was not arson or sabotage, it was an accident."', [Verdict.SUPPORTED]),
        ('Calderon said: "It was arson, it was sabotage."', [Verdict.CONTRADICTED]),
    ],
)
def test_clauses_spliced_by_a_comma_each_say_the_negation(body, expected):
    m = matcher("Ines Calderon denied that the fire was arson or sabotage", "mayor", "deny")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "lacked" a thing says there was none of it, as "had no" does.
        ("Calderon said the harbour board lacked a working flood plan.", [Verdict.SUPPORTED]),
        ("Calderon said the harbour board was lacking any working flood plan.", [Verdict.SUPPORTED]),
        ("Calderon said the harbour board had a working flood plan.", [Verdict.CONTRADICTED]),
    ],
)
def test_lacking_a_thing_is_having_none(body, expected):
    m = matcher("Ines Calderon said the harbour board had no working flood plan", "mayor", "assert")
    assert verdicts(m, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The main clause alone, without the claim's trailing participle clause, reports it.
        ("Calderon denied that the harbour board ignored warnings.", [Verdict.SUPPORTED]),
        ("Calderon admitted that the harbour board ignored warnings.", [Verdict.CONTRADICTED]),
        # A sentence of the trailing clause's words alone does not.
        ("Calderon blamed dredging contractors and sensor technicians.", []),
    ],
)
def test_a_claims_main_clause_is_reported_without_its_trailing_participle_clause(body, expected):
    m = matcher(
        "Ines Calderon denied that the harbour board ignored warnings, "
        "blaming a chain of errors by dredging contractors and sensor technicians",
        "mayor",
        "deny",
    )
    assert verdicts(m, body) == expected


def test_a_hyphenated_holders_name_is_not_read_as_the_statements_words():
    ruiz = Entity("ruiz", "Ana Ruiz-Tagle", aliases=("Ruiz-Tagle",))
    index = NameIndex.compile([ruiz])
    m = StatementMatcher.compile(
        StatementClaim(
            "s",
            "statement",
            holder="ruiz",
            text="Ruiz-Tagle denied that the fire was arson or sabotage",
            modality="deny",
        ),
        {"ruiz": ruiz},
        index,
    )
    body = (
        'Ruiz-Tagle went to the harbour and within hours ruled out foul play: "It was not arson, it was not sabotage."'
    )
    d = doc("Headline of the story\n\n" + body + "\n")
    assert [f.verdict for f in m.check(d, index.mentions(d))] == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("claim", "modality", "body", "expected"),
    [
        # The eighteenth session's review: an aside in the middle of a claim is no trailing clause,
        (
            "Ines Calderon denied that the old harbour warehouses, including the grain silos, were structurally unsafe",
            "deny",
            "Calderon said the old harbour warehouses would be sold.",
            [],
        ),
        (
            "Ines Calderon said the new harbour building, housing forty families, was structurally unsafe",
            "assert",
            "Calderon said the new harbour building would open in May.",
            [],
        ),
        # and "a lack of staff" is a noun, not a negation.
        (
            "Ines Calderon said the dam inspections were delayed by staff shortages",
            "assert",
            "Calderon said the dam inspections were delayed by a lack of staff.",
            [Verdict.SUPPORTED],
        ),
    ],
)
def test_review_counter_examples_of_the_eighteenth_session(claim, modality, body, expected):
    assert verdicts(matcher(claim, "mayor", modality), body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Another day in the statement's day's place: the rest of the statement is there, the day is swapped.
        (
            "The council declared Tuesday a day of mourning for the harbour victims.",
            [(Verdict.CONTRADICTED, "Tuesday")],
        ),
        (
            "The council declared 16 March a day of mourning for the harbour victims.",
            [(Verdict.CONTRADICTED, "16 March")],
        ),
        ("The council declared Sunday a day of mourning for the harbour victims.", [(Verdict.SUPPORTED, None)]),
        # The day of the declaring, in its own place, is no day of the mourning.
        ("On Friday the council declared a day of mourning for the harbour victims.", [(Verdict.SUPPORTED, None)]),
    ],
)
def test_a_statements_day_given_as_another_day_is_a_swap(body, expected):
    m = matcher("The council declared Sunday, 9 March, a day of mourning for the harbour victims", None, "assert")
    d = doc("Headline of the story\n\n" + body + "\n")
    got = [(f.verdict, f.found if f.verdict is Verdict.CONTRADICTED else None) for f in m.check(d, INDEX.mentions(d))]
    assert got == expected


def test_review_a_day_fills_the_statements_day_only_in_its_slot():
    # The nineteenth session's review: "On Sunday" is the sentence's day, not the market's "Thursday";
    # a sentence about another matter that day does not report the statement.
    m = matcher("Ines Calderon cancelled the Thursday market in Marlow", "mayor", "assert")
    for body in (
        "On Sunday Ines Calderon cancelled her visit to Marlow.",
        "On Sunday Ines Calderon did not cancel her visit to Marlow.",
    ):
        d = doc("Headline of the story\n\n" + body + "\n")
        assert m.check(d, INDEX.mentions(d)) == [], body


@pytest.mark.parametrize(
    ("claim", "body", "expected"),
    [
        # "prevented ... from landing" says it did not land: "could not land" agrees, "landed" does not.
        (
            "Ash on the runway of the harbour airport prevented the relief flight from landing",
            "The relief flight could not land because ash covered the runway of the harbour airport.",
            [Verdict.SUPPORTED],
        ),
        (
            "Ash on the runway of the harbour airport prevented the relief flight from landing",
            "Ash on the runway of the harbour airport did not prevent the relief flight from landing.",
            [Verdict.CONTRADICTED],
        ),
        (
            "The relief flight could not land because of ash on the runway of the harbour airport",
            "Ash on the runway of the harbour airport kept the relief flight from landing.",
            [Verdict.SUPPORTED],
        ),
    ],
)
def test_a_verb_that_keeps_its_object_from_a_doing_negates_it(claim, body, expected):
    assert verdicts(matcher(claim, None, "assert"), body) == expected


def test_a_hedged_warning_holds_a_suspicion():
    m = matcher("Russia said the French secret services may have been involved in the attack", "russia", "suspect")
    # "warned that ... may have been": a warning of what may be, hedged, is the suspicion.
    assert verdicts(m, "Russia warned that the French secret services may have been involved in the attack.") == [
        Verdict.SUPPORTED
    ]
    # Unhedged, a warning is no suspicion.
    assert verdicts(m, "Russia warned that the French secret services were involved in the attack.") == [
        Verdict.CONTRADICTED
    ]


def test_yet_to_says_not_yet():
    # "had yet to be confirmed" and "still had to establish" say what "had not yet been" says: no flip
    # of a claim that it had not yet been confirmed; and against a claim that it was, a flip.
    pending = matcher(
        "Ines Calderon said the new particle had not yet been confirmed to be the Higgs boson", "mayor", "assert"
    )
    for body in (
        "Ines Calderon said the new particle had yet to be confirmed to be the Higgs boson.",
        "Ines Calderon said the new particle has still yet to be confirmed as the Higgs boson.",
        "Ines Calderon said the team still had to confirm that the new particle was the Higgs boson.",
        "Ines Calderon said the lab was yet to confirm that the new particle was the Higgs boson.",
        "Ines Calderon said the new particle had not yet been confirmed to be the Higgs boson.",
    ):
        assert verdicts(pending, body) == [Verdict.SUPPORTED], body
    assert verdicts(pending, "Ines Calderon said the new particle had been confirmed to be the Higgs boson.") == [
        Verdict.CONTRADICTED
    ]
    done = matcher("Ines Calderon said the council had ratified the harbour budget", "mayor", "assert")
    assert verdicts(done, "Ines Calderon said the council had yet to ratify the harbour budget.") == [
        Verdict.CONTRADICTED
    ]
    # "yet" and "still" alone negate nothing.
    assert verdicts(done, "Ines Calderon said the council had still ratified the harbour budget, yet late.") == [
        Verdict.SUPPORTED
    ]


def test_attitude_verb_negated_in_words():
    # "declined to confirm", "has yet to confirm": the confirmation is not given.
    confirmed = matcher(
        "Ines Calderon confirmed that the harbour contractor had forged the safety reports", "mayor", "confirm"
    )
    for body in (
        "Ines Calderon declined to confirm that the harbour contractor had forged the safety reports.",
        "Ines Calderon has yet to confirm that the harbour contractor had forged the safety reports.",
        "Ines Calderon refused to confirm that the harbour contractor forged the safety reports.",
    ):
        assert verdicts(confirmed, body) == [Verdict.CONTRADICTED], body
    assert verdicts(
        confirmed, "Ines Calderon confirmed that the harbour contractor had forged the safety reports."
    ) == [Verdict.SUPPORTED]
    # A worded negation in a clause of its own does not negate the verb.
    assert verdicts(
        confirmed,
        "The contractor declined to comment; Ines Calderon confirmed that the harbour contractor had forged the"
        " safety reports.",
    ) == [Verdict.SUPPORTED]


def test_a_participle_after_the_content_does_not_govern_it():
    # "denied that p, saying q": "saying" tells how the denial was given; the view is the denial, even
    # when the holder's description (words of the claim too) stands before the verb.
    denial = matcher(
        "Northern Harbour Authority chief executive Ines Calderon denied that there was a chain of"
        " subcontracting at the port",
        "mayor",
        "deny",
    )
    for body in (
        "Ines Calderon, the Northern Harbour Authority's chief executive, denied that a chain of subcontracting"
        " was involved, saying the firms had been hired directly.",
        "Ines Calderon, the Northern Harbour Authority's chief executive, denied that a chain of subcontracting"
        " was involved, adding that the firms had been hired directly.",
    ):
        assert verdicts(denial, body) == [Verdict.SUPPORTED], body
    assert verdicts(
        denial,
        "Ines Calderon, the Northern Harbour Authority's chief executive, confirmed that a chain of"
        " subcontracting was involved, saying the firms had not been hired directly.",
    ) == [Verdict.CONTRADICTED]


def test_the_claims_negated_word_negated_before_the_verb_is_no_flip():
    unknown = matcher(
        "Ines Calderon said the cause of the flooding was not yet known and would be established by the inquiry",
        "mayor",
        "assert",
    )
    body = "That is not yet known, and Ines Calderon said the cause of the flooding will be established by the inquiry."
    assert verdicts(unknown, body) == [Verdict.SUPPORTED]
    assert verdicts(
        unknown, "Ines Calderon said the cause of the flooding was known and had been established by the inquiry."
    ) == [Verdict.CONTRADICTED]
    # Two negations ("did not rule out") say the opposite of the claim's one.
    closures = matcher("Ines Calderon said there would be no harbour closures", "mayor", "assert")
    assert verdicts(closures, "Ines Calderon did not rule out harbour closures.") == [Verdict.CONTRADICTED]


def test_and_not_before_the_claims_own_words_is_a_flip():
    # "died in hospital and not at the scene" says the opposite of "died at the scene" (the review of
    # the twentieth session: reading every "and not" before a preposition as a contrast hid this).
    scene = matcher("Ines Calderon said the driver died at the scene", "mayor", "assert")
    assert verdicts(scene, "Ines Calderon said the driver died in hospital and not at the scene.") == [
        Verdict.CONTRADICTED
    ]


def test_review_twenty_negations_and_participles():
    # "still had to pay" is an obligation that stands, not a negation (only finding out or settling is).
    paid = matcher("Ines Calderon said the airline had to pay compensation to the families", "mayor", "assert")
    assert verdicts(paid, "Ines Calderon said the airline still had to pay compensation to the families.") == [
        Verdict.SUPPORTED
    ]
    # ", according to X" is a tag: a denial is contradicted by a plain statement credited to its holder.
    sank = matcher("Ines Calderon denied that the harbour ferry had sunk", "mayor", "deny")
    assert verdicts(sank, "The harbour ferry had sunk, according to Ines Calderon.") == [Verdict.CONTRADICTED]
    # An adverb between the worded negation and the verb it governs.
    confirmed = matcher(
        "Ines Calderon confirmed that the harbour contractor had forged the safety reports", "mayor", "confirm"
    )
    formally = "Ines Calderon has yet to formally confirm that the harbour contractor had forged the safety reports."
    assert verdicts(confirmed, formally) == [Verdict.CONTRADICTED]
    # The claim's negated word negated of someone else is no support of the claim's "not".
    unnamed = matcher("Ines Calderon said the victim had not been identified", "mayor", "assert")
    body = "The driver has not been identified, but Ines Calderon said the victim had been identified as a local woman."
    assert verdicts(unnamed, body) == [Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The "no" is of the first clause; "and that" joins the statement to the verb before it.
        (
            "Ines Calderon said no damage had been reported and that the ferry service would resume on Monday.",
            [Verdict.SUPPORTED],
        ),
        # The statement's own negation after "and that" still flips it.
        (
            "Ines Calderon said no damage had been reported and that the ferry service would not resume on Monday.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_a_verb_closing_a_clause_before_and_that_governs_nothing_after_it(body, expected):
    resume = matcher("Ines Calderon said the ferry service would resume on Monday", "mayor", "assert")
    assert verdicts(resume, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The article reports the claim's second clause and leaves out the negated first one.
        ("Ines Calderon said a vote on the harbour budget would be held next week.", [Verdict.SUPPORTED]),
        # It says the negated word without the negation: a flip.
        (
            "Ines Calderon approved the harbour budget on Monday and said a vote would be held next week.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_a_negation_in_one_clause_of_a_two_clause_claim_needs_its_word_to_flip(body, expected):
    budget = matcher(
        "Ines Calderon did not approve the harbour budget on Monday; she said a vote would be held next week",
        "mayor",
        "assert",
    )
    assert verdicts(budget, body) == expected


def test_the_negated_word_of_a_two_clause_claim_is_found_in_any_of_its_forms():
    # "authorise" stands in a synonym group, "authorised" is found by its English stem.
    budget = matcher(
        "Ines Calderon did not authorise the harbour budget on Monday; she said a vote would be held next week",
        "mayor",
        "assert",
    )
    body = "Ines Calderon authorised the harbour budget on Monday and said a vote would be held next week."
    assert verdicts(budget, body) == [Verdict.CONTRADICTED]


WARNING = matcher("Russia warned that the storm would bring heavy flooding to the coast on Wednesday", "russia", "warn")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The verb of an aside of concession or condition tells of the aside, not of the content.
        (
            "Moscow warned that the storm, though expected to weaken slightly, would bring heavy flooding to the "
            "coast on Wednesday.",
            [Verdict.SUPPORTED],
        ),
        (
            "Moscow warned that the storm, if forecasts are confirmed, would bring heavy flooding to the coast on "
            "Wednesday.",
            [Verdict.SUPPORTED],
        ),
        # The same verb governing the content is the view's, another one than the claim's.
        (
            "Moscow expected that the storm would bring heavy flooding to the coast on Wednesday.",
            [Verdict.CONTRADICTED],
        ),
        (
            "Moscow, though it warned of storms, expected that the storm would bring heavy flooding to the coast on "
            "Wednesday.",
            [Verdict.CONTRADICTED],
        ),
    ],
)
def test_an_attitude_verb_inside_a_concessive_aside_is_not_the_views(body, expected):
    assert verdicts(WARNING, body) == expected


def test_a_concessive_aside_that_holds_the_view_gives_its_verb():
    # The aside holds the claim's content: its verb is the view's ("believed" against the hope).
    body = (
        "Moscow, while it believed the French secret services had not been involved in the attack, "
        "demanded that Paris share what it knew."
    )
    d = doc("Headline of the story\n\n" + body + "\n")
    assert [(f.verdict, f.confidence >= 0.5) for f in HOPE.check(d, INDEX.mentions(d))] == [
        (Verdict.CONTRADICTED, True)
    ]
