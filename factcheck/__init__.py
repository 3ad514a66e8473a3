"""factcheck: check news articles against a story's canonical claims, like a test suite.

The library face::

    from factcheck import load_claims, read_article, check
    claims = load_claims("claims.yaml")
    findings = check(claims, [read_article("seeds/002.txt")])
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from factcheck.articles import Document, read_article
    from factcheck.checker import CompiledClaims, check, compile_claims
    from factcheck.errors import ArticleError, ClaimsFileError, FactcheckError, FactcheckNotice, FactcheckWarning
    from factcheck.loader import load_claims, parse_claims
    from factcheck.model import ClaimsFile, Finding, Severity, Verdict
    from factcheck.project import article_paths, run

# The library face is imported on first use (PEP 562): pytest imports ``factcheck.pytest_plugin``,
# and with it this package, in every pytest process of every project where factcheck is installed,
# the pytest-xdist controller included, which checks nothing. Importing the checker here cost each
# of them about a second (its patterns, wordfreq, jsonschema, trafilatura).
_HOMES = {
    "Document": "factcheck.articles",
    "read_article": "factcheck.articles",
    "CompiledClaims": "factcheck.checker",
    "check": "factcheck.checker",
    "compile_claims": "factcheck.checker",
    "ArticleError": "factcheck.errors",
    "ClaimsFileError": "factcheck.errors",
    "FactcheckError": "factcheck.errors",
    "FactcheckNotice": "factcheck.errors",
    "FactcheckWarning": "factcheck.errors",
    "load_claims": "factcheck.loader",
    "parse_claims": "factcheck.loader",
    "ClaimsFile": "factcheck.model",
    "Finding": "factcheck.model",
    "Severity": "factcheck.model",
    "Verdict": "factcheck.model",
    "article_paths": "factcheck.project",
    "run": "factcheck.project",
}


def __getattr__(name: str) -> Any:
    """Return a name of the library face, importing its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


__all__ = [
    "ArticleError",
    "ClaimsFile",
    "ClaimsFileError",
    "CompiledClaims",
    "Document",
    "FactcheckError",
    "FactcheckNotice",
    "FactcheckWarning",
    "Finding",
    "Severity",
    "Verdict",
    "__version__",
    "article_paths",
    "check",
    "compile_claims",
    "load_claims",
    "parse_claims",
    "read_article",
    "run",
]
