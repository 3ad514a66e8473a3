"""The story and the article as every claim kind sees them.

``Story`` is what a claims file compiles to once (the name index, the story's years and
words); ``ArticleContext`` is one article read once: its mentions of every sort (entity
names, figures per sentence, quotes with their speakers, stemmed sentence words) are
computed the first time a kind asks for them and then shared by every claim, so an article
is scanned for figures once however many quantity claims there are.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from factcheck.articles import Document, nearest_day
from factcheck.model import ClaimsFile, DateClaim, Entity, QuantityClaim
from factcheck.names import Mentions, NameIndex
from factcheck.quantities import Mention, find_mentions, is_length
from factcheck.quotes import QuoteSpan, find_quotes
from factcheck.statements import SentenceWords, analyse, stem_index, story_word_counts


@dataclass(frozen=True)
class Story:
    """A claims file compiled once: what every kind needs besides its own claims."""

    claims: ClaimsFile
    names: NameIndex
    entities: dict[str, Entity]
    years: frozenset[int]
    words: dict[str, int]
    metres: bool = False  # some claim measures a length: a bare "6.27m" is metres, not millions
    stems: frozenset[str] = frozenset()  # the stems of ``words``: all a statement claim looks up
    # The days of the story's date claims, as "MM-DD" and as weekday names: a statement naming one
    # of them leaves it to that date claim to judge.
    days: frozenset[str] = frozenset()
    # The story's dates: its date claims' and the claims file's ``published``.
    dates: frozenset[dt.date] = frozenset()

    @classmethod
    def compile(cls, claims: ClaimsFile) -> Story:
        """Build the shared parts of a claims file."""
        years = frozenset(
            {c.value.year for c in claims.claims if isinstance(c, DateClaim)}
            | ({claims.published.year} if claims.published else set())
        )
        words = story_word_counts([f"{c.about} {getattr(c, 'text', '')}" for c in claims.claims])
        metres = any(isinstance(c, QuantityClaim) and is_length(c.unit) for c in claims.claims)
        names = NameIndex.compile(claims.entities)
        dates = [c.value for c in claims.claims if isinstance(c, DateClaim)]
        days = frozenset(f"{d.month:02d}-{d.day:02d}" for d in dates) | frozenset(
            calendar.day_name[d.weekday()].lower() for d in dates
        )
        story_dates = frozenset(dates) | ({claims.published} if claims.published else set())
        return cls(
            claims=claims,
            names=names,
            entities={e.id: e for e in claims.entities},
            years=years,
            words=words,
            metres=metres,
            stems=frozenset(words),
            days=days,
            dates=story_dates,
        )


class ArticleContext:
    """One article and its mentions, each sort computed once on first use."""

    def __init__(self, doc: Document, story: Story) -> None:
        """Wrap ``doc``; nothing is computed until a kind asks for it."""
        self.doc = doc
        self.story = story
        self._figures: dict[int, list[Mention]] = {}

    @property
    def published(self) -> dt.date | None:
        """Return the article's own date, else the claims file's ``published``.

        A wire dateline with no year ("KUALA LUMPUR, July 28 (Newswire) -") gives the day; its year
        is the one that puts it nearest the claims file's date.
        """
        if self.doc.published is not None:
            return self.doc.published
        fallback = self.story.claims.published
        if fallback is not None and self.doc.dateline is not None:
            return nearest_day(*self.doc.dateline, fallback) or fallback
        return fallback

    @cached_property
    def names(self) -> Mentions:
        """Return every entity mention, exact and misspelt, in text order."""
        return self.story.names.mentions(self.doc)

    def figures(self, index: int) -> list[Mention]:
        """Return the figures of sentence ``index`` (found once, shared by every quantity claim)."""
        if index not in self._figures:
            sent = self.doc.sentences[index]
            self._figures[index] = find_mentions(self.doc.text[sent.start : sent.end], self.story.metres)
        return self._figures[index]

    @cached_property
    def quotes(self) -> list[QuoteSpan]:
        """Return the article's quotes with their speakers."""
        return find_quotes(self.doc, self.names, self.story.names)

    @cached_property
    def quote_words(self) -> frozenset[str]:
        """Return every word of the article's quotes (for quote claims to skip an article at once)."""
        return frozenset(w for q in self.quotes for w in q.words)

    @cached_property
    def words(self) -> list[SentenceWords]:
        """Return every sentence's words and stems."""
        return analyse(self.doc)

    @cached_property
    def stem_index(self) -> dict[str, tuple[int, ...]]:
        """Return, for each stem of the claims' words in the article, the sentences that hold it."""
        return stem_index(self.words, self.story.stems)
