"""A new claim kind is one module: its claim, schema fragment, parsing, compiling and checking.

The toy kind below lives only in this file. Registered for one test (``monkeypatch`` swaps
the registry and puts it back), it is validated by the schema, parsed, compiled and checked
with no change to the loader, the checker, the linking stage or the reports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

import factcheck.kinds
from factcheck import check, parse_claims
from factcheck.context import ArticleContext, Story
from factcheck.errors import ClaimsFileError
from factcheck.kinds import KINDS, ClaimsFileKind, claims_file_kinds
from factcheck.loader import ParseContext, schema
from factcheck.model import Claim, Finding, Verdict

from .conftest import doc

# --- the toy kind's module: everything a kind needs ------------------------------------------


@dataclass(frozen=True)
class BannedClaim(Claim):
    """A phrase the story's articles must not use ("the slain officer" for a living one)."""

    phrase: str = ""


banned_schema: dict[str, Any] = {
    "type": "object",
    "required": ["phrase"],
    "additionalProperties": False,
    "properties": {
        "id": True,
        "kind": True,
        "severity": {"$ref": "#/$defs/severity"},
        "about": {"type": "string"},
        "phrase": {"type": "string", "minLength": 1},
    },
}


def parse_banned(raw: dict[str, Any], ctx: ParseContext) -> BannedClaim:
    phrase = " ".join(str(raw["phrase"]).split())
    if not re.search(r"\w", phrase):
        raise ctx.error(f"phrase of claim '{raw['id']}' has no word in it", "phrase")
    return BannedClaim(**ctx.common(raw), phrase=phrase)


@dataclass(frozen=True)
class _Banned:
    claim: BannedClaim

    def check(self, ctx: ArticleContext) -> list[Finding]:
        d = ctx.doc
        out = []
        for m in re.finditer(re.escape(self.claim.phrase.lower()), d.lower):
            sentence = d.sentences[d.sentence_at(m.start())]
            message = f"'{self.claim.phrase}' is banned ({self.claim.about})"
            out.append(d.finding(self.claim, Verdict.CONTRADICTED, "not used", m.start(), m.end(), sentence, message))
        return out


@dataclass(frozen=True)
class BannedKind:
    name: str = "banned"

    @property
    def schema(self) -> dict[str, Any]:
        return banned_schema

    def parse(self, raw: dict[str, Any], ctx: ParseContext) -> BannedClaim:
        return parse_banned(raw, ctx)

    def compile(self, story: Story) -> Sequence[_Banned]:
        return [_Banned(c) for c in story.claims.claims if isinstance(c, BannedClaim)]


BANNED = BannedKind()

# --- the tests -------------------------------------------------------------------------------

CLAIMS = """\
version: 1
claims:
  - {id: toll, kind: quantity, cues: [killed], value: 3}
  - id: officer
    kind: banned
    about: the officer survived
    phrase: slain   officer
"""

ARTICLE = "Three people were killed in the attack.\n\nThe slain officer was named on Friday.\n"


@pytest.fixture
def banned(monkeypatch: pytest.MonkeyPatch) -> BannedKind:
    monkeypatch.setattr(factcheck.kinds, "KINDS", (*KINDS, BANNED))
    return BANNED


def test_the_toy_kind_is_a_claims_file_kind() -> None:
    assert isinstance(BANNED, ClaimsFileKind)


def test_a_registered_kind_is_in_the_schema(banned: BannedKind) -> None:
    data = schema()
    assert data["$defs"]["claim"]["properties"]["kind"]["enum"] == ["quantity", "date", "quote", "statement", "banned"]
    # The loader adds the fields every claim has (accept:) to each kind's fragment.
    accept = {"accept": {"$ref": "#/$defs/accept"}}
    assert data["$defs"]["banned"] == {**banned_schema, "properties": {**banned_schema["properties"], **accept}}
    assert data["$defs"]["claim"]["allOf"][-1] == {
        "if": {"properties": {"kind": {"const": "banned"}}, "required": ["kind"]},
        "then": {"$ref": "#/$defs/banned"},
    }


def test_a_registered_kind_is_loaded_and_checked(banned: BannedKind) -> None:
    claims = parse_claims(CLAIMS, "c.yaml")
    toll, officer = claims.claims
    assert officer == BannedClaim("officer", "banned", about="the officer survived", line=4, phrase="slain officer")
    (finding,) = check(claims, [doc(ARTICLE)])
    assert (finding.claim, finding.kind, finding.verdict, finding.found) == (
        "officer",
        "banned",
        Verdict.CONTRADICTED,
        "slain officer",
    )
    assert finding.location() == "a.txt:3:5"
    assert finding.fails()


def test_a_registered_kind_gets_located_errors_and_hints(banned: BannedKind) -> None:
    with pytest.raises(ClaimsFileError) as info:
        parse_claims("version: 1\nclaims:\n  - {id: a, kind: banned, phrase: x, phrse: y}\n", "c.yaml")
    assert info.value.headline() == (
        "c.yaml:3:38: unknown field 'phrse' in claims[0]; allowed: about, accept, id, kind, phrase, severity "
        "(did you mean 'phrase'?)"
    )
    with pytest.raises(ClaimsFileError) as info:
        parse_claims("version: 1\nclaims:\n  - {id: a, kind: banned, phrase: '...'}\n", "c.yaml")
    assert info.value.headline() == "c.yaml:3:35: phrase of claim 'a' has no word in it"
    with pytest.raises(ClaimsFileError) as info:
        parse_claims("version: 1\nclaims:\n  - {id: a, kind: baned, phrase: x}\n", "c.yaml")
    assert info.value.headline() == (
        "c.yaml:3:19: claims[0].kind is 'baned'; expected one of: quantity, date, quote, statement, banned "
        "(did you mean 'banned'?)"
    )


def test_the_registry_is_back_after_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factcheck.kinds, "KINDS", (*KINDS, BANNED))
    assert "banned" in schema()["$defs"]
    monkeypatch.undo()
    assert "banned" not in schema()["$defs"]
    with pytest.raises(ClaimsFileError) as info:
        parse_claims(CLAIMS, "c.yaml")
    assert info.value.headline() == (
        "c.yaml:5:11: claims[1].kind is 'banned'; expected one of: quantity, date, quote, statement"
    )


def test_the_registered_claim_kinds_in_order() -> None:
    assert list(claims_file_kinds()) == ["quantity", "date", "quote", "statement"]
    assert [k.name for k in KINDS] == ["name", "quantity", "date", "quote", "statement"]


def test_a_kind_may_not_replace_a_shared_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factcheck.kinds, "KINDS", (*KINDS, BannedKind(name="severity")))
    with pytest.raises(ValueError, match="would replace"):
        schema()


def test_schema_output_is_json(banned: BannedKind) -> None:
    assert "banned" in json.loads(json.dumps(schema()))["$defs"]
