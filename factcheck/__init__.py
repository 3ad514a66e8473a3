"""factcheck: check news articles against a story's canonical claims, like a test suite.

The library face::

    from factcheck import load_claims, read_article, check
    claims = load_claims("claims.yaml")
    findings = check(claims, [read_article("seeds/002.txt")])
"""

from __future__ import annotations

__version__ = "0.1.0"

from factcheck.articles import Document, read_article
from factcheck.checker import CompiledClaims, check, compile_claims
from factcheck.errors import ArticleError, ClaimsFileError, FactcheckError, FactcheckNotice, FactcheckWarning
from factcheck.loader import load_claims, parse_claims
from factcheck.model import ClaimsFile, Finding, Severity, Verdict
from factcheck.project import article_paths, run

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
