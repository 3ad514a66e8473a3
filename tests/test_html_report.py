import io
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.cli import _progress, run_cli
from factcheck.html_report import STATUSES, cell_status, highlight, render_html, status_of
from factcheck.model import Finding, Severity, Suppression, Verdict
from factcheck.project import run

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = Path(tempfile.gettempdir()) / "factcheck-report.png"


def _finding(verdict, claim="c", suppressed=None):
    return Finding(
        "a.txt",
        claim,
        "quantity",
        verdict,
        Severity.ERROR,
        "145",
        "144",
        1,
        1,
        "It killed 144 people.",
        "found 144",
        suppressed=suppressed,
    )


def test_cell_status_is_the_worst_finding():
    assert cell_status([]).key == "none"
    assert cell_status([_finding(Verdict.SUPPORTED), _finding(Verdict.IMPRECISE)]).key == "imprecise"
    accepted = _finding(Verdict.CONTRADICTED, suppressed=Suppression("accepted", "interim"))
    assert status_of(accepted).key == "accepted"
    assert cell_status([accepted, _finding(Verdict.SUPPORTED)]).key == "accepted"
    assert cell_status([accepted, _finding(Verdict.UNCLEAR)]).key == "unclear"
    assert len({s.symbol for s in STATUSES}) == len(STATUSES)  # told apart without colour


def test_highlight_marks_the_found_words_and_escapes():
    assert highlight("It killed 144 <people>.", "144") == "It killed <mark>144</mark> &lt;people&gt;."
    assert highlight("Stéphane  Séjourné said", "Stephane Sejourne") == "<mark>Stéphane  Séjourné</mark> said"
    assert highlight("nothing here", "145") == "nothing here"


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.external = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.external.append((tag, value))
        if tag in ("link", "img", "iframe"):
            self.external.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory):
    result = run(str(ROOT / "claims.yaml"), include_supported=True, baseline=False)
    page = render_html(result.claims, result.findings, result.checked)
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(page, encoding="utf-8")
    return path, page


def test_page_is_self_contained_with_grid_counts_and_evidence(seeds_page):
    _, page = seeds_page
    parser = _Collect()
    parser.feed(page)
    assert parser.external == []  # no network: no external src/href, no <link>
    assert "<style>" in page and "<script>" in page
    assert page.count('<tr data-article="') == 5
    assert 'data-status="contradicted" data-claim="death-toll"' in page
    assert "<mark>144</mark>" in page
    assert "'lies' -&gt; 'false'" in page or "-&gt; &#x27;false&#x27;" in page  # the quote's word diff
    assert 'name="viewport"' in page


def test_cli_report_writes_the_page(tmp_path, capsys):
    out = tmp_path / "r.html"
    assert run_cli(["report", str(ROOT / "claims.yaml"), "-o", str(out), "--no-baseline"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "wrote" in capsys.readouterr().err
    assert run_cli(["report", str(ROOT / "claims.yaml"), "-o", str(tmp_path / "q.html"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _browser(args, tmp_path):
    exe = _chromium()
    if exe is None:
        pytest.skip("headless Chromium is not installed (apt-get install chromium; .ci/run does it when apt exists)")
    profile = tempfile.mkdtemp(dir=tmp_path)
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run([exe, *flags, *args], capture_output=True, text=True, timeout=120)


def test_report_renders_in_headless_chromium(seeds_page, tmp_path):
    path, _ = seeds_page
    done = _browser(["--dump-dom", path.as_uri()], tmp_path)
    dom = done.stdout
    assert "<table" in dom, done.stderr[-2000:]
    # After rendering: 5 article rows, 16 claim and name columns, the counts as rendered.
    rows = re.findall(r'<tr data-article="([^"]+)"', dom)
    assert len(rows) == 5
    first = dom.split('<tr data-article="')[3]  # seeds/002
    assert first.startswith("seeds/002")
    assert first.split("</tr>")[0].count("<td") == 17
    toll = re.search(r'<td class="count" data-claim="death-toll" data-conflicts="(\d+)">', dom)
    assert toll and int(toll.group(1)) >= 2
    counts = dict(re.findall(r'<li class="v-[a-z]+" data-status="([a-z]+)" data-count="(\d+)"', dom))
    assert int(counts["contradicted"]) >= 5 and int(counts["supported"]) >= 5
    assert sum(int(v) for v in counts.values()) == 5 * 16
    shot = _browser(["--screenshot=" + str(SCREENSHOT), "--window-size=1280,900", path.as_uri()], tmp_path)
    assert SCREENSHOT.exists() and SCREENSHOT.stat().st_size > 10_000, shot.stderr[-2000:]
    phone = tmp_path / "phone.png"
    _browser(["--screenshot=" + str(phone), "--window-size=390,844", path.as_uri()], tmp_path)
    assert phone.exists()
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_progress_only_on_a_terminal_and_never_when_quiet():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert _progress(io.StringIO(), "auto") is None
    assert _progress(Tty(), "auto", quiet=True) is None
    assert _progress(Tty(), "never") is None
    stream = Tty()
    report = _progress(stream, "always")
    assert report is not None
    for i in range(1, 4):
        report(i, 3)
    assert "factcheck:" in stream.getvalue() and "/3" in stream.getvalue()
    quick = Tty()
    report = _progress(quick, "auto")
    report(1, 2)
    report(2, 2)
    assert quick.getvalue() == ""  # shorter than a second: no bar
