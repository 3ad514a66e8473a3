"""Date claims: dates tied to the claim's cues, resolved against the article's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck import lexicon
from factcheck.kinds.base import ModuleKind
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.context import ArticleContext, Story
    from factcheck.dates import DateMatcher
    from factcheck.loader import ParseContext
    from factcheck.model import Finding


@dataclass(frozen=True)
class DateClaim(Claim):
    """A calendar date, tied to the article by its cue words."""

    cues: tuple[str, ...] = ()
    value: dt.date = dt.date(1970, 1, 1)


schema: dict[str, Any] = {
    "type": "object",
    "required": ["cues", "value"],
    "additionalProperties": False,
    "properties": {  # the fields every claim has (id, kind, severity, about, accept) are the loader's
        "cues": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "value": {"type": "string", "description": "YYYY-MM-DD"},
    },
}


def parse(raw: dict[str, Any], ctx: ParseContext) -> DateClaim:
    """Return the date claim of one schema-valid mapping (``value`` written YYYY-MM-DD)."""
    value = ctx.date(raw["value"], f"date of claim '{raw['id']}'", "value")
    return DateClaim(**ctx.common(raw), cues=ctx.strings(raw["cues"]), value=value)


@dataclass(frozen=True)
class _Date:
    matcher: DateMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        own = ctx.doc.published is not None or ctx.doc.dateline is not None
        names = ctx.names if self.matcher.subjects else None
        return self.matcher.check(ctx.doc, ctx.published, own_date=own, names=names)


def compile(story: Story) -> Sequence[_Date]:
    """Compile the cues of each date claim (calendar dates of the story's events) once."""
    from factcheck.dates import DateMatcher  # it imports DateClaim from here

    index = story.names
    persons = index.persons
    dates = [c for c in story.claims.claims if isinstance(c, DateClaim)]
    # The one date claim whose cues name the event ("crashed", "collapsed") also takes the event's
    # nouns: "The tragedy happened on Thursday evening". With two such claims, neither does.
    events = [c for c in dates if any(w in lexicon.EVENT_CUE_WORDS for cue in c.cues for w in cue.lower().split())]
    event = events[0].id if len(events) == 1 else None
    said_of_event = tuple(f"{noun} {verb}" for noun in lexicon.EVENT_NOUNS for verb in lexicon.EVENT_HAPPENED)
    return [
        _Date(
            DateMatcher.compile(
                c,
                frozenset(m.entity for m in index.exact_mentions(c.about) if m.entity in persons),
                persons,
                said_of_event if c.id == event else (),
            )
        )
        for c in dates
    ]


KIND = ModuleKind("date", schema, parse, compile, one_value=True)
