"""Checking past one machine: a ``dask.bag`` over article paths (``pip install 'pytest-factcheck[dask]'``).

``run(claims_path, client=...)`` returns the same ``RunResult`` as ``factcheck.project.run``
(the same findings in the same order, accepts and baseline applied), with the articles checked
on a Dask cluster: the claims file is put in the graph once, and each worker process compiles
it once and keeps it for every partition it is given. ``render`` prints the result in any
``--format`` exactly as ``factcheck check`` does::

    from distributed import Client
    from factcheck.dask import render, run

    with Client("scheduler:8786") as client:
        print(render(run("claims.yaml", client=client), "json"))

Article paths must be readable by the workers at the same paths (a shared file system).
Dask is imported only when this module is, and is not a dependency of the core package.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import dask.bag as db
from dask.delayed import delayed

from factcheck.checker import CompiledClaims, compile_claims
from factcheck.model import ClaimsFile
from factcheck.project import Outcome, RunResult, check_one
from factcheck.project import run as run_project
from factcheck.report import RENDERERS, Summary, rules_of

# Each worker process's compiled claims, by the claims' fingerprint: compiled once per worker.
_COMPILED: dict[str, CompiledClaims] = {}


def _compiled(claims: ClaimsFile, key: str, only_kinds: Collection[str] | None) -> CompiledClaims:
    if key not in _COMPILED:
        _COMPILED.clear()  # one claims file at a time is kept
        _COMPILED[key] = compile_claims(claims, only_kinds)
    return _COMPILED[key]


def _check_partition(
    items: Iterable[tuple[str, str]],
    claims: ClaimsFile,
    key: str,
    only_kinds: Collection[str] | None,
    include_supported: bool,
) -> list[tuple[str, Outcome]]:
    compiled = _compiled(claims, key, only_kinds)
    return [(real, check_one(compiled, display, real, include_supported)) for display, real in items]


def check_bag(
    claims: ClaimsFile,
    paths: Sequence[tuple[str, str]],
    *,
    include_supported: bool = False,
    only_kinds: Collection[str] | None = None,
    npartitions: int | None = None,
) -> db.Bag:
    """Return a bag of (real path, outcome), one per (display, real) article, in the order given."""
    key = hashlib.sha256(pickle.dumps((claims, sorted(only_kinds or ["*"])))).hexdigest()
    shipped = delayed(claims, pure=True, traverse=False)  # one key in the graph, sent once per worker
    parts = npartitions or max(1, min(len(paths), 64))
    bag = db.from_sequence(list(paths), npartitions=parts) if paths else db.from_sequence([], npartitions=1)
    return bag.map_partitions(_check_partition, shipped, key, only_kinds, include_supported)


def run(
    claims_path: str,
    *,
    client: Any = None,
    include_supported: bool = False,
    articles: Sequence[str] | None = None,
    baseline: str | None | bool = None,
    npartitions: int | None = None,
) -> RunResult:
    """Check a claims file's articles on Dask and return what ``factcheck.project.run`` returns.

    ``client``: a ``distributed.Client`` (None: Dask's default scheduler).
    """

    def checker(
        compiled: CompiledClaims, paths: Sequence[tuple[str, str]], supported: bool
    ) -> list[tuple[str, Outcome]]:
        if not paths:
            return []
        bag = check_bag(compiled.claims, paths, include_supported=supported, npartitions=npartitions)
        outcomes: list[tuple[str, Outcome]] = client.compute(bag).result() if client is not None else bag.compute()
        return outcomes

    return run_project(
        claims_path, include_supported=include_supported, articles=articles, baseline=baseline, checker=checker
    )


def render(result: RunResult, fmt: str = "json", *, fail_on: str = "error", strict: bool = False) -> str:
    """Return the report of ``result`` in ``fmt`` as ``factcheck check --format fmt`` prints it."""
    summary = Summary(
        result.articles,
        len(result.claims.claims),
        len(result.claims.entities),
        tuple(result.errors),
        stale=tuple(result.stale),
        fail_on=fail_on,
        strict=strict,
        rules=rules_of(result.claims),
        color=False,
        warnings=tuple(result.warnings),
    )
    return RENDERERS[fmt](result.findings, summary)
