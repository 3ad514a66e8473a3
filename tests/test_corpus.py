"""Generalisation: stories of our own, each article carrying at most one injected error.

Each story under tests/corpus has a claims file, articles (clean ones, variants with one
injected error, benign variants) and a gold file. The checker must find the injected errors
and stay quiet on the benign variants, as precision/recall/F1 of contradicted pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.model import Verdict
from factcheck.project import run

from .conftest import CORPUS

STORIES = sorted(p.parent for p in CORPUS.glob("*/claims.yaml"))


def score(story: Path) -> dict[str, object]:
    gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8"))
    positives = {(e["article"], e["claim"]) for e in gold["contradicted"]}
    either = {(e["article"], e["claim"]) for e in gold.get("either") or []}
    imprecise = {(e["article"], e["claim"]) for e in gold.get("imprecise") or []}
    findings = run(str(story / "claims.yaml")).findings
    reported = {(f.article, f.claim) for f in findings if f.verdict is Verdict.CONTRADICTED}
    tp, fn = reported & positives, positives - reported
    fp = reported - positives - either
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 1.0
    recall = len(tp) / len(positives) if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    shown_imprecise = {(f.article, f.claim) for f in findings if f.verdict is Verdict.IMPRECISE}
    return {"f1": f1, "fp": sorted(fp), "fn": sorted(fn), "imprecise_missed": sorted(imprecise - shown_imprecise)}


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_story_is_checked_without_misses_or_false_alarms(story):
    result = score(story)
    assert (result["fn"], result["fp"]) == ([], [])
    assert result["f1"] == 1.0


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_vaguer_figures_are_reported_as_imprecise(story):
    assert score(story)["imprecise_missed"] == []


def test_there_are_stories():
    assert len(STORIES) >= 3
