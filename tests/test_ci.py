"""factcheck in CI: accepted conflicts, the baseline, SARIF, GitHub annotations, markdown, hooks.

Every test works on a copy of the seed project (``seed_project``); nothing here reads ../shared.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft4Validator

from factcheck import baseline
from factcheck.cli import build_parser, run_cli
from factcheck.model import Finding, Severity, Verdict

from .conftest import REPO, SEEDS

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-2.1.0-rtm.5.json"
TOLL = "seeds/002_bc6c499723999b2f.txt"
FIELDS = ("article", "claim", "kind", "expected", "found", "line", "column", "evidence", "message")


def run(*argv, cwd=None, out=None):
    out = out or io.StringIO()
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        if cwd:
            mp.chdir(cwd)
        status = run_cli([str(a) for a in argv], out, err)
    return status, out.getvalue(), err.getvalue()


def report(*argv, cwd=None):
    status, out, err = run("check", *argv, "--format", "json", cwd=cwd)
    return status, json.loads(out), err


def add_accept(project: Path, after: str, entry: str) -> None:
    path = project / "claims.yaml"
    text = path.read_text()
    assert after in text
    path.write_text(text.replace(after, after + "\n" + entry, 1))


# --- accept: ---------------------------------------------------------------------------------


def test_accept_on_a_claim_and_an_entity(seed_project):
    add_accept(
        seed_project,
        "    value: 145                       # final official toll; 144 was an interim figure",
        '    accept:\n      - {article: "seeds/002_*.txt", found: "144", reason: "interim toll, correct when printed"}',
    )
    add_accept(
        seed_project,
        '    name: Stéphane Séjourné          # French foreign minister; "Sejourne" is the same name without accents',
        '    accept: [{article: "seeds/*.txt", found: Sejournay, reason: house transliteration}]',
    )
    status, data, _ = report(cwd=seed_project)
    assert status == 1  # the other contradictions still fail
    toll = [f for f in data["findings"] if f["claim"] == "death-toll" and f["verdict"] == "contradicted"]
    assert toll[0]["suppressed"] == {"kind": "accepted", "reason": "interim toll, correct when printed"}
    name = [f for f in data["findings"] if f["found"] == "Sejournay"]
    assert name[0]["verdict"] == "contradicted" and name[0]["suppressed"]["kind"] == "accepted"
    # Sejournet (another spelling) is not accepted: found: narrows the entry.
    assert "suppressed" not in [f for f in data["findings"] if f["found"] == "Sejournet"][0]
    assert data["summary"]["accepted"] == 2 and data["stale"] == []
    # The text lists accepted findings with their reason; they no longer count as failing.
    _, text, _ = run("check", cwd=seed_project)
    assert "found 144, expected 145 (confidence 0.95) [accepted: interim toll, correct when printed]" in text
    assert data["summary"]["failing"] == 7


def test_accepting_every_failing_finding_exits_0(seed_project):
    _, data, _ = report(cwd=seed_project)
    path = seed_project / "claims.yaml"
    raw = yaml.safe_load(path.read_text())
    owners = {**raw["entities"], **{c["id"]: c for c in raw["claims"]}}
    failing = [f for f in data["findings"] if f["verdict"] == "contradicted"]
    for f in failing:
        owners[f["claim"]].setdefault("accept", []).append(
            {"article": f["article"], "found": f["found"], "reason": "known"}
        )
    path.write_text(yaml.safe_dump(raw, allow_unicode=True))
    status, data, err = report(cwd=seed_project)
    assert status == 0, err
    assert data["summary"]["accepted"] == len(failing) == 9 and data["summary"]["failing"] == 0


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            '{article: "seeds/*.txt", found: "144"}',
            r":38:9: claims\[0\]\.accept\[0\] is missing the required field 'reason'",
        ),
        (
            '{article: "seeds/*.txt", reson: x, reason: y}',
            r":38:34: unknown field 'reson' in claims\[0\]\.accept\[0\]; allowed: article, found, reason "
            r"\(did you mean 'reason'\?\)",
        ),
    ],
)
def test_a_broken_acceptance_is_a_located_claims_error(seed_project, entry, message):
    add_accept(
        seed_project,
        "    value: 145                       # final official toll; 144 was an interim figure",
        "    accept:\n      - " + entry,
    )
    status, out, err = run("check", cwd=seed_project)
    assert status == 2 and out == ""
    assert re.search(r"claims.yaml" + message, err), err


def test_a_broken_entity_acceptance_is_located_too(seed_project):
    add_accept(
        seed_project, "    name: Sébastien Lecornu          # French defence minister", "    accept: [{article: x}]"
    )
    status, _, err = run("check", cwd=seed_project)
    assert status == 2
    assert "claims.yaml:14:14: entities.lecornu.accept[0] is missing the required field 'reason'" in err


def test_a_stale_acceptance_is_listed_everywhere_and_fails_under_strict(seed_project):
    add_accept(
        seed_project,
        "    value: 145                       # final official toll; 144 was an interim figure",
        '    accept:\n      - {article: "seeds/002_*.txt", found: "999", reason: a figure no article gives}',
    )
    status, data, _ = report("--fail-on", "never", cwd=seed_project)
    assert status == 0
    assert data["stale"] == [
        {
            "claim": "death-toll",
            "article": "seeds/002_*.txt",
            "found": "999",
            "source": "accept",
            "reason": "a figure no article gives",
            "file": "claims.yaml",
            "line": 38,
            "column": 9,
        }
    ]
    assert run("check", "--fail-on", "never", "--strict", cwd=seed_project)[0] == 1
    _, text, _ = run("check", "--fail-on", "never", cwd=seed_project)
    assert "claims.yaml:38:9: warning: stale accept entry for [death-toll] in seeds/002_*.txt found '999'" in text
    _, gh, _ = run("check", "--format", "github", "--strict", cwd=seed_project)
    assert "::error file=claims.yaml,line=38,col=9,title=factcheck stale entry::stale accept entry" in gh
    _, md, _ = run("check", "--format", "markdown", cwd=seed_project)
    assert "**Stale entries**" in md and "stale accept entry for [death-toll]" in md
    _, sarif, _ = run("check", "--format", "sarif", cwd=seed_project)
    notes = json.loads(sarif)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any("stale accept entry" in n["message"]["text"] for n in notes)


def test_an_acceptance_of_articles_not_checked_is_not_stale(seed_project):
    add_accept(
        seed_project,
        "    value: 145                       # final official toll; 144 was an interim figure",
        '    accept:\n      - {article: "seeds/002_*.txt", found: "144", reason: interim}',
    )
    _, data, _ = report("claims.yaml", "seeds/001_7cc50bb4219283b2.txt", cwd=seed_project)
    assert data["stale"] == []


# --- the baseline ------------------------------------------------------------------------------


def test_adoption_with_a_baseline(seed_project):
    # Record every current conflict; a plain run (the file is picked up) exits 0.
    status, _, err = run("check", "--write-baseline", cwd=seed_project)
    assert status == 0 and "factcheck-baseline.json" in err
    stored = json.loads((seed_project / "factcheck-baseline.json").read_text())
    assert all("line" not in e for e in stored["entries"])
    assert len(stored["entries"]) == 11  # 9 contradictions and 2 imprecise figures
    status, data, _ = report(cwd=seed_project)
    assert status == 0 and data["summary"]["baseline"] == 11 and data["stale"] == []
    assert run("check", "--fail-on", "warning", cwd=seed_project)[0] == 0

    # A blank paragraph added at the top of an article moves every line: still known.
    article = seed_project / TOLL
    article.write_text("An editor's note added later.\n\n" + article.read_text())
    status, data, _ = report(cwd=seed_project)
    assert status == 0 and data["stale"] == []

    # A changed figure is a new finding: exactly that one fails; the old entry is stale.
    article.write_text(article.read_text().replace("killed 144 people", "killed 150 people"))
    status, data, _ = report(cwd=seed_project)
    assert status == 1
    failing = [f for f in data["findings"] if "suppressed" not in f and f["verdict"] != "unclear"]
    assert [(f["claim"], f["found"]) for f in failing] == [("death-toll", "150")]
    assert data["summary"]["failing"] == 1
    assert [(s["claim"], s["found"], s["source"]) for s in data["stale"]] == [("death-toll", "144", "baseline")]

    # baseline prune drops what no longer occurs.
    status, out, _ = run("baseline", "prune", cwd=seed_project)
    assert status == 0 and "removed 1 stale entry(ies), kept 10" in out
    status, data, _ = report(cwd=seed_project)
    assert status == 1 and data["stale"] == []


def test_baseline_flags(seed_project):
    run("check", "--write-baseline", "known.json", cwd=seed_project)
    assert (seed_project / "known.json").exists() and not (seed_project / "factcheck-baseline.json").exists()
    assert run("check", cwd=seed_project)[0] == 1  # not the default name: not picked up
    assert run("check", "--baseline", "known.json", cwd=seed_project)[0] == 0
    shutil.copy(seed_project / "known.json", seed_project / "factcheck-baseline.json")
    assert run("check", cwd=seed_project)[0] == 0
    assert run("check", "--no-baseline", cwd=seed_project)[0] == 1
    (seed_project / "factcheck-baseline.json").write_text("{not json")
    status, _, err = run("check", cwd=seed_project)
    assert status == 2 and "factcheck-baseline.json: is not JSON" in err


def test_a_baseline_written_for_some_articles_keeps_the_others(seed_project):
    run("check", "--write-baseline", cwd=seed_project)
    before = json.loads((seed_project / "factcheck-baseline.json").read_text())["entries"]
    run("check", "claims.yaml", TOLL, "--write-baseline", cwd=seed_project)
    after = json.loads((seed_project / "factcheck-baseline.json").read_text())["entries"]
    assert after == before


def test_fingerprints_ignore_position_but_not_the_found_text():
    base = Finding("a.txt", "toll", "quantity", "contradicted", "error", "145", "144", 3, 4, "It killed 144.", "m")
    moved = Finding("a.txt", "toll", "quantity", "contradicted", "error", "145", "144", 30, 1, "It  killed 144.", "m")
    changed = Finding("a.txt", "toll", "quantity", "contradicted", "error", "145", "150", 3, 4, "It killed 150.", "m")
    assert baseline.fingerprint(base) == baseline.fingerprint(moved) != baseline.fingerprint(changed)


# --- formats -----------------------------------------------------------------------------------


def sarif_validator() -> Draft4Validator:
    return Draft4Validator(json.loads(SARIF_SCHEMA.read_text()))


def test_sarif_validates_and_carries_levels_suppressions_and_fingerprints(seed_project):
    add_accept(
        seed_project,
        "    value: 145                       # final official toll; 144 was an interim figure",
        '    accept:\n      - {article: "seeds/002_*.txt", found: "144", reason: interim toll}',
    )
    # Baseline everything but the accepted finding, then check.
    run("check", "--write-baseline", cwd=seed_project)
    status, out, _ = run("check", "--format", "sarif", "--no-baseline", cwd=seed_project)
    assert status == 1
    log = json.loads(out)
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, errors[0]
    (sarif_run,) = log["runs"]
    rules = {r["id"]: r for r in sarif_run["tool"]["driver"]["rules"]}
    assert rules["death-toll"]["properties"]["kind"] == "quantity"
    assert "people killed in the attack" in rules["death-toll"]["fullDescription"]["text"]
    assert rules["sejourne"]["properties"]["kind"] == "name"
    results = sarif_run["results"]
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].startswith("seeds/")
        assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
        assert rules[r["ruleId"]] == sarif_run["tool"]["driver"]["rules"][r["ruleIndex"]]
    levels = {(r["ruleId"], r["properties"]["verdict"]): r["level"] for r in results}
    assert levels[("death-toll", "contradicted")] == "error"
    assert levels[("death-toll", "imprecise")] == "warning"
    assert levels[("france-denied-dialogue", "unclear")] == "note"
    toll = next(r for r in results if r["ruleId"] == "death-toll" and r["properties"]["found"] == "144")
    assert toll["suppressions"] == [{"kind": "inSource", "status": "accepted", "justification": "interim toll"}]
    entries = json.loads((seed_project / "factcheck-baseline.json").read_text())["entries"]
    prints = {e["fingerprint"] for e in entries}
    assert toll["partialFingerprints"]["factcheck/v1"] not in prints  # accepted: not in the baseline
    others = [r for r in results if r is not toll and r["level"] != "note"]
    assert {r["partialFingerprints"]["factcheck/v1"] for r in others} == prints
    # With the baseline applied, the same results carry an external suppression.
    _, out, _ = run("check", "--format", "sarif", cwd=seed_project)
    kinds = {r["suppressions"][0]["kind"] for r in json.loads(out)["runs"][0]["results"] if "suppressions" in r}
    assert kinds == {"inSource", "external"}


def test_sarif_level_follows_fail_on(seed_project):
    _, out, _ = run("check", "--format", "sarif", "--fail-on", "warning", cwd=seed_project)
    results = json.loads(out)["runs"][0]["results"]
    assert {r["level"] for r in results if r["properties"]["verdict"] == "imprecise"} == {"error"}


GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.+)$")


def test_github_lines_parse(seed_project):
    _, out, _ = run("check", "--format", "github", cwd=seed_project)
    lines = out.splitlines()
    annotations = [GITHUB_LINE.match(line) for line in lines[:-1]]
    assert all(annotations), [line for line, m in zip(lines, annotations, strict=False) if not m]
    assert {m.group(1) for m in annotations if m} == {"error", "warning", "notice"}
    assert all((seed_project / m.group(2)).is_file() for m in annotations if m)
    assert "%0A" in lines[0] and "\n" not in lines[0]


def test_markdown_renders_a_table(seed_project):
    _, out, _ = run("check", "--format", "markdown", cwd=seed_project)
    lines = out.splitlines()
    assert lines[0] == "## factcheck"
    header = lines.index("| | Where | Claim | Verdict | Found | Expected | Message |")
    assert lines[header + 1] == "|---|---|---|---|---|---|---|"
    rows = [line for line in lines[header + 2 :] if line.startswith("| ")]
    assert len(rows) == 12  # 9 contradictions, 2 imprecise, 1 unclear
    for row in rows:  # every row has the header's seven cells (pipes in cells are escaped)
        assert len(re.split(r"(?<!\\)\|", row)) == 9
    assert "`seeds/002_bc6c499723999b2f.txt:9:178` | `death-toll` | contradicted | 144 | 145 |" in out


def test_one_run_writes_several_outputs(seed_project):
    status, out, _ = run(
        "check",
        "--format",
        "github",
        "--output",
        "sarif:out.sarif",
        "--output",
        "markdown:summary.md",
        cwd=seed_project,
    )
    assert status == 1 and out.startswith("::")
    assert not list(sarif_validator().iter_errors(json.loads((seed_project / "out.sarif").read_text())))
    assert (seed_project / "summary.md").read_text().startswith("## factcheck")
    assert run("check", "--output", "pdf:x", cwd=seed_project)[0] == 2


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_unless_no_color(seed_project, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = run("check", cwd=seed_project, out=Tty())
    assert "\033[1;31m" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run("check", cwd=seed_project, out=Tty())
    assert "\033[" not in out
    _, out, _ = run("check", cwd=seed_project)  # not a terminal
    assert "\033[" not in out


# --- rough edges ------------------------------------------------------------------------------


def test_paths_are_relative_to_the_current_directory(tmp_path):
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    news = tmp_path.parent / (tmp_path.name + "-outer")
    news.mkdir()
    shutil.move(str(tmp_path), str(news / "desk"))
    _, text, _ = run("check", "desk/claims.yaml", cwd=news)
    assert f"desk/{TOLL}:9:178: error [death-toll]" in text
    _, gh, _ = run("check", "desk/claims.yaml", "--format", "github", cwd=news)
    assert f"::error file=desk/{TOLL},line=9,col=178," in gh
    _, sarif, _ = run("check", "desk/claims.yaml", "--format", "sarif", cwd=news)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(sarif)["runs"][0]["results"]
    }
    assert f"desk/{TOLL}" in uris
    _, data, _ = report("desk/claims.yaml", cwd=news)
    toll = next(f for f in data["findings"] if f["claim"] == "death-toll")
    assert toll["article"].startswith("seeds/") and toll["path"] == "desk/" + toll["article"]


def test_repeats_list_their_other_places(seed_project):
    article = seed_project / "seeds" / "zz_repeat.txt"
    article.write_text(
        "The attack on the concert hall killed 144 people.\n\n"
        "Officials said the attack killed 144 people.\n\n"
        "Again: the attack killed 144 people, the officials said.\n"
    )
    _, data, _ = report("claims.yaml", str(article.relative_to(seed_project)), cwd=seed_project)
    (toll,) = [f for f in data["findings"] if f["claim"] == "death-toll"]
    assert toll["line"] == 1 and toll["also_at"] == [[3, 34], [5, 26]]
    assert toll["message"].endswith("(and 2 more time(s) in this article, at 3:34, 5:26)")


def test_check_named_articles_only(seed_project):
    status, data, err = report("claims.yaml", TOLL, cwd=seed_project)
    assert {f["article"] for f in data["findings"]} == {TOLL} and data["summary"]["articles"] == 1
    assert status == 1 and err == ""
    # A file the claims file does not name is skipped with a warning; a claims file checks all.
    (seed_project / "notes.txt").write_text("Not an article of the story.\n")
    status, data, err = report("claims.yaml", "notes.txt", cwd=seed_project)
    assert status == 0 and data["findings"] == [] and "notes.txt: not one of the articles" in err
    _, data, _ = report("claims.yaml", TOLL, "claims.yaml", cwd=seed_project)
    assert data["summary"]["articles"] == 5


def test_one_glob_matching_nothing_is_a_warning(seed_project):
    path = seed_project / "claims.yaml"
    path.write_text(path.read_text().replace('articles: ["seeds/*.txt"]', 'articles: ["seeds/*.txt", "wires/*.txt"]'))
    status, out, err = run("check", cwd=seed_project)
    assert status == 1 and "found 144, expected 145" in out
    assert "factcheck: warning: claims.yaml:7:27: articles glob 'wires/*.txt' matches no file" in err
    path.write_text(path.read_text().replace('["seeds/*.txt", "wires/*.txt"]', '["news/*.txt", "wires/*.txt"]'))
    status, _, err = run("check", cwd=seed_project)
    assert status == 2 and "claims.yaml:7:12: none of the articles globs matches a file" in err


@pytest.mark.parametrize(
    ("encoding", "note", "text"),
    [
        ("latin-1", "decoded as Latin-1 (ISO-8859-1)", "Stéphane Séjourné a déclaré à la télévision que 144 personnes"),
        ("cp1252", "decoded as Windows-1252", "Stéphane Séjourné said the attack \u201ckilled 144\u201d \u2013 people"),
    ],
)
def test_latin1_and_windows_1252_decode_as_such(seed_project, encoding, note, text):
    (seed_project / "seeds" / "zz_legacy.txt").write_bytes((text + ".\n").encode(encoding))
    from factcheck import read_article

    doc = read_article(seed_project / "seeds" / "zz_legacy.txt")
    assert note in doc.notes
    assert doc.original(0, len(doc.text)).startswith("Stéphane Séjourné")


def test_html_evidence_is_text_not_markup(tmp_path):
    pages = REPO / "tests" / "data" / "html"
    for page in pages.glob("*.html"):
        shutil.copy(page, tmp_path / page.name)
    claims = (REPO / "claims.yaml").read_text().replace('articles: ["seeds/*.txt"]', 'articles: ["*.html"]')
    (tmp_path / "claims.yaml").write_text(claims)
    _, data, _ = report(cwd=tmp_path)
    assert data["findings"]
    for f in data["findings"]:
        for value in (f["found"], f["evidence"]):
            assert not re.search(r"</?[a-z]+[ >]|&#?\w+;", value), value
    sejournay = next(f for f in data["findings"] if f["found"] == "Sejournay")
    assert "Stephane Sejournay, head of French diplomacy" in sejournay["evidence"]
    status, out, _ = run("show", tmp_path / "002_bc6c499723999b2f.html")
    assert status == 0 and "<strong>" not in out and "Stephane Sejournay, head" in out


def test_broken_claims_file_in_json_still_prints_an_object(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], valu: 3}\n")
    status, out, err = run("check", path, "--format", "json")
    assert status == 2 and err.startswith("factcheck: error:")
    data = json.loads(out)
    assert data["findings"] == [] and "unknown field 'valu'" in data["errors"][0]
    assert data["claims_error"]["line"] == 3 and data["claims_error"]["column"] == 40
    status, out, _ = run("check", path, "--format", "sarif")
    assert status == 2 and not list(sarif_validator().iter_errors(json.loads(out)))


def test_the_readme_tour_checks_the_seeds_without_false_alarms(seed_project):
    readme = (REPO / "README.md").read_text()
    tour = re.search(r"```yaml\n(.*?)```", readme[readme.index("## A tour of claims.yaml") :], re.S)
    assert tour
    real = {(f["article"], f["claim"], f["line"], f["column"]) for f in report(cwd=seed_project)[1]["findings"]}
    (seed_project / "claims.yaml").write_text(tour.group(1))
    status, data, _ = report(cwd=seed_project)
    assert status == 1
    found = {(f["article"], f["claim"], f["line"], f["column"]) for f in data["findings"]}
    assert found and found <= real, found - real


# --- one rule: the CLI and pytest agree ----------------------------------------------------------


@pytest.fixture
def project(pytester: pytest.Pytester):
    shutil.copy(REPO / "claims.yaml", pytester.path / "claims.yaml")
    shutil.copytree(SEEDS, pytester.path / "seeds")
    pytester.makeini("[pytest]\nfilterwarnings = ignore::pytest.PytestAssertRewriteWarning\n")
    return pytester


def failed_ids(result: pytest.RunResult) -> set[str]:
    return {m.group(1) for line in result.outlines if (m := re.match(r"FAILED claims\.yaml::(\S+)", line))}


@pytest.mark.parametrize(
    ("fail_on", "pytest_args"), [("error", []), ("warning", ["-W", "error::factcheck.FactcheckWarning"])]
)
def test_pytest_and_the_cli_agree(project, fail_on, pytest_args):
    status, data, _ = report("--fail-on", fail_on, cwd=project.path)
    # The claims whose findings fail the CLI run (Finding.fails) are the tests pytest fails.
    cli_failing = set()
    for f in data["findings"]:
        finding = Finding(**{k: f[k] for k in FIELDS}, verdict=Verdict(f["verdict"]), severity=Severity(f["severity"]))
        if finding.fails(fail_on):
            cli_failing.add(f["claim"])
    result = project.runpytest("claims.yaml", "-rf", *pytest_args)
    assert failed_ids(result) == cli_failing
    assert (status == 0) == (result.ret == 0)


def test_pytest_honours_accept_and_the_baseline(project):
    assert run("check", "--write-baseline", cwd=project.path)[0] == 0
    result = project.runpytest("claims.yaml", "-W", "error::factcheck.FactcheckWarning")
    assert result.ret == 0, result.stdout.str()
    # A stale entry: a notice by default, a failure under --factcheck-strict.
    article = project.path / TOLL
    article.write_text(article.read_text().replace("killed 144 people", "killed 145 people"))
    result = project.runpytest("claims.yaml")
    assert result.ret == 0
    result = project.runpytest("claims.yaml", "--factcheck-strict")
    result.assert_outcomes(failed=1, passed=16)
    assert "stale baseline entry for [death-toll]" in result.stdout.str()


def test_junit_failures_name_the_article_and_line(project):
    project.runpytest("claims.yaml", "--junitxml=report.xml")
    xml = (project.path / "report.xml").read_text()
    assert f"{TOLL}:9:178: error [death-toll] found 144, expected 145" in xml


# --- where users run it ----------------------------------------------------------------------


def workflow_commands() -> list[list[str]]:
    workflow = yaml.safe_load((REPO / "examples" / "factcheck-workflow.yml").read_text())
    steps = workflow["jobs"]["factcheck"]["steps"]
    return [shlex.split(s["run"]) for s in steps if "run" in s and s["run"].startswith("factcheck ")]


def test_the_workflow_parses_and_is_the_one_in_the_readme():
    text = (REPO / "examples" / "factcheck-workflow.yml").read_text()
    workflow = yaml.safe_load(text)
    assert workflow["permissions"]["security-events"] == "write"
    uses = [s.get("uses", "") for s in workflow["jobs"]["factcheck"]["steps"]]
    assert any(u.startswith("github/codeql-action/upload-sarif") for u in uses)
    readme = (REPO / "README.md").read_text()
    assert text in readme  # the README shows this file as it is
    assert workflow_commands()


def test_the_workflow_commands_run(seed_project, monkeypatch):
    summary = seed_project / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    for argv in workflow_commands():
        argv = [a.replace("$GITHUB_STEP_SUMMARY", str(summary)) for a in argv]
        build_parser().parse_args(argv[1:])
        status, out, _ = run(*argv[1:], cwd=seed_project)
        assert status == 1 and out.startswith("::error file=seeds/")
    assert not list(sarif_validator().iter_errors(json.loads((seed_project / "factcheck.sarif").read_text())))
    assert "| | Where | Claim |" in summary.read_text()


def test_the_pre_commit_hook(seed_project):
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "factcheck" and hook["language"] == "python" and hook["pass_filenames"]
    files = re.compile(hook["files"])
    assert files.search("seeds/a.txt") and files.search("claims.yaml") and files.search("x/story.claims.yml")
    assert not files.search("setup.py")
    # What pre-commit runs for one staged article: just that article is checked.
    argv = shlex.split(hook["entry"])[1:] + hook["args"] + [TOLL]
    status, data, _ = report(*argv[1:], cwd=seed_project)
    assert status == 1 and {f["article"] for f in data["findings"]} == {TOLL}
