"""The pytest plugin: ``pytest claims.yaml`` collects a claims file as tests.

One test per claim and per entity (named by its id, so ``-k death-toll``
selects it), located at the claim's line in the YAML, plus one ``articles``
test that fails when an article cannot be read. A test fails when an article
contradicts its claim (severity ``error``); imprecise figures and warning-level
contradictions are emitted as ``FactcheckWarning``; unclear, accepted and baselined
findings as ``FactcheckNotice``. The claims file's ``accept:`` entries and the baseline
file beside it (``factcheck-baseline.json``) apply as in ``factcheck check``.

The checking itself is imported lazily, so merely having the plugin installed
costs nothing in projects that do not use it.
"""

from __future__ import annotations

import fnmatch
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck.model import Finding
    from factcheck.project import RunResult

DEFAULT_PATTERNS = ["claims.yaml", "*.claims.yaml"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the plugin's ini options and its ``--factcheck-strict`` flag."""
    parser.addini(
        "factcheck_files",
        type="args",
        default=DEFAULT_PATTERNS,
        help="file name patterns collected as factcheck claims files (default: claims.yaml *.claims.yaml)",
    )
    parser.addini(
        "factcheck_strict",
        type="bool",
        default=False,
        help="stale accept and baseline entries fail the articles test (as factcheck check --strict)",
    )
    parser.addoption(
        "--factcheck-strict",
        action="store_true",
        default=False,
        help="stale accept and baseline entries fail the articles test (as factcheck check --strict)",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect claims files (only those matching ``factcheck_files``, never every YAML file)."""
    patterns = parent.config.getini("factcheck_files") or DEFAULT_PATTERNS
    if any(fnmatch.fnmatch(file_path.name, p) for p in patterns):
        collector: pytest.Collector = ClaimsFileCollector.from_parent(parent, path=file_path)
        return collector
    return None


class ContradictionFailure(Exception):
    """Raised by a claim's test when articles contradict it; rendered without a traceback."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class ClaimsFileCollector(pytest.File):
    """A claims file: its entities and claims become test items."""

    _result: RunResult | None = None

    def result(self) -> RunResult:
        """Check every article once per process and keep the result for all items."""
        if self._result is None:
            from factcheck.project import run

            self._result = run(str(self.path))
        return self._result

    def collect(self) -> Iterator[pytest.Item]:
        """Yield one item per entity and claim, sorted by id, and the ``articles`` item."""
        from factcheck.errors import FactcheckError
        from factcheck.loader import load_claims

        try:
            claims = load_claims(self.path)
        except FactcheckError as exc:
            raise self.CollectError(exc.render()) from None
        items = [(e.id, "name", e.line) for e in claims.entities]
        items += [(c.id, c.kind, c.line) for c in claims.claims]
        yield ArticlesItem.from_parent(self, name="articles", line=0)
        for item_id, kind, line in sorted(items):
            yield ClaimItem.from_parent(self, name=item_id, kind=kind, line=line)


class ClaimItem(pytest.Item):
    """One claim (or entity), checked against every article of its file."""

    def __init__(self, *, kind: str, line: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kind = kind
        self.line = line

    def _findings(self) -> list[Finding]:
        assert isinstance(self.parent, ClaimsFileCollector)
        return [f for f in self.parent.result().findings if f.claim == self.name]

    def runtest(self) -> None:
        """Fail with every contradicting article; warn about the rest.

        The outcome comes from ``Finding.fails`` and ``Finding.level``, as the exit status of
        ``factcheck check`` does: a failing finding fails the test; one that fails only under
        ``--fail-on warning`` is a ``FactcheckWarning``; unclear, accepted and baselined findings
        are ``FactcheckNotice``s.
        """
        from factcheck.errors import FactcheckNotice, FactcheckWarning
        from factcheck.report import details, headline

        failing: list[str] = []
        for f in self._findings():
            if f.fails():
                failing.append(headline(f))
                failing.extend(details(f))
                continue
            category = FactcheckWarning if f.suppressed is None and f.level() == "warning" else FactcheckNotice
            # Attribute the warning to the article, so the summary points at the evidence.
            warnings.warn_explicit(category(headline(f)), category, f.display_path(), f.line)
        if failing:
            count = sum(1 for line in failing if not line.startswith(" "))
            failing.insert(0, f"{self.kind} claim '{self.name}' is contradicted in {count} place(s):")
            raise ContradictionFailure(failing)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """Show the findings, not a traceback."""
        from factcheck.errors import FactcheckWarning

        if isinstance(excinfo.value, ContradictionFailure):
            return "\n".join(excinfo.value.lines)
        if isinstance(excinfo.value, FactcheckWarning):  # -W error::factcheck.FactcheckWarning
            return f"FactcheckWarning: {excinfo.value}"
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int, str]:
        """Point at the claim's line in the claims file."""
        return self.path, max(self.line - 1, 0), f"{self.kind} {self.name}"


class ArticlesItem(pytest.Item):
    """Fails when an article of the claims file cannot be read (the others are still checked)."""

    def __init__(self, *, line: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.line = line

    def runtest(self) -> None:
        """Read the articles (through the shared run); fail on any that cannot be read.

        Stale ``accept:`` and baseline entries are ``FactcheckNotice``s, and failures under
        ``--factcheck-strict`` (or the ``factcheck_strict`` ini option).
        """
        from factcheck.errors import FactcheckNotice

        assert isinstance(self.parent, ClaimsFileCollector)
        result = self.parent.result()
        if result.errors:
            raise ContradictionFailure([f"{len(result.errors)} article(s) could not be read:", *result.errors])
        stale = [f"{s.location()}: {s.message()}" for s in result.stale]
        if stale and (self.config.getoption("factcheck_strict") or self.config.getini("factcheck_strict")):
            raise ContradictionFailure([f"{len(stale)} stale accept/baseline entry(ies):", *stale])
        for line in stale:
            warnings.warn(FactcheckNotice(line), stacklevel=1)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """Show which articles could not be read, not a traceback."""
        if isinstance(excinfo.value, ContradictionFailure):
            return "\n".join(excinfo.value.lines)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int, str]:
        """Point at the claims file."""
        return self.path, 0, "articles"
