"""The protocols every claim kind implements.

A kind compiles its claims once per claims file (``compile``), and each compiled claim
checks one article through the shared ``ArticleContext`` (``check``), returning located
findings with a confidence. The checker loops over the registry in ``factcheck.kinds``
and has no code of its own for any kind; linking and judging thresholds live in
``factcheck.link``.

A kind written as claims in a claims file (``kind: quantity``) is a ``ClaimsFileKind``:
besides compiling and checking, it owns its claim dataclass, its JSON-schema fragment
(``schema``) and the parsing of its fields (``parse``). The loader assembles the full
schema from the registry and hands each validated claim to its kind, so the loader, the
checker, the linking stage and the reports know no kind by name. The entities' names are
a kind without claims of their own: they implement only ``ClaimKind``.

The kinds import the story, the article context and their matchers only for typing or
inside ``compile``: those modules import the claim dataclasses (through
``factcheck.model``), which are defined here in the kinds' modules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from factcheck.context import ArticleContext, Story
    from factcheck.loader import ParseContext
    from factcheck.model import Claim, Finding


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


@runtime_checkable
class ClaimsFileKind(ClaimKind, Protocol):
    """A kind whose claims are written in claims files: it owns their schema and their parsing."""

    @property
    def schema(self) -> dict[str, Any]:
        """Return the JSON-schema fragment of this kind's claims (``$defs/<name>`` of the full schema)."""

    def parse(self, raw: dict[str, Any], ctx: ParseContext) -> Claim:
        """Return the claim of one schema-valid mapping, or raise ``ctx.error(...)``."""


@dataclass(frozen=True, eq=False)
class ModuleKind:
    """A ``ClaimsFileKind`` made of its module's pieces: its schema fragment and its functions.

    Each kind module defines ``schema``, ``parse(raw, ctx)`` and ``compile(story)`` at module
    level and registers ``KIND = ModuleKind(name, schema, parse, compile)``. Kinds compare and
    hash by identity: the loader caches the schema it assembles per registry.

    ``one_value``: an article gives one value for each claim of this kind (a toll, a date),
    so linking reads another value by the same cues, in an article whose body states the
    claim's value, as something else (``factcheck.link``). A kind without the attribute (a
    quote may be repeated and then altered; a name misspelt once among correct spellings) is
    not one-valued.
    """

    name: str
    schema: dict[str, Any]
    parse: Callable[[dict[str, Any], ParseContext], Claim]
    compile: Callable[[Story], Sequence[CompiledClaim]]
    one_value: bool = False
