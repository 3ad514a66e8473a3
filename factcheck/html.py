"""Reading an article saved as an HTML page.

The page is parsed with the standard library's HTML parser because it reports
where every piece of text stands in the file: findings in an HTML article point
at the line and column of the HTML file itself. Text inside page furniture
(scripts, navigation, headers, footers, asides, forms, figures, and elements
whose class or id says comment, share, cookie, consent, newsletter, related,
promo, breadcrumb, byline, caption...) is skipped; the remaining blocks then go
through the same furniture rules as plain-text articles. Of those, only the
blocks that trafilatura (a library made for finding a page's main text) also
extracts are kept, so an article gives the same verdicts as text and as HTML.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from html.parser import HTMLParser

from factcheck.articles import Document, Piece, build_document, keep_blocks
from factcheck.text import fold_simple

SKIP_TAGS = frozenset(
    "script style noscript template nav header footer aside form figure figcaption button select option "
    "svg iframe object embed head title menu dialog label textarea input".split()
)
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote article section main br hr td th tr table dd dt dl pre "
    "address body html".split()
)
VOID_TAGS = frozenset("br hr img input meta link area base col embed source track wbr param".split())
_FURNITURE = re.compile(
    r"comment|share|social|cookie|consent|newsletter|subscribe|related|promo|breadcrumb|byline|author|"
    r"caption|most-?read|popular|trending|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|sponsor|sidebar|widget|footer|"
    r"header|(?:^|[\s_-])nav|menu|cmp|gdpr|paywall|signup|(?:^|[\s_-])tags?(?:$|[\s_-])|hidden|modal|popup|"
    r"banner|toolbar|disclaimer|correction|read-?more|see-?also|teaser|recommend|skip-?link|screen-?reader",
    re.IGNORECASE,
)
_DATE_META = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
    "sailthru.date",
    "parsely-pub-date",
)
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


def _iso(value: str | None) -> dt.date | None:
    m = _ISO_DATE.search(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _Extractor(HTMLParser):
    """Collects body text as pieces with their offsets in the HTML source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.blocks: list[list[Piece]] = []
        self.current: list[Piece] = []
        self.meta_date: dt.date | None = None
        self.ld_date: dt.date | None = None
        self.time_date: dt.date | None = None
        self._in_ld = False

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _break(self) -> None:
        if any(text.strip() for _, text, _ in self.current):
            self.blocks.append(self.current)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and self.meta_date is None:
                self.meta_date = _iso(a.get("content"))
            return
        if tag == "time" and self.time_date is None:
            self.time_date = _iso(a.get("datetime"))
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._in_ld = True
        if tag in BLOCK_TAGS:
            self._break()
        if tag in VOID_TAGS:
            return
        marks = " ".join((a.get("class", ""), a.get("id", ""), a.get("role", "")))
        # Page-wide layout classes on <body> ("right-sidebar") say nothing about the text inside.
        by_class = tag not in ("html", "body", "main") and bool(_FURNITURE.search(marks))
        skip = (
            self._skipping()
            or tag in SKIP_TAGS
            or by_class
            or "hidden" in a
            or "display:none" in a.get("style", "").replace(" ", "")
            or a.get("aria-hidden") == "true"
        )
        self.stack.append((tag, skip))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self._break()
        if tag == "meta":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False
        if tag in VOID_TAGS:
            return
        # Close up to the matching tag; stray end tags are ignored (real pages have them).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_ld and self.ld_date is None:
            try:
                found = re.search(r'"datePublished"\s*:\s*"([^"]+)"', data)
                self.ld_date = _iso(found.group(1)) if found else None
            except (ValueError, json.JSONDecodeError):  # pragma: no cover
                pass
        if self._skipping():
            return
        # Whitespace is replaced one for one, so the text still maps linearly onto the file.
        self.current.append((self._offset(), re.sub(r"\s", " ", data), True))

    def _entity(self, raw: str) -> None:
        if self._skipping():
            return
        text = unescape(raw)
        if text == raw:
            return
        # An entity stands for its characters; they all point at the "&" in the file.
        self.current.append((self._offset(), re.sub(r"\s", " ", text), False))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")


def document_from_html(source: str, path: str, notes: tuple[str, ...] = ()) -> Document:
    """Build the document of an HTML article: body text only, offsets into the HTML file."""
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    parser._break()
    blocks = [t for t in (_trim(b) for b in parser.blocks) if t]
    # The same furniture rules as for text, each block standing as one line.
    kept = keep_blocks([[(b[0][0], "".join(text for _, text, _ in b))] for b in blocks])
    kept_offsets = {lines[0][0] for lines in kept}
    paragraphs = [b for b in blocks if b[0][0] in kept_offsets]
    main_text, problem = _main_text(source)
    if problem:
        notes = (*notes, problem)
    if main_text:
        # trafilatura knows which text is the article; the parser knows where it stands.
        chosen = [b for b in paragraphs if fold_simple("".join(t for _, t, _ in b)) in main_text]
        paragraphs = chosen or paragraphs
    published = parser.meta_date or parser.ld_date or parser.time_date
    return build_document(source, paragraphs, path, notes, published)


def _main_text(source: str) -> tuple[str, str | None]:
    """Return the article text trafilatura extracts, folded ("" when it finds none), and a note if it could not run.

    Without it the structural rules alone choose the text; the note says so on every finding,
    so a broken install is seen rather than silently checking more page furniture.
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a core dependency, absent only from a broken install
        return "", f"main text chosen by structural rules only (trafilatura unavailable: {exc})"
    try:
        text = trafilatura.extract(source, favor_precision=True, include_comments=False, include_tables=False)
    except Exception:  # noqa: BLE001 - a page trafilatura cannot handle falls back to the structural rules
        return "", "main text chosen by structural rules only (trafilatura could not read the page)"
    return " ".join(fold_simple(line) for line in (text or "").splitlines() if line.strip()), None


def _trim(block: list[Piece]) -> list[Piece]:
    """Drop leading and trailing whitespace-only pieces of a block (keeps offsets exact)."""
    start, end = 0, len(block)
    while start < end and not block[start][1].strip():
        start += 1
    while end > start and not block[end - 1][1].strip():
        end -= 1
    return block[start:end]
