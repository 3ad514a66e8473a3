"""Which lines of a plain-text article are not the article.

Saved and syndicated articles carry page furniture as plain lines: reader
comments, "See also" teasers, cookie notices, breadcrumbs, tag lists, reply
forms. HTML extractors cannot see these once the markup is gone, so they are
removed here by line rules, before anything is matched.
"""

from __future__ import annotations

import re

# Everything from one of these lines to the end of the file is not the article.
_CUT = re.compile(
    r"""^\s*(?:
        (?:reader\s+|readers'?\s+)?comments?\s*(?:\(\d+\))?\s*:?\s*$
      | (?:have\s+your\s+say|join\s+the\s+debate|what\s+(?:do\s+)?you\s+think)\b.{0,30}$
      | .{0,40}\(\s*\d+\s+comments?\s*\)\s*$
      | \d+\s+comments?\s*$
      | (?:leave|post|add|write)\s+a\s+(?:reply|comment)\b
      | join\s+the\s+(?:conversation|discussion)\b
      | to\s+suggest\s+a\s+correction\b
      | reader\s+comments?\s*:?\s*$
      | (?:show|view)\s+comments\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A line matching one of these is dropped on its own.
_DROP = re.compile(
    r"""^\s*(?:
        see\s+also\b | read\s+(?:on|more|also|next)\b | also\s+read\b | more\s+on\s+this\b
      | related(?:\s+(?:coverage|stories|articles|links|content|reading|news|topics))?\s*:
      | source\s*(?::|link\s*$) | (?:photo|image|picture|video)s?(?:\s+credit)?\s*: | credit\s*:
      | home\s*[/>›»|] | (?:loading|advertisement|advert|sponsored(?:\s+content)?)\s*\.*\s*$
      | (?:share|tweet|email|print)(?:\s+(?:this|on|via)\b.*)?$
      | (?:sign\s+up|subscribe)\b.*(?:newsletter|inbox|updates)
      | tags?\s*: | topics?\s*: | filed\s+under\b
      | more\s+from\s+[^:]{1,40}: | trending(?:\s+now)?\s*: | (?:latest|top)\s+(?:news|stories|headlines)\s*:
      | other\s+topics\s+of\s+interest\b | you\s+may\s+also\s+like\b | most\s+(?:read|popular)\b
      | this\s+comment\s+contains\b | click\s+here\b | you\s+can\s+(?:also\s+)?(?:listen|highlight|find\s+more)\b
      | your\s+email\s+address\s+will\s+not\s+be\s+published
      | (?:published|updated|posted|last\s+updated)\s*:?\s.{0,60}$
      | by\s+[A-Z][^\s.]*(?:\s+[A-Z][^\s.]*){0,3}\s*(?:[|,·•-].{0,40})?$
      | \d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*$
      | \(.*\b(?:edited|syndicated|staff|agency\s+feed)\b.*\)\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Consent and cookie banners: a privacy word together with a consent word.
_PRIVACY = re.compile(r"\b(?:cookies?|personal\s+data|privacy|gdpr|tracking)\b", re.IGNORECASE)
_CONSENT = re.compile(r"\b(?:consent|agree|accept|withdraw|opt[- ]out|settings)\b", re.IGNORECASE)

# A tag list: comma-separated capitalised items without sentence punctuation.
_TAG_LIST = re.compile(r"^\s*[\w'’ -]+(?:\s*,\s*[\w'’ -]+){2,}\s*$")

_TERMINAL = re.compile(r"""[.!?:;"'”’»)\]]\s*$""")


# A row of teasers: three or more short headline-like pieces separated by " | ".
_TEASER_ROW = re.compile(r"^[^|]{3,120}(?:\s\|\s[^|]{3,120}){2,}$")


# A header that introduces a list of links ("Related coverage:", "More from ScreenRoundup:"), and
# the bulleted lines under it: headlines of other stories, with their own figures and years.
_LINK_LIST_HEADER = re.compile(
    r"^\s*(?:related(?:\s+\w+)?|more\s+(?:from|on|in)\b[^:]{0,40}|see\s+also|also\s+read|read\s+more|"
    r"further\s+reading|other\s+stories|you\s+may\s+also\s+like|most\s+read)\s*:\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014>]|\d{1,2}[.)])\s+\S")


def drop_link_lists(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a link-list header and the bulleted lines right under it (lines are (offset, text))."""
    out: list[tuple[int, str]] = []
    in_list = False
    for offset, line in lines:
        # A header ends with its colon (``\s`` and ``rstrip`` are the same white space): only such a
        # line is matched against the header's words.
        if line.rstrip().endswith(":") and _LINK_LIST_HEADER.match(line):
            in_list = True
            continue
        if in_list and _BULLET.match(line):
            continue
        in_list = False
        out.append((offset, line))
    return out


def is_dropped(line: str) -> bool:
    """Return True if a single line is furniture, whatever block it stands in."""
    if _DROP.match(line):
        return True
    # Each test below is tried only on a line that may pass it (cheap look-ups first): most lines are
    # a paragraph of the article, long and with none of a teaser row's bars or a banner's words.
    if (
        "|" in line
        and _TEASER_ROW.match(line.strip())
        and not any(p.strip().endswith(".") for p in line.split(" | ")[:-1])
    ):
        return True
    if _may_be_banner(line) and _PRIVACY.search(line) and _CONSENT.search(line):
        return True
    return len(line.split(None, 11)) < 12 and bool(_TAG_LIST.match(line)) and not _TERMINAL.search(line)


# Every ``_PRIVACY`` match holds one of these (lower-cased ASCII).
_PRIVACY_WORDS = ("cookie", "personal", "privacy", "gdpr", "tracking")


# The letters outside ASCII that a case-insensitive pattern's ASCII letter matches ('ſ' for "s",
# the Kelvin sign for "k", the dotted and dotless i for "i"): the re module's documented four.
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_be_banner(line: str) -> bool:
    """Say whether ``_PRIVACY`` may match ``line``: one of its words in it, or a letter it may match outside ASCII.

    A match is the letters of a word, each an ASCII letter of either case (which ``lower`` turns
    into the word's, in one run) or one of ``_ASCII_LOOKALIKES``: a line with neither is not searched.
    Most lines outside ASCII hold only curly quotes or accented names.
    """
    lower = line.lower()
    if any(word in lower for word in _PRIVACY_WORDS):
        return True
    return not line.isascii() and any(c in line for c in _ASCII_LOOKALIKES)


def is_cut(line: str) -> bool:
    """Return True if the article ends before this line (comments, reply forms)."""
    return bool(_CUT.match(line))


def is_heading_like(line: str) -> bool:
    """Return True for a short line without sentence punctuation: a heading or teaser."""
    return len(line.split(None, 8)) < 9 and not _TERMINAL.search(line)  # at most 9 pieces split off tell
