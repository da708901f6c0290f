"""The people table: who held which office, where, and when it was seen, across a corpus of article records.

One row per (person, title, division, organization); divisions that differ only in punctuation or "dan"
are one. Persons are the identities of ``link.link_articles``, so "Budi Santoso Adi K." and "Budi Santoso
Adi Kurniawan" hold one row. Dates are article dates (``link.article_date``): the main event's date, else
the first calendar date written in the article; an article with neither contributes its id but no date.
A repeated article (``link`` duplicates) counts once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .link import Links, Member, article_date, link_articles
from .records import Article


@dataclass(slots=True)
class RoleHolding:
    """One person in one office, with the first and last article date it was seen and the articles saying so."""

    person_id: str
    person: str
    title: str
    division: str | None
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"person_id": self.person_id, "person": self.person, "title": self.title,
                "division": self.division, "organization": self.organization,
                "first_seen": self.first_seen, "last_seen": self.last_seen, "articles": list(self.articles)}


def _division_key(division: str | None) -> frozenset[str] | None:
    """A division as its set of words, so punctuation and "dan" do not split a row (as the scorer compares)."""
    if division is None:
        return None
    return frozenset(w for w in re.findall(r"\w+", division.casefold()) if w != "dan")


def people_table(articles: Sequence[Article], links: Links | None = None) -> list[RoleHolding]:
    """Role holdings over ``articles``, sorted by organization, then person, then title."""
    links = links or link_articles(articles)
    identity_of = links.person_of()
    names = {p.id: p.name for p in links.persons}
    dates = {a.id: article_date(a) for a in articles}
    repeats = {i for d in links.duplicates for i in d.articles[1:]}
    rows: dict[tuple, RoleHolding] = {}
    for article in articles:
        if article.id in repeats:
            continue
        for person in article.persons:
            identity = identity_of.get(Member(article.id, person.id))
            if identity is None:
                continue
            for role in person.roles:
                key = (identity, role.title, _division_key(role.division), role.organization)
                row = rows.get(key)
                if row is None:
                    row = rows[key] = RoleHolding(identity, names[identity], role.title, role.division,
                                                  role.organization, None, None)
                if article.id not in row.articles:
                    row.articles.append(article.id)
                date = dates[article.id]
                if date:
                    row.first_seen = min(filter(None, [row.first_seen, date]))
                    row.last_seen = max(filter(None, [row.last_seen, date]))
    return sorted(rows.values(), key=lambda r: ((r.organization or "~").casefold(), r.person.casefold(),
                                                r.title, r.division or ""))


COLUMNS = ["organization", "person", "title", "division", "first_seen", "last_seen", "articles"]


def _cells(row: RoleHolding) -> list[str]:
    return [row.organization or "", row.person, row.title, row.division or "", row.first_seen or "",
            row.last_seen or "", str(len(row.articles))]


def format_people(rows: Sequence[RoleHolding], fmt: str = "text") -> str:
    """The table as aligned text, Markdown, or CSV (CSV lists the article ids, the others count them)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS[:-1] + ["article_ids"])
        for row in rows:
            writer.writerow(_cells(row)[:-1] + [" ".join(row.articles)])
        return out.getvalue()
    table = [COLUMNS] + [_cells(r) for r in rows]
    if fmt == "markdown":
        lines = ["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |" for cells in table[1:]]
        return "\n".join(lines) + "\n"
    widths = [max(len(cells[i]) for cells in table) for i in range(len(COLUMNS))]
    return "".join("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n" for cells in table)
