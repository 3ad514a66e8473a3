"""The ``factcheck`` command: check, show, schema.

Results go to stdout, messages to stderr. Exit status: 0 no failing
contradiction, 1 contradictions, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck import __version__
from factcheck.articles import read_article
from factcheck.baseline import DEFAULT_NAME, default_path, prune, record
from factcheck.baseline import apply as apply_baseline
from factcheck.baseline import read as read_baseline
from factcheck.baseline import write as write_baseline
from factcheck.errors import ClaimsFileError, FactcheckError
from factcheck.loader import schema
from factcheck.model import FAIL_ON
from factcheck.project import run
from factcheck.report import RENDERERS, Summary, json_report, render_sarif, rules_of


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


def _progress(stream: TextIO, mode: str, total_hint: int = 50):  # type: ignore[no-untyped-def]
    if mode == "never" or (mode == "auto" and not stream.isatty()):
        return None

    def report(done: int, total: int) -> None:
        if mode == "auto" and total < total_hint:
            return
        if done == total or done % 25 == 0:
            end = "\n" if done == total else "\r"
            stream.write(f"factcheck: checked {done}/{total} articles{end}")
            stream.flush()

    return report


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


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck check``."""
    outputs = _outputs(args.output)
    baseline: str | bool | None = False if args.no_baseline else args.baseline
    writing = args.write_baseline is not None
    try:
        result = run(
            args.claims,
            include_supported=args.all,
            progress=_progress(err, args.progress),
            articles=args.articles or None,
            baseline=False if writing else baseline,
        )
    except FactcheckError as exc:
        report = _claims_error_report(args.format, exc)
        if report is not None:
            out.write(report)
        raise
    findings, stale = result.findings, list(result.stale)
    if writing:
        path = args.write_baseline or default_path(args.claims)
        previous = read_baseline(path) if os.path.exists(path) else []
        entries = record(findings, previous, result.checked)
        write_baseline(path, entries, args.claims)
        findings, _ = apply_baseline(findings, entries, result.checked, path)
        stale = [s for s in stale if s.source != "baseline"]
        err.write(f"factcheck: wrote {len(entries)} known conflict(s) to {path}\n")
    for message in result.warnings:
        err.write(f"factcheck: warning: {message}\n")
    for message in result.errors:
        err.write(f"factcheck: error: {message}\n")
    summary = Summary(
        result.articles,
        len(result.claims.claims),
        len(result.claims.entities),
        tuple(result.errors),
        stale=tuple(stale),
        fail_on=args.fail_on,
        strict=args.strict,
        rules=rules_of(result.claims),
        color=_color(args, out) and args.format == "text",
        warnings=tuple(result.warnings),
    )
    out.write(RENDERERS[args.format](findings, summary))
    for fmt, path in outputs:
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(RENDERERS[fmt](findings, dataclasses.replace(summary, color=False)))
        except OSError as exc:
            raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    if result.errors:
        return ExitStatus.BAD_INPUT
    if any(f.fails(args.fail_on) for f in findings) or (args.strict and stale):
        return ExitStatus.CONTRADICTIONS
    return ExitStatus.OK


def cmd_baseline(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck baseline prune``: drop the entries that match no finding any more."""
    if args.baseline_command != "prune":
        raise CommandError("baseline: give an action: prune")
    path = args.baseline or default_path(args.claims)
    entries = read_baseline(path)
    result = run(args.claims, baseline=False)
    kept = prune(result.findings, entries, result.checked)
    write_baseline(path, kept, args.claims)
    out.write(f"{path}: removed {len(entries) - len(kept)} stale entry(ies), kept {len(kept)}\n")
    for message in result.errors:
        err.write(f"factcheck: error: {message}\n")
    return ExitStatus.BAD_INPUT if result.errors else ExitStatus.OK


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
