"""The data model: entities, claims, and findings.

Everything here is a frozen dataclass so the core can pass values around
without worrying about who changes them. Each kind's claim dataclass (a ``Claim``
with the kind's own fields) is defined with its kind in ``factcheck.kinds``, and
importable from here too: ``from factcheck.model import QuantityClaim``.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.kinds.date import DateClaim as DateClaim
    from factcheck.kinds.quantity import QuantityClaim as QuantityClaim
    from factcheck.kinds.quote import QuoteClaim as QuoteClaim
    from factcheck.kinds.statement import StatementClaim as StatementClaim

# The claim classes re-exported from their kinds' modules. They are looked up on first use
# (``__getattr__`` below), not imported here: the kinds' modules import this one.
_KIND_CLAIMS = {
    "QuantityClaim": "factcheck.kinds.quantity",
    "DateClaim": "factcheck.kinds.date",
    "QuoteClaim": "factcheck.kinds.quote",
    "StatementClaim": "factcheck.kinds.statement",
}


def __getattr__(name: str) -> type[Claim]:
    """Return a claim class defined with its kind (``QuantityClaim`` from ``factcheck.kinds.quantity``)."""
    if name not in _KIND_CLAIMS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    claim_class: type[Claim] = getattr(importlib.import_module(_KIND_CLAIMS[name]), name)
    return claim_class


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
