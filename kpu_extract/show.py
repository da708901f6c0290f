"""A picture of articles: one self-contained HTML page, no script, for a reader to check the records by eye.

Persons, organizations and dates are marked in the text; each quote is framed in its speaker's colour,
which that speaker's mentions share, and ends with the speaker's name. A line under each headline
sums up the main event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from .frames import as_articles
from .records import Article

PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42a5a5", "#f032e6", "#9a6324", "#808000",
           "#000075")

STYLE = """
body { font-family: Georgia, serif; max-width: 52em; margin: 2em auto; color: #222; line-height: 1.6; }
article { border-top: 2px solid #999; padding-top: 1em; margin-bottom: 3em; }
h2 { font-family: sans-serif; font-size: 0.9em; color: #666; margin: 0; }
.event { font-family: sans-serif; background: #f3f3f3; padding: 0.4em 0.6em; margin: 0.5em 0 1em 0; }
.legend span { margin-right: 1em; }
.text { white-space: pre-wrap; }
mark { padding: 0 0.15em; border-radius: 3px; }
mark.person { background: #fff2b3; border-bottom: 3px solid var(--who, #bbb); }
mark.org { background: #cfe8ff; }
mark.date { background: #d8f5d0; }
mark sup { font-family: sans-serif; font-size: 0.65em; color: #555; }
.quote { background: #faf5ff; border-left: 4px solid var(--who, #bbb); padding-left: 0.2em; }
.quote.indirect { background: none; border-left-style: dotted; }
.speaker { font-family: sans-serif; font-size: 0.75em; color: #fff; background: var(--who, #888);
           border-radius: 3px; padding: 0 0.3em; margin-left: 0.3em; white-space: nowrap; }
"""


def event_summary(article: Article) -> str:
    """One line on the main event: type, name, date, organizer, mode, place, people."""
    if not article.events:
        return "no event found"
    event = article.events[0]
    names = {p.id: p.name for p in article.persons}
    parts = [event.type]
    if event.name:
        parts.append(f"“{event.name}”")
    if event.date:
        parts.append(f"on {event.date}")
    if event.organizer:
        parts.append(f"organized by {event.organizer}")
    if event.mode:
        parts.append(event.mode)
    if event.location:
        parts.append(f"at {event.location}")
    if event.participants:
        parts.append("with " + ", ".join(event.participants))
    if event.persons:
        parts.append("persons: " + ", ".join(names.get(p, p) for p in event.persons))
    if event.trigger:
        parts.append(f"(trigger: “{event.trigger.text}”)")
    return " · ".join(parts)


def _colours(article: Article) -> dict[str, str]:
    return {p.id: PALETTE[i % len(PALETTE)] for i, p in enumerate(article.persons)}


def _entities(article: Article, quotes: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping entity marks (start, end, opening, closing), each inside a quote or outside all."""
    colours = _colours(article)
    found = []
    for person in article.persons:
        roles = "; ".join(" ".join(x for x in (r.title, r.division, r.organization) if x) for r in person.roles)
        title = escape(f"{person.id} {person.name}" + (f" — {roles}" if roles else ""), quote=True)
        for m in person.mentions:
            found.append((m.start, m.end, f'<mark class="person" data-id="{escape(person.id, quote=True)}" '
                                          f'style="--who:{colours[person.id]}" title="{title}">', person.id))
    for org in article.organizations:
        title = escape(f"{org.id} {org.name}", quote=True)
        for m in org.mentions:
            found.append((m.start, m.end, f'<mark class="org" data-id="{escape(org.id, quote=True)}" title="{title}">',
                          org.id))
    for date in article.dates:
        title = escape(f"{date.value or 'no year'}" + (f" ({date.weekday})" if date.weekday else ""), quote=True)
        found.append((date.start, date.end, f'<mark class="date" title="{title}">', None))
    chosen: list[tuple[int, int, str, str]] = []
    for start, end, tag, ident in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if any(start < e and s < end for s, e, _, _ in chosen):
            continue
        if any(start < e and s < end and not (s <= start and end <= e) for s, e in quotes):
            continue
        sup = f"<sup>{escape(ident)}</sup>" if ident else ""
        chosen.append((start, end, tag, sup + "</mark>"))
    return chosen


def _article_html(article: Article) -> str:
    colours = _colours(article)
    quotes = []
    for q in sorted(article.quotes, key=lambda q: q.start):
        if quotes and q.start < quotes[-1][1]:
            continue
        colour = colours.get(q.speaker or "", "#888")
        who = escape(q.speaker_name or "speaker unknown")
        kind = "quote indirect" if q.kind == "indirect" else "quote"
        opening = (f'<span class="{kind}" data-speaker="{escape(q.speaker or "", quote=True)}" '
                   f'style="--who:{colour}" title="{who}">')
        closing = f'</span><span class="speaker" style="--who:{colour}">— {who}</span>'
        quotes.append((q.start, q.end, opening, closing))
    marks = _entities(article, [(s, e) for s, e, _, _ in quotes])
    # At one offset: a mark closes, then a quote closes, then a quote opens, then a mark opens.
    inserts = sorted([(e, 0, c) for s, e, _, c in marks] + [(e, 1, c) for s, e, _, c in quotes]
                     + [(s, 2, o) for s, e, o, _ in quotes] + [(s, 3, o) for s, e, o, _ in marks],
                     key=lambda i: (i[0], i[1]))
    pieces, cursor, text = [], 0, article.text
    for point, _, html in inserts:
        pieces.append(escape(text[cursor:point]))
        pieces.append(html)
        cursor = point
    pieces.append(escape(text[cursor:]))
    return (f'<article id="{escape(article.id, quote=True)}">\n<h2>{escape(article.id)}</h2>\n'
            f'<div class="event">Main event: {escape(event_summary(article))}</div>\n'
            f'<div class="text">{"".join(pieces)}</div>\n</article>')


def render_html(articles: Iterable[Article | Mapping[str, Any]] | Article | Mapping[str, Any],
                title: str = "kpu-extract") -> str:
    """A complete HTML page showing every article (Article objects or record dicts; error lines skipped)."""
    if isinstance(articles, (Article, Mapping)):
        articles = [articles]
    body = "\n".join(_article_html(a) for a in as_articles(articles))
    legend = ('<p class="legend"><span><mark class="person">person</mark></span>'
              '<span><mark class="org">organization</mark></span><span><mark class="date">date</mark></span>'
              '<span class="quote">quote</span><span class="quote indirect">reported speech</span>'
              '<span class="speaker">— its speaker</span></p>')
    return (f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
            f'<style>{STYLE}</style>\n</head>\n<body>\n{legend}\n{body}\n</body>\n</html>\n')
