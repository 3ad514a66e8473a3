"""factcheck check streams: each article's findings are written as soon as it is checked.

The reports written article by article are the same bytes as the reports of the whole list of
findings at once (``json.dumps`` of ``json_report`` and ``sarif_report``), ``run()`` is a
collected ``RunStream``, and the command writes an article's findings before the next one is
checked (a generator-based check: the checker looks at stdout before it yields the next article).
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from factcheck import baseline, project
from factcheck.cli import run_cli
from factcheck.model import Finding, Severity, Suppression, Verdict
from factcheck.project import RunStream, run
from factcheck.report import (
    WRITERS,
    Spool,
    Summary,
    Tally,
    json_report,
    render,
    rules_of,
    sarif_report,
    summary_line,
)
from factcheck.suppress import Stale, apply_accepts

FORMATS = sorted(WRITERS)


def finding(article: str, line: int, **changes: object) -> Finding:
    base = Finding(
        article=article,
        claim="death-toll",
        kind="quantity",
        verdict=Verdict.CONTRADICTED,
        severity=Severity.ERROR,
        expected="145",
        found="144",
        line=line,
        column=3,
        evidence='It killed 144 "people" — in Zürich\\ | <b>',
        message="found 144, expected 145",
        confidence=0.95,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


FINDINGS = [
    finding("a/1.txt", 2, notes=("a note",), also_at=((7, 1), (9, 4)), path="x/a/1.txt"),
    finding("a/1.txt", 5, verdict=Verdict.IMPRECISE, found="more than 140"),
    finding("a/2.txt", 1, suppressed=Suppression("accepted", "interim, correct when printed")),
    finding("a/2.txt", 4, claim="sejourne", kind="name", found="Sejournay", severity=Severity.WARNING),
    finding("a/3.txt", 1, claim="unknown-rule", verdict=Verdict.UNCLEAR, confidence=0.3),
    finding("a/3.txt", 8, suppressed=Suppression("baseline", "in the baseline")),
]
STALE = (
    Stale("death-toll", "a/*.txt", "143", "accept", "old toll", "claims.yaml", 12, 7),
    Stale("sejourne", "a/9.txt", "Sejourney", "baseline", file="factcheck-baseline.json"),
)


def summaries() -> list[Summary]:
    from factcheck.loader import load_claims
    from tests.conftest import REPO

    rules = rules_of(load_claims(REPO / "claims.yaml"))
    return [
        Summary(3, 8, 8, rules=rules),
        Summary(3, 8, 8, ("a/4.txt: is a binary file",), STALE, "warning", True, rules, False, ("a warning",)),
        Summary(0, 0, 0),
    ]


def by_article(findings: Sequence[Finding]) -> list[list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.article, []).append(f)
    return list(groups.values())


def written(fmt: str, groups: Iterable[Sequence[Finding]], summary: Summary) -> str:
    out = io.StringIO()
    writer = WRITERS[fmt](out, dataclasses.replace(summary, errors=(), stale=(), warnings=()))
    for group in groups:
        writer.add(group)
    writer.close(summary)
    return out.getvalue()


@pytest.mark.parametrize("findings", [FINDINGS, [], FINDINGS[:1]], ids=["many", "none", "one"])
@pytest.mark.parametrize("which", [0, 1, 2])
def test_json_and_sarif_written_as_they_come_are_json_dumps_of_the_whole(findings, which):
    summary = summaries()[which]
    groups = by_article(findings)
    assert (
        written("json", groups, summary)
        == json.dumps(json_report(findings, summary), ensure_ascii=False, indent=2) + "\n"
    )
    assert (
        written("sarif", groups, summary)
        == json.dumps(sarif_report(findings, summary), ensure_ascii=False, indent=2) + "\n"
    )
    json.loads(written("json", groups, summary))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("which", [0, 1, 2])
def test_article_by_article_is_all_at_once(fmt, which):
    summary = summaries()[which]
    whole = render(fmt, FINDINGS, summary)
    assert written(fmt, by_article(FINDINGS), summary) == whole
    assert written(fmt, [[f] for f in FINDINGS], summary) == whole
    assert written(fmt, [[], *by_article(FINDINGS), []], summary) == whole


def test_markdown_keeps_its_shape():
    summary = summaries()[1]
    text = render("markdown", FINDINGS, summary)
    assert text.startswith("## factcheck\n\n❌ ") and text.endswith("\n") and not text.endswith("\n\n")
    assert "<details><summary>2 accepted or baselined finding(s)</summary>" in text
    assert "**Stale entries**" in text and "**Errors:**" in text
    assert render("markdown", [], summaries()[2]).endswith("No unsuppressed findings.\n")


@pytest.mark.parametrize("fmt", ["sarif", "markdown"])
def test_a_spool_past_its_limit_goes_to_a_file_and_reads_back_the_same(fmt, monkeypatch):
    summary = summaries()[1]
    in_memory = render(fmt, FINDINGS * 5, summary)
    monkeypatch.setattr(Spool, "LIMIT", 100)
    assert render(fmt, FINDINGS * 5, summary) == in_memory
    spool = Spool()
    for i in range(50):
        spool.write(f"line {i} é\n")
    assert spool._file is not None
    out = io.StringIO()
    spool.copy_to(out)
    assert out.getvalue() == "".join(f"line {i} é\n" for i in range(50))


def test_tally_counts_what_the_summary_line_says():
    tally = Tally("warning").add(FINDINGS)
    assert tally.failing == 3  # the contradiction, the imprecise figure, the warning (suppressed never)
    assert tally.contradicted == {"a/1.txt", "a/2.txt", "a/3.txt"}
    summary = summaries()[0]
    assert tally.line(summary) == summary_line(FINDINGS, dataclasses.replace(summary, fail_on="warning"))


# --- the run ------------------------------------------------------------------------------------


def add_accept(project_dir: Path) -> None:
    path = project_dir / "claims.yaml"
    after = "    value: 145                       # final official toll; 144 was an interim figure"
    text = path.read_text()
    assert after in text
    entry = '    accept:\n      - {article: "seeds/002_*.txt", found: "144", reason: "interim toll"}'
    entry += '\n      - {article: "seeds/*.txt", found: "146", reason: "never found: stale"}'
    path.write_text(text.replace(after, after + "\n" + entry, 1))


def test_run_is_a_collected_stream(seed_project, monkeypatch):
    monkeypatch.chdir(seed_project)
    add_accept(seed_project)
    result = run("claims.yaml", baseline=False)
    stream = RunStream("claims.yaml", baseline=False)
    with pytest.raises(RuntimeError):
        stream.stale()
    items = list(stream)
    assert (
        [c.article for c in items]
        == result.checked
        == [f"seeds/{p.name}" for p in sorted((seed_project / "seeds").glob("*.txt"))]
    )
    assert [f for c in items for f in c.findings] == result.findings
    assert stream.stale() == result.stale and [s.found for s in result.stale] == ["146"]
    assert any(f.suppressed is not None for f in result.findings)
    with pytest.raises(RuntimeError):
        iter(stream)
    # The findings are those of the old way: all collected, sorted, then the accept entries applied.
    everything = sorted((dataclasses.replace(f, suppressed=None) for f in result.findings), key=Finding.sort_key)
    assert apply_accepts(result.claims, everything, result.checked) == (result.findings, result.stale)


def test_a_baseline_applied_article_by_article_is_the_baseline_applied_at_once(seed_project, monkeypatch):
    monkeypatch.chdir(seed_project)
    plain = run("claims.yaml", baseline=False)
    entries = baseline.record(plain.findings, [], plain.checked)
    # Drop one, blur another's fingerprint (it matches by found text), add one that matches nothing.
    entries = entries[1:]
    entries[0] = dataclasses.replace(entries[0], fingerprint="0" * 32)
    entries.append(baseline.Entry(plain.checked[0], "death-toll", "999", "x"))
    baseline.write(seed_project / "known.json", entries)
    stream = RunStream("claims.yaml", baseline="known.json")
    streamed = [f for c in stream for f in c.findings]
    at_once, stale = baseline.apply(plain.findings, baseline.read("known.json"), plain.checked, "known.json")
    assert streamed == at_once and stream.stale() == stale and len(stale) == 1
    assert sum(1 for f in streamed if f.suppressed is not None) == len(entries) - 1


def test_recorder_is_record_then_apply(seed_project, monkeypatch):
    monkeypatch.chdir(seed_project)
    plain = run("claims.yaml", baseline=False)
    previous = [
        baseline.Entry("seeds/elsewhere.txt", "death-toll", "1", "f"),
        baseline.Entry(plain.checked[1], "x", "y", "z"),
    ]
    entries = baseline.record(plain.findings, previous, plain.checked)
    marked, _ = baseline.apply(plain.findings, entries, plain.checked)
    recorder = baseline.Recorder(previous, plain.checked)
    assert [f for group in by_article(plain.findings) for f in recorder.add(group)] == marked
    assert recorder.entries == entries


class Watched:
    """Wraps ``check_articles``: before checking each article after the first, it records stdout."""

    def __init__(self, out: io.StringIO) -> None:
        self.out = out
        self.seen: list[str] = []
        self.real = project.check_articles

    def __call__(self, compiled, paths, include_supported=False, jobs=1) -> Iterator[tuple[str, project.Outcome]]:
        for i, item in enumerate(paths):
            if i:
                self.seen.append(self.out.getvalue())
            yield from self.real(compiled, [item], include_supported, jobs)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_findings_are_written_before_the_next_article_is_checked(seed_project, monkeypatch, fmt):
    monkeypatch.chdir(seed_project)
    out, err = io.StringIO(), io.StringIO()
    watched = Watched(out)
    monkeypatch.setattr(project, "check_articles", watched)
    status = run_cli(["check", "claims.yaml", "--format", fmt, "--no-baseline"], out, err)
    assert status == 1
    articles = sorted(p.name for p in (seed_project / "seeds").glob("*.txt"))
    assert len(watched.seen) == len(articles) - 1
    final = out.getvalue()
    for i, before_next in enumerate(watched.seen):
        assert final.startswith(before_next)  # written once, never rewritten
        mine = articles[i]
        assert mine in before_next or mine not in final  # this article's findings are out already
        assert articles[i + 1] not in before_next  # and nothing of the next one
    assert "contradiction(s)" not in watched.seen[-1] and '"summary"' not in watched.seen[-1]
    # The same bytes as when nothing watches.
    monkeypatch.setattr(project, "check_articles", watched.real)
    again = io.StringIO()
    assert run_cli(["check", "claims.yaml", "--format", fmt, "--no-baseline"], again, io.StringIO()) == 1
    assert again.getvalue() == final


def test_output_files_and_a_written_baseline_stream_too(seed_project, monkeypatch):
    monkeypatch.chdir(seed_project)
    out = io.StringIO()
    status = run_cli(
        [
            "check",
            "claims.yaml",
            "--format",
            "json",
            "--write-baseline",
            "--output",
            "sarif:r.sarif",
            "--output",
            "markdown:r.md",
        ],
        out,
        io.StringIO(),
    )
    assert status == 0
    data = json.loads(out.getvalue())
    assert data["summary"]["baseline"] > 0 and data["summary"]["failing"] == 0
    stored = json.loads((seed_project / "factcheck-baseline.json").read_text())["entries"]
    assert len(stored) == data["summary"]["baseline"]
    sarif = json.loads((seed_project / "r.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == len(data["findings"])
    assert sarif["runs"][0]["invocations"][0]["exitCode"] == 0
    assert (seed_project / "r.md").read_text().startswith("## factcheck\n\n✅ ")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("progress", ["always", "never"])
def test_a_report_waits_for_the_progress_bar_on_its_terminal(seed_project, monkeypatch, progress):
    # A progress bar and findings on one terminal would mix: the report then comes at the end,
    # after the bar is gone (as before streaming); without a bar it streams.
    monkeypatch.chdir(seed_project)
    out, err = Terminal(), Terminal()
    watched = Watched(out)
    monkeypatch.setattr(project, "check_articles", watched)
    assert run_cli(["check", "claims.yaml", "--no-baseline", "--color", "never", "--progress", progress], out, err) == 1
    assert out.getvalue().endswith("entity(ies)\n")
    if progress == "always":
        assert set(watched.seen) == {""} and "factcheck" in err.getvalue()
    else:
        assert watched.seen[-1] and not err.getvalue()
