"""Quote claims: every quote of the article compared with the claimed words and speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.context import ArticleContext, Story
from factcheck.model import Finding, QuoteClaim
from factcheck.quotes import QuoteMatcher


@dataclass(frozen=True)
class _Quote:
    matcher: QuoteMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.matcher.check(ctx.doc, ctx.quotes)


@dataclass(frozen=True)
class QuoteKind:
    """Exact words and who said them."""

    name: str = "quote"

    def compile(self, story: Story) -> Sequence[_Quote]:
        """Prepare each claimed quote's words once."""
        claims = [c for c in story.claims.claims if isinstance(c, QuoteClaim)]
        return [_Quote(QuoteMatcher.compile(c, story.entities)) for c in claims]


KIND = QuoteKind()
