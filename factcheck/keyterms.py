"""Key terms of a statement: the places, names, years, numbers and times of day it turns on.

"The plant to close is in Himeji" and "the plant to close is in Kobe" share every content word
but one, and that one decides whether the article is right. A statement claim's key terms are
found once; an article sentence that reports the statement is then compared slot by slot: a
term of the same sort in the same slot ("in Himeji" / "in Kobe", "since 2006" / "since 2008",
"shortly before midnight" / "shortly before midday", "the 48-hour strike" / "a 72-hour strike")
that differs is a swapped key term.

A slot is the word before the term (its preposition or verb: "in", "since", "at"), or for
numbers and ordinals the word after it ("48-hour", "second-stage"). Times of day are compared
as a whole: the claim's part of the day against the sentence's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck import lexicon

# Parts of the day, each with the words that name it. A clock time is put in its part of the day.
DAY_PARTS = lexicon.DAY_PARTS
_DAY_PART_OF = {w: part for part, words in DAY_PARTS.items() for w in words}
_DAY_WORD = re.compile(r"\b(" + "|".join(sorted(_DAY_PART_OF, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2})[:h](\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_NUMBER_SLOT = re.compile(r"\b(\d+(?:[.,]\d+)?)[-\s]?([a-z]+)\b", re.IGNORECASE)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_SLOT = re.compile(r"\b(" + "|".join(ORDINALS) + r")[-\s]([a-z]+)\b", re.IGNORECASE)
# A run of capitalised words (with the small words names contain: "Court of Appeal", "Al Hajar").
_PROPER = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|de|del|da|do|al|el|la|le|von|van|the|and)\s+)?[A-Z][\w'-]*)*")
_WORD = re.compile(r"[A-Za-z']+")
# A single capitalised adjective of a place ("Ghanaian", "Japanese") before a common noun.
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
# Words before a proper name that make it a slot worth comparing: prepositions and verbs of place.
SLOT_WORDS = frozenset("in at to from near into inside outside across of for by on with benefit help based".split())


@dataclass(frozen=True)
class KeyTerm:
    """One key term of a claim: its sort, its slot and its (folded) value, as written."""

    sort: str  # "place" (a proper name), "year", "number", "ordinal", "daypart"
    slot: str
    value: str
    text: str


@dataclass(frozen=True)
class Swap:
    """A key term of the claim given differently in the article sentence."""

    expected: str
    found: str
    start: int  # offset of the found term in the sentence
    end: int


def day_part(hour: int, minute: int = 0) -> str:
    """Return the part of the day an hour falls in."""
    del minute
    if hour < 5 or hour >= 22:
        return "night"
    if hour < 12:
        return "morning"
    if hour < 14:
        return "midday"
    if hour < 18:
        return "afternoon"
    return "evening"


def _clock(m: re.Match[str]) -> tuple[int, int]:
    if m.group(4):
        return int(m.group(4)), int(m.group(5))
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    pm = m.group(3).lower().startswith("p")
    if pm and hour < 12:
        hour += 12
    if not pm and hour == 12:
        hour = 0
    return hour, minute


_ARTICLES = frozenset({"the", "a", "an"})


def _prev_word(text: str, start: int) -> str:
    """Return the word before ``start``, passing over articles ("at the Court of Appeal": "at")."""
    words = [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])]
    while words and words[-1] in _ARTICLES:
        words.pop()
    return words[-1] if words else ""


def terms(text: str, skip: Callable[[str], bool] = lambda _: False) -> list[KeyTerm]:
    """Return the key terms of a text (a claim's, or an article sentence's).

    ``skip`` says which proper names are not key terms (the holder's name, the first word).
    """
    out: list[KeyTerm] = []
    for m in _PROPER.finditer(text):
        name = m.group()
        if m.start() == 0 or skip(name) or _ADJECTIVE.fullmatch(name) and _LOWER_NEXT.match(text, m.end()):
            continue  # the first word, the holder, "the Ghanaian capital"
        if name.split()[0].lower() in lexicon.WEEKDAYS or name.split()[0].lower() in lexicon.MONTHS:
            continue  # "on Sunday", "in March": days are date claims' to judge
        slot = _prev_word(text, m.start())
        if slot in SLOT_WORDS:
            out.append(KeyTerm("place", slot, " ".join(name.lower().split()), name))
    for m in _YEAR.finditer(text):
        out.append(KeyTerm("year", _prev_word(text, m.start()), m.group(1), m.group(1)))
    for m in _NUMBER_SLOT.finditer(text):
        if not _YEAR.fullmatch(m.group(1)) and m.group(2).lower() not in ("a", "p", "am", "pm"):
            out.append(KeyTerm("number", m.group(2).lower().rstrip("s"), m.group(1), m.group()))
    for m in _ORDINAL_SLOT.finditer(text):
        out.append(KeyTerm("ordinal", m.group(2).lower(), m.group(1).lower(), m.group()))
    for m in _CLOCK.finditer(text):
        if not text[: m.start()].strip():
            continue  # "15:20 Death toll rises": a live blog's timestamp, not the event's time
        hour, minute = _clock(m)
        out.append(KeyTerm("clock", "", f"{hour:02d}:{minute:02d}", m.group()))
        out.append(KeyTerm("daypart", "", day_part(hour, minute), m.group()))
    for m in _DAY_WORD.finditer(text):
        out.append(KeyTerm("daypart", "", _DAY_PART_OF[m.group(1).lower()], m.group()))
    return out


def swaps(claim_terms: list[KeyTerm], sentence: str, same: Callable[[str, str], bool]) -> list[Swap]:
    """Return the claim's key terms that the sentence gives differently, slot by slot.

    ``same(a, b)`` says whether two proper names stand for one thing (an entity and its alias).
    A slot the sentence does not fill, or fills with the claim's own term, is no swap.
    """
    found = [(t, m) for t, m in _located(sentence)]
    folded = sentence.lower()
    out: list[Swap] = []
    for sort in ("place", "year", "number", "ordinal", "clock", "daypart"):
        wanted = [t for t in claim_terms if t.sort == sort]
        if not wanted:
            continue
        given = [(t, m) for t, m in found if t.sort == sort]
        for want in wanted:
            # One year against one year compares whatever their prepositions ("since 2008" / "in 2006").
            lone_years = sort == "year" and len(wanted) == 1 and len(given) == 1
            in_slot = [(t, m) for t, m in given if t.slot == want.slot or lone_years]
            if not in_slot or any(_equal(t, want, same) for t, _ in in_slot):
                continue
            if sort == "place" and re.search(rf"\b{re.escape(want.value)}\b", folded):
                continue  # the claim's own name is there, in another slot ("the Accra suburb of East Legon")
            if sort == "number" and re.search(rf"(?<![\d.,]){re.escape(want.value)}(?![\d])", sentence):
                continue  # "40.8 degrees Celsius ... surpassing 39.8C": the claim's figure is there
            # Another of the claim's own terms in that slot ("Sweden and Denmark") is no swap.
            others = [(t, m) for t, m in in_slot if not any(_equal(t, w, same) for w in wanted)]
            if others:
                t, (a, b) = others[0]
                out.append(Swap(want.text, t.text, a, b))
                break  # one swap per sort is enough to report
    return out


def _equal(a: KeyTerm, b: KeyTerm, same: Callable[[str, str], bool]) -> bool:
    if a.value == b.value:
        return True
    if a.sort == "place":
        return a.value in b.value or b.value in a.value or same(a.text, b.text)
    if a.sort == "number":
        return a.value.replace(",", "") == b.value.replace(",", "")
    return False


def _located(sentence: str) -> list[tuple[KeyTerm, tuple[int, int]]]:
    """Return the sentence's key terms with where each stands."""
    out: list[tuple[KeyTerm, tuple[int, int]]] = []
    for term in terms(sentence):
        at = sentence.find(term.text)
        out.append((term, (max(at, 0), max(at, 0) + len(term.text))))
    return out
