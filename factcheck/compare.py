"""Where articles disagree, before any claim is written (``factcheck compare``).

The articles are read as ``check`` reads them (``read_article``, then an ``ArticleContext``
for each), and their mentions are grouped across articles by topic:

* figures that count the same thing: the same unit and a shared cue word beside the figure
  (the counted noun, "killed", "toll"); a cue word that gives two conflicting figures inside
  one article is no topic (it counts two things);
* spellings of one name: capitalised words that are near misses or sound alike
  (``names.near_token``, ``names.sounds_alike``), but not word forms of each other;
* renderings of one quote: quoted spans whose words match closely, with the word diff
  (``quotes.word_diff``) and, when speakers are found, who is quoted;
* stances: sentences of different articles that say the same thing, whose attitude or
  polarity (``statements.read_sentence``) differ;
* dates tied to the same cue word that resolve to different days.

A group is a disagreement when its variants conflict (two figures or dates that cannot both
be right, two spellings, two renderings, two stances). Each variant lists its articles with
line and column; the variant most articles give is the majority. Groups are ranked by how
many articles they span, and a group whose conflicting mentions an earlier group already
lists is dropped, so one conflict is listed once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from factcheck import lexicon
from factcheck.articles import Document
from factcheck.context import ArticleContext, Story
from factcheck.dates import find_dates
from factcheck.model import ClaimsFile, Entity
from factcheck.names import is_common_word, near_token, sounds_alike, word_form_of
from factcheck.quantities import Mention, counted_words, format_number
from factcheck.quotes import STOPWORDS, QuoteSpan, word_diff
from factcheck.statements import FUNCTION_WORDS, VERB_CLASS, read_sentence, stem

Progress = Callable[[int, int], None]

# Words beside a figure that do not say what it counts.
_NOT_CUES = (
    FUNCTION_WORDS
    | lexicon.SPEECH_VERBS
    | frozenset(lexicon.MONTHS)
    | frozenset(lexicon.WEEKDAYS)
    | frozenset(
        "than least nearly almost around roughly approximately least total least some over under "
        "up down per cent percent year years month months week weeks day days today yesterday "
        "according say says saying tell reported reports last first second new number".split()
    )
)
# A cue word that gives conflicting figures inside more than one article in this many is no topic.
TORN_SHARE = 4
# Words beside a figure, looked at on each side.
WINDOW_BEFORE = 6
WINDOW_AFTER = 7
# Two quotes of one speaker are renderings of one when their words match this closely (rapidfuzz
# token-set ratio, 0-100); quotes whose speakers are not both known must match more closely.
QUOTE_SIMILARITY = 70.0
QUOTE_SIMILARITY_UNKNOWN = 80.0
QUOTE_MIN_WORDS = 5
# Two sentences say the same thing when they share this share of the shorter one's content stems
# (and at least this many).
STANCE_OVERLAP = 0.5
STANCE_MIN_SHARED = 5
# Two capitalised words are one name misspelt when they are this alike (Jaro-Winkler, 0-1).
NAME_SIMILARITY = 0.84
_CAP = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")


@dataclass(frozen=True)
class Place:
    """Where an article gives a variant."""

    article: str
    line: int
    column: int
    found: str
    evidence: str

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form."""
        return {
            "article": self.article,
            "line": self.line,
            "column": self.column,
            "found": self.found,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Variant:
    """One way the articles give a topic, and where."""

    text: str
    places: tuple[Place, ...]
    diff: tuple[str, ...] = ()  # a quote's word changes against the majority rendering
    value: object = None  # the figure (low, high), date, words or stance behind ``text``

    @property
    def articles(self) -> list[str]:
        """Return the articles giving this variant, each once, in order."""
        return list(dict.fromkeys(p.article for p in self.places))

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form."""
        data: dict[str, object] = {"text": self.text, "articles": [p.to_dict() for p in self.places]}
        if self.diff:
            data["diff"] = list(self.diff)
        return data


@dataclass(frozen=True)
class Disagreement:
    """A topic the articles give in more than one way; ``variants[0]`` is the majority."""

    kind: str  # quantity, name, quote, statement, date
    topic: str
    variants: tuple[Variant, ...]
    cues: tuple[str, ...] = ()  # the words the group was found by (cue words for a draft claim)
    unit: str | None = None
    speaker: str | None = None

    @property
    def majority(self) -> Variant:
        """Return the variant most articles give."""
        return self.variants[0]

    @property
    def articles(self) -> set[str]:
        """Return every article the disagreement involves."""
        return {a for v in self.variants for a in v.articles}

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form: kind, topic, variants (majority first)."""
        data: dict[str, object] = {
            "kind": self.kind,
            "topic": self.topic,
            "majority": self.majority.text,
            "variants": [v.to_dict() for v in self.variants],
        }
        if self.cues:
            data["cues"] = list(self.cues)
        if self.unit:
            data["unit"] = self.unit
        if self.speaker:
            data["speaker"] = self.speaker
        return data


@dataclass(frozen=True)
class NameGroup:
    """Spellings of one name across the articles: the majority first, and its usual full form."""

    full: str
    spellings: tuple[str, ...]
    articles: int


@dataclass
class Comparison:
    """What ``compare`` found: the disagreements, and the names it saw (for ``init``)."""

    disagreements: list[Disagreement]
    names: list[NameGroup] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form: ``{"disagreements": [...], "articles": N}``."""
        return {"disagreements": [d.to_dict() for d in self.disagreements], "articles": len(self.articles)}


@dataclass(frozen=True)
class _Item:
    """One mention of a figure or date, with the cue stems around it."""

    doc: Document
    start: int
    end: int
    sentence: int
    label: str
    low: float
    high: float
    unit: str
    cues: frozenset[str]
    surface: dict[str, str]  # stem -> the word as written

    def place(self) -> Place:
        return _place(self.doc, self.start, self.end, self.sentence)


def _place(doc: Document, start: int, end: int, sentence: int | None = None) -> Place:
    line, column = doc.position(start)
    index = doc.sentence_at(start) if sentence is None else sentence
    s = doc.sentences[index] if doc.sentences else None
    evidence = doc.evidence(s.start, s.end, start) if s else doc.original(start, end)
    return Place(doc.path, line, column, doc.original(start, end), evidence)


def _context_cues(ctx: ArticleContext, index: int, start: int, end: int) -> tuple[frozenset[str], dict[str, str]]:
    """Return the stems of the content words beside ``[start, end)`` in sentence ``index`` (offsets in it)."""
    words = ctx.words[index]
    before = [i for i, (_, _, e) in enumerate(words.tokens) if e <= start][-WINDOW_BEFORE:]
    after = [i for i, (_, s, _) in enumerate(words.tokens) if s >= end][:WINDOW_AFTER]
    stems: dict[str, str] = {}
    for i in before + after:
        word = words.tokens[i][0]
        if word in _NOT_CUES or word in lexicon.NEGATORS or len(word) < 3 or not word.isalpha():
            continue
        stems.setdefault(words.stems[i], word)
    return frozenset(stems), stems


def _figure_items(ctx: ArticleContext) -> list[_Item]:
    doc = ctx.doc
    out = []
    for index, sent in enumerate(doc.sentences):
        sentence = doc.text[sent.start : sent.end]
        for m in ctx.figures(index):
            if m.currency == "age":
                continue
            cues, surface = _context_cues(ctx, index, m.start, m.end)
            for word in counted_words(sentence, m):
                if word.isalpha() and word not in _NOT_CUES and len(word) > 2:
                    cues |= {stem(word)}
                    surface.setdefault(stem(word), word)
            unit = "percent" if m.percent else (m.currency or "")
            out.append(
                _Item(
                    doc,
                    sent.start + m.start,
                    sent.start + m.end,
                    index,
                    _figure_label(m, unit),
                    m.low,
                    m.high,
                    unit,
                    frozenset(cues),
                    surface,
                )
            )
    return out


def _figure_label(m: Mention, unit: str) -> str:
    suffix = {"percent": "%", "": ""}.get(unit, f" {unit}")
    if m.exact and m.low == m.high:
        return format_number(m.low) + suffix
    return " ".join(m.text.lower().split())


def _date_items(ctx: ArticleContext) -> list[_Item]:
    doc = ctx.doc
    out = []
    for index, sent in enumerate(doc.sentences):
        for d in find_dates(doc.text[sent.start : sent.end], ctx.published):
            if d.date is not None:
                day = d.date.toordinal()
                label = d.date.isoformat()
            elif d.month_day is not None:
                day = dt.date(2000, *d.month_day).toordinal() - dt.date(2000, 1, 1).toordinal()
                label = f"{d.month_day[0]:02d}-{d.month_day[1]:02d} (no year)"
                continue  # a date without its year is not compared with full dates
            else:
                continue
            cues, surface = _context_cues(ctx, index, d.start, d.end)
            out.append(
                _Item(doc, sent.start + d.start, sent.start + d.end, index, label, day, day, "date", cues, surface)
            )
    return out


def _conflict(a: _Item, b: _Item) -> bool:
    """Return True if two figures (dates) cannot both be right: disjoint values."""
    return a.high < b.low or b.high < a.low


def _keyed_groups(items: list[_Item], kind: str) -> list[tuple[int, Disagreement, set[tuple[str, int]]]]:
    """Group figures (dates) by unit and cue stem; keep the groups whose values conflict across articles."""
    by_key: dict[tuple[str, str], list[_Item]] = {}
    for item in items:
        for cue in item.cues:
            by_key.setdefault((item.unit, cue), []).append(item)
    out = []
    for (unit, cue), group in by_key.items():
        per_article: dict[str, list[_Item]] = {}
        for item in group:
            per_article.setdefault(item.doc.path, []).append(item)
        if len(per_article) < 2:
            continue
        # A cue word that gives two conflicting values inside one article counts two things there:
        # that article says nothing sure about it, and a cue torn in many articles is no topic.
        torn = {a for a, its in per_article.items() if any(_conflict(x, y) for x in its for y in its)}
        if len(torn) * TORN_SHARE > len(per_article):
            continue
        group = [item for item in group if item.doc.path not in torn]
        per_article = {a: its for a, its in per_article.items() if a not in torn}
        if len(per_article) < 2:
            continue
        conflicting = {
            (a.doc.path, a.start) for a in group for b in group if a.doc.path != b.doc.path and _conflict(a, b)
        }
        if not conflicting:
            continue
        variants: dict[str, list[_Item]] = {}
        for item in group:
            variants.setdefault(item.label, []).append(item)
        built = []
        for label, its in variants.items():
            firsts: dict[str, _Item] = {}
            for it in its:
                firsts.setdefault(it.doc.path, it)
            built.append(Variant(label, tuple(it.place() for it in firsts.values()), value=(its[0].low, its[0].high)))
        built.sort(key=lambda v: (-len(v.articles), _exactness(v), v.text))
        word = _cue_word(group, cue)
        topic = f"{word} ({unit})" if unit and unit != "date" else word
        dis = Disagreement(kind, topic, tuple(built), (word,), unit or None)
        out.append((len(per_article), dis, conflicting))
    return out


def _exactness(v: Variant) -> int:
    low, high = v.value if isinstance(v.value, tuple) else (0, 1)
    return 0 if low == high else 1


def _cue_word(group: list[_Item], cue: str) -> str:
    counts: dict[str, int] = {}
    for item in group:
        word = item.surface.get(cue, cue)
        counts[word] = counts.get(word, 0) + 1
    return max(sorted(counts), key=lambda w: counts[w])


def _select(candidates: list[tuple[int, Disagreement, set[tuple[str, int]]]]) -> list[Disagreement]:
    """Keep the widest groups; drop a group whose conflicting mentions are mostly listed already."""
    candidates.sort(key=lambda c: (-c[0], -len(c[2]), c[1].topic))
    listed: set[tuple[str, int]] = set()
    chosen = []
    for _, dis, conflicting in candidates:
        if len(conflicting & listed) * 2 >= len(conflicting):
            continue
        listed |= conflicting
        chosen.append(dis)
    return chosen


# --- names ------------------------------------------------------------------------------------


def _name_tokens(docs: Sequence[Document]) -> dict[str, dict[str, list[tuple[Document, int, int]]]]:
    """Return capitalised rare words: token (lower) -> article -> places."""
    out: dict[str, dict[str, list[tuple[Document, int, int]]]] = {}
    for doc in docs:
        for m in _CAP.finditer(doc.text):
            token = m.group().lower()
            if len(token) < 4 or is_common_word(token):
                continue
            out.setdefault(token, {}).setdefault(doc.path, []).append((doc, m.start(), m.end()))
    return out


def _alike(a: str, b: str) -> bool:
    if word_form_of(a, b) or a[0] != b[0]:
        return False
    if near_token(a, b):
        return True
    return sounds_alike(a, b) and JaroWinkler.similarity(a, b) >= NAME_SIMILARITY


def _union(pairs: Iterable[tuple[int, int]], n: int) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def _full_name(token: str, places: Iterable[tuple[Document, int, int]]) -> str:
    """Return the usual written form of a name with this word: "Stephane Sejourne" for sejourne."""
    counts: dict[str, int] = {}
    for doc, start, end in places:
        before = re.search(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$", doc.text[max(0, start - 30) : start])
        first = before.group(1) if before and not is_common_word(before.group(1).lower()) else ""
        form = f"{first} {doc.text[start:end]}".strip()
        counts[form] = counts.get(form, 0) + 1
    return max(sorted(counts), key=lambda f: (counts[f] > 1 and " " in f, counts[f]))


def _names(docs: Sequence[Document]) -> tuple[list[Disagreement], list[NameGroup]]:
    tokens = _name_tokens(docs)
    keys = sorted(tokens)
    by_initial: dict[str, list[int]] = {}
    for i, t in enumerate(keys):
        by_initial.setdefault(t[0], []).append(i)
    pairs = [
        (i, j)
        for group in by_initial.values()
        for x, i in enumerate(group)
        for j in group[x + 1 :]
        if _alike(keys[i], keys[j])
    ]
    disagreements = []
    names = []
    for members in _union(pairs, len(keys)):
        spellings = sorted((keys[i] for i in members), key=lambda t: (-len(tokens[t]), t))
        span = {a for t in spellings for a in tokens[t]}
        if len(span) < 2:
            continue
        variants = []
        for t in spellings:
            places = [ps[0] for ps in tokens[t].values()]
            written = places[0][0].text[places[0][1] : places[0][2]]
            variants.append(Variant(written, tuple(_place(d, s, e) for d, s, e in places), value=t))
        majority = spellings[0]
        full = _full_name(majority, [p for ps in tokens[majority].values() for p in ps])
        disagreements.append(Disagreement("name", full, tuple(variants), (full,)))
        names.append(NameGroup(full, tuple(v.text for v in variants), len(span)))
    # Names every article agrees on (in two articles or more), for a draft's entities.
    grouped = {keys[i] for members in _union(pairs, len(keys)) for i in members}
    for t in keys:
        if t not in grouped and len(tokens[t]) >= 2:
            places = [p for ps in tokens[t].values() for p in ps]
            full = _full_name(t, places)
            if " " in full:
                names.append(NameGroup(full, (places[0][0].text[places[0][1] : places[0][2]],), len(tokens[t])))
    names.sort(key=lambda n: (-n.articles, n.full))
    return disagreements, names


def _entities(names: list[NameGroup]) -> tuple[Entity, ...]:
    out: dict[str, Entity] = {}
    for n in names:
        slug = re.sub(r"[^a-z0-9]+", "-", n.full.lower()).strip("-") or "name"
        out.setdefault(slug, Entity(slug, n.full))
    return tuple(out.values())


# --- quotes -----------------------------------------------------------------------------------


def _same_quote(a: QuoteSpan, b: QuoteSpan, text_a: str, text_b: str) -> bool:
    known = a.speaker is not None and b.speaker is not None
    if known and a.speaker != b.speaker:
        return fuzz.ratio(text_a, text_b) >= QUOTE_SIMILARITY_UNKNOWN  # one quote, credited to two people
    return fuzz.token_set_ratio(text_a, text_b) >= (QUOTE_SIMILARITY if known else QUOTE_SIMILARITY_UNKNOWN)


def _quotes(contexts: Sequence[ArticleContext], entities: dict[str, Entity]) -> list[Disagreement]:
    spans = [(ctx, q) for ctx in contexts for q in ctx.quotes if len(q.words) >= QUOTE_MIN_WORDS]
    joined = [" ".join(q.words) for _, q in spans]
    pairs = [
        (i, j)
        for i in range(len(spans))
        for j in range(i + 1, len(spans))
        if spans[i][0] is not spans[j][0] and _same_quote(spans[i][1], spans[j][1], joined[i], joined[j])
    ]
    out = []
    for members in _union(pairs, len(spans)):
        if len({spans[i][0].doc.path for i in members}) < 2:
            continue
        by_words: dict[tuple[str, ...], list[int]] = {}
        for i in members:
            by_words.setdefault(spans[i][1].words, []).append(i)
        ranked = sorted(by_words, key=lambda w: (-len({spans[i][0].doc.path for i in by_words[w]}), -len(w)))
        majority = ranked[0]
        variants = []
        for w in ranked:
            if w != majority and " ".join(w) in " ".join(majority):
                continue  # a fragment of the majority rendering agrees with it
            diff = tuple(word_diff(list(w), list(majority))) if w != majority else ()
            if w != majority and not any(t not in STOPWORDS for d in diff for t in re.findall(r"[a-z0-9]+", d)):
                continue
            firsts: dict[str, int] = {}
            for i in by_words[w]:
                firsts.setdefault(spans[i][0].doc.path, i)
            places = tuple(_place(spans[i][0].doc, spans[i][1].start, spans[i][1].end) for i in firsts.values())
            variants.append(Variant(spans[by_words[w][0]][1].text, places, diff, value=w))
        speakers = [str(spans[i][1].speaker) for i in members if spans[i][1].speaker]
        speaker = max(sorted(set(speakers)), key=speakers.count) if speakers else None
        name = entities[speaker].name if speaker in entities else None
        topic = f"quote by {name}" if name else "quote"
        topic += ': "' + " ".join(majority[:8]) + ('…"' if len(majority) > 8 else '"')
        if len(variants) >= 2:
            out.append(Disagreement("quote", topic, tuple(variants), speaker=name))
        who = {spans[i][1].speaker for i in members if spans[i][1].speaker}
        if len(who) >= 2 and name:
            by_speaker: dict[str, list[int]] = {}
            for i in members:
                if spans[i][1].speaker:
                    by_speaker.setdefault(str(spans[i][1].speaker), []).append(i)
            ordered = sorted(by_speaker, key=lambda s: -len(by_speaker[s]))
            out.append(
                Disagreement(
                    "quote",
                    'who said: "' + " ".join(majority[:8]) + '…"',
                    tuple(
                        Variant(
                            entities[s].name if s in entities else s,
                            tuple(_place(spans[i][0].doc, spans[i][1].start, spans[i][1].end) for i in by_speaker[s]),
                            value=s,
                        )
                        for s in ordered
                    ),
                    speaker=name,
                )
            )
    return out


# --- stances ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sentence:
    ctx: ArticleContext
    index: int
    stems: frozenset[str]


def _content_stems(ctx: ArticleContext, index: int) -> frozenset[str]:
    words = ctx.words[index]
    return frozenset(
        s
        for (w, _, _), s in zip(words.tokens, words.stems, strict=True)
        if w not in FUNCTION_WORDS
        and w not in VERB_CLASS
        and w not in lexicon.NEGATORS
        and not w.endswith("n't")
        and len(w) > 2
    )


def _stance_label(attitude: str, negative: bool) -> str:
    return f"{attitude}, negated" if negative else attitude


def _stances(contexts: Sequence[ArticleContext]) -> list[Disagreement]:
    sentences = [_Sentence(ctx, i, _content_stems(ctx, i)) for ctx in contexts for i in range(len(ctx.doc.sentences))]
    sentences = [s for s in sentences if len(s.stems) >= STANCE_MIN_SHARED]
    index: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        for st in s.stems:
            index.setdefault(st, []).append(i)
    pairs = set()
    for i, s in enumerate(sentences):
        shared: dict[int, int] = {}
        for st in s.stems:
            postings = index[st]
            if len(postings) > 200:
                continue
            for j in postings:
                if j > i and sentences[j].ctx is not s.ctx:
                    shared[j] = shared.get(j, 0) + 1
        for j, n in shared.items():
            shorter = min(len(s.stems), len(sentences[j].stems))
            if n >= STANCE_MIN_SHARED and n / shorter >= STANCE_OVERLAP:
                pairs.add((i, j))
    out = []
    for members in _union(sorted(pairs), len(sentences)):
        group = [sentences[i] for i in members]
        if len({s.ctx.doc.path for s in group}) < 2:
            continue
        core = frozenset.intersection(*(s.stems for s in group))
        if len(core) < STANCE_MIN_SHARED - 1:
            continue
        readings: dict[str, list[tuple[_Sentence, int, str, str]]] = {}
        for s in group:
            words = s.ctx.words[s.index]
            positions = [i for i, st in enumerate(words.stems) if st in core]
            sent = s.ctx.doc.sentences[s.index]
            reading = read_sentence(s.ctx.doc.lower[sent.start : sent.end], positions, list(words.tokens))
            attitude, negative = reading.normalised()
            label = _stance_label(attitude, negative)
            said = s.ctx.doc.original(sent.start + reading.start, sent.start + reading.end)
            readings.setdefault(label, []).append((s, sent.start + reading.start, reading.attitude, said))
        if len(readings) < 2:
            continue
        variants = []
        for label, its in readings.items():
            firsts: dict[str, tuple[_Sentence, int]] = {}
            for s, at, _, _ in its:
                firsts.setdefault(s.ctx.doc.path, (s, at))
            places = tuple(_place(s.ctx.doc, at, at + 1, s.index) for s, at in firsts.values())
            # value: the stance, the attitude as read, and the words from the attitude verb to the content
            variants.append(Variant(label, places, value=(label, its[0][2], its[0][3])))
        variants.sort(key=lambda v: (-len(v.articles), v.text))
        first = group[0]
        s0 = first.ctx.doc.sentences[first.index]
        words_ = first.ctx.doc.original(s0.start, s0.end).split()
        topic = " ".join(words_[:12]) + ("…" if len(words_) > 12 else "")
        out.append(Disagreement("statement", topic, tuple(variants)))
    return out


# --- the whole comparison ---------------------------------------------------------------------


def compare(docs: Sequence[Document], progress: Progress | None = None) -> Comparison:
    """Return the disagreements between ``docs`` (read with ``read_article``), widest first."""
    name_disagreements, names = _names(docs)
    entities = _entities(names)
    story = Story.compile(ClaimsFile("", "", (), entities, ()))
    contexts = []
    candidates: list[tuple[int, Disagreement, set[tuple[str, int]]]] = []
    figures: list[_Item] = []
    dates: list[_Item] = []
    for i, doc in enumerate(docs, 1):
        ctx = ArticleContext(doc, story)
        contexts.append(ctx)
        figures.extend(_figure_items(ctx))
        dates.extend(_date_items(ctx))
        if progress is not None:
            progress(i, len(docs))
    candidates = _keyed_groups(figures, "quantity")
    chosen = _select(candidates)
    chosen += _select(_keyed_groups(dates, "date"))
    by_id = {e.id: e for e in entities}
    rest = name_disagreements + _quotes(contexts, by_id) + _stances(contexts)
    out = sorted(chosen + rest, key=lambda d: (_KIND_ORDER[d.kind], -len(d.articles), d.topic))
    return Comparison(out, names, [d.path for d in docs])


_KIND_ORDER = {"quantity": 0, "name": 1, "quote": 2, "statement": 3, "date": 4}


def render_text(result: Comparison) -> str:
    """Return the disagreements as text: one block per topic, the majority variant first."""
    lines = []
    for d in result.disagreements:
        lines.append(f"{d.kind} '{d.topic}': {len(d.variants)} variants in {len(d.articles)} article(s)")
        for i, v in enumerate(d.variants):
            mark = "majority" if i == 0 else "minority"
            lines.append(f"  {v.text}  ({len(v.articles)} article(s), {mark})")
            for change in v.diff:
                lines.append(f"      {change}")
            for p in v.places:
                lines.append(f"    {p.article}:{p.line}:{p.column}: {p.evidence}")
        lines.append("")
    n = len(result.disagreements)
    lines.append(f"{n} disagreement(s) between {len(result.articles)} article(s)")
    return "\n".join(lines) + "\n"
