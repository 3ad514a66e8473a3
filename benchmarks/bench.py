"""Benchmark: how fast ``check`` runs, on one core and on every core, and how its cost grows.

Usage:  python benchmarks/bench.py [--articles 2000] [--repeat 3] [--seed 1] [--quick] [--skip ...]

It generates a corpus in a temporary folder: a claims file with 30 claims and
20 entities (the seed story's plus made-up ones) and articles built from the
seed articles' paragraphs and made-up paragraphs that mention the made-up
entities and figures (some changed, so there are findings to report). Every
timing is the median of ``--repeat`` runs, and the machine (cores, load) is printed.

* ratio: read + check on one core against the floor, timed in the same run: reading,
  tokenising and a rapidfuzz name extraction of the same articles (the least any checker
  of these articles has to do);
* jobs: ``factcheck check -j 1`` against ``-j 2`` (and ``-j 0``), as subprocesses;
* pytest: ``pytest claims.yaml -n 0`` against ``-n 2`` (pytest-xdist), and ``-k`` one claim;
* parallel capacity (before jobs and pytest): how much more work two CPU-bound processes do at
  once than one, the ceiling of any ``-j 2`` or ``-n 2`` speedup on the machine as loaded;
* cost: time and peak memory (RSS of a ``factcheck check`` process) for 1k, 2k, 4k and 8k
  articles, and for one article made 1 to 32 times longer (time, and the peak of Python
  allocations under tracemalloc).

``--quick`` uses 500 articles, sizes 250-2000 and one repeat, for development.
It is a script, not a test: timings belong in a note, not in a pass/fail suite.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from rapidfuzz import fuzz, process

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


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} cores, load average {load:.2f} at start, Python {sys.version.split()[0]}"


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")


def floor_pass(paths: list[Path], choices: list[str]) -> tuple[float, int]:
    """Read, tokenise and extract names with rapidfuzz: the least a checker has to do."""
    t0 = time.perf_counter()
    hits = 0
    for path in paths:
        doc = read_article(path)
        tokens = _TOKEN.findall(doc.text)
        for token in tokens:
            if token[0].isupper() and process.extractOne(token, choices, scorer=fuzz.ratio, score_cutoff=80):
                hits += 1
    return time.perf_counter() - t0, hits


def check_pass(paths: list[Path], claims_path: Path) -> tuple[float, float, int]:
    """Read and check every article; return (read seconds, check seconds, findings)."""
    compiled = compile_claims(load_claims(claims_path))
    findings = 0
    t_read = t_check = 0.0
    for path in paths:
        t0 = time.perf_counter()
        doc = read_article(path)
        t1 = time.perf_counter()
        findings += len(compiled.check_document(doc))
        t_check += time.perf_counter() - t1
        t_read += t1 - t0
    return t_read, t_check, findings


def throughput(claims_path: Path, count: int, repeat: int) -> None:
    claims = load_claims(claims_path)
    t0 = time.perf_counter()
    compile_claims(claims)
    t_compile = time.perf_counter() - t0
    paths = sorted((claims_path.parent / "articles").glob("*.txt"))[:count]
    choices = sorted({t for e in claims.entities for n in (e.name, *e.aliases) for t in n.split()})
    floors, reads, checks = [], [], []
    findings = 0
    for _ in range(repeat):  # interleaved, so a slow spell of the machine hits both
        floors.append(floor_pass(paths, choices)[0])
        t_read, t_check, findings = check_pass(paths, claims_path)
        reads.append(t_read)
        checks.append(t_check)
    floor, read, check = (statistics.median(x) for x in (floors, reads, checks))
    ratios = [(r + c) / f for f, r, c in zip(floors, reads, checks, strict=True)]
    print(f"claims: {len(claims.claims)} claims, {len(claims.entities)} entities "
          f"(compiled in {t_compile * 1000:.0f} ms)")
    print(f"articles: {len(paths)}, findings: {findings}; medians of {repeat} run(s), one core")
    print(f"floor (read + tokenise + rapidfuzz names): {floor:.2f} s   ({len(paths) / floor:.0f} articles/s)")
    print(f"read: {read:.2f} s   check: {check:.2f} s   read + check: {read + check:.2f} s "
          f"({len(paths) / (read + check):.0f} articles/s)")
    print(f"ratio (read + check) / floor: median {statistics.median(ratios):.2f} "
          f"(runs: {', '.join(f'{r:.2f}' for r in ratios)})")


_SPIN = "x = 0\nfor i in range(8_000_000):\n    x += i\n"


def parallel_capacity(repeat: int) -> float:
    """Return how much more work two CPU-bound processes do at once than one (2.0 on two free cores).

    The most ``-j 2`` and ``-n 2`` can gain on this machine now: on a shared machine whose other
    load takes a core, it is near 1, and so are they.
    """
    cmd = [sys.executable, "-c", _SPIN]
    factors = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True)
        one = time.perf_counter() - t0
        t0 = time.perf_counter()
        procs = [subprocess.Popen(cmd) for _ in range(2)]
        for proc in procs:
            proc.wait()
        factors.append(2 * one / (time.perf_counter() - t0))
    return statistics.median(factors)


# The subprocesses run as a user's would: with the package's bytecode. A shell that sets
# PYTHONDONTWRITEBYTECODE (some sandboxes do) would make every run compile factcheck's sources
# again, about 0.1 s of start-up that an installed package never pays.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Run ``cmd``; return (wall seconds, peak RSS in MiB of that process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed with exit status {proc.returncode}")
    return wall, usage.ru_maxrss / 1024


def _median_run(cmd: list[str], cwd: Path, repeat: int) -> tuple[float, float]:
    _timed(cmd, cwd)  # one run untimed: the bytecode written, the files in the page cache
    runs = [_timed(cmd, cwd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


FACTCHECK = [sys.executable, "-m", "factcheck"]


def jobs(folder: Path, claims_name: str, repeat: int) -> None:
    print(f"jobs: factcheck check {claims_name} --format json -j N (subprocess, median of {repeat})")
    base = None
    for n in (1, 2, 0):
        wall, rss = _median_run([*FACTCHECK, "check", claims_name, "--format", "json", "-q", "-j", str(n)],
                                folder, repeat)
        base = base or wall
        print(f"  -j {n}: {wall:6.2f} s  peak RSS {rss:5.0f} MiB  speedup x{base / wall:.2f}")


def pytest_scale(folder: Path, claims_name: str, claim_id: str, repeat: int) -> None:
    try:
        import xdist  # noqa: F401
    except ImportError:
        print("pytest: pytest-xdist is not installed; skipped")
        return
    print(f"pytest: pytest {claims_name} (subprocess, median of {repeat})")
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(folder), claims_name]
    base = None
    runs = (("-n 0", ["-n", "0"]), ("-n 2", ["-n", "2"]), (f"-n 0 -k {claim_id}", ["-n", "0", "-k", claim_id]))
    for label, extra in runs:
        wall, rss = _median_run([*pytest, *extra], folder, repeat)
        base = base or wall
        print(f"  {label:>16}: {wall:6.2f} s  peak RSS {rss:5.0f} MiB  speedup x{base / wall:.2f}")
    # hypothesis (a dependency) registers a pytest plugin that imports all of hypothesis at the
    # terminal summary of every pytest process, the controller's and each worker's (about 0.7 s
    # each here, with no bytecode cache): the same runs without it show what factcheck's own
    # sharing of the articles gains.
    base = None
    quiet = [*pytest, "-p", "no:hypothesispytest"]
    for label, extra in (("-n 0, no hypothesis", ["-n", "0"]), ("-n 2, no hypothesis", ["-n", "2"])):
        wall, rss = _median_run([*quiet, *extra], folder, repeat)
        base = base or wall
        print(f"  {label:>16}: {wall:6.2f} s  peak RSS {rss:5.0f} MiB  speedup x{base / wall:.2f}")


def sizes(folder: Path, counts: list[int], repeat: int) -> None:
    print(f"cost: factcheck check -j 1 --format json over N articles (subprocess, median of {repeat})")
    print(f"{'articles':>9} {'seconds':>8} {'ms/article':>11} {'peak RSS MiB':>13}")
    claims_text = (folder / "claims.yaml").read_text(encoding="utf-8")
    paths = sorted((folder / "articles").glob("*.txt"))
    for n in counts:
        sub = folder / f"set{n}"
        sub.mkdir(exist_ok=True)
        for p in paths[:n]:
            if not (sub / p.name).exists():
                os.symlink(p, sub / p.name)
        (folder / f"set{n}.claims.yaml").write_text(claims_text.replace('["articles/*.txt"]', f'["set{n}/*.txt"]'))
        wall, rss = _median_run([*FACTCHECK, "check", f"set{n}.claims.yaml", "--format", "json", "-q", "-j", "1"],
                                folder, repeat)
        print(f"{n:>9} {wall:>8.2f} {wall / n * 1000:>11.2f} {rss:>13.0f}")


def linearity(claims_path: Path, repeat: int) -> None:
    compiled = compile_claims(load_claims(claims_path))
    base = (REPO / "seeds" / "001_7cc50bb4219283b2.txt").read_text(encoding="utf-8")
    print(f"linearity: one article made k times longer (median of {max(repeat, 5)} runs; "
          "peak = Python allocations under tracemalloc)")
    print(f"{'k':>4} {'chars':>9} {'ms':>9} {'ms per k':>9} {'peak MiB':>9}")
    previous = None
    for k in (1, 2, 4, 8, 16, 32):
        text = "\n\n".join([base] * k)
        times = []
        for _ in range(max(repeat, 5)):
            t0 = time.perf_counter()
            compiled.check_document(document_from_text(text, "x.txt"))
            times.append(time.perf_counter() - t0)
        tracemalloc.start()
        compiled.check_document(document_from_text(text, "x.txt"))
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        ms = statistics.median(times) * 1000
        ratio = f"  x{ms / previous:.2f} for x2" if previous else ""
        print(f"{k:>4} {len(text):>9} {ms:>9.1f} {ms / k:>9.2f} {peak:>9.2f}{ratio}")
        previous = ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles for the ratio, -j and pytest runs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="500 articles, sizes 250-2000, one repeat")
    parser.add_argument("--skip", nargs="*", default=[], choices=["ratio", "jobs", "pytest", "cost", "linearity"])
    args = parser.parse_args()
    counts = [1000, 2000, 4000, 8000]
    if args.quick:
        args.articles, args.repeat, counts = 500, 1, [250, 500, 1000, 2000]
    rng = random.Random(args.seed)
    print(f"machine: {machine()}")
    tmp = tempfile.mkdtemp(prefix="factcheck-bench-")
    try:
        folder = Path(tmp)
        claims_path, facts = make_claims(rng, folder)
        make_articles(rng, folder, max(counts + [args.articles]), facts)
        main_set = f"set{args.articles}.claims.yaml"
        if "cost" not in args.skip:
            sizes(folder, sorted(set(counts)), args.repeat)
        if args.articles not in counts or "cost" in args.skip:
            sizes_quiet(folder, args.articles)
        if "ratio" not in args.skip:
            throughput(claims_path, args.articles, args.repeat)
        if "jobs" not in args.skip or "pytest" not in args.skip:
            print(f"parallel capacity: two CPU-bound processes at once do x{parallel_capacity(args.repeat):.2f} "
                  "the work of one (the most -j 2 and -n 2 can gain on this machine now)")
        if "jobs" not in args.skip:
            jobs(folder, main_set, args.repeat)
        if "pytest" not in args.skip:
            pytest_scale(folder, main_set, "death-toll", args.repeat)
        if "linearity" not in args.skip:
            linearity(claims_path, args.repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def sizes_quiet(folder: Path, n: int) -> None:
    """Make the ``set{n}.claims.yaml`` subset without timing it."""
    claims_text = (folder / "claims.yaml").read_text(encoding="utf-8")
    sub = folder / f"set{n}"
    sub.mkdir(exist_ok=True)
    for p in sorted((folder / "articles").glob("*.txt"))[:n]:
        if not (sub / p.name).exists():
            os.symlink(p, sub / p.name)
    (folder / f"set{n}.claims.yaml").write_text(claims_text.replace('["articles/*.txt"]', f'["set{n}/*.txt"]'))


if __name__ == "__main__":
    main()
