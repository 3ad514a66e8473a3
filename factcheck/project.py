"""One run of the checker over a claims file's articles.

This is the part the CLI and the pytest plugin share. It reads files, so it
sits outside the pure core.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.articles import read_article
from factcheck.checker import compile_claims
from factcheck.errors import ArticleError
from factcheck.loader import load_claims
from factcheck.model import ClaimsFile, Finding

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RunResult:
    """What a run produced: the claims, the findings, and the articles that could not be read."""

    claims: ClaimsFile
    findings: list[Finding]
    articles: int
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def article_paths(claims: ClaimsFile) -> list[tuple[str, str]]:
    """Return (display path, real path) of every article, sorted and without duplicates.

    Display paths are as globbed, relative to the claims file's folder, with '/'.
    """
    base = Path(claims.path).resolve().parent
    seen: dict[str, str] = {}
    for pattern in claims.article_globs:
        if os.path.isabs(pattern):
            matches = glob.glob(pattern, recursive=True)
        else:
            matches = glob.glob(pattern, root_dir=base, recursive=True)
        for match in matches:
            real = match if os.path.isabs(match) else str(base / match)
            if os.path.isdir(real) or Path(real).resolve() == Path(claims.path).resolve():
                continue
            seen.setdefault(match.replace(os.sep, "/"), real)
    return sorted(seen.items())


def run(
    claims_path: str,
    *,
    include_supported: bool = False,
    progress: Progress | None = None,
) -> RunResult:
    """Load a claims file, check every article it names, and return the result.

    Raises ``ClaimsFileError`` for a bad claims file; unreadable articles are
    collected in ``errors`` and the others are still checked.
    """
    claims = load_claims(claims_path)
    compiled = compile_claims(claims)
    paths = article_paths(claims)
    findings: list[Finding] = []
    errors: list[str] = []
    warnings: list[str] = []
    for i, (display, real) in enumerate(paths, 1):
        try:
            doc = read_article(real, display)
        except ArticleError as exc:
            errors.append(str(exc))
        else:
            if not doc.sentences:
                warnings.append(f"{display}: has no article text to check (empty, or only page furniture)")
            findings.extend(compiled.check_document(doc, include_supported=include_supported))
        if progress is not None:
            progress(i, len(paths))
    findings.sort(key=Finding.sort_key)
    return RunResult(claims, findings, len(paths), errors, warnings)
