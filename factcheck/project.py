"""One run of the checker over a claims file's articles.

This is the part the CLI and the pytest plugin share. It reads files, so it
sits outside the pure core.
"""

from __future__ import annotations

import dataclasses
import glob
import multiprocessing
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.articles import read_article
from factcheck.baseline import Matcher, default_path
from factcheck.baseline import read as read_baseline
from factcheck.checker import CompiledClaims, compile_claims
from factcheck.errors import ArticleError
from factcheck.loader import load_claims
from factcheck.model import ClaimsFile, Finding
from factcheck.suppress import Accepts, Stale

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the claims, the findings, and the articles that could not be read.

    ``findings`` carry their suppression (accepted, baseline); ``stale`` lists the ``accept:``
    and baseline entries that matched nothing; ``checked`` names the articles looked at
    (relative to the claims file).
    """

    claims: ClaimsFile
    findings: list[Finding]
    articles: int
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    baseline: str | None = None


def _glob(claims: ClaimsFile, pattern: str) -> list[tuple[str, str]]:
    own = Path(claims.path).resolve()
    base = own.parent
    if os.path.isabs(pattern):
        matches = glob.glob(pattern, recursive=True)
    else:
        matches = glob.glob(pattern, root_dir=base, recursive=True)
    out = []
    for match in matches:
        real = match if os.path.isabs(match) else str(base / match)
        # Only a file of the claims file's name can be the claims file: resolve just those
        # (resolving all of them cost a quarter of a second per 2,000 articles).
        if os.path.isdir(real) or (os.path.basename(real) == own.name and Path(real).resolve() == own):
            continue
        out.append((match.replace(os.sep, "/"), real))
    return out


def _matches(claims: ClaimsFile) -> list[list[tuple[str, str]]]:
    """Return what each ``articles`` pattern matches, pattern by pattern (see ``_glob``)."""
    return [_glob(claims, pattern) for pattern in claims.article_globs]


def _merged(matches: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for found in matches:
        for display, real in found:
            seen.setdefault(display, real)
    return sorted(seen.items())


def _unmatched(claims: ClaimsFile, matches: list[list[tuple[str, str]]]) -> list[str]:
    out = []
    for i, (pattern, found) in enumerate(zip(claims.article_globs, matches, strict=True)):
        if not found:
            where = claims.path
            if i < len(claims.article_globs_at) and claims.article_globs_at[i][0]:
                where += ":{}:{}".format(*claims.article_globs_at[i])
            out.append(f"{where}: articles glob '{pattern}' matches no file")
    return out


def article_paths(claims: ClaimsFile) -> list[tuple[str, str]]:
    """Return (display path, real path) of every article, sorted and without duplicates.

    Display paths are as globbed, relative to the claims file's folder, with '/'.
    """
    return _merged(_matches(claims))


def empty_globs(claims: ClaimsFile) -> list[str]:
    """Return a warning for each ``articles`` pattern that matches no file."""
    return _unmatched(claims, _matches(claims))


def select(
    claims: ClaimsFile, paths: list[tuple[str, str]], named: Sequence[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """Return the articles among ``paths`` that ``named`` files are, and warnings for the others.

    This is what ``factcheck check CLAIMS ARTICLE...`` (and the pre-commit hook) checks. A
    named claims file (any ``.yaml``) means the claims changed: every article is checked.
    """
    claims_real = Path(claims.path).resolve()
    if any(Path(n).suffix.lower() in (".yaml", ".yml") or Path(n).resolve() == claims_real for n in named):
        return paths, []
    by_real = {Path(real).resolve(): (display, real) for display, real in paths}
    chosen: dict[str, str] = {}
    warnings = []
    for name in named:
        hit = by_real.get(Path(name).resolve())
        if hit is None:
            warnings.append(f"{name}: not one of the articles of {claims.path} (its articles globs); not checked")
        else:
            chosen[hit[0]] = hit[1]
    return sorted(chosen.items()), warnings


def cwd_relative(real: str) -> str:
    """Return ``real`` relative to the current directory, with '/' (absolute if that fails)."""
    try:
        rel = os.path.relpath(real)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(real)
    return rel.replace(os.sep, "/")


# What checking one article gave: its findings and, when it has no text, its display path; or
# the message of why it could not be read.
Outcome = tuple[list[Finding], str | None] | str

# Checks (display, real) articles and yields (real, outcome) in the same order.
Checker = Callable[[CompiledClaims, Sequence[tuple[str, str]], bool], Iterable[tuple[str, Outcome]]]

_WORKER: CompiledClaims | None = None
_WORKER_SUPPORTED = False


def check_one(compiled: CompiledClaims, display: str, real: str, include_supported: bool) -> Outcome:
    """Read and check one article: its findings (and its path if it has no text), or why it is unreadable."""
    try:
        doc = read_article(real, display)
    except ArticleError as exc:
        return str(exc)
    return compiled.check_document(doc, include_supported=include_supported), None if doc.sentences else display


def _init_worker(claims: ClaimsFile, include_supported: bool) -> None:
    """Compile the claims once in each worker process."""
    _inherit_worker(compile_claims(claims), include_supported)


def _inherit_worker(compiled: CompiledClaims, include_supported: bool) -> None:
    """Take the claims compiled before the fork (the arguments of a forked pool are not pickled)."""
    global _WORKER, _WORKER_SUPPORTED
    _WORKER = compiled
    _WORKER_SUPPORTED = include_supported


def _check_in_worker(item: tuple[str, str]) -> Outcome:
    assert _WORKER is not None
    return check_one(_WORKER, item[0], item[1], _WORKER_SUPPORTED)


def resolve_jobs(jobs: int) -> int:
    """Return the number of processes ``-j jobs`` means (0: every core; at least 1)."""
    if jobs <= 0:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
    return jobs


def check_articles(
    compiled: CompiledClaims, paths: Sequence[tuple[str, str]], include_supported: bool = False, jobs: int = 1
) -> Iterator[tuple[str, Outcome]]:
    """Yield (real path, outcome) for each (display, real) article, in the order given.

    With ``jobs`` other than 1 a pool of processes checks the articles, each with the claims
    compiled once; results stream back in order as they are done, so no process holds more
    than a few articles at a time.
    """
    workers = min(resolve_jobs(jobs), len(paths))
    if workers <= 1:
        for display, real in paths:
            yield real, check_one(compiled, display, real, include_supported)
        return
    chunk = max(1, min(16, len(paths) // (workers * 8)))
    context = multiprocessing.get_context()
    # A forked worker starts with a copy of this process: the claims compiled here are its own at
    # once, with nothing to pickle or compile again (a spawned one compiles them itself).
    pool = (
        context.Pool(workers, _inherit_worker, (compiled, include_supported))
        if context.get_start_method() == "fork"
        else context.Pool(workers, _init_worker, (compiled.claims, include_supported))
    )
    with pool:
        for (_, real), outcome in zip(paths, pool.imap(_check_in_worker, paths, chunksize=chunk), strict=True):
            yield real, outcome


@dataclass(frozen=True)
class Checked:
    """One article's part of a run: its findings (accepted and baselined ones marked), sorted."""

    article: str  # the display path, relative to the claims file
    findings: list[Finding]
    error: str | None = None  # why it could not be read


class RunStream:
    """A run of the checker that hands out each article's findings as soon as it is checked.

    Iterate it (once) for a ``Checked`` per article, in the order of ``paths``; memory holds one
    article's findings at a time. Then ``stale()`` lists the ``accept:`` and baseline entries
    that matched nothing, and ``errors``/``warnings`` are complete. ``run`` collects it into a
    ``RunResult``; ``factcheck check`` writes each article's findings as they come.
    """

    def __init__(
        self,
        claims_path: str,
        *,
        include_supported: bool = False,
        progress: Progress | None = None,
        articles: Sequence[str] | None = None,
        baseline: str | None | bool = None,
        jobs: int = 1,
        only_kinds: Collection[str] | None = None,
        checker: Checker | None = None,
    ) -> None:
        self.claims = load_claims(claims_path)
        self._compiled = compile_claims(self.claims, only_kinds)
        # One glob of each pattern gives both the articles and the patterns that match none
        # (globbing twice cost 0.03 s per 2,000 articles, before any article is checked).
        matches = _matches(self.claims)
        paths = _merged(matches)
        self.warnings: list[str] = _unmatched(self.claims, matches) if paths else []
        self.errors: list[str] = []
        if articles is not None:
            paths, skipped = select(self.claims, paths, articles)
            self.warnings.extend(skipped)
        elif not paths:
            self.errors.append(f"{self.claims.path}: no article to check (its articles globs match no file)")
        self.paths = paths
        self.checked = [display for display, _ in paths]
        self.baseline: str | None = None
        if baseline is None or baseline is True:
            candidate = default_path(claims_path)
            self.baseline = candidate if os.path.exists(candidate) else None
        elif baseline:
            self.baseline = str(baseline)
        # Read up front: a bad baseline stops the run before any article is checked.
        self._matcher = Matcher(read_baseline(self.baseline), self.baseline) if self.baseline is not None else None
        self._accepts = Accepts(self.claims)
        self._include_supported = include_supported
        self._progress = progress
        self._jobs = jobs
        self._checker = checker
        self._started = False
        self._done = False

    @property
    def articles(self) -> int:
        """Return how many articles the run checks."""
        return len(self.paths)

    def __iter__(self) -> Iterator[Checked]:
        if self._started:
            raise RuntimeError("a RunStream is iterated once")
        self._started = True
        return self._stream()

    def _stream(self) -> Iterator[Checked]:
        outcomes: Iterable[tuple[str, Outcome]]
        if self._checker is None:
            outcomes = check_articles(self._compiled, self.paths, self._include_supported, self._jobs)
        else:
            outcomes = self._checker(self._compiled, self.paths, self._include_supported)
        total = len(self.paths)
        for i, ((display, _), (real, outcome)) in enumerate(zip(self.paths, outcomes, strict=True), 1):
            if isinstance(outcome, str):
                self.errors.append(outcome)
                item = Checked(display, [], outcome)
            else:
                found, empty = outcome
                if empty:
                    self.warnings.append(f"{empty}: has no article text to check (empty, or only page furniture)")
                path = cwd_relative(real)
                findings = sorted((dataclasses.replace(f, path=path) for f in found), key=Finding.sort_key)
                findings = self._accepts.apply(findings)
                if self._matcher is not None:
                    findings = self._matcher.apply(findings)
                item = Checked(display, findings)
            if self._progress is not None:
                self._progress(i, total)
            yield item
        self._done = True

    def stale(self) -> list[Stale]:
        """Return the ``accept:`` entries, then the baseline entries, that matched no finding.

        Only meaningful once every article was seen (it raises before).
        """
        if not self._done:
            raise RuntimeError("stale entries are known once every article was checked")
        stale = self._accepts.stale(self.checked)
        if self._matcher is not None:
            stale.extend(self._matcher.stale(self.checked))
        return stale

    def result(self, findings: list[Finding]) -> RunResult:
        """Return the ``RunResult`` of the run, with ``findings`` collected from it."""
        return RunResult(
            self.claims, findings, self.articles, self.errors, self.warnings, self.stale(), self.checked, self.baseline
        )


def run(
    claims_path: str,
    *,
    include_supported: bool = False,
    progress: Progress | None = None,
    articles: Sequence[str] | None = None,
    baseline: str | None | bool = None,
    jobs: int = 1,
    only_kinds: Collection[str] | None = None,
    checker: Checker | None = None,
) -> RunResult:
    """Load a claims file, check every article it names, and return the result.

    ``articles``, when given, restricts the run to those files (paths as given on a command
    line). ``baseline``: a baseline file to apply; ``None`` applies ``factcheck-baseline.json``
    beside the claims file when it exists; ``False`` applies none. ``accept:`` entries of the
    claims file always apply. ``jobs``: processes checking articles (0: one per core); the
    findings are the same, in the same order, whatever the number. ``only_kinds`` checks only
    the claims of those kinds (their findings are those of a full run; entries of the other kinds
    would read as stale). ``checker`` replaces ``check_articles`` (the pytest plugin shares the
    work of xdist workers through it).

    Raises ``ClaimsFileError`` for a bad claims file (and ``BaselineError`` for a bad baseline);
    unreadable articles are collected in ``errors`` and the others are still checked. It
    collects a ``RunStream``, which hands out the same findings article by article.
    """
    stream = RunStream(
        claims_path,
        include_supported=include_supported,
        progress=progress,
        articles=articles,
        baseline=baseline,
        jobs=jobs,
        only_kinds=only_kinds,
        checker=checker,
    )
    findings = [f for checked in stream for f in checked.findings]
    return stream.result(findings)
