"""Dates in text, absolute and relative, tied to a claim by its cue words.

Absolute: "March 22", "22 March 2024", "2024-03-22"; relative: "on Thursday",
"last Wednesday", "yesterday".

Relative dates are resolved against the article's own date (a timestamp, a
byline, a "Published:" line) or the claims file's ``published``; a weekday that
cannot be resolved is still compared with the claimed date's weekday.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from factcheck import lexicon
from factcheck.articles import Document, cue_matches
from factcheck.frozen import quick_init
from factcheck.model import DateClaim, Finding, Verdict
from factcheck.names import Mentions
from factcheck.text import by_first_character, cue_pattern, family_cues, lower_twin

MONTHS = lexicon.MONTHS
WEEKDAYS = lexicon.WEEKDAYS
_MONTHS_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_W = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_DATE = re.compile(
    r"\b(?:"
    rf"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"
    rf"|(?:(?:{_W.replace('weekday', 'wd1')}),?\s+(?:the\s+)?)?{_M}\s+{_D}(?!\d)(?:,?\s+{_Y})?"
    rf"|(?:(?:{_W.replace('weekday', 'wd2')}),?\s+)?(?:the\s+)?{_D.replace('day', 'day2')}\s+(?:of\s+)?"
    # ("the 20 of October of 2021": a translation's "de ... de".)
    rf"{_M.replace('month', 'month2')}(?:,?\s+(?:of\s+)?{_Y.replace('year', 'year2')})?"
    rf"|(?P<rel>last|this|next|on|since|until|by)?\s*{_W}(?!,?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\b|(?:{_MONTHS_ALT})\b))"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<yday>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night)"
    r")\b",
    re.IGNORECASE,
)
# What every date starts with: a digit, "the", a relative word, a month's first three letters, or a
# weekday after spaces ("said Monday" matches from the space). ``_DATE`` tries its five alternatives
# (some sixty words) in turn at every word boundary; this look-ahead, implied by every match, turns
# most boundaries away at once and so changes no match (about half the scan's time on the benchmark).
# Its words are grouped by their first letter (a weekday by its first three, which every weekday's
# name and abbreviation starts with): at a word's start the engine tries the few of that letter.
_DATE_START_WORDS = sorted(
    {m[:3] for m in MONTHS}
    | {"the", "last", "this", "next", "on", "since", "until", "by", "yesterday", "today", "tonight"}
)
_DATE_START = (
    r"(?=\d|\s*(?:"
    + "|".join(sorted({w[:3] for w in WEEKDAYS}))
    + r")|"
    + "|".join(f"{k}(?:{'|'.join(v)})" for k, v in by_first_character(_DATE_START_WORDS).items())
    + ")"
)
assert all(w[:3] in WEEKDAYS for w in WEEKDAYS)
# ``_DATE`` for lower-case ASCII text: its words are all lower-case, so without IGNORECASE it finds
# the same dates at the same offsets in ``text.lower()``, several times faster. The leading ``\b`` is
# ``_DATE``'s own (both are zero-width at one offset): tested first, it turns the offsets inside words
# away before the look-ahead's alternatives are tried (about a third off the scan on the benchmark).
_DATE_LOWER = re.compile(r"\b" + _DATE_START + _DATE.pattern)
assert _DATE.pattern.replace("(?P<", "").islower()
_ASCII_DIGIT = re.compile(r"[0-9]")
_CLAUSE = re.compile(r"\b(?:and|but|while|after|before|then)\b", re.IGNORECASE)
_BREAK = re.compile(r"[;()\[\]]|\s-\s|\.\s")
_TOKEN = re.compile(r"[A-Za-z0-9']+")


@quick_init  # made by the thousand: a plain __init__ (factcheck.frozen)
@dataclass(frozen=True)
class DateMention:
    """A date expression and what can be said of it."""

    start: int
    end: int
    date: dt.date | None
    weekday: int | None
    month_day: tuple[int, int] | None
    year: int | None
    gap: int = 0  # words between the date and the cue it is tied to


def _int(value: str | None) -> int | None:
    return int(value) if value else None


# What may stand before a clause's subject: a conjunction ("and Suella Braverman quit").
_OPENING = re.compile(r"\s*(?:(?:and|but|while|as|when)\s+)?", re.IGNORECASE)
_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.IGNORECASE)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Return every date expression of ``text`` with what it resolves to."""
    out: list[DateMention] = []
    ascii_text = text.isascii()
    lower = text.lower() if ascii_text else text
    if ascii_text and "day" not in lower and "night" not in lower and _ASCII_DIGIT.search(lower) is None:
        return out  # every date has a digit, a weekday or "day"/"night" ("today", "tonight"): no scan needed
    for m in _DATE_LOWER.finditer(lower) if ascii_text else _DATE.finditer(text):
        g = {k: v for k, v in m.groupdict().items() if v}
        # A lone weekday's match opens with the spaces before it ("said Monday"); "on" and "since" are
        # left out of the mention, "last", "this" and "next" are part of it.
        rel = g.get("rel", "").lower()
        start = m.start() if "weekday" not in g or rel in ("last", "this", "next") else m.start("weekday")
        try:
            if "iso" in g:
                iso = dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
                out.append(DateMention(m.start(), m.end(), iso, None, (iso.month, iso.day), iso.year))
                continue
            month = g.get("month") or g.get("month2")
            if month:
                day = int(g.get("day") or g.get("day2") or 0)
                mon = MONTHS[month.lower()]
                year = _int(g.get("year") or g.get("year2"))
                wd_name = g.get("wd1") or g.get("wd2")
                weekday = WEEKDAYS[wd_name.lower()] if wd_name else None
                dt.date(year or 2000, mon, day)  # validates the day of the month
                full = dt.date(year, mon, day) if year else None
                out.append(DateMention(m.start(), m.end(), full, weekday, (mon, day), year))
                continue
        except ValueError:
            continue
        if "weekday" in g:
            weekday = WEEKDAYS[g["weekday"].lower()]
            date: dt.date | None = None
            if published is not None:
                rel = (g.get("rel") or "").lower()
                back = (published.weekday() - weekday) % 7
                if rel == "last" and back == 0:
                    back = 7
                if rel == "next":
                    date = published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
                elif _LAST_WEEK.match(lower, m.end()):
                    # "stuck since Tuesday last week": that weekday of the week before the article's.
                    date = published - dt.timedelta(days=published.weekday() + 7 - weekday)
                else:
                    date = published - dt.timedelta(days=back)
            out.append(DateMention(start, m.end(), date, weekday, None, None))
        elif "yday" in g and published is not None:
            word = g["yday"].lower()
            back = 2 if word.startswith("the day") else 1 if word in ("yesterday", "last night") else 0
            out.append(DateMention(m.start(), m.end(), published - dt.timedelta(days=back), None, None, None))
    return out


# A colon that opens a clause of its own: "make landing difficult: Russia's Luna-25 crashed on 19
# August". A label's colon ("Landing: 23 August", "Landing: expected on 19 August", "Landing: 18:04
# IST on 19 August") has fewer words of letters after it.
COLON_CLAUSE_WORDS = 3
_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CLAUSE_COLON = re.compile(r":(?!\d)")  # not a clock time's ("14:03")
# A date written month, day, comma, year ("January 6, 2023"): American style, a comma after the year too.
_US_YEAR = re.compile(r"\d,\s*(?:19|20)\d\d$")


def _words_between(text: str, *, comma_breaks: bool = False) -> int | None:
    if _BREAK.search(text) or (comma_breaks and ("," in text or _CLAUSE.search(text))):
        return None
    colon = _CLAUSE_COLON.search(text) if ":" in text else None
    if colon and len(_LETTER_WORD.findall(text, colon.end())) >= COLON_CLAUSE_WORDS:
        return None
    return len(_TOKEN.findall(text))


def fmt(date: dt.date) -> str:
    """Format a date for messages: "Friday 22 March 2024"."""
    return f"{date.strftime('%A')} {date.day} {date.strftime('%B %Y')}"


@dataclass(frozen=True)
class DateMatcher:
    """Finds and judges the dates given for one date claim."""

    claim: DateClaim
    cues: re.Pattern[str] | None
    # Words from the cue to a date after it, with no clause break between: "an explosion at a
    # fireworks factory in the southern Indian state of Tamil Nadu on Wednesday" is 13. Measured on
    # blind sets 1-9 and real-dev: 16 found 3 more conflicts than 12 and no false one.
    max_after: int = 16
    max_before: int = 4
    # The people the claim's description names ("Truss announcing her resignation"): the event is
    # theirs, and a cue whose clause names only someone else tells of that person's doing.
    subjects: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()

    @classmethod
    def compile(
        cls,
        claim: DateClaim,
        subjects: frozenset[str] = frozenset(),
        persons: frozenset[str] = frozenset(),
        event_cues: tuple[str, ...] = (),
    ) -> DateMatcher:
        """Compile the claim's cue words once (``subjects``: the people its description names).

        ``event_cues`` are more cues for the claim of the story's event ("the tragedy happened").
        """
        # (And the other words of the cues' families: "detained" for "arrested".)
        cues = (*claim.cues, *event_cues, *family_cues(claim.cues))
        return cls(claim, cue_pattern(cues), subjects=subjects, persons=persons)

    @cached_property
    def _end_or_start(self) -> str | None:
        """Say whether the claim's cues make its day a span's end ("until", "last") or start ("began")."""
        words = {w for cue in self.claim.cues for w in cue.lower().split()}
        if words & _END_WORDS and not words & _START_WORDS:
            return "end"
        if words & _START_WORDS and not words & _END_WORDS:
            return "start"
        return None

    @cached_property
    def _about_words(self) -> frozenset[str]:
        return frozenset(self.claim.about.lower().split())

    def _someone_elses(self, sent_start: int, sentence: str, mention: DateMention, names: Mentions) -> bool:
        """Say whether the date's clause names only people other than the claim's.

        "Kwarteng was sacked on 14 October, and Suella Braverman quit as home secretary yesterday"
        against the day Truss resigned: "quit" is Braverman's, and so is its day.
        """
        assert self.cues is not None
        clause = _clause_before(sentence, mention.start)
        start = sent_start + mention.start - len(clause)
        people = [m for m in names.between(start, sent_start + mention.start) if m.entity in self.persons]
        if not people or people[0].entity in self.subjects:
            return False
        named = sentence[people[0].start - sent_start : people[0].end - sent_start].lower().split()
        if any(word in self._about_words for word in named):
            return False  # "Murdaugh shot on 7 June" against the deaths of Maggie and Paul Murdaugh: his family's
        # The person opens the clause and the cue is the verb right after the name: its subject
        # ("Judge Kaplan sentenced him on Wednesday" is not the judge's own sentencing).
        opening = sentence[mention.start - len(clause) : people[0].start - sent_start]
        after = sentence[people[0].end - sent_start : mention.start]
        return _OPENING.fullmatch(opening) is not None and bool(
            self.cues.match(after, len(after) - len(after.lstrip()))
        )

    def _start_of_a_state(self, sentence: str, mention: DateMention) -> bool:
        """Say whether a date after "since" is tied only to a cue after it.

        "trapped since Saturday were brought out alive": "since" dates the state of its own clause;
        "suspended since 14 March" (the cue before it) dates the suspension.
        """
        assert self.cues is not None
        if not _SINCE_BEFORE.search(sentence, max(0, mention.start - 8), mention.start):
            return False
        if self._possessed_cue(sentence, mention):
            return False  # "injured since Saturday's explosion": the day is the event's own, named so
        clause = _clause_before(sentence, mention.start)
        return not self.cues.search(clause) and bool(self.cues.search(sentence, mention.end))

    def _cue_right_after(self, sentence: str, mention: DateMention) -> bool:
        """Say whether a cue stands right after the date, the date its modifier ("the 16 September collapse")."""
        assert self.cues is not None
        rest = sentence[mention.end :]
        return bool(self.cues.match(sentence, mention.end + len(rest) - len(rest.lstrip()))) or self._possessed_cue(
            sentence, mention
        )

    def _possessed_cue(self, sentence: str, mention: DateMention) -> bool:
        """Say whether the date's possessive describes a cue, two words on at most ("Wednesday's deadly blast")."""
        possessive = _POSSESSIVE.match(sentence, mention.end)
        if possessive is None or self.cues is None:
            return False
        at = possessive.end()
        for _ in range(3):
            if self.cues.match(sentence, at):
                return True
            word = _NEXT_WORD.match(sentence, at)
            if word is None:
                return False
            at = word.end()
        return False

    def _another_doing(self, sentence: str, mention: DateMention) -> bool:
        """Say whether the verb that dates the clause is someone's doing, not the event's.

        "Prime Minister Modi visited the crash site on Friday", "prosecutors widened their inquiry
        into the fire on Thursday": the last verb in the past before the date is neither a cue nor
        a verb of an event taking place ("happened", "was held"), so the day is of that doing.
        """
        assert self.cues is not None
        cues = [m for m in cue_matches(self.cues, sentence) if m.end() <= mention.start]
        # The event named as a thing, a verb's object ("visited the crash site", "coverage of the
        # fire"), not as the clause's verb ("the plane crashed"): the nearest cue before the date.
        if not cues:
            return False
        determiner = _DETERMINER_BEFORE.search(sentence, max(0, cues[-1].start() - 40), cues[-1].start())
        if determiner is None:
            return False
        # ... with a word before it in its clause that takes it as an object ("visited", "of"), not
        # as the subject of what follows ("The flood reached", "said the flood reached").
        governor = determiner.group(1).lower()
        if governor in lexicon.SPEECH_VERBS or governor in ("that", "says", "say", "and", "but", "when", "as", "while"):
            return False
        clause = _clause_before(sentence, mention.start)
        verbs = [w for w in _PAST_WORD.finditer(clause) if w.group().lower() not in _NOT_PAST]
        if not verbs:
            return False
        verb = verbs[-1]
        word = verb.group().lower()
        return not (self.cues.match(clause, verb.start()) or word in _EVENT_VERBS)

    def _at_the_place(self, sentence: str, mention: DateMention) -> bool:
        """Say whether a date is tied only to a cue after it that names the event's place.

        "Rescuers recovered a fourth body on Thursday from the sinkhole": the cue follows the date
        after a preposition of place, and no cue stands before the date in its clause.
        """
        assert self.cues is not None
        place = _PLACE_AFTER.match(sentence, mention.end)
        if place is None:
            return False
        adjective = _WORD_AND_SPACE.match(sentence, place.end())  # "from the deadly sinkhole"
        at_cue = self.cues.match(sentence, place.end()) or (adjective and self.cues.match(sentence, adjective.end()))
        if not at_cue:
            return False
        clause = _clause_before(sentence, mention.start)
        return not self.cues.search(clause) and bool(clause.strip())

    @cached_property
    def expected(self) -> str:
        """Return the claimed date as findings show it (formatted once)."""
        return fmt(self.claim.value)

    def judge(self, mention: DateMention) -> tuple[Verdict, str]:
        """Compare one date mention with the claimed date; return the verdict and why."""
        want = self.claim.value
        if mention.month_day is not None:
            if mention.month_day != (want.month, want.day):
                return Verdict.CONTRADICTED, "a different day"
            if mention.year is not None and mention.year != want.year:
                return Verdict.CONTRADICTED, "a different year"
            if mention.weekday is not None and mention.weekday != want.weekday():
                return Verdict.CONTRADICTED, f"{want.day} {want.strftime('%B')} was not a {_day_name(mention.weekday)}"
            return Verdict.SUPPORTED, "the same day"
        if mention.date is not None:
            if mention.date != want:
                return Verdict.CONTRADICTED, f"resolves to {fmt(mention.date)} from the article's date"
            return Verdict.SUPPORTED, "the same day"
        if mention.weekday is not None and mention.weekday != want.weekday():
            return Verdict.CONTRADICTED, f"{fmt(want)} was a {_day_name(want.weekday())}"
        return Verdict.SUPPORTED, "the same weekday"

    def tied(self, sentence: str, published: dt.date | None) -> list[DateMention]:
        """Return the date mentions of a sentence tied to a cue (the nearest one per cue)."""
        if self.cues is None:
            return []
        # "the election commission confirmed on Tuesday": a cue naming a body is not the event.
        cue_spans = [m.span() for m in cue_matches(self.cues, sentence) if not _BODY_AFTER.match(sentence, m.end())]
        if not cue_spans:
            return []
        dates = find_dates(sentence, published)
        starts = [d.start for d in dates]
        chosen: dict[int, DateMention] = {}
        for c_start, c_end in cue_spans:
            best: tuple[int, DateMention] | None = None
            at = bisect.bisect_left(starts, c_start)
            for d in dates[max(0, at - 2) : at + 2]:
                if d.start >= c_end:
                    n = _words_between(sentence[c_end : d.start])
                    limit = self.max_after
                elif d.end <= c_start:
                    # A date before the cue belongs to it only within the same clause: "the March 22 attack".
                    between = sentence[d.end : c_start]
                    if d.weekday is not None and "," in sentence[d.start : d.end] and between.startswith(","):
                        # "on Saturday, 3 August, during the flight": the comma closes the weekday's
                        # date ("Saturday, 3 August"), it opens no other clause; unless the date
                        # stands in an aside itself ("Wardens, hired on Sunday, 14 September, fought").
                        if "," not in sentence[: d.start]:
                            between = between[1:]
                    if between.strip() == "," and d.year is not None and _US_YEAR.search(sentence, d.start, d.end):
                        # "the January 6, 2023, rampage": the comma after the year closes the date.
                        between = between.replace(",", " ")
                    n = _words_between(between, comma_breaks=True)
                    limit = self.max_before
                    if n is None and between.startswith(",") and sentence[: d.start].rstrip().endswith(","):
                        # "The deputies adopted, Thursday 17 October, the motion of censure": a date
                        # set off by commas between a verb and its object dates that clause.
                        n = _words_between(between[1:], comma_breaks=True)
                    fronted = _FRONTED.fullmatch(sentence, 0, d.start) and _FRONTED_END.match(sentence, d.end)
                    if (n is None or n > limit) and fronted:
                        # "On June 6, the committee announced the recall", "On Wednesday afternoon the
                        # whole city was shaken when the flight crashed": a date fronting the sentence
                        # sets its main clause, however long its subject (with or without a comma:
                        # "On Saturday morning the Prime Minister ... announced").
                        main = sentence[fronted.end() : c_start]
                        # (Not past a verb of saying: "On 27 June the commission announced that
                        # Chakwera had won" dates the announcing, not the vote. And with no comma after
                        # the date, only the main clause's verb is dated this far ("... at Downing Street
                        # announced"): not a noun of its object, nor a word past a clause of its own ("On
                        # Sunday Indonesia put out a toll for the stampede that followed a match").)
                        words = [w.lower() for w in _TOKEN.findall(main)]
                        if not any(w in lexicon.SPEECH_VERBS for w in words) and not (
                            n is not None
                            and (
                                _CLAUSE_WORDS.intersection(words) or not _PAST_WORD.fullmatch(sentence, c_start, c_end)
                            )
                        ):
                            n = _words_between(main)
                            limit = FRONTED_REACH
                else:
                    continue
                if n is not None and n <= limit and (best is None or n < best[0]):
                    best = (n, d)
            if best is not None:
                gap, d = best  # the mention with its gap (``replace`` without its cost, in this loop)
                chosen[d.start] = DateMention(d.start, d.end, d.date, d.weekday, d.month_day, d.year, gap)
        return [chosen[k] for k in sorted(chosen)]

    def check(
        self, doc: Document, published: dt.date | None, own_date: bool = True, names: Mentions | None = None
    ) -> list[Finding]:
        """Return one finding per date tied to the claim in the article.

        ``own_date`` says whether ``published`` is the article's own date (a dateline, a timestamp)
        rather than the claims file's.
        """
        findings: list[Finding] = []
        indexes = doc.sentences_matching(self.cues)
        if not indexes:
            return findings
        expected = self.expected
        for index in indexes:
            sent = doc.sentences[index]
            text = doc.text[sent.start : sent.end]
            # The case-insensitive patterns below are searched in the lower-cased sentence (same offsets).
            low = doc.lower[sent.start : sent.end] if doc.ascii else None
            future, speech_on, later_phase = (
                (_FUTURE_LOWER, _SPEECH_ON_LOWER, _LATER_PHASE_LOWER)
                if low is not None
                else (_FUTURE, _SPEECH_ON, _LATER_PHASE)
            )
            searched = text if low is None else low
            # The sentence's dates, read once and only when it may join two of them in a span.
            spans: list[DateMention] | None = None if _SPAN_MARK.search(text) else []
            for mention in self.tied(text, published):
                if _not_the_event(text, mention, low):
                    continue
                if _again_in_clause(text, mention):
                    continue  # "the grid collapsed again on Saturday": a repeat, not the event's day
                if (
                    mention.weekday is None
                    and mention.month_day is None
                    and _WEEKDAY_APPOSITION.match(text, mention.end)
                ):
                    continue  # "yesterday evening, Saturday,": the weekday after it says which day
                want = self.claim.value
                if (
                    mention.year is not None
                    and mention.year < want.year
                    and mention.month_day is not None
                    and mention.month_day != (want.month, want.day)
                ):
                    # "a landslide on August 8, 2019, buried 17 people" in a story of 30 July 2024: a
                    # full date of an earlier year and another day is another event, not a slip of
                    # the claim's (a slip changes the day or the year, not both).
                    continue
                if published is not None and mention.weekday is not None and mention.month_day is None:
                    # "tomorrow, Saturday": the weekday says which day the word before it is.
                    told = _TOLD_DAY_BEFORE.search(searched, max(0, mention.start - 40), mention.start)
                    if told is not None:
                        day = published + dt.timedelta(days=_TOLD_DAY_OFFSET[told.group(1).lower()])
                        if day.weekday() == mention.weekday:
                            mention = dataclasses.replace(mention, date=day)
                if _POSSESSIVE.match(text, mention.end) and not self._possessed_cue(text, mention):
                    continue  # "Friday's share price": a day that describes something else than the event

                if _other_day_of_a_span(text, mention, self.claim.value.weekday()):
                    continue  # "in the night from Saturday to Sunday": one of the two days is the claim's
                if spans is None:
                    spans = find_dates(text, published)
                if _other_end_of_a_span(text, mention, self.claim.value, spans, self._end_or_start):
                    continue  # "Flights run from today until Sunday 6 October": the span ends on the claim's day
                clause = _clause_before(_blank_asides(searched, mention.start), mention.start)
                warned = _WARNED_OF.search(clause)
                if warned and _EVENT_AFTER_WARNING.search(clause, warned.end()):
                    warned = None  # "warned of storm surge as Beryl made landfall on Tuesday": the event's day
                ahead = future.search(clause) or _SET_FOR.search(clause) or warned
                after = _AFTER_EVENT.search(clause, ahead.end()) if ahead else None
                # (The cue inside what comes "after": "will reopen after repairs on Monday" is to come.)
                if ahead and not (after and self.cues is not None and self.cues.search(clause, after.end())):
                    if published is None or self.claim.value <= published:
                        continue  # "a vigil will be held on Friday": an event still to come, not the claim's past one
                    mention = _forward(mention, published)  # "should reopen on Monday": the Monday to come

                verdict, why = self.judge(mention)
                confidence = next(c for gap, c in _GAP_CONFIDENCE if mention.gap <= gap)
                said = speech_on.search(searched, max(0, mention.start - 40), mention.start)
                later = later_phase.search(searched, max(0, mention.start - 60), mention.start)
                update = (_COUNT_UPDATE_LOWER if low is not None else _COUNT_UPDATE).search(
                    searched, max(0, mention.start - 40), mention.start
                )
                if update and not (self.cues and self.cues.search(update.group())):
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day a count was updated"
                if any(
                    # (Unless the aside's own verb is the cue, right before the date: ", who fled when
                    # the dike burst on Friday,".)
                    a <= mention.start < b
                    and not (mention.gap <= 1 and self.cues and self.cues.search(text, a, mention.start))
                    for a, b in _person_asides(text)
                ):
                    # "Governor Dimaculangan, who toured the breach by helicopter on Thursday, said":
                    # an aside on a person tells of that person's doings, not of the event.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; in an aside on someone's doings"
                if self.cues is not None and self._start_of_a_state(text, mention):
                    # "Five cavers who had been trapped since Saturday were brought out": the day a
                    # state began, before the event the cue after it names.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day something before the event began"
                if self.cues is not None and mention.gap > 1 and self._another_doing(text, mention):
                    # "Prime Minister Modi visited the crash site on Friday": the day of a visit.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day of another doing"
                if (
                    verdict is Verdict.CONTRADICTED
                    and self.subjects
                    and names is not None
                    and self._someone_elses(sent.start, text, mention, names)
                ):
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day of someone else's doing"
                if self.cues is not None and self._at_the_place(text, mention):
                    # "Rescuers recovered a fourth body on Thursday from the sinkhole": the day of
                    # something done at the event's place, the cue only the place's name.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day of something done at the event's place"
                if later and not (
                    self.cues and (self.cues.search(later.group()) or self._cue_right_after(text, mention))
                ):
                    # "The blaze was brought under control early on Wednesday": something done to the
                    # event afterwards, on its own day.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day of a later phase"
                if (
                    verdict is Verdict.CONTRADICTED
                    and published is not None
                    and mention.month_day is None
                    and mention.date == published
                    and mention.weekday == self.claim.value.weekday()
                    and (published - self.claim.value).days == 7
                    and _into_tomorrow(text, mention)
                ):
                    # "the earthquake which struck in the night from Friday to Saturday" in an article
                    # of a Friday: a night into a day still to come is the last one, a week before.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the same weekday a week before the article's date"
                if (
                    verdict is Verdict.CONTRADICTED
                    and not own_date
                    and mention.weekday is None
                    and mention.month_day is None
                    and mention.date is not None
                    and abs((mention.date - self.claim.value).days) == 1
                ):
                    # "A Hong Kong judge yesterday ordered ...": "yesterday" and "today" count from
                    # the day the article was printed, and an article with no date of its own may be
                    # a day off the claims file's (a paper of the next morning).
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; the article has no date of its own, perhaps printed a day apart"
                # (Not "a report on the 16 September collapse": the day of the cue right after it.)
                if said and not (
                    self.cues and (self.cues.search(said.group()) or self._cue_right_after(text, mention))
                ):
                    # "the commission said on Tuesday": the day of the saying, perhaps not of the event.
                    confidence *= SPEECH_DATE_FACTOR
                    why += "; perhaps the day it was said"
                start = sent.start + mention.start
                found = doc.original(start, sent.start + mention.end)
                message = (
                    f"found {found} ({why}), expected {expected}"
                    if verdict is Verdict.CONTRADICTED
                    else f"found {found}, as expected"
                )
                end = sent.start + mention.end
                findings.append(doc.finding(self.claim, verdict, expected, start, end, sent, message, confidence))
        return findings


# After a date, a preposition of place before the event's noun: "recovered a body on Thursday from
# the sinkhole", "laid flowers on Sunday at the site of the collapse".
_PLACE_AFTER = re.compile(
    r"\s+(?:from|out\s+of|at|near|beneath|under|inside|into|onto|off|outside|to)\s+(?:the|a|an)\s+(?:site\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)

# A relative clause on a person set off by commas: ", who toured the breach on Thursday,".
_PERSON_ASIDE = re.compile(r",\s*(?:who|whom|whose)\b[^,;]*,")


# A participle with its agent set off by commas: ", set by his party on Sunday,", ", issued by the
# council on Friday,": a doing of that agent, told in passing.
_AGENT_ASIDE = re.compile(r",\s*(?:[a-z]{2,}ed|[a-z]+en|set|made|put|sent|held|laid|cut|brought|taught)\s+by\b[^,;]*,")


def _person_asides(sentence: str) -> list[tuple[int, int]]:
    """Return the spans of the asides on a person or on an agent's doing in a sentence."""
    spans = [m.span() for m in _PERSON_ASIDE.finditer(sentence)] if "who" in sentence else []
    if " by " in sentence:
        spans += [m.span() for m in _AGENT_ASIDE.finditer(sentence)]
    return spans


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WORD_AND_SPACE = re.compile(r"[A-Za-z-]+\s+")

# Words that open a clause of its own inside a fronted date's sentence.
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "while", "after", "before"})
# Link confidence by words between the cue and the date ("attack on March 22" is sure; a date
# twelve words on may be another event's). Set by judgment, checked on the development sets.
# "On 6 June,", "At about 23h30 on September 13,", "Early on Saturday,": a date opening the sentence.
_FRONTED = re.compile(
    r"\W*(?:(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.h]?\d{0,2}\s*(?:a\.?m\.?|p\.?m\.?)?\s+)?"
    r"(?:(?:early|late)\s+)?(?:on|in)?\s*(?:the\s+(?:morning|evening|night|afternoon)\s+of\s+)?",
    re.IGNORECASE,
)
# What ends a fronted date: a comma, or a part of the day and then the subject ("On Wednesday
# afternoon the whole city").
_FRONTED_END = re.compile(r",|\s+(?:(?:morning|afternoon|evening|night)\b,?)?(?=\s*[A-Za-z])", re.IGNORECASE)
# Words from a date fronting its sentence to the cue of its main clause: "On the evening of 3
# January, at Tokyo International Airport (Haneda), the passenger jet and a coast guard aircraft
# collided" is 18. Set by judgment (a long subject), checked on the labelled sets.
FRONTED_REACH = 30
_GAP_CONFIDENCE = ((2, 0.9), (6, 0.8), (10**9, 0.65))
SPEECH_DATE_FACTOR = 0.5
# A word in the past: "visited", "widened", "held" (the irregular past forms of the lexicon too).
# Lower case only: "Manchester United", "Ahmed" are names.
_PAST_WORD = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(sorted(lexicon.IRREGULAR_BASE, key=len, reverse=True)) + r")\b")
# Words in -ed that are no doing: "the injured", "a red car", "hundred", "need".
_NOT_PAST = frozenset("hundred injured red need feed seed bed speed shed deed bleed breed indeed".split())
# A determiner right before a word, and the word before it: "visited the crash site", "of a sample".
_DETERMINER_BEFORE = re.compile(r"\b([a-z]+)\s+(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
# Verbs of an event taking place: the day after them is the event's own.
_EVENT_VERBS = frozenset(
    "happened occurred began begun started broke erupted took struck hit came opened closed ended "
    "unfolded held staged played contested fought ran run collapsed exploded sank crashed died killed".split()
)
_SPEECH_ON = re.compile(
    # "told a news briefing on Thursday": whom it was told (up to three words) before the day; after
    # "said" more words would be what was said ("said the fire started on Monday").
    r"\b(?:(?:said|says|announced|confirmed|reported|revealed|disclosed|added|declared|stated|summed up)\s+(?:\w+\s+)?|"
    r"told\s+(?:\w+\s+){0,3}?|"
    # "Updated interior ministry figures on Saturday showed the quake killed 820": the day of a report.
    r"(?:" + "|".join(lexicon.DOCUMENT_NOUNS) + r")\s+(?:released\s+|published\s+|issued\s+)?)"
    r"(?:on|late on|early on)?\s*$",
    re.IGNORECASE,
)
# "Published: Monday 28 September", "| Updated on 3 March": the article's own date, said with a colon
# or opening its line; "a study published on Monday" is an event of the story.
_DATELINE_WORD = r"(?:published|updated|posted|last modified|first published)"
_DATELINE = re.compile(
    rf"(?:(?:^|[|\n]|\s[-\u2013\u2014]\s)\s*{_DATELINE_WORD}\s*:?\s*(?:on\s+)?|\b{_DATELINE_WORD}\s*:\s*(?:on\s+)?)$",
    re.I,
)
# A byline's stamp: a date after a bar or a middle dot with the time of day after it ("Trending Now
# Kenya | 9 August 2025, 10:14 AM"); a bar alone may set off any fact.
_STAMP_BEFORE = re.compile(r"[|\u00b7]\s*$")
_STAMP_AFTER = re.compile(r",?\s*\d{1,2}[:.]\d\d\b")
# "still governs them today", "even today": "today" as the present time, not the article's day.
_NOWADAYS_BEFORE = re.compile(r"\b(?:still|even)\b[^,;:.]*$", re.IGNORECASE)
# A live blog's entry heading: a date opening the sentence with its time of day, and the entry's text
# after it with no word between ("Monday June 12, 3.30pm The coach has been winched upright": the line
# break is gone once lines are joined), or the date and time alone ("Tuesday 13 June, 10:15"); or a
# date alone, with nothing but marks after it, as a sentence of its own ("Monday June 12.").
_STAMP_LINE_AFTER = re.compile(
    r"\s*[,\-\u2013\u2014]?\s*\d{1,2}(?:[:.]\d\d\s*(?:[apAP]\.?[mM]\.?)?|\s*[apAP]\.?[mM]\.?)(?:\s*[A-Z]{2,5}\b)?"
    r"(?:\s*$|\s+(?=[A-Z\"\u201c]))|\W*$"
)


# A day's possessive and up to two words before the noun it describes ("Wednesday evening's deadly
# explosion"): the event's day when that noun is the claim's cue, another thing's otherwise.
_POSSESSIVE = re.compile(r"(?:'s|s')\s+")
_NEXT_WORD = re.compile(r"[\w-]+\s+")
# A noun of a body right after a cue ("election commission", "Attack Response Unit"): the cue names the
# body, not the event.
_BODY_AFTER = re.compile(r"\s+(?i:" + "|".join(sorted(lexicon.ORGANISATION_WORDS)) + r")\b")


# A wire dateline: "TARNOBRZEG, Poland, June 13 (Central European Press) -", "JAKARTA, Sept 8
# (Reuters) -": the day the report was filed, after a city in capitals and before the agency.
_WIRE_DATELINE_BEFORE = re.compile(
    r"\b[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*,(?:\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?,)?\s*$"
)
# (Or the agency ending the line: "SOCHA, Colombia, Oct 15 (Andina News Service)" above the body.)
_WIRE_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014]|[ \t]*\([^()]{1,40}\)[ \t]*(?:\n|$)")


# A clause about the future: its weekday is still to come, and its event is not a past claim's.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|should(?!\s+have)|would(?!\s+have)|planned for|"
    # ("is now set to", "is still expected to": an adverb may stand between.)
    r"(?:is|are)\s+(?:now\s+|still\s+|also\s+|\w+ly\s+)?(?:to be|due to|scheduled|expected to|set to)|"
    r"(?:hopes|hoped|plans|planned|aims|intends)\s+to)\b",
    re.I,
)
# A warning or a forecast of what the date's clause tells: "has warned of life-threatening winds and
# storm surge hitting the island on Wednesday" is a day to come (or the warning's), not the event's.
_WARNED_OF = re.compile(r"\b(?:warn(?:s|ed|ing|ings)?|forecasts?)\s+of\b", re.IGNORECASE)
# After the warning, a clause of time that tells the event itself: "as Beryl made landfall", "before
# the storm hit", "when it struck".
_EVENT_AFTER_WARNING = re.compile(r"\b(?:as|when|before|after|once|until)\s+\w+", re.IGNORECASE)
# A day appointed for what is to come, right before the date: "a hearing was set for Friday morning"
# (not "a record was set for the 100 metres on Friday": the date must follow "for").
_SET_FOR = re.compile(
    # ("had first been set for Monday", "was originally scheduled for": the first plan, moved since.)
    r"\b(?:was|were|has\s+been|had\s+been|had\s+(?:first|originally|initially)\s+been)\s+"
    r"(?:(?:first|originally|initially|\w+ly)\s+)?(?:set|scheduled|planned)\s+for\s+(?:(?:this|next|the)\s+)?$",
    re.IGNORECASE,
)
# A passive verb after the event's noun: something done to the event ("was brought under control",
# "was put out", "were extinguished").
_LATER_PHASE = re.compile(
    r"\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?\w+(?:ed|en|ut|ought)\b[^.;]*$", re.I
)


# A count updated on a day: "the death toll from the explosion rose to seven on Friday" dates the
# rise, not the explosion.
_COUNT_UPDATE = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|reached|hit|stood\s+at)\s+(?:to\s+)?"
    r"(?:\d[\d,.]*|(?:" + "|".join(lexicon.NUMBER_WORDS) + r"))(?:\s+[a-z]+)?\s+(?:on|by|late\s+on|early\s+on)?\s*$",
    re.I,
)


_FUTURE_LOWER = lower_twin(_FUTURE)
# After the future verb, "after" or "since" an event: "There will be no victory parade after
# Justice Besanko's judgment on Wednesday" dates the judgment, before what is to come.
_AFTER_EVENT = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
_SPEECH_ON_LOWER = lower_twin(_SPEECH_ON)
_LATER_PHASE_LOWER = lower_twin(_LATER_PHASE)
_COUNT_UPDATE_LOWER = lower_twin(_COUNT_UPDATE)
_DATELINE_LOWER = lower_twin(_DATELINE)


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|where|whose)\b[^,;]*,", re.IGNORECASE)

# A sentence's day or month this far (days) from the article's date tells of another occasion than
# the story's: "plunged into the Java Sea on Oct. 29" in an article of 11 March, "won in Valencia
# last December" in one of October.
OTHER_DAY_SPAN = 45
_MONTH_NAMES = lexicon.MONTH_NAMES_ALT
# A month named alone, after a word that makes it one ("in March", "last December"): not "8 October"
# or "March 3" (days), and not the verb "may". Only a time that dates what is told ("in", "during",
# "last"), not a state's start ("since April"); a year likewise, not a count ("ahead of 2000 runners").
_MONTH_ALONE = re.compile(
    r"\b(?i:in|last|during)[\s-]+(?:(?i:early|late|mid)[\s-]+)?(" + _MONTH_NAMES + r")\b(?!\s*\d)"
)
_YEAR_WORD = re.compile(
    r"\b(?i:in|during|of)\s+(?:(?i:the\s+year)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b(?![:.,]?\d)"
)


# "two years ago", "3 years ago", "a year ago": a time counted back from the article's date.
_AGO_COUNT = {w: i + 1 for i, w in enumerate(lexicon.NUMBER_WORDS[:10])} | {"a": 1}
_YEARS_AGO = re.compile(
    r"\b(" + "|".join([*(w for w in _AGO_COUNT), r"\d{1,2}"]) + r")\s+years?\s+ago\b", re.IGNORECASE
)


def another_occasion(
    text: str, published: dt.date | None, story_years: frozenset[int], earliest: dt.date | None = None
) -> bool:
    """Say whether a stretch of an article names a time that is not the story's: another occasion.

    A year before the story's and not among ``story_years`` (those of the claims' dates and the
    article's), or a month named alone whose last day stands more than ``OTHER_DAY_SPAN`` days
    before the article's date ("won in Valencia last December", "in April", in an article of
    October), or before ``earliest``, the story's earliest date, when given: "pleaded guilty in
    January" in a story whose dates run from a crash in April to a sentencing in March is its own.
    """
    years = story_years | {published.year} if published else story_years
    # Only past times: "expected to be completed in 2027", "a strike in December" (in an article of
    # November) are the story's own plans.
    latest = max(years, default=0)
    if any(int(m.group(1)) < latest and int(m.group(1)) not in years for m in _YEAR_WORD.finditer(text)):
        return True
    if published is not None:
        # "Two years ago, on the same runway, he cleared 6.22m": the year it was, counted back.
        for m in _YEARS_AGO.finditer(text):
            back = _AGO_COUNT.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
            if back and published.year - back not in years:
                return True
    if published is None:
        return False
    for m in _MONTH_ALONE.finditer(text):
        month = lexicon.MONTHS[m.group(1).lower()]
        if month > published.month and not m.group().lower().startswith("last"):
            continue  # still to come this year, or last year's: not said which
        year = published.year if month <= published.month else published.year - 1
        last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
        if (min(published, earliest or published) - last_day).days > OTHER_DAY_SPAN:
            return True
    return False


def _blank_asides(sentence: str, end: int) -> str:
    """Blank out the relative asides before ``end``, offsets kept.

    "open the line, which runs along Madinah Road, on 5 January" is "open the line on 5 January"
    to the clause's verb.
    """
    if "," not in sentence[:end]:
        return sentence
    return _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), sentence[:end]) + sentence[end:]


_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|\s-\s|\.(?!\d)")


def _again_in_clause(sentence: str, mention: DateMention) -> bool:
    """Say whether the date's clause tells of the event happening again ("collapsed again on Saturday").

    Not of what is to come: "the board will meet again on 3 March" is the next meeting, perhaps the
    claim's.
    """
    end = _CLAUSE_END.search(sentence, mention.end)
    before = _clause_before(sentence, mention.start)
    after = sentence[mention.end : end.start() if end else len(sentence)]
    return bool(_AGAIN.search(before) or _AGAIN.search(after)) and not _FUTURE.search(before + after)


def _clause_before(sentence: str, start: int) -> str:
    """Return the clause that ends at ``start`` (back to the last comma, semicolon or dash)."""
    cut = max(sentence.rfind(c, 0, start) for c in (",", ";", " - "))
    return sentence[cut + 1 : start]


# A day named by the article's own ("tomorrow", "yesterday evening") with its weekday after it.
_TOLD_DAY_BEFORE = re.compile(
    r"\b(yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\s*[,(]\s*$", re.IGNORECASE
)
_TOLD_DAY_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# A weekday set after a day said relative to the article ("the disaster happened yesterday evening,
# Saturday, in Malang"): the weekday says which day, whatever day the article was dated.
_WEEKDAY_APPOSITION = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s*(?:" + lexicon.WEEKDAY_NAMES_ALT + r")\b", re.IGNORECASE
)


def _not_the_event(sentence: str, mention: DateMention, low: str | None = None) -> bool:
    """Return True for a date that cannot be the event's: the article's own, a photo's, or one in a quote.

    A "Published: Monday 28 September" line is when the article appeared; "today" inside
    quotation marks is the speaker's day, not the article's. ``low`` is the sentence lower-cased,
    when it is ASCII.
    """
    dateline = (
        _DATELINE.search(sentence, max(0, mention.start - 30), mention.start)
        if low is None
        else _DATELINE_LOWER.search(low, max(0, mention.start - 30), mention.start)
    )
    if dateline:
        return True
    stamp_before = _STAMP_BEFORE.search(sentence, max(0, mention.start - 5), mention.start)
    if stamp_before and _STAMP_AFTER.match(sentence, mention.end):
        return True
    if not sentence[: mention.start].strip(" \t*-\u2022") and _STAMP_LINE_AFTER.match(sentence, mention.end):
        return True  # "Monday June 12, 3.30pm The coach ...": a live blog's entry, when it was told
    if sentence[mention.start : mention.end].lower() == "today" and _NOWADAYS_BEFORE.search(
        sentence, max(0, mention.start - 60), mention.start
    ):
        return True  # "the constitution that still governs them today": nowadays, not a day
    if lexicon.CAPTION.match(sentence[:30].lower()):
        return True  # "Photo caption: Relatives wait at the slide, 13 October 2025": the photo's day
    if _WIRE_DATELINE_AFTER.match(sentence, mention.end) and _WIRE_DATELINE_BEFORE.search(
        sentence, max(0, mention.start - 60), mention.start
    ):
        return True
    return sentence.count('"', 0, mention.start) % 2 == 1


def _forward(mention: DateMention, published: dt.date) -> DateMention:
    """Resolve a lone weekday in a clause about the future to the next such day, not the last."""
    if mention.weekday is None or mention.month_day is not None or mention.date is None or mention.date > published:
        return mention
    ahead = (mention.weekday - published.weekday()) % 7 or 7
    return dataclasses.replace(mention, date=published + dt.timedelta(days=ahead))


_SPAN_AFTER = re.compile(r"\s*(?:to|into|and|-|/)\s*(?:the\s+)?(?:early\s+hours\s+of\s+)?(\w+)", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"(\w+)\s*(?:to|into|and|-|/)\s*(?:the\s+)?(?:early\s+hours\s+of\s+)?$", re.IGNORECASE)


def _into_tomorrow(sentence: str, mention: DateMention) -> bool:
    """Say whether a weekday opens a span into the next day ("the night from Friday to Saturday")."""
    span = _SPAN_AFTER.match(sentence, mention.end)
    if span is None or mention.weekday is None:
        return False
    return WEEKDAYS.get(span.group(1).lower()) == (mention.weekday + 1) % 7


def _other_day_of_a_span(sentence: str, mention: DateMention, claimed_weekday: int) -> bool:
    """Say whether a lone weekday is paired with the claim's weekday ("the night from Saturday to Sunday")."""
    if mention.weekday is None or mention.month_day is not None or mention.weekday == claimed_weekday:
        return False
    after = _SPAN_AFTER.match(sentence, mention.end)
    before = _SPAN_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
    paired = [m.group(1).lower() for m in (after, before) if m]
    return any(lexicon.WEEKDAYS.get(word) == claimed_weekday for word in paired)


# Between the two ends of a span of days: "from today until Sunday", "22 September to 5 October".
_SPAN_WORDS = r"until|till|to|through|thru"
_SPAN_JOIN = re.compile(r"\s*(?:" + _SPAN_WORDS + r"|-|\u2013)\s+(?:the\s+)?", re.IGNORECASE)
# A sentence without one of them joins no two days.
_SPAN_MARK = re.compile(r"[-\u2013]|\b(?:" + _SPAN_WORDS + r")\b", re.IGNORECASE)
# Cue words that make a claim's day the end of a span, or its start.
_END_WORDS = frozenset("until till end ended ends ending last through expires expired closes closed".split())
_START_WORDS = frozenset("from began begins begin start started starts opened opens since launched".split())


def _other_end_of_a_span(
    sentence: str, mention: DateMention, claimed: dt.date, dates: list[DateMention], end_or_start: str | None
) -> bool:
    """Say whether a day is one end of a span whose other end is the claim's day.

    "Flights run from today until Sunday 6 October" gives the programme's last day, as claimed;
    "today" is when it starts. Not when the claim's cues say its day is the span's other end: "the
    strike ran from 28 September to 5 October" against a strike that began on 5 October.
    ``dates`` are the sentence's dates, read once per sentence.
    """
    after = _SPAN_JOIN.match(sentence, mention.end)
    for other in dates:
        same = other.date == claimed or (
            other.date is None
            and other.month_day == (claimed.month, claimed.day)
            and other.year in (None, claimed.year)
        )
        if not same:
            continue
        if after is not None and other.start == after.end() and end_or_start != "start":
            return True  # the claim's day ends the span
        before = _SPAN_JOIN.match(sentence, other.end)
        if before is not None and before.end() == mention.start and end_or_start != "end":
            return True  # the claim's day starts it
    return False


def _day_name(weekday: int) -> str:
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
