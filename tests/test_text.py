from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text import LineIndex, cue_pattern, fold, fold_simple, lower_twin, words


def test_fold_strips_accents_quotes_dashes_and_nbsp():
    folded, _ = fold("Séjourné’s “lies” – Ł\u00a0ø")
    assert folded == 'Sejourne\'s "lies" - L o'


def test_fold_keeps_offsets_to_the_original():
    text = "Ärger – “Sébastien” Lecornu"
    folded, to_source = fold(text)
    at = folded.index("Lecornu")
    assert text[to_source(at) :].startswith("Lecornu")
    assert text[to_source(folded.index("Sebastien"))] == "S"


@given(st.text(max_size=200))
def test_fold_is_ascii_and_maps_inside_the_source(text):
    folded, to_source = fold(text)
    assert folded.isascii()
    positions = [to_source(i) for i in range(len(folded))]
    assert all(0 <= p < max(len(text), 1) for p in positions)
    assert positions == sorted(positions)


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=200))
def test_fold_leaves_ascii_alone(text):
    folded, to_source = fold(text)
    assert folded == text
    assert all(to_source(i) == i for i in range(len(text)))


def test_line_index_handles_crlf_and_cr():
    index = LineIndex("ab\r\ncd\ref\ngh")
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 1)
    assert index.position(7) == (3, 1)
    assert index.position(11) == (4, 2)


def test_cue_pattern_matches_inflections_and_phrases():
    pattern = cue_pattern(["kill", "death toll"])
    assert pattern is not None
    assert pattern.search("Flood kills 23")
    assert pattern.search("the death  toll rose")
    assert not pattern.search("skill")


def test_fold_simple_and_words():
    assert fold_simple("  Stéphane   SÉJOURNÉ ") == "stephane sejourne"
    assert words("It's a well-known fact.") == ["it's", "a", "well-known", "fact"]


@pytest.mark.parametrize(
    ("cue", "word"),
    [
        ("admitted", "admitted"),
        ("admitted", "admitting"),
        ("admit", "admitted"),
        ("trapped", "trapped"),
        ("trapped", "traps"),
        ("kidnapped", "kidnapping"),
        ("planned", "planned"),
        ("stab", "stabbed"),
    ],
)
def test_a_cue_whose_last_consonant_doubles_finds_every_form(cue: str, word: str) -> None:
    pattern = cue_pattern([cue])
    assert pattern is not None and pattern.fullmatch(word)


@pytest.mark.parametrize(("cue", "word"), [("hoped", "hopped"), ("taped", "tapped"), ("scraped", "scrapped")])
def test_a_cue_whose_consonant_does_not_double_finds_no_other_word(cue: str, word: str) -> None:
    pattern = cue_pattern([cue])
    assert pattern is not None and not pattern.fullmatch(word)


def test_a_lower_twin_finds_in_lower_cased_text_what_its_pattern_finds():
    pattern = re.compile(r"\b(?P<when>earlier|at first)\W+(?:figure|toll)\b", re.IGNORECASE)
    twin = lower_twin(pattern)
    text = "The Earlier  Toll was 27; AT FIRST, figure unknown."
    assert [m.span() for m in twin.finditer(text.lower())] == [m.span() for m in pattern.finditer(text)]
    # A capital letter outside an escape would miss lower-cased text: refused.
    with pytest.raises(AssertionError):
        lower_twin(re.compile(r"\bToll\b", re.IGNORECASE))


def _cue_finds(cue: str, text: str) -> list[str]:
    """Return what the pattern of one cue finds in ``text``."""
    pattern = cue_pattern([cue])
    assert pattern is not None
    return [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("cue", "text", "found"),
    [
        # A base form finds its irregular past forms, which no suffix makes.
        ("beat", "Okafor has beaten Lindqvist in the final.", ["beaten"]),
        ("win", "Okafor won the title and wins the cup.", ["won", "wins"]),
        ("shake", "The quake shook the city.", ["shook"]),
        # A past form does not find its base: "strike" is as often a noun, "lose" is not yet lost.
        ("struck", "The strike began on Monday; the quake struck on Friday.", ["struck"]),
        ("lost", "It expects to lose money; it lost 5 billion yen.", ["lost"]),
    ],
)
def test_a_cue_finds_the_irregular_forms_of_its_verb(cue, text, found):
    assert _cue_finds(cue, text) == found


@pytest.mark.parametrize(
    ("cue", "text", "found"),
    [
        # A prefix that makes the word another thing: no cue.
        ("final", "She won the semi-final on Friday and the final on Sunday.", ["final"]),
        ("president", "The vice-president met the president.", ["president"]),
        ("fatal", "Two non-fatal injuries and one fatal crash.", ["fatal"]),
        # Any other word before the hyphen leaves the cue as it is.
        ("elected", "She was re-elected in May.", ["elected"]),
        ("deaths", "Flood-related deaths rose.", ["deaths"]),
    ],
)
def test_a_cue_after_a_prefix_that_makes_another_thing_is_no_cue(cue, text, found):
    assert _cue_finds(cue, text) == found


def test_a_cue_finds_the_other_words_of_its_family_and_no_family_adds_nothing():
    from factcheck.text import family_cues

    assert set(family_cues(["arrest"])) >= {"apprehended", "taken into custody"}
    assert "arrested" not in family_cues(["arrested"])  # the claim's own word is not added again
    assert set(family_cues(["killed", "dead"])) >= {"slaughter", "perished"}
    assert set(family_cues(["sentenced"])) >= {"jailed", "put behind bars"}
    assert set(family_cues(["collapse"])) >= {"gave way"}
    assert "penalty" in family_cues(["fined"])  # "fine" and "fined" are one word
    assert family_cues(["toll", "seats"]) == ()
    # Words that name other things too are in no family: a detention, a thing picked up.
    assert not {"detained", "picked up"} & set(family_cues(["arrested"]))
    pattern = cue_pattern(("arrested", *family_cues(["arrested"])))
    assert pattern is not None
    assert pattern.search("The suspect was taken into custody at a roadside hotel.")
    assert not pattern.search("She picked up her award on Monday.")


def test_a_short_verb_in_ied_finds_its_other_forms() -> None:
    # "died" is "die" + "d": a cue of it finds "die" and "dies" (a headline's tense), not "diet".
    assert _cue_finds("died", "14 MINERS DIE IN BLAST; one dies later; two died") == ["DIE", "dies", "died"]
    assert _cue_finds("died", "a diet of diesel") == []
    assert _cue_finds("tied", "the game ties at two") == ["ties"]
