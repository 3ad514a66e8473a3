"""Quantity claims: figures tied to the claim's cues, judged as intervals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck import lexicon
from factcheck.kinds.base import ModuleKind
from factcheck.model import Claim
from factcheck.text import fold_simple

if TYPE_CHECKING:
    from factcheck.context import ArticleContext, Story
    from factcheck.loader import ParseContext
    from factcheck.model import Finding
    from factcheck.quantities import QuantityMatcher


@dataclass(frozen=True)
class QuantityClaim(Claim):
    """A figure: exact ``value`` or an interval ``[minimum, maximum]``."""

    cues: tuple[str, ...] = ()
    value: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    unit: str | None = None
    tolerance: float = 0.0
    tolerance_is_percent: bool = False

    def interval(self) -> tuple[float, float]:
        """Return the closed interval of values the claim accepts, tolerance included."""
        if self.value is not None:
            low = high = self.value
        else:
            low = self.minimum if self.minimum is not None else float("-inf")
            high = self.maximum if self.maximum is not None else float("inf")
        slack = self.tolerance
        if self.tolerance_is_percent and self.value is not None:
            slack = abs(self.value) * self.tolerance / 100.0
        return low - slack, high + slack

    def expected_text(self) -> str:
        """Return the claimed figure as a person would write it."""
        from factcheck.quantities import format_number

        unit = f" {self.unit}" if self.unit else ""
        if self.value is not None:
            text = format_number(self.value)
            if self.tolerance:
                suffix = "%" if self.tolerance_is_percent else ""
                text += f" ± {format_number(self.tolerance)}{suffix}"
            return text + unit
        low = format_number(self.minimum) if self.minimum is not None else "-∞"
        high = format_number(self.maximum) if self.maximum is not None else "∞"
        return f"{low} to {high}{unit}"


schema: dict[str, Any] = {
    "type": "object",
    "required": ["cues"],
    "additionalProperties": False,
    "properties": {  # the fields every claim has (id, kind, severity, about, accept) are the loader's
        "cues": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "value": {"$ref": "#/$defs/number"},
        "min": {"$ref": "#/$defs/number"},
        "max": {"$ref": "#/$defs/number"},
        "unit": {"type": "string"},
        "tolerance": {"type": ["number", "string"], "pattern": "^\\s*[0-9.]+\\s*%?\\s*$"},
    },
}


def parse(raw: dict[str, Any], ctx: ParseContext) -> QuantityClaim:
    """Return the quantity claim of one schema-valid mapping: a value or a min/max interval."""
    if "value" not in raw and "min" not in raw and "max" not in raw:
        raise ctx.error(f"quantity claim '{raw['id']}' needs 'value' or 'min'/'max'")
    if "value" in raw and ("min" in raw or "max" in raw):
        raise ctx.error(f"claim '{raw['id']}': give 'value' or 'min'/'max', not both", "value")
    if "min" in raw and "max" in raw and raw["min"] > raw["max"]:
        raise ctx.error(f"claim '{raw['id']}': min {raw['min']} is above max {raw['max']}", "min")
    tolerance = raw.get("tolerance", 0)
    percent = isinstance(tolerance, str) and tolerance.strip().endswith("%")
    tol_value = float(str(tolerance).strip().rstrip("%").strip() or 0)
    unit, scale = _scaled_unit(raw.get("unit"))

    def scaled(key: str) -> float | None:
        number = raw.get(key)
        return None if number is None else number * scale

    return QuantityClaim(
        **ctx.common(raw),
        cues=ctx.strings(raw["cues"]),
        value=scaled("value"),
        minimum=scaled("min"),
        maximum=scaled("max"),
        unit=unit,
        tolerance=tol_value if percent else tol_value * scale,
        tolerance_is_percent=percent,
    )


def _scaled_unit(unit: str | None) -> tuple[str | None, float]:
    """Return a unit without its scale word, and the scale ("million cubic metres" -> cubic metres, 1e6).

    A claims file may write the scale into the unit ("value: 11.7, unit: million cubic metres"); the
    figures of an article are read at their own scale ("11.7 million cubic metres"), so the claim's
    value is put at the same one.
    """
    if not unit:
        return unit, 1.0
    words = unit.split()
    scales = [w for w in words if w.lower() in lexicon.UNIT_SCALES]
    if len(scales) != 1 or len(words) == 1 or "per" in (w.lower() for w in words):
        return unit, 1.0  # "parts per million", "deaths per thousand": a rate's unit, no scale
    rest = " ".join(w for w in words if w is not scales[0])
    return rest, lexicon.UNIT_SCALES[scales[0].lower()]


@dataclass(frozen=True)
class _Quantity:
    matcher: QuantityMatcher

    def check(self, ctx: ArticleContext) -> list[Finding]:
        return self.matcher.check(ctx.doc, ctx.figures, ctx.names, ctx.published)


def compile(story: Story) -> Sequence[_Quantity]:
    """Compile the cues of each quantity claim (counts, money, percentages, durations, measures) once."""
    from factcheck.quantities import QuantityMatcher  # it imports QuantityClaim from here

    out = []
    quantities = tuple(c for c in story.claims.claims if isinstance(c, QuantityClaim))
    for claim in quantities:
        about = fold_simple(claim.about).title()
        # The entities a figure belongs to ("seats won by the Progress Alliance"), not the places
        # it is measured from ("distance from Hurghada", "deaths in Kielce").
        named = story.names.exact_mentions(about)
        places = frozenset(m.entity for m in named if _LOCATIVE.search(about, max(0, m.start - 24), m.start))
        owners = frozenset(m.entity for m in named) - places
        matcher = QuantityMatcher.compile(
            claim, story.years, owners, story.names.persons, quantities, places, story_dates=story.dates
        )
        out.append(_Quantity(matcher))
    return out


# "distance from Jinka to the capital Addis Ababa": a place the figure is measured from or to, perhaps
# after one common noun ("the capital").
_LOCATIVE = re.compile(r"\b(?:From|Off|In|At|Near|To)\s+(?:The\s+)?(?:[A-Z][a-z]+\s+)?$")


KIND = ModuleKind("quantity", schema, parse, compile, one_value=True)
