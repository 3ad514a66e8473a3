"""The registry of claim kinds: the checker and the loader loop over ``KINDS`` and know no kind by name.

Adding a kind means a module here that implements ``ClaimKind`` (see ``base``) and one
line below. A kind written as claims (``kind: <name>`` in a claims file) implements
``ClaimsFileKind`` too: its module holds the claim dataclass, the JSON-schema fragment
(``schema``) and the parsing of its fields (``parse``), and the loader picks them up from
here. ``KINDS`` is read at each use, so a test may swap it (``monkeypatch.setattr``).
"""

from __future__ import annotations

from factcheck.kinds import date, name, quantity, quote, statement
from factcheck.kinds.base import ClaimKind, ClaimsFileKind, CompiledClaim

KINDS: tuple[ClaimKind, ...] = (name.KIND, quantity.KIND, date.KIND, quote.KIND, statement.KIND)


def claims_file_kinds(kinds: tuple[ClaimKind, ...] | None = None) -> dict[str, ClaimsFileKind]:
    """Return the kinds written as claims in claims files, by name, in registry order."""
    return {k.name: k for k in (KINDS if kinds is None else kinds) if isinstance(k, ClaimsFileKind)}


__all__ = ["KINDS", "ClaimKind", "ClaimsFileKind", "CompiledClaim", "claims_file_kinds"]
