"""Loading a claims file: safe YAML with positions, schema validation, clear errors.

Every problem is reported as one ``ClaimsFileError`` naming the file, the line
and the column, with a "did you mean" hint where a near spelling exists.
"""

from __future__ import annotations

import datetime as dt
import difflib
import glob
import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from factcheck.errors import ClaimsFileError
from factcheck.model import (
    Claim,
    ClaimsFile,
    DateClaim,
    Entity,
    QuantityClaim,
    QuoteClaim,
    Severity,
    StatementClaim,
)

MAX_CLAIMS_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 64

Path_ = tuple[str | int, ...]


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """Return the JSON Schema of claims files (shipped with the package)."""
    text = resources.files("factcheck").joinpath("claims.schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


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


def _describe(where: Path_) -> str:
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the file"


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
            message = f"unknown field '{extra[0]}' in {subject}; allowed: {', '.join(allowed)}"
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
        _deepest(list(Draft202012Validator(schema()).iter_errors(data))),
        key=lambda e: (pos.of(tuple(e.absolute_path))[0] or 0, len(e.absolute_path)),
    )
    if errors:
        raise _schema_error(errors[0], data, pos, path)
    return _build(data, pos, path, check_articles)


def _build(data: dict[str, Any], pos: _Positions, path: str, check_articles: bool) -> ClaimsFile:
    entities: list[Entity] = []
    seen: dict[str, int | None] = {}
    for entity_id, raw in (data.get("entities") or {}).items():
        entity_line = pos.of(("entities", entity_id), key=True)[0] or 0
        seen[entity_id] = entity_line
        entities.append(Entity(entity_id, raw["name"], _strings(raw.get("aliases")), _severity(raw), entity_line))
    entity_ids = [e.id for e in entities]
    claims: list[Claim] = []
    for i, raw in enumerate(data.get("claims") or []):
        where: Path_ = ("claims", i)
        line, col = pos.of(where + ("id",))
        cid = raw["id"]
        if cid in seen:
            other = "an entity" if cid in entity_ids else "another claim"
            raise ClaimsFileError(path, f"duplicate id '{cid}': {other} uses it already (line {seen[cid]})", line, col)
        seen[cid] = line
        claims.append(_claim(raw, where, pos, path, entity_ids, line or 0))
    published = None
    if "published" in data:
        published = _parse_date(data["published"], path, pos.of(("published",)), "published")
    globs = _strings(data.get("articles") or ["*.txt", "*.md", "*.html"])
    if check_articles and "articles" in data:
        base = Path(path).parent
        for i, pattern in enumerate(globs):
            if not glob.glob(str(base / pattern), recursive=True):
                glob_line, glob_col = pos.of(("articles", i))
                raise ClaimsFileError(path, f"articles glob '{pattern}' matches no file", glob_line, glob_col)
    return ClaimsFile(path, str(data.get("story", "")), globs, tuple(entities), tuple(claims), published)


def _claim(raw: dict[str, Any], where: Path_, pos: _Positions, path: str, entity_ids: list[str], line: int) -> Claim:
    common: dict[str, Any] = {
        "id": raw["id"],
        "kind": raw["kind"],
        "severity": _severity(raw),
        "about": str(raw.get("about", "")),
        "line": line,
    }

    def entity_ref(field: str) -> tuple[str, str]:
        """Return (entity id, "") for an entity, or ("", words) for a holder given in plain words.

        A value shaped like an id and close to one ("sejurne") is a typo, not plain words.
        """
        if field not in raw:
            return "", ""
        ref = str(raw[field]).strip()
        if ref in entity_ids:
            return ref, ""
        hint = _suggest(ref, entity_ids)
        if hint and re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", ref):
            fline, fcol = pos.of(where + (field,))
            known = ", ".join(entity_ids) or "none defined"
            raise ClaimsFileError(
                path,
                f"{field} '{ref}' of claim '{raw['id']}' is not an entity id (entities: {known}); "
                "plain words are accepted too, but this looks like a misspelt id",
                fline,
                fcol,
                hint=hint,
            )
        return "", ref

    kind = raw["kind"]
    if kind == "quantity":
        if "value" not in raw and "min" not in raw and "max" not in raw:
            fline, fcol = pos.of(where)
            raise ClaimsFileError(path, f"quantity claim '{raw['id']}' needs 'value' or 'min'/'max'", fline, fcol)
        if "value" in raw and ("min" in raw or "max" in raw):
            fline, fcol = pos.of(where + ("value",))
            raise ClaimsFileError(path, f"claim '{raw['id']}': give 'value' or 'min'/'max', not both", fline, fcol)
        if "min" in raw and "max" in raw and raw["min"] > raw["max"]:
            fline, fcol = pos.of(where + ("min",))
            raise ClaimsFileError(path, f"claim '{raw['id']}': min {raw['min']} is above max {raw['max']}", fline, fcol)
        tolerance = raw.get("tolerance", 0)
        percent = isinstance(tolerance, str) and tolerance.strip().endswith("%")
        tol_value = float(str(tolerance).strip().rstrip("%").strip() or 0)
        return QuantityClaim(
            **common,
            cues=_strings(raw["cues"]),
            value=raw.get("value"),
            minimum=raw.get("min"),
            maximum=raw.get("max"),
            unit=raw.get("unit"),
            tolerance=tol_value,
            tolerance_is_percent=percent,
        )
    if kind == "date":
        value = _parse_date(raw["value"], path, pos.of(where + ("value",)), f"date of claim '{raw['id']}'")
        return DateClaim(**common, cues=_strings(raw["cues"]), value=value)
    if kind == "quote":
        speaker, speaker_words = entity_ref("speaker")
        return QuoteClaim(
            **common,
            speaker=speaker,
            speaker_words=speaker_words,
            text=str(raw["text"]),
            min_similarity=raw.get("min_similarity"),
        )
    holder, holder_words = entity_ref("holder")
    return StatementClaim(
        **common,
        holder=holder,
        holder_words=holder_words,
        text=str(raw["text"]),
        modality=str(raw.get("modality", "assert")),
    )
