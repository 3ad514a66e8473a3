import shutil
from pathlib import Path

import yaml

from factcheck.cli import run_cli
from factcheck.loader import load_claims
from factcheck.project import run

ROOT = Path(__file__).resolve().parent.parent


def _seeds(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return sorted(str(p) for p in folder.glob("*.txt"))


def test_init_draft_loads_and_check_reports_the_minority(tmp_path, monkeypatch, capsys):
    articles = _seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run_cli(["init", *articles]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# yaml-language-server: $schema=")
    assert "minority: 144" in text and "minority: Sejournet" in text
    draft = tmp_path / "claims.yaml"
    draft.write_text(text, encoding="utf-8")
    claims = load_claims(str(draft))
    assert claims.article_globs == ("seeds/*.txt",)
    assert "Stephane Sejourne" in {e.name for e in claims.entities}
    kinds = {c.kind for c in claims.claims}
    assert {"quantity", "quote", "statement"} <= kinds
    findings = [f for f in run(str(draft)).findings if f.verdict.value == "contradicted"]
    found = {(Path(f.article).name[:3], f.found) for f in findings}
    assert ("002", "144") in found
    assert ("000", "Sejournet") in found and ("002", "Sejournay") in found
    assert any(f.kind == "statement" and f.article.endswith("002_bc6c499723999b2f.txt") for f in findings)
    assert run_cli(["check", str(draft)]) == 1


def test_init_output_file_relative_globs_and_no_overwrite(tmp_path, capsys):
    articles = _seeds(tmp_path)
    target = tmp_path / "desk" / "claims.yaml"
    target.parent.mkdir()
    assert run_cli(["init", *articles, "-o", str(target), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["articles"] == ["../seeds/*.txt"]
    assert load_claims(str(target)).claims
    assert run_cli(["init", *articles, "-o", str(target)]) == 2
    assert "not overwritten" in capsys.readouterr().err


def test_init_lists_single_files_when_a_folder_has_others(tmp_path, capsys, monkeypatch):
    articles = _seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run_cli(["init", *articles[:3]]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["articles"] == [str(Path(a).relative_to(tmp_path)) for a in articles[:3]]
