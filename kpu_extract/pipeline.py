"""``extract(text) -> list[Article]``: segment, parse, recognise, link, assemble.

An ``Extractor`` loads the pattern files, the gazetteer and the parser once
and is then applied to any number of pages.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .dates import DateFinder, extract_dates, stamp_year
from .events import EventFinder, extract_main_event
from .organizations import OrganizationFinder, group_organizations
from .parse import Parser, RuleParser, load_parser, sentences
from .parse_cache import CachedParser
from .patterns import Lexicons, load_lexicons
from .persons import PersonFinder, extract_persons
from .quotes import QuoteFinder, extract_quotes
from .records import Article, Span
from .regions import load_gazetteer
from .segment import Segment, Segmenter, html_to_text, looks_like_html

MAX_PAGE_CHARS = 20_000_000
LEAD_CHARS = 600  # body characters the rule parser first reads for the lead; twice as many each time more is needed
LEAD_MARGIN_TOKENS = 3  # tokens at a prefix's end whose sentence start may depend on text after the cut
_WHITESPACE = re.compile(r"\s")


class Extractor:
    """Holds the loaded lexicons, gazetteer and parser; ``extract`` is cheap after construction."""

    def __init__(self, parser: str = "auto", stanza_resources: str | os.PathLike[str] | None = None,
                 patterns: str | os.PathLike[str] | None = None,
                 cache_dir: str | os.PathLike[str] | None = None) -> None:
        """``cache_dir``: keep Stanza parses there and reuse them (rules mode parses faster than it reads)."""
        self.lexicons: Lexicons = load_lexicons(patterns)
        gazetteer = load_gazetteer()
        self.segmenter = Segmenter(self.lexicons)
        self.parser: Parser = load_parser(self.lexicons, parser, stanza_resources)
        if cache_dir is not None and self.parser.name != "rules":
            self.parser = CachedParser(self.parser, cache_dir)
        self.dates = DateFinder(self.lexicons)
        self.organizations = OrganizationFinder(self.lexicons, gazetteer)
        self.persons = PersonFinder(self.lexicons, gazetteer)
        self.quotes = QuoteFinder(self.lexicons)
        self.events = EventFinder(self.lexicons)

    @property
    def mode(self) -> str:
        """``rules`` or ``stanza``: which parser gives the Docs."""
        return self.parser.name

    def extract(self, text: str, source_id: str = "doc", meta: Mapping[str, Any] | None = None) -> list[Article]:
        """The article records of one page of text."""
        return self.extract_pages([(source_id, text, meta or {})])[0]

    def extract_pages(self, pages: Iterable[tuple[str, str, Mapping[str, Any]]]) -> list[list[Article]]:
        """Article records for several pages; the parser sees all their articles in one batch."""
        pending: list[tuple[str, str, Mapping[str, Any], list[Segment]]] = []
        for source_id, text, meta in pages:
            if not isinstance(text, str):
                raise TypeError(f"text must be a string, not {type(text).__name__}")
            if len(text) > MAX_PAGE_CHARS:
                raise ValueError(f"text of {len(text)} characters is over the limit of {MAX_PAGE_CHARS}")
            page = html_to_text(text) if looks_like_html(text) else text
            pending.append((source_id, page, meta, self.segmenter.segment(page)))
        texts = [page[s.start:s.end] for _, page, _, segments in pending for s in segments]
        # the rules only need the lead, which the rule parser finds without the rest of the article
        docs = iter([None] * len(texts) if isinstance(self.parser, RuleParser) else self.parser.parse_many(texts))
        results = []
        for source_id, page, meta, segments in pending:
            furniture_starts = [0, *(s.end for s in segments[:-1])]
            results.append([self._article(source_id, page, meta, segment, next(docs), page[before:segment.start])
                            for before, segment in zip(furniture_starts, segments)])
        return results

    def _article(self, source_id: str, page: str, meta: Mapping[str, Any], segment: Segment, doc,
                 furniture: str = "") -> Article:
        """One article's record; ``furniture`` is the page text between the previous article and this one, whose
        publication stamp gives a year to the article's dates written without one."""
        text = page[segment.start:segment.end]
        headline = segment.headline
        body_start = len(headline) if headline else 0
        lead_end = _lead_end(doc, body_start, len(text)) if doc is not None else self._rules_lead_end(text, body_start)
        org_mentions = self.organizations.find(text, body_start)
        persons = extract_persons(text, self.persons, org_mentions, doc)
        dates = [d for d in extract_dates(text, self.dates, stamp_year(furniture, self.dates))
                 if not any(start <= d.start < end for start, end in segment.inline_furniture)]
        quotes = extract_quotes(text, self.quotes, persons, org_mentions)
        event = extract_main_event(text, headline, lead_end, self.events, org_mentions, dates, persons, quotes)
        return Article(
            source_id=source_id, article_index=segment.index, headline=headline, text=text, meta=dict(meta),
            persons=persons, organizations=group_organizations(org_mentions), dates=dates, quotes=quotes,
            events=[event], page_span=Span(segment.start, segment.end, "", segment.rule), parser=self.mode)

    def _rules_lead_end(self, text: str, body_start: int) -> int:
        """``_lead_end`` of the rule parser's Doc of the whole text, from Docs of prefixes only.

        spaCy tokenizes each space-delimited chunk on its own, and the rule splitter decides a sentence
        start from the tokens before it and at most one after, so a prefix cut at whitespace splits as
        the whole text does up to its last tokens: once a prefix holds a third sentence starting well
        before its end, the lead's two sentences are those of the whole text and the rest is not parsed.
        """
        cut = body_start
        step = LEAD_CHARS
        while True:
            space = _WHITESPACE.search(text, cut + step)
            cut = space.start() if space else len(text)
            doc = self.parser.parse(text[:cut])
            if cut == len(text):
                return _lead_end(doc, body_start, len(text))
            lead = _lead(doc, body_start, 3)
            if len(lead) == 3 and len(doc) > LEAD_MARGIN_TOKENS and lead[2][0] < doc[-LEAD_MARGIN_TOKENS].idx:
                return lead[1][1]
            step *= 2


def _lead(doc, body_start: int, count: int = 2) -> list[tuple[int, int]]:
    """The character ranges of the first ``count`` sentences that start at or after ``body_start``."""
    lead: list[tuple[int, int]] = []
    for sentence_range in sentences(doc):
        if sentence_range[0] >= body_start:
            lead.append(sentence_range)
            if len(lead) == count:
                break
    return lead


def _lead_end(doc, body_start: int, text_end: int) -> int:
    """End of the body's second sentence (its first when it has one), where the event's lead ends."""
    lead = _lead(doc, body_start)
    return lead[-1][1] if lead else text_end


_default: dict[str, Extractor] = {}


def extract(text: str, source_id: str = "doc", parser: str = "auto",
            stanza_resources: str | os.PathLike[str] | None = None) -> list[Article]:
    """Extract the article records of one page (an ``Extractor`` is built once per parser mode and reused)."""
    key = f"{parser}:{stanza_resources}"
    if key not in _default:
        _default[key] = Extractor(parser, stanza_resources)
    return _default[key].extract(text, source_id)
