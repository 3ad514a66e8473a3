"""Normalised text for matching, with a map back to the original characters.

Matching happens on folded ASCII (accents, curly quotes, dashes and non-breaking
spaces never matter), but every finding must point at a line and column of the
file the user wrote. ``OffsetMap`` keeps that link in runs, so it costs memory
per run of text, not per character.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from anyascii import anyascii

from factcheck import lexicon

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NEWLINE = re.compile(r"\r\n|\r|\n")


class OffsetMap:
    """Maps offsets of a derived string to offsets of the string it came from.

    A run is either *linear* (the derived characters copy the source one for one)
    or *collapsed* (every derived character maps to one source position: an
    expansion such as "œ" -> "oe", or a joining space standing for a line break).
    """

    __slots__ = ("_dst", "_linear", "_src")

    def __init__(self) -> None:
        self._dst: list[int] = []
        self._src: list[int] = []
        self._linear: list[bool] = []

    def add(self, dst_start: int, src_start: int, *, linear: bool = True) -> None:
        """Start a run at ``dst_start`` in the derived text mapping to ``src_start``."""
        if self._dst and self._dst[-1] == dst_start:
            self._src[-1] = src_start
            self._linear[-1] = linear
            return
        self._dst.append(dst_start)
        self._src.append(src_start)
        self._linear.append(linear)

    def is_identity(self) -> bool:
        """Return True if every offset maps to itself (no runs, or one linear run from 0 to 0)."""
        return not self._dst or (self._dst == [0] and self._src == [0] and self._linear[0])

    def __call__(self, offset: int) -> int:
        """Return the source offset of derived offset ``offset``."""
        if not self._dst:
            return offset
        k = bisect.bisect_right(self._dst, offset) - 1
        if k < 0:
            return self._src[0]
        if self._linear[k]:
            return self._src[k] + (offset - self._dst[k])
        return self._src[k]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003":
        return " "
    if ch in "\u00ad\u200b\u200c\u200d\ufeff":
        return ""
    return anyascii(ch)


def fold(text: str) -> tuple[str, OffsetMap]:
    """Fold ``text`` to ASCII (keeping case) and return it with its offset map.

    ASCII runs are copied as they are; only non-ASCII characters go through
    anyascii, so the cost is linear in the text and tiny for English.
    """
    out: list[str] = []
    offsets = OffsetMap()
    pos = 0
    length = 0
    # Source minus folded offset along the last run when it is linear, else None. A linear run with
    # the same shift continues it (a curly quote folded to one straight quote between ASCII runs):
    # it is not added, as the last run maps its offsets alike. A text whose characters all fold one
    # for one (most articles) then has the identity map, and its offsets map back at one bisect.
    shift: int | None = None
    for m in _NON_ASCII.finditer(text):
        if m.start() > pos:
            if shift != pos - length:
                offsets.add(length, pos)
                shift = pos - length
            out.append(text[pos : m.start()])
            length += m.start() - pos
        for i in range(m.start(), m.end()):
            rep = _fold_char(text[i])
            if not rep:
                continue
            if len(rep) != 1:
                offsets.add(length, i, linear=False)
                shift = None
            elif shift != i - length:
                offsets.add(length, i)
                shift = i - length
            out.append(rep)
            length += len(rep)
        pos = m.end()
    if pos < len(text):
        if shift != pos - length:
            offsets.add(length, pos)
        out.append(text[pos:])
    return "".join(out), offsets


def fold_simple(text: str) -> str:
    """Fold ``text`` to lower-case ASCII with collapsed spaces (for claims, not articles)."""
    folded, _ = fold(text)
    return " ".join(folded.lower().split())


class LineIndex:
    """Turns offsets of a source text into 1-based (line, column) pairs."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        else:  # "\n" ends every line: the starts follow from the lengths of the lines, found in C
            self._starts = list(accumulate((len(line) + 1 for line in text.split("\n")[:-1]), initial=0))

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column (in code points) of ``offset``."""
        k = bisect.bisect_right(self._starts, offset) - 1
        return k + 1, offset - self._starts[k] + 1


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of the normalised text."""

    start: int
    end: int


_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")
# Every byte but a lower-case ASCII letter or a digit, as a space (a table for ``bytes.translate``).
_NOT_ALNUM = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else ord(" ") for c in range(256))


def ascii_words(lower: str) -> frozenset[str]:
    """Return the runs of letters and digits of a lower-cased ASCII text ("pre" and "dawn" of "pre-dawn").

    A word a pattern finds between word boundaries, spaces or hyphens is one of them: a pattern that
    needs one of its words need not scan a text without any (the set is made in C, a few times
    faster than a scan).
    """
    return frozenset(lower.encode("ascii").translate(_NOT_ALNUM).decode("ascii").split())


def words(text: str) -> list[str]:
    """Return the lower-cased words of folded text (hyphen and apostrophe kept inside)."""
    return [w.lower() for w in _WORD.findall(text)]


# A prefix joined by a hyphen that makes the word another thing: a "semi-final" is no final, a
# "vice-president" no president, a "non-fatal" injury nothing fatal, "pre-quake" a time before it.
_NOT_AFTER_PREFIX = "".join(
    f"(?<!{p}-)" for p in ("semi", "quarter", "non", "ex", "pre", "post", "anti", "vice", "pseudo", "mock")
)


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str] | None:
    """Compile cue phrases into one case-insensitive pattern allowing inflections.

    "kill" matches "kill", "kills", "killed", "killing"; a multi-word cue
    ("death toll") allows any spacing between its words. A cue after a prefix that makes it
    another thing ("semi-final", "vice-president") is no match.
    """
    alternatives = []
    literals = []
    for cue in sorted({fold_simple(c) for c in cues if c.strip()}, key=len, reverse=True):
        words = cue.split()
        given = words[-1]
        words[-1] = cue_stem(given)
        pieces = [re.escape(p) for p in words]
        if _doubles(given, words[-1]):
            # "admit" is also "admitted", "admitting"; "trapped" is "trapped": the consonant doubles
            # before a suffix that opens with a vowel.
            pieces[-1] += "(?:" + re.escape(words[-1][-1]) + "(?=[ei]))?"
        alternatives.append(r"\s+".join(pieces))
        literals.append(words[0].lower())
        for form in lexicon.VERB_FORMS.get(given.lower(), ()):
            # "beat" is also "beaten", "win" also "won": forms no suffix makes.
            alternatives.append(r"\s+".join([*pieces[:-1], re.escape(form)]))
            literals.append((words[0] if len(words) > 1 else form).lower())
    if not alternatives:
        return None
    suffix = r"(?:e|s|es|d|ed|ing|ings|ied|ies|y)?"
    pattern = re.compile(
        _NOT_AFTER_PREFIX + r"\b(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + r")" + suffix + r"\b",
        re.I,
    )
    if all(lit.isascii() and lit for lit in literals):
        CUE_LITERALS[pattern] = tuple(literals)
    return pattern


# For each cue pattern, the words one of which any match must contain (lower-case ASCII): an
# article whose lower-cased ASCII text holds none of them has no match, found without a regex scan.
CUE_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {}
# The same by the pattern's id, with the pattern (``cue_literals``).
_LITERALS_BY_ID: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def cue_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Return ``CUE_LITERALS.get(pattern)`` (each literal once), looked up by the pattern's identity.

    A compiled pattern hashes its whole compiled code at every look-up (0.34 us for a cue
    pattern), and the claims of 2,000 articles look theirs up about 40,000 times. The entry
    keeps the pattern alive, so its id is not reused while it stands. A literal given twice
    ("death" for "death toll" and "deaths") is searched for once: the offsets are the same.
    """
    entry = _LITERALS_BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        literals = CUE_LITERALS.get(pattern)
        entry = _LITERALS_BY_ID[id(pattern)] = (pattern, tuple(dict.fromkeys(literals)) if literals else literals)
    return entry[1]


def _doubles(given: str, stem: str) -> bool:
    """Say whether a cue's last consonant doubles before a suffix ("admit", "trapped"; not "hoped").

    Either the cue was given with the doubled consonant that ``cue_stem`` took off ("trapped" ->
    "trap"), or it was given bare and ends consonant-vowel-consonant ("admit", "stab"; not "flood").
    """
    if len(stem) < 3 or not stem[-1].isalpha() or stem[-1] in "aeiouwxy":
        return False
    if given != stem:
        return given[len(stem) : len(stem) + 1] == stem[-1]  # "trapped": stem "trap", then "p"
    return stem[-2] in "aeiou" and stem[-3] not in "aeiou"


def cue_stem(word: str) -> str:
    """Strip an inflection from a cue word, so "killed" also finds "killing" and "kills"."""
    if len(word) == 4 and word.endswith(("ied", "ies")):
        return word[:3]  # "died" is "die" + "d": "die" and "dies" too (a short word, no "-ied" stem)
    for ending in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            stem = word[: -len(ending)]
            if ending in ("ied", "ies"):
                return stem  # "died" -> "d" + "ied"/"ies"/"y" handled by the suffixes
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "planned" -> "plan"
            return stem
    return word


def family_cues(cues: Iterable[str]) -> tuple[str, ...]:
    """Return the other words of every family (``lexicon.CUE_FAMILIES``) that one of the cues belongs to."""
    stems = {_family_stem(c) for c in cues}
    out: list[str] = []
    for family in lexicon.CUE_FAMILIES:
        if any(_family_stem(w) in stems for w in family):
            out.extend(w for w in family if _family_stem(w) not in stems)
    return tuple(out)


def _family_stem(word: str) -> str:
    """Return a cue's stem without a final "e", so "fine" and "fined" are one word ("fin")."""
    return cue_stem(fold_simple(word).lower().strip()).removesuffix("e")


def by_first_character(alternatives: list[str]) -> dict[str, list[str]]:
    r"""Group a pattern's alternatives by their first character, in order: {first: [rests]}.

    An escaped first character ("\.") counts as one. A pattern written as ``first(?:rests)``
    per group lets the regex engine try at each offset only the alternatives that can start there.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        groups.setdefault(first, []).append(alternative[len(first) :])
    return groups


def lower_twin(pattern: re.Pattern[str], insensitive: bool = True) -> re.Pattern[str]:
    r"""Return ``pattern`` without IGNORECASE, for lower-cased ASCII text.

    Its letters are all lower-case (escapes such as ``\W`` and group names aside: lower-casing
    keeps their meaning), so in ``text.lower()`` of ASCII text it finds the same matches at the same
    offsets as the case-insensitive pattern in ``text``, faster: the engine no longer folds each
    character. ``insensitive``: the pattern must be case-insensitive (a pattern built lower-case for
    the twin alone passes False).
    """
    letters = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", pattern.pattern)
    assert letters == letters.lower() and (not insensitive or pattern.flags & re.IGNORECASE)
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
