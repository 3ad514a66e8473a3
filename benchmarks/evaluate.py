"""Score the checker on story folders with gold labels: micro precision, recall, F1 and clean articles.

Usage:  python benchmarks/evaluate.py STORY_DIR [STORY_DIR ...] [--misses]

Each STORY_DIR holds ``claims.yaml`` and ``gold.yaml`` (sections ``contradicted``,
``not_contradicted``, ``imprecise``, ``either``; pairs of article and claim or entity id).
A reported ``contradicted`` pair is a true positive when gold lists it as contradicted, a
false positive otherwise (``either`` pairs are not scored). A *clean article* is one with no
contradicted gold pair; the last column is the share of clean articles with no false
contradiction, what decides whether a desk keeps the tool in CI. ``--misses`` lists every
false positive and false negative. It imports ``factcheck`` from the path, so the same
script measures another checkout with ``PYTHONPATH=that/checkout``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from factcheck.errors import FactcheckError
from factcheck.project import run


def score(story: Path, misses: bool) -> tuple[int, int, int, int, int, list[str]]:
    """Return (tp, fp, fn, clean articles, clean articles without a false alarm, miss lines)."""
    gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8")) or {}
    pairs = {sec: {(e["article"], str(e["claim"])) for e in gold.get(sec) or []} for sec in
             ("contradicted", "not_contradicted", "imprecise", "either")}
    try:
        result = run(str(story / "claims.yaml"))
    except FactcheckError as exc:
        print(f"{story.name}: {exc}", file=sys.stderr)
        reported: set[tuple[str, str]] = set()
        articles: list[str] = []
    else:
        reported = {(f.article, f.claim) for f in result.findings if f.verdict.value == "contradicted"}
        articles = sorted({p.relative_to(story).as_posix() for p in (story / "articles").glob("*")})
    scored = reported - pairs["either"]
    tp = len(scored & pairs["contradicted"])
    fp = len(scored - pairs["contradicted"])
    fn = len(pairs["contradicted"] - reported)
    wrong_articles = {a for a, _ in pairs["contradicted"]}
    clean = [a for a in articles if a not in wrong_articles]
    quiet = [a for a in clean if not any(r[0] == a for r in scored)]
    lines = []
    if misses:
        lines += [f"  FP {a} {c}" for a, c in sorted(scored - pairs["contradicted"])]
        lines += [f"  FN {a} {c}" for a, c in sorted(pairs["contradicted"] - reported)]
    return tp, fp, fn, len(clean), len(quiet), lines


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    """Print one line per story and the micro totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list false positives and false negatives")
    args = parser.parse_args()
    total = [0, 0, 0, 0, 0]
    for story in args.stories:
        tp, fp, fn, clean, quiet, lines = score(story, args.misses)
        p, r, f = _f1(tp, fp, fn)
        print(f"{story.name:40} F1 {f:.2f}  P {p:.2f}  R {r:.2f}  (tp {tp} fp {fp} fn {fn})  clean {quiet}/{clean}")
        print("\n".join(lines)) if lines else None
        for i, v in enumerate((tp, fp, fn, clean, quiet)):
            total[i] += v
    tp, fp, fn, clean, quiet = total
    p, r, f = _f1(tp, fp, fn)
    share = quiet / clean if clean else 1.0
    print(f"{'micro':40} F1 {f:.2f}  P {p:.2f}  R {r:.2f}  (tp {tp} fp {fp} fn {fn})  "
          f"clean {quiet}/{clean} ({share:.0%} with no false contradiction)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
