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

from factcheck.frozen import quick_init

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
class Acceptance:
    """A known conflict accepted in the claims file (``accept:`` of a claim or an entity).

    It matches the findings of its claim (or entity) in the articles its ``article`` glob names
    (relative to the claims file, like ``articles:``) and, when ``found`` is given, whose found
    text is that text (accents, case and spacing aside). A matched finding keeps its verdict and
    is listed, but never fails; an acceptance that matches nothing is stale.
    """

    article: str
    reason: str
    found: str | None = None
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class Suppression:
    """Why a finding does not fail: accepted in the claims file, or recorded in the baseline."""

    kind: str  # "accepted" (an ``accept:`` entry, SARIF inSource) or "baseline" (SARIF external)
    reason: str = ""

    def to_dict(self) -> dict[str, str]:
        """Return the JSON form: ``{"kind", "reason"}``."""
        return {"kind": self.kind, "reason": self.reason}


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place with its canonical spelling and accepted aliases."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    severity: Severity = Severity.ERROR
    line: int = 0
    accept: tuple[Acceptance, ...] = ()


@dataclass(frozen=True)
class Claim:
    """Fields common to every claim kind."""

    id: str
    kind: str
    severity: Severity = Severity.ERROR
    about: str = ""
    line: int = 0
    accept: tuple[Acceptance, ...] = ()


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
    # (line, column) of each pattern of ``article_globs`` in the file, for messages.
    article_globs_at: tuple[tuple[int, int], ...] = ()

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with this id (the loader guarantees it exists)."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


@quick_init  # made by the thousand: a plain __init__ (factcheck.frozen)
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
    # The other places in the article where the same finding occurs: (line, column) each.
    also_at: tuple[tuple[int, int], ...] = ()
    # Why this finding does not fail (accepted in the claims file, or in the baseline).
    suppressed: Suppression | None = None
    # The article's path relative to the current directory (``article`` is relative to the
    # claims file): what text, GitHub and SARIF output point at. Empty when unknown.
    path: str = ""

    def fails(self, fail_on: str = "error") -> bool:
        """Return True if this finding fails a run: the one rule every face applies.

        Under ``error`` (the default) only contradictions of severity ``error`` fail. Under
        ``warning`` every contradiction and every imprecise finding fails: exactly the findings
        the pytest plugin emits as ``FactcheckWarning``. ``never`` fails nothing. Unclear and
        supported findings never fail, and neither does a suppressed (accepted or baselined) one.
        """
        return self.suppressed is None and self.would_fail(fail_on)

    def would_fail(self, fail_on: str = "error") -> bool:
        """Return True if this finding would fail under ``fail_on`` were it not suppressed."""
        if self.verdict is Verdict.CONTRADICTED:
            return self.severity in FAIL_ON[fail_on]
        return self.verdict is Verdict.IMPRECISE and Severity.WARNING in FAIL_ON[fail_on]

    def level(self, fail_on: str = "error") -> str:
        """Return how loud the finding is under ``fail_on``: ``error``, ``warning`` or ``note``.

        ``error``: it fails the run (or would, were it not suppressed); ``warning``: it fails under
        ``--fail-on warning`` (a pytest ``FactcheckWarning``); ``note``: it never fails (unclear,
        supported). The SARIF level, the GitHub annotation and the pytest outcome all come from here.
        """
        if self.would_fail(fail_on):
            return "error"
        if self.would_fail("warning"):
            return "warning"
        return "note"

    def display_path(self) -> str:
        """Return the path to show: relative to the current directory when known."""
        return self.path or self.article

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order findings by article, position, then claim: stable across runs."""
        return (self.article, self.line, self.column, self.claim, self.found)

    def location(self) -> str:
        """Return ``path:line:column``, the path relative to the current directory when known."""
        return f"{self.display_path()}:{self.line}:{self.column}"

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
        if self.also_at:
            data["also_at"] = [list(p) for p in self.also_at]
        if self.suppressed is not None:
            data["suppressed"] = self.suppressed.to_dict()
        if self.path:
            data["path"] = self.path
        return data
