"""The one protocol every claim kind implements.

A kind compiles its claims once per claims file (``compile``), and each compiled claim
checks one article through the shared ``ArticleContext`` (``check``), returning located
findings with a confidence. The checker loops over the registry in ``factcheck.kinds``
and has no code of its own for any kind; linking and judging thresholds live in
``factcheck.link``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from factcheck.context import ArticleContext, Story
from factcheck.model import Finding


class CompiledClaim(Protocol):
    """One claim (or entity) ready to check many articles."""

    def check(self, ctx: ArticleContext) -> list[Finding]:
        """Return the findings of this claim in one article (every verdict, supported included)."""


class ClaimKind(Protocol):
    """A sort of claim: quantity, date, quote, statement, or the entities' names."""

    @property
    def name(self) -> str:
        """Return the kind's name as written in claims files (``kind: quantity``)."""

    def compile(self, story: Story) -> Sequence[CompiledClaim]:
        """Compile every claim of this kind in the story once."""
