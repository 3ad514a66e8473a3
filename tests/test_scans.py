"""The fast scans find what the plain patterns they stand for find, at the same offsets.

Each speed-up of a scan keeps a plain pattern as its definition; these tests compare the two
on generated text made of the pieces where they could part: names back to back, hyphens,
apostrophes, marks and the start of the text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import articles, names, statements
from factcheck.articles import cue_matches
from factcheck.text import cue_pattern

NAMES = ["anna karisan", "anna", "russia", "russian", "al-waha", "o'brien", "x", "ab-", "jo-ann  smith", "rsf"]
PIECES = [*NAMES, "-", " ", "  ", "'", "a", "s", "(", ".", "\n", "b-", "_", "7"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, unique=True), st.lists(st.sampled_from(PIECES), max_size=14))
def test_the_lead_scan_finds_what_the_look_behind_scan_finds(chosen, pieces):
    escaped = [re.escape(t).replace(r"\ ", r"\s+") for t in sorted(set(chosen), key=len, reverse=True)]
    pattern, lead = names._starting_pattern(escaped), names._lead_pattern(escaped)
    text = "".join(pieces)
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]

    assert list(names._standing_alone(pattern, lead, text)) == expected


CUES = ["kill", "killed", "death toll", "launch", "flood waters", "admit", "trapped", "died"]
WORDS = [
    "Killed",
    "kills",
    "death  toll",
    "Death\ntoll",
    "launches",
    "launch",
    "floods",
    "flood waters",
    "admitted",
    "trapped",
    "dies",
    "died",
    "skill",
    "x",
    " ",
    ", ",
    "-",
    "re-launch",
    "tolls",
    "7",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUES), min_size=1, unique=True), st.lists(st.sampled_from(WORDS), max_size=12))
def test_cue_matches_finds_what_the_cue_pattern_finds(cues, words):
    pattern = cue_pattern(cues)
    assert pattern is not None
    sentence = "".join(words)
    expected = [m.span() for m in pattern.finditer(sentence)]

    assert [m.span() for m in cue_matches(pattern, sentence)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abzAZ09' -,.\"()\t\n\x1c:;!?", max_size=40))
def test_words_split_in_c_are_the_patterns_words(sentence):
    assert statements._words(sentence) == statements._WORD.findall(sentence)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t\n\r\x0b\x1c\x85\xa0\u2028\u3000\u200b.é", max_size=30))
def test_one_line_is_the_split_and_join(text):
    assert articles._one_line(text) == " ".join(text.split())
