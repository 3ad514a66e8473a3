"""Reading an article: decode it, drop what is not the article, normalise the rest.

The result, a ``Document``, is what every matcher reads: folded text split in
paragraphs and sentences, each offset mappable back to a line and column of the
file as the user has it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sentencex import segment

from factcheck import boilerplate, lexicon
from factcheck.errors import ArticleError
from factcheck.model import Claim, Finding, Verdict
from factcheck.text import LineIndex, OffsetMap, Span, cue_literals, fold

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
# The text checked in one article, after furniture is removed. A long-form feature is about
# 50,000 characters; ten times that is not one news article, and refusing it keeps every run
# within seconds.
MAX_ARTICLE_CHARS = 500_000

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text, and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


@dataclass
class Document:
    """An article ready for matching.

    ``text`` is the folded body (ASCII, case kept); ``to_source`` maps its offsets
    back to offsets of ``source`` (the decoded file), and ``position`` to a
    1-based line and column.
    """

    path: str
    source: str
    text: str
    paragraphs: list[Span]
    sentences: list[Sentence]
    to_source: Callable[[int], int]
    published: dt.date | None = None
    notes: tuple[str, ...] = ()
    # (month, day) of a wire dateline with no year ("KUALA LUMPUR, July 28 (Newswire) -"), if any.
    dateline: tuple[int, int] | None = None
    lower: str = field(init=False)
    ascii: bool = field(init=False)
    _lines: LineIndex | None = field(init=False, default=None)
    _starts: list[int] = field(init=False, repr=False, compare=False)  # of the sentences, for bisect
    _html: bool = field(init=False, repr=False, compare=False)  # a web page: evidence without its markup

    def __post_init__(self) -> None:
        self.lower = self.text.lower()
        self.ascii = self.text.isascii()
        self._starts = [s.start for s in self.sentences]
        self._html = self.path.lower().endswith((".html", ".htm"))

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) in the original file of a text offset."""
        if self._lines is None:
            self._lines = LineIndex(self.source)
        return self._lines.position(self.to_source(offset))

    def sentence_at(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset`` (or the nearest before it)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def sentences_matching(self, pattern: re.Pattern[str] | None) -> list[int]:
        """Return the indices of the sentences where ``pattern`` matches, in order.

        One pass of the pattern over the whole text, instead of one search per sentence; for a
        cue pattern (``text.cue_pattern``) only where one of its words starts, as every match
        starts with one of them.
        """
        if pattern is None:
            return []
        literals = cue_literals(pattern)
        matches: Iterable[re.Match[str]]
        if literals is not None and self.ascii:
            starts = _starts_of(self.lower, literals)
            if not starts:
                return []  # no cue word anywhere (most claims in most articles): the same empty answer at once
            matches = _matches_at(pattern, self.text, starts)
        else:
            matches = pattern.finditer(self.text)
        found: list[int] = []
        sentences = self.sentences
        sentence_starts = self._starts
        for m in matches:
            start = m.start()
            index = max(bisect.bisect_right(sentence_starts, start) - 1, 0)  # ``sentence_at``
            if sentences and sentences[index].start <= start < sentences[index].end:
                if not found or found[-1] != index:
                    found.append(index)
        return found

    def sentence_text(self, index: int) -> str:
        """Return the folded text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def evidence(self, start: int, end: int, focus: int | None = None, width: int = 600) -> str:
        """Return the original text of ``[start, end)`` (a sentence) as evidence.

        A "sentence" longer than ``width`` characters (a run-on line in a broken file) is cut
        to a window around ``focus``, so evidence stays readable and costs no more than that.
        """
        if end - start > width:
            centre = start if focus is None else focus
            start, end = max(start, centre - width // 2), min(end, max(start, centre - width // 2) + width)
            return "…" + self.original(start, end) + "…"
        return self.original(start, end)

    def finding(
        self,
        claim: Claim,
        verdict: Verdict,
        expected: str,
        start: int,
        end: int,
        sentence: Sentence,
        message: str,
        confidence: float = 1.0,
    ) -> Finding:
        """Return a finding of ``claim`` for the text ``[start, end)`` in ``sentence``.

        ``found`` is the original text there; line, column and evidence come from the file.
        """
        line, column = self.position(start)
        return Finding(
            self.path,
            claim.id,
            claim.kind,
            verdict,
            claim.severity,
            expected,
            self.original(start, end),
            line,
            column,
            self.evidence(sentence.start, sentence.end, start),
            message,
            self.notes,
            confidence,
        )

    def original(self, start: int, end: int) -> str:
        """Return the original characters behind the text range ``[start, end)``, on one line."""
        if end <= start:
            return ""
        a = self.to_source(start)
        b = self.to_source(end - 1) + 1
        text = self.source[a:b]
        if self._html and "&" in text:
            # Evidence reads as the page does: "&ldquo;" is a quote mark, not markup. A range that
            # ends on an entity's first character takes the whole entity.
            cut = _ENTITY_START.search(text)
            if cut:
                whole = _ENTITY.match(self.source, a + cut.start())
                if whole:
                    text = self.source[a : whole.end()]
            text = html.unescape(_TAG.sub("", text))
        elif self._html and "<" in text:
            text = _TAG.sub("", text)
        return _one_line(text)


def _one_line(text: str) -> str:
    """Return ``" ".join(text.split())``: the text on one line, its white space single spaces."""
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        # Already so (every white space but the space is unprintable): the text itself, without
        # building the list of its words (most evidence is one line of a paragraph).
        return text
    return " ".join(text.split())


def cue_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""Yield what ``pattern.finditer(text)`` yields, for a cue pattern (``text.cue_pattern``) of a sentence.

    In ASCII text the pattern is tried only where one of its words starts, as in
    ``Document.sentences_matching``: a case-insensitive pattern starting with ``\b`` is otherwise
    tried at every offset of the sentence.
    """
    literals = cue_literals(pattern)
    if literals is None or not text.isascii():
        return pattern.finditer(text)
    return _matches_at(pattern, text, _starts_of(text.lower(), literals))


def _starts_of(text: str, literals: tuple[str, ...]) -> list[int]:
    """Return every offset where one of ``literals`` stands in ``text`` (overlapping ones too), sorted, once each.

    (A loop of ``str.find``, without a generator per literal: it runs for every cue claim of every article.)
    """
    starts: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            starts.append(at)
            at = text.find(literal, at + 1)
    return sorted(set(starts)) if len(literals) > 1 else starts


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(text)`` yields when no match can start outside ``starts`` (sorted).

    Each start is tried as finditer would reach it: not inside the previous match. ``match``
    at an offset sees the text before it, so word boundaries and look-behinds read as in a scan.
    """
    end = 0
    for at in starts:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = max(m.end(), at + 1)


_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1f\x7f]")
_ENTITY_START = re.compile(r"&[#\w]{0,8}$")
_ENTITY = re.compile(r"&#?\w{1,8};")
# A tag inside an article's text range ("<strong>", "</a>"): evidence reads as the page does.
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178]")


def decode(data: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16, else detected.

    Returns the text and notes about what was done to it (shown with every finding).
    Binary files raise ``ArticleError``; stray NUL bytes in a text file are dropped;
    mojibake ("CafÃ©") is repaired with ftfy.
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ("decoded as UTF-16",)
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"cannot be decoded as UTF-16: {exc.reason}") from exc
    sample = data[:65536]
    if sample and (
        len(_CONTROL.findall(sample)) > max(8, len(sample) // 100) or sample.count(b"\x00") > len(sample) // 10
    ):
        raise ArticleError(path, "is a binary file, not an article (control bytes)")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
        notes.append("NUL bytes were removed")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        guess = best.encoding if best is not None else None
        western = _western(data, guess)
        if western is not None:
            text, name = western
        else:
            encoding = guess or "cp1252"
            text, name = data.decode(encoding, errors="replace"), encoding
        notes.append(f"decoded as {name}")
    if _MOJIBAKE.search(text):
        import ftfy

        fixed = "\n".join(ftfy.fix_encoding(line) for line in text.split("\n"))
        if fixed != text:
            text = fixed
            notes.append("mojibake repaired (ftfy); columns refer to the repaired text")
    return text, tuple(notes)


# Letters and marks of Western European text (what Latin-1 and Windows-1252 are for), and letters
# only Central European code pages (cp1250, ISO-8859-2) write.
_WESTERN = frozenset("àâäáãåæçéèêëíìîïñóòôöõøœßúùûüÿýÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜŸÝ’‘“”„–—…€«»°£¡¿")
_CENTRAL = frozenset("ąćęłńśźżčďěňřšťůžőűăşţĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰĂŞŢ")


def _latin_script(text: str) -> bool:
    """Return True if most non-ASCII letters of ``text`` are Latin letters (é, ł, ķ; not б, α, א)."""
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return latin * 2 >= len(letters)


def _western(data: bytes, guess: str | None) -> tuple[str, str] | None:
    """Return (text, name) when non-UTF-8 bytes read best as Latin-1 or Windows-1252, else None.

    Bytes 0x80-0x9F are control codes in Latin-1 and typography (curly quotes, dashes, the euro)
    in Windows-1252: a file without them is named Latin-1 (ISO-8859-1), one with them
    Windows-1252. A guess in another script stands; a Latin-script guess wins only when it reads more letters of
    its own script (Polish in cp1250) than Windows-1252 reads Western ones.
    """
    other = data.decode(guess, errors="replace") if guess is not None else ""
    if guess is not None and not _latin_script(other):
        return None  # Cyrillic, Greek, Hebrew, Asian...: the detector's own choice stands
    has_c1 = any(0x80 <= b <= 0x9F for b in data)
    try:
        text = data.decode("cp1252") if has_c1 else data.decode("latin_1")
    except UnicodeDecodeError:
        return None
    if guess is not None and guess not in ("cp1252", "latin_1", "iso8859_1"):
        if sum(ch in _CENTRAL or ch in _WESTERN for ch in other) > sum(ch in _WESTERN for ch in text):
            return None
    return text, ("Windows-1252" if has_c1 else "Latin-1 (ISO-8859-1)")


def read_article(path: str | Path, display: str | None = None) -> Document:
    """Read, decode and clean one article file; raise ``ArticleError`` if unreadable."""
    name = display or str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(name, f"is {size // (1024 * 1024)} MiB; articles above 64 MiB are not read")
        data = p.read_bytes()
    except ArticleError:
        raise
    except IsADirectoryError as exc:
        raise ArticleError(name, "is a directory, not an article") from exc
    except FileNotFoundError as exc:
        raise ArticleError(name, "does not exist") from exc
    except OSError as exc:
        raise ArticleError(name, f"cannot be read: {exc.strerror or exc}") from exc
    text, notes = decode(data, name)
    if p.suffix.lower() in (".html", ".htm", ".xhtml"):
        from factcheck.html import document_from_html

        return document_from_html(text, name, notes)
    return document_from_text(text, name, notes)


def _lines(text: str) -> list[tuple[int, str]]:
    """Return (offset, content) of each line, line ends removed."""
    out = []
    if "\r" not in text:
        # "\n" ends every line: ``str.split`` finds the lines in C, several times faster than the
        # pattern. The piece after a final line end (or of an empty text) is no line.
        offset = 0
        for line in text.split("\n"):
            out.append((offset, line))
            offset += len(line) + 1
        if not out[-1][1]:
            out.pop()
        return out
    for m in _LINE.finditer(text):
        if m.start() == len(text) and m.end() == m.start():
            break
        out.append((m.start(), m.group().rstrip("\r\n")))
    return out


Piece = tuple[int, str, bool]
"""(source offset, text, linear): ``linear`` text copies the source; otherwise all of it stands at the offset."""


def _without_link_lists(blocks: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Drop link lists ("Related coverage:" and its bullets), which may span a block break."""
    flat = [(i, o, ln) for i, block in enumerate(blocks) for o, ln in block]
    kept = {o for o, _ in boilerplate.drop_link_lists([(o, ln) for _, o, ln in flat])}
    out: list[list[tuple[int, str]]] = [[] for _ in blocks]
    for i, o, ln in flat:
        if o in kept:
            out[i].append((o, ln))
    return [b for b in out if b] if any(not b for b in out) else out


def keep_blocks(blocks: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Apply the furniture rules to blocks of lines: cut at comments, drop furniture lines and headings.

    The first block is the headline and is kept even when short.
    """
    kept: list[list[tuple[int, str]]] = []
    blocks = _without_link_lists(blocks)
    body_seen = False  # a paragraph kept after the first block (the headline's)
    for index, block in enumerate(blocks):
        if not body_seen and index > 0 and len(block) == 1 and block[0][1].strip().lower() == "comment":
            # "Comment" on a line of its own before any paragraph of the article: the section an
            # opinion piece stands in, not the readers' comments after it.
            continue
        if any(boilerplate.is_cut(line) for _, line in block):
            block = block[: next(i for i, (_, line) in enumerate(block) if boilerplate.is_cut(line))]
            lines = [(o, ln) for o, ln in block if not boilerplate.is_dropped(ln)]
            if lines and not all(boilerplate.is_heading_like(ln) for _, ln in lines):
                kept.append(lines)
            break
        lines = [(o, ln) for o, ln in block if not boilerplate.is_dropped(ln)]
        if not lines:
            continue
        headline = index == 0 and len(lines) == 1
        if not headline and all(boilerplate.is_heading_like(ln) for _, ln in lines):
            if index == 0:
                # The headline over its byline or date line ("El Impacto | 16 October 2025") in one
                # block: the headline is kept, the lines under it are furniture.
                kept.append(lines[:1])
            continue
        kept.append(lines)
        body_seen = body_seen or index > 0
    return kept


def body_lines(text: str) -> list[list[tuple[int, str]]]:
    """Return the article's paragraphs as lists of (offset, line) with furniture removed."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for offset, line in _lines(text):
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current.append((offset, line))
    if current:
        blocks.append(current)
    return keep_blocks(blocks)


def lines_to_pieces(paragraphs: list[list[tuple[int, str]]]) -> list[list[Piece]]:
    """Turn paragraphs of lines into pieces, a space standing for each line break (wrapping never matters)."""
    out: list[list[Piece]] = []
    for lines in paragraphs:
        pieces: list[Piece] = []
        for i, (offset, line) in enumerate(lines):
            if i:
                pieces.append((offset - 1, " ", False))
            pieces.append((offset, line, True))
        out.append(pieces)
    return out


def build_document(
    source: str,
    paragraphs: list[list[Piece]],
    path: str,
    notes: tuple[str, ...] = (),
    published: dt.date | None = None,
) -> Document:
    """Build a ``Document`` from paragraphs given as pieces of the source.

    Paragraphs are separated by a blank line in the normalised text.
    """
    body: list[str] = []
    body_map = OffsetMap()
    length = 0
    for pieces in paragraphs:
        if not pieces:
            continue
        for offset, text, linear in pieces:
            if not text:
                continue
            body_map.add(length, offset, linear=linear)
            body.append(text)
            length += len(text)
        last_offset, last_text, last_linear = pieces[-1]
        body_map.add(length, last_offset + (len(last_text) if last_linear else 0), linear=False)
        body.append("\n\n")
        length += 2
    body_text = "".join(body)
    if len(body_text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            path,
            f"has {len(body_text):,} characters of text to check; more than {MAX_ARTICLE_CHARS:,} is not one "
            "news article (split it into articles)",
        )
    folded, fold_map = fold(body_text)

    to_source: Callable[[int], int] = body_map
    if not fold_map.is_identity():

        def to_source(offset: int) -> int:
            return body_map(fold_map(offset))

    # Else the text was ASCII and folding kept every offset: ``fold_map`` maps each offset from 0
    # to itself and a negative one to 0, which ``body_map`` (its first run starting at 0) maps as it
    # maps -1, so ``body_map`` alone is the same map at one bisect per offset.

    spans, sentences = split(folded)
    dateline = None
    if published is None:
        published = find_published(source)
        if published is None:
            dateline = find_dateline(source)
    return Document(path, source, folded, spans, sentences, to_source, published, notes, dateline)


def document_from_text(source: str, path: str, notes: tuple[str, ...] = ()) -> Document:
    """Build the document of a plain-text or Markdown article."""
    return build_document(source, lines_to_pieces(body_lines(source)), path, notes)


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


def split(text: str) -> tuple[list[Span], list[Sentence]]:
    """Split folded text into paragraphs (blank-line separated) and their sentences."""
    paragraphs: list[Span] = []
    sentences: list[Sentence] = []
    for m in _PARAGRAPH.finditer(text):
        if not m.group().strip():
            continue
        index = len(paragraphs)
        paragraphs.append(Span(m.start(), m.end()))
        cursor = m.start()
        for piece in segment("en", m.group()):
            piece = piece.strip()
            if not piece:
                continue
            at = text.find(piece, cursor, m.end())
            if at < 0:
                continue
            sentences.append(Sentence(at, at + len(piece), index))
            cursor = at + len(piece)
    return paragraphs, sentences


_MONTHS = lexicon.MONTHS
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d\d)\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_HEADER_WORDS = ("published", "updated", "posted", "by", "date")
_HEADER_HINT = re.compile(r"\b(?:" + "|".join(_HEADER_WORDS) + r")\b|^\W*\d{4}-\d\d-\d\d|\||·", re.IGNORECASE)
# ``_HEADER_HINT``'s parts, for an ASCII line (where IGNORECASE is lower-casing): its words in the
# lower-cased line, the ISO date at its start, its marks.
_HEADER_WORD_LOWER = re.compile(r"\b(?:" + "|".join(_HEADER_WORDS) + r")\b")
_ISO_START = re.compile(r"\W*\d{4}-\d\d-\d\d")


def _header_hint(line: str) -> bool:
    """Return ``bool(_HEADER_HINT.search(line))``.

    An ASCII line is searched for a word only if it holds one (``in``, in C) and in lower case
    (the case-insensitive scan tries its words at every offset): most short lines of an
    article's top are its headline, with none of them.
    """
    if not line.isascii():
        return bool(_HEADER_HINT.search(line))
    if "|" in line or _ISO_START.match(line):
        return True
    lower = line.lower()
    return any(w in lower for w in _HEADER_WORDS) and bool(_HEADER_WORD_LOWER.search(lower))


# A line that opens with a date, weekday or not ("Monday 10 November 2025 (all times local)"):
# a live blog's or a paper's date line.
_LEADING_WEEKDAY = re.compile(r"\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.IGNORECASE)


def _opens_with_date(line: str) -> bool:
    weekday = _LEADING_WEEKDAY.match(line)
    rest = line[weekday.end() :] if weekday else line
    return bool(_DMY.match(rest) or _MDY.match(rest))


def _ends_with_date(line: str) -> bool:
    """Say whether a short header line ends with a full date ("[Original: El Correo, Wednesday 11 June 2025]")."""
    return bool(_DATE_AT_END.search(line))


_DATE_AT_END = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)"
    r"(?:19|20)\d\d\W*$"
)


def _first_lines(source: str, max_lines: int) -> Iterator[str]:
    """Yield the article's first ``max_lines`` lines that are not blank (of its first 5,000 characters)."""
    seen = 0
    for _, line in _lines(source[:5000]):
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines:
            return
        yield line


def find_published(source: str, max_lines: int = 12) -> dt.date | None:
    """Find the article's own date in its first lines (timestamp, byline, "Published:")."""
    for line in _first_lines(source, max_lines):
        # More than 14 words: at most 15 pieces split off (of a paragraph's hundred words) tell. A
        # line opening or ending with a date holds its year, "19" or "20" then two digits (_DMY,
        # _MDY, _DATE_AT_END): a line without either pair is spared their scans (most lines).
        if len(line.split(None, 14)) > 14 or not (
            _header_hint(line) or (("19" in line or "20" in line) and (_opens_with_date(line) or _ends_with_date(line)))
        ):
            continue
        date = _date_in(line)
        if date is not None:
            return date
    return None


# A wire dateline without a year opening a paragraph: "KUALA LUMPUR, July 28 (Malaysia Newswire) -",
# "GENOA, Italy, 14th August (Wire) -", "MANILA, Monday, July 28 -", or a line of its own under the
# byline: "HUALIEN, Sunday April 7" (matched on the folded line, so
# "BOGOTA" stands for "BOGOTÁ").
_YEARLESS_DATELINE = re.compile(
    r"^([A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*),(?:\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?,)?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?,?\s+)?"  # a weekday ("Monday,", "Wed")
    r"(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?)\s*"
    r"(?:\([^()]{1,40}\)\s*)?"
    # Its dash, or the end of a line of its own, perhaps after a time ("April 7, 09:30 GMT").
    r"(?:[-\u2013\u2014]|(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$)"
)
# How a dateline opens: its place's first two characters (``_YEARLESS_DATELINE``'s first letters).
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'.-]")
# Words in capitals that open a line as a label, not a place: "UPDATE, July 28 - ...".
_NOT_PLACES = frozenset(
    "UPDATE UPDATED POSTED PUBLISHED CORRECTION CORRECTED BREAKING EXCLUSIVE ANALYSIS EDITORIAL OPINION".split()
    # "MONDAY, July 27" heads a day of a live blog: a date, but no place's dateline.
    + [d.upper() for d in lexicon.WEEKDAYS]
    + [m.upper() for m in lexicon.MONTHS]
)
# A dateline's date is the claims file's within this many days (else the line is no dateline of this story).
DATELINE_REACH_DAYS = 200


def find_dateline(source: str, max_lines: int = 12) -> tuple[int, int] | None:
    """Find the (month, day) of a wire dateline with no year in the article's first lines."""
    for line in _first_lines(source, max_lines):
        line = line.strip()
        head = line[:2]
        if head.isascii() and not _DATELINE_HEAD.match(head):
            # Folding copies ASCII characters as they are: the folded line opens with these two, which
            # do not open a dateline ("The ...", "- ..."). Most lines are turned away here, unfolded.
            continue
        m = _YEARLESS_DATELINE.match(line if line.isascii() else fold(line)[0])
        if m and m.group(1) not in _NOT_PLACES:
            month = _MONTHS.get((m.group(2) or m.group(5)).lower())
            day = int(m.group(3) or m.group(4))
            if month is not None and 1 <= day <= 31:
                return month, day
    return None


def nearest_day(month: int, day: int, near: dt.date) -> dt.date | None:
    """Return the date of ``month`` and ``day`` nearest ``near`` (a dateline's year), if within reach."""
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    best = min(days, key=lambda d: abs((d - near).days), default=None)
    return best if best is not None and abs((best - near).days) <= DATELINE_REACH_DAYS else None


def _date_in(line: str) -> dt.date | None:
    m = _ISO.search(line)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DMY.search(line)
        if m and m.group(2).lower() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        m = _MDY.search(line)
        if m and m.group(1).lower() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    except ValueError:
        return None
    return None
