"""Statement claims: who holds which view, with which polarity, modality and key terms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from factcheck.kinds.base import ModuleKind
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.context import ArticleContext, Story
    from factcheck.loader import ParseContext
    from factcheck.model import Finding
    from factcheck.statements import StatementMatcher


@dataclass(frozen=True)
class StatementClaim(Claim):
    """A view held by an entity, with its modality (hope, believe, deny, ...)."""

    holder: str = ""  # an entity id, or "" (plain-word holder, or none: a statement of fact)
    text: str = ""
    modality: str = "assert"
    holder_words: str = ""  # the holder in plain words ("the regional health ministry"), when not an entity


schema: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {  # the fields every claim has (id, kind, severity, about, accept) are the loader's
        "holder": {
            "type": "string",
            "minLength": 1,
            "description": 'optional: an entity id, or plain words ("the regional health ministry")',
        },
        "text": {"type": "string", "minLength": 1},
        "modality": {"enum": ["assert", "believe", "hope", "deny", "suspect", "warn", "confirm", "suggest", "allege"]},
    },
}


def parse(raw: dict[str, Any], ctx: ParseContext) -> StatementClaim:
    """Return the statement claim of one schema-valid mapping; the holder is optional."""
    holder, holder_words = ctx.entity_ref(raw, "holder")
    return StatementClaim(
        **ctx.common(raw),
        holder=holder,
        holder_words=holder_words,
        text=str(raw["text"]),
        modality=str(raw.get("modality", "assert")),
    )


@dataclass(frozen=True)
class _Statement:
    matcher: StatementMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.matcher.check(ctx.doc, ctx.names, ctx.words, ctx.stem_index, ctx.published)


def compile(story: Story) -> Sequence[_Statement]:
    """Analyse the sentence of each statement claim (views and statements of fact) once."""
    from factcheck.statements import StatementMatcher  # it imports StatementClaim from here

    matchers = [
        StatementMatcher.compile(c, story.entities, story.names, story.words, story.years, story.days)
        for c in story.claims.claims
        if isinstance(c, StatementClaim)
    ]
    # An article's stem index holds only the story's stems (``Story.stems``), every statement's own among them.
    assert all(m.content <= story.stems for m in matchers)
    # Each statement knows its siblings' key terms: a time or ordinal that is another claim's
    # belongs to that claim, and never contradicts this one (link each mention to one claim).
    return [
        _Statement(replace(m, taken=m.taken + tuple(t for o in matchers if o is not m for t in o.key_terms)))
        for m in matchers
    ]


KIND = ModuleKind("statement", schema, parse, compile, one_value=True)
