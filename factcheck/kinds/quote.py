"""Quote claims: every quote of the article compared with the claimed words and speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.kinds.base import ModuleKind
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.context import ArticleContext, Story
    from factcheck.loader import ParseContext
    from factcheck.model import Entity, Finding
    from factcheck.quotes import QuoteMatcher


@dataclass(frozen=True)
class QuoteClaim(Claim):
    """Exact words said by an entity."""

    speaker: str = ""  # an entity id, or "" when the speaker is given in plain words
    text: str = ""
    min_similarity: float | None = None
    speaker_words: str = ""  # the speaker in plain words ("a coastguard spokesman"), when not an entity

    def speaker_label(self, entities: dict[str, Entity]) -> str:
        """Return the speaker as a person would name them."""
        return entities[self.speaker].name if self.speaker in entities else self.speaker_words


schema: dict[str, Any] = {
    "type": "object",
    "required": ["speaker", "text"],
    "additionalProperties": False,
    "properties": {  # the fields every claim has (id, kind, severity, about, accept) are the loader's
        "speaker": {
            "type": "string",
            "minLength": 1,
            "description": 'an entity id, or plain words ("a coastguard spokesman")',
        },
        "text": {"type": "string", "minLength": 1},
        "cues": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "min_similarity": {"type": "number", "minimum": 0, "maximum": 100},
    },
}


def parse(raw: dict[str, Any], ctx: ParseContext) -> QuoteClaim:
    """Return the quote claim of one schema-valid mapping; the speaker is an entity id or plain words."""
    speaker, speaker_words = ctx.entity_ref(raw, "speaker")
    return QuoteClaim(
        **ctx.common(raw),
        speaker=speaker,
        speaker_words=speaker_words,
        text=str(raw["text"]),
        min_similarity=raw.get("min_similarity"),
    )


@dataclass(frozen=True)
class _Quote:
    matcher: QuoteMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        if not self.matcher.may_report(ctx.quotes, ctx.quote_words):
            return []
        return self.matcher.check(ctx.doc, ctx.quotes)


def compile(story: Story) -> Sequence[_Quote]:
    """Prepare the words of each quote claim (exact words and who said them) once."""
    from factcheck.quotes import QuoteMatcher  # it imports QuoteClaim from here

    claims = [c for c in story.claims.claims if isinstance(c, QuoteClaim)]
    return [_Quote(QuoteMatcher.compile(c, story.entities, story.names)) for c in claims]


KIND = ModuleKind("quote", schema, parse, compile)
