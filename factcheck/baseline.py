"""A baseline for adoption: the conflicts known when factcheck was adopted, so only new ones fail.

``factcheck check --write-baseline`` records every current contradiction (and imprecise figure)
in ``factcheck-baseline.json`` beside the claims file; later runs pick the file up and mark the
findings it lists as suppressed (``"baseline"``), so they are listed but never fail.

An entry is keyed by article, claim and a fingerprint: a hash of the normalised found text and
the sentence it stands in, never a line number and never a count per file. A finding matches an
entry with the same article, claim and fingerprint; failing that, one with the same article,
claim and found text (the sentence around an unchanged figure was reworded: still the same
known conflict). So a paragraph added above it, or the sentence moved, keeps the entry, while a
changed figure is a new finding. Entries that match nothing in the articles checked are stale;
``factcheck baseline prune`` removes them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.model import Finding, Suppression
from factcheck.suppress import Stale, normalise

DEFAULT_NAME = "factcheck-baseline.json"
FORMAT_VERSION = 1


class BaselineError(FactcheckError):
    """A baseline file that cannot be read."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


def fingerprint(f: Finding) -> str:
    """Return the finding's fingerprint: article, claim, normalised found text and its sentence.

    Line and column are not part of it, so editing an article elsewhere keeps it; changing the
    found text (the figure, the spelling) changes it. The SARIF ``partialFingerprints`` use it too.
    """
    parts = (f.article, f.claim, normalise(f.found), normalise(f.evidence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Entry:
    """One known conflict of the baseline."""

    article: str
    claim: str
    found: str
    fingerprint: str
    verdict: str = ""
    message: str = ""

    def key(self) -> tuple[str, str, str]:
        """Return the looser key: article, claim and normalised found text."""
        return (self.article, self.claim, normalise(self.found))

    def to_dict(self) -> dict[str, str]:
        """Return the entry as stored."""
        return dataclasses.asdict(self)


def default_path(claims_path: str | os.PathLike[str]) -> str:
    """Return the default baseline file: ``factcheck-baseline.json`` beside the claims file."""
    return str(Path(claims_path).parent / DEFAULT_NAME)


def entry_of(f: Finding) -> Entry:
    """Return the baseline entry recording a finding."""
    return Entry(f.article, f.claim, f.found, fingerprint(f), f.verdict.value, f.message)


def recordable(f: Finding) -> bool:
    """Return True for a finding a baseline records: one that fails under ``--fail-on warning``.

    Findings accepted in the claims file are not recorded (their acceptance already says why).
    """
    accepted = f.suppressed is not None and f.suppressed.kind == "accepted"
    return not accepted and f.would_fail("warning")


def read(path: str | os.PathLike[str]) -> list[Entry]:
    """Read a baseline file; raise ``BaselineError`` if it is not one."""
    name = os.fspath(path)
    try:
        data = json.loads(Path(name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(name, "no such baseline file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(name, f"cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(name, f"is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not isinstance(data.get("entries"), list):
        raise BaselineError(name, f"is not a factcheck baseline (version {FORMAT_VERSION} with 'entries')")
    entries = []
    for i, raw in enumerate(data["entries"]):
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("article", "claim", "found")):
            raise BaselineError(name, f"entries[{i}] needs 'article', 'claim' and 'found'")
        entries.append(
            Entry(
                raw["article"],
                raw["claim"],
                raw["found"],
                str(raw.get("fingerprint", "")),
                str(raw.get("verdict", "")),
                str(raw.get("message", "")),
            )
        )
    return entries


def write(path: str | os.PathLike[str], entries: Iterable[Entry], claims_path: str = "") -> None:
    """Write a baseline file, sorted, so that it diffs well under version control."""
    ordered = sorted(set(entries), key=lambda e: (e.article, e.claim, normalise(e.found), e.fingerprint))
    data: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "entries": [e.to_dict() for e in ordered],
    }
    if claims_path:
        data["claims"] = Path(claims_path).name
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def record(findings: Sequence[Finding], previous: Sequence[Entry], checked: Iterable[str]) -> list[Entry]:
    """Return the entries of a new baseline: every recordable finding, and the rest of the old one.

    The previous entries of articles this run did not check are kept (a run over some articles
    keeps the others' entries).
    """
    checked = set(checked)
    kept = [e for e in previous if e.article not in checked]
    return kept + [entry_of(f) for f in findings if recordable(f)]


class Recorder:
    """``--write-baseline`` as the articles come: record each article's conflicts, mark them baselined.

    ``add`` takes one article's findings and returns them marked as the new baseline marks them
    (what ``apply(findings, record(findings, ...))`` gives); ``entries`` is then the new
    baseline. Only entries are kept, never findings.
    """

    def __init__(self, previous: Sequence[Entry], checked: Iterable[str]) -> None:
        checked = set(checked)
        self.entries: list[Entry] = [e for e in previous if e.article not in checked]

    def add(self, findings: Sequence[Finding]) -> list[Finding]:
        """Record the recordable ones of one article's findings; return the findings marked."""
        new = [entry_of(f) for f in findings if recordable(f)]
        self.entries.extend(new)
        return Matcher(new).apply(findings) if new else list(findings)


class Matcher:
    """A baseline's entries, matched against findings as they come (each entry at most once).

    An entry only ever matches findings of its own article, so matching article by article gives
    what matching every finding at once gives.
    """

    def __init__(self, entries: Sequence[Entry], path: str = "") -> None:
        self.entries = entries
        self.path = path
        self.by_print: dict[tuple[str, str, str], list[int]] = {}
        self.by_key: dict[tuple[str, str, str], list[int]] = {}
        for i, e in enumerate(entries):
            self.by_print.setdefault((e.article, e.claim, e.fingerprint), []).append(i)
            self.by_key.setdefault(e.key(), []).append(i)
        self.used: set[int] = set()

    def _take(self, candidates: list[int]) -> bool:
        for i in candidates:
            if i not in self.used:
                self.used.add(i)
                return True
        return False

    def apply(self, findings: Sequence[Finding]) -> list[Finding]:
        """Return ``findings`` with those an entry matches marked: by fingerprint first, then by found text."""
        out = list(findings)
        pending = []
        for n, f in enumerate(out):
            if f.suppressed is not None:
                continue
            if self._take(self.by_print.get((f.article, f.claim, fingerprint(f)), [])):
                out[n] = dataclasses.replace(f, suppressed=Suppression("baseline", "in the baseline"))
            else:
                pending.append(n)
        for n in pending:
            f = out[n]
            if self._take(self.by_key.get((f.article, f.claim, normalise(f.found)), [])):
                out[n] = dataclasses.replace(f, suppressed=Suppression("baseline", "in the baseline"))
        return out

    def stale(self, checked: Iterable[str]) -> list[Stale]:
        """Return the entries that matched nothing, among those of the articles checked."""
        checked = set(checked)
        return [
            Stale(e.claim, e.article, e.found, "baseline", file=self.path)
            for i, e in enumerate(self.entries)
            if i not in self.used and e.article in checked
        ]

    def kept(self, checked: Iterable[str]) -> list[Entry]:
        """Return the entries that matched a finding, and those of articles not checked."""
        checked = set(checked)
        return [e for i, e in enumerate(self.entries) if i in self.used or e.article not in checked]


def apply(
    findings: Sequence[Finding], entries: Sequence[Entry], checked: Iterable[str], path: str = ""
) -> tuple[list[Finding], list[Stale]]:
    """Mark the findings the baseline lists as suppressed; return them and the stale entries.

    Each entry matches at most one finding: first by fingerprint, then by article, claim and
    found text. Entries of articles not checked in this run are never stale.
    """
    matcher = Matcher(entries, path)
    out = matcher.apply(findings)
    return out, matcher.stale(checked)


def prune(findings: Sequence[Finding], entries: Sequence[Entry], checked: Iterable[str]) -> list[Entry]:
    """Return the entries that still match a finding, and those of articles not checked."""
    matcher = Matcher(entries)
    matcher.apply(findings)
    return matcher.kept(checked)
