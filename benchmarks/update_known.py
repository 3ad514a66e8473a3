"""Rewrite tests/heldout/known.yaml from what the checker now reports (run after a deliberate change).

Usage:  python benchmarks/update_known.py   then read the diff: every line that changes is a fix
or a regression on a held-out story, and says which.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from factcheck.model import Verdict
from factcheck.project import run

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "heldout"
HEAD = (
    "# What the checker still gets wrong on the held-out stories (tests/test_heldout.py keeps this exact).\n"
    "# When a change fixes one, remove it here (python benchmarks/update_known.py); a new miss or false\n"
    "# alarm fails the test.\n"
)


def main() -> None:
    """Write known.yaml."""
    out = {}
    for story in sorted(p.parent for p in HELDOUT.glob("*/claims.yaml")):
        gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8"))
        positives = {(e["article"], e["claim"]) for e in gold["contradicted"]}
        either = {(e["article"], e["claim"]) for e in gold.get("either") or []}
        findings = run(str(story / "claims.yaml")).findings
        reported = {(f.article, f.claim) for f in findings if f.verdict is Verdict.CONTRADICTED}
        out[story.name] = {
            "false_alarms": sorted(f"{a} {c}" for a, c in reported - positives - either),
            "missed": sorted(f"{a} {c}" for a, c in positives - reported),
        }
    (HELDOUT / "known.yaml").write_text(HEAD + yaml.safe_dump(out, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
