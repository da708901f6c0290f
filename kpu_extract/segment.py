"""Split a page into articles and drop page furniture (spec/annotation.md "Articles").

A page is read line by line. A headline is a short line without final
punctuation that is followed by body text; of a run of such lines before the
body (a section label, the headline, a deck; captions may stand between) the
first in title case that is no short section label is the headline and the later ones stay in its article. A headline
opens a new article when it starts the page, follows furniture or a line that
ends an article ("(*)", a credit), is followed by a dateline ("BLORA –"), or
is no numbered item and comes after an article whose body is a single block (a
listing page). Any other short line is a subheading and stays in its article; a
publication stamp or byline between a headline and its body marks an article's own headline, as
subheadings have none. Fragments ("fbpx", ".jpeg)") and captions never head
an article nor make one on their own; nor do a line opening like a sentence
("Hadir sebagai peserta, ..."), a line wrapped into the next, a dateline alone
on its line, or a credit of a word or two over a caption. After a sidebar of other posts or a
comment form nothing on the page is an article.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser

from . import rx
from .patterns import Lexicons, alternation
from .sentences import SentenceBreaks

_TAG = rx.compile(r"<(?:html|body|div|p|br|span|a|h[1-6]|article|section|script|style|meta|table|li|ul)\b[^>]{0,2000}>",
                  rx.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section",
               "header", "footer", "title", "blockquote"}
_SKIP_TAGS = {"script", "style", "noscript", "head"}
# A full stop after a word, a bracket or a closing quotation mark and a capital after it: two sentences, so no
# headline ("Rabu (17/2/2016). Namun, ada", "“... tetap dijaga”. Kata Ketua").
_SENTENCE_BREAK = rx.compile(r"(?:[a-z]{3,}|\)|[\"”’])(?P<stop>[.!?])[\"”’]?\s+[A-Z]")
# A numbered item ("1. ...", "2) ..."): under a one-block article, one of its sections or list items, not a teaser.
_NUMBERED = rx.compile(r"\d{1,2}[.)]\s")
_WORD = rx.compile(r"\w+")
_LINE = rx.compile(r"[^\n]+")
# A line cut off with an ellipsis ("... bagi PPK …", "[…]"): a teaser's excerpt on a listing page, never a headline.
_ELLIPSIS_END = rx.compile(r"(?:\.\.\.|…)\s*\]?\s*$")
# The parts of a meta line ("Penulis Admin | 12 Januari 2024 | Dibaca 70 kali").
_META_SEPARATOR = rx.compile(r"\s+[|•·]\s+|\s*\|\s*")
# Marks a page may print before a furniture line ("» Baca juga: ...", "• Bagikan").
_LIST_MARKS = "-–—•·»›>*▶►■● \t"
# What a page title adds to its headline: the site's name after a bar or dash ("... | KPU Kabupaten Kendal").
_SITE_SUFFIX = rx.compile(r"(?:\s+[|–—-]\s+\S.{0,80})?")
# A run line of at most this many words before a longer line is a section label or kicker, not the headline.
_LABEL_MAX_WORDS = 2
# "Ketua KPU X Nama, mengatakan ...": a comma before a lower-case word goes on with a lead's sentence, no headline
_CLAUSE_GOES_ON = rx.compile(r",\s*[a-z]")
# a comma that lists, not a decimal one ("1,4 Juta")
_LIST_COMMA = rx.compile(r",(?!\d)")
# A line opening with a plain lower-case word ("dihadiri Muspika, ...") goes on a sentence begun above it; a site's
# domain ("kab-blora.kpu.go.id –") or a prefixed word ("e-Coklit") is no such word.
_LOWER_WORD = rx.compile(r"[a-z]+(?![\w.\-@/])")
# A bullet before a teaser's title on a listing ("• KPU Kendal Gelar Bimtek PPK"): no part of the line's text.
_BULLET = rx.compile(r"[•·▪►▶■●]\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    """One article's place on its page: ``page[start:end]`` is the article text; ``inline_furniture`` holds the
    spans, in the article's offsets, of the lines printed inside it that are furniture ("Baca juga: ...", an ad)."""

    index: int
    start: int
    end: int
    headline: str | None
    rule: str
    inline_furniture: tuple[tuple[int, int], ...] = ()


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


def _speech_line(text: str) -> bool:
    """A line that ends a sentence inside its closing mark or is all in quotation marks (“Siap!”, "Terima kasih"):
    after an article's body such a short line is its speech, not a fragment like "fbpx" or ".jpeg)"."""
    inner = text.rstrip(rx.CLOSING_QUOTES)
    return inner[-1:] in (".", "!", "?") or (len(inner) < len(text) and text[0] in rx.OPENING_QUOTES and len(inner) > 1)


def _long_words(text: str) -> list[str]:
    """The words of more than three letters, those whose case tells title case from sentence case."""
    return [w for w in _WORD.findall(text) if len(w) > 3]


def _title_case(text: str) -> bool:
    """Most longer words capitalised, as headlines are written ("KPU Blora Gelar Rapat Pleno")."""
    words = _long_words(text)
    return bool(words) and sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.6 * len(words)


def _headline_of(run: list[_Line], label_max_words: int) -> _Line:
    """The headline of a run of short lines before a body: the first in title case, else the first.

    A line of a few words above a longer one is a section label ("Berita Daerah", "Pilkada Kabupaten Lumbung 2029"):
    one of up to ``label_max_words`` words gives way to a longer title-case line, one of a word or two to any line.
    A title-case line under the headline is its photo caption or kicker ("Komisioner KPU X, Nama"), however long.
    A headline printed twice (in a title bar, then over the article) is its last copy, where the article starts; a
    page title that is the headline with the site's name after it gives way to the headline below it."""
    sizes = [len(line.text.split()) for line in run]

    def without_labels(max_words: int) -> list[_Line]:
        return [line for i, line in enumerate(run)
                if not (sizes[i] <= max_words and any(size > sizes[i] for size in sizes[i + 1:]))] or run

    titles = without_labels(_LABEL_MAX_WORDS)
    titled = ([line for line in without_labels(label_max_words) if _title_case(line.text)]
              or [line for line in titles if _title_case(line.text)])
    chosen = titled[0] if titled else titles[0]
    copies = [line for line in run[run.index(chosen) + 1:]
              if chosen.text.startswith(line.text) and _SITE_SUFFIX.fullmatch(chosen.text[len(line.text):])]
    return copies[-1] if copies else chosen


class Segmenter:
    """Cuts pages into article segments using the furniture and headline rules in ``patterns/``."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.breaks = SentenceBreaks(lexicons)
        calendar = [s for entry in (*lexicons.weekdays, *lexicons.months) for s in entry.spellings if len(s) > 2]
        self.calendar_word = rx.compile(rf"(?<!\w)(?:{alternation(calendar)})(?!\w)", rx.IGNORECASE)
        self.furniture = [(p.id, rx.compile(p.regex, rx.IGNORECASE)) for p in lexicons.furniture]
        self.furniture_effect = {p.id: p.effect for p in lexicons.furniture if p.effect}
        self.datelines = [(p.id, rx.compile(p.regex)) for p in lexicons.datelines]
        self.captions = [(p.id, rx.compile(p.regex, rx.IGNORECASE)) for p in lexicons.captions]
        self.article_ends = [(p.id, rx.compile(p.regex)) for p in lexicons.article_ends]
        self.sentence_openers = [(p.id, rx.compile(p.regex, rx.IGNORECASE)) for p in lexicons.sentence_openers]

    def _furniture(self, text: str) -> str | None:
        """The id of the furniture pattern the whole line matches; a meta line whose parts are all furniture
        ("Admin | 12 Januari 2024 | Dibaca 70 kali") is furniture of its first part's kind."""
        if len(text) > 500:
            return None
        unmarked = text.lstrip(_LIST_MARKS)
        kind = self._furniture_kind(text, *([unmarked] if unmarked and unmarked != text else []))
        if kind:
            return kind
        parts = [part for part in _META_SEPARATOR.split(text) if part]
        if len(parts) < 2:
            return None
        kinds = [self._furniture_kind(part) for part in parts]
        return kinds[0] if all(kinds) else None

    def _furniture_kind(self, *forms: str) -> str | None:
        """The id of the first furniture pattern that one of ``forms`` of a line matches whole."""
        return next((pattern_id for pattern_id, pattern in self.furniture
                     if any(pattern.fullmatch(form) for form in forms)), None)

    def _classify(self, text: str) -> tuple[str, str | None]:
        stripped = text.strip()
        furniture = self._furniture(stripped)
        if furniture:
            return "furniture", furniture
        words = stripped.split()
        lex = self.lexicons
        if len(words) <= lex.caption_max_words and not self._dateline(stripped):
            for pattern_id, pattern in self.captions:
                if pattern.search(stripped):
                    return "caption", pattern_id
        if self._ends_article(stripped) and not self._bracketed_title(stripped):
            return "body", None
        if self._dateline_alone(stripped):
            return "body", "segment.dateline_alone"
        opener = self._sentence_opener(stripped)
        if opener:
            return ("fragment" if len(words) <= lex.fragment_max_words else "body"), opener
        if (len(words) <= lex.headline_max_words and len(stripped) <= lex.headline_max_chars
                and self._headline_ending(stripped) and self._headline_opening(stripped)
                and not self._sentence_break(stripped)):
            return "candidate", None
        if len(words) <= lex.fragment_max_words and stripped[-1] not in ".!?":
            return "fragment", "segment.short_speech" if _speech_line(stripped) else None
        return "body", None

    def _sentence_break(self, text: str) -> bool:
        """Two sentences in one line: a stop after a word, then a capital; not after an abbreviation ("KPU Prov. NTB",
        "Rapat Bersama KPU Prov. Lumbung"), which a headline may write."""
        return any(not self.breaks.ends_with_abbreviation(text[:match.start("stop") + 1])
                   for match in _SENTENCE_BREAK.finditer(text))

    def _sentence_opener(self, text: str) -> str | None:
        """The id of the sentence opener the line starts with ("Hadir sebagai peserta, ...", "Turut hadir ...")."""
        return next((pattern_id for pattern_id, pattern in self.sentence_openers if pattern.match(text)), None)

    def _dateline_alone(self, text: str) -> bool:
        """A dateline that is the whole line ("Lampung Utara,lampungvisual.com"): its lead starts on the next line,
        so the line opens the article's body and is no headline."""
        return any((match := pattern.match(text)) and match.end() == len(text) for _, pattern in self.datelines)

    def _bracketed_title(self, text: str) -> bool:
        """A title-case line closing with a bracket right after a word ("Rapat Koordinasi Pemilih Berkelanjutan (DPB)",
        "KPU Kendal Gelar Bimtek PPK (Video)"): a headline's acronym or tag, no credit after a sentence."""
        if (len(text.split()) > self.lexicons.headline_max_words or not _title_case(text)
                or not (text[0].isupper() or text[0].isdigit())):
            return False
        for _, pattern in self.article_ends:
            match = pattern.search(text)
            if match:
                kept = text[:match.start()].rstrip()
                return (len(kept.split()) >= 3 and kept[-1] not in ".!?\"”’)…"
                        and text.rstrip()[-1] in ")]")
        return False

    def _headline_ending(self, text: str) -> bool:
        """No final punctuation, or a question, exclamation or closing quotation written in title case
        ("Lho Kok Bisa?", "Ketua KPU: “Pemilih Harus Cerdas”")."""
        if text[-1] not in self.lexicons.headline_final_punctuation:
            return True
        if text[0] in rx.OPENING_QUOTES or len(_long_words(text)) < 3 or not _title_case(text):
            return False
        if text[-1] in "?!":
            return True
        inner = text.rstrip(rx.CLOSING_QUOTES)
        return len(inner) < len(text) and inner[-1:].isalnum()

    @staticmethod
    def _headline_opening(text: str) -> bool:
        """A capital, digit or quote first; a title-case line may open with a stray mark ("ĺPENINGKATAN", "e-Coklit")."""
        return (text[0].isupper() or text[0].isdigit() or text[0] in rx.OPENING_QUOTES
                or (text[0].isalpha() and _title_case(text) and not _LOWER_WORD.match(text)))

    def _cut_body(self, text: str, before: _Line | None) -> bool:
        """The page's last line cut mid-sentence: a lead opening with a dateline, a sentence-case line, a line
        stopping at a function word or speech verb or listing with commas, as headlines do not ("Peserta rapat antara
        lain Dandim 0101 Lumbung, Kapolres Lumbung, Ang"), or a line much longer than the headline just above it
        ("29 Apr 2016 | By kpukabpati PATI – Jumat ...")."""
        lex = self.lexicons
        if len(text.split()) <= 2 * lex.fragment_max_words:
            return False  # a credit or a stray word ("By : MM", "KBID-BE")
        if self._dateline(text) or not _title_case(text):
            return True
        if (text.split()[-1].casefold() in lex.cut_sentence_end_words
                or len(_LIST_COMMA.findall(text)) >= lex.cut_sentence_min_commas):
            return True
        return (before is not None and before.kind == "candidate"
                and len(text.split()) >= 2 * len(before.text.split()))

    def _lines(self, page: str) -> list[_Line]:
        lines = []
        for match in _LINE.finditer(page):
            text = match.group()
            if not text.strip():
                continue
            start = match.start() + (len(text) - len(text.lstrip()))
            end = match.end() - (len(text) - len(text.rstrip()))
            bullet = _BULLET.match(page, start, end)
            if bullet and bullet.end() < end:
                start = bullet.end()
            kind, rule = self._classify(page[start:end])
            lines.append(_Line(start, end, page[start:end], kind, rule))
        for i in range(len(lines) - 2, -1, -1):
            if lines[i].kind == "candidate" and self._wrapped(page, lines[i], lines[i + 1]):
                lines[i] = _Line(lines[i].start, lines[i].end, lines[i].text, "body", "segment.wrapped")
        if len(lines) > 1 and lines[1].kind == "body" and self._headline_with_stop(lines[0]):
            first = lines[0]
            lines[0] = _Line(first.start, first.end, first.text, "candidate", "segment.headline_with_stop")
        if lines and lines[-1].kind == "candidate" and self._cut_body(lines[-1].text, (lines[-2:-1] or [None])[0]):
            last = lines[-1]
            lines[-1] = _Line(last.start, last.end, last.text, "body", "segment.cut_body")
        return lines

    def _headline_with_stop(self, line: _Line) -> bool:
        """A page's first line, over its body, that is a title-case headline closed by a stop or an ellipsis ("KPU
        Lumbung Gelar Simulasi Pemungutan Suara."): one sentence of a headline's length, no greeting, date or
        furniture once the stop is gone."""
        text = line.text
        if line.kind != "body" or line.rule is not None or not text.rstrip(rx.CLOSING_QUOTES).endswith("."):
            return False
        lex = self.lexicons
        return (len(text.split()) <= lex.headline_max_words and len(text) <= lex.headline_max_chars
                and _title_case(text) and self._headline_opening(text) and not self._sentence_break(text)
                and not self._dateline(text) and not _CLAUSE_GOES_ON.search(text)
                and not self._furniture(text.rstrip(". ")) and not self.calendar_word.search(text)
                and not any(text.casefold().startswith(g.casefold()) for g in lex.greetings))

    @staticmethod
    def _wrapped(page: str, line: _Line, below: _Line) -> bool:
        """A short line whose sentence goes on in the line right under it, as text wrapped at a fixed width is:
        the line below opens with a plain lower-case word, or is itself such a wrapped line and this one is in
        sentence case ("Acara yang digelar di Pendopo" / "Kecamatan Kota Senin (16/5) ini" / "dihadiri ...")."""
        if page.count("\n", line.end, below.start) != 1 or below.kind != "body":
            return False
        return bool(_LOWER_WORD.match(below.text)) or (below.rule == "segment.wrapped" and not _title_case(line.text))

    def _dateline(self, text: str) -> str | None:
        for pattern_id, pattern in self.datelines:
            if pattern.match(text[:200]):
                return pattern_id
        return None

    def _ends_article(self, text: str) -> bool:
        """The line closes its article: a credit after its last sentence, or an excerpt cut with an ellipsis."""
        return any(pattern.search(text[-80:]) for _, pattern in self.article_ends) or bool(_ELLIPSIS_END.search(text))

    def _before_credit(self, page: str, start: int, end: int) -> int:
        """Where the article ends: before a credit after its last sentence ("... berlangsung. (*)", "2024. M.Muh-")."""
        tail_start = max(start, end - 120)
        tail = page[tail_start:end]
        for _, pattern in self.article_ends:
            match = pattern.search(tail)
            if match and match.start() > 0:
                kept = tail[:match.start()].rstrip()
                if kept and kept[-1] in ".!?\"”’)":
                    return tail_start + len(kept)
        return end

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

    def _teaser_title(self, text: str, headline: str | None) -> bool:
        """A listing's next title: in title case, or short, or in the case the listing's last title is in (a listing
        prints its titles alike); a long sentence-case line under a title-case headline's one-block lead is that
        lead's next sentence without its full stop ("Masa itu, sesuai pengumuman nomor ...")."""
        return (_title_case(text) or len(text.split()) <= self.lexicons.listing_sentence_case_max_words
                or not _title_case(headline or ""))

    def _effect(self, line: _Line) -> str | None:
        """What a furniture line does besides being furniture (furniture.yaml ``effect``)."""
        return self.furniture_effect.get(line.rule) if line.kind == "furniture" else None

    def _stamped(self, lines: list[_Line], position: int, body: _Line) -> bool:
        """A publication stamp, byline or view count stands between the headline at ``position`` and its body:
        an article's own headline, as a subheading has none ("Kamis, 8 Januari 2024 | Admin")."""
        for later in lines[position + 1:]:
            if later is body:
                return False
            if self._effect(later) == "stamp":
                return True
        return False

    def segment(self, page: str) -> list[Segment]:
        """The articles of a page, in page order; none when the page holds no body text."""
        lines = self._lines(page)
        segments: list[Segment] = []
        current: dict | None = None  # headline, start, end, body_blocks, rule, inline (furniture lines inside)
        previous = "furniture"  # what came before: "furniture", "candidate", "body" or "end" (an article's last line)

        def close() -> None:
            if current and current["body_blocks"] > 0:
                start, end = current["start"], self._before_credit(page, current["start"], current["end"])
                inline = tuple((line.start - start, line.end - start) for line in current["inline"]
                               if line.end <= end)
                segments.append(Segment(len(segments), start, end, current["headline"], current["rule"], inline))

        teaser_next = False
        for position, line in enumerate(lines):
            effect = self._effect(line)
            if effect in ("inline", "teaser_label"):
                teaser_next = effect == "teaser_label"
                if effect == "inline" and current is not None:
                    current["inline"].append(line)
                continue  # a teaser or an ad inside an article leaves it open
            if teaser_next:
                teaser_next = False
                if line.kind == "candidate":
                    continue  # the teaser headline under "Baca juga"
            if effect == "page_end":
                break  # a sidebar of other posts or a comment section: no article follows
            if effect == "post_end" and current is not None and current["body_blocks"] == 0:
                current = None  # a post of titles and a download link only is no article
            if line.kind == "furniture":
                previous = "furniture"
                continue
            if line.kind == "fragment":
                if line.rule == "segment.short_speech" and current is not None and current["body_blocks"]:
                    current["end"] = line.end  # "“Siap!”" closing an article is its speech, no fragment
                continue
            if line.kind == "candidate":
                if current is not None and current["body_blocks"] == 0:
                    current["end"] = line.end  # a kicker or second title line under the headline
                    continue
                run, body = self._run(lines, position)
                if _headline_of(run, self.lexicons.section_label_max_words) is not line:
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
                    elif self._stamped(lines, position, body):
                        rule = "segment.stamped_headline"
                    elif (current["body_blocks"] <= self.lexicons.listing_body_blocks
                          and self._teaser_title(line.text, current["headline"]) and not _NUMBERED.match(line.text)):
                        rule = "segment.listing"
                    if rule and current is not None and not dateline and len(line.text.split()) <= _LABEL_MAX_WORDS:
                        rule = None  # a photo credit or label of a word or two ("KPU Sulsel") over a caption
                if rule:
                    close()
                    current = {"headline": line.text, "start": line.start, "end": line.end,
                               "body_blocks": 0, "rule": rule, "inline": []}
                previous = "candidate"
                continue
            if current is None:
                if line.kind != "body":
                    continue  # a caption or fragment does not make an article on its own
                current = {"headline": None, "start": line.start, "end": line.end, "body_blocks": 0,
                           "rule": "segment.no_headline", "inline": []}
            if line.kind == "body":
                current["body_blocks"] += 1
            current["end"] = line.end
            previous = "end" if line.kind == "body" and self._ends_article(line.text) else "body"
        close()
        return segments
