"""Renderers: the same findings as compiler-style text, JSON, GitHub annotations, SARIF or markdown.

``headline`` is the one sentence every face (CLI, JSON, pytest) prints for a
finding, so a finding reads the same wherever it is seen. How loud a finding is
comes from ``Finding.level`` (itself from ``Finding.fails``): the exit status, the
pytest outcome, the SARIF level and the GitHub annotation never disagree.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import IO, Protocol
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


class Tally:
    """What a report counts as findings come: by verdict, by severity, suppressed ones by kind.

    Also the articles that hold a contradiction and how many findings fail under ``fail_on``:
    enough for the summary line, the JSON summary and the exit status without the findings.
    """

    def __init__(self, fail_on: str = "error") -> None:
        self.fail_on = fail_on
        self.counts: Counter[str] = Counter()
        self.contradicted: set[str] = set()
        self.failing = 0

    def add(self, findings: Iterable[Finding]) -> Tally:
        """Count ``findings``; return self."""
        c = self.counts
        for f in findings:
            if f.verdict is Verdict.CONTRADICTED:
                c[f.severity.value] += 1
                self.contradicted.add(f.article)
            c[f.verdict.value] += 1
            if f.suppressed is not None:
                c[f.suppressed.kind] += 1
            if f.fails(self.fail_on):
                self.failing += 1
        return self

    def line(self, summary: Summary) -> str:
        """Return the closing line: what was checked and what was found."""
        c = self.counts
        text = (
            f"{c['contradicted']} contradiction(s) ({c['error']} error(s), {c['warning']} warning(s)) "
            f"in {len(self.contradicted)} of {summary.articles} article(s); {c['imprecise']} imprecise; "
            f"{c['unclear']} unclear; "
            f"checked against {summary.claims} claim(s) and {summary.entities} entity(ies)"
        )
        if c["accepted"] or c["baseline"]:
            text += f"; {c['accepted']} accepted, {c['baseline']} in the baseline (listed, never failing)"
        if summary.stale:
            text += f"; {len(summary.stale)} stale accept/baseline entry(ies)"
        if summary.errors:
            text += f"; {len(summary.errors)} article(s) could not be read"
        return text

    def fails(self, summary: Summary) -> bool:
        """Return True if the run fails: a failing finding, or stale entries under ``--strict``."""
        return self.failing > 0 or (summary.strict and bool(summary.stale))


def counts(findings: Sequence[Finding]) -> Counter[str]:
    """Count findings by verdict and, for contradictions, by severity; suppressed ones by kind."""
    return Tally().add(findings).counts


def summary_line(findings: Sequence[Finding], summary: Summary) -> str:
    """Return the closing line: what was checked and what was found."""
    return Tally(summary.fail_on).add(findings).line(summary)


_COLORS = {"error": "\033[1;31m", "warning": "\033[33m", "note": "\033[36m", "dim": "\033[2m"}
_RESET = "\033[0m"


class Sink(Protocol):
    """Where a report is written: a text file, stdout, a ``StringIO``, a ``Spool``."""

    def write(self, text: str, /) -> object:
        """Write ``text``."""
        ...


class Spool:
    """Text written now and read back once at the end: in memory up to a limit, then in a temporary file.

    What a report must print after its summary (SARIF results, markdown rows) waits here, so
    memory stays flat however many findings there are.
    """

    LIMIT = 1 << 20

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._file: IO[str] | None = None

    def write(self, text: str) -> None:
        """Add ``text``."""
        if self._file is not None:
            self._file.write(text)
            return
        self._parts.append(text)
        self._size += len(text)
        if self._size > self.LIMIT:
            self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
            self._file.writelines(self._parts)
            self._parts = []

    def copy_to(self, out: Sink) -> None:
        """Write everything added to ``out`` and let it go."""
        if self._file is None:
            for part in self._parts:
                out.write(part)
            self._parts = []
            return
        self._file.seek(0)
        shutil.copyfileobj(self._file, out, 1 << 16)
        self._file.close()
        self._file = None


def _dump(value: object, level: int = 0) -> str:
    """Return ``value`` as ``json.dumps(indent=2)`` prints it ``level`` containers deep."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * level) if level else text


def _around(document: dict[str, object], marker: str) -> tuple[str, str]:
    """Return the JSON text of ``document`` before and after its one ``"marker": []`` member.

    A JSON string never holds an unescaped quote, so the marker is found only where it is a key.
    """
    before, sep, after = _dump(document).rpartition(f'"{marker}": []')
    assert sep, marker
    return before, after


class ReportWriter:
    """Writes a report as findings come, one article's findings at a time, the summary last.

    ``summary`` at the start gives what is known before the articles are checked (counts of
    claims and articles, rules, ``fail_on``, colour); ``close`` takes the final one (errors, stale
    entries, warnings). Writing every finding with one ``add`` and closing gives what the
    ``render_*`` functions return: they are this, into a string.
    """

    def __init__(self, out: Sink, summary: Summary) -> None:
        self.out = out
        self.summary = summary
        self.tally = Tally(summary.fail_on)

    def add(self, findings: Sequence[Finding]) -> None:
        """Write (or keep for the end) some findings: one article's, in order."""
        self.tally.add(findings)
        self._add(findings)

    def close(self, summary: Summary | None = None) -> None:
        """Write what comes after the findings; ``summary`` is the final one (default: the first)."""
        self._close(summary or self.summary)

    def _add(self, findings: Sequence[Finding]) -> None:
        raise NotImplementedError

    def _close(self, summary: Summary) -> None:
        raise NotImplementedError


class TextWriter(ReportWriter):
    """Findings like a compiler: one headline each, evidence below, stale entries, a summary last."""

    def _add(self, findings: Sequence[Finding]) -> None:
        color = self.summary.color
        for f in findings:
            line = headline(f)
            if color:
                style = "dim" if f.suppressed is not None else f.level(self.summary.fail_on)
                line = _COLORS[style] + line + _RESET
            self.out.write(line + "\n")
            for detail in details(f):
                self.out.write(detail + "\n")

    def _close(self, summary: Summary) -> None:
        for s in summary.stale:
            label = "error" if summary.strict else "warning"
            line = f"{s.location()}: {label}: {s.message()}"
            self.out.write((_COLORS[label] + line + _RESET if summary.color else line) + "\n")
        self.out.write(self.tally.line(summary) + "\n")


def json_summary(tally: Tally, summary: Summary) -> dict[str, object]:
    """Return the ``summary`` object of the JSON report."""
    c = tally.counts
    return {
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
        "failing": tally.failing,
    }


def _json_document(tally: Tally, summary: Summary, findings: list[object]) -> dict[str, object]:
    return {
        "version": 1,
        "tool": {"name": "factcheck", "version": __version__},
        "findings": findings,
        "summary": json_summary(tally, summary),
        "errors": list(summary.errors),
        "stale": [s.to_dict() for s in summary.stale],
    }


def json_report(findings: Sequence[Finding], summary: Summary) -> dict[str, object]:
    """Return the stable JSON report as a dict (``render_json`` prints it)."""
    tally = Tally(summary.fail_on).add(findings)
    return _json_document(tally, summary, [f.to_dict() for f in findings])


class JsonWriter(ReportWriter):
    """The stable JSON report, written as it goes: the same bytes as ``json.dumps(json_report(...), indent=2)``."""

    def __init__(self, out: Sink, summary: Summary) -> None:
        super().__init__(out, summary)
        self._started = False
        self._any = False

    def _begin(self) -> None:
        if not self._started:
            self._started = True
            head, _ = _around(_json_document(Tally(), self.summary, []), "findings")
            self.out.write(head + '"findings": [')

    def _add(self, findings: Sequence[Finding]) -> None:
        self._begin()
        for f in findings:
            self.out.write((",\n    " if self._any else "\n    ") + _dump(f.to_dict(), 2))
            self._any = True

    def _close(self, summary: Summary) -> None:
        self._begin()
        _, tail = _around(_json_document(self.tally, summary, []), "findings")
        self.out.write(("\n  ]" if self._any else "]") + tail + "\n")


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


class GithubWriter(ReportWriter):
    """GitHub Actions workflow commands, so findings annotate the article in a pull request.

    ``::error`` for what fails the run, ``::warning`` for what fails under ``--fail-on warning``,
    ``::notice`` for unclear findings. Accepted and baselined findings are not annotated (they
    are counted in the closing line); stale entries annotate the claims or baseline file.
    """

    def _add(self, findings: Sequence[Finding]) -> None:
        for f in findings:
            if f.suppressed is not None:
                continue
            level = _GITHUB_LEVEL[f.level(self.summary.fail_on)]
            title = _escape(f"factcheck {f.claim}", prop=True)
            message = _escape(f"{f.message}\nexpected: {f.expected}\nfound: {f.found}\nevidence: {f.evidence}")
            where = f"file={_escape(f.display_path(), prop=True)},line={f.line},col={f.column}"
            self.out.write(f"::{level} {where},title={title}::{message}\n")

    def _close(self, summary: Summary) -> None:
        for s in summary.stale:
            level = "error" if summary.strict else "warning"
            where = f"file={_escape(s.file, prop=True)}"
            if s.line:
                where += f",line={s.line},col={max(s.column, 1)}"
            title = _escape("factcheck stale entry", prop=True)
            self.out.write(f"::{level} {where},title={title}::{_escape(s.message())}\n")
        self.out.write(self.tally.line(summary) + "\n")


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:._-~")


class _SarifRules:
    """The SARIF rules: the summary's, then one for each finding of a rule it does not know."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        self.index = {r.id: i for i, r in enumerate(self.rules)}

    def of(self, f: Finding) -> int:
        """Return the index of ``f``'s rule, adding one for a rule the summary does not know (a library caller's)."""
        if f.claim not in self.index:
            self.index[f.claim] = len(self.rules)
            self.rules.append(Rule(f.claim, f.kind, f.expected, f.severity.value))
        return self.index[f.claim]

    def to_sarif(self) -> list[dict[str, object]]:
        return [
            {
                "id": r.id,
                "name": r.id,
                "shortDescription": {"text": f"{r.kind} claim {r.id}"},
                "fullDescription": {"text": r.text or r.id},
                "defaultConfiguration": {"level": "error" if r.severity == "error" else "warning"},
                "properties": {"kind": r.kind, "severity": r.severity},
            }
            for r in self.rules
        ]


def _sarif_result(f: Finding, rule_index: int, fail_on: str) -> dict[str, object]:
    from factcheck.baseline import fingerprint

    result: dict[str, object] = {
        "ruleId": f.claim,
        "ruleIndex": rule_index,
        "level": f.level(fail_on),
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
    return result


def _sarif_log(rules: _SarifRules, summary: Summary, failing: bool, results: list[object]) -> dict[str, object]:
    notifications: list[dict[str, object]] = [
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
                        "rules": rules.to_sarif(),
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


def sarif_report(findings: Sequence[Finding], summary: Summary) -> dict[str, object]:
    """Return a SARIF 2.1.0 log: one rule per claim and entity, one result per finding.

    ``level`` comes from ``Finding.level``; ``partialFingerprints`` from the baseline's
    fingerprint; accepted findings carry an ``inSource`` suppression, baselined ones an
    ``external`` one; stale entries are tool notifications.
    """
    rules = _SarifRules(summary.rules)
    results: list[object] = [_sarif_result(f, rules.of(f), summary.fail_on) for f in findings]
    failing = Tally(summary.fail_on).add(findings).fails(summary)
    return _sarif_log(rules, summary, failing, results)


class SarifWriter(ReportWriter):
    """A SARIF 2.1.0 log, the same bytes as ``json.dumps(sarif_report(...), indent=2)``.

    The results come last in the log but the invocation before them needs the end of the run,
    so results wait in a ``Spool`` (a temporary file once large) and the log is written at close.
    """

    def __init__(self, out: Sink, summary: Summary) -> None:
        super().__init__(out, summary)
        self._rules = _SarifRules(summary.rules)
        self._results = Spool()
        self._any = False

    def _add(self, findings: Sequence[Finding]) -> None:
        for f in findings:
            result = _sarif_result(f, self._rules.of(f), self.summary.fail_on)
            self._results.write((",\n        " if self._any else "\n        ") + _dump(result, 4))
            self._any = True

    def _close(self, summary: Summary) -> None:
        head, tail = _around(_sarif_log(self._rules, summary, self.tally.fails(summary), []), "results")
        self.out.write(head + '"results": [')
        self._results.copy_to(self.out)
        self.out.write(("\n      ]" if self._any else "]") + tail + "\n")


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


_MD_HEADER = ("| | Where | Claim | Verdict | Found | Expected | Message |", "|---|---|---|---|---|---|---|")
_MD_ICONS = {"error": "❌", "warning": "⚠️", "note": "ℹ️"}


class MarkdownWriter(ReportWriter):
    """A markdown summary: one table of what fails or warns, one of the rest, stale entries.

    For a pull-request comment or ``$GITHUB_STEP_SUMMARY``. The summary line comes first, so the
    rows wait in two ``Spool``s until the end.
    """

    def __init__(self, out: Sink, summary: Summary) -> None:
        super().__init__(out, summary)
        self._shown = Spool()
        self._quiet = Spool()
        self._quiet_count = 0
        self._shown_count = 0
        self._first = True

    def _row(self, f: Finding) -> str:
        icon = "🔕" if f.suppressed is not None else _MD_ICONS[f.level(self.summary.fail_on)]
        where = f"`{_cell(f.location())}`"
        verdict = f.verdict.value if f.suppressed is None else f"{f.verdict.value} ({f.suppressed.kind})"
        cells = [icon, where, f"`{_cell(f.claim)}`", verdict, _cell(f.found), _cell(f.expected), _cell(f.message)]
        return "| " + " | ".join(cells) + " |"

    def _add(self, findings: Sequence[Finding]) -> None:
        for f in findings:  # each row after a line of its table: "\n" then the row
            if f.suppressed is None:
                self._shown.write("\n" + self._row(f))
                self._shown_count += 1
            else:
                self._quiet.write("\n" + self._row(f))
                self._quiet_count += 1

    def _line(self, text: str) -> None:  # lines joined with "\n", as "\n".join(lines) does
        self.out.write(text if self._first else "\n" + text)
        self._first = False

    def _close(self, summary: Summary) -> None:
        line = self._line
        failing = self.tally.failing or (summary.strict and summary.stale) or summary.errors
        for text in ("## factcheck", "", f"{'❌' if failing else '✅'} {_cell(self.tally.line(summary), 10_000)}", ""):
            line(text)
        if self._shown_count:
            for text in _MD_HEADER:
                line(text)
            self._shown.copy_to(self.out)
            line("")
        else:
            line("No unsuppressed findings.")
            line("")
        if self._quiet_count:
            line(f"<details><summary>{self._quiet_count} accepted or baselined finding(s)</summary>")
            line("")
            for text in _MD_HEADER:
                line(text)
            self._quiet.copy_to(self.out)
            for text in ("", "</details>", ""):
                line(text)
        if summary.stale:
            line("**Stale entries** (they match no finding; `factcheck baseline prune` removes baseline ones):")
            line("")
            for s in summary.stale:
                line(f"- `{_cell(s.location())}`: {_cell(s.message())}")
            line("")
        if summary.errors:
            line("**Errors:**")
            line("")
            for e in summary.errors:
                line(f"- {_cell(e, 1000)}")
            line("")


WRITERS: dict[str, type[ReportWriter]] = {
    "text": TextWriter,
    "json": JsonWriter,
    "github": GithubWriter,
    "sarif": SarifWriter,
    "markdown": MarkdownWriter,
}


def render(fmt: str, findings: Sequence[Finding], summary: Summary) -> str:
    """Return the report of ``findings`` in ``fmt``: what ``WRITERS[fmt]`` writes, as a string."""
    buffer = io.StringIO()
    writer = WRITERS[fmt](buffer, summary)
    writer.add(findings)
    writer.close(summary)
    return buffer.getvalue()


def render_text(findings: Sequence[Finding], summary: Summary) -> str:
    """Render findings like a compiler: one headline each, evidence below, stale entries, a summary last."""
    return render("text", findings, summary)


def render_json(findings: Sequence[Finding], summary: Summary) -> str:
    """Render the stable JSON report: ``{"version", "findings": [...], "summary", "errors", "stale"}``."""
    return render("json", findings, summary)


def render_github(findings: Sequence[Finding], summary: Summary) -> str:
    """Render GitHub Actions workflow commands (see ``GithubWriter``)."""
    return render("github", findings, summary)


def render_sarif(findings: Sequence[Finding], summary: Summary) -> str:
    """Render a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers)."""
    return render("sarif", findings, summary)


def render_markdown(findings: Sequence[Finding], summary: Summary) -> str:
    """Render a markdown summary (see ``MarkdownWriter``), for a pull-request comment or ``$GITHUB_STEP_SUMMARY``."""
    return render("markdown", findings, summary)


Renderer = Callable[[Sequence[Finding], Summary], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "sarif": render_sarif,
    "markdown": render_markdown,
}
