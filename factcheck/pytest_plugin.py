"""The pytest plugin: ``pytest claims.yaml`` collects a claims file as tests.

One test per claim and per entity (named by its id, so ``-k death-toll``
selects it), located at the claim's line in the YAML, plus one ``articles``
test that fails when an article cannot be read. A test fails when an article
contradicts its claim (severity ``error``); imprecise figures and warning-level
contradictions are emitted as ``FactcheckWarning``; unclear, accepted and baselined
findings as ``FactcheckNotice``. The claims file's ``accept:`` entries and the baseline
file beside it (``factcheck-baseline.json``) apply as in ``factcheck check``.

The checking itself is imported lazily, so merely having the plugin installed
costs nothing in projects that do not use it. A run checks only the kinds of the claims
selected (``-k death-toll`` checks the figures, not the quotes: a mention is linked only
among claims of its kind, so the outcome is the same). Under pytest-xdist the workers share
the checking: the articles are cut into shards, each worker takes shards no other worker has
taken (through a private folder the controller makes), and every worker then reads all the
shards' results, so ``-n 2`` checks each article once, not once per worker.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import pickle
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck.checker import CompiledClaims
    from factcheck.model import Finding
    from factcheck.project import Checker, Outcome, RunResult

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


_SHARED = pytest.StashKey[str]()
# A worker waits this long for a shard another worker took before checking it itself.
SHARD_TIMEOUT = 600.0
SHARDS_PER_WORKER = 16


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """On the pytest-xdist controller: give every worker one private folder to share the checking."""
    config = node.config
    if _SHARED not in config.stash:
        config.stash[_SHARED] = tempfile.mkdtemp(prefix="factcheck-xdist-")
    node.workerinput["factcheck_shared"] = config.stash[_SHARED]


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the shared folder (controller only)."""
    folder = config.stash.get(_SHARED, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


_CLAIMS_RUN = pytest.StashKey[bool]()


def _is_claims_file(config: pytest.Config, name: str) -> bool:
    """Say whether a file name matches the ``factcheck_files`` patterns."""
    patterns = config.getini("factcheck_files") or DEFAULT_PATTERNS
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def _claims_run(config: pytest.Config) -> bool:
    """Say whether this run checks claims files: one was collected here or named on the command line."""
    if config.stash.get(_CLAIMS_RUN, False):
        return True
    return any(_is_claims_file(config, Path(arg.split("::")[0]).name) for arg in config.args)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Spare a claims run hypothesis's terminal summary when no test used hypothesis.

    hypothesis (installed with factcheck) registers a pytest plugin whose terminal summary imports
    hypothesis itself, about 0.7 s in every pytest process, even when no test of the run used it:
    then its summary has nothing to say, so a run that checks claims files leaves it out.
    """
    if "hypothesis" in sys.modules or not _claims_run(session.config):
        return
    manager = session.config.pluginmanager
    plugin = manager.get_plugin("hypothesispytest")
    if plugin is not None:
        manager.unregister(plugin)


def _shared_checker(folder: Path, workers: int) -> Checker:
    """Return a checker that shares articles with the other xdist workers through ``folder``.

    Each shard of articles is checked by the first worker to claim it (an exclusive create of
    its lock file); its outcomes are written with an atomic rename, and every worker yields all
    shards' outcomes in order.
    """
    from factcheck.project import check_articles

    def checker(
        compiled: CompiledClaims, paths: Sequence[tuple[str, str]], include_supported: bool
    ) -> Iterable[tuple[str, Outcome]]:
        folder.mkdir(exist_ok=True)
        # Many small shards: a worker that finishes first waits at most one small shard for the
        # others (with 4 per worker it could idle for a quarter of its share).
        size = max(1, -(-len(paths) // (workers * SHARDS_PER_WORKER)))
        shards = [paths[i : i + size] for i in range(0, len(paths), size)]

        def compute(k: int) -> None:
            done = list(check_articles(compiled, shards[k], include_supported))
            tmp = folder / f"{k}.{os.getpid()}.tmp"
            tmp.write_bytes(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, folder / f"{k}.done")

        for k in range(len(shards)):
            try:
                os.close(os.open(folder / f"{k}.lock", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                continue
            compute(k)
        for k in range(len(shards)):
            done = folder / f"{k}.done"
            deadline = time.monotonic() + SHARD_TIMEOUT
            while not done.exists():
                if time.monotonic() > deadline:  # the worker that took it is gone: check it here
                    compute(k)
                    break
                time.sleep(0.01)
            outcomes: list[tuple[str, Outcome]] = pickle.loads(done.read_bytes())
            yield from outcomes

    return checker


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect claims files (only those matching ``factcheck_files``, never every YAML file)."""
    if _is_claims_file(parent.config, file_path.name):
        parent.config.stash[_CLAIMS_RUN] = True
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

            mine = [item for item in self.session.items if item.parent is self]
            kinds: frozenset[str] | None = None
            if mine and not any(isinstance(item, ArticlesItem) for item in mine):
                kinds = frozenset(item.kind for item in mine if isinstance(item, ClaimItem))
            checker = None
            workerinput = getattr(self.config, "workerinput", None)
            if workerinput and workerinput.get("factcheck_shared"):
                key = hashlib.sha256(f"{self.path.resolve()}\0{sorted(kinds or ['*'])}".encode()).hexdigest()[:16]
                folder = Path(workerinput["factcheck_shared"]) / key
                checker = _shared_checker(folder, int(workerinput.get("workercount", 2)))
            self._result = run(str(self.path), only_kinds=kinds, checker=checker)
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
