"""One self-contained HTML page of a run (``factcheck report CLAIMS -o report.html``).

An articles x claims grid: each cell is the article's verdict on the claim (the worst of its
findings: contradicted, imprecise, unclear, accepted, supported, else not mentioned), shown by a
symbol and a word as well as a colour, so it reads in greyscale and to a screen reader. Counts per
claim and per article sit at the ends of rows and columns. Each cell links to its findings below
the grid: the message, expected and found, the evidence sentence with the found words marked,
and for a quote the word changes. No network: the CSS and the little JS (arrow keys move between
cells) are inline; without JS the page still works (cells are links to their findings). On a
narrow screen the grid scrolls sideways with the article names kept in view.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.model import ClaimsFile, Finding, Verdict
from factcheck.quotes import word_diff
from factcheck.text import fold, fold_simple, words


@dataclass(frozen=True)
class Status:
    """A cell's verdict as shown: its CSS class, symbol, word and rank (0 is the worst)."""

    key: str
    symbol: str
    label: str
    rank: int


STATUSES = (
    Status("contradicted", "✗", "contradicted", 0),
    Status("imprecise", "≈", "imprecise", 1),
    Status("unclear", "?", "unclear", 2),
    Status("accepted", "⊘", "accepted", 3),
    Status("supported", "✓", "supported", 4),
    Status("none", "·", "not mentioned", 5),
)
_BY_KEY = {s.key: s for s in STATUSES}


def status_of(f: Finding) -> Status:
    """Return how one finding is shown: a suppressed conflict is accepted, else its verdict."""
    if f.suppressed is not None and f.verdict is not Verdict.SUPPORTED:
        return _BY_KEY["accepted"]
    return _BY_KEY[f.verdict.value]


def cell_status(findings: Sequence[Finding]) -> Status:
    """Return the worst status of a cell's findings (not mentioned when there is none)."""
    return min((status_of(f) for f in findings), key=lambda s: s.rank, default=_BY_KEY["none"])


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def highlight(evidence: str, found: str) -> str:
    """Return ``evidence`` as HTML with ``found`` marked (accents, case and spacing aside)."""
    target = fold_simple(found).lower().split()
    if target:
        folded, to_source = fold(evidence)
        pattern = r"\s+".join(re.escape(w) for w in target)
        m = re.search(pattern, folded.lower())
        if m:
            a, b = to_source(m.start()), to_source(m.end() - 1) + 1
            return f"{_e(evidence[:a])}<mark>{_e(evidence[a:b])}</mark>{_e(evidence[b:])}"
    return _e(evidence)


_CSS = """
:root{--bad:#b3261e;--warn:#8a5a00;--unclear:#5b4b8a;--ok:#1e6b34;--acc:#555;--bg:#fff;--fg:#1b1b1b}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;
padding:1rem;color:var(--fg);background:var(--bg)}h1{font-size:1.3rem;margin:.2rem 0}h2{font-size:1.1rem}
.summary{display:flex;flex-wrap:wrap;gap:.4rem;margin:.6rem 0;padding:0;list-style:none}
.summary li{border:1px solid #ccc;border-radius:4px;padding:.15rem .5rem}
.legend{font-size:.9rem;color:#333}.grid-wrap{overflow-x:auto;border:1px solid #ddd;max-width:100%}
table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:0;text-align:center;min-width:2.6rem}
thead th{font-weight:600;font-size:.8rem;padding:.3rem;vertical-align:bottom;background:#f6f6f6}
thead th span{display:block;writing-mode:vertical-rl;transform:rotate(180deg);max-height:11rem;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin:auto}
th[scope=row]{position:sticky;left:0;background:#f6f6f6;text-align:left;font-weight:500;padding:.2rem .4rem;
max-width:16rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;z-index:1}
td a{display:block;padding:.35rem .2rem;text-decoration:none;color:inherit;font-weight:700;font-size:1.05rem}
td a:focus{outline:3px solid #0b57d0;outline-offset:-3px}
.v-contradicted{background:#fbe3e1;color:var(--bad)}.v-imprecise{background:#fff1cc;color:var(--warn)}
.v-unclear{background:#ece7f7;color:var(--unclear)}.v-accepted{background:#eee;color:var(--acc)}
.v-supported{background:#e3f3e6;color:var(--ok)}.v-none{color:#999}
td.count,th.count{font-size:.8rem;font-weight:400;padding:.2rem .3rem;background:#fafafa;white-space:nowrap}
.details{margin-top:1.2rem}.cell{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
.cell:target{outline:3px solid #0b57d0}.finding{border-top:1px dashed #ccc;padding:.4rem 0}
.finding:first-of-type{border-top:0}.tag{display:inline-block;border-radius:3px;padding:0 .35rem;font-weight:700}
mark{background:#ffe066;color:#000;padding:0 .1rem}blockquote{margin:.3rem 0;padding:.3rem .6rem;
border-left:4px solid #ccc;background:#fafafa}.diff{margin:.2rem 0 .2rem 1.2rem;padding:0}
.diff li{font-family:ui-monospace,monospace;font-size:.9rem}dl{display:grid;grid-template-columns:max-content 1fr;
gap:.1rem .6rem;margin:.3rem 0}dt{color:#555}dd{margin:0;overflow-wrap:anywhere}
.back{font-size:.85rem}
@media (max-width:600px){body{padding:.5rem;font-size:14px}th[scope=row]{max-width:8.5rem}
dl{grid-template-columns:1fr}dt{margin-top:.3rem}}
"""

_JS = """
(function(){var t=document.getElementById('grid');if(!t)return;
t.addEventListener('keydown',function(e){var a=e.target;if(!a.matches||!a.matches('td a'))return;
var td=a.parentElement,tr=td.parentElement,col=Array.prototype.indexOf.call(tr.children,td),row=tr,n=null;
if(e.key==='ArrowRight')n=td.nextElementSibling;else if(e.key==='ArrowLeft')n=td.previousElementSibling;
else if(e.key==='ArrowDown'){row=tr.nextElementSibling;n=row&&row.children[col];}
else if(e.key==='ArrowUp'){row=tr.previousElementSibling;n=row&&row.children[col];}else return;
var link=n&&n.querySelector('a');if(link){e.preventDefault();link.focus();}});})();
"""


def render_html(
    claims: ClaimsFile,
    findings: Sequence[Finding],
    articles: Sequence[str],
    *,
    title: str | None = None,
) -> str:
    """Return the report page of one run: ``findings`` of ``articles`` (include supported ones)."""
    columns = [(c.id, c.kind) for c in claims.claims] + [(e.id, "name") for e in claims.entities]
    texts = {c.id: getattr(c, "text", "") for c in claims.claims}
    cells: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        cells.setdefault((f.article, f.claim), []).append(f)
    rows = list(dict.fromkeys([*articles, *(f.article for f in findings)]))
    grid: dict[tuple[str, str], Status] = {(a, c): cell_status(cells.get((a, c), ())) for a in rows for c, _ in columns}
    totals = {s.key: sum(1 for v in grid.values() if v is s) for s in STATUSES}
    name = title or claims.story or "factcheck report"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(name)} — factcheck</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(name)}</h1>",
        f"<p>{len(rows)} article(s) × {len(columns)} claim(s) and name(s), checked against <code>"
        f"{_e(claims.path)}</code>.</p>",
        '<ul class="summary" id="summary" aria-label="cells by verdict">',
    ]
    for s in STATUSES:
        out.append(
            f'<li class="v-{s.key}" data-status="{s.key}" data-count="{totals[s.key]}">'
            f'<span aria-hidden="true">{s.symbol}</span> {s.label}: <strong>{totals[s.key]}</strong></li>'
        )
    out.append("</ul>")
    legend = ", ".join(f"{s.symbol} {s.label}" for s in STATUSES)
    out.append(
        f'<p class="legend">Each cell is an article\'s verdict on a claim: {_e(legend)}. '
        "Select a cell (Tab, arrow keys, Enter) for its evidence.</p></header>"
    )
    out.append('<main><div class="grid-wrap" role="region" aria-label="verdicts" tabindex="0">')
    out.append('<table id="grid"><caption class="legend">Articles (rows) × claims (columns)</caption><thead><tr>')
    out.append('<th scope="col">article</th>')
    for cid, kind in columns:
        out.append(f'<th scope="col" title="{_e(kind)}: {_e(cid)}"><span>{_e(cid)}</span></th>')
    out.append('<th scope="col" class="count">conflicts</th></tr></thead><tbody>')
    for r, article in enumerate(rows):
        out.append(f'<tr data-article="{_e(article)}"><th scope="row" title="{_e(article)}">{_e(article)}</th>')
        for c, (cid, _) in enumerate(columns):
            s = grid[(article, cid)]
            label = f"{article}, {cid}: {s.label}"
            if s.key == "none":
                out.append(
                    f'<td class="v-none" data-status="none" title="{_e(label)}">'
                    f'<span aria-label="{_e(label)}">{s.symbol}</span></td>'
                )
            else:
                out.append(
                    f'<td class="v-{s.key}" data-status="{s.key}" data-claim="{_e(cid)}">'
                    f'<a href="#cell-{r}-{c}" title="{_e(label)}" aria-label="{_e(label)}">{s.symbol}</a></td>'
                )
        conflicts = sum(1 for cid, _ in columns if grid[(article, cid)].rank <= 2)
        out.append(f'<td class="count" data-conflicts="{conflicts}">{conflicts}</td></tr>')
    out.append('</tbody><tfoot><tr><th scope="row">conflicts</th>')
    for cid, _ in columns:
        n = sum(1 for a in rows if grid[(a, cid)].rank <= 2)
        out.append(f'<td class="count" data-claim="{_e(cid)}" data-conflicts="{n}">{n}</td>')
    out.append("<td></td></tr></tfoot></table></div>")
    out.append('<section class="details" aria-label="evidence"><h2>Evidence</h2>')
    for r, article in enumerate(rows):
        for c, (cid, kind) in enumerate(columns):
            group = sorted(cells.get((article, cid), ()), key=lambda f: (status_of(f).rank, f.line, f.column))
            if not group:
                continue
            s = grid[(article, cid)]
            out.append(
                f'<article class="cell" id="cell-{r}-{c}"><h3><span class="tag v-{s.key}">{s.symbol} {s.label}</span> '
                f"{_e(cid)} <small>({_e(kind)})</small> in {_e(article)}</h3>"
            )
            for f in group:
                out.append(_finding_html(f, texts.get(cid, "")))
            out.append('<p class="back"><a href="#grid">back to the grid</a></p></article>')
    out.append("</section></main>")
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out) + "\n"


def _finding_html(f: Finding, claim_text: str) -> str:
    s = status_of(f)
    parts = [
        f'<div class="finding" data-status="{s.key}"><p><span class="tag v-{s.key}">{s.symbol} {s.label}</span> '
        f"<code>{_e(f.display_path())}:{f.line}:{f.column}</code> — {_e(f.message)}</p><dl>",
        f"<dt>expected</dt><dd>{_e(f.expected)}</dd><dt>found</dt><dd>{_e(f.found)}</dd>",
        f"<dt>confidence</dt><dd>{f.confidence:.2f}</dd>",
    ]
    if f.suppressed is not None:
        parts.append(f"<dt>{_e(f.suppressed.kind)}</dt><dd>{_e(f.suppressed.reason or '(no reason)')}</dd>")
    parts.append("</dl>")
    parts.append(f"<blockquote>{highlight(f.evidence, f.found)}</blockquote>")
    if f.kind == "quote" and claim_text and f.verdict is not Verdict.SUPPORTED:
        changes = word_diff(words(f.found), words(claim_text))
        if changes:
            items = "".join(f"<li>{_e(c)}</li>" for c in changes)
            parts.append(f'<p>Words changed against the claim:</p><ul class="diff" aria-label="word diff">{items}</ul>')
    parts.append("</div>")
    return "".join(parts)
