"""Why a claim got its verdict in one article (``factcheck explain CLAIM ARTICLE``).

Every candidate mention of the claim's sort in the article is listed (every figure for a
quantity claim, every date for a date claim, every quote for a quote claim, every sentence
proposed for a statement, every mention of an entity) with its normalised form; for each, what
each claim of the story proposed there before linking (verdict and confidence), and what the
linking stage (``link.link``) kept. A mention that no claim proposed says so: its cue is not
near enough, which is fixed by editing ``cues`` or ``about``. The verdict's reason is the
finding's message, plus the linking note (a tie between two claims, the confidence threshold).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from factcheck.articles import Document
from factcheck.checker import CompiledClaims
from factcheck.context import ArticleContext
from factcheck.dates import find_dates
from factcheck.link import CONFIDENCE_THRESHOLD, LINK_MARGIN, link
from factcheck.model import Finding
from factcheck.quantities import format_number
from factcheck.text import fold_simple

_INF = float("inf")


@dataclass(frozen=True)
class Candidate:
    """One mention in the article, what each claim proposed there, and what linking kept."""

    line: int
    column: int
    text: str
    normalised: str
    sentence: str
    proposed: tuple[Finding, ...]  # every claim's proposal at this place (this claim first)
    kept: tuple[Finding, ...]  # what the linking stage kept at this place, for any claim

    def for_claim(self, claim: str) -> Finding | None:
        """Return this claim's proposal here, if any."""
        return next((f for f in self.proposed if f.claim == claim), None)


@dataclass(frozen=True)
class Explanation:
    """Every candidate of one claim in one article, and the verdicts that remain."""

    claim: str
    kind: str
    article: str
    candidates: tuple[Candidate, ...]
    final: tuple[Finding, ...]  # this claim's findings after linking (what ``check --all`` lists)


def _interval(low: float, high: float, low_open: bool, high_open: bool) -> str:
    if low == high:
        return format_number(low)
    if high == _INF:
        return (">" if low_open else ">=") + " " + format_number(low)
    if low in (0.0, -_INF):
        return ("<" if high_open else "<=") + " " + format_number(high)
    return f"{format_number(low)}-{format_number(high)}"


def _mentions(ctx: ArticleContext, kind: str, claim: str) -> list[tuple[int, int, str]]:
    """Return (start, end, normalised) of every mention of the claim's sort in the article."""
    doc = ctx.doc
    out: list[tuple[int, int, str]] = []
    if kind == "quantity":
        for i, sent in enumerate(doc.sentences):
            for m in ctx.figures(i):
                unit = " %" if m.percent else (f" {m.currency}" if m.currency else "")
                out.append(
                    (sent.start + m.start, sent.start + m.end, _interval(m.low, m.high, m.low_open, m.high_open) + unit)
                )
    elif kind == "date":
        for sent in doc.sentences:
            for d in find_dates(doc.text[sent.start : sent.end], ctx.published):
                if d.date is not None:
                    norm = d.date.isoformat()
                elif d.month_day is not None:
                    norm = f"--{d.month_day[0]:02d}-{d.month_day[1]:02d}"
                else:
                    norm = "a weekday, no date to resolve it against"
                out.append((sent.start + d.start, sent.start + d.end, norm))
    elif kind == "quote":
        for q in ctx.quotes:
            who = q.speaker_name or q.speaker or "no speaker found"
            out.append((q.start, q.end, f"{' '.join(q.words)}  [speaker: {who}, by {q.how}]"))
    elif kind == "name":
        for n in ctx.names:
            if n.entity == claim:
                written = doc.text[n.start : n.end]
                out.append((n.start, n.end, fold_simple(written).lower() + ("" if n.exact else "  [near miss]")))
    return out


def explain(compiled: CompiledClaims, doc: Document, claim_id: str) -> Explanation:
    """Return every candidate of ``claim_id`` in ``doc`` with its link scores and the verdict."""
    kinds = {c.id: c.kind for c in compiled.claims.claims} | {e.id: "name" for e in compiled.claims.entities}
    if claim_id not in kinds:
        raise KeyError(claim_id)
    kind = kinds[claim_id]
    ctx = ArticleContext(doc, compiled.story)
    proposed = [f for c in compiled.compiled for f in c.check(ctx)]
    kept = link(proposed, compiled.one_value)
    at: dict[tuple[int, int], list[Finding]] = {}
    for f in proposed:
        if f.kind == kind:
            at.setdefault((f.line, f.column), []).append(f)
    kept_at: dict[tuple[int, int], list[Finding]] = {}
    for f in kept:
        if f.kind == kind:
            kept_at.setdefault((f.line, f.column), []).append(f)
    candidates = []
    seen: set[tuple[int, int]] = set()
    for start, end, norm in _mentions(ctx, kind, claim_id):
        pos = doc.position(start)
        seen.add(pos)
        sent = doc.sentences[doc.sentence_at(start)]
        candidates.append(_candidate(doc, pos, start, end, norm, sent.start, sent.end, at, kept_at, claim_id))
    # Places a claim proposed that are not mentions of the lists above (a statement's sentence).
    for pos, group in sorted(at.items()):
        if pos not in seen and any(f.claim == claim_id for f in group):
            f = next(f for f in group if f.claim == claim_id)
            norm = " ".join(fold_simple(f.found).lower().split())
            proposals = tuple(sorted(group, key=lambda g: (g.claim != claim_id, -g.confidence)))
            candidates.append(
                Candidate(pos[0], pos[1], f.found, norm, f.evidence, proposals, tuple(kept_at.get(pos, ())))
            )
    candidates.sort(key=lambda c: (c.line, c.column))
    final = tuple(f for f in kept if f.claim == claim_id)
    return Explanation(claim_id, kind, doc.path, tuple(candidates), final)


def _candidate(
    doc: Document,
    pos: tuple[int, int],
    start: int,
    end: int,
    norm: str,
    s_start: int,
    s_end: int,
    at: dict[tuple[int, int], list[Finding]],
    kept_at: dict[tuple[int, int], list[Finding]],
    claim_id: str,
) -> Candidate:
    group = at.get(pos, [])
    proposals = tuple(sorted(group, key=lambda g: (g.claim != claim_id, -g.confidence)))
    return Candidate(
        pos[0],
        pos[1],
        doc.original(start, end),
        norm,
        doc.evidence(s_start, s_end, start),
        proposals,
        tuple(kept_at.get(pos, ())),
    )


def _why(c: Candidate, claim: str) -> str:
    mine = c.for_claim(claim)
    if mine is None:
        if c.proposed:
            others = ", ".join(sorted({f.claim for f in c.proposed}))
            return f"not proposed for {claim} (proposed for {others} only): no cue of {claim} ties it"
        return f"proposed for no claim: no claim's cue word is near enough (edit `cues` or `about` of {claim})"
    kept = [f for f in c.kept if f.claim == claim]
    if not kept:
        winner = max(c.kept, key=lambda f: f.confidence, default=None)
        if winner is not None:
            return (
                f"linked to {winner.claim} instead ({winner.verdict.value}, confidence {winner.confidence:.2f}; "
                f"a mention belongs to the claim its value fits, else the most confident)"
            )
        return "dropped by linking"
    f = kept[0]
    reason = f"{f.verdict.value}: {f.message}"
    if f.verdict.value == "unclear" and f.confidence < CONFIDENCE_THRESHOLD:
        reason += f" [confidence {f.confidence:.2f} < threshold {CONFIDENCE_THRESHOLD}]"
    rivals = [p for p in c.proposed if p.claim != claim]
    if rivals and f.verdict.value == "unclear" and "equally" in f.message:
        reason += f" [competing claims within {LINK_MARGIN} of each other]"
    return reason


def render_explanation(e: Explanation) -> str:
    """Return the explanation as text: one block per candidate, then the verdict."""
    lines = [f"{e.kind} claim '{e.claim}' in {e.article}: {len(e.candidates)} candidate mention(s)", ""]
    for c in e.candidates:
        lines.append(f"{e.article}:{c.line}:{c.column}: {c.text!r} -> {c.normalised}")
        for f in c.proposed:
            mark = "this claim" if f.claim == e.claim else "competing"
            lines.append(
                f"    {mark:10} {f.claim}: {f.verdict.value}, confidence {f.confidence:.2f} (found {f.found!r})"
            )
        if not c.proposed:
            lines.append("    (no claim proposed this mention)")
        lines.append(f"    why: {_why(c, e.claim)}")
        lines.append(f"    sentence: {c.sentence}")
        lines.append("")
    if e.final:
        lines.append("verdict:")
        for f in e.final:
            lines.append(f"  {f.line}:{f.column}: {f.verdict.value} (confidence {f.confidence:.2f}) {f.message}")
    else:
        lines.append("verdict: not mentioned (no finding of this claim in the article)")
    lines.append(
        "To silence a false alarm: narrow `cues` or reword `about` so the mention is not tied to this claim, "
        "or add an `accept:` entry with a reason."
    )
    return "\n".join(lines) + "\n"


def to_dict(e: Explanation) -> dict[str, object]:
    """Return the JSON form of an explanation."""
    return {
        "claim": e.claim,
        "kind": e.kind,
        "article": e.article,
        "candidates": [
            {
                "line": c.line,
                "column": c.column,
                "text": c.text,
                "normalised": c.normalised,
                "proposed": [
                    {"claim": f.claim, "verdict": f.verdict.value, "confidence": round(f.confidence, 2)}
                    for f in c.proposed
                ],
                "why": _why(c, e.claim),
            }
            for c in e.candidates
        ],
        "verdict": [dataclasses.replace(f, notes=()).to_dict() for f in e.final],
    }
