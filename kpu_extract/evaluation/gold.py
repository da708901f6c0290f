"""Build the gold set from its hand-written sources (``gold/src/*.yaml``) and validate it.

The sources name mentions by their text (see ``gold/LABELLING.md``); the
builder finds their offsets in the article text, so labellers never count
characters, and reports every string it cannot place as ``file: article N:
field: reason``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from ..patterns import load_lexicons
from ..records import Article, DateMention, Event, Organization, Person, Quote, Role, Span


@dataclass
class BuildReport:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    counts: list[str] = field(default_factory=list)  # how many occurrences each mention string took, for labellers


def load_pages(corpus: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every page of the corpus folder by id, its text and its other fields: pages.jsonl, then seeds/*.txt (the id
    is the file's stem)."""
    pages: dict[str, tuple[str, dict[str, Any]]] = {}
    for line in (corpus / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            pages[data["id"]] = (data["text"], {k: v for k, v in data.items() if k not in {"id", "text"}})
    for seed in sorted((corpus / "seeds").glob("*.txt")):
        pages[seed.stem] = (seed.read_text(encoding="utf-8"), {})
    return pages


def _occurrences(text: str, needle: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Free occurrences of ``needle`` at word boundaries (inside a word only when there is none at a boundary)."""
    bounded = [m.span() for m in regex.finditer(rf"(?<!\w){regex.escape(needle)}(?!\w)", text)]
    spans = bounded or [m.span() for m in regex.finditer(regex.escape(needle), text)]
    return [s for s in spans if not any(a < s[1] and s[0] < b for a, b in taken)]


def _nearest(text: str, needle: str, start: int, end: int) -> int:
    """Where ``needle`` (a quote's cue) occurs nearest the quote ``start:end``: after its end first, then before it."""
    after = text.find(needle, end)
    before = text.rfind(needle, 0, start)
    if after < 0 or (before >= 0 and start - (before + len(needle)) < after - end):
        return before
    return after


@dataclass(frozen=True)
class _Labelled:
    """One labelled article's text as the builder places its strings in it, and where to say what it cannot place."""

    text: str
    where: str
    problems: list[str]

    def first(self, needle: str | None, label: str) -> Span | None:
        """The first occurrence of ``needle`` (an evidence, a trigger, a cue), or none, reported, if it is absent."""
        if not needle:
            return None
        position = self.text.find(needle)
        if position < 0:
            self.problems.append(f"{self.where}: {label} {needle[:60]!r}: not found")
            return None
        return Span(position, position + len(needle), needle)


def _bounds(page: str, item: dict, cursor: int) -> tuple[int, int]:
    """The article's offsets in its page: from its headline (or start) at or after ``cursor`` to the end of its
    ``end`` string."""
    headline = item.get("headline")
    opening = headline if headline else item.get("start")
    if not opening:
        raise ValueError("needs a headline or a start")
    start = page.find(opening, cursor)
    if start < 0:
        raise ValueError(f"headline/start not found in the page: {opening[:60]!r}")
    end_text = item["end"]
    end = page.find(end_text, start)
    if end < 0:
        raise ValueError(f"end not found after the headline: {end_text[:60]!r}")
    return start, end + len(end_text)


def _mentions(labelled: _Labelled, item: dict, counts: list[str]) -> dict[tuple[str, int], list[Span]]:
    """The person and organization mentions of the article by (kind, entity index), longest strings placed first so
    a shorter one never takes part of a longer; an entry may pick some of its occurrences by number."""
    text, where = labelled.text, labelled.where
    entity_strings: list[tuple[str, str, int, list[int] | None]] = []  # (text, kind, entity index, occurrences)
    for kind, entries in (("person", item.get("persons") or []), ("org", item.get("organizations") or [])):
        for entity_index, entry in enumerate(entries):
            for mention in entry.get("mentions") or []:
                if isinstance(mention, dict):
                    entity_strings.append((str(mention["text"]), kind, entity_index, mention.get("occurrences")))
                else:
                    entity_strings.append((str(mention), kind, entity_index, None))
    taken: list[tuple[int, int]] = []
    mentions: dict[tuple[str, int], list[Span]] = {}
    for needle, kind, entity_index, wanted in sorted(entity_strings, key=lambda e: -len(e[0])):
        found = _occurrences(text, needle, taken)
        if not found:
            labelled.problems.append(f"{where}: {kind} mention {needle!r}: not found (or inside a longer mention)")
            continue
        if wanted is not None:
            bad = [w for w in wanted if w >= len(found)]
            if bad:
                labelled.problems.append(
                    f"{where}: {kind} mention {needle!r}: occurrences {bad} but only {len(found)} found")
            found = [found[w] for w in wanted if w < len(found)]
        counts.append(f"{where}: {kind} mention {needle!r}: {len(found)} occurrence(s)")
        taken.extend(found)
        mentions.setdefault((kind, entity_index), []).extend(Span(a, b, text[a:b]) for a, b in found)
    return mentions


def _persons(labelled: _Labelled, item: dict, mentions: dict[tuple[str, int], list[Span]]) -> list[Person]:
    """The persons P1, P2, ... with their mentions in text order and their roles' evidence placed."""
    persons = []
    for person_index, entry in enumerate(item.get("persons") or []):
        roles = [Role(r["title"], r.get("division"), r.get("organization"),
                      labelled.first(r.get("evidence"), "evidence"))
                 for r in entry.get("roles") or []]
        spans = sorted(mentions.get(("person", person_index), []), key=lambda s: s.start)
        persons.append(Person(f"P{person_index + 1}", entry["name"], spans, roles))
    return persons


def _organizations(item: dict, mentions: dict[tuple[str, int], list[Span]]) -> list[Organization]:
    """The organizations O1, O2, ... with their mentions in text order."""
    organizations = []
    for org_index, entry in enumerate(item.get("organizations") or []):
        spans = sorted(mentions.get(("org", org_index), []), key=lambda s: s.start)
        organizations.append(Organization(f"O{org_index + 1}", entry["name"], entry.get("acronym"), spans))
    return organizations


def _quotes(labelled: _Labelled, item: dict, person_id: dict[str, str]) -> list[Quote]:
    """The quotes, a repeated text at its next occurrence, each cue placed nearest its quote and each speaker one of
    the persons."""
    text, where = labelled.text, labelled.where
    quotes = []
    quote_cursor: dict[str, int] = {}
    for entry in item.get("quotes") or []:
        needle = str(entry["text"])
        position = text.find(needle, quote_cursor.get(needle, 0))
        if position < 0:
            labelled.problems.append(f"{where}: quote {needle[:60]!r}: not found")
            continue
        quote_cursor[needle] = position + 1
        speaker_name = entry.get("speaker")
        if speaker_name and speaker_name not in person_id:
            labelled.problems.append(f"{where}: quote speaker {speaker_name!r} is not among the persons")
        cue_text = entry.get("cue")
        cue = None
        if cue_text:
            cue_position = _nearest(text, cue_text, position, position + len(needle))
            cue = (Span(cue_position, cue_position + len(cue_text), cue_text) if cue_position >= 0
                   else labelled.first(cue_text, "cue"))
        quotes.append(Quote(position, position + len(needle), needle, person_id.get(speaker_name),
                            speaker_name if speaker_name in person_id else None, cue))
    return quotes


def _events(labelled: _Labelled, item: dict, person_id: dict[str, str], quotes: list[Quote]) -> list[Event]:
    """The article's event, if labelled: its persons among the persons and its quotes among the quotes."""
    where = labelled.where
    event = item.get("event")
    if not event:
        return []
    unknown = [n for n in event.get("persons") or [] if n not in person_id]
    if unknown:
        labelled.problems.append(f"{where}: event persons not among the persons: {unknown}")
    bad_quotes = [q for q in event.get("quotes") or [] if not 0 <= int(q) < len(quotes)]
    if bad_quotes:
        labelled.problems.append(f"{where}: event quote indices out of range: {bad_quotes}")
    return [Event(event["type"], labelled.first(event.get("trigger"), "trigger"), event.get("name"),
                  event.get("date"), event.get("organizer"), list(event.get("participants") or []),
                  [person_id[n] for n in event.get("persons") or [] if n in person_id],
                  event.get("location"), event.get("mode"),
                  [int(q) for q in event.get("quotes") or [] if 0 <= int(q) < len(quotes)])]


class GoldBuilder:
    def __init__(self, corpus: Path) -> None:
        self.pages = load_pages(corpus)
        lexicons = load_lexicons()
        self.weekdays = {s.casefold(): int(e.number or 0) for e in lexicons.weekdays for s in e.spellings}

    def build(self, sources: Path) -> BuildReport:
        report = BuildReport()
        for path in sorted(sources.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                report.problems.append(f"{path.name}: not valid YAML: {exc}")
                continue
            source_id = str(data.get("source_id"))
            if source_id not in self.pages:
                report.problems.append(f"{path.name}: unknown source_id {source_id!r}")
                continue
            cursor = 0
            for index, item in enumerate(data.get("articles") or []):
                where = f"{path.name}: article {index}"
                try:
                    article, cursor = self._article(source_id, index, item, cursor, where, report)
                except (KeyError, TypeError, ValueError) as exc:
                    report.problems.append(f"{where}: {type(exc).__name__}: {exc}")
                    continue
                report.articles.append(article)
        return report

    def _article(self, source_id: str, index: int, item: dict, cursor: int, where: str,
                 report: BuildReport) -> tuple[Article, int]:
        """The ``index``-th article of a page, found at or after ``cursor``, and where it ends (the next one's
        cursor): its mentions, dates, quotes and event placed in its text."""
        page, meta = self.pages[source_id]
        start, end = _bounds(page, item, cursor)
        labelled = _Labelled(page[start:end], where, report.problems)
        mentions = _mentions(labelled, item, report.counts)
        persons = _persons(labelled, item, mentions)
        person_id = {p.name: p.id for p in persons}
        organizations = _organizations(item, mentions)
        dates = self._dates(labelled, item)
        quotes = _quotes(labelled, item, person_id)
        events = _events(labelled, item, person_id, quotes)
        article = Article(source_id, index, item.get("headline"), labelled.text, dict(meta), persons, organizations,
                          dates, quotes, events, Span(start, end, ""))
        return article, end

    def _dates(self, labelled: _Labelled, item: dict) -> list[DateMention]:
        """The dates in text order, longest strings placed first; one string labelled several times is a span
        holding several dates (a range)."""
        text = labelled.text
        dates = []
        date_taken: list[tuple[int, int]] = []
        by_text: dict[str, list[dict]] = {}
        for entry in item.get("dates") or []:
            by_text.setdefault(str(entry["text"]), []).append(entry)
        for needle in sorted(by_text, key=len, reverse=True):
            found = _occurrences(text, needle, date_taken)
            if not found:
                labelled.problems.append(f"{labelled.where}: date {needle!r}: not found")
                continue
            date_taken.extend(found)
            for a, b in found:
                for nth, entry in enumerate(by_text[needle]):
                    dates.append(self._date(text, a, b, entry.get("value"), nth, labelled.where, labelled.problems))
        dates.sort(key=lambda d: (d.start, d.value or ""))
        return dates

    def _date(self, text: str, start: int, end: int, value: str | None, nth: int, where: str,
              problems: list[str]) -> DateMention:
        """The ``nth`` date of a span (a range has two), with the ``nth`` weekday written when there are several."""
        written = text[start:end]
        weekdays = [w for w in regex.findall(r"[A-Za-z][A-Za-z'’`]+", written) if w.casefold() in self.weekdays]
        weekday = weekdays[min(nth, len(weekdays) - 1)] if weekdays else None
        consistent = None
        if value is None:
            return DateMention(start, end, written, None, weekday, None)
        value = str(value)
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            problems.append(f"{where}: date {written!r}: value {value!r} is not an ISO date")
        else:
            if weekday:
                consistent = day.isoweekday() == self.weekdays[weekday.casefold()]
        return DateMention(start, end, written, value, weekday, consistent)


def validate_records(records: list[dict[str, Any]]) -> list[str]:
    """Offsets slice their text, references exist, ids are unique."""
    problems = []
    seen = set()
    for number, record in enumerate(records, 1):
        where = f"line {number} ({record.get('id')})"
        if record.get("id") in seen:
            problems.append(f"{where}: duplicate article id")
        seen.add(record.get("id"))
        text = record["text"]
        spans = [m for p in record["persons"] for m in p["mentions"]] + [m for o in record["organizations"] for m in o["mentions"]]
        spans += record["dates"] + record["quotes"]
        spans += [r["evidence"] for p in record["persons"] for r in p["roles"] if r.get("evidence")]
        for span in spans:
            if text[span["start"]:span["end"]] != span["text"]:
                problems.append(f"{where}: span {span['text'][:40]!r} does not slice the text at {span['start']}")
        person_ids = {p["id"] for p in record["persons"]}
        for quote in record["quotes"]:
            if quote["speaker"] is not None and quote["speaker"] not in person_ids:
                problems.append(f"{where}: quote speaker {quote['speaker']} does not exist")
        for event in record["events"]:
            for index in event["quotes"]:
                if not 0 <= index < len(record["quotes"]):
                    problems.append(f"{where}: event quote index {index} does not exist")
    return problems
