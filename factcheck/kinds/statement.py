"""Statement claims: who holds which view, with which polarity, modality and key terms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.context import ArticleContext, Story
from factcheck.model import Finding, StatementClaim
from factcheck.statements import StatementMatcher


@dataclass(frozen=True)
class _Statement:
    matcher: StatementMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.matcher.check(ctx.doc, ctx.names, ctx.words)


@dataclass(frozen=True)
class StatementKind:
    """Views and statements of fact."""

    name: str = "statement"

    def compile(self, story: Story) -> Sequence[_Statement]:
        """Analyse each claim's own sentence once."""
        return [
            _Statement(StatementMatcher.compile(c, story.entities, story.names, story.words))
            for c in story.claims.claims
            if isinstance(c, StatementClaim)
        ]


KIND = StatementKind()
