"""The ``factcheck`` command: check, show, schema.

Results go to stdout, messages to stderr. Exit status: 0 no failing
contradiction, 1 contradictions, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import enum
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck import __version__
from factcheck.articles import read_article
from factcheck.errors import FactcheckError
from factcheck.loader import schema
from factcheck.project import run
from factcheck.report import RENDERERS, Summary


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
    p_check.add_argument("--format", choices=sorted(RENDERERS), default="text", help="output format (default: text)")
    p_check.add_argument("--all", action="store_true", help="also list mentions that agree with the claims")
    p_check.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default="error",
        help="lowest severity of contradiction that makes the exit status 1 (default: error)",
    )
    p_check.add_argument(
        "--progress",
        choices=["auto", "always", "never"],
        default="auto",
        help="progress on stderr: auto shows it on a terminal for long runs",
    )
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


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    """Run ``factcheck check``."""
    result = run(args.claims, include_supported=args.all, progress=_progress(err, args.progress))
    for message in result.warnings:
        err.write(f"factcheck: warning: {message}\n")
    for message in result.errors:
        err.write(f"factcheck: error: {message}\n")
    summary = Summary(result.articles, len(result.claims.claims), len(result.claims.entities), tuple(result.errors))
    out.write(RENDERERS[args.format](result.findings, summary))
    if result.errors:
        return ExitStatus.BAD_INPUT
    if any(f.fails(args.fail_on) for f in result.findings):
        return ExitStatus.CONTRADICTIONS
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
