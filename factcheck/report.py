"""Renderers: the same findings as compiler-style text, JSON, or GitHub annotations.

``headline`` is the one sentence every face (CLI, JSON, pytest) prints for a
finding, so a finding reads the same wherever it is seen.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck import __version__
from factcheck.model import Finding, Severity, Verdict


@dataclass(frozen=True)
class Summary:
    """Counts for the closing line of a run."""

    articles: int
    claims: int
    entities: int
    errors: tuple[str, ...] = field(default=())


def headline(f: Finding) -> str:
    """Return ``path:line:col: severity [claim] message`` for one finding."""
    label = f.severity.value if f.verdict is Verdict.CONTRADICTED else f.verdict.value
    return f"{f.location()}: {label} [{f.claim}] {f.message} (confidence {f.confidence:.2f})"


def details(f: Finding, indent: str = "    ") -> list[str]:
    """Return the evidence lines shown under a finding's headline."""
    lines = [f"{indent}expected: {f.expected}", f"{indent}found:    {f.found}", f"{indent}evidence: {f.evidence}"]
    lines.extend(f"{indent}note:     {n}" for n in f.notes)
    return lines


def counts(findings: Sequence[Finding]) -> Counter[str]:
    """Count findings by verdict and, for contradictions, by severity."""
    c: Counter[str] = Counter()
    for f in findings:
        if f.verdict is Verdict.CONTRADICTED:
            c[f.severity.value] += 1
        c[f.verdict.value] += 1
    return c


def summary_line(findings: Sequence[Finding], summary: Summary) -> str:
    """Return the closing line: what was checked and what was found."""
    c = counts(findings)
    articles = {f.article for f in findings if f.verdict is Verdict.CONTRADICTED}
    text = (
        f"{c['contradicted']} contradiction(s) ({c['error']} error(s), {c['warning']} warning(s)) "
        f"in {len(articles)} of {summary.articles} article(s); {c['imprecise']} imprecise; {c['unclear']} unclear; "
        f"checked against {summary.claims} claim(s) and {summary.entities} entity(ies)"
    )
    if summary.errors:
        text += f"; {len(summary.errors)} article(s) could not be read"
    return text


def render_text(findings: Sequence[Finding], summary: Summary) -> str:
    """Render findings like a compiler: one headline each, evidence below, a summary last."""
    out: list[str] = []
    for f in findings:
        out.append(headline(f))
        out.extend(details(f))
    out.append(summary_line(findings, summary))
    return "\n".join(out) + "\n"


def render_json(findings: Sequence[Finding], summary: Summary) -> str:
    """Render the stable JSON report: ``{"version", "findings": [...], "summary", "errors"}``."""
    c = counts(findings)
    data = {
        "version": 1,
        "tool": {"name": "factcheck", "version": __version__},
        "findings": [f.to_dict() for f in findings],
        "summary": {
            "articles": summary.articles,
            "claims": summary.claims,
            "entities": summary.entities,
            "contradicted": c["contradicted"],
            "imprecise": c["imprecise"],
            "unclear": c["unclear"],
            "errors": c["error"],
            "warnings": c["warning"],
        },
        "errors": list(summary.errors),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(findings: Sequence[Finding], summary: Summary) -> str:
    """Render GitHub Actions workflow commands, so findings annotate the article in a pull request."""
    out = []
    for f in findings:
        level = "error" if f.verdict is Verdict.CONTRADICTED and f.severity is Severity.ERROR else "warning"
        if f.verdict is Verdict.IMPRECISE:
            level = "notice"
        title = _escape(f"factcheck {f.claim}", prop=True)
        message = _escape(f"{f.message}\nevidence: {f.evidence}")
        out.append(
            f"::{level} file={_escape(f.article, prop=True)},line={f.line},col={f.column},title={title}::{message}"
        )
    out.append(summary_line(findings, summary))
    return "\n".join(out) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "github": render_github}
