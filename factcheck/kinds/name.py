"""Names: every entity's spelling, checked against near misses in the article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.context import ArticleContext, Story
    from factcheck.model import Finding


@dataclass(frozen=True)
class _Names:
    story: Story

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.story.names.check(ctx.doc, ctx.names)


@dataclass(frozen=True)
class NameKind:
    """All entities at once: one scan of the article finds every entity's near misses."""

    name: str = "name"

    def compile(self, story: Story) -> Sequence[_Names]:
        """Return one checker for all entities (the name index is compiled with the story)."""
        return [_Names(story)] if story.claims.entities else []


KIND = NameKind()
