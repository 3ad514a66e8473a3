"""Key terms of a statement: the places, names, years, numbers and times of day it turns on.

"The plant to close is in Himeji" and "the plant to close is in Kobe" share every content word
but one, and that one decides whether the article is right. A statement claim's key terms are
found once; an article sentence that reports the statement is then compared slot by slot: a
term of the same sort in the same slot ("in Himeji" / "in Kobe", "since 2006" / "since 2008",
"shortly before midnight" / "shortly before midday", "the 48-hour strike" / "a 72-hour strike")
that differs is a swapped key term.

A slot is the word before the term (its preposition or verb: "in", "since", "at"), or for
numbers and ordinals the word after it ("48-hour", "second-stage"). Times of day are compared
as spans of hours: a clock time or a part of the day ("at about 3:40 a.m.", "shortly before
midnight", "on Sunday afternoon") conflicts with the claim's only when no time the sentence gives
can fall within the claim's. A race or flight time ("2:09:31") is a duration, compared exactly.
A word of a closed set of alternatives (``lexicon.CONTRAST_SETS``: "a yellow warning" / "an
orange warning", "AD" / "BC") has its set for slot, and a code of letters and digits ("H5N1",
"EF2") its letters. A name holding a noun of a sort of body ("the Riga Regional Court",
``lexicon.INSTITUTION_HEADS``) has that noun for a second slot ("@court"), whatever its preposition.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck import lexicon, places
from factcheck.text import ascii_words, fold_simple

# Parts of the day, each with the words that name it, and the hours each covers.
_DAY_PART_OF = {w: part for part, words in lexicon.DAY_PARTS.items() for w in words}
_DAY_PART_ALT = "|".join(re.escape(w) for w in sorted(_DAY_PART_OF, key=len, reverse=True))
# "in the early afternoon", "late evening": the modifier is part of the time, not a word of the statement.
# (Not one half of a span of two: "in the afternoon-evening" is neither part alone.)
_DAY_WORD = re.compile(
    r"(?<![a-z][-/])\b(?:(?:early|late|mid)[\s-]+(?:on\s+(?:"
    + "|".join(lexicon.WEEKDAYS)
    + r")\s+)?)?("
    + _DAY_PART_ALT
    + rf")\b(?![-/](?:{_DAY_PART_ALT})\b)",
    re.IGNORECASE,
)
_ZONE = r"(?:\s*(?:" + "|".join(lexicon.TIME_ZONES) + r")\b)?"
_CLOCK = re.compile(
    r"(?<![\d:.])(?:(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.?|p\.m\.?|am|pm)(?![a-z])|(\d{1,2})[:h.](\d\d))(?![\d:])" + _ZONE,
    re.IGNORECASE,
)
_ZONE_NAMES = frozenset(z.lower() for z in lexicon.TIME_ZONES)
_ZONE_IN = re.compile(r"\b(?:" + "|".join(lexicon.TIME_ZONES) + r")\b", re.IGNORECASE)
_HOUR_WORDS = tuple(lexicon.NUMBER_WORDS[:12])  # "one" to "twelve"
# "two in the morning", "10 o'clock at night": an hour read through the part of the day that follows it.
_SPOKEN_CLOCK = re.compile(
    r"\b(\d{1,2}|" + "|".join(_HOUR_WORDS) + r")(?:\s+o'clock)?"
    r"\s+(in the morning|in the afternoon|in the evening|at night)\b",
    re.IGNORECASE,
)
# A race or flight time: "2:09:31", "2 hours 9 minutes 31 seconds", "2h 09min 31s".
_DURATION = re.compile(
    r"(?<![\d:.])(\d{1,2}):(\d\d):(\d\d)(?![\d:])"
    r"|\b(\d{1,2})\s*(?:hours?|hrs?|h)\s*(\d{1,2})\s*(?:minutes?|mins?|m)\b(?:\s*(?:and\s*)?(\d{1,2})\s*(?:seconds?|secs?|s)\b)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# A month named with no day ("capsized during a storm in February", "due to start in January
# 2026"): a key term, pinned by its preposition. A full date ("on 3 February") is a date claim's.
_DAY_BEFORE = re.compile(r"\d\s*$")
# A day and month before a year ("14 August 2024", "August 14, 2024"): the year closes a full date.
_FULL_DATE_BEFORE = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{lexicon.MONTH_NAMES_ALT})|"
    rf"\b(?:{lexicon.MONTH_NAMES_ALT})\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+$"
)
_MONTH_TERM = re.compile(
    r"\b(in|during|until|by|since|from|before|after|early|late|mid|mid-)\s+"
    rf"({lexicon.MONTH_NAMES_ALT})\b(?!\s*\d{{1,2}}\b)",
)
# A calendar day in a statement ("declared Saturday, 2 November, a day of mourning", "sworn in on
# May 29", "until 5 November"): a weekday, a day of a month, or both. Capitals only: "may" is a verb.
_MONTH_NAMES = lexicon.MONTH_NAMES_ALT
_DAY_OF_MONTH = (
    rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_NAMES})\b"
    rf"|({_MONTH_NAMES})\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.,]?\d)"
)
_CALENDAR_DAY = re.compile(
    rf"(?<![\w-])(?:({lexicon.WEEKDAY_NAMES_ALT})\b(?:,?\s*(?:the\s+)?(?:{_DAY_OF_MONTH}))?|(?:{_DAY_OF_MONTH}))"
)
# Not inside "14:52" or a time like "3:55.38" (its "38" is no figure of its own).
_NUMBER_SLOT = re.compile(r"(?<![\d:])(?<!\d[.,])\b(\d+(?:[.,]\d+)?)[-\s]?([a-z]+)\b", re.IGNORECASE)
# Spelled counts from two ("one" is as often a pronoun: "one of the trains").
_SPELLED = _HOUR_WORDS[1:]
_SPELLED_SLOT = re.compile(r"\b(" + "|".join(_SPELLED) + r")[-\s]([a-z]+)\b", re.IGNORECASE)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_SLOT = re.compile(r"\b(" + "|".join(ORDINALS) + r")[-\s]([a-z]+)\b", re.IGNORECASE)
# A run of capitalised words (with the small words names contain: "Court of Appeal", "Al Hajar").
_PROPER = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|de|del|da|do|al|el|la|le|von|van|the|and)\s+)?[A-Z][\w'-]*)*")
_WORD = re.compile(r"[A-Za-z']+")
_LAST_WORD = re.compile(r"[A-Za-z]+\W*$")  # the last word before a given end (``search`` with endpos)
# A single capitalised adjective of a place ("Ghanaian", "Japanese") before a common noun.
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_NUMBER_AFTER = re.compile(r"\s+\d")
# A word of a closed set of alternatives (``lexicon.CONTRAST_SETS``): its set is its slot, the first
# word of its alternative its value.
_CONTRAST_OF = {
    word: (name, alternative[0])
    for name, alternatives in lexicon.CONTRAST_SETS.items()
    for alternative in alternatives
    for word in alternative
}
_CONTRAST = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(_CONTRAST_OF, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
# A code of letters and digits: a virus subtype ("H5N1"), a tornado rating ("EF2"), an aircraft
# ("A320"). Its letters are its slot: "H5N8" is another subtype than "H5N1", "EF3" another rating.
# Two letters at least, or a letter, digits and a letter ("H5N1"): "G7", "A4", "M25", "Q3" name too
# many things to be compared by their letter.
_CODE = re.compile(r"\b([A-Z]{2,4}-?\d[\dA-Z]*|[A-Z]\d+[A-Z][\dA-Z]*)\b")
_CODE_LETTERS = re.compile(r"[A-Z]+")
# A one-letter code names a thing only with the noun after it: "the A10 motorway" and "the A12
# motorway" are two roads, "A4 paper" no road. The letter and that noun are its slot.
_LETTER_CODE = re.compile(r"\b([A-Z])(\d{1,3})\s+([a-z]{3,})\b")
# A place in a numbered row of places, named by its noun: "seat 11A", "runway 34R", "gate B12",
# "platform 4" (a bare number is a count's, below: "seat 11" is compared as a code only with a letter).
_POSITION_CODE = re.compile(
    r"\b(seat|gate|row|platform|terminal|runway|berth|bay|pier|stand|cabin)\s+(\d{1,3}[A-Z]{1,2}|[A-Z]{1,2}\d{1,3})\b",
    re.IGNORECASE,
)
# What the scans of ``terms`` need, so that a text without it is not scanned (ASCII text only, where
# IGNORECASE is lower-casing): a digit (years, codes, counts, race and clock times), or one of a
# pattern's words as a whole word of the lower-cased text (each pattern's word stands between word
# boundaries, spaces or hyphens, so it is a run of letters and digits of its own). ``terms`` takes
# about a fifth of the time its scans took on the benchmark's sentences, which mostly have neither.
_ANY_DIGIT = re.compile(r"[0-9]")


def _first_words(alternatives: Iterable[str]) -> frozenset[str]:
    """Return the first run of letters and digits of each alternative ("pre" of "pre-dawn")."""
    return frozenset(re.split(r"[^a-z0-9]+", a.lower())[0] for a in alternatives)


_SPELLED_WORDS = _first_words(_SPELLED)
_ORDINAL_WORDS = _first_words(ORDINALS)
_CONTRAST_WORDS = _first_words(_CONTRAST_OF)
_DAY_PART_WORDS = _first_words(_DAY_PART_OF)
_CALENDAR_WORDS = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))
_SPOKEN_PART_WORDS = frozenset({"morning", "afternoon", "evening", "night"})  # "at night", "in the morning"
# Words before a proper name that make it a slot worth comparing: prepositions and verbs of place.
SLOT_WORDS = frozenset("in at to from near into inside outside across of for by on with benefit help based".split())


@dataclass(frozen=True)
class KeyTerm:
    """One key term of a claim: its sort, its slot and its (folded) value, as written."""

    # "place" (a proper name), "year", "month", "number", "ordinal", "time", "duration", "contrast",
    # "code", "position" (a numbered place: "seat 11A")
    sort: str
    slot: str
    value: str
    text: str
    hours: tuple[float, float] = (0.0, 0.0)  # for a time: the span of hours it can stand for


@dataclass(frozen=True)
class Swap:
    """A key term of the claim given differently in the article sentence."""

    expected: str
    found: str
    start: int  # offset of the found term in the sentence
    end: int
    sort: str  # the sort of the claim's term ("place", "year", "code"...)


def clock_hours(hour: int, minute: int) -> tuple[float, float]:
    """Return the span a clock time stands for: the time, give or take half the slack."""
    at = hour + minute / 60
    half = lexicon.CLOCK_SLACK_HOURS / 2
    return (at - half, at + half)


def hours_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Say whether two spans of hours share a moment, on the same day or across midnight.

    Compared to a millionth of an hour: spans built from minutes (00:01 and 00:31 give or take a
    quarter of an hour) meet at a point that floating point may miss by 1e-17.
    """
    eps = 1e-6
    return any(a[0] <= b[1] + shift + eps and b[0] + shift <= a[1] + eps for shift in (-24.0, 0.0, 24.0))


def _is_clock(term: KeyTerm) -> bool:
    return ":" in term.value


def _minutes(term: KeyTerm) -> int:
    hour, minute = term.value.split(":")[:2]
    return int(hour) * 60 + int(minute)


_ROUGH_SLOTS = frozenset("about around approximately roughly some nearly almost circa shortly before after".split())


def _precise(term: KeyTerm) -> bool:
    """Say whether a clock time is given to the minute: not rounded to five ("14:50"), nor hedged ("around 14:52")."""
    return term.value.count(":") == 1 and _minutes(term) % 5 != 0 and term.slot not in _ROUGH_SLOTS


def times_fit(a: KeyTerm, b: KeyTerm) -> bool:
    """Say whether two times of day can name one moment.

    Two clock times fit within the slack; a clock time fits a part of the day it falls in (11:52
    is not "afternoon"); two parts of the day fit when their spans overlap, not merely touch
    ("morning" and "early afternoon" do not; "late morning" and "early afternoon" do).
    """
    if _is_clock(a) and _is_clock(b):
        if _precise(a) and _precise(b):
            # "at 2:21 pm" and "at 2:12 pm": two times to the minute, neither rounded, are one only
            # when they (nearly) agree; the slack is for roundings ("about 3:40", "shortly before 4").
            gap = abs(_minutes(a) - _minutes(b))
            return min(gap, 24 * 60 - gap) <= lexicon.PRECISE_CLOCK_MINUTES
        return hours_overlap(a.hours, b.hours)
    if _is_clock(a) or _is_clock(b):
        clock, part = (a, b) if _is_clock(a) else (b, a)
        at = sum(clock.hours) / 2
        return hours_overlap((at, at), part.hours)
    return any(a.hours[0] < b.hours[1] + s and b.hours[0] + s < a.hours[1] for s in (-24.0, 0.0, 24.0))


def part_hours(part: str, modifier: str) -> tuple[float, float]:
    """Return the span of a part of the day, narrowed to its first or second half by "early"/"late"."""
    start, end = lexicon.DAY_PART_HOURS[part]
    middle = (start + end) / 2
    if modifier == "early":
        return (start - lexicon.EARLY_REACH_HOURS, middle + lexicon.LATE_REACH_HOURS)
    if modifier == "late":
        return (middle - lexicon.LATE_REACH_HOURS, end + lexicon.LATE_REACH_HOURS)
    return (start, end)


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
# "in the third century BC", "BC 300", "AD 79": an era stands by a century or a year.
_ERA_BEFORE = re.compile(r"(?:\d|century|millennium)\s*$", re.IGNORECASE)
_ERA_AFTER = re.compile(r"\s*\d")


def _head_noun(value: str) -> str:
    """Return the noun a name's sort hangs on: the word before "of", else its last word.

    "court" for both "court of appeal" and "supreme court"; singular ("prosecutors" is
    "prosecutor"); "airport road" hangs on "road".
    """
    words = value.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head[:-1] if head.endswith("s") and head[:-1] in lexicon.INSTITUTION_HEADS else head


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
    if text.isascii():
        words: frozenset[str] | None = ascii_words(text.lower())
        digit = _ANY_DIGIT.search(text) is not None
    else:
        words, digit = None, True  # scanned whatever it holds

    def may(needed: frozenset[str]) -> bool:  # the text has one of ``needed`` as a word, or may have
        return words is None or not words.isdisjoint(needed)

    for m in _PROPER.finditer(text):
        name = m.group()
        if m.start() == 0 or skip(name) or _ADJECTIVE.fullmatch(name) and _LOWER_NEXT.match(text, m.end()):
            continue  # the first word, the holder, "the Ghanaian capital"
        if name.lower() in _ZONE_NAMES:
            continue  # "at 14:52 GMT": part of the time
        if name.split()[0].lower() in lexicon.WEEKDAYS or name.split()[0].lower() in lexicon.MONTHS:
            continue  # "on Sunday", "in March": a day or a month, a term of its own sort (below)
        if _NUMBER_AFTER.match(text, m.end()):
            continue  # "Chapter 11", "Article 50", "Category 5": a numbered thing, not a place's name
        slot = _prev_word(text, m.start())
        value = " ".join(name.lower().split())
        # "the first Central American writer": a name after an ordinal says first of what.
        if slot in SLOT_WORDS or slot in ORDINALS:
            out.append(KeyTerm("place", slot, value, name))
        head = _head_noun(value)
        if head in lexicon.INSTITUTION_HEADS:
            out.append(KeyTerm("place", "@" + head, value, name))  # its sort of body is its slot
    for m in _YEAR.finditer(text) if digit else ():
        if _FULL_DATE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "declared on Wednesday 14 August 2024": a full date is a date claim's to judge
        slot = _prev_word(text, m.start())
        if slot in lexicon.MONTHS:
            # "since the September 1999 earthquake": the month names the year's month, its slot is "since".
            month = _LAST_WORD.search(text, 0, m.start())
            slot = _prev_word(text, month.start()) if month else slot
        out.append(KeyTerm("year", slot, m.group(1), m.group(1)))
    for m in _CALENDAR_DAY.finditer(text) if may(_CALENDAR_WORDS) else ():
        slot = _prev_word(text, m.start())
        weekday = m.group(1)
        day = m.group(2) or m.group(5) or m.group(6) or m.group(9)
        month_name = m.group(3) or m.group(4) or m.group(7) or m.group(8)
        if weekday:
            out.append(KeyTerm("weekday", slot, weekday.lower(), m.group()))
        if day and month_name and 1 <= int(day) <= 31:
            value = f"{lexicon.MONTHS[month_name.lower()]:02d}-{int(day):02d}"
            out.append(KeyTerm("day", slot, value, m.group()))
    for m in _MONTH_TERM.finditer(text):
        if not _DAY_BEFORE.search(text, max(0, m.start(2) - 4), m.start(2)):
            out.append(KeyTerm("month", m.group(1).lower(), str(lexicon.MONTHS[m.group(2).lower()]), m.group(2)))
    for m in _CONTRAST.finditer(text) if may(_CONTRAST_WORDS) else ():
        word = m.group()
        if word.lower() in lexicon.CONTRAST_IN_CAPITALS and not (
            word.isupper() and (_ERA_BEFORE.search(text, 0, m.start()) or _ERA_AFTER.match(text, m.end()))
        ):
            continue  # "AD" and "BC" are eras by a year or century; "BC" alone may be British Columbia
        if word[:1].isupper() and m.start() > 0 and word.lower() not in lexicon.CONTRAST_IN_CAPITALS:
            continue  # "the Red Cross", "Northern Ireland": a word of a name, not an alternative
        group, alternative = _CONTRAST_OF[word.lower()]
        out.append(KeyTerm("contrast", group, alternative, word))
    for m in _CODE.finditer(text) if digit else ():
        letters = _CODE_LETTERS.match(m.group())
        assert letters is not None  # the pattern opens with a capital
        out.append(KeyTerm("code", letters.group(), m.group().replace("-", ""), m.group()))
    for m in _POSITION_CODE.finditer(text) if digit else ():
        # "seat 11A", "runway 34R", "gate B12": the noun says what the code numbers.
        out.append(KeyTerm("position", m.group(1).lower(), m.group(2).upper(), m.group(2)))
    for m in _LETTER_CODE.finditer(text) if digit else ():
        out.append(KeyTerm("code", f"{m.group(1)} {m.group(3)}", m.group(1) + m.group(2), m.group(1) + m.group(2)))
    for m in _NUMBER_SLOT.finditer(text) if digit else ():
        if len(m.group(2)) == 1 and m.group(2).isupper() and m.group(1) + m.group(2) == m.group():
            continue  # "3I/ATLAS", "5G": a name of digits and a capital, not a count ("5m" is metres)
        if m.group(2).lower() in lexicon.MONTHS:
            continue  # "9 March": a day of the month, a term of its own sort
        if not _YEAR.fullmatch(m.group(1)) and m.group(2).lower() not in ("a", "p", "am", "pm"):
            out.append(KeyTerm("number", m.group(2).lower().rstrip("s"), m.group(1), m.group()))
    for m in _SPELLED_SLOT.finditer(text) if may(_SPELLED_WORDS) else ():
        # "for at least five years": a spelled count is a key term as digits are ("5 years").
        value = str(_SPELLED.index(m.group(1).lower()) + 2)
        out.append(KeyTerm("number", m.group(2).lower().rstrip("s"), value, m.group()))
    for m in _ORDINAL_SLOT.finditer(text) if may(_ORDINAL_WORDS) else ():
        out.append(KeyTerm("ordinal", m.group(2).lower(), m.group(1).lower(), m.group()))
    for m in _DURATION.finditer(text) if digit else ():
        h, mi, se = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6) or "0")
        out.append(KeyTerm("duration", "", f"{int(h)}:{int(mi):02d}:{int(se):02d}", m.group()))
    for m in _CLOCK.finditer(text) if digit else ():
        if not text[: m.start()].strip(" \t\n-*\u2022\u2013\u2014"):
            continue  # "15:20 Death toll rises", "- 11:28 a.m.: ...": a stamp or timeline entry, not the event's time
        slot = _prev_word(text, m.start())
        zoned = _ZONE_IN.search(m.group()) is not None  # the clock pattern takes a zone after the time
        if m.group(4) and slot not in lexicon.CLOCK_WORDS and not zoned:
            # "5 km in 15:12": a bare 24-hour time is one only after "at", "by", "before"..., or
            # with its zone ("(04:12 local time in the Azores)").
            continue
        if m.group(4) and text[m.end(4)] == "." and not zoned:
            continue  # "closed at 12.50": a decimal; "at 03.00 local time" is a time by its zone
        hour, minute = _clock(m)
        if hour > 23 or minute > 59:
            continue
        out.append(KeyTerm("time", slot, f"{hour:02d}:{minute:02d}", m.group(), clock_hours(hour, minute)))
    spoken = []
    for m in _SPOKEN_CLOCK.finditer(text) if may(_SPOKEN_PART_WORDS) else ():
        word = m.group(1).lower()
        hour = int(word) if word.isdigit() else _HOUR_WORDS.index(word) + 1
        part = m.group(2).lower()
        if hour > 12:
            continue
        if part != "in the morning" and hour < 12 and (part != "at night" or hour >= 6):
            hour += 12  # "three in the afternoon" is 15:00, "ten at night" 22:00, "two at night" 02:00
        elif part == "in the morning" and hour == 12:
            hour = 0
        spoken.append((m.start(), m.end()))
        out.append(KeyTerm("time", "", f"{hour:02d}:00", m.group(), clock_hours(hour, 0)))
    for m in _DAY_WORD.finditer(text) if may(_DAY_PART_WORDS) else ():
        if any(a <= m.start() < b for a, b in spoken):
            continue  # the part of the day of a spoken hour is part of that hour
        part = _DAY_PART_OF[m.group(1).lower()]
        # "early afternoon" is modified; "early hours" is the night's own name.
        modifier = m.group().lower().split()[0].split("-")[0] if m.start(1) > m.start() else ""
        hours = part_hours(part, modifier)
        # "late on Saturday morning": the day is the statement's word, the term is "morning".
        spelled = m.group() if " on " not in m.group().lower() else m.group(1)
        out.append(KeyTerm("time", _prev_word(text, m.start()), part, spelled, hours))
    return out


_END_SLOTS = frozenset({"by", "until", "till", "since"})
# A verb of saying right before a time: "said late on Monday night", "told reporters in the evening".
_SAID_AT = re.compile(
    r"\b(?:said|says|told|announced|stated|declared|confirmed)\s+(?:(?!that\b)\w+\s+)?"
    # ("said by Tuesday morning", "said on Monday evening": a weekday before the day part.)
    r"(?:(?:in|on|at|by|during|late|early|of|the|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)+$",
    re.IGNORECASE,
)
_PLACE_LIST = re.compile(r"\s+and\s+|,\s*")  # "Mali and Burkina Faso": each must be there
# A relative clause running up to a term: "riders who sued the company in 2021".
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\b[^,;:.]{0,60}$")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]*,")
# Sorts whose slot pins the term down even in a sentence that words the rest of the statement
# its own way: a time of day, a race time, "the third woman", "since 2013". A place or a bare
# figure in a loosely matching sentence is as often another place or figure of the story.
DAY_SORTS = ("day", "weekday")
BOUND_SORTS = ("time", "duration", "ordinal", "year", "month", "position")
BOUND_YEAR_SLOTS = frozenset({"since", "until", "before"})
# Sorts whose slot pins the term down in a sentence that reports most of the statement (more than
# a loosely worded one, less than a full match): a race time, an ordinal, a year, and a code, whose
# letters say what it is ("H5N8" can only be another subtype than "H5N1"). Unlike BOUND_SORTS, a
# code and no time of day: a translation's "morning" for "4.20 a.m." is loose, not wrong; and a
# code in a sentence that shares little of the statement may be another thing's.
PINNED_SORTS = ("duration", "ordinal", "year", "code", "month", "position")
_DAY_PART_WORD = re.compile(r"^(?:(?:early|late|mid)[\s-]+)?(" + "|".join(map(re.escape, _DAY_PART_OF)) + r")$")


def day_parts_apart(expected: str, found: str) -> bool:
    """Say whether two time terms are both parts of the day, named by word, and name different parts.

    "morning" (of "on Saturday morning") against the claim's "evening" is as pinned as a year: each
    word names its part of the day. (A part against a clock time may be a translation's rendering.)
    """
    a = _DAY_PART_WORD.match(fold_simple(expected).lower().strip())
    b = _DAY_PART_WORD.match(fold_simple(found).lower().strip())
    return a is not None and b is not None and _DAY_PART_OF[a.group(1)] != _DAY_PART_OF[b.group(1)]


# A race's split before a term: "Halfway for Chepngetich in 1:04:16", "through halfway in".
_SPLIT_WORD = re.compile(r"\b(?:half-?way|split)\b", re.IGNORECASE)
_SPLIT_BEFORE = re.compile(r"\b(?:half-?way|split)\b[^,;:.]*$", re.IGNORECASE)


# A year between a determiner or a possessive and a noun: "the 2019 floods", "HP's 2011 purchase".
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|['\u2019]s)\s+$", re.IGNORECASE)
# (Not a verb or a joining word after the year: "said that 2019 was", "the 2019 and 2020 floods".)
_NOUN_NEXT = re.compile(r"\s+(?!(?:was|were|is|are|had|has|have|saw|will|would|could|and|or|when|after)\b)[a-z]{3,}\b")


def _attributive(text: str, start: int) -> bool:
    """Say whether the year starting at ``start`` stands before a noun it dates."""
    end = start + 4
    return bool(_ATTRIBUTIVE_BEFORE.search(text, max(0, start - 12), start)) and bool(_NOUN_NEXT.match(text, end))


def _attributive_in(text: str, year: str) -> bool:
    """Say whether a claim's year stands attributively in its text (or the text is not known)."""
    if not text:
        return True
    at = text.find(year)
    return at < 0 or _attributive(text, at)


def swaps(
    claim_terms: list[KeyTerm],
    sentence: str,
    same: Callable[[str, str], bool],
    bound_only: bool = False,
    taken: tuple[KeyTerm, ...] = (),
    states_claim: Callable[[str], bool] | None = None,
    claim_text: str = "",
) -> list[Swap]:
    """Return the claim's key terms that the sentence gives differently, slot by slot.

    ``same(a, b)`` says whether two proper names stand for one thing (an entity and its alias).
    A slot the sentence does not fill, or fills with the claim's own term, is no swap.
    ``bound_only`` compares only terms their slot pins down (``BOUND_SORTS``), for a sentence
    that shares less of the statement's wording. ``taken`` are the terms of the story's other
    claims: a term the sentence gives that is another claim's (the women's winning time beside
    the men's) belongs to that claim and is no swap of this one.
    """
    # A relative clause set off by commas ("Gelashvili, who has lived in Marbella since 2019, was
    # arrested ...") tells of its subject's other doings: its terms are not the statement's.
    # Unless the aside says the statement itself (``states_claim``): "The BDP, which governed the
    # country since independence in 1956, has lost" for its governing since 1966.
    asides = [
        m.span() for m in _RELATIVE_ASIDE.finditer(sentence) if states_claim is None or not states_claim(m.group())
    ]
    found = [
        (t, m)
        for t, m in _located(sentence)
        if not _taken(t, taken, same)
        and not any(a <= m[0] < b for a, b in asides)
        and not (t.sort in DAY_SORTS and _day_of_the_telling(sentence, m))
    ]
    # "went through halfway in 1:04:16": a split, a part of the race, no swap of its result (but
    # still one of the sentence's terms of its sort, when counting them).
    splits = (
        set()
        if _SPLIT_WORD.search(claim_text)
        else {m for _, m in found if _SPLIT_BEFORE.search(sentence, max(0, m[0] - 40), m[0])}
    )
    folded = sentence.lower()
    out: list[Swap] = []
    if bound_only:
        claim_terms = [
            t for t in claim_terms if t.sort in BOUND_SORTS and (t.sort != "year" or t.slot in BOUND_YEAR_SLOTS)
        ]
    for sort in (
        "place",
        "year",
        "month",
        "day",
        "weekday",
        "number",
        "ordinal",
        "duration",
        "contrast",
        "code",
        "position",
    ):
        wanted = [t for t in claim_terms if t.sort == sort]
        if not wanted:
            continue
        given = [(t, m) for t, m in found if t.sort == sort]
        for want in wanted:
            # One year against one year compares whatever their prepositions ("since 2008" / "in 2006").
            if bound_only and len(given) != 1:
                break  # loosely worded, a sentence with several such terms does not say which is the claim's
            lone_years = sort == "year" and len(wanted) == 1 and len(given) == 1 and not bound_only
            if lone_years and _attributive(sentence, given[0][1][0]) and not _attributive_in(claim_text, want.text):
                # "Hewlett-Packard's 2011 purchase of Autonomy": a year before a noun dates that
                # noun, not the statement's "acquitted in June 2024".
                lone_years = False
            in_slot = [(t, m) for t, m in given if t.slot == want.slot or lone_years]
            if not in_slot or any(_equal(t, want, same) for t, _ in in_slot):
                continue
            if sort == "place" and _places_there(want, folded):
                continue  # the claim's own name(s) are there, in another slot ("the Accra suburb of East Legon")
            if sort == "place" and not _countries_only(want.text):
                # "set in Poland" for "set in Chorzow": the country, less precise, not another place.
                in_slot = [(t, m) for t, m in in_slot if not places.country(t.text)]
            if sort == "number" and _figure_there(want, sentence):
                continue  # "40.8 degrees Celsius ... surpassing 39.8C": the claim's figure is there
            if sort == "month" and _said_by_claims_verb(want.text, sentence, claim_text):
                # "imposed in October and lifted on 17 December": the claim's month is there, the
                # other is another doing's.
                continue
            if sort == "year" and re.search(rf"\b{want.value}\b", sentence):
                # "upheld the High Court's 2023 ruling, covers 214 riders who sued in 2021": the claim's
                # year is there, and the other stands in a relative clause of someone else's doing.
                in_slot = [(t, m) for t, m in in_slot if not _RELATIVE_BEFORE.search(sentence, 0, m[0])]
                if not in_slot:
                    continue
            # Another of the claim's own terms in that slot ("Sweden and Denmark"), or a word the claim
            # holds elsewhere ("in Maryland" for "in Laurel, Maryland"), is no swap.
            others = [
                (t, m)
                for t, m in in_slot
                if not any(_equal(t, w, same) for w in wanted) and m not in splits and not _in_claim(t, claim_text)
            ]
            if others:
                t, (a, b) = others[0]
                out.append(Swap(want.text, t.text, a, b, sort))
                break  # one swap per sort is enough to report
    # "by 7 a.m. power was back", "until noon": a deadline or an end, another moment than the event's.
    claim_slots = {t.slot for t in claim_terms if t.sort == "time"}
    times = [
        (t, m)
        for t, m in found
        if t.sort == "time"
        and (t.slot not in _END_SLOTS or t.slot in claim_slots)
        # "said in the night of Monday that the blackout began ...": the time of the saying.
        and not _SAID_AT.search(sentence, max(0, m[0] - 40), m[0])
    ]
    claim_times = [t for t in claim_terms if t.sort == "time"]
    spans = sorted(m for _, m in times)
    if len(times) == 2 == len(claim_times) and _RANGE_GAP.fullmatch(sentence, spans[0][1], spans[1][0]):
        return out + _range_swap(claim_times, times)
    if bound_only and len(times) > 1:
        return out  # as above: which of several times would be the claim's?
    time_swap = _time_swap(claim_times, times)
    return out + time_swap


# Between the two ends of a span of times: "from 6am to 10pm", "between 8:30 and 16:00".
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|and|-|\u2013)\s*", re.IGNORECASE)


def _range_swap(wanted: list[KeyTerm], given: list[tuple[KeyTerm, tuple[int, int]]]) -> list[Swap]:
    """Compare a span of times end by end: "from 6am to 10pm" against "from 6 am until midnight".

    Both give two times, read in the same order, the sentence's joined as a span; one end the same
    makes it the same span, so another time at the other end is a swap. With no end the same, it may
    be another span.
    """
    pairs = list(zip(wanted, given, strict=True))
    fits = [times_fit(t, w) or t.value == w.value for w, (t, _) in pairs]
    if all(fits) or not any(fits):
        return []
    want, (t, (a, b)) = next(p for p, fit in zip(pairs, fits, strict=True) if not fit)
    return [Swap(want.text, t.text, a, b, "time")]


def _time_swap(wanted: list[KeyTerm], given: list[tuple[KeyTerm, tuple[int, int]]]) -> list[Swap]:
    """Return the sentence's time of day if none it gives can be the claim's.

    The claim's time is its narrowest term ("at 23:47 ... on Sunday night" is 23:47); a sentence
    that also gives a time that fits ("at 11.45pm, late on Sunday night") is no swap.
    """
    if not wanted or not given:
        return []
    want = min(wanted, key=lambda t: t.hours[1] - t.hours[0])
    if any(times_fit(t, want) or any(t.value == w.value for w in wanted) for t, _ in given):
        return []  # a time that fits, or one the claim gives itself ("at 2 a.m., before dawn")
    t, (a, b) = given[0]
    return [Swap(want.text, t.text, a, b, "time")]


# A sentence opening with its own day: "On June 12, Tinubu addressed the nation".
_OPENING_DAY = re.compile(r"\s*(?:(?:on|last|this)\s+)?\Z", re.IGNORECASE)


def _day_of_the_telling(sentence: str, span: tuple[int, int]) -> bool:
    """Say whether a day in a sentence is the day of its saying or of its own opening doing.

    "The ministry said on Friday that schools would reopen", "On June 12, Tinubu, sworn in last
    month, addressed the nation": the day the sentence was said or the day it tells of first, not
    the statement's day in its slot.
    """
    start, end = span
    if _SAID_AT.search(sentence, max(0, start - 40), start):
        return True
    return bool(_OPENING_DAY.fullmatch(sentence, 0, start)) and sentence[end : end + 1] == ","


def days_told(sentence: str) -> frozenset[tuple[str, str]]:
    """Return the (sort, slot) of each day a sentence gives, the day of its telling aside."""
    return frozenset(
        (t.sort, t.slot) for t, m in _located(sentence) if t.sort in DAY_SORTS and not _day_of_the_telling(sentence, m)
    )


def _said_by_claims_verb(month: str, sentence: str, claim_text: str) -> bool:
    """Say whether the claim's month stands in the sentence right after a word of the claim's ("lifted on 17 December").

    Words are compared by their first five letters (a crude stem, enough for "lifted" and "lifting").
    """
    claim_stems = {w[:5].lower() for w in _WORD.findall(claim_text) if len(w) >= 4}
    for m in re.finditer(rf"\b{re.escape(month)}\b", sentence, re.IGNORECASE):
        before = _WORD.findall(sentence[max(0, m.start() - 40) : m.start()])[-4:]
        if any(len(w) >= 4 and w[:5].lower() in claim_stems for w in before):
            return True
    return False


def _in_claim(term: KeyTerm, claim_text: str) -> bool:
    """Say whether a sentence's term is written in the claim's own text (as whole words)."""
    return bool(claim_text) and _whole_word(term.text.lower(), claim_text.lower()) is not None


def _whole_word(word: str, text: str) -> re.Match[str] | None:
    """Find ``word`` in ``text`` as whole words: "red" is not the "red" of "covered"."""
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)


def _places_there(want: KeyTerm, folded: str) -> bool:
    """Say whether each name of a claim's place term ("Mali and Burkina Faso") is in the lower-cased sentence."""
    return all(re.search(rf"\b{re.escape(part)}\b", folded) for part in _PLACE_LIST.split(want.value) if part)


def _figure_there(want: KeyTerm, sentence: str) -> bool:
    """Say whether the claim's figure itself stands in the sentence (not as part of a longer one)."""
    return re.search(rf"(?<![\d.,]){re.escape(want.value)}(?![\d])", sentence) is not None


def _countries_only(text: str) -> bool:
    """Say whether a place term names only countries ("Mali and Burkina Faso")."""
    parts = [p for p in _PLACE_LIST.split(text) if p]
    return bool(parts) and all(places.country(p) for p in parts)


def _taken(term: KeyTerm, taken: tuple[KeyTerm, ...], same: Callable[[str, str], bool]) -> bool:
    """Say whether a sentence's term is one of another claim's (a day part only by itself)."""
    for other in taken:
        if other.sort != term.sort:
            continue
        if term.sort == "time":
            if _is_clock(other) and times_fit(term, other):
                return True
        elif _equal(term, other, same):
            return True
    return False


def _initials(name: str) -> str:
    """Return the initials of a name's words, its small words left out ("SAPS" of "South African Police Service")."""
    return "".join(w[0] for w in _WORD.findall(name) if w.lower() not in _NAME_SMALL_WORDS).upper()


def _acronym(a: str, b: str) -> bool:
    """Say whether one name is written as the initials of the other ("SAPS", "South African Police Service")."""
    short, long = sorted((a.strip(), b.strip()), key=len)
    return _ACRONYM.fullmatch(short) is not None and len(long.split()) >= 2 and _initials(long) == short


def _equal(a: KeyTerm, b: KeyTerm, same: Callable[[str, str], bool]) -> bool:
    if a.value == b.value:
        return True
    if a.sort == "place":
        if a.value in b.value or b.value in a.value or same(a.text, b.text) or _acronym(a.text, b.text):
            return True
        nation = places.country(a.text)
        return nation is not None and nation == places.country(b.text)  # "the US", "the United States"
    if a.sort == "number":
        return a.value.replace(",", "") == b.value.replace(",", "")
    if a.sort in ("code", "position"):
        # "H5" is H5N1 written less precisely, not another subtype; "A3" is no part of "A320".
        short, long = sorted((a.value, b.value), key=len)
        return long.startswith(short) and long[len(short) - 1].isdigit() != long[len(short)].isdigit()
    return False


# Small words a name's initials leave out ("Department of Employment and Labour": "DEL").
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "le", "du", "des", "von", "van"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _located(sentence: str) -> list[tuple[KeyTerm, tuple[int, int]]]:
    """Return the sentence's key terms with where each stands."""
    out: list[tuple[KeyTerm, tuple[int, int]]] = []
    for term in terms(sentence):
        whole = _whole_word(term.text, sentence)
        at = whole.start() if whole else sentence.find(term.text)
        out.append((term, (max(at, 0), max(at, 0) + len(term.text))))
    return out


# A term's frame: the content word that governs its slot ("McHenry of North Carolina", "took off
# from Imam Khomeini airport", "joined Intel in 1979"). A loosely worded sentence that puts another
# term of the same sort in the same slot after the same word tells the same thing differently.
ANCHOR_SORTS = ("place", "year", "number")
ANCHOR_REACH = 3  # words between the governing word and the term's slot
SPELLING_SIMILARITY = 80  # rapidfuzz ratio of two names spelt nearly alike


# Words that make the thing before a term another of its kind: "a second convoy", "set off again".
_ANOTHER_INSTANCE = re.compile(r"\b(?:second|third|another|other|again|neighbouring|neighboring)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()\n\u2013\u2014\"]|\s-\s")
# A figure qualified by a bound or a rounding ("in less than two hours") is no exact term to swap
# (the words ``link`` reads a rounded figure by, here before a term).
_QUALIFIED_BEFORE = re.compile(
    r"\b(?:" + "|".join(alt for alt, _ in lexicon.QUALIFIERS_BEFORE) + r")\s*$", re.IGNORECASE
)


def _anchor_words(
    text: str, at: int, skip: frozenset[str], stem: Callable[[str], str], reach: int = ANCHOR_REACH
) -> list[str]:
    """Return the stems of the content words right before offset ``at`` in its clause (nearest first)."""
    before = text[max(0, at - 80) : at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = _WORD.findall(before)
    out: list[str] = []
    for w in reversed(words[-(reach + 2) :]):
        lw = w.lower()
        if lw in skip or lw in SLOT_WORDS or len(lw) < 3:
            continue
        out.append(stem(lw))
        if len(out) == 2:
            break
    return out


@lru_cache(maxsize=4096)
def _claim_located(claim_text: str) -> dict[KeyTerm, tuple[int, int]]:
    """Return where each key term of a claim's text stands (read once per claim, not once per sentence)."""
    return dict(_located(claim_text))


def anchored_swaps(
    claim_terms: Iterable[KeyTerm],
    claim_text: str,
    sentence: str,
    same: Callable[[str, str], bool],
    stem: Callable[[str], str],
    skip: frozenset[str],
    taken: tuple[KeyTerm, ...] = (),
    kind: Callable[[str], str] = lambda _: "",
) -> list[Swap]:
    """Return swaps of terms whose slot and governing word the sentence shares with the claim.

    ``same`` says whether two names stand for one entity; ``stem`` stems a word and ``skip`` holds
    the words that govern nothing (function words); ``taken`` are the terms of the story's other
    claims, no swap of this one's. ``kind`` names what a proper name stands for ("person",
    "country" or ""): a name of another kind in the slot ("Mozambique" for "Maputo", a person for a
    stadium) says it otherwise, not wrongly; a name spelt nearly the same ("Misurata" for
    "Misrata") is a spelling, not a swap.
    """
    found = [(t, m) for t, m in _located(sentence) if t.sort in ANCHOR_SORTS and not _taken(t, taken, same)]
    if not found:
        return []
    claim_located = _claim_located(claim_text)
    out: list[Swap] = []
    for want in claim_terms:
        if want.sort not in ANCHOR_SORTS:
            continue
        at = claim_located.get(want)
        if at is None:
            whole = _whole_word(want.text, claim_text)
            if whole is None:
                continue
            at = whole.span()
        anchors = _anchor_words(claim_text, at[0], skip, stem)
        if not anchors:
            continue
        given = [
            (t, m)
            for t, m in found
            if t.sort == want.sort
            and t.slot == want.slot
            # The sentence's nearest governing word is one of the claim's ("set off from" both): not
            # the subject doing something else ("The envoy returned to Lisbon" for "travelled to Maputo").
            and set(_anchor_words(sentence, m[0], skip, stem)[:1]) & set(anchors)
        ]
        if len(given) != 1:
            continue
        t, (a, b) = given[0]
        if _equal(t, want, same) or any(_equal(t, w, same) for w in claim_terms if w.sort == want.sort):
            continue
        if _in_claim(t, claim_text):
            continue  # "in Maryland" for "in Laurel, Maryland": a term of the claim's own, said less precisely
        if _ANOTHER_INSTANCE.search(sentence, max(0, a - 80), a):
            continue  # "A second aid convoy set off from Tshikapa", "the mayor of a neighbouring town": another one
        if want.sort == "place" and t.text.split()[-1].lower() in lexicon.BODY_HEADS:
            continue  # "the Ministry of Culture", "the Senate": a body, not a place the slot names
        if want.sort == "number" and _QUALIFIED_BEFORE.search(sentence, max(0, a - 40), a):
            continue
        if want.sort == "place" and all(_ADJECTIVE.fullmatch(w) or w == "and" for w in t.text.split()):
            continue  # "the Russian and Belarusian system": a people's word, not a place's name
        if want.sort == "place" and (
            _places_there(want, sentence.lower())
            or kind(t.text) != kind(want.text)
            or fuzz.ratio(fold_simple(t.text).lower(), fold_simple(want.text).lower()) >= SPELLING_SIMILARITY
        ):
            continue
        if want.sort in ("number", "year") and _figure_there(want, sentence):
            continue
        out.append(Swap(want.text, t.text, a, b, want.sort))
        break
    return out
