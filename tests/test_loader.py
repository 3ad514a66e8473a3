from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ClaimsFileError
from factcheck.loader import load_claims, parse_claims, schema
from factcheck.model import DateClaim, QuantityClaim, QuoteClaim, Severity, StatementClaim

from .conftest import REPO

GOOD = """\
version: 1
entities:
  bob: {name: Bob Smith}
claims:
  - {id: toll, kind: quantity, cues: [killed], value: 3}
"""

# Golden error messages: each broken file gives one line naming file, line and column.
BROKEN = [
    (
        "version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], valu: 3}\n",
        "c.yaml:3:40: unknown field 'valu' in claims[0]; allowed: about, accept, cues, id, kind, max, min, severity, "
        "tolerance, unit, value (did you mean 'value'?)",
    ),
    (
        "version: 1\nclaims:\n  - {id: a, kind: quantty, cues: [x], value: 3}\n",
        "c.yaml:3:19: claims[0].kind is 'quantty'; expected one of: quantity, date, quote, statement "
        "(did you mean 'quantity'?)",
    ),
    (
        "version: 1\nentities: {bob: {name: Bob}}\nclaims:\n  - {id: a, kind: quote, speaker: bobb, text: hi}\n",
        "c.yaml:4:35: speaker 'bobb' of claim 'a' is not an entity id (entities: bob); plain words are accepted too, "
        "but this looks like a misspelt id (did you mean 'bob'?)",
    ),
    (
        "version: 1\nclaims:\n  - {id: a, kind: date, cues: [x], value: 2024-12-01}\n"
        "  - {id: a, kind: date, cues: [x], value: 2024-12-01}\n",
        "c.yaml:4:10: duplicate id 'a': another claim uses it already (line 3)",
    ),
    ("version: 1\nversion: 1\n", "c.yaml:2:1: duplicate key 'version' (first given on line 1)"),
    ("version: [1\n", "c.yaml:2:1: not valid YAML: expected ',' or ']', but got '<stream end>'"),
    (
        "version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], value: many}\n",
        "c.yaml:3:47: claims[0].value must be a number, not a str ('many')",
    ),
    ("version: 2\nclaims: []\n", "c.yaml:1:10: version must be 1, not 2"),
    (
        "version: 1\nclaims:\n- id: x\n  kind: statement\n  holder: a\n",
        "c.yaml:3:3: claims[0] is missing the required field 'text'",
    ),
    ("", "c.yaml:1:1: is empty; a claims file needs 'version: 1' and 'claims'"),
    (
        "version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x]}\n",
        "c.yaml:3:5: quantity claim 'a' needs 'value' or 'min'/'max'",
    ),
]


@pytest.mark.parametrize(("text", "message"), BROKEN)
def test_broken_claims_files_give_one_clear_line(text, message):
    with pytest.raises(ClaimsFileError) as info:
        parse_claims(text, "c.yaml")
    assert info.value.headline() == message


def test_error_shows_the_line_with_a_caret():
    with pytest.raises(ClaimsFileError) as info:
        parse_claims("version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], valu: 3}\n", "c.yaml")
    assert info.value.render().splitlines()[1:] == [
        "    3 |   - {id: a, kind: quantity, cues: [x], valu: 3}",
        "      |                                        ^",
    ]


def test_unquoted_comma_in_flow_mapping_gets_a_hint():
    text = "version: 1\nclaims:\n  - {id: a, kind: quantity, about: speed, in km/h, cues: [x], value: 3}\n"
    with pytest.raises(ClaimsFileError) as info:
        parse_claims(text, "c.yaml")
    assert "unknown field 'in km/h'" in info.value.headline()
    assert "put the value in quotes" in info.value.headline()


def test_a_date_that_is_no_date_is_named():
    with pytest.raises(ClaimsFileError, match=r"c.yaml:3:43: '2024-13-01' is not a date"):
        parse_claims("version: 1\nclaims:\n  - {id: a, kind: date, cues: [x], value: 2024-13-01}\n", "c.yaml")


def test_anchor_bomb_is_refused():
    bomb = "a: &a [1,2,3,4,5,6,7,8,9]\n"
    for name, prev in zip("bcdefg", "abcdef", strict=False):
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    with pytest.raises(ClaimsFileError, match="too many values"):
        parse_claims(bomb, "c.yaml")


def test_deep_nesting_is_refused():
    with pytest.raises(ClaimsFileError, match="nested too deeply"):
        parse_claims("[" * 3000, "c.yaml")


def test_glob_matching_nothing_is_an_error(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(GOOD + 'articles: ["nothing/*.txt"]\n')
    with pytest.raises(ClaimsFileError, match=r"claims.yaml:6:\d+: articles glob 'nothing/\*.txt' matches no file"):
        load_claims(path)


def test_good_file_loads():
    claims = parse_claims(GOOD + "published: 2024-04-08\n")
    claim = claims.claims[0]
    assert isinstance(claim, QuantityClaim) and claim.value == 3 and claim.line == 5
    assert claims.published == dt.date(2024, 4, 8)


def test_tolerance_in_percent():
    claims = parse_claims("version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], value: 200, tolerance: 5%}\n")
    claim = claims.claims[0]
    assert isinstance(claim, QuantityClaim) and claim.interval() == (190.0, 210.0)


def test_repo_claims_file_is_valid():
    claims = load_claims(REPO / "claims.yaml")
    assert {c.id for c in claims.claims} >= {"death-toll", "sejourne-quote", "russia-hoped-not-involved"}


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ClaimsFileError, match="no such claims file"):
        load_claims(tmp_path / "claims.yaml")


yaml_trees = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "version",
                    "claims",
                    "entities",
                    "id",
                    "kind",
                    "value",
                    "cues",
                    "text",
                    "speaker",
                    "holder",
                    "name",
                    "aliases",
                    "articles",
                    "x",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300)
@given(yaml_trees)
def test_any_yaml_tree_loads_or_gives_a_claims_file_error(tree):
    text = yaml.safe_dump(tree)
    try:
        parse_claims(text, "c.yaml")
    except ClaimsFileError as exc:
        assert exc.headline().startswith("c.yaml") and "\n" not in exc.headline()


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_text_loads_or_gives_a_claims_file_error(text):
    try:
        parse_claims(text, "c.yaml")
    except ClaimsFileError as exc:
        assert exc.render().startswith("c.yaml")


def test_holders_and_speakers_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "version: 1\nentities: {bob: {name: Bob Smith}}\nclaims:\n"
        "  - {id: a, kind: quote, speaker: a coastguard spokesman, text: we searched all night}\n"
        "  - {id: b, kind: statement, holder: the regional health ministry, text: The water was safe}\n"
        "  - {id: c, kind: statement, text: The bridge had been inspected in 2019}\n"
        "  - {id: d, kind: statement, holder: bob, text: The bridge was unsafe}\n",
        encoding="utf-8",
    )
    claims = load_claims(str(path), check_articles=False)
    a, b, c, d = claims.claims
    assert (a.speaker, a.speaker_words) == ("", "a coastguard spokesman")  # type: ignore[attr-defined]
    assert (b.holder, b.holder_words) == ("", "the regional health ministry")  # type: ignore[attr-defined]
    assert (c.holder, c.holder_words) == ("", "")  # type: ignore[attr-defined]
    assert (d.holder, d.holder_words) == ("bob", "")  # type: ignore[attr-defined]


def test_yaml_1_1_booleans_stay_words(tmp_path: Path) -> None:
    # "off", "on", "no", "yes" are words in cue lists, not booleans (YAML 1.2 reads them so).
    path = tmp_path / "c.yaml"
    path.write_text(
        "version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [off, on, no, Yes, n], value: 3}\n",
        encoding="utf-8",
    )
    (claim,) = load_claims(str(path), check_articles=False).claims
    assert claim.cues == ("off", "on", "no", "Yes", "n")  # type: ignore[attr-defined]


def test_a_word_ending_in_a_colon_in_a_list_stays_a_word() -> None:
    # YAML reads "in 3:" inside a flow list as a mapping of "in 3" to nothing; among words it is a word.
    claims = parse_claims("version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [wins in, in 3:], value: 3}\n")
    assert claims.claims[0].cues == ("wins in", "in 3:")  # type: ignore[attr-defined]
    # A real mapping in a cue list is still an error, with where it stands.
    with pytest.raises(ClaimsFileError, match="cues"):
        parse_claims("version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x, {a: b}], value: 3}\n")


def test_packaged_schema_file_is_the_assembled_schema() -> None:
    # Editors read the packaged file; the loader validates with the schema assembled from the
    # registered kinds. Rewrite it with `factcheck schema > factcheck/claims.schema.json`.
    packaged = json.loads((REPO / "factcheck" / "claims.schema.json").read_text(encoding="utf-8"))
    assert packaged == schema()


def test_each_claim_is_parsed_by_its_kind() -> None:
    claims = parse_claims(
        "version: 1\nentities: {bob: {name: Bob Smith}}\nclaims:\n"
        "  - {id: q, kind: quantity, cues: [x], min: 2, max: 4, unit: km}\n"
        "  - {id: d, kind: date, cues: [x], value: 2024-12-01, severity: warning}\n"
        "  - {id: s, kind: quote, speaker: bob, text: hi, min_similarity: 80}\n"
        "  - {id: t, kind: statement, holder: bob, text: it is safe, modality: deny, about: safety}\n"
    )
    assert claims.claims == (
        QuantityClaim("q", "quantity", line=4, cues=("x",), minimum=2, maximum=4, unit="km"),
        DateClaim("d", "date", Severity.WARNING, line=5, cues=("x",), value=dt.date(2024, 12, 1)),
        QuoteClaim("s", "quote", line=6, speaker="bob", text="hi", min_similarity=80),
        StatementClaim("t", "statement", about="safety", line=7, holder="bob", text="it is safe", modality="deny"),
    )
    # Each claim class is defined with its kind and re-exported by factcheck.model.
    assert [type(c).__module__ for c in claims.claims] == [
        "factcheck.kinds.quantity",
        "factcheck.kinds.date",
        "factcheck.kinds.quote",
        "factcheck.kinds.statement",
    ]


def test_kind_errors_keep_their_positions() -> None:
    cases = [
        (
            "version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], value: 3, min: 1}\n",
            "c.yaml:3:47: claim 'a': give 'value' or 'min'/'max', not both",
        ),
        (
            "version: 1\nclaims:\n  - {id: a, kind: quantity, cues: [x], min: 5, max: 1}\n",
            "c.yaml:3:45: claim 'a': min 5 is above max 1",
        ),
        (
            "version: 1\nentities: {bob: {name: Bob}}\nclaims:\n  - {id: a, kind: statement, holder: bobb, text: x}\n",
            "c.yaml:4:38: holder 'bobb' of claim 'a' is not an entity id (entities: bob); plain words are accepted "
            "too, but this looks like a misspelt id (did you mean 'bob'?)",
        ),
    ]
    for text, message in cases:
        with pytest.raises(ClaimsFileError) as info:
            parse_claims(text, "c.yaml")
        assert info.value.headline() == message


def test_a_field_name_with_a_line_break_is_shown_escaped_on_one_line(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text('version: 1\n"bad\\nkey": 1\nclaims: []\n', encoding="utf-8")
    with pytest.raises(ClaimsFileError) as err:
        load_claims(str(path), check_articles=False)
    assert "unknown field 'bad\\nkey'" in err.value.headline()
    assert "\n" not in err.value.headline()


@pytest.mark.parametrize(
    ("claim_line", "cues"),
    [
        # A figure among cue words is a word as written, not a number.
        (
            "{id: score, kind: quantity, about: final score, cues: [points, score, 7.5, 12], value: 7.5}",
            ("points", "score", "7.5", "12"),
        ),
        # So is a truth value ("true", "False"), not a boolean.
        (
            "{id: toll, kind: quantity, about: true toll, cues: [toll, estimated, true, False, actual], value: 7}",
            ("toll", "estimated", "true", "False", "actual"),
        ),
    ],
)
def test_a_figure_or_truth_value_among_cue_words_is_a_word(tmp_path, claim_line, cues):  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\nclaims:\n  - " + claim_line + "\n", encoding="utf-8")
    (claim,) = load_claims(str(path), check_articles=False).claims
    assert claim.cues == cues


def test_a_scale_word_in_a_unit_scales_the_value(tmp_path):
    from factcheck.kinds.quantity import QuantityClaim

    from .conftest import claims_from, reported

    claims = claims_from(
        tmp_path,
        """\
version: 1
story: A dam burst
articles: ["articles/*.txt"]
claims:
  - id: tailings
    kind: quantity
    about: waste released when the dam burst
    cues: [tailings]
    value: 11.7
    unit: million cubic metres
    tolerance: 3%
  - id: losses
    kind: quantity
    about: market value lost
    cues: [wiped]
    min: 10
    unit: CAD billion
""",
    )
    tailings, losses = claims.claims
    assert isinstance(tailings, QuantityClaim) and isinstance(losses, QuantityClaim)
    assert (tailings.value, tailings.unit) == (11.7e6, "cubic metres")
    assert (losses.minimum, losses.unit) == (10e9, "CAD")
    body = "Headline\n\nAbout 11.7 million cubic metres of tailings poured out. Shares wiped C$10 million off.\n"
    assert [(c, v) for c, v, _ in reported(claims, body) if v == "contradicted"] == [("losses", "contradicted")]


def test_a_rates_unit_keeps_its_scale_word(tmp_path):
    from factcheck.kinds.quantity import QuantityClaim

    from .conftest import claims_from

    claims = claims_from(
        tmp_path,
        """\
version: 1
story: Carbon dioxide
articles: ["articles/*.txt"]
claims:
  - id: co2
    kind: quantity
    about: carbon dioxide concentration
    cues: [concentration]
    value: 421
    unit: parts per million
""",
    )
    (co2,) = claims.claims
    assert isinstance(co2, QuantityClaim) and (co2.value, co2.unit) == (421, "parts per million")
