"""Renderers: the same findings as compiler-style text, JSON, GitHub annotations, SARIF or markdown.

``headline`` is the one sentence every face (CLI, JSON, pytest) prints for a
finding, so a finding reads the same wherever it is seen. How loud a finding is
comes from ``Finding.level`` (itself from ``Finding.fails``): the exit status, the
pytest outcome, the SARIF level and the GitHub annotation never disagree.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from factcheck import __version__
from factcheck.model import Claim, ClaimsFile, Entity, Finding, Verdict
from factcheck.suppress import Stale

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


@dataclass(frozen=True)
class Rule:
    """A claim or an entity as a rule of the SARIF report: its id, kind and words."""

    id: str
    kind: str
    text: str
    severity: str


def describe(item: Claim | Entity) -> str:
    """Return a claim's (or entity's) canonical words, for rule descriptions."""
    if isinstance(item, Entity):
        aliases = f" (also: {', '.join(item.aliases)})" if item.aliases else ""
        return f"spelt {item.name}{aliases}"
    words = getattr(item, "text", "")
    if not words and hasattr(item, "expected_text"):
        words = str(item.expected_text())
    value = getattr(item, "value", None)
    if not words and value is not None:
        words = str(value)
    parts = [p for p in (item.about, str(words)) if p]
    return ": ".join(parts) or item.id


def rules_of(claims: ClaimsFile) -> tuple[Rule, ...]:
    """Return one rule per entity and per claim, in file order."""
    out = [Rule(e.id, "name", describe(e), e.severity.value) for e in claims.entities]
    out += [Rule(c.id, c.kind, describe(c), c.severity.value) for c in claims.claims]
    return tuple(out)


@dataclass(frozen=True)
class Summary:
    """What a report needs besides the findings: counts, rules, stale entries, the failing rule."""

    articles: int
    claims: int
    entities: int
    errors: tuple[str, ...] = field(default=())
    stale: tuple[Stale, ...] = field(default=())
    fail_on: str = "error"
    strict: bool = False
    rules: tuple[Rule, ...] = field(default=())
    color: bool = False
    warnings: tuple[str, ...] = field(default=())


def headline(f: Finding) -> str:
    """Return ``path:line:col: severity [claim] message`` for one finding."""
    label = f.severity.value if f.verdict is Verdict.CONTRADICTED else f.verdict.value
    text = f"{f.location()}: {label} [{f.claim}] {f.message} (confidence {f.confidence:.2f})"
    if f.suppressed is not None:
        text += f" [{f.suppressed.kind}: {f.suppressed.reason}]" if f.suppressed.reason else f" [{f.suppressed.kind}]"
    return text


def details(f: Finding, indent: str = "    ") -> list[str]:
    """Return the evidence lines shown under a finding's headline."""
    lines = [f"{indent}expected: {f.expected}", f"{indent}found:    {f.found}", f"{indent}evidence: {f.evidence}"]
    lines.extend(f"{indent}note:     {n}" for n in f.notes)
    return lines


def counts(findings: Sequence[Finding]) -> Counter[str]:
    """Count findings by verdict and, for contradictions, by severity; suppressed ones by kind."""
    c: Counter[str] = Counter()
    for f in findings:
        if f.verdict is Verdict.CONTRADICTED:
            c[f.severity.value] += 1
        c[f.verdict.value] += 1
        if f.suppressed is not None:
            c[f.suppressed.kind] += 1
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
    if c["accepted"] or c["baseline"]:
        text += f"; {c['accepted']} accepted, {c['baseline']} in the baseline (listed, never failing)"
    if summary.stale:
        text += f"; {len(summary.stale)} stale accept/baseline entry(ies)"
    if summary.errors:
        text += f"; {len(summary.errors)} article(s) could not be read"
    return text


_COLORS = {"error": "\033[1;31m", "warning": "\033[33m", "note": "\033[36m", "dim": "\033[2m"}
_RESET = "\033[0m"


def render_text(findings: Sequence[Finding], summary: Summary) -> str:
    """Render findings like a compiler: one headline each, evidence below, stale entries, a summary last."""
    out: list[str] = []
    for f in findings:
        line = headline(f)
        if summary.color:
            style = "dim" if f.suppressed is not None else f.level(summary.fail_on)
            line = _COLORS[style] + line + _RESET
        out.append(line)
        out.extend(details(f))
    for s in summary.stale:
        label = "error" if summary.strict else "warning"
        line = f"{s.location()}: {label}: {s.message()}"
        out.append(_COLORS[label] + line + _RESET if summary.color else line)
    out.append(summary_line(findings, summary))
    return "\n".join(out) + "\n"


def json_report(findings: Sequence[Finding], summary: Summary) -> dict[str, object]:
    """Return the stable JSON report as a dict (``render_json`` prints it)."""
    c = counts(findings)
    return {
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
            "accepted": c["accepted"],
            "baseline": c["baseline"],
            "stale": len(summary.stale),
            "failing": sum(1 for f in findings if f.fails(summary.fail_on)),
        },
        "errors": list(summary.errors),
        "stale": [s.to_dict() for s in summary.stale],
    }


def render_json(findings: Sequence[Finding], summary: Summary) -> str:
    """Render the stable JSON report: ``{"version", "findings": [...], "summary", "errors", "stale"}``."""
    return json.dumps(json_report(findings, summary), ensure_ascii=False, indent=2) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def render_github(findings: Sequence[Finding], summary: Summary) -> str:
    """Render GitHub Actions workflow commands, so findings annotate the article in a pull request.

    ``::error`` for what fails the run, ``::warning`` for what fails under ``--fail-on warning``,
    ``::notice`` for unclear findings. Accepted and baselined findings are not annotated (they
    are counted in the closing line); stale entries annotate the claims or baseline file.
    """
    out = []
    for f in findings:
        if f.suppressed is not None:
            continue
        level = _GITHUB_LEVEL[f.level(summary.fail_on)]
        title = _escape(f"factcheck {f.claim}", prop=True)
        message = _escape(f"{f.message}\nexpected: {f.expected}\nfound: {f.found}\nevidence: {f.evidence}")
        where = f"file={_escape(f.display_path(), prop=True)},line={f.line},col={f.column}"
        out.append(f"::{level} {where},title={title}::{message}")
    for s in summary.stale:
        level = "error" if summary.strict else "warning"
        where = f"file={_escape(s.file, prop=True)}"
        if s.line:
            where += f",line={s.line},col={max(s.column, 1)}"
        out.append(f"::{level} {where},title={_escape('factcheck stale entry', prop=True)}::{_escape(s.message())}")
    out.append(summary_line(findings, summary))
    return "\n".join(out) + "\n"


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:._-~")


def sarif_report(findings: Sequence[Finding], summary: Summary) -> dict[str, object]:
    """Return a SARIF 2.1.0 log: one rule per claim and entity, one result per finding.

    ``level`` comes from ``Finding.level``; ``partialFingerprints`` from the baseline's
    fingerprint; accepted findings carry an ``inSource`` suppression, baselined ones an
    ``external`` one; stale entries are tool notifications.
    """
    from factcheck.baseline import fingerprint

    rules = list(summary.rules)
    known = {r.id for r in rules}
    for f in findings:  # a finding of a rule the summary does not know (a library caller's)
        if f.claim not in known:
            known.add(f.claim)
            rules.append(Rule(f.claim, f.kind, f.expected, f.severity.value))
    index = {r.id: i for i, r in enumerate(rules)}
    sarif_rules = [
        {
            "id": r.id,
            "name": r.id,
            "shortDescription": {"text": f"{r.kind} claim {r.id}"},
            "fullDescription": {"text": r.text or r.id},
            "defaultConfiguration": {"level": "error" if r.severity == "error" else "warning"},
            "properties": {"kind": r.kind, "severity": r.severity},
        }
        for r in rules
    ]
    results = []
    for f in findings:
        result: dict[str, object] = {
            "ruleId": f.claim,
            "ruleIndex": index[f.claim],
            "level": f.level(summary.fail_on),
            "message": {"text": f"{f.message} (expected {f.expected}; found {f.found})"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.display_path())},
                        "region": {
                            "startLine": max(f.line, 1),
                            "startColumn": max(f.column, 1),
                            "snippet": {"text": f.evidence},
                        },
                    }
                }
            ],
            "partialFingerprints": {"factcheck/v1": fingerprint(f)},
            "properties": {
                "verdict": f.verdict.value,
                "severity": f.severity.value,
                "confidence": round(f.confidence, 2),
                "expected": f.expected,
                "found": f.found,
                "article": f.article,
            },
        }
        if f.also_at:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.display_path())},
                        "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
                    },
                    "message": {"text": "the same finding again"},
                }
                for i, (line, column) in enumerate(f.also_at, 1)
            ]
        if f.suppressed is not None:
            kind = "inSource" if f.suppressed.kind == "accepted" else "external"
            result["suppressions"] = [{"kind": kind, "status": "accepted", "justification": f.suppressed.reason}]
        results.append(result)
    notifications = [
        {
            "level": "error" if summary.strict else "warning",
            "message": {"text": s.message()},
            "descriptor": {"id": "stale-entry"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(s.file)},
                        **({"region": {"startLine": s.line, "startColumn": max(s.column, 1)}} if s.line else {}),
                    }
                }
            ]
            if s.file
            else [],
        }
        for s in summary.stale
    ]
    notifications += [{"level": "error", "message": {"text": e}} for e in summary.errors]
    notifications += [{"level": "warning", "message": {"text": w}} for w in summary.warnings]
    failing = any(f.fails(summary.fail_on) for f in findings) or (summary.strict and bool(summary.stale))
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/pytest-factcheck/",
                        "rules": sarif_rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not summary.errors,
                        "exitCode": 2 if summary.errors else int(failing),
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render_sarif(findings: Sequence[Finding], summary: Summary) -> str:
    """Render a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers)."""
    return json.dumps(sarif_report(findings, summary), ensure_ascii=False, indent=2) + "\n"


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(findings: Sequence[Finding], summary: Summary) -> str:
    """Render a markdown summary: one table of what fails or warns, one of the rest, stale entries.

    For a pull-request comment or ``$GITHUB_STEP_SUMMARY``.
    """
    failing = [f for f in findings if f.fails(summary.fail_on)]
    out = ["## factcheck", ""]
    status = "❌" if failing or (summary.strict and summary.stale) or summary.errors else "✅"
    out += [f"{status} {_cell(summary_line(findings, summary), 10_000)}", ""]
    header = ["| | Where | Claim | Verdict | Found | Expected | Message |", "|---|---|---|---|---|---|---|"]
    icons = {"error": "❌", "warning": "⚠️", "note": "ℹ️"}

    def row(f: Finding) -> str:
        icon = "🔕" if f.suppressed is not None else icons[f.level(summary.fail_on)]
        where = f"`{_cell(f.location())}`"
        verdict = f.verdict.value if f.suppressed is None else f"{f.verdict.value} ({f.suppressed.kind})"
        cells = [icon, where, f"`{_cell(f.claim)}`", verdict, _cell(f.found), _cell(f.expected), _cell(f.message)]
        return "| " + " | ".join(cells) + " |"

    shown = [f for f in findings if f.suppressed is None]
    quiet = [f for f in findings if f.suppressed is not None]
    if shown:
        out += header + [row(f) for f in shown] + [""]
    else:
        out += ["No unsuppressed findings.", ""]
    if quiet:
        out += [f"<details><summary>{len(quiet)} accepted or baselined finding(s)</summary>", ""]
        out += header + [row(f) for f in quiet] + ["", "</details>", ""]
    if summary.stale:
        out += ["**Stale entries** (they match no finding; `factcheck baseline prune` removes baseline ones):", ""]
        out += [f"- `{_cell(s.location())}`: {_cell(s.message())}" for s in summary.stale] + [""]
    if summary.errors:
        out += ["**Errors:**", ""] + [f"- {_cell(e, 1000)}" for e in summary.errors] + [""]
    return "\n".join(out)


Renderer = Callable[[Sequence[Finding], Summary], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "sarif": render_sarif,
    "markdown": render_markdown,
}
