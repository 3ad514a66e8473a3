"""The core: claims in, findings out. Pure functions over loaded data; no I/O here.

``compile_claims`` builds every matcher once (patterns, name index), so checking
thousands of articles costs only the per-article scan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.articles import Document
from factcheck.dates import DateMatcher
from factcheck.model import ClaimsFile, DateClaim, Finding, QuantityClaim, QuoteClaim, StatementClaim, Verdict
from factcheck.names import NameIndex
from factcheck.quantities import Mention, QuantityMatcher
from factcheck.quotes import QuoteMatcher, find_quotes
from factcheck.statements import StatementMatcher, analyse, story_word_counts
from factcheck.text import fold_simple


@dataclass
class CompiledClaims:
    """A claims file with every matcher built, ready to check many articles."""

    claims: ClaimsFile
    names: NameIndex
    quantities: list[QuantityMatcher]
    dates: list[DateMatcher]
    quotes: list[QuoteMatcher]
    statements: list[StatementMatcher]

    def check_document(self, doc: Document, *, include_supported: bool = False) -> list[Finding]:
        """Return the findings of one article, in stable order."""
        mentions = self.names.mentions(doc)
        findings = self.names.check(doc, mentions)
        figures: dict[int, list[Mention]] = {}
        for q in self.quantities:
            findings.extend(q.check(doc, figures, mentions))
        published = doc.published or self.claims.published
        for d in self.dates:
            findings.extend(d.check(doc, published))
        if self.quotes:
            spans = find_quotes(doc, mentions, self.names)
            for quote in self.quotes:
                findings.extend(quote.check(doc, spans))
        if self.statements:
            words = analyse(doc)
            for s in self.statements:
                findings.extend(s.check(doc, mentions, words))
        if not include_supported:
            findings = [f for f in findings if f.verdict is not Verdict.SUPPORTED]
        return group_repeats(findings)


def _named_in(names: NameIndex, text: str) -> frozenset[str]:
    """Return the entities a claim's description names ("seats won by the Progress Alliance")."""
    return frozenset(m.entity for m in names.exact_mentions(fold_simple(text).title()))


def group_repeats(findings: list[Finding]) -> list[Finding]:
    """Report a finding repeated in one article (same claim, verdict and words) once, with a count.

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
            more = f" (and {len(group) - 1} more time(s) in this article)"
            first = dataclasses.replace(first, message=first.message + more)
        out.append(first)
    return out  # groups keep the sorted order of their first findings


def compile_claims(claims: ClaimsFile) -> CompiledClaims:
    """Build the matchers of a claims file once."""
    names = NameIndex.compile(claims.entities)
    entities = {e.id: e for e in claims.entities}
    story_years = frozenset(
        {c.value.year for c in claims.claims if isinstance(c, DateClaim)}
        | ({claims.published.year} if claims.published else set())
    )
    story_words = story_word_counts([f"{c.about} {getattr(c, 'text', '')}" for c in claims.claims])
    return CompiledClaims(
        claims,
        names,
        [
            QuantityMatcher.compile(c, story_years, _named_in(names, c.about))
            for c in claims.claims
            if isinstance(c, QuantityClaim)
        ],
        [DateMatcher.compile(c) for c in claims.claims if isinstance(c, DateClaim)],
        [QuoteMatcher.compile(c, entities) for c in claims.claims if isinstance(c, QuoteClaim)],
        [
            StatementMatcher.compile(c, entities, names, story_words)
            for c in claims.claims
            if isinstance(c, StatementClaim)
        ],
    )


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
