"""Measure ``factcheck compare`` against the labelled stories (claims.yaml + gold.yaml).

A gold pair is a contradicted figure or name of a story's gold (a quantity claim, or an entity).
It is *found* when a ``compare`` disagreement of that sort lists the gold article on a minority
side, with the gold's found text. *Listed per pair* is the number of disagreements ``compare``
lists for the story (every sort, and figures and names only) divided by its gold pairs.

Run ``python -m tests.compare_gold`` from the repository root for the table in the README.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.articles import read_article
from factcheck.compare import compare
from factcheck.loader import load_claims
from factcheck.project import article_paths
from factcheck.text import fold_simple

ROOT = Path(__file__).resolve().parent
STORIES = sorted(p.parent for p in [*ROOT.glob("corpus/*/gold.yaml"), *ROOT.glob("heldout/*/gold.yaml")])


@dataclass(frozen=True)
class StoryScore:
    name: str
    pairs: int
    found: int
    listed: int  # disagreements of every sort
    listed_figures_names: int
    missed: tuple[str, ...]


def _close(a: str, b: str) -> bool:
    a, b = " ".join(fold_simple(a).lower().split()), " ".join(fold_simple(b).lower().split())
    return bool(a) and bool(b) and (a in b or b in a)


def score(story: Path) -> StoryScore:
    claims = load_claims(str(story / "claims.yaml"))
    kinds = {c.id: c.kind for c in claims.claims} | {e.id: "name" for e in claims.entities}
    gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8")) or {}
    pairs = [g for g in gold.get("contradicted") or [] if kinds.get(g["claim"]) in ("quantity", "name")]
    docs = [read_article(real, display) for display, real in article_paths(claims)]
    result = compare(docs)
    found, missed = 0, []
    for g in pairs:
        kind = kinds[g["claim"]]
        hit = any(
            p.article == g["article"] and _close(p.found, str(g.get("found", "")))
            for d in result.disagreements
            if d.kind == kind
            for v in d.variants[1:]
            for p in v.places
        )
        found += hit
        if not hit:
            missed.append(f"{g['article']} {g['claim']} {g.get('found', '')}")
    listed = len(result.disagreements)
    fig_names = sum(1 for d in result.disagreements if d.kind in ("quantity", "name"))
    return StoryScore(story.name, len(pairs), found, listed, fig_names, tuple(missed))


def main() -> None:
    total = StoryScore("all", 0, 0, 0, 0, ())
    rows = []
    for story in STORIES:
        s = score(story)
        rows.append(s)
        total = StoryScore(
            "all",
            total.pairs + s.pairs,
            total.found + s.found,
            total.listed + s.listed,
            total.listed_figures_names + s.listed_figures_names,
            (),
        )
    for s in [*rows, total]:
        per = s.listed / s.pairs if s.pairs else float("nan")
        per_fn = s.listed_figures_names / s.pairs if s.pairs else float("nan")
        print(
            f"{s.name:36} pairs {s.pairs:3} found {s.found:3}  listed {s.listed:3} ({per:.1f}/pair)"
            f"  figures+names {s.listed_figures_names:3} ({per_fn:.1f}/pair)"
        )
        if "-v" in sys.argv:
            for m in s.missed:
                print("    missed:", m)


if __name__ == "__main__":
    main()
