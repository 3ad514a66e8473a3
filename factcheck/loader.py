"""Loading a claims file: safe YAML with positions, schema validation, clear errors.

Every problem is reported as one ``ClaimsFileError`` naming the file, the line
and the column, with a "did you mean" hint where a near spelling exists.

The loader knows no claim kind by name: the schema is assembled from a base (the file,
its entities, the fields every claim has) and each registered kind's fragment, and each
claim's own fields are parsed by its kind (``factcheck.kinds``), given a ``ParseContext``.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import glob
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from factcheck import kinds
from factcheck.errors import ClaimsFileError
from factcheck.kinds import ClaimKind, ClaimsFileKind, claims_file_kinds
from factcheck.model import Acceptance, Claim, ClaimsFile, Entity, Severity

MAX_CLAIMS_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 64

Path_ = tuple[str | int, ...]


# The claims schema without any kind: ``assemble_schema`` adds each kind's name to
# ``$defs/claim/properties/kind/enum``, its if/then to ``$defs/claim/allOf`` and its
# fragment as ``$defs/<name>``.
_BASE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://github.com/factcheck/pytest-factcheck/claims.schema.json",
    "title": "factcheck claims file",
    "description": "The canonical facts of one news story, checked against every article about it.",
    "type": "object",
    "required": ["version", "claims"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1, "description": "Format version; must be 1."},
        "story": {"type": "string", "description": "A one-line title of the story."},
        "articles": {
            "description": "Glob patterns of the articles, relative to this file.",
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "minItems": 1,
        },
        "published": {
            "type": "string",
            "description": "Default publication date (YYYY-MM-DD) for resolving relative dates ('on Thursday').",
        },
        "entities": {
            "type": "object",
            "description": "People, organisations and places with their canonical spelling.",
            "propertyNames": {"pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},
            "additionalProperties": {"$ref": "#/$defs/entity"},
        },
        "claims": {"type": "array", "items": {"$ref": "#/$defs/claim"}},
    },
    "$defs": {
        "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},
        "severity": {"enum": ["error", "warning"]},
        "number": {"type": "number"},
        "entity": {
            "type": "object",
            "required": ["name"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "aliases": {"type": "array", "items": {"type": "string", "minLength": 1}},
                "severity": {"$ref": "#/$defs/severity"},
                "about": {"type": "string"},
                "accept": {"$ref": "#/$defs/accept"},
            },
        },
        "accept": {
            "type": "array",
            "description": "Known conflicts accepted, with a reason: a matching finding is listed but never fails.",
            "items": {
                "type": "object",
                "required": ["article", "reason"],
                "additionalProperties": False,
                "properties": {
                    "article": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Glob of the articles it applies to, relative to the claims file.",
                    },
                    "found": {
                        "type": ["string", "number"],
                        "description": "Only findings whose found text is this (accents, case and spacing aside).",
                    },
                    "reason": {"type": "string", "minLength": 1, "description": "Why the conflict is accepted."},
                },
            },
        },
        "claim": {
            "type": "object",
            "required": ["id", "kind"],
            "properties": {"id": {"$ref": "#/$defs/id"}, "kind": {"enum": []}},
            "allOf": [],
        },
    },
}


# The fields of every claim, whatever its kind, as each kind's closed fragment must list them
# (``id`` and ``kind`` are checked by ``$defs/claim``; ``accept`` is added after the kind's own).
_COMMON_CLAIM_PROPERTIES: dict[str, Any] = {
    "id": True,
    "kind": True,
    "severity": {"$ref": "#/$defs/severity"},
    "about": {"type": "string"},
}


def assemble_schema(registry: tuple[ClaimKind, ...]) -> dict[str, Any]:
    """Return the claims schema with every claims-file kind of ``registry`` in it, in registry order."""
    data = copy.deepcopy(_BASE_SCHEMA)
    defs: dict[str, Any] = data["$defs"]
    claim: dict[str, Any] = defs["claim"]
    for name, kind in claims_file_kinds(registry).items():
        if name in defs:
            raise ValueError(f"claim kind {name!r} would replace $defs/{name} of the claims schema")
        claim["properties"]["kind"]["enum"].append(name)
        claim["allOf"].append(
            {"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]}, "then": {"$ref": f"#/$defs/{name}"}}
        )
        fragment = copy.deepcopy(kind.schema)
        if isinstance(fragment.get("properties"), dict):
            # Fields every claim has, whatever its kind, are the loader's: the kind's fragment
            # lists its own fields (and closes them with additionalProperties), so add them here.
            own = fragment["properties"]
            fragment["properties"] = {**_COMMON_CLAIM_PROPERTIES, **own}
            fragment["properties"].setdefault("accept", {"$ref": "#/$defs/accept"})
        defs[name] = fragment
    if not claim["allOf"]:
        del claim["allOf"]  # JSON Schema wants at least one item
    return data


@lru_cache(maxsize=4)
def _schema(registry: tuple[ClaimKind, ...]) -> dict[str, Any]:
    return assemble_schema(registry)


@lru_cache(maxsize=4)
def _validator(registry: tuple[ClaimKind, ...]) -> Draft202012Validator:
    return Draft202012Validator(_schema(registry))


def schema() -> dict[str, Any]:
    """Return the JSON Schema of claims files, assembled from the registered kinds.

    The package ships it as ``claims.schema.json`` for editors; a test keeps that file equal to
    this (``factcheck schema > factcheck/claims.schema.json`` writes it anew).
    """
    return _schema(kinds.KINDS)


class _Positions:
    """Where each value (and each mapping key) of the YAML document starts."""

    def __init__(self) -> None:
        self.values: dict[Path_, tuple[int, int]] = {}
        self.keys: dict[Path_, tuple[int, int]] = {}

    def of(self, path: Path_, *, key: bool = False) -> tuple[int | None, int | None]:
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            path = path[:-1]
            table = self.values
        return self.values.get((), (None, None))


def _compose(text: str, path: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ClaimsFileError(path, f"not valid YAML: {problem}", line, col) from None
    except yaml.YAMLError as exc:
        raise ClaimsFileError(path, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise ClaimsFileError(path, "is nested too deeply to be a claims file") from None


class _Builder:
    """Turns a composed YAML node tree into plain Python values, safely."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.positions = _Positions()
        self.count = 0
        self._scalars = yaml.SafeLoader("")

    def build(self, node: yaml.Node, where: Path_ = (), depth: int = 0) -> Any:
        self.count += 1
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if self.count > MAX_NODES:
            raise ClaimsFileError(
                self.path, "expands to too many values (anchors and aliases?); refusing to load it", line, col
            )
        if depth > MAX_DEPTH:
            raise ClaimsFileError(self.path, "is nested too deeply to be a claims file", line, col)
        self.positions.values[where] = (line, col)
        if (
            isinstance(node, yaml.MappingNode)
            and len(where) >= 2
            and where[-2] in _WORD_LISTS
            and len(node.value) == 1
            and isinstance(node.value[0][0], yaml.ScalarNode)
            and node.value[0][1].tag.endswith(":null")
            and not node.value[0][1].value
        ):
            # "cues: [wins in, in 3:]": YAML reads a word ending in a colon inside a list as a
            # mapping of that word to nothing; among words it is the word as written.
            return f"{node.value[0][0].value}:"
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise ClaimsFileError(self.path, "merge keys ('<<') are not supported", line, col)
                key = self.build(key_node, where + ("<key>",), depth + 1)
                klin, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                if not isinstance(key, str):
                    key = str(key)
                if key in out:
                    first = self.positions.keys.get(where + (key,), (None, None))[0]
                    raise ClaimsFileError(self.path, f"duplicate key '{key}' (first given on line {first})", klin, kcol)
                self.positions.keys[where + (key,)] = (klin, kcol)
                out[key] = self.build(value_node, where + (key,), depth + 1)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, where + (i,), depth + 1) for i, item in enumerate(node.value)]
        if node.tag.endswith(":bool") and node.value.lower() not in ("true", "false"):
            # YAML 1.1 reads yes/no/on/off as booleans ("cues: [off, offshore]"); like YAML 1.2,
            # only true and false are booleans here, and the rest is the text as written.
            return node.value
        if len(where) >= 2 and where[-2] in _WORD_LISTS and node.tag.endswith((":int", ":float", ":bool")):
            # A figure or a truth value among words ("cues: [points, 7.5]", "cues: [estimated, true,
            # actual]") is a word as written, not a number or a boolean.
            return node.value
        try:
            value = self._scalars.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            if node.tag.endswith(":timestamp"):
                message = f"{node.value!r} is not a date ({exc}); write YYYY-MM-DD"
            else:
                message = f"bad value {node.value!r}: {exc}"
            raise ClaimsFileError(self.path, message, line, col) from None
        # Dates stay text so the schema (JSON has no date type) and the messages see what was written.
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        return value


_WORD_LISTS = frozenset({"cues", "aliases"})  # lists of words and names, whatever they look like


def _describe(where: Path_) -> str:
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{_printable(part)}" if out else _printable(str(part)))
    return out or "the file"


def _printable(text: str) -> str:
    """Return a key as a one-line message can show it, with its control characters escaped."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _suggest(word: str, choices: list[str]) -> str | None:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _schema_error(err: ValidationError, data: Any, pos: _Positions, path: str) -> ClaimsFileError:
    where: Path_ = tuple(err.absolute_path)
    line, col = pos.of(where)
    subject = _describe(where)
    hint = None
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = sorted(err.schema.get("properties", {}))
        extra = [k for k in err.instance if k not in allowed]
        if extra:
            line, col = pos.of(where + (extra[0],), key=True)
            hint = _suggest(extra[0], allowed)
            if " " in extra[0] and hint is None:
                # {about: speed of the train, in km/h, ...}: the comma ended the value.
                hint = "a comma inside an unquoted value between { } starts a new field: put the value in quotes"
            message = f"unknown field '{_printable(extra[0])}' in {subject}; allowed: {', '.join(allowed)}"
            return ClaimsFileError(path, message, line, col, hint=hint)
    if err.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", err.message)
        name = missing[0] if missing else err.message
        return ClaimsFileError(path, f"{subject} is missing the required field '{name}'", line, col)
    if err.validator == "enum":
        options = [str(o) for o in err.validator_value]
        hint = _suggest(str(err.instance), options)
        return ClaimsFileError(
            path, f"{subject} is {err.instance!r}; expected one of: {', '.join(options)}", line, col, hint=hint
        )
    if err.validator == "const":
        return ClaimsFileError(path, f"{subject} must be {err.validator_value!r}, not {err.instance!r}", line, col)
    if err.validator == "type":
        expected = err.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        got = type(err.instance).__name__
        return ClaimsFileError(path, f"{subject} must be a {expected}, not a {got} ({err.instance!r})", line, col)
    if err.validator == "pattern" and where and where[-1] == "tolerance":
        return ClaimsFileError(path, f"{subject} must be a number or a percentage such as '5%'", line, col)
    if err.validator == "pattern":
        return ClaimsFileError(
            path, f"{subject} {err.instance!r} must use letters, digits, '-', '_' or '.' only", line, col
        )
    return ClaimsFileError(path, f"{subject}: {err.message}", line, col)


def _deepest(errors: list[ValidationError]) -> Iterator[ValidationError]:
    for err in errors:
        if err.context:
            yield from _deepest(list(err.context))
        else:
            yield err


def _parse_date(value: Any, path: str, pos: tuple[int | None, int | None], what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ClaimsFileError(path, f"{what} {value!r} is not a date (write YYYY-MM-DD)", *pos) from None


def _severity(raw: dict[str, Any]) -> Severity:
    return Severity(raw.get("severity", "error"))


def _strings(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (values or ()))


def load_claims(path: str | os.PathLike[str], *, check_articles: bool = True) -> ClaimsFile:
    """Load and validate a claims file; raise ``ClaimsFileError`` on any problem."""
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise ClaimsFileError(name, "is a directory, not a claims file")
        size = p.stat().st_size
        if size > MAX_CLAIMS_BYTES:
            raise ClaimsFileError(name, f"is {size} bytes; a claims file may be at most {MAX_CLAIMS_BYTES}")
        raw_bytes = p.read_bytes()
    except FileNotFoundError:
        raise ClaimsFileError(name, "no such claims file") from None
    except OSError as exc:
        raise ClaimsFileError(name, f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw_bytes[: exc.start].count(b"\n") + 1
        raise ClaimsFileError(name, "is not UTF-8 text", line) from None
    return parse_claims(text, name, check_articles=check_articles)


def _snippet(text: str, line: int | None, column: int | None) -> str | None:
    """Return the offending line of the file, numbered, with a caret under the column."""
    lines = text.splitlines()
    if line is None or not 1 <= line <= len(lines):
        return None
    shown = lines[line - 1]
    if len(shown) > 160:
        start = max(0, (column or 1) - 80)
        shown, column = shown[start : start + 160], (column or 1) - start
    gutter = f"{line:>5} | "
    caret = " " * (len(gutter) - 2) + "| " + " " * max((column or 1) - 1, 0) + "^"
    return gutter + shown + "\n" + caret


def parse_claims(text: str, path: str = "claims.yaml", *, check_articles: bool = False) -> ClaimsFile:
    """Validate claims given as YAML text (``path`` is used in messages and for globs)."""
    try:
        return _parse_claims(text, path, check_articles=check_articles)
    except ClaimsFileError as exc:
        if exc.snippet is None:
            exc.snippet = _snippet(text, exc.line, exc.column)
        raise


def _parse_claims(text: str, path: str, *, check_articles: bool) -> ClaimsFile:
    registry = kinds.KINDS  # one registry for the whole file, even if a test swaps it meanwhile
    node = _compose(text, path)
    if node is None:
        raise ClaimsFileError(path, "is empty; a claims file needs 'version: 1' and 'claims'", 1, 1)
    builder = _Builder(path)
    try:
        data = builder.build(node)
    except RecursionError:
        raise ClaimsFileError(path, "is nested too deeply to be a claims file") from None
    pos = builder.positions
    if not isinstance(data, dict):
        raise ClaimsFileError(path, "must be a mapping with 'version', 'entities' and 'claims'", 1, 1)
    errors = sorted(
        _deepest(list(_validator(registry).iter_errors(data))),
        key=lambda e: (pos.of(tuple(e.absolute_path))[0] or 0, len(e.absolute_path)),
    )
    if errors:
        raise _schema_error(errors[0], data, pos, path)
    return _build(data, pos, path, check_articles, registry)


def _build(
    data: dict[str, Any], pos: _Positions, path: str, check_articles: bool, registry: tuple[ClaimKind, ...]
) -> ClaimsFile:
    entities: list[Entity] = []
    seen: dict[str, int | None] = {}
    for entity_id, raw in (data.get("entities") or {}).items():
        entity_line = pos.of(("entities", entity_id), key=True)[0] or 0
        seen[entity_id] = entity_line
        accept = _acceptances(raw.get("accept"), ("entities", entity_id, "accept"), pos)
        entities.append(
            Entity(entity_id, raw["name"], _strings(raw.get("aliases")), _severity(raw), entity_line, accept)
        )
    entity_ids = tuple(e.id for e in entities)
    by_name = claims_file_kinds(registry)
    claims: list[Claim] = []
    for i, raw in enumerate(data.get("claims") or []):
        where: Path_ = ("claims", i)
        line, col = pos.of(where + ("id",))
        cid = raw["id"]
        if cid in seen:
            other = "an entity" if cid in entity_ids else "another claim"
            raise ClaimsFileError(path, f"duplicate id '{cid}': {other} uses it already (line {seen[cid]})", line, col)
        seen[cid] = line
        claims.append(_claim(raw, ParseContext(path, where, pos, entity_ids, line or 0), by_name))
    published = None
    if "published" in data:
        published = _parse_date(data["published"], path, pos.of(("published",)), "published")
    globs = _strings(data.get("articles") or ["*.txt", "*.md", "*.html"])
    globs_at = tuple((pos.of(("articles", i))[0] or 0, pos.of(("articles", i))[1] or 0) for i in range(len(globs)))
    if check_articles and "articles" in data:
        # One pattern among several that matches nothing is a warning of the run
        # (``project.run``); only a file whose patterns match nothing at all is refused.
        base = Path(path).parent
        if not any(glob.glob(str(base / pattern), recursive=True) for pattern in globs):
            glob_line, glob_col = pos.of(("articles", 0))
            message = (
                f"articles glob '{globs[0]}' matches no file"
                if len(globs) == 1
                else "none of the articles globs matches a file"
            )
            raise ClaimsFileError(path, message, glob_line, glob_col)
    return ClaimsFile(
        path,
        str(data.get("story", "")),
        globs,
        tuple(entities),
        tuple(claims),
        published,
        article_globs_at=globs_at,
    )


def _acceptances(raw: Any, where: Path_, pos: _Positions) -> tuple[Acceptance, ...]:
    """Return the ``accept:`` entries of a claim or an entity (already valid against the schema)."""
    out = []
    for i, entry in enumerate(raw or ()):
        line, col = pos.of(where + (i,))
        found = entry.get("found")
        out.append(
            Acceptance(
                article=str(entry["article"]),
                reason=" ".join(str(entry["reason"]).split()),
                found=None if found is None else str(found),
                line=line or 0,
                column=col or 0,
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class ParseContext:
    """What a kind's ``parse`` gets from the loader: where its claim is, and the loader's helpers.

    Errors made here read like the loader's own: ``path:line:col`` of the claim or of one of
    its fields, with a "did you mean" hint where a near spelling exists.
    """

    path: str  # the claims file, as named in messages
    where: Path_  # the claim in the document: ("claims", index)
    positions: _Positions
    entity_ids: tuple[str, ...]
    line: int  # the line of the claim's id

    def at(self, field: str | None = None) -> tuple[int | None, int | None]:
        """Return (line, column) of one of the claim's fields, or of the claim itself."""
        return self.positions.of(self.where if field is None else self.where + (field,))

    def error(self, message: str, field: str | None = None, *, hint: str | None = None) -> ClaimsFileError:
        """Return (for ``raise``) an error located at one of the claim's fields, or at the claim."""
        return ClaimsFileError(self.path, message, *self.at(field), hint=hint)

    def common(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Return the fields every claim has (id, kind, severity, about, line, accept), for ``Claim(**...)``."""
        return {
            "id": raw["id"],
            "kind": raw["kind"],
            "severity": _severity(raw),
            "about": str(raw.get("about", "")),
            "line": self.line,
            "accept": _acceptances(raw.get("accept"), self.where + ("accept",), self.positions),
        }

    @staticmethod
    def strings(values: Any) -> tuple[str, ...]:
        """Return a list of the file (or nothing) as a tuple of strings."""
        return _strings(values)

    def date(self, value: Any, what: str, field: str | None = None) -> dt.date:
        """Return ``value`` (YYYY-MM-DD) as a date; ``what`` names it in the error, located at ``field``."""
        return _parse_date(value, self.path, self.at(field), what)

    def entity_ref(self, raw: dict[str, Any], field: str) -> tuple[str, str]:
        """Return (entity id, "") for an entity, or ("", words) for a holder given in plain words.

        A value shaped like an id and close to one ("sejurne") is a typo, not plain words.
        """
        if field not in raw:
            return "", ""
        ref = str(raw[field]).strip()
        if ref in self.entity_ids:
            return ref, ""
        hint = _suggest(ref, list(self.entity_ids))
        if hint and re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", ref):
            known = ", ".join(self.entity_ids) or "none defined"
            raise self.error(
                f"{field} '{ref}' of claim '{raw['id']}' is not an entity id (entities: {known}); "
                "plain words are accepted too, but this looks like a misspelt id",
                field,
                hint=hint,
            )
        return "", ref


def _claim(raw: dict[str, Any], ctx: ParseContext, by_name: dict[str, ClaimsFileKind]) -> Claim:
    """Return the claim of one schema-valid mapping, parsed by the kind its ``kind`` names."""
    kind = by_name.get(raw["kind"])
    if kind is None:  # the schema's enum refuses it first, with the same message
        names = list(by_name)
        where = _describe(ctx.where + ("kind",))
        raise ctx.error(
            f"{where} is {raw['kind']!r}; expected one of: {', '.join(names)}",
            "kind",
            hint=_suggest(str(raw["kind"]), names),
        )
    return kind.parse(raw, ctx)
