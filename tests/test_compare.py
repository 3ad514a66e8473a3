import json
from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.cli import run_cli
from factcheck.compare import compare, render_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds_comparison():
    return compare([read_article(p, Path(p).name) for p in SEEDS])


def _by(result, kind, word):
    return next(d for d in result.disagreements if d.kind == kind and word in d.topic.lower())


def test_seeds_death_toll_disagreement_with_its_articles(seeds_comparison):
    toll = _by(seeds_comparison, "quantity", "killed")
    texts = {v.text: v.articles for v in toll.variants}
    assert set(texts) == {"145", "144", "more than 140"}
    assert texts["144"] == ["002_bc6c499723999b2f.txt"]
    assert texts["145"] == ["000_075a0551fc887b6a.txt"]
    place = next(v for v in toll.variants if v.text == "144").places[0]
    assert (place.line, place.column, place.found) == (9, 178, "144")


def test_seeds_foreign_minister_spellings(seeds_comparison):
    name = _by(seeds_comparison, "name", "sejourne")
    assert name.majority.text == "Sejourne"
    minority = {v.text: v.articles for v in name.variants[1:]}
    assert minority == {"Sejournay": ["002_bc6c499723999b2f.txt"], "Sejournet": ["000_075a0551fc887b6a.txt"]}


def test_seeds_quote_renderings_carry_a_word_diff(seeds_comparison):
    quote = _by(seeds_comparison, "quote", "in our interest")
    assert quote.speaker == "Stephane Sejourne"
    other = quote.variants[1]
    assert other.articles == ["000_075a0551fc887b6a.txt"]
    assert "'hold' -> 'have'" in other.diff


def test_seeds_stance_hoped_against_believed(seeds_comparison):
    stance = next(d for d in seeds_comparison.disagreements if d.kind == "statement")
    assert [v.text for v in stance.variants] == ["hope, negated", "believe, negated"]
    assert stance.variants[1].articles == ["002_bc6c499723999b2f.txt"]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_figures_of_other_things_are_not_one_topic(tmp_path):
    docs = [
        read_article(_write(tmp_path, f"{i}.txt", f"Storm news\n\n{text}\n"))
        for i, text in enumerate(
            [
                "The storm killed 12 people on Monday. Officials said 300 homes were flooded.",
                "The storm killed 12 people. Some 300 homes were flooded, officials said.",
                "The storm killed 14 people. About 300 homes were flooded.",
            ]
        )
    ]
    result = compare(docs)
    figures = [d for d in result.disagreements if d.kind == "quantity"]
    assert len(figures) == 1
    assert [v.text for v in figures[0].variants] == ["12", "14"]  # the homes agree: no disagreement


def test_dates_of_one_event_that_differ(tmp_path):
    texts = [
        "The bridge collapsed on March 3, 2024, engineers said.",
        "The bridge collapsed on March 3, 2024, according to engineers.",
        "The bridge collapsed on March 4, 2024.",
    ]
    docs = [read_article(_write(tmp_path, f"{i}.txt", f"Title\n\n{t}\n")) for i, t in enumerate(texts)]
    dates = [d for d in compare(docs).disagreements if d.kind == "date"]
    assert len(dates) == 1
    assert [v.text for v in dates[0].variants] == ["2024-03-03", "2024-03-04"]


def test_agreeing_articles_have_no_disagreement(tmp_path):
    text = "Title\n\nMayor Ana Ruiz said 40 people were evacuated on March 3, 2024.\n"
    docs = [read_article(_write(tmp_path, f"{i}.txt", text)) for i in range(3)]
    result = compare(docs)
    assert result.disagreements == []
    assert "0 disagreement(s) between 3 article(s)" in render_text(result)


def test_cli_compare_json(capsys):
    assert run_cli(["compare", *SEEDS, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {d["kind"] for d in data["disagreements"]}
    assert {"quantity", "name", "quote", "statement"} <= kinds
    for d in data["disagreements"]:
        assert d["topic"] and len(d["variants"]) >= 2
        for v in d["variants"]:
            assert v["text"]
            assert all({"article", "line", "column"} <= set(a) for a in v["articles"])


def test_cli_compare_text_and_bad_input(capsys, tmp_path):
    assert run_cli(["compare", *SEEDS]) == 0
    out = capsys.readouterr().out
    assert "quantity 'killed'" in out and "seeds/002_bc6c499723999b2f.txt:9:178" in out
    assert run_cli(["compare", SEEDS[0]]) == 2
    assert "two articles or more" in capsys.readouterr().err


def test_measured_on_the_labelled_stories():
    """The README's figures: share of gold figure and name pairs found, disagreements per pair."""
    from tests import compare_gold

    scores = [compare_gold.score(story) for story in compare_gold.STORIES]
    pairs = sum(s.pairs for s in scores)
    found = sum(s.found for s in scores)
    listed = sum(s.listed_figures_names for s in scores)
    assert pairs >= 100
    # 74 % on the stories it was tuned on; blind sets 5, 6 and 7 (never used to tune it) found
    # 42 %, 56 % and 79 %, so all of them together hold 69 %: the floor keeps that, not the tuned share.
    # With blind set 12 added (fifth session, never used to tune it) all stories hold 66 % (212 of 322);
    # with blind sets up to 24 (tenth session; compare was not tuned on sets 13-24) 64.7 % (377 of 583);
    # with blind set 26 (eleventh session, not tuned on) 63.6 % (398 of 626); with blind sets 27-29
    # (twelfth session, compare not tuned on them) 63.0 % (435 of 690); with blind sets 30-31
    # (thirteenth session, not tuned on) 63.5 % (483 of 761); with sets 32-35, 63.2 % (564 of 892);
    # with blind sets 36-38 (sixteenth session, not tuned on; alone 48 of 82, 59 %) 62.8 % (612 of 974);
    # with sets up to 45, 62.6 % (742 of 1,186); with blind set 46 (twentieth session, compare not tuned
    # on it; alone 17 of 34, 50 %) 61.9 % (776 of 1,254); with blind set 47 (not tuned on; alone 14 of
    # 32, 44 %) 61.4 % (790 of 1,286); with blind set 48 (not tuned on; alone 20 of 35, 57 %) 61.3 %
    # (810 of 1,321).
    assert found / pairs >= 0.61
    assert listed / pairs <= 3.0
