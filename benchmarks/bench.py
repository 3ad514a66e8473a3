"""Benchmark: how fast ``check`` runs over many articles, and whether time grows linearly.

Usage:  python benchmarks/bench.py [--articles 2000] [--seed 1]

It generates a corpus in a temporary folder: a claims file with 30 claims and
20 entities (the seed story's plus made-up ones) and N articles built from the
seed articles' paragraphs and made-up paragraphs that mention the made-up
entities and figures (some changed, so there are findings to report). It prints
articles per second for reading and checking on one core, and a linearity
table: the time to check one article made 1, 2, 4, 8 and 16 times longer.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from factcheck import compile_claims, load_claims, read_article
from factcheck.articles import document_from_text

REPO = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "lo", "ver", "min", "sa", "dru", "bel", "tor", "an", "que", "ris", "mo", "den", "ha", "pel"]
FIRST = ["Anna", "Marek", "Ines", "Pavel", "Sofia", "Tomas", "Lena", "Jonas", "Clara", "Oskar", "Maria", "Emil"]


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def make_claims(rng: random.Random, folder: Path) -> tuple[Path, list[dict[str, object]]]:
    """Write claims.yaml with the seed story's 8 claims and 8 entities plus 22 claims and 12 entities."""
    text = (REPO / "claims.yaml").read_text(encoding="utf-8").replace('["seeds/*.txt"]', '["articles/*.txt"]')
    people = [(f"p{i}", rng.choice(FIRST), surname(rng)) for i in range(12)]
    facts: list[dict[str, object]] = []
    entities = "".join(f"  {pid}:\n    name: {first} {last}\n" for pid, first, last in people)
    text = text.replace("\nclaims:\n", "\n" + entities + "\nclaims:\n")
    claims = []
    for i in range(22):
        pid, first, last = people[i % len(people)]
        kind = ["quantity", "date", "quote", "statement"][i % 4]
        if kind == "quantity":
            value = rng.randint(20, 5000)
            cue = f"widget{i}"
            claims.append(f"  - {{id: q{i}, kind: quantity, cues: [{cue}s], value: {value}}}")
            facts.append({"kind": kind, "cue": cue, "value": value})
        elif kind == "date":
            day = rng.randint(1, 28)
            claims.append(f"  - {{id: d{i}, kind: date, cues: [launch{i}], value: 2024-05-{day:02d}}}")
            facts.append({"kind": kind, "cue": f"launch{i}", "day": day})
        elif kind == "quote":
            words = " ".join(rng.choice(["river", "plan", "storm", "crew", "town", "road", "night", "light"])
                             for _ in range(10))
            claims.append(f'  - {{id: u{i}, kind: quote, speaker: {pid}, text: "{words}"}}')
            facts.append({"kind": kind, "who": f"{first} {last}", "words": words})
        else:
            claims.append(
                f"  - {{id: s{i}, kind: statement, holder: {pid}, modality: deny, "
                f"text: {last} denied that the harbour project{i} had run over budget}}"
            )
            facts.append({"kind": kind, "who": f"{first} {last}", "i": i})
    path = folder / "claims.yaml"
    path.write_text(text + "\n".join(claims) + "\n", encoding="utf-8")
    return path, facts


def paragraph(rng: random.Random, fact: dict[str, object]) -> str:
    wrong = rng.random() < 0.2
    if fact["kind"] == "quantity":
        value = int(fact["value"]) + (rng.randint(1, 9) if wrong else 0)  # type: ignore[call-overload]
        return f"Officials said {value:,} {fact['cue']}s were counted in the region last year."
    if fact["kind"] == "date":
        day = int(fact["day"]) + (1 if wrong else 0)  # type: ignore[call-overload]
        return f"The {fact['cue']} took place on May {day}, the organisers said."
    if fact["kind"] == "quote":
        words = str(fact["words"])
        if wrong:
            words = words.replace(words.split()[2], "harbour", 1)
        return f'"{words}," {fact["who"]} told reporters.'
    verb = "confirmed" if wrong else "denied"
    return f"{fact['who']} {verb} that the harbour project{fact['i']} had run over budget."


def make_articles(rng: random.Random, folder: Path, count: int, facts: list[dict[str, object]]) -> None:
    seed_paragraphs = [
        p for f in sorted((REPO / "seeds").glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 8
    ]
    (folder / "articles").mkdir()
    for n in range(count):
        body = rng.sample(seed_paragraphs, 6) + [paragraph(rng, rng.choice(facts)) for _ in range(6)]
        rng.shuffle(body)
        text = f"Story number {n}\n\n" + "\n\n".join(body) + "\n"
        (folder / "articles" / f"{n:05d}.txt").write_text(text, encoding="utf-8")


def throughput(claims_path: Path) -> None:
    claims = load_claims(claims_path)
    t0 = time.perf_counter()
    compiled = compile_claims(claims)
    t_compile = time.perf_counter() - t0
    paths = sorted((claims_path.parent / "articles").glob("*.txt"))
    findings = 0
    t_read = t_check = 0.0
    for path in paths:
        t0 = time.perf_counter()
        doc = read_article(path)
        t1 = time.perf_counter()
        findings += len(compiled.check_document(doc))
        t_check += time.perf_counter() - t1
        t_read += t1 - t0
    total = t_read + t_check
    print(f"claims: {len(claims.claims)} claims, {len(claims.entities)} entities", end=" ")
    print(f"(compiled in {t_compile * 1000:.0f} ms)")
    print(f"articles: {len(paths)}, findings: {findings}")
    print(f"read:  {t_read:.2f} s   check: {t_check:.2f} s   total: {total:.2f} s")
    print(f"throughput: {len(paths) / total:.0f} articles/s on one core (read + check), "
          f"{len(paths) / t_check:.0f} articles/s (check only)")


def linearity(claims_path: Path) -> None:
    compiled = compile_claims(load_claims(claims_path))
    base = (REPO / "seeds" / "001_7cc50bb4219283b2.txt").read_text(encoding="utf-8")
    print("linearity: one article made k times longer (median of 5 runs)")
    print(f"{'k':>4} {'chars':>9} {'ms':>9} {'ms per k':>9}")
    previous = None
    for k in (1, 2, 4, 8, 16, 32):
        text = "\n\n".join([base] * k)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            compiled.check_document(document_from_text(text, "x.txt"))
            times.append(time.perf_counter() - t0)
        ms = statistics.median(times) * 1000
        ratio = f"  x{ms / previous:.2f} for x2" if previous else ""
        print(f"{k:>4} {len(text):>9} {ms:>9.1f} {ms / k:>9.2f}{ratio}")
        previous = ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        claims_path, facts = make_claims(rng, folder)
        make_articles(rng, folder, args.articles, facts)
        throughput(claims_path)
        linearity(claims_path)


if __name__ == "__main__":
    main()
