"""Quotes: quoted spans, who said them, and how they compare with the claimed words.

A span is any text between quote marks (curly, straight, guillemets; single
quotes only around whole phrases). Spans split by an attribution ("It is not,"
he said, "in our interest") are joined. The speaker is the entity named next to
a speech verb after the quote, else the subject before it, else, for a pronoun,
the person named last.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from factcheck import lexicon
from factcheck.articles import Document
from factcheck.frozen import quick_init
from factcheck.model import Entity, Finding, QuoteClaim, Verdict
from factcheck.names import SPEECH_VERBS, Mention, Mentions, NameIndex, is_common_word
from factcheck.text import by_first_character, fold_simple, lower_twin, words

# Similarity (0-100) at or above which a quote is the claimed one with words changed.
ALTERED_SIMILARITY = 80.0
# Confidence of quote findings (set by judgment, checked on the development sets). A speaker named
# in the speech tag is sure; one resolved from "she" or from a name earlier in the sentence is not.
# "that" (perhaps "that the") just before a name: the name opens a reported clause.
_THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$")
# (A name before the colon that opens the quote is nearly as sure as a speech tag.)
ATTRIBUTION_CONFIDENCE = {"tag": 0.85, "colon": 0.7, "pronoun": 0.45, "nearby": 0.5, "none": 0.45}
# Content words a claimed quote needs before a rewording must share one of them (on sets 1-12 no
# true rewording shared none; another quote of the same speaker did).
REWORDING_MIN_CONTENT = 4
# A near-verbatim quote with one or two content words changed is an alteration; with more, it is as
# likely another translation of the same words.
FEW_CHANGES = 2
ALTERED_CONFIDENCE = 0.85
RETRANSLATED_CONFIDENCE = 0.45
# A reworded rendering by the claimed speaker ("lies" printed as "false") is reported: inside quotation
# marks, words are the speaker's; it stays below an alteration's confidence, as it may be a translation.
REWORDED_CONFIDENCE = 0.6

# In a declared translation, quoted words are the translator's rendering.
TRANSLATED_CONFIDENCE = 0.45
# How articles declare a translation in their first lines: "(translated from Polish)",
# "Machine translation from Japanese", "English translation".
_TRANSLATION_NOTICE = re.compile(
    r"\b(?:translated|translation)\s+(?:automatically\s+|by\s+machine\s+)?from\b|\b(?:machine|automatic|automated|"
    r"english)\s+translation\b|\btranslated\s+(?:automatically|by\s+machine)\b",
    re.IGNORECASE,
)
TRANSLATION_NOTICE_WINDOW = 600  # characters: the headline, standfirst and byline lines


# Words that open a quoted sentence by linking it to the one before ("But", "And"). (Not "Well", "Now",
# "So" or "Yet", which as often qualify the sentence itself: "Well over one hundred people died".)
_LINKING_WORDS = frozenset({"but", "and", "or"})


def declares_translation(text: str) -> bool:
    """Return True if the article says near its top that it is a translation."""
    top = text[:TRANSLATION_NOTICE_WINDOW]
    # Every notice has the word: no need for the pattern's slower scan without it, whatever the text's
    # script (to the case-insensitive pattern, the long s "\u017f" is an "s").
    if "translat" not in top.lower().replace("\u017f", "s"):
        return False
    return bool(_TRANSLATION_NOTICE.search(text, 0, TRANSLATION_NOTICE_WINDOW))


def _worded(finding: Finding) -> bool:
    """Say whether a quote finding says the words were changed (not that they are verbatim, nor whose they are)."""
    return finding.verdict is Verdict.CONTRADICTED and not finding.expected.endswith("(speaker)")


# Below this, a quote of the right speaker is another quote, not a rendering of the claimed one.
DEFAULT_MIN_SIMILARITY = 45.0
# A shorter quote of the right speaker whose best-aligned stretch is this close is a reworded fragment.
FRAGMENT_SIMILARITY = 65.0

STOPWORDS = lexicon.STOPWORDS
# "they" and "we" rarely stand for one speaker ("said they need to be replicated").
_PRONOUN = re.compile(lexicon.PERSONAL_PRONOUN, re.IGNORECASE)
_SPEECH = lexicon.SPEECH_PATTERN
_DOUBLE = re.compile(r'"|<<|>>')
# The look-behind stands after the opening mark (it sees the mark and the character before it): the
# pattern then starts with the mark, which the regex engine scans for in C instead of trying every offset.
_SINGLE = re.compile(r"'(?<![A-Za-z0-9]')([A-Za-z][^'\n]{2,}?[A-Za-z.,!?])'(?![A-Za-z0-9])")
_VERBS_ALT = "|".join(sorted(SPEECH_VERBS))
# The pronoun's own speech verb, then "but"/"and" right before the later one: "she said, but added".
_JOINED_SPEECH = re.compile(rf"\s+(?:\w+\s+)?(?:{_VERBS_ALT})\b[^.;:]*?\b(?:but|and)\s+(?:also\s+|then\s+)?$")
_NAME_PART = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"  # "Yu-lin" as "Klaus-Peter"
# A name by the speech verb, after it perhaps behind a lower-case title ("said supervisory board
# chairman Klaus-Peter Obermann"), not behind a pronoun, a verb or a preposition ("said he backed Ines
# Calderon", "the engineer said in Buenos Aires").
_NOT_BEFORE_NAME = "(?:he|she|they|it|we|that|him|her|them|in|at|from|near|to|on|by|for|with|of)"
# The body a named person speaks for, after the name: "of SaS", "of the Green Party" (capitalised words).
_OF_BODY = r"\s+of\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}"
_NAME_NEAR_VERB = re.compile(
    rf"(?:\b(?:{_VERBS_ALT})\s+(?:(?!{_NOT_BEFORE_NAME}\b)"
    # (Or a team's or a body's name before the title: "said Lionesses captain Millie Bright"; the
    # title no preposition: "said Tuesday in Buenos Aires" names a place.)
    rf"(?:(?:[A-Z][a-z]+\s+){{1,2}}(?=[a-z])(?!{_NOT_BEFORE_NAME}\b))?[a-z]+(?<!ed)\s+){{0,3}}"
    rf"(?P<after>{_NAME_PART}(?:\s+{_NAME_PART})+))"
    # (An age in apposition between, "Chang Yu-lin, 60 years old, told reporters", or a participle's
    # aside, "Nayan Kumar, speaking from Leicester, said".)
    # (Or an adverbial phrase of a few words, no comma: "Prashant Kumar on this occasion said".)
    # (Or the body the person speaks for, after "of": "Martin Kvasnica of SaS said".)
    rf"|(?:(?P<before>{_NAME_PART}(?:\s+{_NAME_PART})+)(?:{_OF_BODY}|,\s+(?:aged\s+)?\d{{1,3}}(?:\s+years\s+old)?|,\s+[a-z]+ing\s[^,;:\x22]{{0,40}}"
    # (The phrase opens with a preposition or an adverb: "Buenos Aires residents later said" is no one named.)
    rf"|\s+(?:on|at|in|during|after|before|later|then|also|earlier|again|once|today|yesterday|[a-z]+ly)\b"
    rf"(?:\s+(?!(?:who|whom|which|that|and|but|or|was|is|were|had|has|to|told|for|with)\b)[a-z]+){{0,2}}(?=\s+(?:{_VERBS_ALT})\b))?,?\s+"
    rf"(?:{_VERBS_ALT})\b)"
)


def _title_only(name: str) -> bool:
    """Say whether capitalised words are all ordinary words: a title ("the outgoing Prime Minister"), no name."""
    return all(is_common_word(w.lower()) for w in re.split(r"[\s-]+", name))


TITLE_RETRIES = 3  # titles passed over before a name by a speech verb ("Prime Minister of Canada Justin Trudeau")


def _name_near_verb(text: str, start: int, end: int) -> str | None:
    """Return a person's name by a speech verb in ``text[start:end]``, not a title ("the outgoing Prime Minister")."""
    at = start
    for _ in range(TITLE_RETRIES + 1):
        m = _NAME_NEAR_VERB.search(text, at, end)
        if m is None:
            return None
        name = m.group("after") or m.group("before")
        if not _title_only(name):
            return name
        # "The Prime Minister of Canada Justin Trudeau declared": a title, with the name after its
        # "of": look again from the title's next word (a few times at most, so a long run of titles
        # stays linear).
        at = m.start(m.lastgroup or 0) + len(name.split()[0]) if m.lastgroup else m.end()
    return None


_ELLIPSIS = re.compile(r"\.\.\.|\[[^\]]*\]|\(\.\.\.\)")


def _by_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""Return ``lower_twin`` of a ``\b(?:word|...)\b`` pattern, its words grouped by their first letter.

    At each word's start the regex engine then tries the few words of its letter, not all of
    them; words of different first letters never match at one offset, and each group keeps the
    words' order, so the matches are the same.
    """
    assert pattern.pattern.startswith(r"\b(?:") and pattern.pattern.endswith(r")\b")
    words = pattern.pattern[len(r"\b(?:") : -len(r")\b")].lower().split("|")
    assert all(w[:1].isalpha() and w[:1].isascii() and "(" not in w for w in words)
    groups = by_first_character(words)
    grouped = re.compile(r"\b(?:" + "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items()) + r")\b")
    return lower_twin(grouped, insensitive=False)


_SPEECH_LOWER = _by_first_letter(_SPEECH)
_PRONOUN_LOWER = lower_twin(_PRONOUN)


@quick_init  # made by the thousand: a plain __init__ (factcheck.frozen)
@dataclass(frozen=True)
class QuoteSpan:
    """A quote in an article: its parts in the text, its words and its speaker."""

    parts: tuple[tuple[int, int], ...]
    text: str
    speaker: str | None
    speaker_name: str | None
    words: tuple[str, ...] = ()
    # The words of each piece between ellipses and [bracketed] insertions.
    pieces: tuple[tuple[str, ...], ...] = ()
    how: str = "tag"  # how the speaker was found: tag, pronoun, nearby or none
    named: frozenset[str] = frozenset()  # entities named in the quote's sentences, outside the quote
    # The text of each quoted part: '"This has never happened before," he says. "What caused it
    # ..."' is two parts, and a claim may be the whole of one of them.
    part_texts: tuple[str, ...] = ()

    @cached_property
    def padded_pieces(self) -> tuple[str, ...]:
        """Return each piece's words joined, with a space either side (what claims look for, once per quote)."""
        return tuple(f" {' '.join(p)} " for p in self.pieces)

    @cached_property
    def padded_words(self) -> str:
        """Return the quote's words joined, with a space either side."""
        return f" {' '.join(self.words)} "

    @cached_property
    def sentence_words(self) -> tuple[tuple[str, ...], ...]:
        """Return the words of each sentence of each quoted part (read once per quote, for every claim).

        A part's end is a sentence's end when the next part is another sentence.
        """
        parts = self.part_texts or (self.text,)
        return tuple(
            tuple(words(fold_simple(x)))
            for part in parts
            for sentence in _QUOTE_SENTENCE.split(part)
            for x in _lead_in_split(sentence)
        )

    @cached_property
    def _located(self) -> dict[str, tuple[int, int, str, str]]:
        """Return where the quote stands in its article, once worked out (``QuoteMatcher._finding``)."""
        return {}

    @property
    def start(self) -> int:
        """Return the start of the first part."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Return the end of the last part."""
        return self.parts[-1][1]


def _raw_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return (start, end) of the quoted content in ``text[start:end]`` (one paragraph)."""
    if text.find('"', start, end) < 0 and text.find("'", start, end) < 0 and text.find("<<", start, end) < 0:
        if text.find(">>", start, end) < 0:
            return []  # no quote mark of either pattern: the same empty answer, without the scans
    marks = [m for m in _DOUBLE.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        open_m = marks[i]
        if i + 1 < len(marks):
            spans.append((open_m.end(), marks[i + 1].start()))
            i += 2
        else:
            spans.append((open_m.end(), end))  # a quote running to the end of the paragraph
            i += 1
    for m in _SINGLE.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b in spans):
            spans.append((m.start(1), m.end(1)))
    return sorted(s for s in spans if text[s[0] : s[1]].strip())


def find_quotes(doc: Document, mentions: Mentions, names: NameIndex) -> list[QuoteSpan]:
    """Return the quotes of an article with their speakers."""
    text = doc.text
    persons = names.persons
    speakers = _Speakers(mentions, text)  # one for the article: each mention is looked at once
    out: list[QuoteSpan] = []
    for para in doc.paragraphs:
        raw = _raw_spans(text, para.start, para.end)
        groups: list[list[tuple[int, int]]] = []
        for span in raw:
            if groups:
                gap = text[groups[-1][-1][1] : span[0]]
                if (
                    len(gap.split()) <= 7
                    and _SPEECH.search(gap)
                    and not re.search(r"[.!?]\s*$", text[groups[-1][-1][0] : groups[-1][-1][1]].strip()[-1:] or "")
                ):
                    groups[-1].append(span)
                    continue
            groups.append([span])
        for parts in groups:
            speaker, speaker_name, how = _attribute(doc, parts, mentions, persons, para.start, para.end, speakers)
            part_texts = tuple(text[a:b].strip(" ,") for a, b in parts)
            quote = " ".join(part_texts)
            quote_words = tuple(words(quote))
            if "..." in quote or "[" in quote:  # an ellipsis or an insertion (each _ELLIPSIS has one)
                pieces = tuple(tuple(w) for w in (words(p) for p in _ELLIPSIS.split(quote)) if w)
            else:
                pieces = (quote_words,) if quote_words else ()  # one piece: the quote's words
            first = doc.sentences[doc.sentence_at(parts[0][0])].start if doc.sentences else para.start
            last = doc.sentences[doc.sentence_at(parts[-1][1] - 1)].end if doc.sentences else para.end
            if _ENDS_SENTENCE.search(text, parts[-1][0], parts[-1][1]) and _NEW_SENTENCE.match(text, parts[-1][1]):
                # 'said: "... in front of me." Giovanni Costantino, whose ...': a quote that ends its
                # sentence ends what may name its speaker, however the sentences were split.
                last = min(last, parts[-1][1] + 1)
            named = frozenset(
                m.entity for m in mentions.between(first, last) if not any(a <= m.start < b for a, b in parts)
            )
            out.append(
                QuoteSpan(tuple(parts), quote, speaker, speaker_name, quote_words, pieces, how, named, part_texts)
            )
    return out


_ENDS_SENTENCE = re.compile(r"[.!?]\s*$")
_NEW_SENTENCE = re.compile(r"[\"\u201d\u2019']?\s+[A-Z]")


# An inverted speech tag whose speaker is described, not named: "said the City boss".
def _opens_clause(before: str) -> bool:
    """Say whether a name after ``before`` opens its sentence or its clause after a comma (its subject)."""
    return not before.strip() or before.rstrip().endswith(",")


_SUBJECT_NAME = re.compile(rf"{_NAME_PART}\s+{_NAME_PART}\s+$")
_DESCRIBED_SPEAKER = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+[\w-]+", re.IGNORECASE)
# Verbs whose object is whom the words were said to ("told the hall", "warned the crowd").
_ADDRESSED = re.compile(r"(?:" + "|".join(lexicon.ADDRESSEE_VERBS) + r")", re.IGNORECASE)
# What the speaker went on to say or do after the speech tag: ", adding that ...", ", praising X",
# "and said that ...". A name there is spoken of, not speaking.
# (Searched in the text as written: a participle is lower case, "Jinping" is no participle.)
# And a relative clause on the speaker: "has declared the coach, who dedicated the title to X"; not
# one that names the speaker ("said one resident, who gave her name as X").
_WENT_ON = re.compile(
    r",\s+(?:and\s+)?[a-z]+ing\b|\s+and\s+(?:said|added|says|adds)\s+that\b"
    r"|,\s+who\b(?!\s+(?:gave\s+(?:his|her|their)\s+names?|identified\s+(?:him|her|them)sel(?:f|ves)))"
)


def _attribute(
    doc: Document,
    parts: list[tuple[int, int]],
    mentions: Mentions,
    persons: frozenset[str],
    p_start: int,
    p_end: int,
    speakers: _Speakers | None = None,
) -> tuple[str | None, str | None, str]:
    """Return (entity id, other name, how): the speaker of a quote and how it was found.

    ``how`` is "tag" (a name in the speech tag), "pronoun" (he/she resolved to the person
    named last), "nearby" (an entity earlier in the sentence, no speech tag) or "none".
    ``speakers`` are the article's ``_Speakers`` of ``mentions``, when the caller has them.
    """
    text = doc.text
    # A name after "at", "in", "near" is where the words were said, not who said them ("On stage at
    # the Ancien Palais de Justice, he dedicated the award '...'").
    if speakers is None:
        speakers = _Speakers(mentions, text)
    # The speech verbs and pronouns are searched in the lower-cased text when it is ASCII.
    low, speech, pronouns = (doc.lower, _SPEECH_LOWER, _PRONOUN_LOWER) if doc.ascii else (text, _SPEECH, _PRONOUN)
    q_start, q_end = parts[0][0] - 1, parts[-1][1] + 1
    s_index = doc.sentence_at(max(q_start, 0))
    s_end_index = doc.sentence_at(min(q_end, len(text) - 1))
    sent_start = doc.sentences[s_index].start if doc.sentences else p_start
    sent_end = doc.sentences[s_end_index].end if doc.sentences else p_end
    inside = [(a, b) for a, b in parts]
    # Split-quote gaps: "It is not," he said, "in our interest".
    windows: list[tuple[int, int]] = [(parts[i][1], parts[i + 1][0]) for i in range(len(parts) - 1)]
    after_end = min(sent_end, q_end + 120)
    next_quote = text.find('"', q_end, after_end)
    windows.append((q_end, next_quote if next_quote > 0 else after_end))
    for a, b in windows:
        verb_after = speech.search(low, a, b)
        if not verb_after:
            continue
        # '"...," the judge said, adding that FTX customers had lost $8 billion': who is named in
        # what the speaker went on to say is no speaker.
        went_on = _WENT_ON.search(text, verb_after.end(), b)
        if went_on:
            b = went_on.start()
        found = [m for m in speakers.between(a, b) if not any(x <= m.start < y for x, y in inside)]
        pronoun = pronouns.search(low, a, b)
        if pronoun and (not found or pronoun.start() < found[0].start):
            return _pronoun_speaker(speakers, persons, sent_start, q_start), None, "pronoun"  # "...," she told
        if found:
            people = [m for m in found if m.entity in persons]
            return (people or found)[0].entity, None, "tag"
        name = _name_near_verb(text, a, b)
        if name:
            return None, name, "tag"
    # "Wrobel, she said, had treated the company '...'": a speech tag before the quote names the speaker.
    tags = list(speech.finditer(low, sent_start, max(q_start, sent_start)))
    if tags:
        verb = tags[-1]
        if (
            _DESCRIBED_SPEAKER.match(text, verb.end())
            and not _ADDRESSED.fullmatch(low, verb.start(), verb.end())
            # "Kerry Stokes commented the verdict with the words: '...'": a name right before the
            # verb, no comma between, is its subject, and what follows the verb its object.
            and not _SUBJECT_NAME.search(text, max(sent_start, verb.start() - 60), verb.start())
            # (Or one of the story's names alone opening the sentence or its clause after a comma:
            # "For his part, Doeleman added a phrase ...: '...'"; not "The judge who sentenced Ortiz
            # said", "A spokesman for Ortiz said".)
            and not any(
                not text[m.end : verb.start()].strip() and _opens_clause(text[sent_start : m.start])
                for m in speakers.between(max(sent_start, verb.start() - 60), verb.start())
            )
        ):
            # "Osunbajo, said the City boss, '...'": the speaker is the one described after the
            # verb; the name before it is whom the quote is about. (After "told" or "warned", "the
            # hall" is whom it was said to: "Brian Bryant told the hall: '...'".)
            return None, None, "none"
        near = speakers.between(max(sent_start, verb.start() - 40), min(q_start, verb.end() + 40))
        aside = _APPOSITION_BEFORE.search(text, sent_start, verb.start())
        if aside is not None:
            # "Silvercrest, part of Larry Goodman's ABP Food Group, said: '...'": a name inside the
            # aside before the verb describes its subject; the subject is the name before the aside.
            # (Not an aside that is a name itself, nor a subject after "of", "for" or "by": "A
            # spokesman for Delta Holdings, Mark Byrne, said" is Byrne's.)
            in_aside = [m for m in near if aside.start() <= m.start < aside.end()]
            subject = speakers.between(max(sent_start, aside.start() - 60), aside.start())
            named_aside = any(
                not _NAME_TRIM.sub("", text[aside.start() : aside.end()].replace(text[m.start : m.end], ""))
                for m in in_aside
            )
            if (
                subject
                and not text[subject[-1].end : aside.start()].strip()
                and not named_aside
                and not _OF_BEFORE_NAME.search(text, max(sent_start, subject[-1].start - 6), subject[-1].start)
            ):
                near = [m for m in near if m not in in_aside] or subject[-1:]
        pronoun = pronouns.search(low, max(sent_start, verb.start() - 12), verb.start())
        if pronoun is None and not near:
            # "Tiguent was '...', she said, but added it was '...'": the subject of the verbs joined
            # by "but" or "and" is the pronoun before them, when no one is named after it.
            earlier = list(pronouns.finditer(low, sent_start, verb.start()))
            joined = earlier and _JOINED_SPEECH.match(low, earlier[-1].end(), verb.start())
            named = speakers.between(earlier[-1].end(), verb.start()) if earlier else []
            pronoun = earlier[-1] if joined and not named else None
        if pronoun and not any(pronoun.start() <= m.start < verb.start() for m in near):
            return _pronoun_speaker(speakers, persons, sent_start, q_start), None, "pronoun"
        if near:
            people = [m for m in near if m.entity in persons] or near
            closest = min(people, key=lambda m: min(abs(m.end - verb.start()), abs(m.start - verb.end())))
            return closest.entity, None, "tag"
    introduced = _colon_speaker(text, sent_start, q_start)
    if introduced is not None:
        a, b = introduced
        own = speakers.between(a, b)
        if own:
            return own[0].entity, None, "colon"
        return None, text[a:b], "colon"
    # (``_Speakers`` leaves out whom the words were addressed to: "Her letter to Steve Barclay ...: '...'".)
    before = speakers.between(sent_start, q_start)
    if before:
        people = [m for m in before if m.entity in persons]
        first = (people or before)[0]
        pronoun = pronouns.search(low, sent_start, first.start)
        if pronoun is not None and not text[sent_start : pronoun.start()].strip(" \t\n-\u2013\u2014"):
            # "He also praised outgoing President Joko Widodo, promising: '...'": the subject is
            # the pronoun the sentence opens with; the name after it is whom it was said of. (Not
            # a pronoun of a clause put first: "As he left court, Sequeira Bastos sneered: '...'".)
            return _pronoun_speaker(speakers, persons, sent_start, q_start), None, "pronoun"
        if _THAT_BEFORE.search(low, max(sent_start, first.start - 16), first.start):
            # "Its statement that Wirecard was '...'": the name opens what was said, not who said it.
            return None, None, "none"
        if _OBJECT_OF_VERB.search(text, max(sent_start, first.start - 24), first.start):
            # "the President-elect thanked Weah 'for being gracious'": the name a verb takes as its
            # object is whom the words were about or for, not who said them.
            return None, None, "none"
        return first.entity, None, "nearby"
    name = _name_near_verb(text, sent_start, max(q_start, sent_start))
    if name:
        return None, name, "nearby"
    # A quote opening a paragraph after "X said:" in the previous sentence.
    if s_index > 0 and re.search(r":\s*$", text[sent_start:q_start]) is None:
        prev = doc.sentences[s_index - 1]
        if text[prev.start : prev.end].rstrip().endswith(":"):
            people = speakers.between(prev.start, prev.end)
            if people:
                return people[0].entity, None, "tag"
    return None, None, "none"


# A name (two capitalised words or more) right before the colon that opens a quote, or before its
# apposition or its verb's phrase there ("came from Rémi Jouty, director of the agency BEA: '...'",
# "the co-pilot, Fernando Goytia, radioed the tower: '...'").
_COLON_SPEAKER = re.compile(
    rf"(?P<name>{_NAME_PART}(?:\s+{_NAME_PART})+)(?:{_OF_BODY})?(?:,\s+[^,:;\x22\u201c\u201d]{{1,90}}?)?,?\s*:\s*$"
)
# A verb that takes a person as its object right before a name: the name is whom the words were about
# or for ("thanked Weah"), as a word list (lexicon.PERSON_OBJECT_VERBS), not any word in -ed ("a
# relieved Calderón", "quoted Calderón as saying" name the speaker).
_OBJECT_OF_VERB = re.compile(r"\b(?:" + "|".join(sorted(lexicon.PERSON_OBJECT_VERBS)) + r")\s+$")
# An aside set off by commas right before a speech verb: ", part of the ABP Food Group, said".
_APPOSITION_BEFORE = re.compile(r",[^,;:\x22\u201c\u201d]{3,80},\s*$")
# What is left of an aside without its name when the aside is the name alone: commas and spaces.
_NAME_TRIM = re.compile(r"[\s,]+")
# A name after "of", "for" or "by" belongs to a noun before it ("A spokesman for Delta Holdings").
_OF_BEFORE_NAME = re.compile(r"\b(?:of|for|by)\s+(?:the\s+)?$", re.IGNORECASE)
# A sentence that opens with a personal pronoun has it for its subject, whoever is named after it.
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She|They|We|I)\b")


def _colon_speaker(text: str, sent_start: int, q_start: int) -> tuple[int, int] | None:
    """Return the span of the person named before the colon that opens a quote, if any.

    "The bluntest words came from Ilias Siakantaris, the government spokesman: '...'" are his. The
    name must open the sentence, stand after a comma (an apposition) or after "from": not a verb's
    object ("told Beatriz Lobo:"), an agent after "by", a place, nor a title alone.
    """
    if q_start <= sent_start or ":" not in text[sent_start:q_start]:
        return None
    found = _COLON_SPEAKER.search(text, sent_start, q_start)
    if found is None:
        return None
    a, b = found.span("name")
    # The sentence's subject, or an apposition to it, or "came from" the name: not the object of
    # a verb ("turned on council leader Beatriz Lobo:", "warned Beatriz Lobo:") nor an agent
    # after "by" ("printed by El Mercurio:", "read out by Beatriz Lobo:").
    lead = text[max(sent_start, a - 12) : a]
    if not (not text[sent_start:a].strip() or lead.endswith((", ", ",")) or lead.lower().endswith("from ")):
        return None
    if _OPENING_PRONOUN.match(text, sent_start, a):
        return None  # "She also praised the mayor Tomas Vidal, promising: '...'": she speaks
    if _title_only(found.group("name")):
        return None  # "Prime Minister": a title, no name
    return a, b


_RECIPIENT_BEFORE = re.compile(r"(?<![Aa]ccording )\bto\s+(?:the\s+)?\Z")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Ii]nside|[Oo]utside|[Ff]rom)\s+(?:the\s+)?$")


# "accepted Parliament's decision", "Kalpoi's spokesman said": a possessive names whose thing or
# person it is, not who speaks.
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")


class _Speakers:
    """The entity mentions that can speak: not a name right after "at", "in", "near" (a place), nor a possessive."""

    def __init__(self, mentions: Mentions, text: str) -> None:
        self._mentions = mentions
        self._text = text
        self._speaks: dict[int, bool] = {}  # by a mention's start: its quotes' windows overlap

    def _can_speak(self, m: Mention) -> bool:
        speaks = self._speaks.get(m.start)
        if speaks is None:
            speaks = self._speaks[m.start] = not (
                _PLACE_BEFORE.search(self._text, max(0, m.start - 12), m.start)
                # "The president, who travelled to Acapulco, declared", "Her letter to Steve Barclay":
                # where someone went, or whom something was said to, is no speaker ("according to"
                # names one).
                or _RECIPIENT_BEFORE.search(self._text, max(0, m.start - 20), m.start)
                or _POSSESSIVE_AFTER.match(self._text, m.end)
            )
        return speaks

    def between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self._mentions.between(start, end) if self._can_speak(m)]

    def nearest_before(self, offset: int) -> Iterator[Mention]:
        return (m for m in self._mentions.nearest_before(offset) if self._can_speak(m))


def _pronoun_speaker(
    mentions: Mentions | _Speakers, persons: frozenset[str], sent_start: int, q_start: int
) -> str | None:
    """Resolve "he"/"she" to the person named last before this sentence, else before the quote."""
    return _last_person(mentions, persons, sent_start) or _last_person(mentions, persons, q_start)


def _last_person(mentions: Mentions | _Speakers, persons: frozenset[str], before: int) -> str | None:
    for m in mentions.nearest_before(before):
        if m.entity in persons:
            return m.entity
    return None


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in STOPWORDS]


# A translator renders words, not figures nor negations: "It takes 3 days" for 30 days, "They will
# be killed, not captured" for "killed or captured" change what was said in any language.
SENSE_NOTE = " (a figure, a negation or a hedge changed)"
_FIGURE_WORDS = frozenset(lexicon.NUMBER_WORDS) - {"one"}  # "one of the worst days": no figure


def _sense_changed(found: list[str], canonical: list[str]) -> bool:
    """Say whether two renderings of a quote differ in a figure, in negation or in a hedge ("may", "almost")."""

    def joined(words: list[str]) -> list[str]:
        # "no one" is "nobody": one negation, no figure.
        out: list[str] = []
        for w in words:
            if w == "one" and out[-1:] == ["no"]:
                out[-1] = "nobody"
            else:
                out.append(w)
        return out

    found, canonical = joined(found), joined(canonical)

    def figures(words: list[str]) -> list[str]:
        return sorted(w for w in words if w in _FIGURE_WORDS or any(c.isdigit() for c in w))

    def negations(words: list[str]) -> int:
        return sum(1 for w in words if w in lexicon.NEGATORS or w.endswith("n't"))

    return (
        figures(found) != figures(canonical)
        or negations(found) % 2 != negations(canonical) % 2
        or _hedge_count(found) != _hedge_count(canonical)
    )


def word_diff(found: list[str], canonical: list[str]) -> list[str]:
    """Describe how ``found`` words differ from ``canonical`` words ("'lies' -> 'false'")."""
    changes = []
    for op in Levenshtein.opcodes(canonical, found):
        if op.tag == "equal":
            continue
        old = " ".join(canonical[op.src_start : op.src_end])
        new = " ".join(found[op.dest_start : op.dest_end])
        if op.tag == "replace":
            changes.append(f"'{old}' -> '{new}'")
        elif op.tag == "delete":
            changes.append(f"dropped '{old}'")
        else:
            changes.append(f"added '{new}'")
    return changes


# The personal pronouns by person and number: one put for another changes whom the words are about
# ("Her lie would die with them" is not "... with her"), though each is a stopword.
_PERSON_OF = {
    word: person
    for person, words in enumerate(
        (
            "i me my mine myself",
            "we us our ours",
            "you your yours",
            "he him his",
            "she her hers",
            "they them their theirs",
        )
    )
    for word in words.split()
}


# Words that hedge what a quote asserts: "We may have taken the first picture" for "We have taken
# ...", "almost certain" for "certain". Added or dropped, one changes what was said, as a "not" does.
_QUOTE_HEDGES = lexicon.HEDGE_WORDS | frozenset({"almost", "nearly", "maybe"})


def _hedge_count(words: list[str]) -> int:
    return sum(1 for w in words if w in _QUOTE_HEDGES)


def _content_changed(found: list[str], canonical: list[str]) -> bool:
    # A hedge added or dropped changes what was said; one hedge for another ("might" for "may") is a
    # rendering, as a translator's choice of word is.
    hedged = _hedge_count(found) != _hedge_count(canonical)
    for op in Levenshtein.opcodes(canonical, found):
        if op.tag == "equal":
            continue
        changed = canonical[op.src_start : op.src_end] + found[op.dest_start : op.dest_end]
        # A dropped or added negation changes what was said: "We have found [no] evidence".
        if _content(changed) or any(
            t in lexicon.NEGATORS or t.endswith("n't") or (hedged and t in _QUOTE_HEDGES) for t in changed
        ):
            return True
        if op.tag == "replace":
            was = {_PERSON_OF[t] for t in canonical[op.src_start : op.src_end] if t in _PERSON_OF}
            now = {_PERSON_OF[t] for t in found[op.dest_start : op.dest_end] if t in _PERSON_OF}
            if was and now and was != now:
                return True
    return False


# A quote given in its original language ("Ce prix appartient aux femmes ...") cannot be compared
# word for word with an English claim, and is not an altered rendering of it: its words are far
# commoner in another language the newsroom quotes than in English (wordfreq's tables).
OTHER_LANGUAGES = ("fr", "es", "pt", "de", "it", "nl", "pl")
FOREIGN_MARGIN = 1.0  # mean Zipf frequency points


@lru_cache(maxsize=4096)
def _foreign(quote_words: tuple[str, ...]) -> bool:
    """Say whether a quote of four words or more reads as another language than English."""
    if len(quote_words) < 4:
        return False

    def mean(lang: str) -> float:
        # The "small" tables (words down to one in a million) tell languages apart by their
        # common words as well as the full ones, at a tenth of the memory: the full tables of
        # seven languages took a run's peak from about 90 MB to 360 MB.
        return sum(zipf_frequency(w, lang, wordlist="small") for w in quote_words) / len(quote_words)

    return max(mean(lang) for lang in OTHER_LANGUAGES) > mean("en") + FOREIGN_MARGIN


_QUOTE_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+")  # between the sentences of a long quote
# After a colon inside a quoted sentence: "Preliminary conclusions of the inquiry: human error led to
# disaster" quotes the claimed "human error led to disaster" after its lead-in.
_QUOTE_COLON = re.compile(r"(?<=:)\s+")


def _lead_in_split(sentence: str) -> list[str]:
    """Split a quoted sentence after the colon of a lead-in, unless the lead-in negates or doubts what follows.

    "Not one of us believes this: human error led to the derailment" disowns the words after it: one
    sentence, changed.
    """
    pieces = _QUOTE_COLON.split(sentence, maxsplit=LEAD_IN_SPLITS)
    out: list[str] = []
    current = pieces[0]
    for piece in pieces[1:]:
        lead = set(words(fold_simple(current)))
        if lead & lexicon.NEGATORS or lead & lexicon.HEDGE_WORDS or lead & _DOUBT_WORDS:
            current = f"{current} {piece}"  # the lead-in stays with what it disowns
        else:
            out.append(current)
            current = piece
    out.append(current)
    return out


LEAD_IN_SPLITS = 8  # colons read as lead-ins in one quoted sentence (a bounded number: a hostile quote stays linear)
# Words of a lead-in that doubt what it introduces: "Some claim this: ...".
_DOUBT_WORDS = frozenset(
    "claim claims claimed allege alleges alleged rumour rumours rumor rumors false untrue lie lies".split()
)
_PARENTHETICAL = re.compile(r"\([^)]*\)")  # "(company statement)": a note on the speaker, not a name
_NAME_WORD = re.compile(r"\b[A-Z][\w'-]+")


def _name_words(text: str) -> frozenset[str]:
    """Return the capitalised words of a name or a speaker in plain words, lower-cased."""
    return frozenset(t.lower() for t in _NAME_WORD.findall(text))


@dataclass(frozen=True)
class QuoteMatcher:
    """Compares every quote of an article with one claimed quote."""

    claim: QuoteClaim
    speaker_name: str
    words: tuple[str, ...]
    normalised: str
    min_similarity: float
    entity_names: dict[str, str]
    content: frozenset[str] = frozenset()
    # A speaker in plain words that names someone ("Helmsford Ship Management (company statement)"):
    # the entities it names, and its name-like words, so a quote credited to that name is the speaker's.
    speaker_entities: frozenset[str] = frozenset()
    speaker_tokens: frozenset[str] = frozenset()

    @classmethod
    def compile(cls, claim: QuoteClaim, entities: dict[str, Entity], names: NameIndex | None = None) -> QuoteMatcher:
        """Prepare the claimed words once."""
        tokens = tuple(words(fold_simple(claim.text)))
        minimum = claim.min_similarity if claim.min_similarity is not None else DEFAULT_MIN_SIMILARITY
        entity_names = {e.id: e.name for e in entities.values()}
        content = frozenset(t for t in tokens if t not in STOPWORDS)
        speaker_entities: frozenset[str] = frozenset()
        speaker_tokens: frozenset[str] = frozenset()
        if not claim.speaker and claim.speaker_words:
            plain = _PARENTHETICAL.sub(" ", claim.speaker_words)
            if names is not None:
                speaker_entities = frozenset(m.entity for m in names.exact_mentions(plain))
            speaker_tokens = _name_words(plain)
        return cls(
            claim,
            claim.speaker_label(entities),
            tokens,
            " ".join(tokens),
            minimum,
            entity_names,
            content,
            speaker_entities,
            speaker_tokens,
        )

    def _pieces_verbatim(self, span: QuoteSpan) -> bool:
        """Return True if every piece of the quote (between ellipses) is a stretch of the claimed words."""
        padded = f" {self.normalised} "
        if bool(span.pieces) and all(piece in padded for piece in span.padded_pieces):
            return True
        if len(span.part_texts) > 1 and self._parts_in_order(span.part_texts):
            return True
        # The article quotes more than the claim: the claimed words as whole sentences or parts of
        # the quote, with the speaker's next sentence ("What can I say. I came here to do it. The run-up worked
        # really well."). Words added inside the claimed sentence ("... not up for negotiation this
        # year") still change what was said.
        if len(self.words) < 4 or padded not in span.padded_words:
            return False
        # Sentences of each quoted part; a claimed sentence split by a speech tag joins up again below.
        sentences = [" ".join(sentence) for sentence in span.sentence_words]
        for i in range(len(sentences)):
            first, _, rest = sentences[i].partition(" ")
            # '"But I do not think it would be right ..."' for the claimed "I do not think ...": the
            # speaker's link to the sentence before, which a claim of that sentence alone leaves out.
            starts = (sentences[i], rest) if first in _LINKING_WORDS and rest else (sentences[i],)
            for start in starts:
                joined = ""
                for sentence in (start, *sentences[i + 1 :]):
                    joined = f"{joined} {sentence}".strip()
                    if joined == self.normalised:
                        return True
                    if len(joined) >= len(self.normalised):
                        break
        return False

    def _parts_in_order(self, part_texts: tuple[str, ...]) -> bool:
        """Say whether each quoted part is a stretch of the claimed words, in the claim's order.

        'called the move "painful" but said it "protects our reserves"': two fragments of one
        quote, each verbatim, joined by the reporter's words; what stands between them is left out
        as with an ellipsis.
        """
        padded = f" {self.normalised} "
        at = 0
        for part in part_texts:
            joined = " ".join(words(fold_simple(part)))
            if not joined:
                return False
            found = padded.find(f" {joined} ", at)
            if found < 0:
                return False
            at = found + len(joined) + 1
        return True

    def _aligned(self, found: list[str]) -> list[str]:
        """Return the stretch of the claimed words that ``found`` renders (all of it if longer)."""
        canonical = list(self.words)
        n = len(found)
        if n >= len(canonical):
            return canonical
        best: tuple[float, int, int] = (-1.0, 0, len(canonical))
        for size in range(max(1, n - 2), min(len(canonical), n + 2) + 1):
            for i in range(len(canonical) - size + 1):
                score = Levenshtein.normalized_similarity(found, canonical[i : i + size])
                if score > best[0]:
                    best = (score, i, i + size)
        return canonical[best[1] : best[2]]

    def check(self, doc: Document, spans: list[QuoteSpan]) -> list[Finding]:
        """Return findings for the claimed quote's renderings and misattributions in an article.

        In an article that declares itself a translation, the words inside quotation marks are
        the translator's: a changed word is reported as unclear, and only the speaker is checked.
        """
        findings = self._check(doc, spans)
        # A translation changes only a changed word's finding: with none (most articles: the words
        # verbatim, or misattributed), the findings are the same whatever the article says of itself.
        if not any(_worded(f) for f in findings):
            return findings
        # The notice is often on the date line, which reading drops as boilerplate: look at the source
        # too (the text alone still serves an HTML page, whose source opens with markup).
        if not (declares_translation(doc.text) or declares_translation(doc.source)):
            return findings
        return [
            replace(
                f,
                confidence=min(f.confidence, TRANSLATED_CONFIDENCE),
                message=f.message + " (the article is a translation)",
            )
            if _worded(f) and not f.message.endswith(SENSE_NOTE)
            else f
            for f in findings
        ]

    def _own(self, span: QuoteSpan) -> bool:
        """Return True if a quote is credited to the claimed speaker (or may be, for plain words)."""
        speaker = self.claim.speaker
        if speaker:
            # "CUT president Ximena Quiroga told the crowd": the claimed speaker named beside the
            # quote is its speaker, whichever entity the tag named first.
            return span.speaker == speaker or speaker in span.named
        # A speaker in plain words ("a coastguard spokesman") has no name to compare: a quote
        # credited to one of the story's entities is someone else's; an unnamed one may be theirs.
        # Plain words that name someone ("Helmsford Ship Management (company statement)") are
        # that someone: a quote credited to the entity, or to a name of the same words, is theirs.
        if span.speaker is not None:
            return span.speaker in self.speaker_entities
        if span.speaker_name is not None:
            said = _name_words(span.speaker_name)
            return bool(said) and said <= self.speaker_tokens
        return True

    def may_report(self, spans: list[QuoteSpan], words: frozenset[str]) -> bool:
        """Return False when no quote of an article can be reported, so the article needs no check.

        ``check`` passes over a quote that is not the speaker's and shares no content word with
        the claim; ``words`` are the words of all the article's quotes.
        """
        return any(span.words and self._own(span) for span in spans) or not self.content.isdisjoint(words)

    def _check(self, doc: Document, spans: list[QuoteSpan]) -> list[Finding]:
        findings: list[Finding] = []
        claim = self.claim
        supported = False
        candidates: list[tuple[float, QuoteSpan, list[str]]] = []
        for span in spans:
            if not span.words:
                continue
            own = self._own(span)
            if claim.speaker:
                other = (span.speaker is not None and not own) or (
                    span.speaker is None and span.speaker_name is not None and not own
                )
            else:
                # Plain words that name an entity make a quote of another named person someone else's.
                named = span.speaker is not None or (span.speaker_name is not None and bool(self.speaker_entities))
                other = named and not own
            shares_content = not self.content.isdisjoint(span.words)
            if not own and not shares_content:
                continue  # shares no content word with the claim and is not the speaker's: another quote
            found_words = list(span.words)
            if _foreign(span.words):
                continue  # "Ce prix appartient aux femmes ...": the original words, not an English rendering
            verbatim = self._pieces_verbatim(span)
            if verbatim:
                long_enough = len(found_words) >= 4 or len(found_words) >= len(self.words)
                if other and long_enough:
                    findings.append(self._misattributed(doc, span))
                else:
                    # A two-word fragment does not show the whole quote was rendered faithfully.
                    supported = supported or long_enough
                    findings.append(self._finding(doc, span, Verdict.SUPPORTED, "the claimed words, verbatim"))
                continue
            normalised = " ".join(found_words)
            score = fuzz.ratio(normalised, self.normalised)
            shorter = len(found_words) < len(self.words)
            if score < ALTERED_SIMILARITY and not shorter:
                # The article quotes more than the claim: the claimed sentence, changed, among others
                # ("... for the coming fifty years. God willing, ..." for "... five years.").
                run_score, run = self._closest_sentences(span)
                if run_score >= ALTERED_SIMILARITY:
                    found_words, normalised, score = run, " ".join(run), run_score
            partial = fuzz.partial_ratio(normalised, self.normalised) if shorter and len(found_words) >= 4 else 0.0
            if max(score, partial - 5) >= ALTERED_SIMILARITY:
                aligned = self._aligned(found_words)
                if other:
                    findings.append(self._misattributed(doc, span))
                elif not _content_changed(found_words, aligned):
                    supported = True
                    findings.append(self._finding(doc, span, Verdict.SUPPORTED, "the claimed words"))
                else:
                    changes = word_diff(found_words, aligned)
                    few = len(changes) <= FEW_CHANGES
                    message = "quote altered: " + ", ".join(changes[:4])
                    if few and _sense_changed(found_words, aligned):
                        message += SENSE_NOTE
                    elif not few:
                        message += " (perhaps another translation)"
                    confidence = ALTERED_CONFIDENCE if few else RETRANSLATED_CONFIDENCE
                    findings.append(self._finding(doc, span, Verdict.CONTRADICTED, message, confidence))
                    supported = True  # the altered rendering is reported; no looser candidate is needed
                continue
            if len(self.content) >= REWORDING_MIN_CONTENT and not shares_content:
                # "I'm so happy. Today is a great day for me" for "I said if Faith is trying, why not
                # me?": another thing the speaker said, however alike the letters; a rewording of a
                # quote of some length keeps at least one of its content words. A short one
                # ("bizarre and threatening") may be rendered with none ("baroque and ominous").
                continue
            ratio = min(len(found_words), len(self.words)) / max(len(found_words), len(self.words))
            if own and score >= self.min_similarity and ratio >= 0.5:
                candidates.append((score, span, found_words))
            elif own and partial >= FRAGMENT_SIMILARITY:
                # A reworded fragment of the quote ("No strategy withstands a storm like this").
                candidates.append((partial, span, found_words))
        if candidates and not supported:
            score, span, found_words = max(candidates, key=lambda c: c[0])
            changes = word_diff(found_words, self._aligned(found_words))
            message = f"quote of {self.speaker_name} reworded ({score:.0f}% similar): " + ", ".join(changes[:4])
            findings.append(self._finding(doc, span, Verdict.CONTRADICTED, message, REWORDED_CONFIDENCE))
        return findings

    def _closest_sentences(self, span: QuoteSpan) -> tuple[float, list[str]]:
        """Return the run of the quote's sentences closest to the claim, with its similarity, if it has several."""
        sentences = [sentence for sentence in span.sentence_words if sentence]
        best: tuple[float, list[str]] = (0.0, [])
        if len(sentences) < 2:
            return best
        for i in range(len(sentences)):
            run: list[str] = []
            for sentence in sentences[i:]:
                run = run + list(sentence)
                score = fuzz.ratio(" ".join(run), self.normalised)
                if score > best[0]:
                    best = (score, run)
                if len(run) >= len(self.words):
                    break
        return best

    def _misattributed(self, doc: Document, span: QuoteSpan) -> Finding:
        who = span.speaker_name or self.entity_names.get(span.speaker or "", "someone else")
        finding = self._finding(
            doc,
            span,
            Verdict.CONTRADICTED,
            f"the words of {self.speaker_name} attributed to {who}",
            ATTRIBUTION_CONFIDENCE.get(span.how, 0.45),
        )
        return Finding(
            finding.article,
            finding.claim,
            finding.kind,
            finding.verdict,
            finding.severity,
            f"{self.speaker_name} (speaker)",
            f"{who} (speaker)",
            finding.line,
            finding.column,
            finding.evidence,
            finding.message,
            finding.notes,
            finding.confidence,
        )

    def _finding(
        self, doc: Document, span: QuoteSpan, verdict: Verdict, message: str, confidence: float = 1.0
    ) -> Finding:
        located = span._located.get("at")
        if located is None:
            # The same for every claim that reports the quote (most quotes are compared with several).
            line, column = doc.position(span.start)
            s_index = doc.sentence_at(span.start)
            e_index = doc.sentence_at(max(span.end - 1, span.start))
            first, last = doc.sentences[s_index].start, doc.sentences[e_index].end
            evidence = doc.evidence(first, last, span.start) if doc.sentences else ""
            found = " ".join(doc.original(a, b).strip(" ,") for a, b in span.parts)
            located = span._located["at"] = (line, column, evidence, found)
        line, column, evidence, found = located
        return Finding(
            doc.path,
            self.claim.id,
            "quote",
            verdict,
            self.claim.severity,
            self.claim.text,
            found,
            line,
            column,
            evidence,
            message,
            doc.notes,
            confidence,
        )
