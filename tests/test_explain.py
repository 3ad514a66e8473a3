import json
from pathlib import Path

from factcheck.articles import read_article
from factcheck.checker import compile_claims
from factcheck.cli import run_cli
from factcheck.explain import explain, render_explanation
from factcheck.loader import load_claims

ROOT = Path(__file__).resolve().parent.parent


def test_explain_death_toll_in_the_seed_with_144(capsys):
    code = run_cli(
        ["explain", "death-toll", str(ROOT / "seeds/002_bc6c499723999b2f.txt"), "--claims", str(ROOT / "claims.yaml")]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "seeds/002_bc6c499723999b2f.txt:9:178: '144' -> 144" in out
    assert "this claim death-toll: contradicted, confidence 0.95" in out
    assert "verdict:" in out and "found 144, expected 145" in out


_FLOOD_TOLL = "  - {id: flood-toll, kind: quantity, about: people killed in the flood, cues: [killed], value: 12}\n"
_MINE_TOLL = "  - {id: mine-toll, kind: quantity, about: workers killed in the mine, cues: [killed], value: 40}\n"


def _story(
    tmp_path,
    body="The flood killed 12 people, and 40 workers were killed in the mine. The dam is 30 metres high.",
    claims=_FLOOD_TOLL + _MINE_TOLL,
):
    """Write an article of ``body`` and a claims file of ``claims``; return them compiled and read."""
    (tmp_path / "a.txt").write_text(f"Flood\n\n{body}\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "version: 1\nstory: test\narticles: ['*.txt']\nclaims:\n" + claims, encoding="utf-8"
    )
    return compile_claims(load_claims(str(tmp_path / "claims.yaml"))), read_article(tmp_path / "a.txt", "a.txt")


def test_explain_lists_every_figure_and_the_competing_claim(tmp_path):
    compiled, doc = _story(tmp_path)
    e = explain(compiled, doc, "flood-toll")
    by_text = {c.text: c for c in e.candidates}
    assert {"12", "40", "30"} <= set(by_text)
    forty = by_text["40"]
    assert {f.claim for f in forty.proposed} >= {"mine-toll"}
    text = render_explanation(e)
    assert "competing" in text and "mine-toll" in text
    assert "proposed for no claim" in text  # the dam's 30 metres
    assert [f.found for f in e.final] == ["12"]


def test_explain_json_and_unknown_claim(tmp_path, capsys):
    _story(tmp_path)
    claims = str(tmp_path / "claims.yaml")
    assert run_cli(["explain", "flood-toll", str(tmp_path / "a.txt"), "--claims", claims, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claim"] == "flood-toll" and data["verdict"][0]["verdict"] == "supported"
    assert all("why" in c and "normalised" in c for c in data["candidates"])
    assert run_cli(["explain", "flood-tol", str(tmp_path / "a.txt"), "--claims", claims]) == 2
    assert "did you mean 'flood-toll'" in capsys.readouterr().err


def test_explain_gives_the_verdict_check_gives_when_the_article_states_the_value_elsewhere(tmp_path):
    # The body gives the toll (12) and, elsewhere, another figure by the same cue: check reports that
    # one unclear (the article has its figure for the claim), and so must explain.
    body = "The flood killed 12 people on Sunday.\n\nIn the village, 30 were killed, a neighbour said."
    compiled, doc = _story(tmp_path, body, _FLOOD_TOLL)
    checked = {(f.line, f.verdict.value) for f in compiled.check_document(doc, include_supported=True)}
    explained = {(f.line, f.verdict.value) for f in explain(compiled, doc, "flood-toll").final}
    assert (5, "unclear") in checked
    assert explained == checked
