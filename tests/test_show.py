"""render_html: marks and quotes in the text, speakers tied to quotes, escaping, and a real headless browser."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kpu_extract.batch import extract_batch, read_folder
from kpu_extract.records import Article, DateMention, Event, Person, Quote, Span
from kpu_extract.show import event_summary, render_html

from conftest import SAMPLE

VOID = {"meta", "br", "img", "link", "input", "hr"}


class _Nesting(HTMLParser):
    """Counts marks and checks every tag closes in order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.classes: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        for cls in (dict(attrs).get("class") or "").split():
            self.classes[cls] = self.classes.get(cls, 0) + 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def _parsed(html: str) -> _Nesting:
    parser = _Nesting()
    parser.feed(html)
    assert not parser.errors and not parser.stack
    return parser


@pytest.fixture(scope="module")
def sample_articles(rules_extractor) -> list[Article]:
    return [a for a in extract_batch(read_folder(SAMPLE), rules_extractor) if isinstance(a, Article)]


def _article(text: str, persons=(), quotes=(), dates=(), events=()) -> Article:
    return Article("doc", 0, text.split("\n")[0], text, persons=list(persons), quotes=list(quotes),
                   dates=list(dates), events=list(events))


def test_sample_pages_render_well_formed_with_every_item(sample_articles):
    html = render_html(sample_articles)
    found = _parsed(html).classes
    quotes = [q for a in sample_articles for q in a.quotes]
    indirect = sum(q.kind == "indirect" for q in quotes)
    assert indirect and found["indirect"] == indirect + 1  # +1: the legend
    assert found["quote"] == len(quotes) + 2  # every quote, direct or reported, and the legend's two
    assert found["person"] <= sum(len(p.mentions) for a in sample_articles for p in a.persons) + 1
    assert found["person"] > 1 and found["org"] > 1 and found["date"] > 1
    assert html.count('<article id=') == len(sample_articles)


def test_record_dicts_render_like_articles(sample_articles):
    assert render_html([a.to_dict() for a in sample_articles]) == render_html(sample_articles)


def test_text_is_escaped_and_marks_nest_inside_quotes():
    text = 'Rapat <b>Pleno</b> & Evaluasi\n"Kami siap, Siti <ok>," ujar Siti Rahmawati.'
    q_start = text.index("Kami")
    siti = text.index("Siti <ok>")
    cue = text.index("Siti Rahmawati")
    person = Person("P1", "Siti Rahmawati", [Span(siti, siti + 4, "Siti"), Span(cue, cue + 14, "Siti Rahmawati")])
    quote = Quote(q_start, text.index('," ujar') + 1, text[q_start:text.index('," ujar') + 1], "P1", "Siti Rahmawati")
    html = render_html(_article(text, [person], [quote]))
    assert "<b>Pleno</b>" not in html and "&lt;b&gt;Pleno&lt;/b&gt; &amp; Evaluasi" in html
    assert "&lt;ok&gt;" in html
    inner = html[html.index('<span class="quote"'):html.index('— Siti Rahmawati')]
    assert '<mark class="person" data-id="P1"' in inner
    assert _parsed(html).classes["speaker"] == 2  # the quote's and the legend's


def test_a_mark_across_a_quote_edge_is_left_out_to_keep_nesting():
    text = 'Kata Budi "Santoso hadir" tadi.'
    name = text.index("Budi")
    quote_start = text.index("Santoso")
    person = Person("P1", "Budi Santoso", [Span(name, text.index('" tadi'), text[name:text.index('" tadi')])])
    quote = Quote(quote_start, text.index('" tadi'), text[quote_start:text.index('" tadi')], None, None)
    html = render_html(_article(text, [person], [quote]))
    assert _parsed(html).classes.get("person", 0) == 1  # only the legend
    assert "speaker unknown" in html


@pytest.mark.parametrize("event, expected", [
    (Event("MEETING", name="Ngopi Asli", date="2025-11-04", organizer="KPU Provinsi Jawa Tengah", mode="online",
           participants=["KPU Kabupaten Blora"], persons=["P1"]),
     "MEETING · “Ngopi Asli” · on 2025-11-04 · organized by KPU Provinsi Jawa Tengah · online · "
     "with KPU Kabupaten Blora · persons: Dewi Lestari"),
    (Event("SOCIALIZATION", location="Aula Kecamatan"), "SOCIALIZATION · at Aula Kecamatan"),
])
def test_event_summary_is_one_line(event, expected):
    article = _article("Judul\nIsi.", [Person("P1", "Dewi Lestari")], events=[event])
    assert event_summary(article) == expected


def test_no_event_is_said():
    assert event_summary(_article("Judul\nIsi.")) == "no event found"


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and how many distinct byte values the image data holds (1 for a blank page)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, at = [], 8
    while at < len(data):
        length = struct.unpack(">I", data[at:at + 4])[0]
        if data[at + 4:at + 8] == b"IDAT":
            chunks.append(data[at + 8:at + 8 + length])
        at += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    return width, height, len(set(pixels[:200_000]))


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium not installed (apt-get install -y --no-install-recommends chromium; .ci/run does it)")
    return found


def test_page_renders_in_a_headless_browser(chromium, sample_articles, tmp_path):
    page = tmp_path / "article.html"
    page.write_text(render_html(sample_articles), encoding="utf-8")
    shot = tmp_path / "article.png"
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}"]
    done = subprocess.run([*flags, "--enable-logging=stderr", "--v=0", f"--screenshot={shot}",
                           "--window-size=1200,1600", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert shot.exists(), done.stderr[-2000:]
    assert "Uncaught" not in done.stderr
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1200, 1600)
    assert colours > 2  # not a blank page
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert dom.count('<article id=') == len(sample_articles)
    assert '<mark class="person"' in dom and '<span class="quote"' in dom and '<mark class="date"' in dom
