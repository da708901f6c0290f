"""What a user would run without this library, scored beside it on the same gold articles.

- dates: dateparser's ``search_dates(text, languages=["id"])``;
- persons: runs of two or more capitalised words, or runs of Stanza PROPN words
  when the models are there.

Each baseline reads a gold article's text and returns an article with only the
fields it produces, so the evaluator aligns it trivially.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Sequence

import regex

from ..records import Article, DateMention, Person, Span

DATE_FIELDS = ("date.span.strict", "date.span.partial", "date.value")
PERSON_FIELDS = ("person.span.strict", "person.span.partial", "person.name")

_CAPITALISED_RUN = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)+")


def _empty_like(article: Article) -> Article:
    return Article(article.source_id, article.article_index, article.headline, article.text, dict(article.meta),
                   page_span=article.page_span)


def _persons_from_runs(text: str, runs: Iterable[tuple[int, int]], rule: str) -> list[Person]:
    """One person per distinct run text, every run a mention."""
    persons: dict[str, Person] = {}
    for start, end in runs:
        name = " ".join(text[start:end].split())
        person = persons.setdefault(name, Person(f"P{len(persons) + 1}", name))
        person.mentions.append(Span(start, end, text[start:end], rule))
    return list(persons.values())


def dateparser_dates(articles: Sequence[Article]) -> list[Article]:
    """Dates as dateparser's search finds them in Indonesian, spans located in order."""
    from dateparser.search import search_dates

    out = []
    for article in articles:
        result = _empty_like(article)
        cursor = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(article.text, languages=["id"]) or []
        for written, moment in found:
            start = article.text.find(written, cursor)
            if start < 0:
                continue
            cursor = start + len(written)
            result.dates.append(DateMention(start, cursor, written, moment.date().isoformat(),
                                            rule="baseline.dateparser"))
        out.append(result)
    return out


def capitalised_run_persons(articles: Sequence[Article]) -> list[Article]:
    """Every run of two or more capitalised words is a person."""
    out = []
    for article in articles:
        result = _empty_like(article)
        runs = [m.span() for m in _CAPITALISED_RUN.finditer(article.text)]
        result.persons = _persons_from_runs(article.text, runs, "baseline.capitalised")
        out.append(result)
    return out


def propn_run_persons(articles: Sequence[Article], resources_dir: str | os.PathLike[str] | None = None) -> list[Article]:
    """Every run of Stanza PROPN words is a person (the shared parser, bare, without our rules)."""
    from ..parse import StanzaParser
    from ..patterns import load_lexicons

    parser = StanzaParser(load_lexicons(), resources_dir)
    docs = parser.parse_many([a.text for a in articles])
    out = []
    for article, doc in zip(articles, docs):
        result = _empty_like(article)
        runs: list[tuple[int, int]] = []
        for token in doc:
            if token.pos_ != "PROPN":
                continue
            previous = token.i - 1
            if runs and previous >= 0 and doc[previous].pos_ == "PROPN" and doc[previous].idx + len(doc[previous]) == runs[-1][1]:
                runs[-1] = (runs[-1][0], token.idx + len(token))
            else:
                runs.append((token.idx, token.idx + len(token)))
        result.persons = _persons_from_runs(article.text, runs, "baseline.stanza-propn")
        out.append(result)
    return out
