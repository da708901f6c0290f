"""Split a page into articles and drop page furniture (spec/annotation.md "Articles").

A page is read line by line. A headline is a short line without final
punctuation that is followed by body text; of a run of such lines before the
body (a section label, the headline, a deck; captions may stand between) the
longest in title case is the headline and the later ones stay in its article. A headline
opens a new article when it starts the page, follows furniture or a line that
ends an article ("(*)", a credit), is followed by a dateline ("BLORA –"), or
comes after an article whose body is a single block (a listing page). Any other
short line is a subheading and stays in its article. Fragments ("fbpx",
".jpeg)") and captions never head an article nor make one on their own.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import regex

from .patterns import Lexicons

_TAG = re.compile(r"<(?:html|body|div|p|br|span|a|h[1-6]|article|section|script|style|meta|table|li|ul)\b[^>]{0,2000}>",
                  re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section",
               "header", "footer", "title", "blockquote"}
_SKIP_TAGS = {"script", "style", "noscript", "head"}


@dataclass(frozen=True, slots=True)
class Segment:
    """One article's place on its page: ``page[start:end]`` is the article text."""

    index: int
    start: int
    end: int
    headline: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    kind: str  # "furniture", "fragment", "caption", "candidate" (headline or subheading), "body"
    rule: str | None


class _TextFromHTML(HTMLParser):
    """Visible text of an HTML page, with a line break at every block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """True when the text is a page saved with its tags."""
    return len(_TAG.findall(text[:20000])) >= 2


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, one block per line."""
    parser = _TextFromHTML()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in html.unescape("".join(parser.parts)).splitlines())
    return "\n\n".join(line for line in lines if line)


def _title_case(text: str) -> bool:
    """Most longer words capitalised, as headlines are written ("KPU Blora Gelar Rapat Pleno")."""
    words = [w for w in re.findall(r"\w+", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.6 * len(words)


def _headline_of(run: list[_Line]) -> _Line:
    """The headline of a run of short lines before a body: the longest in title case, else the longest."""
    titled = [line for line in run if _title_case(line.text)] or run
    return max(titled, key=lambda line: len(line.text.split()))


class Segmenter:
    """Cuts pages into article segments using the furniture and headline rules in ``patterns/``."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.furniture = [(p.id, regex.compile(p.regex, regex.IGNORECASE)) for p in lexicons.furniture]
        self.datelines = [(p.id, regex.compile(p.regex)) for p in lexicons.datelines]
        self.captions = [(p.id, regex.compile(p.regex, regex.IGNORECASE)) for p in lexicons.captions]
        self.article_ends = [(p.id, regex.compile(p.regex)) for p in lexicons.article_ends]

    def _classify(self, text: str) -> tuple[str, str | None]:
        stripped = text.strip()
        if len(stripped) <= 300:
            for pattern_id, pattern in self.furniture:
                if pattern.fullmatch(stripped, timeout=1.0):
                    return "furniture", pattern_id
        words = stripped.split()
        lex = self.lexicons
        if len(words) <= lex.caption_max_words and not self._dateline(stripped):
            for pattern_id, pattern in self.captions:
                if pattern.search(stripped[-200:], timeout=1.0):
                    return "caption", pattern_id
        if self._ends_article(stripped):
            return "body", None
        if (len(words) <= lex.headline_max_words and len(stripped) <= lex.headline_max_chars
                and stripped[-1] not in lex.headline_final_punctuation
                and (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'“‘")):
            return "candidate", None
        if len(words) <= lex.fragment_max_words and stripped[-1] not in ".!?":
            return "fragment", None
        return "body", None

    def _lines(self, page: str) -> list[_Line]:
        lines = []
        for match in re.finditer(r"[^\n]+", page):
            text = match.group()
            if not text.strip():
                continue
            start = match.start() + (len(text) - len(text.lstrip()))
            end = match.end() - (len(text) - len(text.rstrip()))
            kind, rule = self._classify(text)
            lines.append(_Line(start, end, page[start:end], kind, rule))
        return lines

    def _dateline(self, text: str) -> str | None:
        for pattern_id, pattern in self.datelines:
            if pattern.match(text[:200], timeout=1.0):
                return pattern_id
        return None

    def _ends_article(self, text: str) -> bool:
        return any(pattern.search(text[-80:], timeout=1.0) for _, pattern in self.article_ends)

    @staticmethod
    def _run(lines: list[_Line], position: int) -> tuple[list[_Line], _Line | None]:
        """The candidate lines from ``position`` up to the next body line, and that body line (None at the end)."""
        run = []
        for later in lines[position:]:
            if later.kind == "body":
                return run, later
            if later.kind == "candidate":
                run.append(later)
        return run, None

    def segment(self, page: str) -> list[Segment]:
        """The articles of a page, in page order; none when the page holds no body text."""
        lines = self._lines(page)
        segments: list[Segment] = []
        current: dict | None = None  # headline, start, end, body_blocks, rule
        previous = "furniture"  # what came before: "furniture", "candidate", "body" or "end" (an article's last line)

        def close() -> None:
            if current and current["body_blocks"] > 0:
                segments.append(Segment(len(segments), current["start"], current["end"],
                                        current["headline"], current["rule"]))

        for position, line in enumerate(lines):
            if line.kind == "furniture":
                previous = "furniture"
                continue
            if line.kind == "fragment":
                continue
            if line.kind == "candidate":
                if current is not None and current["body_blocks"] == 0:
                    current["end"] = line.end  # a kicker or second title line under the headline
                    continue
                run, body = self._run(lines, position)
                if _headline_of(run) is not line:
                    continue  # a section label or kicker before the headline
                rule = None
                if body is not None:
                    dateline = self._dateline(body.text)
                    if current is None:
                        rule = "segment.first_headline"
                    elif previous == "furniture":
                        rule = "segment.after_furniture"
                    elif previous == "end":
                        rule = "segment.after_article_end"
                    elif dateline:
                        rule = dateline
                    elif current["body_blocks"] <= self.lexicons.listing_body_blocks:
                        rule = "segment.listing"
                if rule:
                    close()
                    current = {"headline": line.text, "start": line.start, "end": line.end,
                               "body_blocks": 0, "rule": rule}
                previous = "candidate"
                continue
            if current is None:
                if line.kind != "body":
                    continue  # a caption or fragment does not make an article on its own
                current = {"headline": None, "start": line.start, "end": line.end, "body_blocks": 0,
                           "rule": "segment.no_headline"}
            if line.kind == "body":
                current["body_blocks"] += 1
            current["end"] = line.end
            previous = "end" if line.kind == "body" and self._ends_article(line.text) else "body"
        close()
        return segments
