"""The registry of claim kinds: the checker loops over ``KINDS`` and knows no kind by name.

Adding a kind means a module here that implements ``ClaimKind`` (see ``base``) and one
line below.
"""

from __future__ import annotations

from factcheck.kinds import date, name, quantity, quote, statement
from factcheck.kinds.base import ClaimKind, CompiledClaim

KINDS: tuple[ClaimKind, ...] = (name.KIND, quantity.KIND, date.KIND, quote.KIND, statement.KIND)

__all__ = ["KINDS", "ClaimKind", "CompiledClaim"]
