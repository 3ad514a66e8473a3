"""Accepted conflicts: ``accept:`` entries of claims and entities, matched against findings.

An accepted finding keeps its verdict and is listed everywhere, but never fails
(``Finding.suppressed``). An entry that matches no finding in the articles it names is
*stale*: reported in every format, and a failure under ``--strict``.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.model import Acceptance, ClaimsFile, Finding, Suppression, Verdict
from factcheck.text import fold_simple


def normalise(text: str) -> str:
    """Return ``text`` as its folded words: accents, case, quote marks and spacing never matter."""
    return " ".join(re.findall(r"\w+", fold_simple(text)))


def article_matches(article: str, pattern: str) -> bool:
    """Return True if the claims-relative ``article`` path matches an ``accept:`` glob.

    ``*`` matches across folders too; a leading ``./`` is ignored on either side.
    """
    article = article.removeprefix("./")
    pattern = pattern.removeprefix("./")
    return fnmatch.fnmatchcase(article, pattern) or fnmatch.fnmatchcase(article, pattern.replace("**/", ""))


def found_matches(acceptance: Acceptance, finding: Finding) -> bool:
    """Return True if the entry names no found text, or the finding's found text is (or holds) it."""
    if acceptance.found is None:
        return True
    wanted, found = normalise(acceptance.found), normalise(finding.found)
    return wanted == found or (bool(wanted) and f" {wanted} " in f" {found} ")


@dataclass(frozen=True)
class Stale:
    """An ``accept:`` or baseline entry that matched no finding in the articles checked."""

    claim: str
    article: str
    found: str | None
    source: str  # "accept" or "baseline"
    reason: str = ""
    file: str = ""  # the claims file (accept) or the baseline file
    line: int = 0
    column: int = 0

    def location(self) -> str:
        """Return ``file:line:column`` (or the file alone when the entry has no position)."""
        if self.line:
            return f"{self.file}:{self.line}:{max(self.column, 1)}"
        return self.file

    def message(self) -> str:
        """Return one sentence saying what is stale."""
        found = f" found '{self.found}'" if self.found is not None else ""
        what = "accept entry" if self.source == "accept" else "baseline entry"
        return f"stale {what} for [{self.claim}] in {self.article}{found}: it matches no finding"

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form: ``{"claim", "article", "found", "source"}`` and where it is."""
        data: dict[str, object] = {
            "claim": self.claim,
            "article": self.article,
            "found": self.found,
            "source": self.source,
        }
        if self.reason:
            data["reason"] = self.reason
        if self.file:
            data["file"] = self.file
        if self.line:
            data["line"] = self.line
            data["column"] = max(self.column, 1)
        return data


def acceptances(claims: ClaimsFile) -> dict[str, tuple[Acceptance, ...]]:
    """Return the ``accept:`` entries of every claim and entity, by id."""
    owners = [(e.id, e.accept) for e in claims.entities] + [(c.id, c.accept) for c in claims.claims]
    return {owner: accept for owner, accept in owners if accept}


class Accepts:
    """The ``accept:`` entries of a claims file, applied to findings as they come, article by article.

    ``apply`` marks the findings an entry matches; ``stale`` (once every article was seen) lists
    the entries that matched none. ``apply_accepts`` is the same over a whole list at once.
    """

    def __init__(self, claims: ClaimsFile) -> None:
        self.claims_path = claims.path
        self.by_owner = acceptances(claims)
        self.used: set[tuple[str, int]] = set()

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """Return ``findings`` with those an ``accept:`` entry matches marked as accepted."""
        out: list[Finding] = []
        for f in findings:
            if f.suppressed is None and f.verdict is not Verdict.SUPPORTED:
                for i, entry in enumerate(self.by_owner.get(f.claim, ())):
                    if article_matches(f.article, entry.article) and found_matches(entry, f):
                        self.used.add((f.claim, i))
                        f = dataclasses.replace(f, suppressed=Suppression("accepted", entry.reason))
                        break
            out.append(f)
        return out

    def stale(self, checked: Iterable[str]) -> list[Stale]:
        """Return the entries that matched no finding, among those whose glob names an article checked."""
        checked = list(checked)
        stale = []
        for owner, entries in self.by_owner.items():
            for i, entry in enumerate(entries):
                if (owner, i) in self.used or not any(article_matches(a, entry.article) for a in checked):
                    continue
                stale.append(
                    Stale(
                        owner,
                        entry.article,
                        entry.found,
                        "accept",
                        entry.reason,
                        self.claims_path,
                        entry.line,
                        entry.column,
                    )
                )
        return stale


def apply_accepts(
    claims: ClaimsFile, findings: Sequence[Finding], checked: Iterable[str]
) -> tuple[list[Finding], list[Stale]]:
    """Mark the findings an ``accept:`` entry matches; return them and the stale entries.

    ``checked`` are the (claims-relative) articles of this run: an entry whose glob names none
    of them is not judged stale, since its articles were not looked at.
    """
    accepts = Accepts(claims)
    out = accepts.apply(findings)
    return out, accepts.stale(checked)
