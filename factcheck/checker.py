"""The core: claims in, findings out. Pure functions over loaded data; no I/O here.

``compile_claims`` builds every matcher once (patterns, name index), so checking
thousands of articles costs only the per-article scan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from factcheck import kinds
from factcheck.articles import Document
from factcheck.context import ArticleContext, Story
from factcheck.kinds import CompiledClaim
from factcheck.link import link
from factcheck.model import ClaimsFile, Finding, Verdict


@dataclass(frozen=True)
class CompiledClaims:
    """A claims file with every kind's claims compiled, ready to check many articles."""

    claims: ClaimsFile
    story: Story
    compiled: tuple[CompiledClaim, ...]
    # The kinds whose claims have one value per article (``one_value`` on the kind).
    one_value: frozenset[str] = frozenset()

    def check_document(self, doc: Document, *, include_supported: bool = False) -> list[Finding]:
        """Return the findings of one article, in stable order.

        The article is read once into an ``ArticleContext``; every compiled claim proposes
        findings from its mentions; ``link`` ties each mention to at most one claim.
        """
        ctx = ArticleContext(doc, self.story)
        proposed: list[Finding] = []
        for claim in self.compiled:
            proposed.extend(claim.check(ctx))
        findings = link(proposed, self.one_value)
        if not include_supported:
            findings = [f for f in findings if f.verdict is not Verdict.SUPPORTED]
        return group_repeats(findings)


def group_repeats(findings: list[Finding]) -> list[Finding]:
    """Report a finding repeated in one article (same claim, verdict and words) once, with the others.

    The message ends "(and N more time(s) in this article, at line:col, ...)" and ``also_at``
    holds every other (line, column).

    An article that gives the wrong toll three times has one conflict, not three; and a
    hostile file repeating one sentence a million times stays a one-line report.
    """
    groups: dict[tuple[str, str, Verdict, str], list[Finding]] = {}
    for f in sorted(findings, key=Finding.sort_key):
        groups.setdefault((f.article, f.claim, f.verdict, " ".join(f.found.lower().split())), []).append(f)
    out = []
    for group in groups.values():
        first = group[0]
        if len(group) > 1 and first.kind != "name":  # names count their repeats already
            also = tuple(dict.fromkeys((f.line, f.column) for f in group[1:]))
            shown = ", ".join(f"{line}:{column}" for line, column in also[:5])
            if len(also) > 5:
                shown += ", ..."
            more = f" (and {len(group) - 1} more time(s) in this article, at {shown})"
            first = dataclasses.replace(first, message=first.message + more, also_at=also)
        out.append(first)
    return out  # groups keep the sorted order of their first findings


def compile_claims(claims: ClaimsFile, only_kinds: Collection[str] | None = None) -> CompiledClaims:
    """Compile every claim of a claims file once, kind by kind from the registry.

    ``only_kinds`` compiles only the claims of those kinds (``"name"`` for the entities). A
    mention is linked only among claims of its own kind, so the findings of the kinds compiled
    are the same as in a full run: what ``pytest -k one-claim`` relies on.
    """
    story = Story.compile(claims)
    chosen = [k for k in kinds.KINDS if only_kinds is None or k.name in only_kinds]
    one_value = frozenset(k.name for k in chosen if getattr(k, "one_value", False))
    return CompiledClaims(claims, story, tuple(c for kind in chosen for c in kind.compile(story)), one_value)


def check(
    claims: ClaimsFile | CompiledClaims, articles: Iterable[Document], *, include_supported: bool = False
) -> list[Finding]:
    """Check every article against the claims and return all findings, sorted.

    ``claims`` is a loaded ``ClaimsFile`` (or one already compiled with
    ``compile_claims``); ``articles`` are documents from ``read_article``.
    Only contradicted and imprecise findings are returned unless
    ``include_supported`` is set.
    """
    compiled = claims if isinstance(claims, CompiledClaims) else compile_claims(claims)
    findings: list[Finding] = []
    for doc in articles:
        findings.extend(compiled.check_document(doc, include_supported=include_supported))
    return sorted(findings, key=Finding.sort_key)
