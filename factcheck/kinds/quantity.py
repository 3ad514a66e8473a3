"""Quantity claims: figures tied to the claim's cues, judged as intervals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.context import ArticleContext, Story
from factcheck.model import Finding, QuantityClaim
from factcheck.quantities import QuantityMatcher
from factcheck.text import fold_simple


@dataclass(frozen=True)
class _Quantity:
    matcher: QuantityMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.matcher.check(ctx.doc, ctx.figures, ctx.names)


@dataclass(frozen=True)
class QuantityKind:
    """Figures: counts, money, percentages, durations and measures."""

    name: str = "quantity"

    def compile(self, story: Story) -> Sequence[_Quantity]:
        """Compile each quantity claim's cues once."""
        out = []
        for claim in story.claims.claims:
            if isinstance(claim, QuantityClaim):
                owners = frozenset(m.entity for m in story.names.exact_mentions(fold_simple(claim.about).title()))
                out.append(_Quantity(QuantityMatcher.compile(claim, story.years, owners)))
        return out


KIND = QuantityKind()
