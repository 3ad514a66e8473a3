"""The ``factcheck`` command: check, compare, init, report, explain, baseline, show, schema.

Results go to stdout, messages to stderr. Exit status: 0 no failing
contradiction, 1 contradictions, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import enum
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from factcheck import __version__
from factcheck.articles import Document, read_article
from factcheck.baseline import DEFAULT_NAME, Matcher, Recorder, default_path
from factcheck.baseline import read as read_baseline
from factcheck.baseline import write as write_baseline
from factcheck.checker import compile_claims
from factcheck.errors import ArticleError, ClaimsFileError, FactcheckError
from factcheck.loader import load_claims, schema
from factcheck.model import FAIL_ON
from factcheck.project import Progress, RunStream, cwd_relative, run
from factcheck.report import RENDERERS, WRITERS, Spool, Summary, json_report, render_sarif, rules_of


class ExitStatus(enum.IntEnum):
    """What the exit code of ``factcheck`` means."""

    OK = 0
    CONTRADICTIONS = 1
    BAD_INPUT = 2


class UsageError(Exception):
    """A command line that cannot be understood (argparse's error, without the exit)."""

    def __init__(self, usage: str, message: str) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(self.format_usage(), f"{self.prog}: error: {message}")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``factcheck`` command."""
    parser = _Parser(
        prog="factcheck",
        description="Check news articles against a story's canonical claims (claims.yaml).",
        epilog="Exit status: 0 no contradiction, 1 contradictions found, 2 bad input or usage.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p_check = sub.add_parser(
        "check",
        help="check every article of a claims file",
        description="Check every article named by a claims file and report each conflict.",
        epilog="Exit status: 0 no contradiction, 1 contradictions found, 2 bad input or usage.",
    )
    p_check.add_argument("claims", nargs="?", default="claims.yaml", help="the claims file (default: ./claims.yaml)")
    p_check.add_argument(
        "articles",
        nargs="*",
        metavar="ARTICLE",
        help="check only these articles of the claims file (what a pre-commit hook passes); "
        "a claims file among them checks every article",
    )
    p_check.add_argument("--format", choices=list(RENDERERS), default="text", help="output format (default: text)")
    p_check.add_argument(
        "--output",
        action="append",
        default=[],
        metavar="FORMAT:FILE",
        help="also write the report in FORMAT to FILE (repeatable): --output sarif:factcheck.sarif",
    )
    p_check.add_argument("--all", action="store_true", help="also list mentions that agree with the claims")
    p_check.add_argument(
        "--fail-on",
        choices=list(FAIL_ON),
        default="error",
        help="error (default): contradictions of severity error fail; warning: every contradiction and "
        "imprecise figure fails (as pytest -W error::factcheck.FactcheckWarning); never",
    )
    p_check.add_argument("--strict", action="store_true", help="stale accept and baseline entries fail too")
    p_check.add_argument(
        "--baseline",
        metavar="FILE",
        help=f"known conflicts that do not fail (default: {DEFAULT_NAME} beside the claims file, if it exists)",
    )
    p_check.add_argument("--no-baseline", action="store_true", help="apply no baseline file")
    p_check.add_argument(
        "--write-baseline",
        nargs="?",
        const="",
        metavar="FILE",
        help=f"record every current conflict in FILE (default: {DEFAULT_NAME} beside the claims file)",
    )
    p_check.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour in text output: auto on a terminal unless NO_COLOR is set",
    )
    p_check.add_argument(
        "--progress",
        choices=["auto", "always", "never"],
        default="auto",
        help="progress on stderr: auto shows it on a terminal for long runs",
    )
    p_check.add_argument("-q", "--quiet", action="store_true", help="results only: no progress, no messages")
    _add_jobs(p_check)
    p_compare = sub.add_parser(
        "compare",
        help="list where articles disagree, without a claims file",
        description="List the disagreements between articles (figures, name spellings, quote renderings, "
        "stances, dates), each with its variants, the articles on each side and the majority.",
    )
    p_compare.add_argument("articles", nargs="+", metavar="ARTICLE", help="article files (.txt, .md, .html)")
    p_compare.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    _add_progress(p_compare)
    p_init = sub.add_parser(
        "init",
        help="draft a claims file from articles",
        description="Draft claims.yaml from the articles: majority spellings and values, every variant "
        "seen as a comment. Review it before you commit it.",
    )
    p_init.add_argument("articles", nargs="+", metavar="ARTICLE", help="article files (.txt, .md, .html)")
    p_init.add_argument(
        "-o", "--output", metavar="FILE", help="write the draft to FILE (globs relative to it) instead of stdout"
    )
    _add_progress(p_init)
    p_report = sub.add_parser(
        "report",
        help="write an HTML page: articles x claims by verdict, with evidence",
        description="Check the articles and write one self-contained HTML page (no network): an articles x "
        "claims grid by verdict, counts, and each cell's evidence.",
    )
    p_report.add_argument("claims", nargs="?", default="claims.yaml", help="the claims file (default: ./claims.yaml)")
    p_report.add_argument("-o", "--output", default="report.html", metavar="FILE", help="default: report.html")
    p_report.add_argument("--no-baseline", action="store_true", help="apply no baseline file")
    _add_progress(p_report)
    p_explain = sub.add_parser(
        "explain",
        help="show why a claim got its verdict in one article",
        description="List every candidate mention of a claim in an article: its normalised form, what each "
        "claim proposed there (verdict, confidence) and what linking kept, and why.",
    )
    p_explain.add_argument("claim", help="a claim id or entity id of the claims file")
    p_explain.add_argument("article", help="an article file")
    p_explain.add_argument("--claims", default="claims.yaml", help="the claims file (default: ./claims.yaml)")
    p_explain.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    p_base = sub.add_parser(
        "baseline",
        help="maintain the baseline file",
        description="Maintain the baseline of known conflicts.",
    )
    base_sub = p_base.add_subparsers(dest="baseline_command", metavar="ACTION", parser_class=_Parser)
    p_prune = base_sub.add_parser(
        "prune",
        help="remove entries that match no finding any more",
        description="Check the articles and remove the baseline entries that match no finding.",
    )
    p_prune.add_argument("claims", nargs="?", default="claims.yaml", help="the claims file (default: ./claims.yaml)")
    p_prune.add_argument("--baseline", metavar="FILE", help=f"the baseline file (default: {DEFAULT_NAME} beside it)")
    p_show = sub.add_parser(
        "show",
        help="print the text of an article that is checked",
        description="Print what factcheck checks in an article: the text after page "
        "furniture (comments, links, cookie notices) is removed.",
    )
    p_show.add_argument("article", help="an article file (.txt, .md, .html)")
    sub.add_parser(
        "schema",
        help="print the JSON Schema of claims files",
        description="Print the JSON Schema of claims files, for editors and validators.",
    )
    return parser


def _add_progress(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        choices=["auto", "always", "never"],
        default="auto",
        help="progress bar on stderr: auto shows it on a terminal for runs longer than a second",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="results only: no progress, no messages")


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="check articles in N processes (0: one per core; default 1); same findings, same order",
    )


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative: {n}")
    return n


# A progress bar appears once a run has lasted this long (seconds), on a terminal (--progress auto).
PROGRESS_DELAY = 1.0


def _progress(stream: TextIO, mode: str, quiet: bool = False, what: str = "articles") -> Progress | None:
    """Return a progress callback drawing a tqdm bar on ``stream``, or None when none is wanted."""
    isatty = getattr(stream, "isatty", None)
    if quiet or mode == "never" or (mode == "auto" and not (isatty and isatty())):
        return None
    bar: list[Any] = []

    def report(done: int, total: int) -> None:
        if not bar:
            # Here, not at the top: tqdm costs every run a few hundredths of a second to import.
            from tqdm import tqdm

            delay = PROGRESS_DELAY if mode == "auto" else 0.0
            bar.append(tqdm(total=total, file=stream, desc="factcheck", unit=what[:-1], delay=delay, leave=False))
        bar[0].update(done - bar[0].n)
        if done >= total:
            bar[0].close()

    return report


def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _color(args: argparse.Namespace, out: TextIO) -> bool:
    if args.color != "auto":
        return bool(args.color == "always")
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def _outputs(values: Sequence[str]) -> list[tuple[str, str]]:
    outputs = []
    for value in values:
        fmt, sep, path = value.partition(":")
        if not sep or fmt not in RENDERERS or not path:
            raise CommandError(f"--output {value!r}: write FORMAT:FILE with FORMAT one of {', '.join(RENDERERS)}")
        outputs.append((fmt, path))
    return outputs


class CommandError(FactcheckError):
    """A command line that parses but cannot be carried out."""


def _claims_error_report(fmt: str, exc: FactcheckError) -> str | None:
    """Return a JSON or SARIF report whose errors say why the run could not start, else None."""
    if fmt not in ("json", "sarif"):
        return None
    summary = Summary(0, 0, 0, (exc.render().splitlines()[0],))
    if fmt == "sarif":
        return render_sarif([], summary)
    data = json_report([], summary)
    if isinstance(exc, ClaimsFileError):
        data["claims_error"] = {
            "path": exc.path,
            "line": exc.line,
            "column": exc.column,
            "message": exc.message,
            "hint": exc.hint,
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _open_outputs(outputs: Sequence[tuple[str, str]]) -> tuple[list[tuple[str, TextIO]], CommandError | None]:
    """Open the ``--output`` files in order, up to the first that cannot be opened (its error)."""
    opened: list[tuple[str, TextIO]] = []
    for fmt, path in outputs:
        try:
            opened.append((fmt, open(path, "w", encoding="utf-8")))
        except OSError as exc:
            return opened, CommandError(f"cannot write {path}: {exc.strerror or exc}")
    return opened, None


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck check``: each article's findings are written as soon as it is checked."""
    outputs = _outputs(args.output)
    baseline: str | bool | None = False if args.no_baseline else args.baseline
    writing = args.write_baseline is not None
    progress = _progress(err, args.progress, args.quiet)
    try:
        stream = RunStream(
            args.claims,
            include_supported=args.all,
            progress=progress,
            articles=args.articles or None,
            baseline=False if writing else baseline,
            jobs=args.jobs,
        )
    except FactcheckError as exc:
        report = _claims_error_report(args.format, exc)
        if report is not None:
            out.write(report)
        raise
    recorder: Recorder | None = None
    if writing:
        path = args.write_baseline or default_path(args.claims)
        recorder = Recorder(read_baseline(path) if os.path.exists(path) else [], stream.checked)
    summary = Summary(
        stream.articles,
        len(stream.claims.claims),
        len(stream.claims.entities),
        fail_on=args.fail_on,
        strict=args.strict,
        rules=rules_of(stream.claims),
        color=_color(args, out) and args.format == "text",
    )
    # With a progress bar on the terminal the report goes to, the report waits (in a spool, a
    # temporary file once large) until the bar is gone, as before; elsewhere it streams.
    held = Spool() if progress is not None and _isatty(out) else None
    files, file_error = _open_outputs(outputs)
    try:
        writers = [WRITERS[args.format](out if held is None else held, summary)]
        writers += [WRITERS[fmt](handle, dataclasses.replace(summary, color=False)) for fmt, handle in files]
        for checked in stream:
            findings = checked.findings if recorder is None else recorder.add(checked.findings)
            for writer in writers:
                writer.add(findings)
        stale = stream.stale()
        if recorder is not None:
            write_baseline(path, recorder.entries, args.claims)
            stale = [s for s in stale if s.source != "baseline"]
            err.write(f"factcheck: wrote {len(recorder.entries)} known conflict(s) to {path}\n")
        if not args.quiet:
            for message in stream.warnings:
                err.write(f"factcheck: warning: {message}\n")
        for message in stream.errors:
            err.write(f"factcheck: error: {message}\n")
        final = dataclasses.replace(
            summary, errors=tuple(stream.errors), stale=tuple(stale), warnings=tuple(stream.warnings)
        )
        writers[0].close(final)
        for writer in writers[1:]:
            writer.close(dataclasses.replace(final, color=False))
        if held is not None:
            held.copy_to(out)
    finally:
        for _, handle in files:
            handle.close()
    if file_error is not None:
        raise file_error
    if stream.errors:
        return ExitStatus.BAD_INPUT
    if writers[0].tally.fails(final):
        return ExitStatus.CONTRADICTIONS
    return ExitStatus.OK


def cmd_baseline(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck baseline prune``: drop the entries that match no finding any more."""
    if args.baseline_command != "prune":
        raise CommandError("baseline: give an action: prune")
    path = args.baseline or default_path(args.claims)
    entries = read_baseline(path)
    stream = RunStream(args.claims, baseline=False)
    matcher = Matcher(entries)
    for checked in stream:  # what prune() does, article by article
        matcher.apply(checked.findings)
    kept = matcher.kept(stream.checked)
    write_baseline(path, kept, args.claims)
    out.write(f"{path}: removed {len(entries) - len(kept)} stale entry(ies), kept {len(kept)}\n")
    for message in stream.errors:
        err.write(f"factcheck: error: {message}\n")
    return ExitStatus.BAD_INPUT if stream.errors else ExitStatus.OK


def _read_all(paths: Sequence[str], err: TextIO, progress: Progress | None) -> tuple[list[Document], int]:
    docs, failed = [], 0
    for i, path in enumerate(paths, 1):
        try:
            docs.append(read_article(path, cwd_relative(path)))
        except ArticleError as exc:
            err.write(f"factcheck: error: {exc}\n")
            failed += 1
        if progress is not None:
            progress(i, len(paths))
    return docs, failed


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck compare``: the disagreements between articles, without a claims file."""
    # The other commands' modules are imported by the command that needs them: ``check`` (run
    # for every article change, and by each ``-j`` run's parent before it forks) skips them.
    from factcheck.compare import compare
    from factcheck.compare import render_text as render_compare

    docs, failed = _read_all(args.articles, err, _progress(err, args.progress, args.quiet))
    if len(docs) < 2:
        raise CommandError("compare: give two articles or more that can be read")
    result = compare(docs)
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_compare(result))
    return ExitStatus.BAD_INPUT if failed else ExitStatus.OK


def cmd_init(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck init``: draft a claims file from the articles."""
    from factcheck.compare import compare
    from factcheck.draft import draft

    docs, failed = _read_all(args.articles, err, _progress(err, args.progress, args.quiet))
    if not docs:
        raise CommandError("init: no article could be read")
    base = os.path.dirname(os.path.abspath(args.output)) if args.output else os.getcwd()
    text = draft(compare(docs), [d.path for d in docs], base)
    if args.output:
        if os.path.exists(args.output):
            raise CommandError(f"init: {args.output} exists; not overwritten (write to another file and merge)")
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        if not args.quiet:
            err.write(f"factcheck: wrote a draft of {args.output}; review it, then: factcheck check {args.output}\n")
    else:
        out.write(text)
    return ExitStatus.BAD_INPUT if failed else ExitStatus.OK


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck report``: one self-contained HTML page of the run."""
    from factcheck.html_report import render_html

    result = run(
        args.claims,
        include_supported=True,
        progress=_progress(err, args.progress, args.quiet),
        baseline=False if args.no_baseline else None,
    )
    page = render_html(result.claims, result.findings, result.checked)
    try:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(page)
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    for message in result.errors:
        err.write(f"factcheck: error: {message}\n")
    if not args.quiet:
        for message in result.warnings:
            err.write(f"factcheck: warning: {message}\n")
        err.write(f"factcheck: wrote {args.output} ({result.articles} article(s))\n")
    return ExitStatus.BAD_INPUT if result.errors else ExitStatus.OK


def cmd_explain(args: argparse.Namespace, out: TextIO) -> ExitStatus:
    """Run ``factcheck explain``: every candidate mention of a claim in an article, and why the verdict."""
    from factcheck.explain import explain, render_explanation
    from factcheck.explain import to_dict as explain_dict

    claims = load_claims(args.claims)
    compiled = compile_claims(claims)
    real = os.path.abspath(args.article)
    display = os.path.relpath(real, os.path.dirname(os.path.abspath(claims.path))).replace(os.sep, "/")
    doc = read_article(real, display)
    try:
        explanation = explain(compiled, doc, args.claim)
    except KeyError:
        ids = [c.id for c in claims.claims] + [e.id for e in claims.entities]
        close = difflib.get_close_matches(args.claim, ids, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise CommandError(f"explain: no claim or entity '{args.claim}' in {claims.path}{hint}") from None
    if args.format == "json":
        out.write(json.dumps(explain_dict(explanation), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_explanation(explanation))
    return ExitStatus.OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> ExitStatus:
    """Run ``factcheck show``: print the checked text, one paragraph per block."""
    doc = read_article(args.article)
    if doc.published:
        out.write(f"# published: {doc.published.isoformat()}\n")
    for note in doc.notes:
        out.write(f"# note: {note}\n")
    for para in doc.paragraphs:
        line, _ = doc.position(para.start)
        out.write(f"{line:>5} | {doc.original(para.start, para.end)}\n")
    return ExitStatus.OK


def run_cli(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command with ``argv`` and return its exit status (never raises on bad input)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        err.write(exc.usage + str(exc) + "\n")
        return int(ExitStatus.BAD_INPUT)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0) if not isinstance(exc.code, str) else int(ExitStatus.BAD_INPUT)
    try:
        if args.command == "check":
            return int(cmd_check(args, out, err))
        if args.command == "baseline":
            return int(cmd_baseline(args, out, err))
        if args.command == "compare":
            return int(cmd_compare(args, out, err))
        if args.command == "init":
            return int(cmd_init(args, out, err))
        if args.command == "report":
            return int(cmd_report(args, out, err))
        if args.command == "explain":
            return int(cmd_explain(args, out))
        if args.command == "show":
            return int(cmd_show(args, out))
        if args.command == "schema":
            out.write(json.dumps(schema(), indent=2) + "\n")
            return int(ExitStatus.OK)
    except FactcheckError as exc:
        err.write(f"factcheck: error: {exc.render()}\n")
        return int(ExitStatus.BAD_INPUT)
    except KeyboardInterrupt:
        err.write("factcheck: interrupted\n")
        return 130
    parser.print_help(err)
    return int(ExitStatus.BAD_INPUT)


def main() -> None:
    """Entry point of the ``factcheck`` console script."""
    sys.exit(run_cli())
