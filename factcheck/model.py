"""The data model: entities, claims (one class per kind), and findings.

Everything here is a frozen dataclass so the core can pass values around
without worrying about who changes them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class Verdict(str, enum.Enum):
    """How an article's mention compares with the claim."""

    CONTRADICTED = "contradicted"
    IMPRECISE = "imprecise"
    # A conflict the checker is not sure of (a figure that may count something else, a quote that
    # may be another one): listed for a person to look at, never failing.
    UNCLEAR = "unclear"
    SUPPORTED = "supported"


class Severity(str, enum.Enum):
    """How much a contradiction matters: only errors fail a run by default."""

    ERROR = "error"
    WARNING = "warning"


# What ``--fail-on`` accepts, and the severities of contradictions that fail under it.
FAIL_ON: dict[str, frozenset[Severity]] = {
    "error": frozenset({Severity.ERROR}),
    "warning": frozenset({Severity.ERROR, Severity.WARNING}),
    "never": frozenset(),
}


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place with its canonical spelling and accepted aliases."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    severity: Severity = Severity.ERROR
    line: int = 0


@dataclass(frozen=True)
class Claim:
    """Fields common to every claim kind."""

    id: str
    kind: str
    severity: Severity = Severity.ERROR
    about: str = ""
    line: int = 0


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


@dataclass(frozen=True)
class DateClaim(Claim):
    """A calendar date, tied to the article by its cue words."""

    cues: tuple[str, ...] = ()
    value: dt.date = dt.date(1970, 1, 1)


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


@dataclass(frozen=True)
class StatementClaim(Claim):
    """A view held by an entity, with its modality (hope, believe, deny, ...)."""

    holder: str = ""  # an entity id, or "" (plain-word holder, or none: a statement of fact)
    text: str = ""
    modality: str = "assert"
    holder_words: str = ""  # the holder in plain words ("the regional health ministry"), when not an entity


@dataclass(frozen=True)
class ClaimsFile:
    """A loaded, validated claims file."""

    path: str
    story: str
    article_globs: tuple[str, ...]
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    published: dt.date | None = None
    articles_published: tuple[tuple[str, dt.date], ...] = ()

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with this id (the loader guarantees it exists)."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


@dataclass(frozen=True)
class Finding:
    """One judged mention of a claim in one article, as every face reports it."""

    article: str
    claim: str
    kind: str
    verdict: Verdict
    severity: Severity
    expected: str
    found: str
    line: int
    column: int
    evidence: str
    message: str
    notes: tuple[str, ...] = field(default=())
    # How sure the checker is that this mention is about this claim and reads as found (0-1).
    confidence: float = 1.0

    def fails(self, fail_on: str = "error") -> bool:
        """Return True if this finding fails a run: the one rule every face applies.

        Only contradictions fail, and only of a severity ``fail_on`` names; imprecise and
        unclear findings are listed (warnings in pytest) but never fail under the default.
        """
        return self.verdict is Verdict.CONTRADICTED and self.severity in FAIL_ON[fail_on]

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order findings by article, position, then claim: stable across runs."""
        return (self.article, self.line, self.column, self.claim, self.found)

    def location(self) -> str:
        """Return ``article:line:column``."""
        return f"{self.article}:{self.line}:{self.column}"

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form of the finding (the report's stable schema)."""
        data: dict[str, object] = {
            "article": self.article,
            "claim": self.claim,
            "kind": self.kind,
            "verdict": self.verdict.value,
            "severity": self.severity.value,
            "expected": self.expected,
            "found": self.found,
            "line": self.line,
            "column": self.column,
            "evidence": self.evidence,
            "message": self.message,
            "confidence": round(self.confidence, 2),
        }
        if self.notes:
            data["notes"] = list(self.notes)
        return data
