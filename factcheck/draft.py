"""A draft claims file from the articles themselves (``factcheck init``).

The draft is built from ``compare``: each name the articles spell in more than one way becomes
an entity with the majority spelling (the other spellings as a comment), names the articles
agree on become entities too, and each disagreement over a figure, a date, a quote or a stance
becomes a candidate claim with the majority value and the cue word it was found by. Every
variant seen is written as a YAML comment beside its claim, with its articles, so the editor
decides with the evidence in front of them. The draft loads as it is, and ``factcheck check``
on it reports the minority variants as conflicts: that is the point of drafting from the
majority, and the editor's review is what turns the majority into the truth.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from factcheck.compare import Comparison, Disagreement, Variant
from factcheck.quantities import format_number

# Names the articles agree on that become entities (the most widely named first).
MAX_AGREED_NAMES = 12
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "claim"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _q(text: str) -> str:
    """Return ``text`` as a YAML scalar (a JSON string is valid YAML)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def _seen(d: Disagreement, first: int = 0) -> list[str]:
    """Return the comment lines listing each variant and where it is given."""
    lines = []
    for i, v in enumerate(d.variants[first:], first):
        where = ", ".join(f"{p.article}:{p.line}:{p.column}" for p in v.places[:3])
        if len(v.places) > 3:
            where += f" and {len(v.places) - 3} more"
        role = "majority" if i == 0 else "minority"
        lines.append(f"    #   {role}: {_one_line(v.text)} ({len(v.articles)} article(s): {where})")
        for change in v.diff[:6]:
            lines.append(f"    #       {change}")
    return lines


def _one_line(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _exact(v: Variant) -> float | None:
    if isinstance(v.value, tuple) and len(v.value) == 2 and v.value[0] == v.value[1]:
        return float(v.value[0])
    return None


def _claim_value(d: Disagreement) -> Variant | None:
    """Return the variant to draft as the value: the exact figure (date) most articles give."""
    exact = [v for v in d.variants if _exact(v) is not None]
    if not exact:
        return None
    return sorted(exact, key=lambda v: (-len(v.articles), -(_exact(v) or 0)))[0]


def _article_globs(paths: Sequence[str], base: Path) -> list[str]:
    """Return globs (relative to ``base``) that name exactly ``paths``: one per folder and suffix."""
    rel = sorted({os.path.relpath(os.path.abspath(p), base).replace(os.sep, "/") for p in paths})
    by_dir: dict[tuple[str, str], list[str]] = {}
    for r in rel:
        folder, _, name = r.rpartition("/")
        by_dir.setdefault((folder, Path(name).suffix), []).append(r)
    out = []
    for (folder, suffix), members in sorted(by_dir.items()):
        pattern = f"{folder}/*{suffix}" if folder else f"*{suffix}"
        everything = sorted(
            os.path.relpath(str(p), base).replace(os.sep, "/") for p in (base / folder).glob(f"*{suffix}")
        )
        out.extend([pattern] if everything == sorted(members) else members)
    return out


def draft(
    comparison: Comparison, article_paths: Sequence[str], base: str = ".", schema: str = "claims.schema.json"
) -> str:
    """Return the text of a draft claims file (globs relative to the folder ``base``)."""
    taken: set[str] = set()
    out = [
        f"# yaml-language-server: $schema={schema}",
        f"# Drafted by `factcheck init` from {len(article_paths)} article(s) on {dt.date.today().isoformat()}.",
        "# Every value below is what most articles say, not what is true: review each claim, fix its",
        "# value, cues and `about`, delete what is not worth checking, then run `factcheck check`.",
        f"# (The schema for editors: factcheck schema > {schema})",
        "version: 1",
        'story: "TODO: name the story"',
        "articles: [" + ", ".join(_q(g) for g in _article_globs(article_paths, Path(base).resolve())) + "]",
        "",
        "entities:",
    ]
    entity_ids: dict[str, str] = {}
    names = [d for d in comparison.disagreements if d.kind == "name"]
    for d in names:
        eid = _slug(d.topic, taken)
        entity_ids[d.topic] = eid
        out.append(f"  {eid}:")
        out.append(f"    name: {_q(d.topic)}")
        out.append("    # articles spell it in more than one way:")
        out.extend("  " + line for line in _seen(d))
    agreed = [n for n in comparison.names if len(n.spellings) == 1 and n.full not in entity_ids]
    for n in agreed[:MAX_AGREED_NAMES]:
        eid = _slug(n.full, taken)
        entity_ids[n.full] = eid
        out.append(f"  {eid}: {{name: {_q(n.full)}}}  # named alike in {n.articles} article(s)")
    if not entity_ids:
        out[-1] = "entities: {}"
    out += ["", "claims:"]
    claims = 0
    skipped: list[str] = []
    for d in comparison.disagreements:
        lines = _claim(d, taken, entity_ids)
        if lines is None:
            if d.kind != "name":
                skipped.append(f"# not drafted ({d.kind} '{_one_line(d.topic, 60)}'): no exact value or unit to claim")
            continue
        out.extend(lines)
        claims += 1
    if not claims:
        out[-1] = "claims: []"
    if skipped:
        out += ["", *skipped]
    return "\n".join(out) + "\n"


def _claim(d: Disagreement, taken: set[str], entity_ids: dict[str, str]) -> list[str] | None:
    header = [f"  # {d.kind}: the articles disagree on '{_one_line(d.topic, 80)}':"]
    if d.kind == "quantity":
        chosen = _claim_value(d)
        value = _exact(chosen) if chosen else None
        if chosen is None or value is None:
            return None
        unit = d.unit or ""
        if unit and unit != "percent" and not _CURRENCY.match(unit):
            return None
        cue = d.cues[0] if d.cues else d.topic
        lines = [
            *header,
            *_seen(d),
            f"  - id: {_slug(cue + '-figure', taken)}",
            "    kind: quantity",
            f"    about: {_q(cue)}  # TODO: say what is counted; its words tie figures to the claim",
            f"    cues: [{_q(cue)}]",
            f"    value: {format_number(value)}  # given by {len(chosen.articles)} article(s)",
        ]
        if unit:
            lines.append(f"    unit: {unit}")
        return lines
    if d.kind == "date":
        chosen = _claim_value(d)
        value = _exact(chosen) if chosen else None
        if chosen is None or value is None:
            return None
        cue = d.cues[0] if d.cues else d.topic
        return [
            *header,
            *_seen(d),
            f"  - id: {_slug(cue + '-date', taken)}",
            "    kind: date",
            f"    about: {_q(cue)}",
            f"    cues: [{_q(cue)}]",
            f"    value: {dt.date.fromordinal(int(value)).isoformat()}",
        ]
    if d.kind == "quote":
        if d.topic.startswith("who said"):
            return None  # the quote's own claim (below or above) names the speaker most articles give
        speaker = entity_ids.get(d.speaker or "")
        lines = [*header, *_seen(d), f"  - id: {_slug((d.speaker or 'unattributed') + '-quote', taken)}"]
        lines.append("    kind: quote")
        lines.append(f"    speaker: {speaker}" if speaker else f"    speaker: {_q(d.speaker or 'TODO: who said it')}")
        lines.append(f"    text: {_q(d.majority.text)}")
        return lines
    if d.kind == "statement":
        stance = d.majority.value
        if not (isinstance(stance, tuple) and len(stance) == 3):
            return None
        _, attitude, sentence = (str(x) for x in stance)
        return [
            *header,
            *_seen(d),
            f"  - id: {_slug(' '.join(sentence.split()[:5]), taken)}",
            "    kind: statement",
            f"    text: {_q(sentence)}  # TODO: who holds the view (holder:), and the statement in full",
            f"    modality: {attitude}",
        ]
    return None
