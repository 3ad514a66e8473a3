"""Date claims: dates tied to the claim's cues, resolved against the article's date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.context import ArticleContext, Story
from factcheck.dates import DateMatcher
from factcheck.model import DateClaim, Finding


@dataclass(frozen=True)
class _Date:
    matcher: DateMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.matcher.check(ctx.doc, ctx.published)


@dataclass(frozen=True)
class DateKind:
    """Calendar dates of the story's events."""

    name: str = "date"

    def compile(self, story: Story) -> Sequence[_Date]:
        """Compile each date claim's cues once."""
        return [_Date(DateMatcher.compile(c)) for c in story.claims.claims if isinstance(c, DateClaim)]


KIND = DateKind()
