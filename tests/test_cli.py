from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from factcheck.cli import run_cli


def run(*argv, cwd=None):
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        status = run_cli(list(argv), out, err)
    finally:
        os.chdir(old)
    return status, out.getvalue(), err.getvalue()


def test_check_text_output_and_exit_status(seed_project):
    status, out, err = run("check", cwd=seed_project)
    assert status == 1
    assert "seeds/002_bc6c499723999b2f.txt:9:178: error [death-toll] found 144, expected 145" in out
    assert "    evidence: Russia said in a summary" in out
    assert out.rstrip().splitlines()[-1].startswith("9 contradiction(s) (9 error(s), 0 warning(s)) in 3 of 5")
    assert err == ""


def test_check_json_output(seed_project):
    status, out, _ = run("check", str(seed_project / "claims.yaml"), "--format", "json")
    assert status == 1
    report = json.loads(out)
    toll = [f for f in report["findings"] if f["claim"] == "death-toll" and f["verdict"] == "contradicted"]
    assert toll == [
        {
            "article": "seeds/002_bc6c499723999b2f.txt",
            "claim": "death-toll",
            "kind": "quantity",
            "verdict": "contradicted",
            "severity": "error",
            "expected": "145",
            "found": "144",
            "line": 9,
            "column": 178,
            "evidence": toll[0]["evidence"],
            "message": "found 144, expected 145",
            "confidence": toll[0]["confidence"],
            "path": toll[0]["path"],
        }
    ]
    # "article" is relative to the claims file; the additive "path" to the current directory.
    assert os.path.samefile(toll[0]["path"], seed_project / toll[0]["article"])
    assert 0.5 <= toll[0]["confidence"] <= 1.0
    assert report["summary"]["contradicted"] == 9 and report["summary"]["imprecise"] == 2
    names = {(f["claim"], f["found"]) for f in report["findings"] if f["kind"] == "name"}
    assert names == {("sejourne", "Sejournet"), ("sejourne", "Sejournay"), ("lecornu", "Leghorn")}


def test_github_format(seed_project):
    _, out, _ = run("check", "--format", "github", cwd=seed_project)
    assert "::error file=seeds/002_bc6c499723999b2f.txt,line=9,col=178,title=factcheck death-toll::" in out
    # Imprecise figures fail under --fail-on warning: warnings; unclear findings never fail: notices.
    assert "::warning file=seeds/001_7cc50bb4219283b2.txt,line=17,col=112,title=factcheck death-toll::" in out
    assert "::notice file=seeds/000_075a0551fc887b6a.txt,line=9,col=170,title=factcheck france-denied-dialogue::" in out


def test_warning_severity_does_not_fail_by_default(seed_project):
    path = seed_project / "claims.yaml"
    text = path.read_text().replace("    value: 145", "    value: 145\n    severity: warning")
    text = text.replace("    name: Stéphane Séjourné", "    name: Stéphane Séjourné\n    severity: warning")
    text = text.replace("    name: Sébastien Lecornu", "    name: Sébastien Lecornu\n    severity: warning")
    for claim in ("sejourne-quote", "macron-quote", "russia-hoped-not-involved"):
        text = text.replace(f"  - id: {claim}\n", f"  - id: {claim}\n    severity: warning\n")
    path.write_text(text)
    assert run("check", str(path))[0] == 0
    assert run("check", str(path), "--fail-on", "warning")[0] == 1


def test_broken_claims_file_exits_2_with_one_clear_line(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], valu: 3}\n")
    status, out, err = run("check", str(path))
    assert status == 2 and out == ""
    assert err.startswith(f"factcheck: error: {path}:3:40: unknown field 'valu'")
    assert "Traceback" not in err


def test_unreadable_article_is_named_and_others_still_checked(seed_project):
    (seed_project / "seeds" / "zz_binary.txt").write_bytes(b"\x00\xff" * 5000)
    status, out, err = run("check", str(seed_project / "claims.yaml"))
    assert status == 2
    assert "seeds/zz_binary.txt: is a binary file" in err
    assert "found 144, expected 145" in out


def test_nothing_is_written_into_articles_or_claims(seed_project):
    before = {p: p.read_bytes() for p in seed_project.rglob("*") if p.is_file()}
    run("check", str(seed_project / "claims.yaml"), "--format", "json")
    after = {p: p.read_bytes() for p in seed_project.rglob("*") if p.is_file()}
    assert before == after


def test_show_prints_the_checked_text(seed_project):
    status, out, _ = run("show", str(seed_project / "seeds" / "004_7e7e3c935f1ec144.txt"))
    assert status == 0
    assert "Sejourne concluded" in out and "FSB lies" not in out


def test_schema_usage_and_version():
    status, out, _ = run("schema")
    assert status == 0 and json.loads(out)["title"] == "factcheck claims file"
    status, _, err = run("check", "--format", "xml")
    assert status == 2 and "invalid choice" in err


def test_console_script_help_and_version():
    proc = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("factcheck ")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "--format" in proc.stdout
